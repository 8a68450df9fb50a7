"""Command line: python -m generator <command>. A thin layer over the library functions."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import traceback
from pathlib import Path

from generator.clock import run_day
from generator.errors import UserError
from generator.findings import FORMATTERS, Findings

EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class UsageError(Exception):
    """A wrong command line: the CLI prints the message and exits with 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would print English usage noise
        raise UsageError(f"{_german(message)}. Hilfe: {self.prog} --help")


# argparse's own messages, in German (the rest of its text names options and values)
_ARGPARSE_GERMAN = [
    (re.compile(r"argument (\S+): invalid choice: (.+) \(choose from (.+)\)"),
     r"\1: \2 gibt es nicht, möglich sind: \3"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1 braucht einen Wert"),
    (re.compile(r"the following arguments are required: (.+)"), r"es fehlt: \1"),
    (re.compile(r"unrecognized arguments: (.+)"), r"unbekannte Angabe: \1"),
    (re.compile(r"argument (\S+): not allowed with argument (\S+)"),
     r"\1 und \2 gehen nicht zusammen"),
    (re.compile(r"argument (\S+): invalid (\S+) value: (.+)"), r"\1: \3 ist keine Zahl"),
    (re.compile(r"argument (\S+): (.+)"), r"\1: \2"),
]


def _german(message: str) -> str:
    for pattern, replacement in _ARGPARSE_GERMAN:
        if pattern.fullmatch(message):
            return pattern.sub(replacement, message)
    return message


def _root(value: str) -> Path:
    path = Path(value)
    if not (path / "network.yaml").is_file():
        raise argparse.ArgumentTypeError(
            f"„{value}“ ist kein Datenordner: network.yaml fehlt dort")
    return path.resolve()


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"„{value}“ ist kein Datum (JJJJ-MM-TT)") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m generator", description=(
        "Angebotswegweiser: prüft die YAML-Dateien eines Kreises und erzeugt Website, "
        "Handouts, Qualitätsbericht und offene Daten."))
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=_Parser)
    commands.required = True

    common = _Parser(add_help=False)
    common.add_argument("--root", type=_root, default=None,
                        help="Datenordner mit network.yaml, partners/ und offers/ "
                             "(Standard: aktueller Ordner)")
    common.add_argument("--today", type=_date, default=None,
                        help="Stichtag für „abgelaufen“ und „veraltet“ (Standard: heute)")

    check = commands.add_parser("check", parents=[common], help="alle Dateien prüfen")
    check.add_argument("--format", choices=sorted(FORMATTERS), default="text",
                       help="Ausgabeformat (Standard: text)")
    check.add_argument("--changed-since", metavar="STAND", default=None,
                       help="nur Meldungen zu Dateien zeigen, die sich seit STAND geändert "
                            "haben (für Anmerkungen im Pull Request); der Exit-Code zählt alle")
    check.set_defaults(handler=run_check)

    schema = commands.add_parser("schema", parents=[common],
                                 help="JSON-Schemas für Editoren schreiben")
    schema.add_argument("--out", type=Path, default=None,
                        help="Zielordner (Standard: <Datenordner>/schemas)")
    schema.set_defaults(handler=run_schema)
    export = commands.add_parser("export", parents=[common],
                                 help="offene Daten schreiben (JSON, CSV, iCalendar, HSDS)")
    export.add_argument("--out", type=Path, default=None,
                        help="Zielordner (Standard: site/daten) oder bei xlsx die Datei "
                             "(Standard: angebote.xlsx)")
    export.add_argument("--format", choices=("daten", "xlsx"), default="daten",
                        help="daten: offene Daten; xlsx: Tabelle für die Partner mit einem "
                             "Blatt je Partner (zurück mit import)")
    export.set_defaults(handler=run_export)
    importer = commands.add_parser("import", parents=[common],
                                   help="eine zurückgegebene Tabelle (xlsx) in YAML-Dateien "
                                        "übernehmen")
    importer.add_argument("workbook", type=Path, metavar="DATEI.xlsx")
    importer.set_defaults(handler=run_import)
    owners = commands.add_parser("codeowners", parents=[common],
                                 help="CODEOWNERS aus den maintainers der Partner schreiben")
    owners.add_argument("--check", action="store_true",
                        help="nur prüfen, ob CODEOWNERS aktuell ist (Exit-Code 1, wenn nicht)")
    owners.set_defaults(handler=run_codeowners)
    add_handouts_command(commands, common)
    add_report_command(commands, common)
    add_partner_commands(commands, common)

    build = commands.add_parser("build", parents=[common],
                                help="prüfen, dann Website (und Handouts) erzeugen")
    build.add_argument("--out", type=Path, default=Path("site"),
                       help="Zielordner der Website (Standard: site/)")
    build.add_argument("--print-out", type=Path, default=Path("print"),
                       help="Zielordner der Druckdateien (Standard: print/)")
    build.add_argument("--icc", type=Path, default=None,
                       help="CMYK-Farbprofil der Druckerei (Standard: FOGRA39)")
    build.add_argument("--force", action="store_true",
                       help="auch dann neu bauen, wenn sich seit dem letzten Build nichts "
                       "geändert hat")
    build.set_defaults(handler=run_build, writes_output=True)
    return parser


