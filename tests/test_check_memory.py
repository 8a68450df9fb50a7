"""`check` keeps little per offer: trees go after validation, marks are packed, field sets
shared. Findings still name the same line and column."""

from __future__ import annotations

import datetime as dt

from generator.load.strict_yaml import read_yaml
from generator.validate.check import check_data_root
from tests.site_support import REPO

TODAY = dt.date(2026, 11, 24)


def test_released_document_keeps_every_position():
    raw = (REPO / "offers").rglob("*.yaml").__next__().read_bytes()
    document, _ = read_yaml(raw, "offers/x/y.yaml")
    marks = dict(document.marks)
    document.release()
    assert document.data is None
    assert dict(document.marks.items()) == marks
    for path, position in marks.items():
        assert document.position(path) == position
        assert document.position((*path, "no-such-field")) == position  # nearest ancestor
    assert document.position(("no-such-field",)) == marks[()]


def test_check_without_cache_releases_trees_and_reports_the_same(tmp_path):
    from generator.load.file_cache import FileCache

    fresh = check_data_root(REPO, TODAY)
    cached = check_data_root(REPO, TODAY, FileCache())
    assert fresh.findings.sorted() == cached.findings.sorted()
    assert all(d.data is None for d in fresh.dataset.offer_sources.values())
    assert fresh.dataset.offers == cached.dataset.offers
    sets = {id(o.__pydantic_fields_set__) for o in fresh.dataset.offers.values()}
    assert len(sets) < len(fresh.dataset.offers) / 4  # offers share their field sets
