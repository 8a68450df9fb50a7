"""Choose the output format of the quality report."""

from __future__ import annotations

from generator.analyse.report import Report
from generator.render.json_text import json_text
from generator.render.report_md import render_markdown
from generator.render.report_text import render_text

RENDERERS = {"json": json_text, "md": render_markdown, "text": render_text}


def render_report(report: Report, output_format: str) -> str:
    return RENDERERS[output_format](report.as_dict())
