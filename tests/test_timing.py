"""The one notion of time that lists, search, handouts and exports share."""

from __future__ import annotations

import datetime as dt

from generator.analyse.selection import is_current
from generator.analyse.timing import deadline_passed, is_over, next_date, upcoming_dates
from generator.model.offer import Appointment, Offer, Registration

TODAY = dt.date(2026, 11, 30)


def make_offer(dates=(), schedule=None, deadline=None) -> Offer:
    return Offer(
        id="probe", provider="traeger", title="Bewerbungstraining", summary="Kurz.",
        category="bewerbung", target={"classes": [9], "audiences": ["schueler"]},
        municipalities="kreisweit", contact="traeger/team", last_reviewed=TODAY,
        dates=[Appointment(start=start, end=end) for start, end in dates], schedule=schedule,
        registration=Registration(required=True, deadline=deadline) if deadline else None)


def test_an_offer_whose_dates_are_all_past_is_over_and_not_current():
    offer = make_offer(dates=[(dt.date(2026, 9, 1), None), (dt.date(2026, 11, 29), None)])
    assert is_over(offer, TODAY)
    assert not is_current(offer, TODAY)
    assert next_date(offer, TODAY) is None


def test_a_regular_schedule_keeps_an_offer_with_past_dates_going():
    offer = make_offer(dates=[(dt.date(2026, 9, 1), None)], schedule="Jeden Dienstag")
    assert not is_over(offer, TODAY)
    assert is_current(offer, TODAY)


def test_an_offer_without_dates_is_never_over():
    assert not is_over(make_offer(), TODAY)


def test_the_next_date_is_never_in_the_past():
    offer = make_offer(dates=[(dt.date(2026, 11, 2), dt.date(2026, 12, 4)),
                              (dt.date(2026, 10, 1), None), (dt.date(2027, 1, 5), None)])
    assert [a.start for a in upcoming_dates(offer, TODAY)] == [dt.date(2026, 11, 2),
                                                                dt.date(2027, 1, 5)]
    assert next_date(offer, TODAY) == TODAY  # a running course takes place today
    assert next_date(offer, dt.date(2026, 12, 5)) == dt.date(2027, 1, 5)


def test_a_deadline_before_today_has_passed():
    assert deadline_passed(make_offer(deadline=dt.date(2026, 11, 29)), TODAY)
    assert not deadline_passed(make_offer(deadline=TODAY), TODAY)
    assert not deadline_passed(make_offer(), TODAY)
