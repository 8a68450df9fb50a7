"""Which handouts exist and what each contains; no rendering happens here, so the
website's handout page can list them cheaply."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.analyse.selection import (
    is_current,
    is_school_internal,
    offers_for_school_class,
    select_offers,
)
from generator.model.dataset import Dataset
from generator.render.urls import name_slug


@dataclass(frozen=True)
class Handout:
    slug: str  # file name without ".pdf"; the same for the print and the screen variant
    kind: str  # "schule", "gemeinde" or "angebot"
    title: str
    offer_ids: tuple[str, ...]
    school_id: str | None = None
    school_class: int | None = None
    municipality: str | None = None  # AGS

    @property
    def file_name(self) -> str:
        return f"{self.slug}.pdf"


def handout_catalogue(data: Dataset, today: dt.date) -> list[Handout]:
    handouts = []
    for school in data.network.schools:
        for school_class in sorted(c for c in school.classes if c >= 7):
            offers = offers_for_school_class(data, today, school, school_class)
            handouts.append(Handout(
                slug=f"schule-{school.id}-klasse-{school_class}", kind="schule",
                title=f"{school.name}: Angebote für Klasse {school_class}",
                offer_ids=tuple(o.id for o in offers), school_id=school.id,
                school_class=school_class, municipality=school.municipality))
    for municipality in data.network.municipalities:
        offers = [o for o in select_offers(data, today, municipality=municipality.ags)
                  if not is_school_internal(data, o)]  # a school's own offers: its handouts
        handouts.append(Handout(
            slug=f"gemeinde-{name_slug(municipality.name)}", kind="gemeinde",
            title=f"Angebote in {municipality.name}", offer_ids=tuple(o.id for o in offers),
            municipality=municipality.ags))
    for offer in sorted(data.offers.values(), key=lambda o: o.id):
        if is_current(offer, today):
            handouts.append(Handout(slug=f"angebot-{offer.id}", kind="angebot",
                                    title=offer.title, offer_ids=(offer.id,)))
    return handouts
