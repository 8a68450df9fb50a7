"""The cache `mkdocs serve` keeps between saves: a folder whose files did not change is not
walked again, and a file added, removed or edited is seen at the next check."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from generator.load.file_cache import FileCache
from generator.validate.check import check_data_root
from tests.site_support import REPO

TODAY = dt.date(2026, 11, 24)
LONG_AGO = 1_700_000_000  # seconds: folders last changed long before the check


def demo_copy(root: Path) -> Path:
    root.mkdir()
    for name in ("network.yaml", "partners", "offers"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    age_folders(root)
    return root


def age_folders(root: Path) -> None:
    for folder in [root / "offers", *(root / "offers").iterdir(), root / "partners"]:
        if folder.is_dir():
            os.utime(folder, (LONG_AGO, LONG_AGO))


def offer_ids(root: Path, cache: FileCache) -> set[str]:
    result = check_data_root(root, TODAY, cache)
    assert result.ok, result.findings.errors[:3]
    return set(result.dataset.offers)


def test_an_unchanged_folder_is_not_walked_again(tmp_path):
    root = demo_copy(tmp_path / "data")
    cache = FileCache()
    first = offer_ids(root, cache)
    walk = cache.walks[str(root / "offers")]
    assert offer_ids(root, cache) == first
    assert cache.walks[str(root / "offers")] is walk  # the same walk: nothing changed


def test_a_new_removed_or_edited_file_is_seen_at_the_next_check(tmp_path):
    root = demo_copy(tmp_path / "data")
    cache = FileCache()
    before = offer_ids(root, cache)
    source = sorted((root / "offers").rglob("*.yaml"))[0]
    text = source.read_text(encoding="utf-8")
    copy = source.with_name("kopie-zum-test.yaml")
    copy.write_text(text.replace(f"id: {source.stem}", "id: kopie-zum-test"), encoding="utf-8")
    assert offer_ids(root, cache) == before | {"kopie-zum-test"}
    age_folders(root)
    copy.unlink()
    assert offer_ids(root, cache) == before
    age_folders(root)
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    source.write_text(text.replace(title, "title: Neu im Titel"), encoding="utf-8")
    result = check_data_root(root, TODAY, cache)
    assert result.dataset.offers[source.stem].title == "Neu im Titel"


def test_a_stray_file_in_a_walked_folder_is_reported_when_it_appears(tmp_path):
    root = demo_copy(tmp_path / "data")
    cache = FileCache()
    offer_ids(root, cache)
    folder = next(p for p in (root / "offers").iterdir() if p.is_dir())
    (folder / "notiz.txt").write_text("x", encoding="utf-8")
    codes = {f.code for f in check_data_root(root, TODAY, cache).findings.items}
    assert "unexpected-file" in codes
    assert codes == {f.code for f in check_data_root(root, TODAY).findings.items}
