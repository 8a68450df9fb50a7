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
    assert fresh.dataset.partners == cached.dataset.partners
    assert fresh.dataset.network == cached.dataset.network


def test_partners_and_network_share_field_sets_and_copies_keep_their_own():
    data = check_data_root(REPO, TODAY).dataset
    partners = list(data.partners.values())
    assert len({id(p.__pydantic_fields_set__) for p in partners}) < len(partners) / 2
    schools = data.network.schools
    assert len({id(s.__pydantic_fields_set__) for s in schools}) < len(schools) / 4
    # the spreadsheet import copies a partner with new contacts: the copy gets its own set
    partner = next(p for p in partners if set(type(p).model_fields) - p.model_fields_set)
    unset = sorted(set(type(partner).model_fields) - partner.model_fields_set)[0]
    before = {id(p): set(p.__pydantic_fields_set__) for p in partners}
    copy = partner.model_copy(update={unset: getattr(partner, unset)})
    assert unset in copy.model_fields_set
    assert {id(p): set(p.__pydantic_fields_set__) for p in partners} == before
