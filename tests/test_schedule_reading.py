"""One regular time, however a partner writes it: the duplicate check's strongest sign that
two entries describe one offer is that they meet their young people at one time."""

import pytest

from generator.analyse.schedule_reading import clock_time, meeting_days
from generator.analyse.timing import hours_in_common, regular_time, same_hours

SAME = [
    ("Di 14.30–16.00", "dienstags 14:30–16:00 Uhr", "jeden Dienstag von 14:30 bis 16 Uhr"),
    ("do 12:15–13:00", "donnerstags 12:15–13:00 Uhr (nicht in den Ferien)"),
    ("Mo–Fr 8–18 Uhr", "montags bis freitags 08:00 bis 18:00"),
    ("Mi 8–12.30 Uhr", "mittwochs 8:00–12:30 Uhr"),
    ("Mo–Do 8:30–12:30 Uhr, Start im August", "montags bis donnerstags vormittags (8.30–12.30)"),
    ("1. Di/Monat 10–13 h", "jeden ersten Dienstag im Monat von 10 bis 13 Uhr"),
    ("jeden 1. Freitag im Monat ab 18 Uhr", "monatlich, 1. Freitag, 18.00 Uhr"),
    ("einmal im Quartal, dienstags 18 Uhr", "alle drei Monate, Dienstag 18:00"),
    ("Mittwochs 14-17 Uhr", "mittwochs 14–17 Uhr"),
    ("werktags 8:00 bis 14:00", "Mo–Fr 8–14 Uhr"),
    ("erster Do im Monat, 11:40–13:15", "jeden 1. Donnerstag im Monat 11:40-13:15 Uhr"),
    # lessons with their clock times beside them are read by the clock times
    ("Fr. 7./8. Std. (13.30–15.00)", "freitags 13:30–15:00 Uhr"),
    ("14-täglich donnerstags, 3. und 4. Stunde (9:50–11:25 Uhr)", "14-tägig Do 9.50-11.25"),
]
OTHER = [
    ("dienstags 14–16 Uhr", "donnerstags 14–16 Uhr"),  # another day
    ("donnerstags 15–16:30 Uhr", "donnerstags 17–18:30 Uhr"),  # another hour
    ("jeden 2. Montag im Monat 9–12 Uhr", "jeden 4. Montag im Monat 9–12 Uhr"),  # other weeks
    ("jeden 1. und 3. Mittwoch 14–17 Uhr", "jeden 2. und 4. Mittwoch 14–17 Uhr"),
    ("mittwochs 14–16 Uhr", "14-tägig mittwochs 14–16 Uhr"),  # every week, every other week
    ("montags 9–12 Uhr", "jeden 1. Montag im Monat 9–12 Uhr"),  # every week, once a month
    ("Mo + Mi, 1./2. Stunde", "Mo + Mi, 3./4. Stunde"),  # lessons: read as written
]


@pytest.mark.parametrize("notations", SAME)
def test_one_time_in_many_notations(notations):
    times = {regular_time(n) for n in notations}
    assert len(times) == 1 and clock_time(notations[0]) is not None, times


@pytest.mark.parametrize("a, b", OTHER)
def test_other_times_stay_apart(a, b):
    assert regular_time(a) != regular_time(b)


def test_a_start_alone_is_the_time_that_starts_then():
    """An old entry "ab 19 Uhr" and a new one "19:00-20:30" on the same days: one time. On
    other days, or from another hour, it is none."""
    assert same_hours("1. Di im Monat ab 19 Uhr", "jeden 1. Dienstag im Monat, 19:00-20:30")
    assert same_hours("dienstags 19:00-20:30", "Di ab 19 Uhr")
    assert not same_hours("1. Di im Monat ab 19 Uhr", "jeden 3. Dienstag im Monat, 19–20:30")
    assert not same_hours("dienstags ab 18 Uhr", "dienstags 19:00-20:30")
    assert not same_hours("dienstags 19:00-20:00", "dienstags 19:00-20:30")
    assert not same_hours("Di, 7. Stunde", "Di 7–8 Uhr")  # lessons: no clock time to start


