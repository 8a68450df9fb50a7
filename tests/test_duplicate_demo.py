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

NOT_THE_SAME_OFFER = [
    # a school's information evening on one date beside a counselling service's regular
    # hours in its own house: texts on the same question, two offers
    ("elternberatung-uebergang-inklusion", "infoabend-uebergang-foerderschule-weidenhof"),
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


@pytest.mark.parametrize("pair", NOT_THE_SAME_OFFER)
def test_two_formats_are_not_one_offer(report, pair):
    found = pairs(report["findings"]).get(tuple(sorted(pair)))
    assert found is None or found["kind"] != "same-offer"


def test_same_event_of_two_schools_names_the_date(report):
    found = pairs(report["findings"])[tuple(sorted(SAME_EVENING))]
    assert "gleicher Termin am 21.01.2027" in found["reasons"]


def test_same_offers_warn_and_double_structures_inform(report):
    kinds = {"duplicate-near": "same-offer", "duplicate-structure": "double-structure"}
    for finding in report["findings"]:
        if finding["code"] == "duplicate-near":
            assert finding["severity"] == "warning" and finding["score"] >= 0.6
            assert finding["message"].startswith("Dasselbe Angebot doppelt:")
        if finding["code"] == "duplicate-structure":
            assert finding["severity"] == "info"
            assert finding["message"].startswith("Doppelstruktur?")
        if finding["code"] in kinds:
            assert finding["kind"] == kinds[finding["code"]] and len(finding["offers"]) == 2


def test_a_meeting_can_take_the_double_structures(report):
    structures = [f for f in report["findings"] if f["code"] == "duplicate-structure"]
    groups = report["structure_groups"]
    assert 1 <= len(groups) <= 15  # the questions; each pair is a finding of its own
    assert {f["group"] for f in structures} == {g["key"] for g in groups}
    # one question per kind of help, wherever in the district its pairs meet (Persönliche
    # Begleitung in Rosenfeld and in Lindenau is one question, not two)
    kinds = [g["key"].split(":")[0] for g in groups]
    assert len(kinds) == len(set(kinds))
    assert "duplicate-possible" not in report["summary"]["findings"]


def test_the_archetype_across_rechtskreise_is_named(report):
    """Jobcenter (SGB II) and Jugendamt (SGB VIII) help the same young people."""
    found = pairs(report["findings"])
    pair = found[tuple(sorted(("coaching-16h-lindenau", "jugendhaus-beratung-rosenfeld")))]
    assert pair["code"] == "duplicate-structure"
    assert pair["legal_spheres"] == ["SGB II", "SGB VIII"]
    assert pair["reasons"][:2] == [
        "verschiedene Rechtskreise: SGB II und SGB VIII",
        "benachbarte Kategorien Coaching und Jugendsozialarbeit (Persönliche Begleitung)"]


def test_oversupply_cells_list_their_offers_and_the_acknowledged_cell_is_apart(report):
    cells = [f for f in report["findings"] if f["code"] == "oversupply-cell"]
    assert cells and all(len(f["offers"]) > 6 and f["band"] and f["category"]
                         and len(f["municipalities"]) == 1 for f in cells)
    accepted = [f for f in report["acknowledged"] if f["code"] == "oversupply-acknowledged"]
    assert [(f["municipalities"], f["category"], f["band"]) for f in accepted] == [
        (["05799004"], "praktikum", "9–10")]
    matrix = {(c["municipality"], c["category"], c["band"]): c
              for c in report["coverage"]["cells"]}
    assert matrix[("05799004", "praktikum", "9–10")]["oversupply"] == "acknowledged"
    assert sum(c["oversupply"] == "review" for c in matrix.values()) == len(cells)


def test_decisions_older_than_a_school_year_come_back(report):
    outdated = [f for f in report["findings"] if f["code"] == "acknowledgement-outdated"]
    assert len(outdated) == 2  # the Lindenau cell (2025-06-12) and the JMD pair (2025-05-20)
    assert {f["acknowledgement"]["decided"] for f in outdated} == {"2025-06-12", "2025-05-20"}
    assert all("älter als ein Schuljahr" in f["message"] for f in outdated)
