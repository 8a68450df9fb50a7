"""The three handouts per school and class: the one-sheet class handout (at most two pages),
the one-page parents' letter and the long catalogue with every offer.

The sheet and the letter show the school's own offers first, then the district's offers
that matter most for the class (analyse/selection.key_offers_for_school_class). They start
with at most START_OFFERS offers; when these do not fit, the renderer leaves out offers from
the end and the paper says how many more are online (context.shortened). Only dates still to
come are printed."""

from __future__ import annotations

import datetime as dt

from generator.model.dataset import Dataset
from generator.model.network import School
from generator.render.handouts import text
from generator.render.handouts.catalogue import Handout
from generator.render.handouts.context import (
    HandoutContext,
    Section,
    TimelineEntry,
    base_context,
    by_category,
    offer_views,
    responsible_contacts,
)
from generator.render.handouts.views import ContactView, OfferView, contact_view
from generator.render.site.offer_list import finder_path
from generator.render.urls import absolute

START_OFFERS = {"klasse": 10, "eltern": 8}
MAX_PAGES = {"klasse": 2, "eltern": 1}
QR_CAPTION = "Alle Angebote für Klasse {n} online"


def school_contacts(data: Dataset, school: School) -> tuple[ContactView, ...]:
    """The three contacts every school handout gives: the school's Berufsberatung (or the
    Agentur's general line for the town), the town's Jobcenter and Jugendamt."""
    counsellor = data.resolve_contact(school.career_counsellor) \
        if school.career_counsellor else None
    if counsellor:
        contacts = [contact_view("Berufsberatung an der Schule", *counsellor)]
    else:
        contacts = responsible_contacts(data, school.municipality, ("agentur",))
    return tuple(contacts + responsible_contacts(data, school.municipality,
                                                 ("jobcenter", "jugendamt")))


def _school_fields(data: Dataset, handout: Handout, site_url: str) -> dict:
    school = data.school(handout.school_id)
    year = data.network.school_year
    return {
        "kicker": f"{school.name} · Schuljahr {text.school_year_label(year.start, year.end)}",
        "page_url": absolute(site_url, finder_path(klasse=handout.school_class,
                                                   schule=school.id)),
        "qr_caption": QR_CAPTION.format(n=handout.school_class),
        "contacts": school_contacts(data, school),
    }


def _timeline(offers: tuple[OfferView, ...]) -> tuple[TimelineEntry, ...]:
    dated = sorted((d.start, d.label, o.title, o.id) for o in offers for d in o.dates)
    return tuple(TimelineEntry(label, title, offer_id) for _, label, title, offer_id in dated)


def _split(data: Dataset, handout: Handout, offers: tuple[OfferView, ...], n: int):
    own = tuple(o for o in offers if data.offers[o.id].provider == handout.school_id)
    others = tuple(o for o in offers if data.offers[o.id].provider != handout.school_id)
    return tuple(s for s in (Section("An deiner Schule", own),
                             Section(f"Im {data.network.district.name} für Klasse {n}", others))
                 if s.offers)


def _short_sheet(data: Dataset, handout: Handout, today: dt.date, site_url: str,
                 heading: str, lead: str) -> HandoutContext:
    """The class sheet and the parents' letter: the first offers by importance, a page limit."""
    shown = handout.offer_ids[:START_OFFERS[handout.kind]]
    offers = offer_views(data, shown, site_url, today, data.network.school_year.end)
    return base_context(
        data, handout, today, site_url, offer_qr_codes=False, heading=heading, lead=lead,
        sections=_split(data, handout, offers, handout.school_class),
        timeline=_timeline(offers), more_online=len(handout.offer_ids) - len(shown),
        max_pages=MAX_PAGES[handout.kind], **_school_fields(data, handout, site_url))


def class_sheet(data: Dataset, handout: Handout, today: dt.date,
                site_url: str) -> HandoutContext:
    return _short_sheet(
        data, handout, today, site_url,
        heading=f"Berufsorientierung in Klasse {handout.school_class}",
        lead="Was es für dich gibt, wann es stattfindet und wer dir weiterhilft.")


def parents_letter(data: Dataset, handout: Handout, today: dt.date,
                   site_url: str) -> HandoutContext:
    return _short_sheet(
        data, handout, today, site_url,
        heading=f"Liebe Eltern der Klasse {handout.school_class}",
        lead="Ihr Kind überlegt in diesem Schuljahr, wie es nach der Schule weitergeht. "
             "Die Schule, die Berufsberatung und andere Partner helfen dabei. Auf diesem "
             "Blatt steht, was ansteht und wer Ihnen weiterhilft.")


def class_catalogue(data: Dataset, handout: Handout, today: dt.date,
                    site_url: str) -> HandoutContext:
    offers = offer_views(data, handout.offer_ids, site_url, today,
                         data.network.school_year.end)
    return base_context(
        data, handout, today, site_url,
        heading=f"Alle Angebote für Klasse {handout.school_class}",
        lead="Beratung, Praktika, Bewerbung und Hilfe, wenn es mal nicht rund läuft: was es "
             "für dich gibt, wann es stattfindet und wer dir weiterhilft.",
        sections=by_category(data, offers), timeline=_timeline(offers),
        **_school_fields(data, handout, site_url))
