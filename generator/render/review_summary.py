"""What a reviewer needs beside a pull or merge request: the check's findings and the change
of the quality report (new and resolved double structures and gaps), restricted to the files
the request changes. Written as Markdown for GitHub's job summary or a GitLab comment."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path, PurePosixPath

from generator.analyse.report_states import quality_report
from generator.errors import UserError
from generator.findings import Finding
from generator.render.site.escaping import md_text as md_escape


def changed_files(root: Path, since: str) -> set[str]:
    """Paths (relative to the data root) that differ between `since` and the working tree."""
    done = subprocess.run(["git", "-C", str(root), "diff", "--name-only", "--relative",
                           "--no-renames", since], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise UserError(f"Die geänderten Dateien seit „{since}“ lassen sich nicht bestimmen "
                        f"({done.stderr.strip() or 'kein Git-Repository'}).")
    return {line for line in done.stdout.splitlines() if line}


def only_changed(findings: list[Finding], changed: set[str]) -> list[Finding]:
    return [f for f in findings if f.file in changed]


def changed_offers(changed: set[str]) -> set[str]:
    return {PurePosixPath(p).stem for p in changed
            if p.startswith("offers/") and p.endswith(".yaml")}


def _involves(entry: dict, offers: set[str]) -> bool:
    named = entry["key"].split("|")[2] if entry["key"].count("|") >= 2 else ""
    return bool(offers & set(named.split(",")))


# Warnings that a change leaves in other partners' files; the coordination tidies them.
COORDINATION_CODES = frozenset({"unknown-offer"})


def _item(f: Finding) -> str:
    return f"- {md_escape(f.file)}:{f.line} {f.severity.value} {f.code}: {md_escape(f.message)}"


def _lines(title: str, entries: list[dict]) -> list[str]:
    if not entries:
        return []
    return [f"**{title}**", "", *[f"- {md_escape(e['message'])}" for e in entries], ""]


def review_markdown(root: Path, today: dt.date, since: str, findings: list[Finding]) -> str:
    changed = changed_files(root, since)
    offers = changed_offers(changed)
    mine = only_changed(findings, changed)
    errors = [f for f in mine if f.severity.value == "error"]
    out = ["## Prüfung der geänderten Dateien", "",
           f"{len(changed)} geänderte Dateien, {len(errors)} Fehler, "
           f"{len(mine) - len(errors)} Warnungen.", ""]
    out += [_item(f) for f in mine] + ([""] if mine else [])
    tidy = [f for f in findings if f.code in COORDINATION_CODES and f not in mine]
    if tidy:
        out += ["**Für die Koordinierung** (Folgen in Dateien anderer Partner):", "",
                *[_item(f) for f in tidy], ""]
    if errors:
        out += ["Der Qualitätsbericht folgt, sobald die Fehler behoben sind.", ""]
        return "\n".join(out)
    comparison = quality_report(root, today, since=since).comparison or {}
    new = [e for e in comparison.get("duplicates_new", []) if _involves(e, offers)]
    resolved = [e for e in comparison.get("duplicates_resolved", []) if _involves(e, offers)]
    gap_sections = [("Neue Lücken", comparison.get("gaps_opened", [])),
                    ("Geschlossene Lücken", comparison.get("gaps_closed", []))]
    out += ["## Qualitätsbericht: was sich durch diese Änderung ändert", ""]
    body = (_lines("Neue Doppelstrukturen", new) + _lines("Aufgelöste Doppelstrukturen", resolved)
            + [line for title, entries in gap_sections for line in _lines(title, entries)])
    out += body or ["Keine neuen oder aufgelösten Doppelstrukturen und Lücken.", ""]
    return "\n".join(out)
