"""Public entry point: render every handout in two variants, skip unchanged ones, write the
print-shop bundle. Reads like the pipeline: assets → catalogue → documents → render → manifest."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import weasyprint

from generator.model.dataset import Dataset
from generator.render.handouts.assets import Assets, find_assets
from generator.render.handouts.cache import CacheEntry, RenderCache
from generator.render.handouts.catalogue import Handout, handout_catalogue
from generator.render.handouts.context import HandoutContext, build_context
from generator.render.handouts.document import (
    VARIANTS,
    HandoutDocument,
    PrintSettings,
    build_document,
    build_timestamp,
)
from generator.render.handouts.errors import HandoutError
from generator.render.handouts.manifest import ManifestEntry, page_format, write_manifest
from generator.render.handouts.pdf import VARIANT_LABELS, write_pdf


@dataclass(frozen=True)
class HandoutFiles:
    handout: Handout
    print_file: Path
    screen_file: Path
    pages: int


@dataclass
class BundleResult:
    handouts: list[HandoutFiles]
    rendered: int  # PDFs written in this run
    skipped: int  # PDFs whose inputs did not change
    seconds: float
    render_seconds: list[float] = field(default_factory=list)  # per rendered PDF
    refused: list[str] = field(default_factory=list)  # resources refused (a template bug)
    bundle_files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # e.g. a broken cache was rebuilt


@dataclass(frozen=True)
class _Job:
    document: HandoutDocument
    target: Path
    key: str


def _generator_version() -> str:
    try:
        return version("angebotswegweiser")
    except PackageNotFoundError:
        return "dev"


def build_handouts(dataset: Dataset, today: dt.date, site_url: str, print_out: Path,
                   screen_out: Path, crop_marks: bool = True, icc: Path | None = None,
                   jobs: int | None = None) -> BundleResult:
    started = time.perf_counter()
    assets = find_assets(icc)
    settings = PrintSettings(crop_marks=crop_marks)
    folders = {"print": Path(print_out), "screen": Path(screen_out)}
    for folder in folders.values():
        _make_folder(folder)
    caches = {variant: RenderCache(folder) for variant, folder in folders.items()}
    salt = _salt(assets, settings)
    created = build_timestamp(today)

    catalogue = handout_catalogue(dataset, today)
    pending, pages = [], {}
    for handout in catalogue:
        context = build_context(dataset, handout, today, site_url)
        for variant in VARIANTS:
            key = input_key(salt, variant, created, context)
            entry = caches[variant].fresh(handout.file_name, key)
            if entry is None:  # render: only now are the HTML and the QR codes made
                document = build_document(context, variant, settings, created)
                pending.append(_Job(document, caches[variant].target(handout.file_name), key))
            else:
                pages[(variant, handout.slug)] = entry.pages

    result = BundleResult([], rendered=len(pending), skipped=2 * len(catalogue) - len(pending),
                          seconds=0.0, warnings=[c.warning for c in caches.values() if c.warning])
    for job, outcome in zip(pending, _render_all(pending, assets, jobs), strict=True):
        page_count, sha256, seconds, refused = outcome
        caches[job.document.variant].store(job.target.name, CacheEntry(job.key, sha256, page_count))
        pages[(job.document.variant, job.document.slug)] = page_count
        result.render_seconds.append(seconds)
        result.refused.extend(refused)

    names = {h.file_name for h in catalogue}
    for cache in caches.values():
        cache.remove_outdated(names)
        cache.save(names)
    result.handouts = [HandoutFiles(h, folders["print"] / h.file_name,
                                    folders["screen"] / h.file_name, pages[("print", h.slug)])
                       for h in catalogue]
    entries = [ManifestEntry(f.print_file.name, f.handout.title, f.pages, page_format(),
                             VARIANT_LABELS["print"], caches["print"].entries[f.print_file.name].sha256)
               for f in result.handouts]
    result.bundle_files = write_manifest(folders["print"], entries, settings, assets.output,
                                         dataset.network.district.coordination_email)
    result.seconds = time.perf_counter() - started
    return result


def _salt(assets: Assets, settings: PrintSettings) -> str:
    return (f"{_generator_version()}|weasyprint {weasyprint.__version__}|"
            f"{assets.fingerprint()}|{assets.output}|{code_fingerprint()}|{settings!r}|")


def code_fingerprint() -> str:
    """The handout code and templates: a change there renders every handout again."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in
                       p.parts):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def input_key(salt: str, variant: str, created: str, context: HandoutContext) -> str:
    """Everything one PDF depends on; the context is plain frozen data, so its repr is
    the data the sheet prints."""
    text = f"{salt}|{variant}|{created}|{context!r}"
    return hashlib.sha256(text.encode()).hexdigest()


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HandoutError(f"Der Ordner „{folder}“ lässt sich nicht anlegen: {exc.strerror}. "
                           "Wähle einen anderen Ordner.") from exc


def _render_all(pending: list[_Job], assets: Assets, jobs: int | None):
    workers = max(1, min(jobs or os.cpu_count() or 1, len(pending)))
    if workers == 1:
        return [_render(job, assets) for job in pending]
    # Biggest documents first, so no worker is left with a long one at the end.
    order = sorted(range(len(pending)), key=lambda i: -len(pending[i].document.html))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {i: pool.submit(_render, pending[i], assets) for i in order}
        return [futures[i].result() for i in range(len(pending))]


def _render(job: _Job, assets: Assets) -> tuple[int, str, float, tuple[str, ...]]:
    started = time.perf_counter()
    pdf = write_pdf(job.document, assets)
    temporary = job.target.with_name(job.target.name + ".part")
    temporary.unlink(missing_ok=True)  # never write through a link someone left there
    temporary.write_bytes(pdf.data)
    temporary.replace(job.target)
    sha256 = hashlib.sha256(pdf.data).hexdigest()
    return pdf.pages, sha256, time.perf_counter() - started, pdf.refused
