"""Everything one handout shows, gathered from the dataset before any rendering starts.

A context is plain frozen data (strings, numbers, tuples): it can be hashed for the cache and
sent to a worker process. The school handouts (class sheet, parents' letter, catalogue) are
built in school_context.py; the town overview and the offer sheet here."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from generator.analyse.responsibility import responsible_partner
from generator.model.dataset import Dataset
from generator.model.partner import ROLES
from generator.render.handouts import text
from generator.render.handouts.catalogue import Handout
from generator.render.handouts.views import ContactView, OfferView, contact_view, offer_view
from generator.render.urls import absolute, municipality_path

ROLE_HEADINGS = {"agentur": "Berufsberatung (Agentur für Arbeit)", "jobcenter": "Jobcenter",
                 "jugendamt": "Jugendamt"}


@dataclass(frozen=True)
class Section:
    heading: str
    offers: tuple[OfferView, ...]


@dataclass(frozen=True)
class TimelineEntry:
    when: str  # "Di 15.09.2026, 14:00–17:00"
    title: str
    offer_id: str


@dataclass(frozen=True)
class HandoutContext:
    slug: str
    kind: str  # the template name: "klasse", "eltern", "katalog", "gemeinde", "angebot"
    title: str  # PDF title
    heading: str  # first heading on the page
    kicker: str  # small line above the heading
    lead: str
    district: str
    site_name: str
    site_url: str
    site_url_parts: tuple[str, ...]  # printed without "https://", breakable only at / and .
    page_url: str  # where the big QR code leads
    page_url_parts: tuple[str, ...]
    qr_caption: str
    issued: str  # "Stand: 1. September 2026"
    contacts: tuple[ContactView, ...]
    sections: tuple[Section, ...]
    timeline: tuple[TimelineEntry, ...]
    qr_urls: tuple[tuple[str, str], ...]  # (asset name, url) for every QR code on the page
    more_online: int = 0  # offers for this handout that did not fit on the paper
    max_pages: int | None = None  # the sheet never grows past this; offers are left out

    @property
    def offer_count(self) -> int:
        return sum(len(s.offers) for s in self.sections)


def shortened(context: HandoutContext, keep: int) -> HandoutContext:
    """The same handout with only the first `keep` offers; the rest count as "online"."""
    sections, left = [], keep
    for section in context.sections:
        if left > 0:
            sections.append(Section(section.heading, section.offers[:left]))
        left -= len(section.offers)
    shown = {o.id for s in sections for o in s.offers}
    return dataclasses.replace(
        context, sections=tuple(sections),
        timeline=tuple(t for t in context.timeline if t.offer_id in shown),
        more_online=context.more_online + context.offer_count - len(shown))


def responsible_contacts(data: Dataset, ags: str, roles=ROLES) -> list[ContactView]:
    """Per role the partner responsible for the municipality (analyse/responsibility.py)."""
    found = []
    for role in roles:
        responsible = responsible_partner(data, ags, role)
        if responsible is not None:
            found.append(contact_view(ROLE_HEADINGS[role], *responsible))
    return found


def build_context(data: Dataset, handout: Handout, today: dt.date, site_url: str) -> HandoutContext:
    from generator.render.handouts import school_context

    builders = {"klasse": school_context.class_sheet, "eltern": school_context.parents_letter,
                "katalog": school_context.class_catalogue, "gemeinde": _municipality,
                "angebot": _offer_sheet}
    return builders[handout.kind](data, handout, today, site_url)


def base_context(data: Dataset, handout: Handout, today: dt.date, site_url: str, *,
                 offer_qr_codes: bool = True, **fields) -> HandoutContext:
    district = data.network.district
    qr_urls = [(f"qr-seite-{handout.slug}.svg", fields["page_url"])]
    if offer_qr_codes:
        qr_urls += [(o.qr, o.url) for s in fields["sections"] for o in s.offers]
    site = site_url.rstrip("/")
    fields.setdefault("timeline", ())
    return HandoutContext(
        slug=handout.slug, kind=handout.kind, title=handout.title, district=district.name,
        site_name=district.site_name, site_url=site,
        site_url_parts=text.break_parts(text.display_url(site)),
        page_url_parts=text.break_parts(text.display_url(fields["page_url"])),
        issued=f"Stand: {text.long_date(today)}",
        qr_urls=tuple(dict(qr_urls).items()), **fields)


def offer_views(data: Dataset, offer_ids, site_url: str, today: dt.date,
                until: dt.date = dt.date.max) -> tuple[OfferView, ...]:
    return tuple(offer_view(data, data.offers[i], site_url, today, until) for i in offer_ids)


def by_category(data: Dataset, offers: tuple[OfferView, ...]) -> tuple[Section, ...]:
    """Sections in the order of the category list; inside, the selection's order (by date)."""
    order = list(data.vocabularies.categories)
    grouped: dict[str, list[OfferView]] = {}
    for view in offers:
        grouped.setdefault(data.offers[view.id].category, []).append(view)
    ranked = sorted(grouped.items(),
                    key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0]))
    return tuple(Section(data.vocabularies.label("categories", key), tuple(views))
                 for key, views in ranked)


def _municipality(data: Dataset, handout: Handout, today: dt.date, site_url: str):
    municipality = data.network.municipality(handout.municipality)
    offers = offer_views(data, handout.offer_ids, site_url, today)
    return base_context(
        data, handout, today, site_url,
        kicker=f"Übergang Schule–Beruf · {data.network.district.name}",
        heading=handout.title,
        lead=f"Alle aktuellen Angebote rund um Schule, Ausbildung und Beruf für junge Menschen "
             f"in {municipality.name}, nach Themen geordnet.",
        page_url=absolute(site_url, municipality_path(municipality.name)),
        qr_caption="Alle Angebote vor Ort online",
        contacts=tuple(responsible_contacts(data, municipality.ags)),
        sections=by_category(data, offers))


def _offer_sheet(data: Dataset, handout: Handout, today: dt.date, site_url: str):
    offers = offer_views(data, handout.offer_ids, site_url, today)
    return base_context(
        data, handout, today, site_url, kicker=offers[0].category, heading=offers[0].title,
        lead=offers[0].summary, page_url=offers[0].url,
        qr_caption="Mehr Infos und aktuelle Termine", contacts=(),
        sections=(Section("", offers),))
