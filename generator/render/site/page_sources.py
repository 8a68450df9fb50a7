"""Generate one page again, found by its Markdown path: the offer, partner, town, class, topic
and situation pages, the pages that list offers. Used by serve_update.py after a save."""

from __future__ import annotations

from collections.abc import Callable

from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.pages_category import category_page
from generator.render.site.pages_class import CLASSES, class_page
from generator.render.site.pages_municipality import municipality_page
from generator.render.site.pages_offer import offer_page
from generator.render.site.pages_partner import offers_of_partner, partner_page
from generator.render.site.pages_situation import situation_page


def _sources(ctx: SiteContext, paths: set[str]) -> dict[str, Callable[[], tuple]]:
    """The makers of the pages in `paths` this module knows (of the offer pages, only
    those: a district has 10k of them)."""
    data, vocab = ctx.data, ctx.data.vocabularies
    makers: dict[str, Callable[[], tuple]] = {}
    for path in paths:
        offer = data.offers.get(_offer_id(path))
        if offer is not None:
            makers[path] = lambda o=offer: offer_page(ctx, o)
    for municipality in data.network.municipalities:
        makers[urls.page_source(urls.municipality_path(municipality.name))] = \
            lambda m=municipality: municipality_page(ctx, m)
    for school_class in CLASSES:
        makers[urls.page_source(urls.class_path(school_class))] = \
            lambda c=school_class: class_page(ctx, c)
    for category, term in vocab.categories.items():
        makers[urls.page_source(urls.category_path(category))] = \
            lambda c=category, t=term: category_page(ctx, c, t)
    for situation, term in vocab.situations.items():
        makers[urls.page_source(urls.situation_path(situation))] = \
            lambda s=situation, t=term: situation_page(ctx, s, t)
    for partner in data.partners.values():
        makers[urls.page_source(urls.partner_path(partner.id))] = \
            lambda p=partner: partner_page(ctx, p, offers_of_partner(ctx, p.id))
    return makers


def _offer_id(path: str) -> str:
    """The offer id of an offer page's Markdown path, else ""."""
    prefix, suffix = urls.OFFERS_PATH, urls.page_source("")
    if path.startswith(prefix) and path.endswith(suffix):
        return path[len(prefix):-len(suffix)].rstrip("/")
    return ""


def regenerate(ctx: SiteContext, paths: set[str]) -> dict[str, str] | None:
    """The new text of every page in `paths`; None when one of them is not an offer list or
    page this module knows (the caller then generates the whole site)."""
    makers = _sources(ctx, paths)
    if not paths <= makers.keys():
        return None
    pages = {}
    for path in sorted(paths):
        made = makers[path]()
        pages[made[0]] = made[1]
    return pages
