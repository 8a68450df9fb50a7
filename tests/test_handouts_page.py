"""The website's handouts page: schools from A to Z and by town, page count and file size."""

from __future__ import annotations

import re

from generator.render.handouts.catalogue import handout_catalogue
from generator.render.site.context import SiteContext
from generator.render.site.pages_service import HandoutFile, german_sort_key, handout_page
from tests.handouts_support import DEMO, DEMO_TODAY, load


def test_schools_alphabetically_and_by_town_with_pages_and_size():
    data = load(DEMO, DEMO_TODAY)
    catalogue = handout_catalogue(data, DEMO_TODAY)
    files = {h.slug: HandoutFile(2 if h.kind == "klasse" else 1, 183_400) for h in catalogue}
    _, text = handout_page(SiteContext(data, DEMO_TODAY, tuple(catalogue)), catalogue, files)
    names = re.findall(r'<h3 id="schule-[^"]+">([^<]+)</h3>', text)
    assert names == sorted((s.name for s in data.network.schools), key=german_sort_key)
    assert "Schulen nach Ort" in text and "<strong>Mühlental:</strong>" in text
    assert text.index("<strong>Eschenbrück:</strong>") < text.index("<strong>Lindenau:</strong>")
    assert "Auf einen Blick</a> <span class=\"aw-count\">(PDF, 2 Seiten, 183 KB)</span>" in text
    assert "Elternbrief</a> <span class=\"aw-count\">(PDF, 1 Seite, 183 KB)</span>" in text
    assert 'href="#schule-realschule-rosenfeld"' in text


def test_german_order_puts_umlauts_with_their_vowel():
    names = ["Zell", "Ölbronn", "Oberau", "Aue", "Ärzteweg"]
    assert sorted(names, key=german_sort_key) == ["Ärzteweg", "Aue", "Oberau", "Ölbronn", "Zell"]
