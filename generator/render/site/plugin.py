"""The mkdocs plugin: a thin adapter that adds the generated files to an mkdocs build.

With `mkdocs serve` it checks and generates on every rebuild and watches the data files, so
a partner sees a YAML edit live; between saves it keeps parsed files, offer pages and finished
HTML by content hash (serve_cache.py), so a save costs what it changed.
`python -m generator build` hands over files it already generated (`prepared`), so the data
is checked once.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import re
import shutil
import threading
import time
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.clock import run_day
from generator.findings import format_text
from generator.load.file_cache import FileCache
from generator.render.site.background import stop_all
from generator.render.site.csp import THEME_DIR, policy
from generator.render.site.page import anchor_ids, split_body
from generator.render.site.serve_cache import PageOutputs, SiteMemo, ThemeCache
from generator.render.site.serve_reload import allow_reload_script
from generator.render.site.serve_sitemap import ServeSitemap
from generator.render.site.serve_temp import serve_folder
from generator.render.site.serve_watch import watch_with_inotify
from generator.render.site.site_files import (
    CSS_PATH,
    FINDER_CSS_PATH,
    SiteFiles,
    generate_site,
    is_network_page,
)

LOG = logging.getLogger("mkdocs.plugins.angebotswegweiser")
PAGES_LOG = logging.getLogger("mkdocs.structure.pages")
_EXCLUDED_LINK = re.compile(r"contains a link to '([^']+)' which is excluded from the built site")
QUIET_SECONDS = 3.0  # after a save, background work waits this long for the next save
FIRST_SECONDS = 0.5  # after the first build, it waits only for mkdocs to finish


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
        # only while `mkdocs serve` runs: what one save does not change
        self.files: FileCache | None = None
        self.memo: SiteMemo | None = None
        self.outputs: PageOutputs | None = None
        self.late: dict[str, str | bytes] = {}
        self.refresh_dir: Path | None = None
        self.round = 0  # counts the rebuilds of `mkdocs serve`
        self.round_lock = threading.Lock()  # a new round and starting background work
        self.refreshing = False  # the next rebuild shows a new quality page, no new data
        self.written_round = -1  # the last round whose late files were written
        self.first_round = 1
        self.reused: set[str] = set()  # this round's pages served as last rendered

    def on_startup(self, command: str, dirty: bool) -> None:
        """Also keeps this plugin object alive between the rebuilds of `mkdocs serve`."""
        if command == "serve":
            self.late = {}  # the plugin object may outlive an earlier serve in this process
            # rounds keep counting: a thread of an earlier serve never sees its round again
            self.first_round, self.refreshing = self.round + 1, False
            self.files = FileCache()
            self.memo = SiteMemo(self.files)
            self.outputs = PageOutputs()
            self.theme = ThemeCache()
            self.sitemap = ServeSitemap()
            self.refresh_dir = serve_folder("refresh")
            PAGES_LOG.addFilter(self.quiet_links)

    def quiet_links(self, record: logging.LogRecord) -> bool:
        """mkdocs' note that a page links to a page "excluded from the built site" is wrong
        for a page this round reused: it is served as last rendered. Drop the note."""
        target = _EXCLUDED_LINK.search(record.getMessage())
        return target is None or target[1] not in self.reused

    def on_shutdown(self) -> None:
        PAGES_LOG.removeFilter(self.quiet_links)
        with self.round_lock:
            self.round += 1  # what still runs belongs to no round: it ends quietly
        stop_all()
        gc.unfreeze()  # settle_heap: the heap is the collector's again
        if self.outputs is not None:
            self.outputs.close()
        if self.refresh_dir is not None:
            shutil.rmtree(self.refresh_dir, ignore_errors=True)
        self.files = self.memo = self.outputs = self.refresh_dir = None

    def data_root(self, config) -> Path:
        return (Path(config.config_file_path or ".").parent / self.config.root).resolve()

    def on_config(self, config):
        if self.memo is not None:
            self._next_round()
        if self.outputs is not None:
            self.outputs.redirect(config)
            self.theme.attach(config.theme)
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
        from generator.render.site.serve_update import quick_site
        from generator.validate.check import check_data_root

        today = run_day(dt.date.fromisoformat(self.config.today) if self.config.today else None)
        result = check_data_root(self.data_root(config), today, self.files)
        if not result.ok:
            raise PluginError("Die Daten haben Fehler:\n" + format_text(
                result.findings.sorted()))
        if self.memo is not None:
            quick = quick_site(self.memo, result.dataset, today, config.site_url, self._refresh)
            if quick is not None:
                return quick
        return generate_site(result.dataset, today, site_url=config.site_url, memo=self.memo,
                             refreshed=self._refresh)

    def _next_round(self) -> None:
        """A save came: end the background work of the last one at once (its inputs are out
        of date; at 10k offers it would slow this save down fourfold). A rebuild that only
        shows a new quality page keeps the search index being made for the same data."""
        assert self.memo is not None
        with self.round_lock:
            self.round += 1
            if not self.refreshing:
                self.memo.jobs.stop()
            self.refreshing = False

    def _refresh(self) -> None:
        """Make `mkdocs serve` rebuild: the quality page was analysed again."""
        self.refreshing = True
        if self.refresh_dir is not None:
            (self.refresh_dir / "neu").write_text(str(threading.get_ident()), encoding="utf-8")

    def on_files(self, files: Files, config) -> Files:
        assert self.site is not None
        nav_paths = self.site.nav_paths()
        if not self.config.network_section:
            for file in [f for f in files if is_network_page(f.src_uri)]:
                files.remove(file)
        if self.outputs is not None:
            self.outputs.begin(config)
        self.dest_uris: dict[str, str] = {}
        self.reused = set()
        self.all_files = files
        for path, text in self.site.pages.items():
            if not self.config.network_section and is_network_page(path):
                continue
            if path in files.src_uris:  # paths are already in the form mkdocs keeps
                raise PluginError(f"docs/{path} überschreibt eine erzeugte Seite. Benenne die "
                                  "Datei um.")
            inclusion = InclusionLevel.UNDEFINED if path in nav_paths \
                else InclusionLevel.NOT_IN_NAV
            reuse = (self.outputs is not None and path not in nav_paths
                     and self.outputs.reusable(path, text))
            file = (self.outputs.link_target(config, path, text) if reuse else
                    File.generated(config, path, content=text, inclusion=inclusion))
            self.dest_uris[path] = file.dest_uri
            if reuse:
                self.reused.add(path)
            # a reused page is only a link target: its last output stays in the served folder
            files.append(file)
        for path, content in self.site.assets.items():
            files.append(File.generated(config, path, content=content))
        return files

    def on_nav(self, nav, config, files):
        self.nav = nav
        return nav

    def on_env(self, env, config, files):
        self.env = env
        return env

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
        if self.outputs is not None and self.site and page.file.src_uri in self.site.pages:
            self.outputs.rendered(page.file.src_uri, self.site.pages[page.file.src_uri])
        body = self.bodies.pop(page.file.src_uri, "")
        if not body:
            return html
        page.present_anchor_ids = (page.present_anchor_ids or set()) | anchor_ids(body)
        return f"{html}\n{body.rstrip()}"

    def on_post_build(self, config) -> None:
        """The search index and the open data go next to the pages. While serving, the
        last ones are written at once and the new ones when they are ready."""
        assert self.site is not None
        site_dir = Path(config.site_dir)
        if self.outputs is None:
            _write(site_dir, self.site.late_assets())
            return
        self.sitemap.write(self.all_files, self.reused, self.env, self.nav, config)
        self.all_files = self.env = self.nav = None  # this round's mkdocs objects: garbage
        site_dir = self.outputs.finish(self.dest_uris)
        _write(site_dir, self.late)
        threading.Thread(target=self._write_late, args=(self.site, site_dir, self.round),
                         daemon=True).start()

    def _write_late(self, site: SiteFiles, site_dir: Path, round_: int) -> None:
        """Once no newer save came for QUIET_SECONDS: start the deferred work (search index,
        open data, quality page) and write what it makes. A partner saving again and again
        is not slowed down by it: a newer save ends it, and its own thread starts it again."""
        first = round_ == self.first_round
        # the first build's index at once, once mkdocs has let go of that build's objects
        time.sleep(FIRST_SECONDS if first else QUIET_SECONDS)
        with self.round_lock:
            if round_ != self.round:
                return
            settle_heap()
            site.start_deferred()
        try:
            late = site.late_assets()
        except Exception as exc:  # noqa: BLE001 - serve keeps running; the next save retries
            if round_ == self.round:
                LOG.warning(f"Suchindex und offene Daten wurden nicht erneuert: {exc!r}")
            return
        with self.round_lock:
            if round_ == self.round:
                self.late, self.written_round = late, round_
                _write(site_dir, late)

    def on_serve(self, server, config, builder):
        root = self.data_root(config)
        for name in ("network.yaml", "vocabularies.yaml", "partners", "offers"):
            if (root / name).exists():
                server.watch(str(root / name))
        if self.refresh_dir is not None:
            server.watch(str(self.refresh_dir))
        watch_with_inotify(server)
        allow_reload_script(server)
        return server


def _write(site_dir: Path, files: dict[str, str | bytes]) -> None:
    for path, content in sorted(files.items()):
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content if isinstance(content, bytes) else content.encode())


def settle_heap() -> None:
    """In a quiet moment of `mkdocs serve`: collect garbage, then move what survives (the
    parsed files, validated objects, pages: all long-lived) out of the collector's reach.
    A save then no longer pays for full collections walking millions of objects (seconds at
    10k offers); objects that die later are still freed by their reference counts."""
    gc.collect()
    gc.freeze()
