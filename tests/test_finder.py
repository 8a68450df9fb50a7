"""The finder in Python on the demo's index: the relevance test set, German that forgives,
filters from the text, the school rule, and what the index holds."""

from __future__ import annotations

import gzip
import json
import shutil

import pytest

from generator.analyse.selection import is_current
from generator.render.site.context import SiteContext
from generator.render.site.finder_query import Finder, one_edit_apart
from generator.render.site.search_index import index_json
from generator.validate.check import check_data_root
from tests.finder_support import BAR, evaluate, load_queries
from tests.site_support import DEMO_DAY, REPO, copy_demo

KLEINSTEINACH = "05799028"


def demo_index(root=REPO) -> dict:
    result = check_data_root(root, DEMO_DAY)
    assert result.ok
    return json.loads(index_json(SiteContext(result.dataset, DEMO_DAY)))


@pytest.fixture(scope="module")
def index() -> dict:
    return demo_index()


@pytest.fixture(scope="module")
def finder(index) -> Finder:
    return Finder(index)


def ids(finder: Finder, text: str, **filters) -> list[str]:
    return finder.search(text, filters, DEMO_DAY).ids


def test_relevance_set_reaches_the_bar(finder):
    queries = load_queries()
    assert len(queries) >= 60
    assert {q.who for q in queries} == {"schueler", "eltern", "lehrkraft"}
    results = [finder.search(q.text, q.filters, DEMO_DAY) for q in queries]
    measures = evaluate(queries, [(r.ids, r.similar) for r in results])
    assert measures["precision"] >= BAR, "\n".join(measures["misses"])
    assert measures["recall"] >= 0.85, measures["recall"]
    for query, result in zip(queries, results, strict=True):  # nothing only where nothing fits
        assert bool(result.ids) == bool(query.relevant), query.text


def test_plurals_typos_umlauts_and_compounds(finder):
    praktikum = set(ids(finder, "Praktikum"))
    assert "praxisphase-betriebspraktikum-klasse-9" in praktikum  # Praktikum → Betriebspraktikum
    assert set(ids(finder, "Praktika")) == praktikum  # Latin plural, from the synonyms
    assert ids(finder, "Bewerbng")[:3] == ids(finder, "Bewerbung")[:3]  # one typo
    assert ids(finder, "Fluechtlinge") == ids(finder, "Flüchtlinge")  # ae/oe/ue
    assert ids(finder, "Muehlental nach der schule") == ids(finder, "Mühlental nach der Schule")
    assert "praktikumsplatz-finden-lernwerkstatt" in ids(finder, "Betriebspraktikum")  # ↔
    assert "bewerbungstraining-agentur-biz" in ids(finder, "Bewerbung")


def test_synonyms_from_the_vocabulary(finder):
    refugees = ids(finder, "Flüchtling")
    assert "ankommen-junge-gefluechtete-kreis" in refugees  # says "Geflüchtete"
    assert "willkommenslotsen-ihk" in refugees  # says "Fluchterfahrung"
    assert "lehrstellenboerse-handwerk" in ids(finder, "Ausbildungsplatz")
    assert "speed-dating-handwerk-2027" in ids(finder, "Ausbildungsplatz")  # "Lehrstellen-"
    assert ids(finder, "was soll ich werden")


def test_a_district_adds_its_own_synonyms(tmp_path):
    root = copy_demo(tmp_path)
    (root / "vocabularies.yaml").write_text(
        "synonyms:\n  rosengarten:\n    words: [Rosengarten, Treffpunkt Rose]\n", encoding="utf-8")
    extended = Finder(demo_index(root))
    assert ids(extended, "Treffpunkt Rose") == ids(extended, "Rosengarten") != []
    shutil.rmtree(root / "offers")


