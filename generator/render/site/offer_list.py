"""Offers as list entries and as groups under headings, shared by all list pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.model.offer import Offer
from generator.render.site.context import SiteContext


@dataclass(frozen=True)
class OfferItem:
    id: str
    title: str
    summary: str
    where: str
    provider: str
    next_date: dt.date | None


@dataclass(frozen=True)
class OfferGroup:
    id: str
    label: str
    offers: list[OfferItem]


def next_date(offer: Offer, today: dt.date) -> dt.date | None:
    upcoming = [d.start for d in offer.dates if (d.end or d.start) >= today]
    return min(upcoming, default=None)


def offer_item(ctx: SiteContext, offer: Offer) -> OfferItem:
    provider = ctx.data.partners.get(offer.provider)
    return OfferItem(offer.id, offer.title, offer.summary, ctx.where(offer),
                     provider.name if provider else offer.provider, next_date(offer, ctx.today))


def by_category(ctx: SiteContext, offers: list[Offer]) -> list[OfferGroup]:
    """Groups in the order of the category list, offers in the given order."""
    groups = []
    for category in ctx.data.vocabularies.categories:
        members = [offer_item(ctx, o) for o in offers if o.category == category]
        if members:
            groups.append(OfferGroup(category, ctx.label("categories", category), members))
    return groups
