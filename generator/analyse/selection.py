"""Which offers fit a municipality, a class, a school form: the one rule that pages,
handouts and the coverage report share."""

from __future__ import annotations

import datetime as dt

from generator.model.dataset import Dataset
from generator.model.network import School
from generator.model.offer import Offer
from generator.validate.freshness import is_expired


def is_current(offer: Offer, today: dt.date) -> bool:
    """Shown to young people and counted as coverage: active and not expired."""
    return offer.status != "inactive" and not is_expired(offer, today)


def serves_municipality(offer: Offer, ags: str) -> bool:
    return offer.covers_district or ags in offer.municipalities


def fits_school_form(offer: Offer, school_form: str) -> bool:
    return not offer.target.school_forms or school_form in offer.target.school_forms


def fits_class(offer: Offer, school_class: int | None) -> bool:
    """None asks for offers after school."""
    if school_class is None:
        return offer.target.school_leavers
    return school_class in offer.target.classes


def sort_key(offer: Offer) -> tuple:
    first_date = min((d.start for d in offer.dates), default=dt.date.max)
    return (first_date, offer.title.casefold(), offer.id)


def select_offers(data: Dataset, today: dt.date, *, municipality: str | None = None,
                  school_class: int | None = None, after_school: bool = False,
                  school_form: str | None = None, category: str | None = None) -> list[Offer]:
    """Current offers matching every given criterion, sorted by first date and title."""
    chosen = []
    for offer in data.offers.values():
        if not is_current(offer, today):
            continue
        if municipality is not None and not serves_municipality(offer, municipality):
            continue
        if (school_class is not None or after_school) and not fits_class(offer, school_class):
            continue
        if school_form is not None and not fits_school_form(offer, school_form):
            continue
        if category is not None and offer.category != category:
            continue
        chosen.append(offer)
    return sorted(chosen, key=sort_key)


def is_school_internal(data: Dataset, offer: Offer) -> bool:
    """A school's own offers are for its own pupils only."""
    return data.school(offer.provider) is not None


def offers_for_school_class(data: Dataset, today: dt.date, school: School,
                            school_class: int) -> list[Offer]:
    offers = select_offers(data, today, municipality=school.municipality,
                           school_class=school_class, school_form=school.school_form)
    return [o for o in offers if not is_school_internal(data, o) or o.provider == school.id]
