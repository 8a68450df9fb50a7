"""One page per class (7 to 13) and one for "nach der Schule"."""

from __future__ import annotations

from generator.analyse.selection import select_offers
from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.link_list import LinkEntry, LinkSection, count_note
from generator.render.site.offer_list import by_category
from generator.render.site.page import page

CLASSES: tuple[int | None, ...] = (7, 8, 9, 10, 11, 12, 13, None)


def class_title(school_class: int | None) -> str:
    return "Nach der Schule" if school_class is None else f"Klasse {school_class}"


def class_pages(ctx: SiteContext) -> dict[str, str]:
    pages, entries = {}, []
    for school_class in CLASSES:
        offers = ctx.public(select_offers(ctx.data, ctx.today, school_class=school_class,
                                          after_school=school_class is None))
        path = urls.class_path(school_class)
        intro = ("Du bist mit der Schule fertig oder hast sie abgebrochen? Diese Angebote "
                 "helfen dir weiter." if school_class is None else
                 f"Diese Angebote passen, wenn du in Klasse {school_class} bist.")
        pages.update([page(path, class_title(school_class), "offer_groups.html",
                           description=intro, kind="klasse", intro=intro,
                           groups=by_category(ctx, offers), items=[], links=[])])
        entries.append(LinkEntry(class_title(school_class), path, count_note(len(offers))))
    pages.update([page(urls.CLASSES_PATH, "Klassen", "link_list.html",
                       intro="In welcher Klasse bist du? Hier findest du, was jetzt für dich "
                       "passt.", sections=[LinkSection("", entries)])])
    return pages