def resolve_root(args) -> Path:
    return args.root or _root(".")


def today_of(args) -> dt.date:
    return run_day(args.today)


def print_findings(findings: Findings, output_format: str) -> None:
    items = findings.sorted()
    text = FORMATTERS[output_format](items)
    if text:
        print(text)
    if output_format == "text":
        errors, warnings = len(findings.errors), len(findings.warnings)
        print(f"{errors} Fehler, {warnings} Warnungen.", file=sys.stderr)


def run_check(args) -> int:
    from generator.validate.check import check_data_root

    result = check_data_root(resolve_root(args), today_of(args))
    shown = result.findings
    if args.changed_since:
        from generator.render.review_summary import changed_files, only_changed

        changed = changed_files(resolve_root(args), args.changed_since)
        shown = Findings(only_changed(result.findings.items, changed))
    print_findings(shown, args.format)
    return EXIT_OK if result.ok else EXIT_ERRORS


def run_schema(args) -> int:
    from generator.render.json_schema import write_schemas

    root = resolve_root(args)
    out = args.out or root / "schemas"
    for path in write_schemas(root, out):
        print(path)
    return EXIT_OK


def checked_dataset(args):
    """Run the check; print its findings; return the dataset only when there is no error."""
    from generator.validate.check import check_data_root

    result = check_data_root(resolve_root(args), today_of(args))
    if not result.ok:
        print_findings(result.findings, "text")
        print("Abbruch: erst die Fehler beheben, dann erneut starten.", file=sys.stderr)
        return None
    return result.dataset


def run_export(args) -> int:
    from generator.render.exports.write import write_exports
    from generator.render.site_config import read_site_url

    dataset = checked_dataset(args)
    if dataset is None:
        return EXIT_ERRORS
    if args.format == "xlsx":
        from generator.render.spreadsheet.export import write_workbook

        print(write_workbook(dataset, args.out or Path("angebote.xlsx"), today_of(args)))
        return EXIT_OK
    for path in write_exports(dataset, args.out or Path("site/daten"), today_of(args),
                              read_site_url(dataset.root)):
        print(path)
    return EXIT_OK


def run_import(args) -> int:
    from generator.render.spreadsheet.import_sheet import import_workbook
    from generator.validate.check import check_data_root

    dataset = checked_dataset(args)
    if dataset is None:
        return EXIT_ERRORS
    written, findings = import_workbook(dataset, args.workbook)
    if findings:
        print_findings(Findings(findings), "text")
    if not written:
        print("Nichts übernommen: behebe zuerst die Fehler in der Tabelle.", file=sys.stderr)
        return EXIT_ERRORS
    for path in written:
        print(path)
    result = check_data_root(resolve_root(args), today_of(args))
    print_findings(result.findings, "text")
    return EXIT_OK if result.ok else EXIT_ERRORS


def run_codeowners(args) -> int:
    from generator.render.codeowners import identity_changes, render_codeowners

    dataset = checked_dataset(args)
    if dataset is None:
        return EXIT_ERRORS
    path = dataset.root / "CODEOWNERS"
    text = render_codeowners(dataset)
    current = path.read_text(encoding="utf-8") if path.is_file() else None
    if args.check:
        if current != text:
            for change in identity_changes(current, dataset):
                print(change, file=sys.stderr)
            print(f"{path} ist nicht aktuell. Erzeuge sie neu: python -m generator codeowners"
                  ". Änderungen an Name, Art, Zuständigkeiten, Freigaben oder maintainers "
                  "eines Partners gibt die Koordinierung frei (CODEOWNERS gehört ihr).",
                  file=sys.stderr)
            return EXIT_ERRORS
        return EXIT_OK
    path.write_text(text, encoding="utf-8")
    print(path)
    return EXIT_OK


