"""The mkdocs plugin: a thin adapter that adds the generated files to an mkdocs build.

With `mkdocs serve` it checks and generates on every rebuild and watches the data files, so
a partner sees a YAML edit live. `python -m generator build` hands over files it already
generated (`prepared`), so the data is checked once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.clock import run_day
from generator.findings import format_text
from generator.render.site.csp import THEME_DIR, policy
from generator.render.site.page import anchor_ids, split_body
from generator.render.site.site_files import (
    CSS_PATH,
    FINDER_CSS_PATH,
    SiteFiles,
    generate_site,
    is_network_page,
)


class PluginSettings(Config):
    root = config_options.Type(str, default=".")
    today = config_options.Optional(config_options.Type(str))
    # false: no "Für das Netzwerk" section (quality report, partner guide) on a public site
    network_section = config_options.Type(bool, default=True)


class AngebotswegweiserPlugin(BasePlugin[PluginSettings]):
    def __init__(self) -> None:
        self.prepared: SiteFiles | None = None
        self.site: SiteFiles | None = None
        self.bodies: dict[str, str] = {}  # Markdown path → finished HTML body, during a build

    def data_root(self, config) -> Path:
        return (Path(config.config_file_path or ".").parent / self.config.root).resolve()

    def on_config(self, config):
        self.site = self.prepared or self._generate(config)
        config.theme.dirs.insert(0, str(THEME_DIR))
        config.extra["aw_csp"] = policy()
        config.extra["aw_network_section"] = self.config.network_section
        for css in (CSS_PATH, FINDER_CSS_PATH):
            if css not in config.extra_css:
                config.extra_css.append(css)
        if not config.nav:
            docs = Path(config.docs_dir)
            hand_written = {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")}
            config.nav = self.site.nav(hand_written, self.config.network_section)
        return config

    def _generate(self, config) -> SiteFiles:
        from generator.validate.check import check_data_root

        today = run_day(dt.date.fromisoformat(self.config.today) if self.config.today else None)
        result = check_data_root(self.data_root(config), today)
        if not result.ok:
            raise PluginError("Die Daten haben Fehler:\n" + format_text(
                result.findings.sorted()))
        return generate_site(result.dataset, today, site_url=config.site_url)

    def on_files(self, files: Files, config) -> Files:
        assert self.site is not None
        nav_paths = self.site.nav_paths()
        if not self.config.network_section:
            for file in [f for f in files if is_network_page(f.src_uri)]:
                files.remove(file)
        for path, text in self.site.pages.items():
            if not self.config.network_section and is_network_page(path):
                continue
            if files.get_file_from_path(path) is not None:
                raise PluginError(f"docs/{path} überschreibt eine erzeugte Seite. Benenne die "
                                  "Datei um.")
            inclusion = InclusionLevel.UNDEFINED if path in nav_paths \
                else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, path, content=text, inclusion=inclusion))
        for path, content in self.site.assets.items():
            files.append(File.generated(config, path, content=content))
        return files

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        """Generated bodies are finished HTML: keep them away from Markdown. Hand-written
        pages get generated blocks at their markers (the home page's finder)."""
        assert self.site is not None
        if page.file.src_uri not in self.site.pages:
            for marker, html in self.site.snippets.items():
                markdown = markdown.replace(marker, html)
            return markdown
        head, body = split_body(markdown)
        if body:
            self.bodies[page.file.src_uri] = body
        return head

    def on_page_content(self, html: str, page, config, files) -> str:
        """Put the body back after the title; its ids stay targets for links with #."""
        body = self.bodies.pop(page.file.src_uri, "")
        if not body:
            return html
        page.present_anchor_ids = (page.present_anchor_ids or set()) | anchor_ids(body)
        return f"{html}\n{body.rstrip()}"

    def on_post_build(self, config) -> None:
        """The search index and the open data exports go next to the pages."""
        assert self.site is not None
        for path, content in sorted(self.site.late_assets().items()):
            target = Path(config.site_dir) / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content if isinstance(content, bytes) else content.encode())

    def on_serve(self, server, config, builder):
        root = self.data_root(config)
        for name in ("network.yaml", "vocabularies.yaml", "partners", "offers"):
            if (root / name).exists():
                server.watch(str(root / name))
        return server
