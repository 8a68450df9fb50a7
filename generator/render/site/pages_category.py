"""One page per topic (category) and the list of all topics."""

from __future__ import annotations

from generator.analyse.selection import school_offers, select_offers
from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.link_list import LinkEntry, LinkSection, count_note
from generator.render.site.listing import Narrow, listing
from generator.render.site.offer_list import class_key, finder_path
from generator.render.site.page import page
from generator.render.site.pages_class import CLASSES, class_title


def category_pages(ctx: SiteContext) -> dict[str, str]:
    pages, entries = {}, []
    for category, term in ctx.data.vocabularies.categories.items():
        source, text, count = category_page(ctx, category, term)
        pages[source] = text
        entries.append(LinkEntry(term.label, urls.category_path(category), count_note(count)))
    pages.update([page(urls.CATEGORIES_PATH, "Themen", "link_list.html",
                       intro="Worum soll es gehen? Wähle ein Thema.",
                       sections=[LinkSection("", entries)])])
    return pages


def category_page(ctx: SiteContext, category: str, term) -> tuple[str, str, int]:
    offers = ctx.public(select_offers(ctx.data, ctx.today, category=category))
    schools = school_offers(ctx.data, ctx.today, category=category)
    classes = [(class_title(c), finder_path(thema=category, klasse=class_key(c)))
               for c in CLASSES]
    body = listing(ctx, offers, schools, thema=category,
                   narrow=Narrow("Nur deine Klasse zeigen", "Wähle deine Klasse", classes))
    source, text = page(urls.category_path(category), term.label, "offer_groups.html",
                        description=term.description, kind="thema",
                        intro=term.description or "", links=[], **body)
    return source, text, body["count"]
