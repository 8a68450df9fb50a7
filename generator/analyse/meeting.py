"""Where and when two partners' entries meet their young people: a venue in common, the same
regular time with an hour, all the same days; or apart: other venues, other days, another
season, other kinds of timing. Facts like these, not words, show that two entries describe
one occasion or two; the duplicate check (pair_judgement, duplicate_score) and the
complement rules (complements) ask them."""

from __future__ import annotations

import re
from functools import lru_cache

from generator.analyse.schedule_reading import days_may_meet, same_rhythm
from generator.analyse.text_normal import holds_phrase, says
from generator.analyse.timing import (
    clocked,
    hours_in_common,
    regular_days,
    regular_time,
    same_hours,
)
from generator.model.offer import Offer

# Two partners' dated offers this many days apart or more are two rounds of the school year
# (spring and autumn), not two offers for the same young people at the same time. Two
# seminars for one year group in February and in May are in one half of the school year
# (90 until 1.12.2026).
SEASON_DAYS = 120


def shared_venue(a: Offer, b: Offer) -> bool:
    return bool(a.venues and b.venues) and not set(a.venues).isdisjoint(b.venues)


def hosted(a: Offer, b: Offer, *hosts: str) -> bool:
    """One entry takes place at a venue of the other entry's provider (or of `hosts`): the
    Realschule's entry of its pupils' visit to the Gesamtschule's job fair, in the
    Gesamtschule's forum, points at that fair as a text naming the Gesamtschule would."""
    owners = hosts or (a.provider, b.provider)
    return any(venue.split("/", 1)[0] in owners for venue in set(a.venues) & set(b.venues))


def hosted_that_day(a: Offer, b: Offer) -> bool:
    """One entry at a venue of the other's provider (hosted) on all the same days: the
    Realschule's notice of the Berufskolleg's open day, in its building that Saturday."""
    return hosted(a, b) and on_all_the_same_days(a, b)


def same_time(a: Offer, b: Offer) -> bool:
    """Both give the same regular time with an hour ("mittwochs 14–17 Uhr" and "Mittwochs
    14-17 Uhr", "ab 14 Uhr" as its start; "nach Absprache" is no time)."""
    return same_hours(a.schedule, b.schedule)


def at_one_hour_there(a: Offer, b: Offer) -> bool:
    """A venue in common and an hour in common on a weekday in common (timing.hours_in_common):
    the Diakonie's debt counselling on Tuesdays 14 to 17 in its parish hall, and its new
    entry "Di 14–17 Uhr, Termine auch Do vormittags" there."""
    return shared_venue(a, b) and hours_in_common(a.schedule, b.schedule)


def at_one_time(a: Offer, b: Offer) -> bool:
    """The same regular time with an hour, or (entries with dates) all the same days, or
    dates on the weekdays of the other's regular time (dates_on_its_weekdays)."""
    return same_time(a, b) or on_all_the_same_days(a, b) or dates_on_its_weekdays(a, b)


def untimed_there(a: Offer, b: Offer) -> bool:
    """A venue in common, and one entry gives no time at all (no dates, no schedule) while
    the other does: the school's entry "Beratung durch den Jugendmigrationsdienst direkt bei
    uns im Haus" in the room where the JMD holds its Friday hour."""
    return shared_venue(a, b) and (_untimed(a) != _untimed(b))


def _untimed(offer: Offer) -> bool:
    return not (offer.dates or offer.schedule)


def dates_on_its_weekdays(a: Offer, b: Offer) -> bool:
    """One runs on its dates only, the other on a regular schedule only, and every date falls
    on one of the schedule's weekdays: a school's list of the half-year's dates of the
    Agentur's fortnightly hour on Thursdays ("14.1., 28.1., 11.2., 25.2.")."""
    for dated, regular in ((a, b), (b, a)):
        if dated.dates and not dated.schedule and regular.schedule and not regular.dates:
            days = regular_days(regular.schedule)
            return days is not None and all(d.start.weekday() in days[1] for d in dated.dates)
    return False


