"""The sitemap of a `mkdocs serve` round that reused pages (serve_cache.PageOutputs): mkdocs
lists only the pages it rendered, so the served sitemap.xml would lack every unchanged page.
It is written again over all pages, in the order of a full build, with mkdocs' own template
(the served folder stays byte for byte a full build's), and kept while the pages, their
order, the site URL and the build day stay the same (a changed title changes none of them).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from mkdocs.commands.build import _build_theme_template
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_date

SITEMAP = "sitemap.xml"
OUTPUTS = (SITEMAP, SITEMAP + ".gz")


class ServeSitemap:
    def __init__(self) -> None:
        self.key = ""
        self.outputs: dict[str, bytes] = {}

    def write(self, files: Files, reused: set[str], env, nav, config) -> None:
        """Call after the pages are built, before the site folder is served."""
        if SITEMAP not in config.theme.static_templates:
            return
        listed = tuple(f.src_uri for f in files if f.is_documentation_page()
                       and (f.inclusion.is_included() or f.src_uri in reused))
        key = hashlib.blake2b(repr((listed, config.site_url, config.use_directory_urls,
                                    get_build_date())).encode(), digest_size=16).hexdigest()
        site_dir = Path(config.site_dir)
        if key == self.key:
            for name, content in self.outputs.items():
                (site_dir / name).write_bytes(content)
            return
        if reused:
            _write_full(files, reused, env, nav, config)
        self.key = key
        self.outputs = {name: (site_dir / name).read_bytes() for name in OUTPUTS
                        if (site_dir / name).is_file()}


def _write_full(files: Files, reused: set[str], env, nav, config) -> None:
    """mkdocs' sitemap with the `reused` pages as if they were rendered (they are marked as
    included: call after the pages are built)."""
    for file in files:
        if file.src_uri in reused:
            file.inclusion = InclusionLevel.NOT_IN_NAV
            if file.page is None:
                Page(None, file, config)
    _build_theme_template(SITEMAP, env, files, config, nav)
