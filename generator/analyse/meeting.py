"""Where and when two partners' entries meet their young people: a venue in common, the same
regular time with an hour, all the same days. Facts like these, not words, show that two
entries describe one occasion; the duplicate check (pair_judgement, duplicate_score) and
the complement rules (complements) ask them."""

from __future__ import annotations

from generator.analyse.timing import regular_time
from generator.model.offer import Offer


def shared_venue(a: Offer, b: Offer) -> bool:
    return bool(set(a.venues) & set(b.venues))


def same_time(a: Offer, b: Offer) -> bool:
    """Both give the same regular time with an hour ("mittwochs 14–17 Uhr" and "Mittwochs
    14-17 Uhr"; "nach Absprache" is no time)."""
    time = regular_time(a.schedule)
    return time is not None and time == regular_time(b.schedule)


def same_days(a: Offer, b: Offer) -> bool:
    """The same first days (also when neither has dates)."""
    return {d.start for d in a.dates} == {d.start for d in b.dates}
