"""What every page builder needs: the data, the day of the build and small lookups."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from generator.analyse.selection import OfferIndex, is_school_internal
from generator.model.dataset import Dataset
from generator.model.offer import Offer
from generator.model.partner import Contact, Partner

WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def german_date(day: dt.date, weekday: bool = False) -> str:
    text = f"{day:%d.%m.%Y}"
    return f"{WEEKDAYS[day.weekday()]}, {text}" if weekday else text


@dataclass
class SiteContext:
    data: Dataset
    today: dt.date
    handout_slugs: frozenset[str] = field(default_factory=frozenset)

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
