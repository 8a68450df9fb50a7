"""The quality report as the steering group's paper (report --format pdf): summary, the
matrix of too little and too much, the pairs of both kinds and the findings per partner.

WeasyPrint in the site's typography (Open Sans from Debian's fonts-open-sans, the site's
blue); PDF/UA-1, tagged for screens. Every resource goes through the handouts' fetcher, which
serves the font files by name and refuses everything else: no network, no local file."""

from __future__ import annotations

from importlib.resources import files

import jinja2
from weasyprint import HTML

from generator.render.handouts.assets import FONT_FILES, find_assets, font_asset_name
from generator.render.handouts.fetcher import ASSET_BASE, AssetFetcher
from generator.render.report_pdf.content import paper_context

TEMPLATES = files("generator.render.report_pdf")
FONT = "Report Sans"
# SVG text is matched by fontconfig, not by @font-face: the same Open Sans, by its system name.
SVG_FONT = "Open Sans"


def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FunctionLoader(
        lambda name: (TEMPLATES / name).read_text(encoding="utf-8")),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
        lstrip_blocks=True)


def report_html(report: dict) -> str:
    fonts = [{"weight": w, "style": s, "url": font_asset_name(w, s)} for w, s in FONT_FILES]
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    return _environment().get_template("report.html").render(
        **paper_context(report, SVG_FONT), css=css, fonts=fonts, font=FONT)


def render_pdf(report: dict) -> bytes:
    """The PDF bytes; a missing font package raises the handouts' HandoutError (German)."""
    assets = find_assets()
    fetcher = AssetFetcher({k: v for k, v in assets.files.items() if k.endswith(".ttf")})
    document = HTML(string=report_html(report), base_url=ASSET_BASE, url_fetcher=fetcher)
    data = document.write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=False, attachments=[])
    if fetcher.refused:  # a template asked for something else: a bug, never partner data
        raise RuntimeError(f"report PDF asked for refused resources: {fetcher.refused}")
    return data
