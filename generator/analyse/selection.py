"""Which offers fit a municipality, a class, a school form: the one rule that pages,
handouts and the coverage report share."""

from __future__ import annotations

import bisect
import copy
import datetime as dt
from collections import defaultdict

from generator.analyse.timing import is_over, next_date
from generator.model.dataset import Dataset
from generator.model.network import School
from generator.model.offer import Offer
from generator.validate.freshness import is_expired


def is_current(offer: Offer, today: dt.date) -> bool:
    """Shown to young people and counted as coverage: active, not expired and not over."""
    return offer.status != "inactive" and not is_expired(offer, today) \
        and not is_over(offer, today)


def current_offers(data: Dataset, today: dt.date) -> list[Offer]:
    """The current offers in id order, found once per dataset and day: every analysis of
    the quality report asks for them. Read-only. OfferIndex.carry keeps them too."""
    key = ("current-by-id", today)
    if key not in data.derived:
        data.derived[key] = [o for _, o in sorted(data.offers.items()) if is_current(o, today)]
    return data.derived[key]


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


class OfferIndex:
    """The current offers of a dataset grouped once by municipality, class and category, so
    that hundreds of pages and handouts can each ask for their offers without a full scan."""

    def __init__(self, data: Dataset, today: dt.date):
        self.current = sorted((o for o in data.offers.values() if is_current(o, today)),
                              key=sort_key)
        self.by_municipality: dict[str, list[Offer]] = defaultdict(list)
        self.by_class: dict[int | None, list[Offer]] = defaultdict(list)
        self.by_category: dict[str, list[Offer]] = defaultdict(list)
        for offer in self.current:
            for groups, key in self.groups_of(data, offer):
                groups[key].append(offer)

    @staticmethod
    def of(data: Dataset, today: dt.date) -> OfferIndex:
        """The index for this dataset and day, built on first use."""
        key = ("offer-index", today)
        if key not in data.derived:
            data.derived[key] = OfferIndex(data, today)
        return data.derived[key]

    @staticmethod
    def carry(before: Dataset, after: Dataset, today: dt.date, changed: set[str]) -> None:
        """Give `after` the index of `before`, with the `changed` offers in their new places:
        after a save that changed only how a few offers read (`mkdocs serve`), instead of
        grouping and sorting every offer again. The groups an offer belongs to do not depend
        on its text; nothing is carried when a changed offer became current or stopped
        being current."""
        last = before.derived.get(("offer-index", today))
        if last is None or any(is_current(before.offers[k], today)
                               != is_current(after.offers[k], today) for k in changed):
            return
        index = copy.copy(last)
        index.by_municipality, index.by_class, index.by_category = (
            defaultdict(list, last.by_municipality), defaultdict(list, last.by_class),
            defaultdict(list, last.by_category))
        for offer_id in sorted(k for k in changed if is_current(after.offers[k], today)):
            old, new = before.offers[offer_id], after.offers[offer_id]
            places = [(index.__dict__, "current"), *index.groups_of(after, new)]
            if len({(id(groups), key) for groups, key in places}) < len(places):
                return  # listed twice in a group (a class named twice): build it again
            for groups, key in places:
                groups[key] = _moved(groups[key], old, new)
                if groups[key] is None:
                    return
        after.derived[("offer-index", today)] = index
        by_id = before.derived.get(("current-by-id", today))
        if by_id is not None:
            after.derived[("current-by-id", today)] = [after.offers[o.id] if o.id in changed
                                                       else o for o in by_id]

    def groups_of(self, data: Dataset, offer: Offer) -> list[tuple[dict, object]]:
        """The groups of this index that list `offer`: (the groups, the key)."""
        return [*((self.by_municipality, ags) for ags in data.offer_municipalities(offer)),
                *((self.by_class, school_class) for school_class in offer.target.classes),
                *([(self.by_class, None)] if offer.target.school_leavers else []),
                (self.by_category, offer.category)]


def _moved(offers: list[Offer], old: Offer, new: Offer) -> list[Offer] | None:
    """`offers` (sorted by sort_key) as a new list with `old` replaced by `new` in its new
    place: found by bisection, not by sorting the whole list again. None: `old` is not
    where its key says."""
    i = bisect.bisect_left(offers, sort_key(old), key=sort_key)
    if i == len(offers) or offers[i] is not old:
        return None
    kept = offers[:i] + offers[i + 1:]
    bisect.insort(kept, new, key=sort_key)
    return kept


