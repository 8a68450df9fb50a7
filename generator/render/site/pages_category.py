"""One page per topic (category) and the list of all topics."""

from __future__ import annotations

from generator.analyse.selection import select_offers
from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.link_list import LinkEntry, LinkSection, count_note
from generator.render.site.offer_list import offer_item
from generator.render.site.page import page


def category_pages(ctx: SiteContext) -> dict[str, str]:
    pages, entries = {}, []
    for category, term in ctx.data.vocabularies.categories.items():
        offers = ctx.public(select_offers(ctx.data, ctx.today, category=category))
        path = urls.category_path(category)
        pages.update([page(path, term.label, "offer_groups.html", description=term.description,
                           kind="thema", intro=term.description or "", groups=[],
                           items=[offer_item(ctx, o) for o in offers], links=[])])
        entries.append(LinkEntry(term.label, path, count_note(len(offers))))
    pages.update([page(urls.CATEGORIES_PATH, "Themen", "link_list.html",
                       intro="Worum soll es gehen? Wähle ein Thema.",
                       sections=[LinkSection("", entries)])])
    return pages
