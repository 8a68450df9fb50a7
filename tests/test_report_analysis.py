"""The quality report's analyses on real data roots: duplicates, gaps, data quality."""

from __future__ import annotations

import datetime as dt

from generator.analyse.report import build_report
from generator.validate.check import check_data_root
from tests.report_support import offer, write_root

TODAY = dt.date(2026, 12, 1)
ORIGINAL = offer("bewerbung-a", "traeger-a", "Bewerbungstraining in Testheim", ["05799004"])
REWORDED = offer(
    "bewerbung-b", "traeger-b", "Bewerbungs-Training für die Klassen 9 und 10", ["05799004"],
    summary="Lebenslauf, Anschreiben und Vorstellungsgespräch üben.",
    description="An drei Nachmittagen entsteht dein Lebenslauf mit Anschreiben; zum Schluss "
                "übst du das Vorstellungsgespraech.")


def report_for(tmp_path, offers):
    result = check_data_root(write_root(tmp_path, offers), TODAY)
    assert result.ok, result.findings.errors
    return build_report(result.dataset, TODAY).as_dict()


def codes(report, code):
    return [f for f in report["findings"] if f["code"] == code]


def test_near_duplicate_of_two_providers_is_found_with_reasons(tmp_path):
    report = report_for(tmp_path, [ORIGINAL, REWORDED])
    [pair] = codes(report, "duplicate-near")
    assert pair["offers"] == ["bewerbung-a", "bewerbung-b"]
    assert pair["partners"] == ["traeger-a", "traeger-b"]
    assert pair["municipalities"] == ["05799004"]
    assert 0.6 <= pair["score"] <= 1
    assert pair["reasons"][:3] == ["gleiche Kategorie Bewerbungstraining",
                                   "Klassen 9–10 überschneiden sich", "beide in Testheim"]
    assert pair["reasons"][3].startswith("Titel zu ")
    assert pair["file"] == "offers/traeger-a/bewerbung-a.yaml"


def test_copy_inside_one_provider_is_exact(tmp_path):
    copy = dict(ORIGINAL, id="bewerbung-a-kopie")
    report = report_for(tmp_path, [ORIGINAL, copy])
    [pair] = codes(report, "duplicate-exact")
    assert pair["score"] == 1.0
    assert pair["reasons"][0].startswith("gleicher Wortlaut")


def test_intended_overlap_is_acknowledged_not_found(tmp_path):
    marked = dict(REWORDED, intended_overlaps=[
        {"offer": "bewerbung-a", "reason": "Eigene Gruppe für Jugendliche im Bürgergeld."}])
    report = report_for(tmp_path, [ORIGINAL, marked])
    assert not codes(report, "duplicate-near")
    [pair] = report["acknowledged"]
    assert pair["code"] == "duplicate-acknowledged"
    assert "Eigene Gruppe für Jugendliche im Bürgergeld." in pair["message"]


def test_same_title_in_different_towns_is_no_duplicate(tmp_path):
    other_town = dict(ORIGINAL, id="bewerbung-seedorf", municipalities=["05799012"])
    report = report_for(tmp_path, [ORIGINAL, other_town])
    assert not [f for f in report["findings"] if f["code"].startswith("duplicate")]


def test_same_topic_for_other_classes_is_no_duplicate(tmp_path):
    younger = dict(ORIGINAL, id="bewerbung-klasse-7", provider="traeger-b",
                   contact="traeger-b/beratung", target={"classes": [7], "audiences": ["schueler"]})
    report = report_for(tmp_path, [ORIGINAL, younger])
    assert not [f for f in report["findings"] if f["code"].startswith("duplicate")]


def test_coverage_gaps_and_network_gaps(tmp_path):
    report = report_for(tmp_path, [ORIGINAL, offer(
        "oberstufe", "traeger-b", "Studienwahl", ["05799012"], classes=[12],
        category="studienorientierung")])
    gaps = codes(report, "coverage-gap")
    assert [g["municipalities"] for g in gaps] == [["05799008"], ["05799012"]]
    assert gaps[0]["rule"] == "bewerbung-9-10"
    assert "In Mühlendorf fehlt ein Angebot der Kategorie Bewerbungstraining" in gaps[0]["message"]
    [school] = codes(report, "school-without-counsellor")
    assert school["schools"] == ["hauptschule-seedorf"]
    [lonely] = codes(report, "classes-without-school")
    assert lonely["offers"] == ["oberstufe"]
    missing = [c for c in report["coverage"]["cells"] if c["missing"]]
    assert {(c["municipality"], c["band"]) for c in missing} == {("05799008", "9–10"),
                                                                 ("05799012", "9–10")}


def test_inactive_and_expired_offers_cover_nothing(tmp_path):
    inactive = dict(ORIGINAL, id="inaktiv", municipalities=["05799008"], status="inactive")
    expired = dict(ORIGINAL, id="abgelaufen", municipalities=["05799012"],
                   valid_until="2026-10-31")
    report = report_for(tmp_path, [ORIGINAL, inactive, expired])
    assert len(codes(report, "coverage-gap")) == 2
    [old] = codes(report, "offer-expired")
    assert old["offers"] == ["abgelaufen"]


def test_responsibility_missing_per_municipality(tmp_path):
    from tests.report_support import PARTNERS, partner
    partners = [p for p in PARTNERS if p["id"] != "jobcenter"] + [
        partner("jobcenter", "Jobcenter Testheim", "jobcenter", ["jobcenter"])]
    result = check_data_root(write_root(tmp_path, [ORIGINAL], partners=partners), TODAY)
    report = build_report(result.dataset, TODAY).as_dict()
    missing = codes(report, "responsibility-missing")
    assert [(f["municipalities"][0], f["rule"]) for f in missing] == [
        ("05799004", "jugendamt"), ("05799008", "jugendamt"), ("05799012", "jugendamt")]


def test_stale_offers_and_empty_fields_grouped_per_partner(tmp_path):
    sparse = offer("sparsam", "traeger-b", "Schnuppertag", ["05799004"], category="praktikum",
                   last_reviewed="2025-06-01")
    for key in ("costs", "accessibility", "languages", "registration"):
        del sparse[key]
    report = report_for(tmp_path, [ORIGINAL, sparse])
    [stale] = codes(report, "offer-stale")
    [empty] = codes(report, "fields-empty")
    assert empty["reasons"] == ["leer: costs", "leer: accessibility", "leer: languages",
                                "leer: registration"]
    todo = {entry["partner"]: entry["findings"] for entry in report["todo"]}
    assert set(todo["traeger-b"]) >= {stale["key"], empty["key"]}
    assert report["todo"][-1]["partner"] is None  # the coordination's own list comes last
