"""The handouts page and the open data page."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.render import urls
from generator.render.exports.write import EXPORT_FILES
from generator.render.handouts.catalogue import Handout
from generator.render.site.context import SiteContext
from generator.render.site.link_list import count_note
from generator.render.site.page import page


@dataclass(frozen=True)
class HandoutLink:
    slug: str
    label: str
    count: str


@dataclass(frozen=True)
class HandoutGroup:
    heading: str
    handouts: list[HandoutLink] = field(default_factory=list)


@dataclass(frozen=True)
class HandoutSection:
    heading: str
    groups: list[HandoutGroup] = field(default_factory=list)


def handout_page(ctx: SiteContext, catalogue: list[Handout]) -> tuple[str, str]:
    schools = []
    for school in ctx.data.network.schools:
        links = [HandoutLink(h.slug, f"Klasse {h.school_class}", count_note(len(h.offer_ids)))
                 for h in catalogue if h.kind == "schule" and h.school_id == school.id]
        if links:
            schools.append(HandoutGroup(school.name, links))
    towns = [HandoutLink(h.slug, ctx.municipality_name(h.municipality or ""),
                         count_note(len(h.offer_ids)))
             for h in catalogue if h.kind == "gemeinde"]
    sections = [s for s in (HandoutSection("Für Schulen", schools),
                            HandoutSection("Für Städte und Gemeinden",
                                           [HandoutGroup("", towns)] if towns else []))
                if s.groups]
    return page(urls.HANDOUTS_PATH, "Handouts zum Ausdrucken", "handouts.html",
                sections=sections)


def open_data_page(ctx: SiteContext) -> tuple[str, str]:
    return page(urls.OPEN_DATA_PATH, "Offene Daten", "open_data.html",
                exports=list(EXPORT_FILES.items()), district=ctx.data.network.district.name,
                today=ctx.today)


DGS_VIDEO = Path("docs") / "dgs" / "leichte-sprache"  # .mp4 or .webm, .vtt for subtitles


def easy_language_page(ctx: SiteContext) -> tuple[str, str]:
    """Leichte Sprache, with a slot for the district's video in German Sign Language (DGS):
    docs/dgs/leichte-sprache.mp4 (or .webm), served from the site itself."""
    video = next((f"dgs/leichte-sprache.{ext}" for ext in ("mp4", "webm")
                  if (ctx.data.root / DGS_VIDEO.with_suffix(f".{ext}")).is_file()), None)
    captions = "dgs/leichte-sprache.vtt" \
        if (ctx.data.root / DGS_VIDEO.with_suffix(".vtt")).is_file() else None
    return page(urls.EASY_LANGUAGE_PATH, "Leichte Sprache", "easy_language.html",
                kind="leichte-sprache", description="Die Website in Leichter Sprache und in "
                "Deutscher Gebärdensprache", video=video, captions=captions,
                site_name=ctx.site_name, coordination=ctx.data.network.district.coordination_email)
