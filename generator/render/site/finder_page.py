"""The finder's form on the finder page (suche/) and on the home page.

The form is plain HTML from templates/finder.html; assets/search.js makes it work. Its fields
have no `name`, so even a form sent without JavaScript puts no search words into a URL: the
state lives in the fragment (see search_index.py for the parameter names).
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.fragments import render
from generator.render.site.page import page

HOME_MARKER = "<!-- aw-finder -->"


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


def _used(ctx: SiteContext, kind: str, keys: set[str]) -> list[Choice]:
    return sorted((Choice(k, ctx.label(kind, k)) for k in keys),
                  key=lambda c: c.label.casefold())


def finder_options(ctx: SiteContext) -> dict:
    offers = ctx.current_offers()
    classes = sorted({c for o in offers for c in o.target.classes})
    network = ctx.data.network
    towns = sorted(network.municipalities, key=lambda m: m.name.casefold())
    schools = [(town.name, [Choice(s.id, s.name) for s in network.schools
                            if s.municipality == town.ags]) for town in towns]
    return {
        "classes": [Choice(str(c), f"Klasse {c}") for c in classes]
        + [Choice("nach-der-schule", "nach der Schule")],
        "towns": [Choice(m.ags, m.name) for m in towns],
        "schools": [(name, group) for name, group in schools if group],
        "topics": _used(ctx, "categories", {o.category for o in offers}),
        "situations": _used(ctx, "situations", {s for o in offers for s in o.target.situations}),
        "audiences": _used(ctx, "audiences", {a for o in offers for a in o.target.audiences}),
        "languages": _used(ctx, "languages", {lang for o in offers for lang in o.languages}),
    }


def finder_block(ctx: SiteContext, here: str, on_finder_page: bool) -> Markup:
    return (render("finder.html", here=here, rel=lambda to: urls.relative(here, to),
                      full=on_finder_page, **finder_options(ctx)))


def search_page(ctx: SiteContext) -> tuple[str, str]:
    return page(urls.SEARCH_PATH, "Angebote finden", "search.html", kind="suche",
                description="Angebote nach Klasse, Ort, Thema und Stichwort finden",
                finder=finder_block(ctx, urls.SEARCH_PATH, True))