def add_handouts_command(commands, common) -> None:
    handouts = commands.add_parser("handouts", parents=[common],
                                   help="Handouts als PDF für Schulen und Druckerei erzeugen")
    handouts.add_argument("--print-out", type=Path, default=Path("print"),
                          help="Ordner für Druck-PDFs und Manifest (Standard: print)")
    handouts.add_argument("--screen-out", type=Path, default=Path("site/handouts"),
                          help="Ordner für Bildschirm-PDFs (Standard: site/handouts)")
    handouts.add_argument("--no-crop-marks", dest="crop_marks", action="store_false",
                          help="ohne Schnittmarken (für Online-Druckereien)")
    handouts.add_argument("--icc", type=Path, default=None,
                          help="CMYK-Farbprofil der Druckerei (Standard: FOGRA39, aus icc-profiles-free)")
    handouts.add_argument("--jobs", type=int, default=None,
                          help="Anzahl paralleler Prozesse (Standard: alle Kerne)")
    handouts.set_defaults(handler=run_handouts, writes_output=True)


def run_handouts(args) -> int:
    from generator.render.handouts.bundle import build_handouts
    from generator.render.output_swap import staged_outputs
    from generator.render.site_config import read_site_url

    dataset = checked_dataset(args)
    if dataset is None:
        return EXIT_ERRORS
    targets = {"--print-out": args.print_out, "--screen-out": args.screen_out}
    with staged_outputs(dataset.root, targets, seeded=tuple(targets)) as staged:
        bundle = build_handouts(dataset, today_of(args), read_site_url(dataset.root),
                                staged["--print-out"], staged["--screen-out"],
                                crop_marks=args.crop_marks, icc=args.icc, jobs=args.jobs)
    for warning in bundle.warnings:
        print(warning, file=sys.stderr)
    print(f"{len(bundle.handouts)} Handouts: {bundle.rendered} PDFs erzeugt, {bundle.skipped} "
          f"unverändert, {bundle.seconds:.1f} s. Druckerei: {args.print_out}, "
          f"Bildschirm: {args.screen_out}")
    return EXIT_OK


def run_build(args) -> int:
    from generator.render import build_stamp

    root, today = resolve_root(args), today_of(args)
    outputs = {"--out": args.out, "--print-out": args.print_out}
    inputs = build_stamp.fingerprint(root, outputs, today, args.icc)
    if not args.force and build_stamp.unchanged(root, outputs, inputs):
        print(f"Nichts geändert seit dem letzten Build: die Website in {args.out} und die "
              f"Handouts in {args.print_out} sind aktuell. (Neu bauen: --force)",
              file=sys.stderr)
        return EXIT_OK
    from generator.render.site.build import build

    result = build(root, args.out, args.print_out, today, icc=args.icc, stamp=inputs)
    if not result.ok:
        print_findings(result.findings, "text")
        print("Die Website wurde nicht gebaut: behebe zuerst die Fehler oben.", file=sys.stderr)
        return EXIT_ERRORS
    return EXIT_OK


def add_report_command(commands, common) -> None:
    report = commands.add_parser("report", parents=[common], help="Qualitätsbericht erstellen")
    report.add_argument("--format", choices=("json", "md", "text", "pdf"), default="text",
                        help="Ausgabeformat (Standard: text); pdf: das Papier für die "
                        "Sitzung der Steuergruppe")
    report.add_argument("--out", metavar="DATEI", type=Path, default=None,
                        help="in diese Datei schreiben statt auf die Standardausgabe")
    earlier = report.add_mutually_exclusive_group()
    earlier.add_argument("--since", metavar="STAND", default=None,
                         help="mit einem früheren Git-Stand vergleichen, z. B. HEAD~10")
    earlier.add_argument("--compare", metavar="BERICHT.json", type=Path, default=None,
                         help="mit einem gespeicherten Bericht (--format json) vergleichen")
    report.set_defaults(handler=run_report)


