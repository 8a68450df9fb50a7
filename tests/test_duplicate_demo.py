"""The duplicates planted in the demo district are found; look-alikes that are not the same
offer are not, and likely duplicates are told apart from possible double structures."""

import datetime as dt
from pathlib import Path

import pytest

from generator.analyse.duplicates import DUPLICATE_CODES
from generator.analyse.report import build_report
from generator.validate.check import check_data_root

REPO = Path(__file__).parent.parent
TODAY = dt.date(2026, 11, 24)

# two schools wrote up the same evening, same date and hall
SAME_EVENING = ("elternabend-berufswahl-realschule-lindenau",
                "infoabend-eltern-berufsorientierung-gesamtschule-lindenau")
PLANTED = [  # written as duplicates by the demo's authors
    ("bewerbungsfit-lernwerkstatt-bergheide", "bewerbungstraining-bildungswerk-bergheide"),
    ("deutsch-vor-der-ausbildung-jmd", "sprachkurs-berufsvorbereitung-bildungswerk"),
    ("orientierungswerkstatt-inklusion", "praxiswerkstatt-handicap-auental"),
    ("hilfe-junge-menschen-ohne-plan-kreis", "orientierung-ohne-plan-jobcenter"),
    ("azubi-speed-dating-ihk-2027", "speed-dating-handwerk-2027"),
    SAME_EVENING,
    ("bewerbungsfotos-mappencheck-berufskolleg-lindenau",
     "fotoshooting-bewerbungsunterlagen-gymnasium-lindenau"),
]
INTENDED = [
    ("bewerbungstraining-agentur-biz", "bewerbungswerkstatt-jobcenter-u25"),
    ("hauptschulabschluss-nachholen-bildungswerk", "schulabschluss-mit-sprachbegleitung-jmd"),
    ("girls-boys-day-gesamtschule-rosenfeld", "girls-boys-day-realschule-rosenfeld"),
]
NOT_DUPLICATES = [
    # the autumn course is over on the demo day: a past event is compared with nothing
    ("bewerbungs-crashkurs-herbst-bildungswerk", "bewerbungs-crashkurs-ostern-bildungswerk"),
    # same title, other town
    ("tag-der-berufe-realschule-rosenfeld", "tag-der-berufe-sekundarschule-muehlental"),
    # each school's own internship for its own pupils
    ("betriebspraktikum-gesamtschule-lindenau", "betriebspraktikum-gymnasium-lindenau"),
]


@pytest.fixture(scope="module")
def report():
    data = check_data_root(REPO, TODAY).dataset
    return build_report(data, TODAY).as_dict()


def pairs(findings, codes=DUPLICATE_CODES):
    return {tuple(f["offers"]): f for f in findings if f["code"] in codes}


@pytest.mark.parametrize("pair", PLANTED)
def test_planted_duplicates_are_found(report, pair):
    assert tuple(sorted(pair)) in pairs(report["findings"])


@pytest.mark.parametrize("pair", INTENDED)
def test_intended_overlaps_are_acknowledged_only(report, pair):
    assert tuple(sorted(pair)) in pairs(report["acknowledged"], ("duplicate-acknowledged",))
    assert tuple(sorted(pair)) not in pairs(report["findings"])


@pytest.mark.parametrize("pair", NOT_DUPLICATES)
def test_look_alikes_are_not_reported(report, pair):
    assert tuple(sorted(pair)) not in pairs(report["findings"])


def test_same_event_of_two_schools_names_the_date(report):
    found = pairs(report["findings"])[tuple(sorted(SAME_EVENING))]
    assert "gleicher Termin am 21.01.2027" in found["reasons"]


def test_likely_duplicates_warn_and_possible_ones_inform(report):
    for finding in report["findings"]:
        if finding["code"] == "duplicate-near":
            assert finding["severity"] == "warning" and finding["score"] >= 0.75
        if finding["code"] == "duplicate-possible":
            assert finding["severity"] == "info" and 0.6 <= finding["score"] < 0.75