def on_all_the_same_days(a: Offer, b: Offer) -> bool:
    """Both are dated, and on the same days."""
    return bool(a.dates) and same_days(a, b)


def on_the_same_weekdays(a: Offer, b: Offer) -> bool:
    """Both run on a regular schedule only, on the same weekdays in the same rhythm,
    however each writes its hours ("montags 13:30–15:00 Uhr" and "Mo, 7./8. Std.")."""
    days = _weekdays_of_both(a, b)
    return days is not None and _same_days(*days)


def on_other_weekdays(a: Offer, b: Offer) -> bool:
    """Both run on a regular schedule only, on other weekdays or in another rhythm ("jeden
    1. und 3. Mittwoch" and "jeden 2. und 4. Mittwoch"): two groups, even in one house."""
    days = _weekdays_of_both(a, b)
    return days is not None and not _same_days(*days)


def _same_days(a: tuple[str, frozenset[int]], b: tuple[str, frozenset[int]]) -> bool:
    """The same weekdays (or every day beside some) in one rhythm (schedule_reading:
    "14-tägig" is "jeden 1. und 3." or "2. und 4.")."""
    return days_may_meet(a[1], b[1]) and same_rhythm(a[0], b[0])


def _weekdays_of_both(a: Offer, b: Offer) -> tuple | None:
    """The rhythm and weekdays of both regular schedules (timing.regular_days), or None
    unless both run on one without dates."""
    if a.dates or b.dates:
        return None
    days_a = regular_days(a.schedule)
    days_b = regular_days(b.schedule) if days_a is not None else None
    return None if days_b is None else (days_a, days_b)


# A text saying its offer now meets at another time (folded words): "jetzt dienstags", "ab
# sofort mittwochs", "neuer Termin", "verlegt auf Donnerstag"; the hint holds their first
# words as written.
_WEEKDAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?"
_RESCHEDULED = re.compile(
    rf"\b(?:jetzt|ab sofort|neu|nicht mehr)(?: immer)?(?: am| an)? {_WEEKDAY}\b"
    rf"|\b(?:verlegt|verschoben) auf(?: den)? {_WEEKDAY}\b"
    r"|\bneue[rn]? (?:termin|zeit|uhrzeit|wochentag|tag)\b")
_RESCHEDULED_HINT = re.compile(r"jetzt|sofort|neu|nicht mehr|verlegt|verschoben", re.IGNORECASE)


# Phrases (folded) of a schedule without an hour that give a time to be agreed ("Mo–Fr nach
# Terminvereinbarung"): its weekdays are office days, no slot.
BY_APPOINTMENT = ("nach vereinbarung", "nach absprache", "nach termin", "termin nach",
                  "auf anfrage", "terminvereinbarung")


def hours_unknown(a: Offer, b: Offer) -> bool:
    """Both run on the same weekdays in the same rhythm, one with clock times and the other
    in lessons or without an hour ("Mo, 13:25–14:10 Uhr" and "montags 7. Stunde"): whether
    they meet at one hour cannot be told. Not when the one without an hour is by
    appointment: the BiZ's opening hours beside counselling there "Mo–Fr nach
    Terminvereinbarung" meet at no hour."""
    if not on_the_same_weekdays(a, b) or clocked(a.schedule) == clocked(b.schedule):
        return False
    unclocked = b.schedule if clocked(a.schedule) else a.schedule
    return not by_appointment(unclocked)


def by_appointment(schedule: str | None) -> bool:
    """Whether a schedule names no hour at all (no lessons either) and a time to be agreed
    (BY_APPOINTMENT, as whole words): "Mo–Fr nach Terminvereinbarung", not "montags 7.
    Stunde (Raum nach Absprache)"."""
    return bool(schedule) and regular_time(schedule) is None and \
        holds_phrase(schedule, BY_APPOINTMENT)


