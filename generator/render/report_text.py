"""The quality report as plain text for the terminal."""

from __future__ import annotations

from generator.render.report_common import (
    COMPARISON_PARTS,
    SECTIONS,
    code_label,
    comparison_item,
    headline,
    percent,
    section_findings,
)


def _finding_lines(finding: dict) -> list[str]:
    score = f" [{percent(finding['score'])}]" if finding["score"] is not None else ""
    where = f" ({finding['file']}:{finding['line']})" if finding["file"] else ""
    label = code_label(finding)
    lines = [f"- {label}{score}: {finding['message']}{where}" if label
             else f"- {finding['message']}{score}{where}"]
    if finding["reasons"]:
        lines.append(f"    Gründe: {'; '.join(finding['reasons'])}")
    return lines


def render_text(report: dict) -> str:
    lines = ["Qualitätsbericht", headline(report)]
    for title, codes in SECTIONS:
        found = section_findings(report, codes)
        lines += ["", f"{title} ({len(found)})"]
        lines += [line for f in found for line in _finding_lines(f)] or ["- keine"]
    lines += ["", f"Entscheidungen der Steuergruppe ({len(report['acknowledged'])})"]
    lines += [line for f in report["acknowledged"] for line in _finding_lines(f)] or ["- keine"]
    comparison = report.get("comparison")
    if comparison:
        lines += ["", f"Vergleich mit {comparison['base']}"]
        for key, title in COMPARISON_PARTS:
            items = comparison[key]
            lines.append(f"{title} ({len(items)})")
            lines += [f"- {comparison_item(item)}" for item in items]
    return "\n".join(lines) + "\n"