def test_class_town_and_school_in_the_text_become_filters(finder):
    result = finder.search("Ich bin in Klasse 9 in Kleinsteinach und suche ein Praktikum", {},
                           DEMO_DAY)
    assert result.recognised == {"klasse": "9", "ort": KLEINSTEINACH}
    assert result.ids and result.ids == ids(finder, "Praktikum", klasse="9", ort=KLEINSTEINACH)
    assert finder.search("9.", {}, DEMO_DAY).recognised == {"klasse": "9"}
    assert finder.search("nach der Schule", {}, DEMO_DAY).recognised == {
        "klasse": "nach-der-schule"}
    school = finder.search("Hauptschule Kleinsteinach", {}, DEMO_DAY)
    assert school.recognised["schule"] == "hauptschule-kleinsteinach"
    assert school.ids[0].endswith("hauptschule-kleinsteinach")  # its own offers first


def test_terms_are_and_ed_with_an_or_fallback(finder):
    both = set(ids(finder, "Bewerbung Bergheide"))
    assert both and both <= set(ids(finder, "Bewerbung"))
    fallback = finder.search("Bewerbung Zeugnis Sprachcafé", {}, DEMO_DAY)
    assert fallback.similar and fallback.ids
    nothing = finder.search("Tanzkurs", {}, DEMO_DAY)
    assert nothing.ids == [] and nothing.unknown == ["tanzkurs"]


def test_town_keeps_its_own_and_district_wide_offers(finder, index):
    towns = [t[0] for t in index["towns"]]
    rows = {row[0]: row for row in index["offers"]}
    for offer_id in ids(finder, "", ort=KLEINSTEINACH):
        area = rows[offer_id][4]
        assert area == -1 or towns.index(KLEINSTEINACH) in area


def test_school_offers_only_for_that_school_or_labelled_apart(finder, index):
    school_rows = {row[0] for row in index["offers"] if row[5] >= 0}
    plain = finder.search("Betriebspraktikum", {}, DEMO_DAY)
    assert not school_rows & set(plain.ids)
    assert "betriebspraktikum-realschule-rosenfeld" in plain.school_only
    chosen = finder.search("Betriebspraktikum", {"schule": "realschule-rosenfeld"}, DEMO_DAY)
    assert chosen.ids[0] == "betriebspraktikum-realschule-rosenfeld"
    others = {row[0] for row in index["offers"]
              if row[5] >= 0 and index["schools"][row[5]][0] != "realschule-rosenfeld"}
    assert not others & set(chosen.ids)
    assert chosen.school_only == []


def test_over_offers_never_enter_the_index_and_pass_in_the_browser_day(index, finder):
    result = check_data_root(REPO, DEMO_DAY)
    indexed = {row[0] for row in index["offers"]}
    assert indexed == {o.id for o in result.dataset.offers.values() if is_current(o, DEMO_DAY)}
    later = DEMO_DAY.replace(year=DEMO_DAY.year + 2)  # every date of the fair has passed
    assert "ausbildungsmesse-lindenau-2027" in ids(finder, "Ausbildungsmesse")
    assert "ausbildungsmesse-lindenau-2027" not in finder.search("Ausbildungsmesse", {}, later).ids


def test_filters_each_cut(finder, index):
    every = set(ids(finder, "", klasse="9"))
    for name, value in (("thema", "bewerbung"), ("lage", "fluchterfahrung"), ("fuer", "eltern"),
                        ("sprache", "ar"), ("kostenlos", "1"), ("barrierefrei", "1"),
                        ("kommend", "1"), ("ort", KLEINSTEINACH)):
        cut = set(ids(finder, "", klasse="9", **{name: value}))
        assert cut and cut < every, name


def test_one_edit():
    assert one_edit_apart("bewerbng", "bewerbung")
    assert one_edit_apart("prakitkum", "praktikum")  # two neighbours swapped
    assert not one_edit_apart("praktikum", "praktikum")
    assert not one_edit_apart("pratkium", "praktikum")


def test_index_is_small(index):
    raw = json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode()
    assert len(gzip.compress(raw)) / len(index["offers"]) < 1500
