"""Choose the output format of the quality report."""

from __future__ import annotations

from generator.analyse.report import Report, json_dict
from generator.render.json_text import json_text, write_json
from generator.render.report_md import render_markdown
from generator.render.report_text import render_text

RENDERERS = {"json": json_text, "md": render_markdown, "text": render_text}


def render_report(report: Report, output_format: str) -> str | bytes:
    if output_format == "pdf":  # WeasyPrint loads only when a PDF is asked for
        from generator.render.report_pdf import render_pdf

        return render_pdf(report.as_dict())
    return RENDERERS[output_format](report.as_dict())


def write_report_json(report: Report, stream) -> None:
    """The JSON format written to `stream` piece by piece (the same bytes as render_report),
    with the parts build_report made beforehand for it (json_form)."""
    write_json(json_dict(report), stream)
