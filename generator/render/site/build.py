"""`python -m generator build`: check → pages → mkdocs → print bundle, each a named step.

Never a dirty build: mkdocs' --dirty keeps a stale search index, so the site folder is always
rebuilt from scratch.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import logging
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.errors import UserError
from generator.findings import Findings
from generator.model.dataset import Dataset
from generator.render import build_stamp, urls
from generator.render.editor.page import build_editor
from generator.render.output_swap import check_targets, staged_outputs
from generator.render.site.pages_service import HandoutFile
from generator.render.site.site_files import SiteFiles, generate_site
from generator.render.site_config import read_site_url
from generator.validate.check import check_data_root

PLUGIN_NAME = "angebotswegweiser"
SCREEN_PDF_CACHE = Path(".cache") / "handouts-screen"


class SiteBuildError(UserError):
    """The site cannot be built for a reason the user can fix (raised by `build`)."""


@dataclass
class BuildResult:
    findings: Findings
    site_dir: Path | None = None
    pages: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.site_dir is not None


def stderr_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextlib.contextmanager
def source_date_epoch(today: dt.date) -> Iterator[None]:
    """Fix the build date for mkdocs (sitemap, gzip headers) unless the caller already did."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm(today.timetuple()))
    try:
        yield
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


class _WarningsToStderr(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        print(f"mkdocs: {record.getMessage()}", file=sys.stderr)


def mkdocs_config_file(root: Path) -> Path:
    config_file = root / "mkdocs.yml"
    if not config_file.is_file():
        raise SiteBuildError(f"{config_file}: Datei fehlt. Kopiere mkdocs.yml und den Ordner "
                             "docs/ aus dem Repository des Angebotswegweisers in den "
                             "Datenordner.")
    return config_file


def run_mkdocs(root: Path, out: Path, site: SiteFiles, today: dt.date) -> int:
    """Build the site with mkdocs and the plugin; return the number of warnings."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    handler = _WarningsToStderr()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        with source_date_epoch(today):
            config = load_config(str(mkdocs_config_file(root)), site_dir=str(out.resolve()))
            if PLUGIN_NAME not in config.plugins:
                raise SiteBuildError(f"{root / 'mkdocs.yml'}: unter plugins fehlt "
                                     f"„{PLUGIN_NAME}“.")
            plugin = config.plugins[PLUGIN_NAME]
            plugin.prepared = site  # mkdocs keeps plugin objects per process: reset after
            try:
                mkdocs_build(config)
            finally:
                plugin.prepared = None
    except MkDocsException as exc:
        raise SiteBuildError(f"mkdocs: {exc}") from exc
    finally:
        logger.removeHandler(handler)
    return handler.count


def build_print_bundle(data: Dataset, today: dt.date, site_url: str, print_dir: Path,
                       progress: Callable[[str], None], icc: Path | None = None):
    """The handouts: the print-shop bundle into print_dir, the screen PDFs into a cache
    folder beside the data (mkdocs empties the site folder on every build); unchanged
    handouts are not rendered again. Rendered before the pages, so the handouts page can
    give each file's page count and size; copy_screen_pdfs puts them into the site."""
    from generator.render.handouts.bundle import build_handouts

    progress("Erzeuge die Handouts …")
    screen_cache = data.root / SCREEN_PDF_CACHE
    bundle = build_handouts(data, today, site_url, print_dir, screen_cache, icc=icc)
    for warning in bundle.warnings:
        progress(warning)
    progress(f"Handouts: {bundle.rendered} PDFs erzeugt, {bundle.skipped} unverändert "
             f"({bundle.seconds:.1f} s).")
    return bundle


def handout_files(bundle) -> dict[str, HandoutFile]:
    return {f.handout.slug: HandoutFile(f.pages, f.screen_file.stat().st_size)
            for f in bundle.handouts}


def copy_screen_pdfs(bundle, site_dir: Path) -> None:
    """The screen PDFs into <site>/handouts/ (the handouts page links them)."""
    target = site_dir / urls.HANDOUTS_PATH
    target.mkdir(parents=True, exist_ok=True)
    for files in bundle.handouts:
        shutil.copyfile(files.screen_file, target / files.screen_file.name)


def build(root: Path, out: Path, print_out: Path, today: dt.date,
          progress: Callable[[str], None] = stderr_progress,
          icc: Path | None = None, stamp: str | None = None) -> BuildResult:
    """`stamp`: the fingerprint of this build's inputs (build_stamp.py), remembered once the
    outputs are in place, so that the next build with the same inputs keeps them."""
    started = time.perf_counter()
    targets = {"--out": out, "--print-out": print_out}
    check_targets(root, targets)  # never into data folders, and before the long check
    build_stamp.forget(root)  # from here on, the outputs may change
    progress("Prüfe die Daten …")
    checked = check_data_root(root, today)
    if not checked.ok:
        return BuildResult(checked.findings)
    data = checked.dataset
    assert data is not None
    site_url = read_site_url(mkdocs_config_file(root).parent)  # a clear error if missing
    # Everything is written beside --out and --print-out and swapped in only when all of it
    # succeeded: a failed or killed build leaves the live site as it was.
    with staged_outputs(root, targets, seeded=("--print-out",)) as staged:
        bundle = build_print_bundle(data, today, site_url, staged["--print-out"], progress, icc)
        site = generate_site(data, today, progress=progress, site_url=site_url,
                             handout_files=handout_files(bundle))
        progress(f"Baue die Website mit mkdocs ({len(site.pages)} erzeugte Seiten) …")
        run_mkdocs(root, staged["--out"], site, today)
        build_editor(data, staged["--out"], progress)
        copy_screen_pdfs(bundle, staged["--out"])
    if stamp is not None:
        build_stamp.write(root, targets, stamp)
    seconds = time.perf_counter() - started
    progress(f"Fertig: Website in {out} ({seconds:.1f} s).")
    return BuildResult(checked.findings, out, len(site.pages), seconds)
