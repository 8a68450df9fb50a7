"""A regular time as partners write it, read into one form: "Di 14.30–16.00", "dienstags
14:30–16:00 Uhr" and "jeden Dienstag von 14:30 bis 16 Uhr" are one time. Two entries at one
time are one of the strongest signs that they describe one offer, and partners write the
same time in many ways (weekday names or short forms, "–", "-" or "bis", "14.30" or "14:30",
with or without "Uhr").

A schedule is read only when it names weekdays and clock times; its rhythm (weekly, every
other week, monthly with its weeks, quarterly) belongs to the time. A schedule with lessons
("1./2. Stunde") or without a day or an hour is left as written (clock_time gives None).
"""

from __future__ import annotations

import re

from generator.analyse.text_normal import fold

WEEKDAYS = ("mo", "di", "mi", "do", "fr", "sa", "so")
# "so" (Sonntag) only written out: "so" is also a common word
_DAY_WORDS = {
    **{f"{name}{end}": i for i, name in enumerate(
        ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"))
       for end in ("", "s")},
    "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "sonnabend": 5, "sonnabends": 5,
}
_DAY = "|".join(sorted(map(re.escape, _DAY_WORDS), key=len, reverse=True))
_DAY_RANGE = re.compile(rf"\b({_DAY})\b\.?\s*(?:-|–|bis)\s*\b({_DAY})\b")  # "Mo.–Do." too
_DAY_WORD = re.compile(rf"\b({_DAY})\b")
_DAY_BY_APPOINTMENT = re.compile(
    rf"\b(?:{_DAY})\b\.?\s*(?:nur\s+)?(?:nach (?:vereinbarung|absprache)|auf anfrage)")
# "werktags 8:00 bis 14:00" is "Mo–Fr 8–14 Uhr"
_WORKDAYS = re.compile(r"\b(?:werktags|wochentags|werktaeglich|an werktagen)\b")
# "täglich 17–23 Uhr", "jeden Abend 17 bis 23 Uhr" are all seven days where no weekday is
# named; not "14-täglich", "14 täglich" nor "4 Stunden täglich" (how long, not which days)
_DAILY = re.compile(r"(?<![\w-])(?<!\d )(?<!stunden )(?<!std )"
                    r"(?:taeglich|jeden (?:tag|abend|morgen)|an allen tagen)\b")
EVERY_DAY = frozenset(range(7))
_CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?"
_TIME_RANGE = re.compile(rf"(?<![\d.]){_CLOCK}\s*(?:uhr|h)?\s*(?:-|–|bis)\s*{_CLOCK}(?!\.?\d)")
# "18 Uhr", "18.00 Uhr", "18:00"; not the day of a date ("18.09.")
_TIME_ALONE = re.compile(r"(?<![\d.])(\d{1,2})(?:[:.](\d{2})(?![.\d])|\s*(?:uhr|h)\b)")
_LESSONS = re.compile(r"\b(?:stunde|stunden|std)\b")
# "7./8. Std.", "3.–5. Stunde", "3.+4. Stunde": lesson numbers, no weeks of the month
_LESSON_NUMBERS = re.compile(r"(?:\d{1,2}\.?\s*(?:[-–/+&,]|bis|und)\s*)?\d{1,2}\.?\s*(?:stunden?|std)\b")
# the weeks of a month ("jeden 1. und 3. Mittwoch"); not a term, a class, a year or a day of a
# month ("ab 2. Halbjahr", "9. Klasse", "im 1. Lehrjahr", "Start 1. September")
_ORDINAL = re.compile(r"(?<![\d.])([1-5])\.(?!\d)(?!\s*(?:halbjahr|schulhalbjahr|schuljahr"
                      r"|klasse|jahrgang|lehrjahr|ausbildungsjahr|jahr|semester|quartal"
                      r"|januar|februar|maerz|april|mai|juni|juli|august|september|oktober"
                      r"|november|dezember))")
_ORDINAL_WORDS = {f"{word}{end}": week for word, week in (
    ("erste", "1"), ("zweite", "2"), ("dritte", "3"), ("vierte", "4"), ("letzte", "L"))
    for end in ("", "n", "r")}  # "jeden ersten Dienstag", "erster Do im Monat"
# "jeden 2. Dienstag", "jede 2. Woche" without a month: every other one
_EVERY_SECOND = re.compile(r"\bjede[nrs]? 2\.|\bjede[nrs]? zweite[nrs]?\b")
_QUARTERLY = re.compile(r"quartal|drei monate|3 monate|vierteljaehrlich")
_FORTNIGHTLY = re.compile(r"14\s*-?\s*tae(?:gig|glich)|vierzehntae(?:gig|glich)|zweiwoechentlich"
                          r"|alle (?:zwei|2) wochen|alle (?:vierzehn|14) tage")
# every other week, and which of the two: "gerade Kalenderwochen", "ungerade Woche" and
# "ungerade KW" are other Tuesdays
_WEEK_PARITY = re.compile(r"\b(un)?gerade[n]? (?:kalender)?(?:wochen?|kw)\b")


def clock_time(schedule: str) -> tuple[str, ...] | None:
    """("monatlich 1", "di", "10:00-13:00") for "1. Di/Monat 10–13 h" and for "jeden ersten
    Dienstag im Monat von 10 bis 13 Uhr"; None when the schedule names no weekday or no
    clock time, or counts lessons without clock times."""
    text = fold(schedule)
    if _LESSONS.search(text):
        # lessons with their clock times beside them ("Fr. 7./8. Std. (13.30–15.00)") are
        # read by the clock times; lessons alone are left as written
        text = _LESSON_NUMBERS.sub(" ", text)
        if _LESSONS.search(text):
            return None
    days, times = _weekdays(text), _clock_times(text)
    if not days or not times:
        return None
    return (_rhythm(text), " ".join(WEEKDAYS[d] for d in sorted(days)), *times)


def meeting_days(schedule: str) -> tuple[str, frozenset[int]]:
    """The rhythm and the weekdays (0 = Monday) of a schedule, also when it counts lessons
    or gives no hour: "Mo, 7./8. Std." and "montags 13:30–15:00 Uhr" both meet weekly on
    Monday; "jeden 1. und 3. Mittwoch" meets on other Wednesdays than "2. + 4. Mi"."""
    text = _LESSON_NUMBERS.sub(" ", fold(schedule))
    return _rhythm(text), frozenset(_weekdays(text))


def _weekdays(text: str) -> set[int]:
    """The weekdays a schedule meets on; a day only by appointment beside others ("Mo–Do
    7:45–14 Uhr, Fr nach Vereinbarung") is no day it meets on."""
    regular = _DAY_BY_APPOINTMENT.sub(" ", text)
    if _DAY_WORD.search(regular):
        text = regular
    days: set[int] = set()
    for first, last in _DAY_RANGE.findall(text):
        start, end = _DAY_WORDS[first], _DAY_WORDS[last]
        days.update(range(start, end + 1) if start <= end else ())
    days.update(_DAY_WORDS[word] for word in _DAY_WORD.findall(text))
    if _WORKDAYS.search(text):
        days.update(range(5))
    if not days and _DAILY.search(text):
        days.update(EVERY_DAY)
    return days


FORTNIGHTLY = "14-taegig"
# Every other week on a weekday and "jeden 1. und 3." (or "2. und 4.") of it in the month are
# one rhythm as partners write it: the school's "14-tägig mittwochs" for the Caritas' hour
# "jeden 2. und 4. Mittwoch".
_ONE_FORTNIGHT = frozenset({frozenset({FORTNIGHTLY, "monatlich 1 3"}),
                            frozenset({FORTNIGHTLY, "monatlich 2 4"})})


def same_rhythm(a: str, b: str) -> bool:
    """Whether two rhythms (clock_time, meeting_days) may be one: equal, or every other week
    beside the 1st and 3rd or the 2nd and 4th week of the month, or beside the even or the
    odd weeks (which the other does not say); the even weeks are not the odd ones."""
    if a == b:
        return True
    if a.startswith(FORTNIGHTLY) and b.startswith(FORTNIGHTLY):
        return FORTNIGHTLY in (a, b)  # the weeks one names, the other does not
    return frozenset({_fortnight(a), _fortnight(b)}) in _ONE_FORTNIGHT


def _fortnight(rhythm: str) -> str:
    """Every other week, whichever weeks ("14-taegig gerade" is "14-taegig")."""
    return FORTNIGHTLY if rhythm.startswith(FORTNIGHTLY) else rhythm


def days_may_meet(a: frozenset[int], b: frozenset[int]) -> bool:
    """The same weekdays, or every day beside some ("täglich 8–14 Uhr" and "Mo–Fr 8–14 Uhr"
    for one workshop)."""
    return a == b or EVERY_DAY in (a, b)


def _clock_times(text: str) -> list[str]:
    times = []
    for match in _TIME_RANGE.finditer(text):
        start, end = _clock(*match.group(1, 2)), _clock(*match.group(3, 4))
        if start and end:
            times.append(f"{start}-{end}")
    if not times:
        times = [c for c in (_clock(*m.group(1, 2)) for m in _TIME_ALONE.finditer(text)) if c]
    return sorted(set(times))


def _clock(hour: str, minute: str | None) -> str | None:
    h, m = int(hour), int(minute or 0)
    return f"{h:02d}:{m:02d}" if h <= 24 and m < 60 else None


# How often a course can be joined, not how often it meets: "Mo–Fr 8:30–12:45 Uhr, Einstieg
# monatlich" meets every weekday
_ENTRY_RHYTHM = re.compile(r"\b(?:einstieg|kursbeginn|kursstart|beginn|start|aufnahme)\w*"
                           r"(?: (?:ist|jeden|jede|einmal|im))* (?:monatlich|monat|quartal\w*|"
                           r"vierteljaehrlich|halbjaehrlich)\b")


def _rhythm(text: str) -> str:
    text = _ENTRY_RHYTHM.sub(" ", text)
    if _QUARTERLY.search(text):
        return "quartal"
    parity = _WEEK_PARITY.search(text)
    if parity:
        return f"{FORTNIGHTLY} {'ungerade' if parity.group(1) else 'gerade'}"
    if _FORTNIGHTLY.search(text):
        return FORTNIGHTLY
    weeks = sorted(set(_ORDINAL.findall(text))
                   | {n for word, n in _ORDINAL_WORDS.items() if re.search(rf"\b{word}\b", text)})
    if weeks == ["2"] and "monat" not in text and _EVERY_SECOND.search(text):
        return FORTNIGHTLY  # "jeden 2. Di": every other Tuesday, not a week of the month
    if weeks or "monat" in text:
        return " ".join(("monatlich", *weeks))
    return "woechentlich"
