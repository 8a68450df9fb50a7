"""The demo district as a teacher gets it: one-sheet class handouts and parents' letters,
read back from real PDFs. Only a sample is rendered (the class sheets with the most offers):
the whole demo takes minutes."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.render.handouts.catalogue import handout_catalogue
from generator.render.handouts.context import build_context
from generator.render.handouts.preflight import preflight
from generator.render.site_config import read_site_url
from tests.handouts_support import DEMO, DEMO_TODAY, flat_text, load, render_sample

FULL_DATE = re.compile(r"\b(\d{2})\.(\d{2})\.(\d{4})\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@pytest.fixture(scope="module")
def demo():
    return load(DEMO, DEMO_TODAY)


@pytest.fixture(scope="module")
def catalogue(demo):
    return handout_catalogue(demo, DEMO_TODAY)


@pytest.fixture(scope="module")
def sample(demo, catalogue, tmp_path_factory):
    """The two fullest class sheets, their parents' letters and one sheet per school form."""
    sheets = sorted((h for h in catalogue if h.kind == "klasse"),
                    key=lambda h: (-len(h.offer_ids), h.slug))
    chosen = [h.slug for h in sheets[:2]]
    chosen += [h.slug + "-elternbrief" for h in sheets[:2]]
    forms = {}
    for h in sheets:
        forms.setdefault(demo.school(h.school_id).school_form, h.slug)
    chosen += [s for s in forms.values() if s not in chosen][:2]
    return render_sample(demo, DEMO_TODAY, chosen, tmp_path_factory.mktemp("demo"))


def pages(path):
    import pikepdf

    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def test_every_school_and_class_gets_a_sheet_a_letter_and_a_catalogue(demo, catalogue):
    kinds = {}
    for h in catalogue:
        if h.school_id:
            kinds.setdefault((h.school_id, h.school_class), set()).add(h.kind)
    expected = {(s.id, n) for s in demo.network.schools for n in s.classes if n >= 7}
    assert set(kinds) == expected
    assert all(k == {"klasse", "eltern", "katalog"} for k in kinds.values())


def test_every_school_has_a_berufsberatung_contact(demo, catalogue):
    site_url = read_site_url(DEMO)
    for handout in catalogue:
        if handout.kind in ("klasse", "eltern"):
            context = build_context(demo, handout, DEMO_TODAY, site_url)
            headings = [c.heading for c in context.contacts]
            assert any("Berufsberatung" in h for h in headings), handout.slug
            assert {"Jobcenter", "Jugendamt"} <= set(headings), handout.slug
            phones = [c.phone for c in context.contacts if "Berufsberatung" in c.heading]
            assert phones and phones[0], handout.slug


def test_class_sheets_fit_two_pages_and_letters_one(sample):
    for slug, path in sample.items():
        assert pages(path) <= (1 if slug.endswith("-elternbrief") else 2), slug


def test_a_sheet_that_does_not_fit_says_how_many_more_offers_are_online(demo, catalogue, sample):
    fullest = next(iter(sample))
    handout = next(h for h in catalogue if h.slug == fullest)
    text = flat_text(sample[fullest])
    shown = sum(1 for i in handout.offer_ids if demo.offers[i].title in text)
    more = len(handout.offer_ids) - shown
    assert more > 0  # the fullest class has more offers than one sheet holds
    assert f"{more} weitere Angebote für dich findest du online" in text


def test_no_past_date_and_no_passed_deadline_is_printed(sample):
    for slug, path in sample.items():
        text = flat_text(path)
        for day, month, year in FULL_DATE.findall(text):
            assert dt.date(int(year), int(month), int(day)) >= DEMO_TODAY, (slug, day, month)


def test_the_school_date_replaces_the_district_default(demo, catalogue):
    # Realschule Rosenfeld runs its own Betriebspraktikum (SBO 6.3): the district-wide
    # "Betriebspraktikum in Klasse 9" with its default period is not shown beside it.
    sheet = next(h for h in catalogue if h.slug == "schule-realschule-rosenfeld-klasse-9")
    assert "betriebspraktikum-realschule-rosenfeld" in sheet.offer_ids
    assert "praxisphase-betriebspraktikum-klasse-9" not in sheet.offer_ids
    elements = [demo.offers[i].kaoa_element for i in sheet.offer_ids]
    assert elements.count("SBO 6.3 Betriebspraktikum") == 1


def test_no_email_address_is_broken(demo, sample):
    known = {c.email for p in demo.partners.values() for c in p.contacts if c.email}
    for slug, path in sample.items():
        text = flat_text(path)
        found = set(EMAIL.findall(text))
        assert found, slug
        assert found <= known, (slug, found - known)


def test_the_sample_passes_the_preflight(sample):
    for path in sample.values():
        assert preflight(path) == []


def test_without_a_school_counsellor_the_agenturs_general_line_answers(demo):
    from generator.render.handouts.school_context import school_contacts

    school = demo.network.schools[0].model_copy(update={"career_counsellor": None})
    contacts = school_contacts(demo, school)
    assert [c.heading for c in contacts] == ["Berufsberatung (Agentur für Arbeit)", "Jobcenter",
                                             "Jugendamt"]
    hotline = demo.partners["agentur-lindenau"].contact("hotline")
    assert (contacts[0].name, contacts[0].phone) == (hotline.name, hotline.phone)
