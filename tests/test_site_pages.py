"""The generated pages tell a pupil the truth (issue 9), checked on the demo district's page
texts without an mkdocs build: their own school's offers, only what is still to come, labels
for offers that are not for pupils, counts that match the lists, short folded pages."""

from __future__ import annotations

import json
import re

import pytest

from generator.analyse.guide import who_helps
from generator.analyse.responsibility import responsible_partner
from generator.analyse.selection import offers_for_situation, select_offers
from generator.render import urls
from generator.render.exports.write import export_files
from generator.render.handouts.catalogue import handout_catalogue
from generator.render.site.context import SiteContext
from generator.render.site.glossary import glossary_page, link_terms
from generator.render.site.pages_category import category_pages
from generator.render.site.pages_class import class_pages
from generator.render.site.pages_guide import guide_data, guide_page
from generator.render.site.pages_municipality import municipality_pages
from generator.render.site.pages_offer import offer_pages
from generator.render.site.pages_partner import partner_pages
from generator.render.site.pages_situation import situation_pages
from generator.render.site.search_index import search_files
from generator.validate.check import check_data_root
from tests.site_support import DEMO_DAY, REPO

PAST_EVENT = "ausbildungsboerse-bergheide"  # one date, 26.09.2026: over on DEMO_DAY
SCHOOL_OFFER = "betriebspraktikum-hauptschule-kleinsteinach"  # class 9, own school only


@pytest.fixture(scope="module")
def ctx() -> SiteContext:
    data = check_data_root(REPO, DEMO_DAY).dataset
    return SiteContext(data, DEMO_DAY, tuple(handout_catalogue(data, DEMO_DAY)))


@pytest.fixture(scope="module")
def pages(ctx) -> dict[str, str]:
    found: dict[str, str] = {}
    for builder in (class_pages, category_pages, municipality_pages, offer_pages, partner_pages):
        found.update(builder(ctx))
    return found


def group(text: str, group_id: str) -> str:
    """The HTML of one folded group (details element) of a page."""
    match = re.search(rf'<details class="aw-group" id="{group_id}"[^>]*>(.*?)</details>', text,
                      re.DOTALL)
    assert match, group_id
    return match.group(1)


def listed(text: str) -> list[str]:
    return re.findall(r'<li><a href="[./]*angebote/([^/"]+)/">', text)


def test_a_schools_own_offer_appears_on_its_class_topic_and_town_pages(pages):
    link = f"angebote/{SCHOOL_OFFER}/"
    for path in ("klassen/9/", "themen/praktikum/", "orte/kleinsteinach/"):
        text = pages[urls.page_source(path)]
        assert "An deiner Schule" in text, path
        assert link in group(text, "schule-hauptschule-kleinsteinach"), path
    # … and not on the pages of other classes or towns
    assert link not in pages[urls.page_source("klassen/8/")]
    assert link not in pages[urls.page_source("orte/lindenau/")]


def test_the_class_page_links_the_schools_handout(pages):
    text = group(pages[urls.page_source("klassen/9/")], "schule-hauptschule-kleinsteinach")
    assert "handouts/schule-hauptschule-kleinsteinach-klasse-9.pdf" in text
    school = pages[urls.page_source(urls.partner_path("hauptschule-kleinsteinach"))]
    for school_class in (7, 8, 9, 10):
        assert f"handouts/schule-hauptschule-kleinsteinach-klasse-{school_class}.pdf" in school


def test_overview_counts_equal_what_the_pages_list(pages):
    for index in ("themen/", "klassen/", "orte/"):
        overview = pages[urls.page_source(index)]
        entries = re.findall(r'<a href="\.\./([^"]+/)">[^<]+</a> <span class="aw-where">'
                             r'(\d+) Angebote?</span>', overview)
        assert entries, index
        for target, count in entries:
            text = pages[urls.page_source(target)]
            assert len(set(listed(text))) == int(count), target


def test_praktikum_counts_every_praktikum_of_the_open_data(ctx, pages):
    all_current = select_offers(ctx.data, DEMO_DAY, category="praktikum")
    overview = pages[urls.page_source("themen/")]
    assert f'Praktikum und Praxisphase</a> <span class="aw-where">{len(all_current)} Angebote' \
        in overview


def test_a_past_event_is_in_no_list_search_index_or_handout(ctx, pages):
    link = f"angebote/{PAST_EVENT}/"
    for path, text in pages.items():
        if not path.startswith(f"angebote/{PAST_EVENT}/"):
            assert link not in text, path
    index = b"".join(v if isinstance(v, bytes) else v.encode() for v in search_files(ctx).values())
    assert PAST_EVENT.encode() not in index
    assert all(PAST_EVENT not in h.offer_ids for h in ctx.handouts)
    assert PAST_EVENT not in export_files(ctx.data, DEMO_DAY, None)["termine.ics"].decode()


def test_the_page_of_a_past_event_stays_and_says_so(pages):
    text = pages[urls.page_source(urls.offer_path(PAST_EVENT))]
    assert "Dieses Angebot ist vorbei." in text
    related = re.search(r'class="aw-ended".*?</div>', text, re.DOTALL).group(0)
    assert "themen/messe/" in related and len(listed(related)) >= 1


def test_an_inactive_offer_keeps_a_page_that_says_it_ended(ctx, pages):
    inactive = [o for o in ctx.data.offers.values() if o.status == "inactive"]
    for offer in inactive:
        assert "Dieses Angebot ist beendet." in pages[urls.page_source(urls.offer_path(offer.id))]


