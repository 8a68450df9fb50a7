"""The no-op build's fingerprint: what changes it and what does not (build_stamp.py)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from generator.render import build_stamp
from tests.site_support import REPO

DAY = dt.date(2026, 11, 24)


def data_root(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    root = tmp_path / "root"
    shutil.copytree(REPO / "tests" / "fixtures" / "mini", root)
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text("# Start\n", encoding="utf-8")
    outputs = {"--out": root / "site", "--print-out": tmp_path / "druck"}
    for folder in outputs.values():
        folder.mkdir()
        (folder / "index.html").write_text("<p>alt</p>", encoding="utf-8")
    return root, outputs


def test_same_inputs_same_fingerprint_and_outputs_do_not_count(tmp_path):
    root, outputs = data_root(tmp_path)
    first = build_stamp.fingerprint(root, outputs, DAY, None)
    (outputs["--out"] / "neu.html").write_text("x", encoding="utf-8")
    (root / ".cache").mkdir()
    (root / ".cache" / "anything").write_text("x", encoding="utf-8")
    assert build_stamp.fingerprint(root, outputs, DAY, None) == first


def test_data_docs_day_and_options_change_the_fingerprint(tmp_path):
    root, outputs = data_root(tmp_path)
    first = build_stamp.fingerprint(root, outputs, DAY, None)
    assert build_stamp.fingerprint(root, outputs, DAY + dt.timedelta(days=1), None) != first
    other = {**outputs, "--out": tmp_path / "anders"}
    assert build_stamp.fingerprint(root, other, DAY, None) != first
    offer = next((root / "offers").rglob("*.yaml"))
    offer.write_text(offer.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    second = build_stamp.fingerprint(root, outputs, DAY, None)
    assert second != first
    (root / "docs" / "index.md").write_text("# Start!\n", encoding="utf-8")
    assert build_stamp.fingerprint(root, outputs, DAY, None) != second


def test_unchanged_only_with_the_stamp_and_untouched_outputs(tmp_path):
    root, outputs = data_root(tmp_path)
    key = build_stamp.fingerprint(root, outputs, DAY, None)
    assert not build_stamp.unchanged(root, outputs, key)  # no stamp yet
    build_stamp.write(root, outputs, key)
    assert build_stamp.unchanged(root, outputs, key)
    assert not build_stamp.unchanged(root, outputs, "other inputs")
    (outputs["--print-out"] / "index.html").write_text("<p>neu</p>!", encoding="utf-8")
    assert not build_stamp.unchanged(root, outputs, key)  # an output was changed
    build_stamp.write(root, outputs, key)
    (root / build_stamp.STAMP).write_text("{kaputt", encoding="utf-8")
    assert not build_stamp.unchanged(root, outputs, key)  # a broken stamp: build again
    build_stamp.forget(root)
    assert not (root / build_stamp.STAMP).exists()
