"""Fixtures shared by several test modules.

The demo district is built once per test session: a full build renders every handout, which
is the slowest step of the suite. Tests that change data build their own copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site_support import DEMO_DAY, build_site, copy_demo


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory) -> Path:
    """The demo district built on DEMO_DAY; returns the site folder (print/ lies beside it).
    Read only: copy it before changing anything."""
    tmp = tmp_path_factory.mktemp("demo-build")
    root = tmp / "data"
    root.mkdir()
    copy_demo(root)
    return build_site(root, tmp / "site", DEMO_DAY)
