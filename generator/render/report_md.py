"""The quality report as Markdown for the steering group's minutes. Partner text is data:
HTML characters and table pipes are escaped."""

from __future__ import annotations

import html
import re

from generator.render.report_common import (
    CODE_LABELS,
    COMPARISON_PARTS,
    SECTIONS,
    comparison_item,
    headline,
    percent,
    section_findings,
)

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def cell(text: str) -> str:
    """Partner text as literal text in Markdown: HTML escaped, Markdown syntax backslashed."""
    text = html.escape(str(text), quote=False).replace("\n", " ")
    return _MARKDOWN.sub(r"\\\1", text)


def _table(findings: list[dict]) -> list[str]:
    if not findings:
        return ["Keine."]
    lines = ["| Art | Befund | Wert | Gründe | Datei |", "|---|---|---|---|---|"]
    for f in findings:
        where = f"{f['file']}:{f['line']}" if f["file"] else ""
        lines.append(f"| {cell(CODE_LABELS.get(f['code'], f['code']))} | {cell(f['message'])} "
                     f"| {percent(f['score'])} | {cell('; '.join(f['reasons']))} | {cell(where)} |")
    return lines


def _coverage_lines(report: dict) -> list[str]:
    coverage = report["coverage"]
    missing = [c for c in coverage["cells"] if c["missing"]]
    names = {m["ags"]: m["name"] for m in coverage["municipalities"]}
    labels = {c["id"]: c["label"] for c in coverage["categories"]}
    lines = ["| Gemeinde | Kategorie | Klassenstufe | Angebote |", "|---|---|---|---|"]
    lines += [f"| {cell(names.get(c['municipality'], c['municipality']))} "
              f"| {cell(labels.get(c['category'], c['category']))} | {cell(c['band'])} "
              f"| {c['offers']} |" for c in missing]
    return lines if missing else ["Alle geforderten Felder sind besetzt."]


def _comparison_lines(comparison: dict) -> list[str]:
    lines = ["", f"## Vergleich mit {cell(comparison['base'])}", ""]
    for key, title in COMPARISON_PARTS:
        items = comparison[key]
        lines += [f"### {title} ({len(items)})", ""]
        lines += [f"- {cell(comparison_item(item))}" for item in items] or ["Keine."]
        lines.append("")
    return lines


def _todo_lines(report: dict) -> list[str]:
    messages = {f["key"]: f["message"] for f in report["findings"]}
    lines = []
    for entry in report["todo"]:
        lines += [f"### {cell(entry['name'])} ({len(entry['findings'])})", ""]
        lines += [f"- [ ] {cell(messages[key])}" for key in entry["findings"]]
        lines.append("")
    return lines


def render_markdown(report: dict) -> str:
    lines = ["# Qualitätsbericht", "", cell(headline(report)), ""]
    for title, codes in SECTIONS:
        found = section_findings(report, codes)
        lines += [f"## {title} ({len(found)})", "", *_table(found), ""]
    lines += [f"## Entscheidungen der Steuergruppe ({len(report['acknowledged'])})", "",
              *_table(report["acknowledged"]), ""]
    lines += ["## Fehlende Pflichtfelder der Abdeckung", "", *_coverage_lines(report), ""]
    lines += ["## Aufgaben je Partner", "", *_todo_lines(report)]
    if report.get("comparison"):
        lines += _comparison_lines(report["comparison"])
    return "\n".join(lines).rstrip("\n") + "\n"
