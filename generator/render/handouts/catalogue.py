"""Which handouts exist and what each contains; no rendering happens here, so the
website's handout page can list them cheaply."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.analyse.selection import (
    is_current,
    is_school_internal,
    key_offers_for_school_class,
    select_offers,
    sort_key,
)
from generator.model.dataset import Dataset
from generator.render.urls import name_slug


@dataclass(frozen=True)
class Handout:
    slug: str  # file name without ".pdf"; the same for the print and the screen variant
    kind: str  # "klasse", "eltern", "katalog", "gemeinde" or "angebot"
    title: str
    offer_ids: tuple[str, ...]
    school_id: str | None = None
    school_class: int | None = None
    municipality: str | None = None  # AGS

    @property
    def file_name(self) -> str:
        return f"{self.slug}.pdf"


SCHOOL_SUFFIX = {"klasse": "", "eltern": "-elternbrief", "katalog": "-katalog"}  # of the slug
SCHOOL_TITLES = {"klasse": "{school}: Klasse {n} auf einen Blick",
                 "eltern": "{school}: Elternbrief Klasse {n}",
                 "katalog": "{school}: alle Angebote für Klasse {n}"}


def handout_catalogue(data: Dataset, today: dt.date) -> list[Handout]:
    handouts = []
    for school in data.network.schools:
        for school_class in sorted(c for c in school.classes if c >= 7):
            own, district = key_offers_for_school_class(data, today, school, school_class)
            ranked = tuple(o.id for o in [*own, *district])
            by_date = tuple(o.id for o in sorted([*own, *district], key=sort_key))
            for kind, suffix in SCHOOL_SUFFIX.items():
                handouts.append(Handout(
                    slug=f"schule-{school.id}-klasse-{school_class}{suffix}", kind=kind,
                    title=SCHOOL_TITLES[kind].format(school=school.name, n=school_class),
                    offer_ids=by_date if kind == "katalog" else ranked, school_id=school.id,
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