def test_what_cannot_be_read_stays_as_written():
    assert regular_time("nach Vereinbarung") is None  # no hour: no time
    assert clock_time("Mo + Mi, 1./2. Stunde") is None  # lessons, not clock times
    assert regular_time("Mo + Mi, 1./2. Stunde") == ("mo", "mi", "1", "2", "stunde")
    assert clock_time("ab 1. Februar") is None  # no weekday


def test_the_days_of_an_hour_written_in_lessons():
    """Weekdays and rhythm, also where lessons stand for the hour."""
    assert meeting_days("Mo, 7./8. Std.") == meeting_days("montags 13:30–15:00 Uhr")
    assert meeting_days("Fr 3.–5. Std.") == ("woechentlich", frozenset({4}))
    assert meeting_days("Do, 3.+4. Stunde") == meeting_days("donnerstags 10:00–12:00 Uhr")
    assert meeting_days("2. + 4. Mi im Monat") == meeting_days("jeden 2. und 4. Mittwoch")
    assert meeting_days("jeden 1. und 3. Mittwoch") != meeting_days("2. + 4. Mi im Monat")


def test_every_day_and_every_other_week_as_partners_write_them():
    """"täglich" and "jeden Abend" meet on all seven days where no weekday is named (not
    "14-täglich", not "4 Stunden täglich"), and every day meets any weekdays; every other
    week on a weekday may be "jeden 1. und 3." or "2. und 4." of it, not weekly."""
    assert meeting_days("täglich 17–23 Uhr") == ("woechentlich", frozenset(range(7)))
    assert same_hours("täglich 17–23 Uhr", "jeden Abend 17:00 bis 23:00")
    assert same_hours("täglich 8–14 Uhr", "Mo–Fr 8–14 Uhr")
    assert meeting_days("Montag bis Freitag, 4 Stunden täglich") == meeting_days("Mo–Fr")
    assert meeting_days("14-täglich donnerstags") == ("14-taegig", frozenset({3}))
    assert meeting_days("14 täglich donnerstags") == ("14-taegig", frozenset({3}))
    assert same_hours("jeden 2. und 4. Mittwoch, 12:30–14:30 Uhr", "14-tägig mittwochs 12.30-14.30")
    assert same_hours("jeden 1. und 3. Mittwoch, 12:30–14:30 Uhr", "14-tägig mittwochs 12.30-14.30")
    assert not same_hours("jeden 1. und 3. Mittwoch, 12:30–14:30", "jeden 2. und 4. Mittwoch 12:30-14:30")
    assert not same_hours("14-tägig mittwochs 12:30–14:30", "mittwochs 12:30–14:30")


def test_a_term_a_class_or_a_year_is_no_week_of_the_month():
    """"ab 2. Halbjahr" says when a weekly practice day starts, not that it meets on the
    second Wednesday; "jeden 2. Mittwoch" does."""
    weekly = meeting_days("mittwochs 8–14 Uhr")
    assert meeting_days("jeden Mittwoch ganztags (ab 2. Halbjahr)") == weekly
    assert meeting_days("Mi, 9. Klasse") == weekly
    assert meeting_days("im 1. Lehrjahr mittwochs") == weekly
    assert meeting_days("jeden 2. Mittwoch") != weekly


