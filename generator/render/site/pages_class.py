"""One page per class (7 to 13) and one for "nach der Schule"."""

from __future__ import annotations

from generator.analyse.selection import school_offers, select_offers
from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.link_list import LinkEntry, LinkSection, count_note
from generator.render.site.listing import Narrow, listing
from generator.render.site.offer_list import class_key, finder_path
from generator.render.site.page import page

CLASSES: tuple[int | None, ...] = (7, 8, 9, 10, 11, 12, 13, None)
MAX_HANDOUT_LINKS = 30  # more schools: the handouts page lists them


def class_title(school_class: int | None) -> str:
    return "Nach der Schule" if school_class is None else f"Klasse {school_class}"


def class_pages(ctx: SiteContext) -> dict[str, str]:
    pages, entries = {}, []
    for school_class in CLASSES:
        path, text, count = class_page(ctx, school_class)
        pages[path] = text
        entries.append(LinkEntry(class_title(school_class), urls.class_path(school_class),
                                 count_note(count)))
    pages.update([page(urls.CLASSES_PATH, "Klassen", "link_list.html",
                       intro="In welcher Klasse bist du? Hier findest du, was jetzt für dich "
                       "passt.", sections=[LinkSection("", entries)])])
    return pages


def class_handout_links(ctx: SiteContext, school_class: int) -> list[tuple[str, str]]:
    """Every school's handout of this class (a short list only), then the handouts page."""
    found = [link for links in ctx.class_handouts(school_class).values() for link in links]
    short = found if len(found) <= MAX_HANDOUT_LINKS else []
    return [*short, ("Alle Handouts zum Ausdrucken", urls.HANDOUTS_PATH)]


def class_page(ctx: SiteContext, school_class: int | None) -> tuple[str, str, int]:
    after = school_class is None
    offers = ctx.public(select_offers(ctx.data, ctx.today, school_class=school_class,
                                      after_school=after))
    schools = school_offers(ctx.data, ctx.today, school_class=school_class, after_school=after)
    key = class_key(school_class)
    towns = [(m.name, finder_path(klasse=key, ort=m.ags))
             for m in sorted(ctx.data.network.municipalities, key=lambda m: m.name)]
    narrow = Narrow("Nur deinen Ort zeigen", "Wähle deinen Wohnort", towns)
    body = listing(ctx, offers, schools, school_class=school_class, narrow=narrow, klasse=key)
    intro = ("Du bist mit der Schule fertig oder hast sie abgebrochen? Diese Angebote helfen "
             "dir weiter." if after else
             f"Diese Angebote passen, wenn du in Klasse {school_class} bist.")
    links = [] if after else class_handout_links(ctx, school_class)
    path, text = page(urls.class_path(school_class), class_title(school_class),
                      "offer_groups.html", description=intro, kind="klasse", intro=intro,
                      links=links, links_heading="Handouts zum Ausdrucken", **body)
    return path, text, body["count"]