def meets(a: Offer, b: Offer) -> bool:
    """Two entries meet their young people at one place (a venue in common, no other) or at
    one time (at_one_time)."""
    if other_venues(a, b):
        return False
    return shared_venue(a, b) or at_one_time(a, b)


def anywhere(offer: Offer) -> bool:
    """An offer reached from anywhere, at any time: no venue, no dates, no regular time (an
    online exchange, a portal). Two such offers for the whole district meet the same young
    people everywhere; a district-wide fair or hour is held at one place and time."""
    return not (offer.venues or offer.dates or offer.schedule)


def same_days(a: Offer, b: Offer) -> bool:
    """The same first days (also when neither has dates)."""
    return {d.start for d in a.dates} == {d.start for d in b.dates}


def other_venues(a: Offer, b: Offer) -> bool:
    """Both name where they take place, and no place is the same: two evenings on one date
    in two halls, a school's training in class beside the Agentur's in the BiZ."""
    return bool(a.venues and b.venues) and set(a.venues).isdisjoint(b.venues)


def other_days(a: Offer, b: Offer) -> bool:
    """Both run on dates only and no day of one falls on a day of the other."""
    dated = a.dates and b.dates and not (a.schedule or b.schedule)
    return bool(dated) and not days_meet(a, b)


def other_season(a: Offer, b: Offer) -> bool:
    """Both run on dates only, each at least SEASON_DAYS away from any date of the other:
    the same format in another round of the school year (a fair in spring beside one in
    autumn), which complements. Two fairs a month apart compete for the same classes. Two
    partners' events for one year group (_one_year_group) meet its pupils in any season."""
    if not other_days(a, b) or _one_year_group(a, b):
        return False
    return all(abs((x.start - y.start).days) >= SEASON_DAYS for x in a.dates for y in b.dates)


def _one_year_group(a: Offer, b: Offer) -> bool:
    """Two partners' events for the pupils of one class (the other's classes hold it, no
    school leavers): each year its whole year group goes to both, as classes (a town's job
    parcours for all 8th classes in March beside a chamber's job rally for them in October).
    An open fair for several classes and leavers in spring and one in autumn are two
    chances for the same visitors."""
    one, other = sorted((set(a.target.classes), set(b.target.classes)), key=len)
    return a.provider != b.provider and len(one) == 1 and one <= other and \
        not (a.target.school_leavers or b.target.school_leavers)


def days_meet(a: Offer, b: Offer) -> bool:
    """Some date of one falls within some date (or period) of the other."""
    return any(x.start <= (y.end or y.start) and y.start <= (x.end or x.start)
               for x in a.dates for y in b.dates)


def other_timing(a: Offer, b: Offer) -> bool:
    """One runs on its dates only, the other on a weekly schedule only (dates on its
    weekdays too: a listed date is no regular time)."""
    def dated(o: Offer) -> bool:
        return bool(o.dates) and not o.schedule

    def weekly(o: Offer) -> bool:
        return bool(o.schedule) and not o.dates
    return (dated(a) and weekly(b)) or (weekly(a) and dated(b))


def rescheduled(a: Offer, b: Offer) -> bool:
    """One provider's two entries at one venue, one of which says the offer now meets at
    another time (_RESCHEDULED): the old entry and the new one ("Bewerbungs-Sprechstunde –
    jetzt dienstags!" beside the application corner on Mondays in the same room)."""
    return a.provider == b.provider and shared_venue(a, b) and (
        says_rescheduled(a) or says_rescheduled(b))


def says_rescheduled(offer: Offer) -> bool:
    """Whether the entry says its offer now meets at another time (_RESCHEDULED)."""
    return _says_rescheduled(offer.title, offer.summary, offer.description or "")


@lru_cache(maxsize=4096)
def _says_rescheduled(title: str, summary: str, description: str) -> bool:
    return says(f"{title} {summary} {description}", _RESCHEDULED, _RESCHEDULED_HINT)
