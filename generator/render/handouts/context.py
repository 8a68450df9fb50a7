"""Everything one handout shows, gathered from the dataset before any rendering starts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.analyse.responsibility import responsible_partner
from generator.model.dataset import Dataset
from generator.model.partner import ROLES
from generator.render.handouts import text
from generator.render.handouts.catalogue import Handout
from generator.render.handouts.views import ContactView, OfferView, contact_view, offer_view
from generator.render.urls import absolute, class_path, municipality_path

ROLE_HEADINGS = {"agentur": "Berufsberatung (Agentur für Arbeit)", "jobcenter": "Jobcenter",
                 "jugendamt": "Jugendamt"}


@dataclass(frozen=True)
class Section:
    heading: str
    offers: tuple[OfferView, ...]


@dataclass(frozen=True)
class HandoutContext:
    slug: str
    kind: str  # "schule", "gemeinde", "angebot": also the template name
    title: str  # PDF title
    heading: str  # first heading on the page
    kicker: str  # small line above the heading
    lead: str
    district: str
    site_name: str
    site_url: str
    page_url: str  # the web page the big QR code points at
    issued: str  # "Stand: 1. September 2026"
    contacts: tuple[ContactView, ...]
    sections: tuple[Section, ...]
    timeline: tuple[tuple[str, str], ...]  # (date, offer title)
    qr_urls: tuple[tuple[str, str], ...]  # (asset name, url) for every QR code on the page


def responsible_contacts(data: Dataset, ags: str, roles=ROLES) -> list[ContactView]:
    """Per role the partner responsible for the municipality (analyse/responsibility.py)."""
    found = []
    for role in roles:
        responsible = responsible_partner(data, ags, role)
        if responsible is not None:
            found.append(contact_view(ROLE_HEADINGS[role], *responsible))
    return found


def build_context(data: Dataset, handout: Handout, today: dt.date, site_url: str) -> HandoutContext:
    builders = {"schule": _school, "gemeinde": _municipality, "angebot": _offer_sheet}
    return builders[handout.kind](data, handout, today, site_url)


def _base(data: Dataset, handout: Handout, today: dt.date, site_url: str, **fields):
    district = data.network.district
    sections = fields["sections"]
    qr_urls = tuple((o.qr, o.url) for s in sections for o in s.offers)
    page_qr = (f"qr-seite-{handout.slug}.svg", fields["page_url"])
    return HandoutContext(
        slug=handout.slug, kind=handout.kind, title=handout.title, district=district.name,
        site_name=district.site_name, site_url=site_url.rstrip("/"),
        issued=f"Stand: {text.long_date(today)}",
        qr_urls=tuple(dict([page_qr, *qr_urls]).items()), **fields)


def _offers(data: Dataset, handout: Handout, site_url: str, window) -> tuple[OfferView, ...]:
    return tuple(offer_view(data, data.offers[i], site_url, window) for i in handout.offer_ids)


def _by_category(data: Dataset, handout: Handout, offers) -> tuple[Section, ...]:
    """Sections in the order of the category list; inside, the selection's order (by date)."""
    order = list(data.vocabularies.categories)
    by_category: dict[str, list[OfferView]] = {}
    for offer_id, view in zip(handout.offer_ids, offers, strict=True):
        by_category.setdefault(data.offers[offer_id].category, []).append(view)
    ranked = sorted(by_category.items(),
                    key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0]))
    return tuple(Section(data.vocabularies.label("categories", key), tuple(views))
                 for key, views in ranked)


def _school(data: Dataset, handout: Handout, today: dt.date, site_url: str) -> HandoutContext:
    school = data.school(handout.school_id)
    year = data.network.school_year
    offers = _offers(data, handout, site_url, (year.start, year.end))
    contacts = []
    counsellor = data.resolve_contact(school.career_counsellor) if school.career_counsellor else None
    if counsellor:
        contacts.append(contact_view("Eure Berufsberatung", *counsellor))
    contacts += responsible_contacts(data, school.municipality, ("jobcenter", "jugendamt"))
    timeline = sorted((d.start, d.label, o.title) for o in offers for d in o.dates)
    label = text.school_year_label(year.start, year.end)
    return _base(
        data, handout, today, site_url,
        kicker=f"{school.name} · Schuljahr {label}",
        heading=f"Berufsorientierung in Klasse {handout.school_class}",
        lead="Beratung, Praktika, Bewerbung und Hilfe, wenn es mal nicht rund läuft: was es "
             "für dich gibt, wann es stattfindet und wer dir weiterhilft.",
        page_url=absolute(site_url, class_path(handout.school_class)),
        contacts=tuple(contacts), sections=_by_category(data, handout, offers),
        timeline=tuple((when, title) for _, when, title in timeline))


def _municipality(data: Dataset, handout: Handout, today: dt.date, site_url: str):
    municipality = data.network.municipality(handout.municipality)
    offers = _offers(data, handout, site_url, (today, dt.date.max))
    sections = _by_category(data, handout, offers)
    return _base(
        data, handout, today, site_url, kicker=f"Übergang Schule–Beruf · {data.network.district.name}",
        heading=handout.title,
        lead=f"Alle aktuellen Angebote rund um Schule, Ausbildung und Beruf für junge Menschen "
             f"in {municipality.name}, nach Themen geordnet.",
        page_url=absolute(site_url, municipality_path(municipality.name)),
        contacts=tuple(responsible_contacts(data, municipality.ags)), sections=sections,
        timeline=())


def _offer_sheet(data: Dataset, handout: Handout, today: dt.date, site_url: str):
    offers = _offers(data, handout, site_url, (today, dt.date.max))
    return _base(
        data, handout, today, site_url, kicker=offers[0].category, heading=offers[0].title,
        lead=offers[0].summary,
        page_url=offers[0].url, contacts=(), sections=(Section("", offers),), timeline=())