def select_offers(data: Dataset, today: dt.date, *, municipality: str | None = None,
                  school_class: int | None = None, after_school: bool = False,
                  school_form: str | None = None, category: str | None = None) -> list[Offer]:
    """Current offers matching every given criterion, sorted by first date and title."""
    index = OfferIndex.of(data, today)
    lists = [index.current]
    if municipality is not None:
        lists.append(index.by_municipality.get(municipality, []))
    if school_class is not None or after_school:
        lists.append(index.by_class.get(school_class, []))
    if category is not None:
        lists.append(index.by_category.get(category, []))
    chosen = min(lists, key=len)
    return [o for o in chosen
            if (municipality is None or serves_municipality(o, municipality))
            and (school_class is None and not after_school or fits_class(o, school_class))
            and (school_form is None or fits_school_form(o, school_form))
            and (category is None or o.category == category)]


def is_school_internal(data: Dataset, offer: Offer) -> bool:
    """A school's own offers are for its own pupils only."""
    return data.school(offer.provider) is not None


def replaced_by_school(data: Dataset, offers: list[Offer], school: School) -> set[str]:
    """District defaults the school's own offer replaces: when the school runs a KAoA element
    itself (its own Betriebspraktikum with its own dates), the district-wide offer for the same
    element is not shown beside it — the school's date wins."""
    own_elements = {o.kaoa_element for o in offers if o.provider == school.id and o.kaoa_element}
    return {o.id for o in offers if o.provider != school.id and o.kaoa_element in own_elements
            and not is_school_internal(data, o)}


def offers_for_school_class(data: Dataset, today: dt.date, school: School,
                            school_class: int) -> list[Offer]:
    """What a pupil of this school and class can use: the school's own offers, the
    district's offers for the class — without district defaults the school replaces."""
    offers = select_offers(data, today, municipality=school.municipality,
                           school_class=school_class, school_form=school.school_form)
    offers = [o for o in offers if not is_school_internal(data, o) or o.provider == school.id]
    replaced = replaced_by_school(data, offers, school)
    return [o for o in offers if o.id not in replaced]


def _importance(offer: Offer, today: dt.date, school: School) -> tuple:
    """Most important first: made for this class rather than a span of classes, in the school's
    town rather than somewhere in the district, with a date coming up soon."""
    upcoming = next_date(offer, today)
    return (len(offer.target.classes) > 2, offer.covers_district
            or school.municipality not in offer.municipalities,
            upcoming is None, upcoming or dt.date.max, offer.title.casefold(), offer.id)


def key_offers_for_school_class(data: Dataset, today: dt.date, school: School,
                                school_class: int) -> tuple[list[Offer], list[Offer]]:
    """The school's own offers (by date) and the district's offers for the class, the ones
    that matter most first: what a one-sheet handout shows, in that order."""
    offers = offers_for_school_class(data, today, school, school_class)
    own = [o for o in offers if o.provider == school.id]
    district = sorted((o for o in offers if o.provider != school.id),
                      key=lambda o: _importance(o, today, school))
    return own, district



def school_offers(data: Dataset, today: dt.date, *, municipality: str | None = None,
                  school_class: int | None = None, after_school: bool = False,
                  category: str | None = None) -> list[tuple[School, list[Offer]]]:
    """Schools' own current offers matching the criteria, grouped per school (network order):
    what class, topic and town pages show under "An deiner Schule"."""
    found = [o for o in select_offers(data, today, municipality=municipality,
                                      school_class=school_class, after_school=after_school,
                                      category=category)
             if is_school_internal(data, o)]
    by_provider: dict[str, list[Offer]] = {}
    for offer in found:
        by_provider.setdefault(offer.provider, []).append(offer)
    return [(school, by_provider[school.id]) for school in data.network.schools
            if school.id in by_provider
            and (school_class is None or school_class in school.classes)]


def offers_for_situation(data: Dataset, today: dt.date, situation: str) -> list[Offer]:
    """Current offers for everyone that name this life situation (Lebenslage)."""
    return [o for o in OfferIndex.of(data, today).current
            if situation in o.target.situations and not is_school_internal(data, o)]
