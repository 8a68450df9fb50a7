"""The handouts page and the open data page."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.render import urls
from generator.render.exports.write import EXPORT_FILES
from generator.render.handouts.catalogue import SCHOOL_SUFFIX, Handout
from generator.render.site.context import SiteContext
from generator.render.site.link_list import count_note
from generator.render.site.page import page

SCHOOL_KINDS = (("klasse", "Auf einen Blick"), ("eltern", "Elternbrief"),
                ("katalog", "Alle Angebote"))


@dataclass(frozen=True)
class HandoutFile:
    """What the reader sees before downloading: pages and size of the screen PDF."""

    pages: int
    size: int  # bytes

    @property
    def note(self) -> str:
        pages = "1 Seite" if self.pages == 1 else f"{self.pages} Seiten"
        kilobytes = max(1, round(self.size / 1000))
        size = f"{kilobytes} KB" if kilobytes < 1000 else f"{kilobytes / 1000:.1f} MB"
        return f"PDF, {pages}, {size.replace('.', ',')}"


@dataclass(frozen=True)
class HandoutLink:
    slug: str
    label: str
    note: str  # "PDF, 2 Seiten, 180 KB" (or the number of offers before the PDFs exist)


@dataclass(frozen=True)
class ClassRow:
    school_class: int
    links: list[HandoutLink]


@dataclass(frozen=True)
class SchoolEntry:
    anchor: str
    name: str
    where: str  # "Rosenfeld · Realschule"
    rows: list[ClassRow] = field(default_factory=list)


@dataclass(frozen=True)
class TownGroup:
    name: str
    schools: list[SchoolEntry]


def german_sort_key(text: str) -> str:
    """Alphabetical as in a German list: Ä with A, Ö with O, Ü with U, ß as ss."""
    table = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
    return text.casefold().translate(table)


def handout_page(ctx: SiteContext, catalogue: list[Handout],
                 files: dict[str, HandoutFile] | None = None) -> tuple[str, str]:
    """Schools from A to Z with their three handouts per class, the same schools by town,
    and the town overviews; each link with page count and file size when the PDFs exist."""
    def link(handout: Handout, label: str) -> HandoutLink:
        info = (files or {}).get(handout.slug)
        return HandoutLink(handout.slug, label,
                           info.note if info else f"PDF, {count_note(len(handout.offer_ids))}")

    by_slug = {h.slug: h for h in catalogue}
    vocab = ctx.data.vocabularies
    schools, towns = [], {}
    for school in sorted(ctx.data.network.schools, key=lambda s: german_sort_key(s.name)):
        rows = []
        for n in sorted(c for c in school.classes if c >= 7):
            handouts = [(by_slug.get(f"schule-{school.id}-klasse-{n}{SCHOOL_SUFFIX[kind]}"),
                         label) for kind, label in SCHOOL_KINDS]
            links = [link(h, label) for h, label in handouts if h is not None]
            if links:
                rows.append(ClassRow(n, links))
        if rows:
            town = ctx.municipality_name(school.municipality)
            entry = SchoolEntry(f"schule-{school.id}", school.name,
                                f"{town} · {vocab.label('school_forms', school.school_form)}",
                                rows)
            schools.append(entry)
            towns.setdefault(town, []).append(entry)
    town_groups = [TownGroup(name, towns[name]) for name in sorted(towns, key=german_sort_key)]
    town_links = sorted((link(h, ctx.municipality_name(h.municipality or ""))
                         for h in catalogue if h.kind == "gemeinde"),
                        key=lambda x: german_sort_key(x.label))
    return page(urls.HANDOUTS_PATH, "Handouts zum Ausdrucken", "handouts.html",
                schools=schools, towns=town_groups, town_links=town_links)


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
