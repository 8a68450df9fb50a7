"""A preflight of the print PDFs, as a print shop's prepress runs it (without a commercial
checker; veraPDF is not packaged in Debian):

- Ghostscript interprets every page completely and must report no error or warning;
- Ghostscript's ink coverage of the text alone (images and vector art filtered out) must
  be black only: no cyan, magenta or yellow under any letter;
- the file's structure (pikepdf): a PDF/X-4 output intent with a CMYK profile and a named
  condition, TrimBox inside BleedBox inside MediaBox on every page, no annotations, every
  font embedded, no RGB colour operators, no encryption.

Not checked: total ink limits per pixel, overprint, image resolution (there are no photos),
the full PDF/X-4 rule set (ISO 15930-7).

    .venv/bin/python -m generator.render.handouts.preflight print/*.pdf
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf

GS_BASE = ("-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dPDFSTOPONERROR", "-dPDFSTOPONWARNING",
           "-r36", "-sDEVICE=inkcov", "-o", "-")
RGB_OPERATORS = {"rg", "RG"}


def preflight(path: Path) -> list[str]:
    """Every problem found in one print PDF, in German; empty when the file passes."""
    problems = _structure(path)
    problems += _ghostscript(path)
    return [f"{path.name}: {problem}" for problem in problems]


def ink_coverage(path: Path, text_only: bool = False) -> list[tuple[float, ...]]:
    """Per page the share of the page covered by C, M, Y and K, as Ghostscript prints it."""
    gs = shutil.which("gs")
    if gs is None:
        raise RuntimeError("Ghostscript fehlt: apt-get install ghostscript")
    filters = ("-dFILTERIMAGE", "-dFILTERVECTOR") if text_only else ()
    done = subprocess.run([gs, *GS_BASE, *filters, str(path)], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise ValueError(done.stdout + done.stderr)
    pages = []
    for line in done.stdout.splitlines():
        fields = line.split()
        if len(fields) >= 4 and fields[-2:] == ["CMYK", "OK"]:
            pages.append(tuple(float(v) for v in fields[:4]))
    return pages


def _ghostscript(path: Path) -> list[str]:
    try:
        pages = ink_coverage(path)
        text = ink_coverage(path, text_only=True)
    except ValueError as error:
        return [f"Ghostscript meldet Fehler: {str(error).strip()[:300]}"]
    problems = []
    if not pages:
        problems.append("Ghostscript hat keine Seite ausgegeben")
    for number, (c, m, y, k) in enumerate(text, start=1):
        if c or m or y:
            problems.append(f"Seite {number}: Text enthält Buntfarben (C {c}, M {m}, Y {y})")
        if not k:
            problems.append(f"Seite {number}: kein Text in Schwarz gefunden")
    return problems


def _structure(path: Path) -> list[str]:
    problems = []
    with pikepdf.open(path) as pdf:
        if pdf.is_encrypted:
            problems.append("die Datei ist verschlüsselt")
        problems += _output_intent(pdf)
        for number, page in enumerate(pdf.pages, start=1):
            problems += [f"Seite {number}: {p}" for p in _page(page)]
    return problems


def _output_intent(pdf: pikepdf.Pdf) -> list[str]:
    intents = pdf.Root.get("/OutputIntents", [])
    pdfx = [i for i in intents if i.get("/S") == "/GTS_PDFX"]
    if len(pdfx) != 1:
        return ["keine (oder mehr als eine) PDF/X-Ausgabebedingung (OutputIntent)"]
    intent, problems = pdfx[0], []
    if not str(intent.get("/OutputConditionIdentifier", "")).strip():
        problems.append("OutputConditionIdentifier fehlt")
    profile = intent.get("/DestOutputProfile")
    if profile is None or int(profile.get("/N", 0)) != 4:
        problems.append("das Ausgabeprofil ist kein CMYK-Profil")
    metadata = pdf.Root.get("/Metadata")
    if metadata is None or b"PDF/X-4" not in metadata.read_bytes():
        problems.append("die XMP-Metadaten nennen nicht PDF/X-4")
    return problems


def _page(page: pikepdf.Page) -> list[str]:
    problems = []
    boxes = {name: [float(v) for v in page.obj[name]] for name in
             ("/MediaBox", "/BleedBox", "/TrimBox") if name in page.obj}
    if set(boxes) != {"/MediaBox", "/BleedBox", "/TrimBox"}:
        problems.append("TrimBox oder BleedBox fehlt")
    elif not (_inside(boxes["/TrimBox"], boxes["/BleedBox"])
              and _inside(boxes["/BleedBox"], boxes["/MediaBox"])):
        problems.append("TrimBox liegt nicht in der BleedBox oder die BleedBox nicht in der "
                        "MediaBox")
    if len(page.obj.get("/Annots", [])):
        problems.append(f"{len(page.obj.Annots)} Annotationen (Links) in der Druckdatei")
    operators = {str(op) for _, op in pikepdf.parse_content_stream(page)}
    if operators & RGB_OPERATORS:
        problems.append("RGB-Farben im Seiteninhalt")
    problems += [f"Schrift {name} ist nicht eingebettet" for name in _unembedded_fonts(page)]
    return problems


def _inside(inner: list[float], outer: list[float]) -> bool:
    return (inner[0] >= outer[0] - 0.01 and inner[1] >= outer[1] - 0.01
            and inner[2] <= outer[2] + 0.01 and inner[3] <= outer[3] + 0.01)


def _unembedded_fonts(page: pikepdf.Page) -> list[str]:
    missing = []
    for _, font in page.obj.get("/Resources", {}).get("/Font", {}).items():
        descriptors = [font.get("/FontDescriptor")]
        descriptors += [d.get("/FontDescriptor") for d in font.get("/DescendantFonts", [])]
        descriptors = [d for d in descriptors if d is not None]
        if not any(key in d for d in descriptors
                   for key in ("/FontFile", "/FontFile2", "/FontFile3")):
            missing.append(str(font.get("/BaseFont", "?")))
    return missing


def main(paths: list[str]) -> int:
    problems = [p for path in paths for p in preflight(Path(path))]
    for problem in problems:
        print(problem)
    print(f"{len(paths)} Dateien geprüft, {len(problems)} Probleme.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
