"""What every page builder needs: the data, the day of the build and small lookups."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from generator.analyse.selection import OfferIndex, is_school_internal
from generator.model.dataset import Dataset
from generator.model.offer import Offer
from generator.model.partner import Contact, Partner
from generator.render import urls
from generator.render.handouts.catalogue import Handout

WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def german_date(day: dt.date, weekday: bool = False) -> str:
    text = f"{day:%d.%m.%Y}"
    return f"{WEEKDAYS[day.weekday()]}, {text}" if weekday else text


@dataclass
class SiteContext:
    data: Dataset
    today: dt.date
    handouts: tuple[Handout, ...] = ()  # the handout catalogue: what the build will print

    @functools.cached_property  # asked once per offer page: not a new set each time
    def handout_slugs(self) -> frozenset[str]:
        return frozenset(h.slug for h in self.handouts)

    @functools.cached_property  # asked for every school on every class and town page
    def _handouts_by_school(self) -> dict[str, list[Handout]]:
        found: dict[str, list[Handout]] = {}
        for handout in self.handouts:
            found.setdefault(handout.school_id, []).append(handout)
        return found

    def school_handouts(self, school_id: str,
                        school_class: int | None = None) -> list[tuple[str, str]]:
        """(label, PDF path) of a school's handouts, all or those of one class."""
        return [(f"{h.title} (PDF)", urls.handout_file(h.slug))
                for h in self._handouts_by_school.get(school_id, ())
                if school_class is None or h.school_class == school_class]

    def class_handouts(self, school_class: int | None) -> dict[str, list[tuple[str, str]]]:
        """School id → the handouts of that class (none for "nach der Schule")."""
        found: dict[str, list[tuple[str, str]]] = {}
        if school_class is not None:
            for school in self.data.network.schools:
                found[school.id] = self.school_handouts(school.id, school_class)
        return found

    @property
    def site_name(self) -> str:
        return self.data.network.district.site_name

    def label(self, kind: str, key: str) -> str:
        return self.data.vocabularies.label(kind, key)

    def municipality_name(self, ags: str) -> str:
        municipality = self.data.network.municipality(ags)
        return municipality.name if municipality else ags

    def current_offers(self) -> list[Offer]:
        return sorted(OfferIndex.of(self.data, self.today).current, key=lambda o: o.id)

    def public(self, offers: list[Offer]) -> list[Offer]:
        """Offers for everyone: a school's own offers appear only on its own pages."""
        return [o for o in offers if not is_school_internal(self.data, o)]

    def school_name(self, offer: Offer) -> str | None:
        school = self.data.school(offer.provider)
        return school.name if school else None

    def contact(self, ref: str) -> tuple[Partner, Contact] | None:
        return self.data.resolve_contact(ref)

    def where(self, offer: Offer) -> str:
        """Where an offer is, in one short line."""
        school = self.school_name(offer)
        if school:
            return f"an der Schule {school}"
        if offer.covers_district:
            return "im ganzen Kreis"
        names = [self.municipality_name(a) for a in offer.municipalities]
        return ", ".join(names[:4]) + (" und weitere" if len(names) > 4 else "")
