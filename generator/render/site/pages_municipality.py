"""One page per town: who is responsible ("Wer ist zuständig?"), its schools and its offers."""

from __future__ import annotations

from dataclasses import dataclass

from generator.analyse.responsibility import responsible_partners
from generator.analyse.selection import school_offers, select_offers
from generator.model.network import Municipality
from generator.model.partner import ROLES
from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.link_list import LinkEntry, LinkSection, count_note
from generator.render.site.listing import Narrow, listing
from generator.render.site.offer_list import Section, class_key, finder_path
from generator.render.site.page import page
from generator.render.site.pages_class import CLASSES, class_title

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
        path, text, counts[municipality.ags] = municipality_page(ctx, municipality)
        pages[path] = text
    pages.update([municipality_index(ctx, counts)])
    return pages


def responsible(ctx: SiteContext, ags: str) -> list[Role]:
    roles = []
    for role in ROLES:
        label, explanation = ROLE_TEXT[role]
        roles.append(Role(label, explanation, responsible_partners(ctx.data, ags, role)))
    return roles


def municipality_page(ctx: SiteContext, municipality: Municipality) -> tuple[str, str, int]:
    ags = municipality.ags
    offers = ctx.public(select_offers(ctx.data, ctx.today, municipality=ags))
    schools = school_offers(ctx.data, ctx.today, municipality=ags)
    classes = [(class_title(c), finder_path(ort=ags, klasse=class_key(c))) for c in CLASSES]
    body = listing(ctx, offers, schools, ort=ags,
                   narrow=Narrow("Nur deine Klasse zeigen", "Wähle deine Klasse", classes))
    school_list = [(s, ctx.data.partners.get(s.id)) for s in ctx.data.network.schools
                   if s.municipality == ags]
    head = [Section("zustaendig", "Wer ist zuständig?", None)]
    if school_list:
        head.append(Section("schulen", f"Schulen in {municipality.name}", len(school_list)))
    body["sections"] = head + body["sections"]
    title = f"{municipality.kind} {municipality.name}"
    path, text = page(urls.municipality_path(municipality.name), title, "municipality.html",
                      description=f"Angebote und Zuständigkeiten in {municipality.name}",
                      kind="ort", name=municipality.name, roles=responsible(ctx, ags),
                      coordination=ctx.data.network.district.coordination_email,
                      guide_path=urls.GUIDE_PATH, school_list=school_list, links=[],
                      **body)
    return path, text, body["count"]


def municipality_index(ctx: SiteContext, counts: dict[str, int]) -> tuple[str, str]:
    entries = [LinkEntry(m.name, urls.municipality_path(m.name), count_note(counts[m.ags]))
               for m in sorted(ctx.data.network.municipalities, key=lambda m: m.name)]
    return page(urls.MUNICIPALITIES_PATH, "Städte und Gemeinden", "link_list.html",
                intro="Wähle deinen Wohnort: Du siehst die Angebote dort und wer für dich "
                "zuständig ist.", sections=[LinkSection("", entries)])
