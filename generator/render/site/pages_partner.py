"""One page per partner, and the list of all partners by kind."""

from __future__ import annotations

from generator.analyse.audience import young_people_first
from generator.analyse.selection import OfferIndex
from generator.model.partner import Partner
from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.link_list import LinkEntry, LinkSection, count_note
from generator.render.site.offer_list import offer_item
from generator.render.site.page import page
from generator.render.site.page_deps import uses

ROLE_LABELS = {"agentur": "Agentur für Arbeit", "jobcenter": "Jobcenter", "jugendamt": "Jugendamt"}


def partner_pages(ctx: SiteContext) -> dict[str, str]:
    offers = offers_by_partner(ctx)
    pages = dict(partner_page(ctx, p, offers.get(p.id, [])) for p in _partners(ctx))
    pages.update([partner_index(ctx, offers)])
    return pages


def _partners(ctx: SiteContext) -> list[Partner]:
    return sorted(ctx.data.partners.values(), key=lambda p: p.id)


def offers_by_partner(ctx: SiteContext) -> dict[str, list]:
    """Each partner's current offers, as provider or co-provider, by date and title."""
    grouped: dict[str, list] = {}
    for offer in OfferIndex.of(ctx.data, ctx.today).current:
        for partner_id in _partners_of(offer):
            grouped.setdefault(partner_id, []).append(offer)
    return grouped


def offers_of_partner(ctx: SiteContext, partner_id: str) -> list:
    """offers_by_partner(ctx)[partner_id], for one partner."""
    return [o for o in OfferIndex.of(ctx.data, ctx.today).current
            if partner_id in _partners_of(o)]


def _partners_of(offer) -> dict[str, None]:
    """The partners whose page lists the offer: its provider and co-providers, once each."""
    return dict.fromkeys([offer.provider, *offer.co_providers])


def partner_page(ctx: SiteContext, partner: Partner, offers: list) -> tuple[str, str]:
    responsibilities = []
    for item in partner.responsibilities:
        keys = ctx.data.municipality_keys if item.municipalities == "kreisweit" \
            else item.municipalities
        places = [(ctx.municipality_name(a), urls.municipality_path(ctx.municipality_name(a)))
                  for a in keys]
        responsibilities.append((ROLE_LABELS[item.role], places))
    uses(offers)
    return page(urls.partner_path(partner.id), partner.name, "partner.html",
                description=partner.summary, kind="partner", partner=partner,
                kind_label=ctx.label("partner_kinds", partner.kind),
                responsibilities=responsibilities,
                offers=[offer_item(ctx, o) for o in young_people_first(offers)],
                handouts=ctx.school_handouts(partner.id))


def partner_index(ctx: SiteContext, offers: dict[str, list]) -> tuple[str, str]:
    sections = []
    for kind, term in ctx.data.vocabularies.partner_kinds.items():
        entries = [LinkEntry(p.name, urls.partner_path(p.id), count_note(len(offers.get(p.id, []))))
                   for p in sorted(ctx.data.partners.values(), key=lambda p: p.name.casefold())
                   if p.kind == kind]
        if entries:
            sections.append(LinkSection(term.label, entries))
    return page(urls.PARTNERS_PATH, "Partner im Netzwerk", "link_list.html",
                intro="Diese Einrichtungen machen Angebote für junge Menschen im Kreis.",
                sections=sections)
