"""The body of a list page (class, topic, situation): the school offers grouped per school
("An deiner Schule"), the offers for everyone grouped by topic, jump links with counts and a
way to narrow the list in the finder. The counts on overview pages come from here too, so
they always equal what the page lists."""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.model.network import School
from generator.model.offer import Offer
from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.offer_list import (
    OfferGroup,
    Section,
    by_category,
    by_school,
    finder_path,
)
from generator.render.site.page_deps import uses

COMPACT_SCHOOLS = 12  # more schools than this: one link per town instead of the schools' offers


@dataclass(frozen=True)
class Narrow:
    heading: str
    summary: str
    links: list[tuple[str, str]]


def listing(ctx: SiteContext, offers: list[Offer], schools: list[tuple[School, list[Offer]]],
            *, school_class: int | None = None, narrow: Narrow | None = None,
            **filters) -> dict:
    """Template context for offer_groups.html; `filters` go into the finder links."""
    groups = by_category(ctx, offers, **filters)
    if "thema" in filters:  # a topic page: its one group is the offers for everyone
        groups = [replace(g, id="angebote", label="Angebote für alle") for g in groups]
    compact = len(schools) > COMPACT_SCHOOLS
    if compact:  # the page shows counts per town, no entries: none are made
        for _, school_list in schools:
            uses(school_list)
    school_groups = [] if compact else by_school(ctx, schools, ctx.class_handouts(school_class))
    school_total = sum(len(school_list) for _, school_list in schools)
    return {"groups": groups, "schools": school_groups, "total": len(offers),
            "school_total": school_total,
            "school_towns": school_towns(ctx, schools) if compact else [],
            # many schools: the finder picks one (its school list), the towns fold away
            "school_finder": finder_path(**filters) if compact else "",
            "sections": jump_sections(groups, bool(schools), school_total, len(offers), narrow),
            "narrow": narrow, "count": len(offers) + school_total,
            "all_heading": "Für alle" if schools else "Angebote"}


@dataclass(frozen=True)
class SchoolTown:
    """A town's schools with own offers, for a page with too many schools to list."""
    name: str
    path: str
    schools: int
    offers: int


def school_towns(ctx: SiteContext,
                 schools: list[tuple[School, list[Offer]]]) -> list[SchoolTown]:
    by_town: dict[str, list[int]] = {}
    for school, offers in schools:
        by_town.setdefault(school.municipality, []).append(len(offers))
    towns = [SchoolTown(ctx.municipality_name(ags),
                        urls.municipality_path(ctx.municipality_name(ags)) + "#an-deiner-schule",
                        len(counts), sum(counts)) for ags, counts in by_town.items()]
    return sorted(towns, key=lambda t: t.name)


def jump_sections(groups: list[OfferGroup], has_schools: bool, school_total: int,
                  total: int, narrow: Narrow | None) -> list[Section]:
    found = [Section("an-deiner-schule", "An deiner Schule", school_total)] \
        if has_schools else []
    found.append(Section("fuer-alle", "Für alle" if has_schools else "Angebote", total))
    if narrow:
        found.append(Section("eingrenzen", narrow.heading, None))
    return found
