"""The demo site in a real browser (Debian's chromium): every page type renders, no request
leaves the local server, axe finds nothing, nothing is stored, lists work without JavaScript."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.render.site.finder_text import stem_word
from tests.site_support import chromium, serve, wait_until

pytest.importorskip("playwright")
pytestmark = pytest.mark.skipif(not Path("/usr/bin/chromium").exists(),
                                reason="Debian chromium is not installed")

SUB_PATH = "wegweiser/"  # the site must work from a sub-path
PAGES = {
    "home": "", "offer": "angebote/asa-flex-assistierte-ausbildung/",
    "partner": "partner/agentur-lindenau/", "town": "orte/lindenau/",
    "topic": "themen/bewerbung/", "class": "klassen/9/",
    "after-school": "klassen/nach-der-schule/", "towns": "orte/", "topics": "themen/",
    "classes": "klassen/", "partners": "partner/", "handouts": "handouts/",
    "open-data": "daten/", "search": "suche/#q=bewerbungen", "partner-guide": "partner-guide/",
    "imprint": "impressum/", "privacy": "datenschutz/", "accessibility": "barrierefreiheit/",
    "quality": "qualitaet/",
    # issue 9: the new page types
    "guide": "wer-hilft-mir/", "situations": "lebenslagen/",
    "situation": "lebenslagen/ohne-ausbildungsplatz/", "glossary": "glossar/",
    "easy-language": "leichte-sprache/", "ended-offer": "angebote/ausbildungsboerse-bergheide/",
    "school": "partner/hauptschule-kleinsteinach/",
}
# Words where snowballstemmer 3.x and lunr.de.js disagree, and ordinary ones.
GERMAN_WORDS = ["Bewerbungen", "Ausbildungsplätze", "Berufsberatung", "Häuser", "Schülerinnen",
                "Praktikum", "Jugendlichen", "Förderung", "größeren", "Straße", "begleitet",
                "Arbeitsagentur", "Kindern", "Beratungen", "übergänge", "Mädchen", "Prüfungen",
                "Buergergeld", "Ausbilderinnen", "aktuelles", "einzeln", "Einstiegsqualifizierung"]


@pytest.fixture(scope="module")
def served(tmp_path_factory, demo_build):
    www = tmp_path_factory.mktemp("browser") / "www"
    shutil.copytree(demo_build, www / SUB_PATH.strip("/"))
    with serve(www, not_found=www / SUB_PATH / "404.html") as base:
        yield base + SUB_PATH


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="module")
def browser_context(browser):
    context = browser.new_context()
    yield context
    context.close()


@pytest.fixture(scope="module")
def visits(served, browser_context):
    """Every page type loaded once; requests, console messages and axe results recorded."""
    from axe_playwright_python.sync_playwright import Axe

    origin = served.split(SUB_PATH)[0]
    foreign, console, results = [], [], {}
    page = browser_context.new_page()
    page.on("request", lambda r: None if r.url.startswith((origin, "data:"))
            else foreign.append(r.url))
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
    for kind, path in PAGES.items():
        response = page.goto(served + path)
        page.wait_for_load_state("networkidle")
        if kind == "search":
            page.wait_for_selector("[data-aw-results] li")
        axe = Axe().run(page)
        results[kind] = {
            "status": response.status if response else 0,
            "violations": axe.violations_count,
            "report": axe.generate_report() if axe.violations_count else "",
            "lang": page.evaluate("document.documentElement.lang"),
            "h1": page.locator("article h1").count(),
            "storage": page.evaluate("[localStorage.length, sessionStorage.length, "
                                     "document.cookie]"),
        }
    page.close()
    return {"foreign": foreign, "console": console, "pages": results}


def test_every_page_type_renders(visits):
    for kind, result in visits["pages"].items():
        assert result["status"] == 200, kind
        assert result["lang"] == "de" and result["h1"] == 1, kind


def test_no_request_leaves_the_site(visits):
    assert visits["foreign"] == []


def test_no_console_errors_and_no_blocked_scripts(visits):
    assert visits["console"] == []  # a CSP violation would be logged here


def test_axe_finds_no_violations(visits):
    for kind, result in visits["pages"].items():
        assert result["violations"] == 0, f"{kind}:\n{result['report']}"


def test_nothing_is_stored_on_the_device(visits):
    for kind, result in visits["pages"].items():
        assert result["storage"] == [0, 0, ""], kind


def test_search_finds_inflected_german_words(served, browser_context):
    page = browser_context.new_page()
    page.goto(served + "suche/#q=Bewerbungen")
    page.wait_for_selector("[data-aw-results] li")
    titles = page.locator("[data-aw-results] li > a").all_inner_texts()
    assert any("Bewerbung" in t for t in titles)
    page.goto(served + "suche/#q=praktik")  # a prefix finds Praktikum
    page.wait_for_selector("[data-aw-results] li")
    assert page.locator("[data-aw-results] li").count() > 0
    page.close()


def test_search_results_open_the_offer_pages(served, browser_context):
    page = browser_context.new_page()
    page.goto(served + "suche/#q=Bewerbung")
    page.wait_for_selector("[data-aw-results] li a")
    first = page.locator("[data-aw-results] li > a").first
    title = first.inner_text()
    with page.expect_navigation():
        first.click()
    assert "//" not in page.url.split("://", 1)[1]
    assert "/angebote/" in page.url
    assert page.locator("h1").inner_text() == title
    page.close()


def test_browser_stemmer_matches_the_index_stemmer(served, browser_context):
    page = browser_context.new_page()
    page.goto(served + "suche/#q=x")  # the stemmer loads with the index, on first use
    wait_until(page, "typeof lunr !== 'undefined' && lunr.de && !!lunr.de.stemmer")
    in_browser = page.evaluate("words => words.map(w => lunr.de.stemmer(new lunr.Token("
                               "w.toLowerCase())).toString())", GERMAN_WORDS)
    assert in_browser == [stem_word(w.lower()) for w in GERMAN_WORDS]
    page.close()


def test_offer_lists_are_there_without_javascript(served, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        for path in ("orte/lindenau/", "klassen/9/", "themen/bewerbung/", "partner/"):
            page.goto(served + path)
            links = page.locator("article .aw-offers li a, article .aw-links li a")
            assert links.count() > 0, path
            groups = page.locator("article details.aw-group > summary")
            if groups.count():  # long lists fold away: a group opens without JavaScript
                groups.first.click()
                links = page.locator("article details.aw-group[open] .aw-offers li a")
            assert links.first.is_visible(), path
        page.goto(served + "suche/")
        assert "Die Suche braucht JavaScript" in page.inner_text("article")
    finally:
        context.close()


def test_keyboard_reaches_the_content_and_focus_is_visible(served, browser_context):
    page = browser_context.new_page()
    page.goto(served + "angebote/asa-flex-assistierte-ausbildung/")
    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.getAttribute('href')")
    assert skip and skip.startswith("#")  # the theme's "skip to content" link comes first
    reached = []
    while "Fehler melden" not in reached and len(reached) < 80:
        page.keyboard.press("Tab")
        tag, text, outline = page.evaluate("[document.activeElement.tagName, document."
                                           "activeElement.textContent.trim(), getComputedStyle("
                                           "document.activeElement).outlineStyle]")
        assert tag != "BODY", f"focus left the page after {reached}"
        assert outline != "none", text
        reached.append(text)
    assert "Fehler melden" in reached
    page.close()


# Issue 9: pages that tell a pupil the truth.

def test_no_horizontal_scrolling_at_360_px(served, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        for kind, path in PAGES.items():
            page.goto(served + path)
            page.wait_for_load_state("networkidle")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 360, f"{kind}: {width} px wide"
        title = page.locator(".md-header__topic:first-child .md-ellipsis")
        assert title.evaluate("e => e.scrollWidth <= e.clientWidth")  # not cut off
        assert "Angebotswegweiser Kreis Lindenau" in title.inner_text().replace("\n", " ")
    finally:
        context.close()


def test_a_missing_page_under_a_sub_path_is_german_and_styled(served, browser_context):
    page = browser_context.new_page()
    response = page.goto(served + "gibt/es/nicht/")
    assert response.status == 404
    wait_until(page, "getComputedStyle(document.querySelector('.md-header'))"
                     ".backgroundColor === 'rgb(47, 61, 143)'")
    assert page.locator("h1").inner_text() == "Diese Seite gibt es nicht"
    href = page.locator("a", has_text="Angebote nach Klasse").get_attribute("href")
    assert href == "/" + SUB_PATH + "klassen/"
    with page.expect_navigation():
        page.locator("a", has_text="Angebote nach Klasse").click()
    assert page.locator("h1").inner_text() == "Klassen"
    page.close()


def ask_the_guide(page, ags: str, age: int, stage: str, buergergeld: str) -> list[str]:
    page.select_option("#aw-guide-age", str(age))
    page.check(f'input[name="stufe"][value="{stage}"]')
    page.check(f'input[name="buergergeld"][value="{buergergeld}"]')
    page.select_option("#aw-guide-town", ags)
    page.click("#aw-guide button[type=submit]")
    page.wait_for_selector("#aw-guide-answer h2")
    return page.locator("#aw-guide-answer .aw-guide-role .aw-contact strong").all_inner_texts()


def test_the_guide_names_the_right_institution_for_each_town_and_situation(served,
                                                                           browser_context):
    from generator.analyse.guide import who_helps
    from generator.validate.check import check_data_root
    from tests.site_support import DEMO_DAY, REPO

    data = check_data_root(REPO, DEMO_DAY).dataset
    page = browser_context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(served + "wer-hilft-mir/")
    page.wait_for_selector("#aw-guide:not([hidden])")
    situations = [(16, "schule", "nein"), (17, "schule", "ja"), (19, "fertig", "ja"),
                  (22, "ausbildung", "nein"), (26, "fertig", "ja")]
    for town in data.network.municipalities:
        for age, stage, buergergeld in situations:
            named = ask_the_guide(page, town.ags, age, stage, buergergeld)
            assert named == who_helps(data, town.ags, age, stage, buergergeld == "ja"), \
                (town.name, age, stage, buergergeld)
    assert page.locator("#passende-angebote").count() == 1
    assert all("?" not in r and r.startswith(served.split(SUB_PATH)[0]) for r in requests)
    assert page.evaluate("[localStorage.length, sessionStorage.length, document.cookie]") \
        == [0, 0, ""]
    from axe_playwright_python.sync_playwright import Axe
    axe = Axe().run(page)
    assert axe.violations_count == 0, axe.generate_report()
    page.close()


def test_the_guide_without_javascript_is_a_static_decision_page(served, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(served + "wer-hilft-mir/")
        assert not page.locator("#aw-guide").is_visible()
        text = page.inner_text("article")
        assert "So ist es geregelt" in text and "Wer ist in deinem Ort zuständig?" in text
        page.locator("#dein-ort + p + ul a", has_text="Rosenfeld").click()
        assert "Jugendamt der Stadt Rosenfeld" in page.inner_text("article")
    finally:
        context.close()