def run_report(args) -> int:
    from generator.analyse.report_states import ReportError, quality_report
    from generator.gc_pause import off_until_exit
    from generator.render.report_formats import render_report

    off_until_exit()  # the process ends after the report: no collection in between
    try:
        report = quality_report(resolve_root(args), today_of(args), args.since, args.compare,
                                json_form=args.format == "json")
    except ReportError as exc:
        if exc.findings:
            print(FORMATTERS["text"](exc.findings), file=sys.stderr)
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    if args.format == "json":
        return write_streamed(report, args.out)
    return write_report(render_report(report, args.format), args.out)


def write_streamed(report, out: Path | None) -> int:
    """The JSON report piece by piece: at 100,000 offers it never sits in memory as a whole."""
    from generator.render.report_formats import write_report_json

    if out is None:
        write_report_json(report, sys.stdout)
        return EXIT_OK
    return _write_out(out, lambda stream: write_report_json(report, stream), binary=False)


def _write_out(out: Path, write, binary: bool) -> int:
    """Write a report file with `write(stream)`; a file that cannot be written is one line."""
    try:
        with (out.open("wb") if binary else
              out.open("w", encoding="utf-8", newline="")) as stream:
            write(stream)
    except OSError as exc:
        print(f"Fehler: {out} kann nicht geschrieben werden ({exc.strerror}).", file=sys.stderr)
        return EXIT_ERRORS
    return EXIT_OK


