"""Class pages stay short in a big district: with many schools, the school list folds into the
towns and a link hands over to the finder, where a pupil picks the school."""

from __future__ import annotations

import datetime as dt

from generator.render.handouts.catalogue import handout_catalogue
from generator.render.site import listing
from generator.render.site.context import SiteContext
from generator.render.site.pages_class import class_page
from generator.validate.check import check_data_root
from tests.site_support import REPO

TODAY = dt.date(2026, 11, 24)


def test_many_schools_fold_into_towns_and_the_finder(monkeypatch):
    data = check_data_root(REPO, TODAY).dataset
    ctx = SiteContext(data, TODAY, tuple(handout_catalogue(data, TODAY)))
    _, full, _ = class_page(ctx, 9)
    assert "Deine Schule in der Suche wählen" not in full
    monkeypatch.setattr(listing, "COMPACT_SCHOOLS", 2)
    _, text, count = class_page(ctx, 9)
    assert 'href="../../suche/#klasse=9">Deine Schule in der Suche wählen</a>' in text
    assert "<summary>Oder wähle deinen Ort (" in text
    assert len(text) < len(full)
    assert 'id="fuer-alle"' in text and count > 0  # the offers for everyone stay on the page
