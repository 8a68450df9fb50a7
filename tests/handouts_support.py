"""Shared helpers for the handout tests: build the fixture bundle, read PDFs back."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

from generator.render.handouts.bundle import build_handouts
from generator.render.site_config import read_site_url
from generator.validate.check import check_data_root

FIXTURE = Path(__file__).parent / "fixtures" / "handouts"
TODAY = dt.date(2026, 9, 1)


def load(root: Path = FIXTURE):
    result = check_data_root(root, TODAY)
    assert result.ok, result.findings.sorted()
    return result.dataset


def build(out: Path, root: Path = FIXTURE, **options):
    return build_handouts(load(root), TODAY, read_site_url(root), out / "print",
                          out / "site" / "handouts", **options)


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