def write_report(output: str | bytes, out: Path | None) -> int:
    data = output.encode("utf-8") if isinstance(output, str) else output
    if out is not None:
        return _write_out(out, lambda stream: stream.write(data), binary=True)
    if isinstance(output, str):
        print(output, end="")
        return EXIT_OK
    if sys.stdout.isatty():
        print("Fehler: Ein PDF gehört in eine Datei. Nutze --out bericht.pdf oder leite die "
              "Ausgabe um (> bericht.pdf).", file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.flush()
    return EXIT_OK


def add_partner_commands(commands, common) -> None:
    """`new offer`, `new school` and `editor`: for partners and the coordination."""
    new = commands.add_parser("new", help="Vorlage für ein neues Angebot oder eine Schule")
    kinds = new.add_subparsers(dest="kind", metavar="ART", parser_class=_Parser)
    kinds.required = True
    offer = kinds.add_parser("offer", parents=[common], help="neues Angebot eines Partners")
    offer.add_argument("--partner", required=True, metavar="KENNUNG",
                       help="Kennung des Partners, z. B. jugendwerk-lindenau")
    offer.add_argument("--id", default=None, metavar="KENNUNG",
                       help="Kennung des Angebots (Standard: neues-angebot)")
    offer.set_defaults(handler=run_new_offer)
    school = kinds.add_parser("school", parents=[common],
                              help="neue Schule in network.yaml und partners/ eintragen")
    school.add_argument("--id", required=True, metavar="KENNUNG")
    school.add_argument("--name", required=True)
    school.add_argument("--school-form", required=True, metavar="SCHULFORM")
    school.add_argument("--municipality", required=True, metavar="AGS")
    school.add_argument("--classes", default="5-10", metavar="VON-BIS",
                        help="Jahrgangsstufen, z. B. 5-10 (Standard) oder 5-13")
    school.add_argument("--email", default=None, help="Funktionspostfach der Schule")
    school.add_argument("--phone", default=None, help="Telefonnummer der Schule")
    school.add_argument("--maintainer", action="append", default=[], metavar="@KENNUNG",
                        help="Git-Kennung der Person oder des Teams, das die Daten pflegt")
    school.set_defaults(handler=run_new_school)
    review = commands.add_parser("review", parents=[common],
                                 help="Zusammenfassung für einen Pull/Merge Request (Markdown)")
    review.add_argument("--since", required=True, metavar="STAND",
                        help="Stand, mit dem verglichen wird, z. B. origin/main")
    review.set_defaults(handler=run_review)
    values = commands.add_parser("values", parents=[common],
                                 help="Seite mit den erlaubten Werten und Gemeindeschlüsseln "
                                      "schreiben (docs/erlaubte-werte.md)")
    values.add_argument("--out", type=Path, default=None,
                        help="Zieldatei (Standard: <Datenordner>/docs/erlaubte-werte.md)")
    values.set_defaults(handler=run_values)
    preview = commands.add_parser("preview", help="Vorschau zum Herunterladen: die gebaute "
                                  "Website mit Links, die ohne Server funktionieren")
    preview.add_argument("--site", type=Path, default=Path("site"),
                         help="gebaute Website (Standard: site)")
    preview.add_argument("--out", type=Path, default=Path("vorschau"),
                         help="Zielordner (Standard: vorschau)")
    preview.set_defaults(handler=run_preview)
    editor = commands.add_parser("editor", parents=[common],
                                 help="Browser-Editor für Partner (/redaktion/) schreiben")
    editor.add_argument("--out", type=Path, default=Path("site/redaktion"),
                        help="Zielordner (Standard: site/redaktion)")
    editor.add_argument("--local", type=int, default=None, metavar="PORT",
                        help="mit dem lokalen Git-Server (decap-server) auf 127.0.0.1:PORT")
    editor.set_defaults(handler=run_editor)


def run_new_offer(args) -> int:
    from generator.scaffold import new_offer

    dataset = checked_dataset(args)
    if dataset is None:
        return EXIT_ERRORS
    path = new_offer(dataset, args.partner, args.id, today_of(args))
    print(path)
    print("Fülle die leeren Felder aus und prüfe dann: python -m generator check",
          file=sys.stderr)
    return EXIT_OK


def run_new_school(args) -> int:
    from generator.scaffold import add_school

    dataset = checked_dataset(args)
    if dataset is None:
        return EXIT_ERRORS
    paths = add_school(dataset, args.id, args.name, args.school_form, args.municipality,
                       args.classes, args.email, args.phone, args.maintainer, today_of(args))
    for path in paths:
        print(path)
    return EXIT_OK


def run_values(args) -> int:
    from generator.render.values_page import values_markdown

    dataset = checked_dataset(args)
    if dataset is None:
        return EXIT_ERRORS
    out = args.out or dataset.root / "docs" / "erlaubte-werte.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(values_markdown(dataset), encoding="utf-8")
    print(out)
    return EXIT_OK


def run_preview(args) -> int:
    from generator.render.offline_preview import offline_preview

    if not (args.site / "index.html").is_file():
        raise UserError(f"In {args.site} liegt keine gebaute Website. Baue sie zuerst: "
                        "python -m generator build")
    pages = offline_preview(args.site, args.out)
    print(f"{args.out}/index.html ({pages} Seiten mit Datei-Links)")
    return EXIT_OK


def run_review(args) -> int:
    from generator.render.review_summary import review_markdown
    from generator.validate.check import check_data_root

    root = resolve_root(args)
    result = check_data_root(root, today_of(args))
    print(review_markdown(root, today_of(args), args.since, result.findings.sorted()))
    return EXIT_OK if result.ok else EXIT_ERRORS


def run_editor(args) -> int:
    from generator.render.editor.page import write_editor

    dataset = checked_dataset(args)
    if dataset is None:
        return EXIT_ERRORS
    written = write_editor(dataset, args.out, args.local)
    if written is None:
        raise UserError("Der Browser-Editor ist nicht installiert. Installiere ihn mit "
                        "scripts/setup-editor (lädt das npm-Paket decap-cms).")
    print(written)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    from generator.render.process_guard import signals_stop_the_command

    try:
        args = build_parser().parse_args(argv)
        if getattr(args, "writes_output", False):
            # SIGTERM cleans up like Ctrl+C: no half-written output, no workers left
            with signals_stop_the_command():
                return args.handler(args)
        return args.handler(args)
    except UsageError as exc:
        print(f"Fehler im Aufruf: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except argparse.ArgumentTypeError as exc:
        print(f"Fehler im Aufruf: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    except BrokenPipeError:  # the reader went away (… | head): stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python's advice for this case
        return EXIT_ERRORS
    except OSError as exc:  # a path the user gave cannot be read or written
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"Fehler: Datei oder Ordner{where} lässt sich nicht lesen oder schreiben: "
              f"{exc.strerror or exc}. Prüfe den Pfad und die Rechte.", file=sys.stderr)
        return EXIT_ERRORS
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as exc:  # a bug: say so briefly, show details only on request
        if os.environ.get("GENERATOR_DEBUG"):
            traceback.print_exc()
        print(f"Interner Fehler ({type(exc).__name__}: {exc}). Das ist ein Fehler im "
              "Generator, nicht in deinen Daten: bitte melde ihn mit dem Befehl, den du "
              "aufgerufen hast. Details mit GENERATOR_DEBUG=1.", file=sys.stderr)
        return EXIT_INTERNAL
