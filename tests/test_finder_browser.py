"""The finder in Chromium on the built demo: the same results and stems as Python, typing,
each filter, the URL fragment, the header field, keyboard use on desktop and phone, axe."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.render.site.finder_query import Finder
from generator.render.site.finder_text import stem
from tests.finder_support import BAR, evaluate, load_queries
from tests.site_support import DEMO_DAY, chromium, serve, wait_until

pytest.importorskip("playwright")
pytestmark = pytest.mark.skipif(not Path("/usr/bin/chromium").exists(),
                                reason="Debian chromium is not installed")

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
RUN_ALL = """([queries, day]) => fetch("../assets/aw/suchindex.json").then(r => r.json()).then(ix => {
  const finder = new AwFinder.Finder(ix);
  return queries.map(([text, filters]) => {
    const start = performance.now();
    const r = finder.search(text, filters, day);
    return [r.ids, r.schoolOnly, r.similar, performance.now() - start];
  });
})"""


@pytest.fixture(scope="module")
def site(tmp_path_factory, demo_build):
    www = tmp_path_factory.mktemp("finder") / "www"
    shutil.copytree(demo_build, www / "w")
    with serve(www) as base:
        yield base + "w/", www / "w"


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


def open_page(browser, url: str, viewport=DESKTOP, **options):
    context = browser.new_context(viewport=viewport, **options)
    page = context.new_page()
    page.requests = []
    page.on("request", lambda r: page.requests.append(r.url))
    page.goto(url)
    return page


def loaded(page) -> None:
    wait_until(page, "!!(window.AwFinder && window.lunr && lunr.de)")


def results(page) -> list[str]:
    return page.locator("[data-aw-results] li > a").all_inner_texts()


def wait_status(page, text: str) -> str:
    wait_until(page, "t => document.querySelector('[data-aw-status]').textContent"
                     ".includes(t)", arg=text)
    return page.inner_text("[data-aw-status]")


def test_browser_and_python_give_the_same_results_fast(site, browser):
    base, folder = site
    queries = load_queries()
    python = Finder(json.loads((folder / "assets/aw/suchindex.json").read_text("utf-8")))
    page = open_page(browser, base + "suche/#q=x")
    loaded(page)
    ran = page.evaluate(RUN_ALL, [[[q.text, q.filters] for q in queries], DEMO_DAY.isoformat()])
    for query, (ids, school_only, similar, _ms) in zip(queries, ran, strict=True):
        expected = python.search(query.text, query.filters, DEMO_DAY)
        assert (ids, school_only, similar) == (expected.ids, expected.school_only,
                                               expected.similar), query.text
    measures = evaluate(queries, [(r[0], r[2]) for r in ran])
    assert measures["precision"] >= BAR
    slow = [(q.text, round(r[3], 1)) for q, r in zip(queries, ran, strict=True) if r[3] >= 50]
    assert not slow
    page.context.close()


def test_stems_are_the_same_in_python_and_the_browser(site, browser):
    base, folder = site
    index = json.loads((folder / "assets/aw/suchindex.json").read_text("utf-8"))
    written = sorted({e[1:] if e.startswith("=") else key + e
                      for key, endings in index["forms"].items() for e in endings.split()})
    written += ["Fluechtlinge", "Schülerinnen", "Ausbildungsplätze", "Straße", "Praktika"]
    page = open_page(browser, base + "suche/#q=x")
    loaded(page)
    in_browser = page.evaluate("ws => ws.map(w => AwFinder.stem(AwFinder.words(w)[0]))", written)
    assert in_browser == [stem(w.lower()) for w in written]
    page.context.close()


def test_typing_shows_results_and_writes_the_fragment(site, browser):
    base, _ = site
    page = open_page(browser, base + "suche/")
    assert "Tippe" not in page.inner_text("[data-aw-status]")  # nothing loaded yet
    page.locator("#aw-q").press_sequentially("Praktika", delay=30)
    status = wait_status(page, "gefunden")
    assert "Angebote" in status and results(page)
    assert page.evaluate("location.hash") == "#q=Praktika"
    page.fill("#aw-q", "Tanzkurs")
    assert "Keine Angebote" in wait_status(page, "Keine Angebote")
    tips = page.locator("[data-aw-hints] a").all_inner_texts()
    assert {"Thema", "Klasse", "Ort"} <= set(tips)
    page.fill("#aw-q", "9")
    assert "Klasse 9" in wait_status(page, "(Klasse 9)")
    page.fill("#aw-q", "")
    assert "Tippe ein Wort" in wait_status(page, "Tippe ein Wort")
    assert page.evaluate("location.hash") == ""
    page.context.close()


def test_each_filter_narrows_and_lands_in_the_fragment(site, browser):
    base, _ = site
    page = open_page(browser, base + "suche/#klasse=9")
    wait_status(page, "gefunden")
    everything = len(results(page)) + page.locator("[data-aw-school] li").count()
    for field, value in (("ort", "05799028"), ("thema", "praktikum"), ("lage", "behinderung"),
                         ("fuer", "eltern"), ("sprache", "ar"), ("schule", "realschule-rosenfeld")):
        page.goto(base + "suche/#klasse=9")
        wait_status(page, "gefunden")
        page.select_option(f"#aw-{field}", value)
        wait_until(page, "f => location.hash.includes(f)", arg=f"{field}=")
        wait_status(page, "gefunden")
        assert 0 < len(results(page)) < everything, field
    for field in ("kostenlos", "barrierefrei", "kommend"):
        page.goto(base + "suche/#klasse=9")
        wait_status(page, "gefunden")
        page.check(f"[data-aw-field={field}]")
        wait_until(page, "f => location.hash.includes(f + '=1')", arg=field)
        assert 0 < len(results(page)) < everything, field
    page.context.close()


def test_a_shared_link_restores_the_finder(site, browser):
    base, _ = site
    link = base + "suche/#q=Praktikum&klasse=9&ort=05799028&kostenlos=1"
    page = open_page(browser, link)
    status = wait_status(page, "gefunden")
    assert "Kleinsteinach" in status and "Klasse 9" in status
    assert page.input_value("#aw-q") == "Praktikum"
    assert page.input_value("#aw-ort") == "05799028"
    assert page.is_checked("[data-aw-field=kostenlos]")
    first = results(page)
    page.reload()
    wait_status(page, "gefunden")
    assert results(page) == first
    page.goto(base + "suche/#schule=hauptschule-kleinsteinach&klasse=9")  # the handouts' QR link
    wait_status(page, "gefunden")
    assert "an deiner Schule" in page.inner_text("[data-aw-results]")
    assert not any("?" in url.split("/w/", 1)[1] for url in page.requests if "/w/" in url)
    page.context.close()


def test_home_page_paints_without_the_index_and_finds_in_one_step(site, browser):
    base, _ = site
    page = open_page(browser, base, viewport=PHONE)
    page.wait_for_load_state("networkidle")
    assert not any("suchindex" in u or "lunr" in u for u in page.requests)
    page.fill("#aw-q-start", "Ich bin in Klasse 9 in Kleinsteinach und suche ein Praktikum")
    status = wait_status(page, "gefunden")
    assert "Klasse 9" in status and "Kleinsteinach" in status
    assert "Betriebspraktikum in Klasse 9" in results(page)
    assert any("suchindex" in u for u in page.requests)
    page.context.close()


def test_header_field_opens_the_finder_without_a_query_string(site, browser):
    base, _ = site
    page = open_page(browser, base + "angebote/asa-flex-assistierte-ausbildung/")
    page.fill("#aw-header-q", "Bewerbung")
    with page.expect_navigation():
        page.press("#aw-header-q", "Enter")
    assert page.url.endswith("/suche/#q=Bewerbung")
    wait_status(page, "gefunden")
    assert all("q=" not in u for u in page.requests)
    page.context.close()
    page = open_page(browser, base + "partner/", java_script_enabled=False)
    page.fill("#aw-header-q", "Bewerbung")
    with page.expect_navigation():
        page.press("#aw-header-q", "Enter")
    assert "/suche/" in page.url and "Bewerbung" not in page.url
    assert "Die Suche braucht JavaScript" in page.inner_text("article")
    page.context.close()


def tab_until(page, predicate: str, limit: int = 40) -> list[str]:
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        info = page.evaluate("""() => { const e = document.activeElement; const r = e.getBoundingClientRect();
          return [e.id || e.tagName, getComputedStyle(e).visibility, r.width > 0 && r.height > 0,
                  getComputedStyle(e).outlineStyle, !!e.closest('.md-sidebar--primary')]; }""")
        seen.append(info)
        if page.evaluate(predicate):
            return seen
    raise AssertionError(f"not reached: {seen}")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_keyboard_only(site, browser, viewport):
    base, _ = site
    page = open_page(browser, base + "suche/", viewport=viewport)
    seen = tab_until(page, "document.activeElement.id === 'aw-q'", limit=12 if viewport is PHONE else 30)
    for _name, visibility, has_box, outline, in_nav in seen:
        assert visibility == "visible" and has_box and outline != "none"
        assert not in_nav or viewport is DESKTOP  # the closed phone menu takes no Tab
    page.keyboard.type("Bewerbung")
    page.keyboard.press("Enter")
    wait_status(page, "gefunden")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # past the search button to the class
    assert page.evaluate("document.activeElement.id") == "aw-klasse"
    page.keyboard.press("ArrowDown" if viewport is DESKTOP else "End")
    wait_until(page, "location.hash.includes('klasse=')")
    if viewport is PHONE:  # the menu opens with Enter and closes with Escape
        page.keyboard.press("Shift+Tab")
        page.focus("[data-aw-menu-button]")
        page.keyboard.press("Enter")
        assert page.evaluate("!!document.activeElement.closest('.md-sidebar--primary')")
        page.keyboard.press("Escape")
        assert page.evaluate("document.activeElement.hasAttribute('data-aw-menu-button')")
    page.context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_axe_and_no_other_hosts(site, browser, viewport):
    from axe_playwright_python.sync_playwright import Axe

    base, _ = site
    origin = base.split("/w/")[0]
    for path in ("suche/#q=Praktikum&klasse=9&ort=05799028", "#q=Tanzkurs", "suche/#q=Bewerbung"):
        page = open_page(browser, base + path, viewport=viewport)
        wait_status(page, "Angebot")
        axe = Axe().run(page)
        assert axe.violations_count == 0, axe.generate_report()
        assert all(u.startswith((origin, "data:")) for u in page.requests)
        page.context.close()
