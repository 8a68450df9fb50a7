"""One page per current offer: everything a pupil needs to act on it."""

from __future__ import annotations

from decimal import Decimal

from markupsafe import escape

from generator.analyse.selection import is_current, select_offers
from generator.analyse.timing import appointment_last_day, deadline_passed, is_over, upcoming_dates
from generator.model.offer import Offer
from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.fragments import age_span, mailto_href
from generator.render.site.glossary import link_terms
from generator.render.site.markdown_subset import render_description
from generator.render.site.offer_list import OfferItem, offer_item
from generator.render.site.page import page
from generator.render.site.page_deps import uses

RELATED = 5  # current offers of the same topic an ended offer's page points to


def offer_pages(ctx: SiteContext) -> dict[str, str]:
    """Every offer keeps its page, also when it is over or ended: printed QR codes point here."""
    return dict(offer_page(ctx, offer) for offer in sorted(ctx.data.offers.values(),
                                                           key=lambda o: o.id))


def ended_state(ctx: SiteContext, offer: Offer) -> str | None:
    """"vorbei" (all dates past), "beendet" (inactive or expired), or None while current."""
    if is_current(offer, ctx.today):
        return None
    return "vorbei" if is_over(offer, ctx.today) and offer.status != "inactive" else "beendet"


def related_offers(ctx: SiteContext, offer: Offer) -> list[OfferItem]:
    """Current offers for everyone on the same topic, those in the same towns first."""
    towns = set(ctx.data.offer_municipalities(offer))
    same_topic = [o for o in ctx.public(select_offers(ctx.data, ctx.today,
                                                      category=offer.category))
                  if o.id != offer.id]
    uses(same_topic)
    same_topic.sort(key=lambda o: not towns & set(ctx.data.offer_municipalities(o)))
    return [offer_item(ctx, o) for o in same_topic[:RELATED]]


def offer_page(ctx: SiteContext, offer: Offer) -> tuple[str, str]:
    data = ctx.data
    uses([offer])
    ended = ended_state(ctx, offer)
    providers = [data.partners[p] for p in [offer.provider, *offer.co_providers]
                 if p in data.partners]
    venues = [loc for ref in offer.venues if (loc := _venue(ctx, ref))]
    places = [] if offer.covers_district else [
        (ctx.municipality_name(a), urls.municipality_path(ctx.municipality_name(a)))
        for a in offer.municipalities]
    handout = f"angebot-{offer.id}"
    path = urls.offer_path(offer.id)
    description = render_description(offer.description) if offer.description else ""
    return page(
        path, offer.title, "offer.html", description=offer.summary,
        kind="angebot", offer=offer, providers=providers, audience=audience_text(ctx, offer),
        category=ctx.label("categories", offer.category), places=places,
        where=ctx.where(offer), costs=costs_text(offer), venues=venues,
        summary=terms_in(ctx, path, escape(offer.summary), linked := set()),
        description_html=terms_in(ctx, path, description, linked),
        contact=ctx.contact(offer.contact), school=ctx.school_name(offer),
        languages=", ".join(ctx.label("languages", code) for code in offer.languages),
        handout=urls.handout_file(handout) if handout in ctx.handout_slugs else None,
        report_href=report_href(ctx, offer), ended=ended,
        related=related_offers(ctx, offer) if ended else [],
        upcoming=upcoming_dates(offer, ctx.today),
        past=[d for d in offer.dates if appointment_last_day(d) < ctx.today],
        deadline_passed=deadline_passed(offer, ctx.today))


def terms_in(ctx: SiteContext, path: str, html: str, seen: set[str]) -> str:
    return link_terms(ctx, html, lambda to: urls.relative(path, to), seen)


def _venue(ctx: SiteContext, ref: str):
    partner_id, _, location_id = ref.partition("/")
    partner = ctx.data.partners.get(partner_id)
    return partner.location(location_id) if partner else None


def audience_text(ctx: SiteContext, offer: Offer) -> str:
    target = offer.target
    parts = []
    if target.classes:
        classes = sorted(target.classes)
        parts.append(f"Klasse {classes[0]}" if len(classes) == 1
                     else "Klassen " + ", ".join(map(str, classes)))
    if target.school_leavers:
        parts.append("nach der Schule")
    ages = age_span(target.min_age, target.max_age)
    if ages:
        parts.append(ages)
    parts += [ctx.label("school_forms", s) for s in target.school_forms]
    parts += [ctx.label("situations", s) for s in target.situations]
    parts += [ctx.label("audiences", a) for a in target.audiences]
    return " · ".join(parts)


def euro(amount: Decimal) -> str:
    text = f"{amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return text.removesuffix(",00") + " €"


def costs_text(offer: Offer) -> str:
    costs = offer.costs
    if costs is None:
        return "Frag beim Kontakt nach."
    main = "kostenlos" if costs.free else (euro(costs.amount_eur) if costs.amount_eur
                                            else "kostet etwas")
    return f"{main} – {costs.note}" if costs.note else main


def report_address(ctx: SiteContext, offer: Offer) -> str:
    """The provider's functional mailbox: the offer's contact if it is theirs, else the first."""
    found = ctx.contact(offer.contact)
    if found and found[0].id == offer.provider and found[1].email:
        return found[1].email
    provider = ctx.data.partners.get(offer.provider)
    emails = [c.email for c in provider.contacts if c.email] if provider else []
    return emails[0] if emails else ctx.data.network.district.coordination_email


def report_href(ctx: SiteContext, offer: Offer) -> str:
    subject = f"Fehler im {ctx.site_name}: {offer.title} ({offer.id})"
    return mailto_href(report_address(ctx, offer), subject)