def test_next_date_is_never_past(pages):
    for path, text in pages.items():
        for day, month, year in re.findall(r"nächster Termin \w\w, (\d\d)\.(\d\d)\.(\d{4})", text):
            assert (int(year), int(month), int(day)) >= (2026, 11, 24), path


def test_entries_not_for_pupils_are_labelled_and_come_last(ctx, pages):
    text = group(pages[urls.page_source("klassen/9/")], "schule-hauptschule-kleinsteinach")
    text = text.split('<ul class="aw-offers">')[1].split("</ul>")[0]
    entries = re.findall(r"<li><a href=[^>]+>([^<]+)</a>\s*(<span class=\"aw-audience\">[^<]+)?",
                         text)
    labels = [label for _, label in entries]
    assert labels[-1].endswith("Für Eltern")  # the parents' evening, after the pupils' offers
    assert all(not label for label in labels[:-1])


def test_list_pages_fold_their_groups_and_have_jump_links(pages):
    for path in ("klassen/9/", "orte/lindenau/", "themen/bewerbung/"):
        text = pages[urls.page_source(path)]
        assert '<nav class="aw-jump" aria-label="Auf dieser Seite">' in text
        for target in re.findall(r'<nav class="aw-jump".*?</nav>', text, re.DOTALL)[0] \
                .split('href="#')[1:]:
            assert f'id="{target.split(chr(34))[0]}"' in text, (path, target)
        assert '<details class="aw-group"' in text
        assert "suche/#" in text  # narrowed in the finder


def test_town_page_narrows_by_class_and_class_page_by_town(pages):
    assert "suche/#klasse=9&amp;ort=05799028" in pages[urls.page_source("klassen/9/")]
    assert "suche/#klasse=9&amp;ort=05799004" in pages[urls.page_source("orte/lindenau/")]


@pytest.mark.parametrize("situation", ["ohne-ausbildungsplatz", "ausbildung-abgebrochen",
                                       "ohne-schulabschluss", "mit-kind", "fluchterfahrung",
                                       "behinderung", "buergergeld"])
def test_every_life_situation_has_a_page_linked_from_the_home_page(ctx, situation):
    pages = situation_pages(ctx)
    text = pages[urls.page_source(urls.situation_path(situation))]
    assert ctx.data.vocabularies.situations[situation].description in text
    assert "wer-hilft-mir/" in text
    offers = offers_for_situation(ctx.data, DEMO_DAY, situation)
    assert len(set(listed(text))) == len(offers)
    home = (REPO / "docs" / "index.md").read_text(encoding="utf-8")
    assert f"(lebenslagen/{situation}/index.md)" in home


def test_glossary_terms_are_explained_and_linked_where_they_appear(ctx, pages):
    glossary = glossary_page(ctx)[1]
    for term_id in ctx.data.vocabularies.glossary:
        assert f'<dt id="{term_id}">' in glossary
    offer = pages[urls.page_source(urls.offer_path("asa-flex-assistierte-ausbildung"))]
    assert ('<a class="aw-term" href="../../glossar/#asa-flex"><abbr title="Assistierte '
            'Ausbildung">AsA flex</abbr></a>') in offer
    assert offer.count('href="../../glossar/#asa-flex"') == 1  # the first mention only


def test_glossary_links_never_go_inside_links_or_markup(ctx):
    html = '<p>Die <a href="https://example.org/bvb">BvB</a> und BvB-Kurse, dann BvB.</p>'
    linked = str(link_terms(ctx, html, lambda to: "/" + to))
    assert linked == ('<p>Die <a href="https://example.org/bvb">BvB</a> und BvB-Kurse, dann '
                      '<a class="aw-term" href="/glossar/#bvb"><abbr title="Berufsvorbereitende '
                      'Bildungsmaßnahme">BvB</abbr></a>.</p>')


def test_guide_rules_name_the_responsible_institutions(ctx):
    data = ctx.data
    for town in data.network.municipalities:
        agentur, jobcenter, jugendamt = (responsible_partner(data, town.ags, role)[0].name
                                         for role in ("agentur", "jobcenter", "jugendamt"))
        assert who_helps(data, town.ags, 16, "schule", False) == [agentur, jugendamt]
        assert who_helps(data, town.ags, 19, "fertig", True) == [agentur, jobcenter, jugendamt]
        assert who_helps(data, town.ags, 27, "ausbildung", True) == [agentur]
    # a town with its own Jugendamt answers for itself
    rosenfeld = next(m.ags for m in data.network.municipalities if m.name == "Rosenfeld")
    assert who_helps(data, rosenfeld, 16, "schule", False)[1] == "Jugendamt der Stadt Rosenfeld"


def test_guide_page_works_without_javascript_and_its_data_is_complete(ctx):
    text = guide_page(ctx)[1]
    assert '<form id="aw-guide" class="aw-guide" hidden>' in text  # shown by the script
    assert "So ist es geregelt" in text and "Von 15 bis 24 Jahre, wenn deine Familie " \
        "Bürgergeld bekommt." in text
    for town in ctx.data.network.municipalities:
        assert f'{urls.municipality_path(town.name)}#zustaendig"' in text
    data = json.loads(guide_data(ctx))
    assert set(data["towns"]) == {m.ags for m in ctx.data.network.municipalities}
    assert [r["role"] for r in data["rules"]] == ["agentur", "jobcenter", "jugendamt"]
    assert PAST_EVENT not in {o["id"] for o in data["offers"]}
