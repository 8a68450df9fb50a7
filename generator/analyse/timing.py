"""Time as a pupil sees it: which dates are still to come, and when an offer is over.

"Today" is the build's day (`--today` or SOURCE_DATE_EPOCH, see generator/clock.py). Lists,
search, handouts and the open data's current views all ask these functions, so a past event
disappears from every place at once.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from generator.analyse.schedule_reading import (
    clock_time,
    days_may_meet,
    meeting_days,
    same_rhythm,
)
from generator.analyse.text_normal import all_words
from generator.model.offer import Appointment, Offer


def appointment_last_day(appointment: Appointment) -> dt.date:
    return appointment.end or appointment.start


def upcoming_dates(offer: Offer, today: dt.date) -> list[Appointment]:
    """Appointments that have not ended before today (a running course counts), by start."""
    return sorted((a for a in offer.dates if appointment_last_day(a) >= today),
                  key=lambda a: (a.start, appointment_last_day(a)))


def next_date(offer: Offer, today: dt.date) -> dt.date | None:
    """The next day the offer takes place: today for a running course, never a past day."""
    upcoming = upcoming_dates(offer, today)
    return max(upcoming[0].start, today) if upcoming else None


def is_over(offer: Offer, today: dt.date) -> bool:
    """"Vorbei": every date is past and no regular schedule keeps it going (no upcoming
    date; asked without sorting them, as every analysis asks it of every offer)."""
    return bool(offer.dates) and not offer.schedule \
        and all(appointment_last_day(a) < today for a in offer.dates)


def deadline_passed(offer: Offer, today: dt.date) -> bool:
    registration = offer.registration
    return bool(registration and registration.deadline and registration.deadline < today)


@lru_cache(maxsize=1 << 16)  # asked for every pair the duplicate check compares
def regular_time(schedule: str | None) -> tuple[str, ...] | None:
    """A schedule that names an hour, in one form: its weekdays, clock times and rhythm
    ("Di 14.30–16.00" and "dienstags 14:30–16:00 Uhr" alike, schedule_reading.py), or its
    folded words where it cannot be read so; None when it names no hour ("nach Absprache"
    is no time)."""
    if not schedule or not any(c.isdigit() for c in schedule):
        return None
    return clock_time(schedule) or tuple(all_words(schedule))


def same_hours(a: str | None, b: str | None) -> bool:
    """Two schedules name one regular time with an hour (regular_time), also where one gives
    only the start: "1. Di im Monat ab 19 Uhr" and "jeden 1. Dienstag im Monat, 19:00-20:30"
    (the same days and rhythm, each time the same or the start of the other's; "14-tägig"
    is "jeden 1. und 3." or "2. und 4.", and "täglich" meets any weekdays: schedule_reading)."""
    time_a = regular_time(a)
    if time_a is None:
        return False
    time_b = regular_time(b)
    if time_a == time_b:
        return True
    if time_b is None or not (clocked(a) and clocked(b)) or \
            not days_may_meet(regular_days(a)[1], regular_days(b)[1]) or \
            not same_rhythm(time_a[0], time_b[0]) or len(time_a) != len(time_b):
        return False
    return all(x == y or _one_starts_the_other(x, y) for x, y in
               zip(time_a[2:], time_b[2:], strict=True))


def hours_in_common(a: str | None, b: str | None) -> bool:
    """Two schedules with clock times meet at one hour at least: the same rhythm, a weekday
    in common and a clock time in common ("dienstags 14–17 Uhr" and "Di 14–17 Uhr, Termine
    auch Do vormittags": the new entry keeps the old hour and adds one; "ab 8 Uhr" is the
    start of "8:00–12:30")."""
    time_a, time_b = regular_time(a), regular_time(b)
    if not (clocked(a) and clocked(b)) or not same_rhythm(time_a[0], time_b[0]):
        return False
    return bool(regular_days(a)[1] & regular_days(b)[1]) and any(
        x == y or _one_starts_the_other(x, y) for x in time_a[2:] for y in time_b[2:])


def _one_starts_the_other(x: str, y: str) -> bool:
    """"19:00" and "19:00-20:30": a start alone and a time from that start."""
    return ("-" in x) != ("-" in y) and x.split("-")[0] == y.split("-")[0]


@lru_cache(maxsize=1 << 16)  # asked for pairs, like regular_time
def regular_days(schedule: str | None) -> tuple[str, frozenset[int]] | None:
    """The rhythm and weekdays of a regular schedule (schedule_reading.meeting_days); None
    without a schedule or a weekday."""
    if not schedule:
        return None
    rhythm, days = meeting_days(schedule)
    return (rhythm, days) if days else None


@lru_cache(maxsize=1 << 16)  # asked for pairs, like regular_time
def clocked(schedule: str | None) -> bool:
    """Whether a schedule gives its hours as clock times (not lessons, not "abends")."""
    return bool(schedule) and clock_time(schedule) is not None
