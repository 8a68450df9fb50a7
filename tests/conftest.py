"""Fixtures shared by several test modules.

Rendering handouts is the slowest step of the suite, so the demo district and the handout test
district are each built once per test session. Tests that change data or settings build on a
copy (the copied render cache keeps the rest of the handouts from being rendered again).
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from tests import handouts_support
from tests.handouts_support import BuiltHandouts, copy_bundle
from tests.site_support import DEMO_DAY, build_site, copy_demo


@pytest.fixture(autouse=True)
def collector_back_on():
    """The report command leaves the garbage collector off until its process ends
    (gc_pause.off_until_exit); tests run it in this process."""
    yield
    gc.enable()


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory) -> Path:
    """The demo district built on DEMO_DAY; returns the site folder (print/ lies beside it).
    Read only: copy it before changing anything."""
    tmp = tmp_path_factory.mktemp("demo-build")
    root = tmp / "data"
    root.mkdir()
    copy_demo(root)
    return build_site(root, tmp / "site", DEMO_DAY)


@pytest.fixture(scope="session")
def fixture_handouts(tmp_path_factory) -> BuiltHandouts:
    """The handout test district (tests/fixtures/handouts) with default settings. Read only."""
    out = tmp_path_factory.mktemp("fixture-handouts")
    return BuiltHandouts(out, handouts_support.build(out, jobs=2))


@pytest.fixture(scope="session")
def fixture_handouts_without_crop_marks(fixture_handouts, tmp_path_factory) -> BuiltHandouts:
    """The same district built again on a copy, without crop marks. Read only."""
    out = copy_bundle(fixture_handouts, tmp_path_factory.mktemp("without-crop-marks"))
    return BuiltHandouts(out, handouts_support.build(out, jobs=2, crop_marks=False))
