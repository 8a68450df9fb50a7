"""One page per town: who is responsible ("Wer ist zuständig?"), its schools and its offers."""

from __future__ import annotations

from dataclasses import dataclass

from generator.analyse.responsibility import responsible_partners
from generator.analyse.selection import select_offers
from generator.model.network import Municipality
from generator.model.partner import ROLES
from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.link_list import LinkEntry, LinkSection, count_note
from generator.render.site.offer_list import by_category
from generator.render.site.page import page

ROLE_TEXT = {
    "agentur": ("Agentur für Arbeit", "Berufsberatung, Ausbildungssuche und Förderung, auch "
                "schon während der Schule."),
    "jobcenter": ("Jobcenter", "Für junge Menschen, deren Familie Bürgergeld bekommt: "
                  "Beratung, Förderung und Geld."),
    "jugendamt": ("Jugendamt", "Hilfe bei Problemen in Familie, Schule oder Alltag "
                  "(Jugendsozialarbeit)."),
}


@dataclass(frozen=True)
class Role:
    label: str
    explanation: str
    entries: list


def municipality_pages(ctx: SiteContext) -> dict[str, str]:
    pages, counts = {}, {}
    for municipality in ctx.data.network.municipalities:
        offers = ctx.public(select_offers(ctx.data, ctx.today, municipality=municipality.ags))
        counts[municipality.ags] = len(offers)
        pages.update([municipality_page(ctx, municipality, offers)])
    pages.update([municipality_index(ctx, counts)])
    return pages


def responsible(ctx: SiteContext, ags: str) -> list[Role]:
    roles = []
    for role in ROLES:
        label, explanation = ROLE_TEXT[role]
        roles.append(Role(label, explanation, responsible_partners(ctx.data, ags, role)))
    return roles


def municipality_page(ctx: SiteContext, municipality: Municipality, offers) -> tuple[str, str]:
    schools = [(s, ctx.data.partners.get(s.id)) for s in ctx.data.network.schools
               if s.municipality == municipality.ags]
    title = f"{municipality.kind} {municipality.name}"
    return page(urls.municipality_path(municipality.name), title, "municipality.html",
                description=f"Angebote und Zuständigkeiten in {municipality.name}",
                kind="ort", name=municipality.name, roles=responsible(ctx, municipality.ags),
                coordination=ctx.data.network.district.coordination_email,
                schools=schools, count=len(offers), groups=by_category(ctx, offers))


def municipality_index(ctx: SiteContext, counts: dict[str, int]) -> tuple[str, str]:
    entries = [LinkEntry(m.name, urls.municipality_path(m.name), count_note(counts[m.ags]))
               for m in sorted(ctx.data.network.municipalities, key=lambda m: m.name)]
    return page(urls.MUNICIPALITIES_PATH, "Städte und Gemeinden", "link_list.html",
                intro="Wähle deinen Wohnort: Du siehst die Angebote dort und wer für dich "
                "zuständig ist.", sections=[LinkSection("", entries)])