def test_the_even_and_the_odd_calendar_weeks_are_other_days():
    """"gerade Kalenderwochen" and "ungerade KW" are every other week, each on other days:
    the Agentur's hour at two schools on alternate Tuesdays. Beside every other week with no
    weeks named, either may be that time."""
    even, odd = "dienstags 8–11 Uhr (gerade Kalenderwochen)", "Di 8-11 Uhr, ungerade KW"
    assert meeting_days(even) == ("14-taegig gerade", frozenset({1}))
    assert meeting_days(odd) == ("14-taegig ungerade", frozenset({1}))
    assert not same_hours(even, odd)
    assert same_hours(even, "dienstags 8–11 Uhr in geraden Wochen")
    assert same_hours(even, "14-tägig dienstags 8–11 Uhr")
    assert not same_hours(even, "dienstags 8–11 Uhr")  # every week


def test_an_hour_in_common_on_a_day_in_common():
    """A new entry that keeps the old hour and adds a day meets the old one at that hour;
    another hour that day, or the same hour on another day, does not."""
    old = "dienstags 14–17 Uhr"
    assert hours_in_common(old, "Di 14–17 Uhr (offene Sprechzeit), Termine auch Do 9–12 Uhr")
    assert not hours_in_common(old, "donnerstags 14–17 Uhr")
    assert not hours_in_common(old, "dienstags 9–12 Uhr")
    assert not hours_in_common(old, "14-tägig dienstags 14–17 Uhr")
    assert not hours_in_common(old, "nach Absprache")
    assert hours_in_common("Mo–Mi und Fr 8:00–12:30 Uhr, Do 8:00–18:00 Uhr",
                           "montags bis freitags ab 8 Uhr, donnerstags lang bis 18 Uhr")


def test_every_second_weekday_without_a_month_is_every_other_week():
    """"jeden 2. Di" and "jeden zweiten Dienstag" meet every other Tuesday; "jeden 2.
    Dienstag im Monat" once a month, and "jeden 2. und 4. Mittwoch" on those weeks."""
    assert meeting_days("jeden 2. Di, 3.–5. Std.") == ("14-taegig", frozenset({1}))
    assert meeting_days("jeden zweiten Dienstag 9–12 Uhr") == ("14-taegig", frozenset({1}))
    assert meeting_days("jeden 2. Dienstag im Monat") == ("monatlich 2", frozenset({1}))
    assert meeting_days("jeden 2. und 4. Mittwoch") == ("monatlich 2 4", frozenset({2}))


def test_schedules_as_partners_write_them_in_the_seventeenth_round():
    """"Mo.–Do." is a range of days; "Start 1. September" is a day of a month, not the first
    week of each month; "Fr nach Vereinbarung" beside regular days is no day of the offer;
    "alle 14 Tage" and "gerade Woche" are every other week."""
    assert meeting_days("Mo.–Do. 09:00–12:30 Uhr") == meeting_days("montags bis donnerstags 9–12:30")
    assert meeting_days("werktags 7.45 bis 14.15, Start 1. September") == \
        ("woechentlich", frozenset(range(5)))
    assert meeting_days("werktags vormittags ab 1. März")[0] == "woechentlich"
    assert meeting_days("Mo–Do 7:45–14:00 Uhr, Fr nach Vereinbarung") == \
        ("woechentlich", frozenset(range(4)))
    assert meeting_days("Mo nach Vereinbarung") == ("woechentlich", frozenset({0}))
    assert meeting_days("alle 14 Tage dienstags ab 14 Uhr") == ("14-taegig", frozenset({1}))
    assert meeting_days("Di (gerade Woche), 1.–4. Std.") == ("14-taegig gerade", frozenset({1}))


def test_how_often_a_course_can_be_joined_is_not_how_often_it_meets():
    """"Mo–Fr 8:30–12:45 Uhr, Einstieg monatlich" meets every weekday: a monthly entry is
    no monthly meeting (b80-038). "monatlich, 3. Mi" still meets once a month."""
    assert regular_time("Mo–Fr 8:30–12:45 Uhr, Einstieg monatlich") == \
        regular_time("jeden Vormittag Mo bis Fr, 8.30 bis 12.45")
    assert regular_time("monatlich, 3. Mi, 14.00–17.00 Uhr")[0] == "monatlich 3"
