"""Offers as list entries and as folded groups under headings, shared by all list pages.

Each group folds into a details element (works without JavaScript), shows at most
MAX_ENTRIES entries and hands the rest over to the finder with the filter set, so a list page
stays short on a phone and within the page size budget at 10,000 offers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from urllib.parse import quote

from generator.analyse.audience import audience_label, young_people_first
from generator.analyse.timing import deadline_passed, next_date
from generator.model.network import School
from generator.model.offer import Offer
from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.page_deps import uses

MAX_ENTRIES = 12  # entries on the page per group; the finder has the rest


@dataclass(frozen=True)
class OfferItem:
    id: str
    title: str
    summary: str
    where: str
    provider: str
    next_date: dt.date | None
    audience: str | None = None  # "Für Eltern" …; None for young people's offers
    deadline_passed: bool = False


@dataclass(frozen=True)
class OfferGroup:
    id: str
    label: str
    offers: list[OfferItem]
    total: int = 0  # offers in the group, also those only the finder shows
    more_href: str = ""  # the finder with this group's filter, when entries were left off
    note: str = ""
    links: list[tuple[str, str]] = field(default_factory=list)  # (label, path) under the list


@dataclass(frozen=True)
class Section:
    """A jump target of the page: heading id, label and count."""
    id: str
    label: str
    count: int | None


def finder_path(**filters: str | int | None) -> str:
    """The finder (search page) with a filter set in its URL fragment, e.g.
    suche/#klasse=9&ort=05799004; keys in a fixed order, empty ones left out."""
    order = ("q", "klasse", "ort", "schule", "thema", "lage", "fuer")
    parts = [f"{key}={quote(str(filters[key]), safe='')}" for key in order
             if filters.get(key) not in (None, "")]
    return urls.SEARCH_PATH + ("#" + "&".join(parts) if parts else "")


def class_key(school_class: int | None) -> str:
    return "nach-der-schule" if school_class is None else str(school_class)


def offer_item(ctx: SiteContext, offer: Offer) -> OfferItem:
    provider = ctx.data.partners.get(offer.provider)
    return OfferItem(offer.id, offer.title, offer.summary, ctx.where(offer),
                     provider.name if provider else offer.provider,
                     next_date(offer, ctx.today), audience_label(offer),
                     deadline_passed(offer, ctx.today))


def offer_group(ctx: SiteContext, group_id: str, label: str, offers: list[Offer],
                more_href: str = "", **extra) -> OfferGroup:
    """Young people's offers first; at most MAX_ENTRIES entries, the rest via `more_href`."""
    uses(offers)
    ordered = young_people_first(offers)
    return OfferGroup(group_id, label, [offer_item(ctx, o) for o in ordered[:MAX_ENTRIES]],
                      len(ordered), more_href if len(ordered) > MAX_ENTRIES else "", **extra)


def by_category(ctx: SiteContext, offers: list[Offer], **filters) -> list[OfferGroup]:
    """Groups in the order of the category list; `filters` narrow the finder link."""
    members: dict[str, list[Offer]] = {}
    for offer in offers:
        members.setdefault(offer.category, []).append(offer)
    return [offer_group(ctx, category, ctx.label("categories", category), members[category],
                        finder_path(**{"thema": category, **filters}))
            for category in ctx.data.vocabularies.categories if category in members]


def by_school(ctx: SiteContext, schools: list[tuple[School, list[Offer]]],
              handouts: dict[str, list[tuple[str, str]]]) -> list[OfferGroup]:
    """One group per school, linking the school's page and `handouts[school id]`."""
    groups = []
    for school, offers in schools:
        page = urls.partner_path(school.id) + "#angebote"
        group = offer_group(ctx, f"schule-{school.id}", school.name, offers,
                            note=ctx.municipality_name(school.municipality),
                            links=handouts.get(school.id, []))
        groups.append(replace(group, more_href=page))
    return groups
