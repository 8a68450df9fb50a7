"""The sitemap of a `mkdocs serve` round that reused pages (serve_cache.PageOutputs): mkdocs
lists only the pages it rendered, so the served sitemap.xml would lack every unchanged page.
It is written again over all pages, in the order of a full build, with mkdocs' own template:
the served folder stays byte for byte a full build's.
"""

from __future__ import annotations

from mkdocs.commands.build import _build_theme_template
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.pages import Page

SITEMAP = "sitemap.xml"


def write_full_sitemap(files: Files, reused: set[str], env, nav, config) -> None:
    """Write sitemap.xml(.gz) into config.site_dir, with the `reused` pages (Markdown paths)
    as if they were rendered. Call after the pages are built: it marks them as included."""
    if not reused or SITEMAP not in config.theme.static_templates:
        return
    for file in files:
        if file.src_uri in reused:
            file.inclusion = InclusionLevel.NOT_IN_NAV
            if file.page is None:
                Page(None, file, config)
    _build_theme_template(SITEMAP, env, files, config, nav)
