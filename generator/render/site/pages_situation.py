"""A way in by life situation (Lebenslagen): one page per situation in the vocabulary, written
for the young person, and the list of all of them."""

from __future__ import annotations

from generator.analyse.selection import offers_for_situation
from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.link_list import LinkEntry, LinkSection, count_note
from generator.render.site.listing import Narrow, listing
from generator.render.site.offer_list import finder_path
from generator.render.site.page import page


def situation_title(label: str) -> str:
    """"noch ohne Ausbildungsplatz" → "Noch ohne Ausbildungsplatz"."""
    return label[:1].upper() + label[1:]


def situation_pages(ctx: SiteContext) -> dict[str, str]:
    pages, entries = {}, []
    for situation, term in ctx.data.vocabularies.situations.items():
        source, text, count = situation_page(ctx, situation, term)
        pages[source] = text
        entries.append(LinkEntry(situation_title(term.label), urls.situation_path(situation),
                                 count_note(count)))
    pages.update([page(urls.SITUATIONS_PATH, "Deine Lage", "link_list.html",
                       description="Hilfe, die zu deiner Lage passt",
                       intro="Was passt zu dir? Wähle, was auf dich zutrifft. Du findest "
                       "Angebote und Menschen, die dir helfen.",
                       sections=[LinkSection("", entries)])])
    return pages


def situation_page(ctx: SiteContext, situation: str, term) -> tuple[str, str, int]:
    towns = sorted(ctx.data.network.municipalities, key=lambda m: m.name)
    offers = offers_for_situation(ctx.data, ctx.today, situation)
    narrow = Narrow("Nur deinen Ort zeigen", "Wähle deinen Wohnort",
                    [(m.name, finder_path(ort=m.ags, lage=situation)) for m in towns])
    body = listing(ctx, offers, [], narrow=narrow, lage=situation)
    source, text = page(urls.situation_path(situation), situation_title(term.label),
                        "situation.html", description=term.description, kind="lebenslage",
                        intro=term.description or "", guide_path=urls.GUIDE_PATH, links=[],
                        **body)
    return source, text, body["count"]
