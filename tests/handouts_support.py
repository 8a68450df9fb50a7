"""Shared helpers for the handout tests: build the fixture bundle, read PDFs back."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from generator.render.handouts.bundle import BundleResult, build_handouts
from generator.render.site_config import read_site_url
from generator.validate.check import check_data_root

FIXTURE = Path(__file__).parent / "fixtures" / "handouts"
TODAY = dt.date(2026, 9, 1)


def load(root: Path = FIXTURE, today: dt.date = TODAY):
    result = check_data_root(root, today)
    assert result.ok, result.findings.sorted()
    return result.dataset


def build(out: Path, root: Path = FIXTURE, **options):
    return build_handouts(load(root), TODAY, read_site_url(root), out / "print",
                          out / "site" / "handouts", **options)


@dataclass(frozen=True)
class BuiltHandouts:
    """A handout build: `out` holds print/ and site/handouts/ with their render caches."""
    out: Path
    result: BundleResult


def copy_bundle(built: BuiltHandouts, target: Path) -> Path:
    """The folders of an earlier build, caches included: building on top of the copy renders
    only what changed, as the next build of a district would."""
    shutil.copytree(built.out, target, dirs_exist_ok=True)
    return target


def copy_fixture(target: Path) -> Path:
    shutil.copytree(FIXTURE, target)
    return target


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdffonts(path: Path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    return [line.split() for line in lines if line.strip()]


DEMO = Path(__file__).resolve().parents[1]
DEMO_TODAY = dt.date(2026, 11, 30)  # mid school year: some dates and deadlines are past


def render_sample(data, today: dt.date, slugs: list[str], out: Path, variant: str = "print"):
    """Render only some handouts of a dataset, one variant: the whole demo takes minutes."""
    from generator.render.handouts.assets import find_assets
    from generator.render.handouts.catalogue import handout_catalogue
    from generator.render.handouts.context import build_context
    from generator.render.handouts.document import PrintSettings, build_document, build_timestamp
    from generator.render.handouts.pdf import write_pdf
    from generator.render.site_config import read_site_url

    assets = find_assets()
    handouts = {h.slug: h for h in handout_catalogue(data, today)}
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for slug in slugs:
        context = build_context(data, handouts[slug], today, read_site_url(data.root))
        document = build_document(context, variant, PrintSettings(), build_timestamp(today))
        paths[slug] = out / f"{slug}.pdf"
        paths[slug].write_bytes(write_pdf(document, assets).data)
    return paths


def flat_text(path: Path) -> str:
    """The text of a PDF in one line; a line that starts with "@", "." or "/" continues the
    address of the line before (the handouts' convention for long addresses)."""
    raw = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    joined = re.sub(r"\s*\n(?=[@./])", "", raw)
    return " ".join(joined.split())
