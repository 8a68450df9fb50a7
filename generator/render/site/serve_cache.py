"""What `mkdocs serve` keeps between two saves, so one edit costs what it changes.

- `SiteMemo`: every page by its template inputs (page_memo.py), and the quality page, whose
  analyses run in a forked process after the edit is visible (the page follows a moment
  later).
- `PageOutputs`: the finished HTML of every generated page by the hash of its Markdown and of
  everything around it (mkdocs.yml, navigation, hand-written pages). Unchanged pages are not
  rendered again: mkdocs sees them as excluded files (links to them still resolve) and their
  last output stays in the served folder (mkdocs builds into a staging folder).
- `ThemeCache`: compiled theme templates and the theme's file list.

`python -m generator build` uses none of this: a build is always complete and fresh.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import jinja2.bccache
from mkdocs.structure.files import File, InclusionLevel

from generator.load.file_cache import FileCache
from generator.render.handouts.catalogue import Handout
from generator.render.site.background import Jobs
from generator.render.site.context import SiteContext
from generator.render.site.page_memo import PageMemo
from generator.render.site.quality_page import quality_pages
from generator.render.site.serve_temp import serve_folder


def _hash(*parts: object) -> str:
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


@dataclass
class Generation:
    """The last generated site, its handout catalogue and the offers each page used
    (page_deps.py): serve_update.py applies a save that changed only offer texts to it."""
    site: object  # SiteFiles
    catalogue: tuple[Handout, ...]
    used: dict[str, frozenset[str]] = field(default_factory=dict)
    guide_towns: dict[str, dict] | None = None  # pages_guide.guide_towns
    guide_entries: dict[str, tuple] = field(default_factory=dict)  # pages_guide.guide_data


class SiteMemo:
    def __init__(self, files: FileCache):
        self.files = files
        self.last: Generation | None = None
        self.quality: dict[str, str] | None = None
        self.quality_key: str | None = None  # the data the quality page shown was made of
        self.jobs = Jobs()  # background work (background.py): search index, open data, quality
        self.pages = PageMemo()
        self._round: tuple[SiteContext, str] | None = None  # round_key's last context and key

    def data_key(self, ctx: SiteContext) -> str:
        """Everything but the offers: network, vocabularies, partners and the day."""
        data = ctx.data
        partners = sorted(self.files.digest(d.file) for d in data.partner_sources.values())
        return _hash(self.files.digest("network.yaml"), self.files.digest("vocabularies.yaml"),
                     partners, ctx.today)

    def round_key(self, ctx: SiteContext) -> str:
        """Every input file and the day; hashed once per generation (20 ms at 10k files),
        though the search index and the quality page both ask."""
        if self._round is None or self._round[0] is not ctx:
            self._round = ctx, _hash(self.data_key(ctx), sorted(self.files.digests().items()))
        return self._round[1]

    def background(self, name: str, ctx: SiteContext, task: Callable[[], object],
                   *inputs: object) -> Callable[[], Future]:
        """Starts `task` in a forked process when called (after the pages are written); the
        job for the same data and `inputs` is shared, one for other data is ended."""
        key = _hash(self.round_key(ctx), inputs)
        return lambda: self.jobs.start(name, key, task)

    def quality_pages(self, ctx: SiteContext, refreshed: Callable[[], None],
                      later: list[Callable[[], Future | None]]) -> dict[str, str]:
        """The last quality page; when the data changed, a new one is analysed in a forked
        process started through `later` (after the pages are written), and `refreshed()`
        is called once it differs from the page shown."""
        key = self.round_key(ctx)
        if self.quality is None:  # the first build waits for it
            self.quality, self.quality_key = _quality(ctx), key
        elif key != self.quality_key:
            later.append(lambda: self._analyse(ctx, refreshed, key))
        return self.quality

    def _analyse(self, ctx: SiteContext, refreshed: Callable[[], None], key: str) -> None:
        """Start analysing (not a late asset: no Future is returned). `quality_key` changes
        only once the new page is adopted: an analysis ended by a newer save leaves it as it
        was, so the next round asks again."""
        future = self.jobs.start("quality", key, lambda: _quality(ctx))
        threading.Thread(target=self._adopt, args=(future, key, refreshed), daemon=True).start()

    def _adopt(self, future: Future, key: str, refreshed: Callable[[], None]) -> None:
        try:
            pages = future.result()
        except Exception:  # noqa: BLE001 - ended by a newer save, or failed: asked again
            return
        if future is not self.jobs.current("quality") or key == self.quality_key:
            return
        changed = pages != self.quality
        self.quality, self.quality_key = pages, key
        if changed:
            refreshed()


def _quality(ctx: SiteContext) -> dict[str, str]:
    from generator.analyse.report import build_report

    return quality_pages(ctx.data, build_report(ctx.data, ctx.today))


class PageOutputs:
    """mkdocs writes each build into an empty staging folder, which is then moved into the
    folder `mkdocs serve` serves. That folder is never emptied, so pages that were not
    rendered again keep their last output there."""

    def __init__(self) -> None:
        self.staging = serve_folder("serve")
        self.served: Path | None = None
        self.keys: dict[str, tuple[str, str]] = {}  # Markdown path → (key, output path)
        self.context = ""
        self.built: dict[str, str] = {}  # Markdown path → key, this build
        self.texts: dict[str, tuple[str, str]] = {}  # Markdown path → (text, its key)
        self.link_targets: dict[str, tuple[str, File]] = {}  # reused page → (text, its File)

    def redirect(self, config) -> None:
        """Let mkdocs build into the staging folder (call from on_config)."""
        self.served = Path(config.site_dir)
        config.site_dir = str(self.staging)

    def begin(self, config) -> None:
        """The part of the key that all pages share: config, navigation, hand-written docs."""
        docs = Path(config.docs_dir)
        hand_written = sorted((p.relative_to(docs).as_posix(), p.stat().st_mtime_ns,
                               p.stat().st_size) for p in docs.rglob("*") if p.is_file())
        config_file = Path(config.config_file_path) if config.config_file_path else None
        settings = config_file.read_bytes() if config_file and config_file.is_file() else b""
        context = _hash(settings, repr(config.nav), config.site_url, hand_written)
        if context != self.context:
            self.context, self.texts, self.link_targets = context, {}, {}
        self.built = {}

    def key(self, path: str, text: str) -> str:
        """The page's key; an unchanged page is the same text object as last time, so its
        key is not computed again (hashing every page on every save costs seconds at 10k)."""
        known = self.texts.get(path)
        if known is not None and known[0] is text:
            return known[1]
        key = _hash(self.context, text)
        self.texts[path] = (text, key)
        return key

    def reusable(self, path: str, text: str) -> bool:
        known = self.keys.get(path)
        return known is not None and known[0] == self.key(path, text)

    def link_target(self, config, path: str, text: str) -> File:
        """The mkdocs File of a reused page: only a link target, not rendered. The same
        object as in the last round while the page is the same (creating 10k Files on every
        save costs a tenth of a second)."""
        known = self.link_targets.get(path)
        if known is not None and known[0] is text:
            file = known[1]
            file.inclusion, file.page = InclusionLevel.EXCLUDED, None  # as created
            return file
        file = File.generated(config, path, content=text, inclusion=InclusionLevel.EXCLUDED)
        self.link_targets[path] = (text, file)
        return file

    def rendered(self, path: str, text: str) -> None:
        self.built[path] = self.key(path, text)

    def finish(self, outputs: dict[str, str]) -> Path:
        """Move this build into the served folder and drop outputs of pages that are gone;
        `outputs` maps every generated page to its output path. Returns the served folder."""
        assert self.served is not None
        for folder, _, names in os.walk(self.staging):
            target = self.served / Path(folder).relative_to(self.staging)
            target.mkdir(parents=True, exist_ok=True)
            for name in names:
                os.replace(Path(folder) / name, target / name)
        for path in set(self.keys) - set(outputs):
            (self.served / self.keys.pop(path)[1]).unlink(missing_ok=True)
            self.texts.pop(path, None)
            self.link_targets.pop(path, None)
        for path, key in self.built.items():
            self.keys[path] = (key, outputs[path])
        shutil.rmtree(self.staging, ignore_errors=True)
        self.staging.mkdir()
        return self.served

    def close(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


class ThemeCache:
    """mkdocs makes a new Jinja environment for every build: keep the compiled templates and
    the theme's file list between saves (the theme does not change while serving)."""

    def __init__(self) -> None:
        self.bytecode = _MemoryBytecodeCache()
        self.listings: dict[tuple, list[str]] = {}

    def attach(self, theme) -> None:
        make_env = theme.get_env

        def get_env():
            env = make_env()
            env.bytecode_cache = self.bytecode
            list_all = env.list_templates

            def list_templates(extensions=None, filter_func=None):
                key = (tuple(theme.dirs), repr(extensions),
                       getattr(filter_func, "__code__", filter_func))
                if key not in self.listings:
                    self.listings[key] = list_all(extensions, filter_func)
                return list(self.listings[key])

            env.list_templates = list_templates
            return env

        theme.get_env = get_env


class _MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates by name and source checksum (jinja2 checks the checksum)."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()
