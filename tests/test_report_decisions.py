"""Comparison tolerance, acknowledged cells and their age, and the codes of the JSON contract,
on a small real data root."""

from __future__ import annotations

import copy
import json

from generator.analyse.compare import compare_reports
from generator.cli import main
from tests.report_support import NETWORK, offer, write_root
from tests.test_report_analysis import ORIGINAL, REWORDED, TODAY

ARGS = ["--today", TODAY.isoformat()]


def report_json(capsys, root) -> dict:
    assert main(["report", "--root", str(root), "--format", "json", *ARGS]) == 0
    return json.loads(capsys.readouterr().out)


def test_small_score_changes_are_no_news_but_kind_changes_are(tmp_path, capsys):
    now = report_json(capsys, write_root(tmp_path / "daten", [ORIGINAL, REWORDED]))
    pair = next(f for f in now["findings"] if f["code"].startswith("duplicate-"))
    before = copy.deepcopy(now)
    moved = next(f for f in before["findings"] if f["key"] == pair["key"])
    moved["score"] = round(pair["score"] + 0.01, 2)
    assert compare_reports(now, before, "alt")["duplicates_changed"] == []
    moved["score"] = round(pair["score"] - 0.2, 2)
    changed = compare_reports(now, before, "alt")["duplicates_changed"]
    assert [(c["key"], c["score_before"]) for c in changed] == [(pair["key"], moved["score"])]
    moved["score"], moved["code"] = pair["score"], "duplicate-possible"  # a version 1 report
    changed = compare_reports(now, before, "alt")["duplicates_changed"]
    assert [c["code_before"] for c in changed] == ["duplicate-structure"]


def crowded_network(**extra) -> dict:
    network = copy.deepcopy(NETWORK)
    network["oversupply"] = {"max_offers": 2}
    network.update(extra)
    return network


def crowded_offers() -> list[dict]:
    topics = ["Lebenslauf schreiben", "Anschreiben üben", "Vorstellungsgespräch proben"]
    return [offer(f"kurs-{i}", provider, f"{topic} in Testheim", ["05799004"],
                  summary=f"{topic} für die Klassen 9 und 10.", description=f"Wir {topic}.")
            for i, (provider, topic) in enumerate(zip(["traeger-a", "traeger-b", "agentur"],
                                                      topics, strict=True))]


def test_a_crowded_cell_is_marked_and_lists_its_offers(tmp_path, capsys):
    root = write_root(tmp_path / "daten", crowded_offers(), network=crowded_network())
    report = report_json(capsys, root)
    cells = [f for f in report["findings"] if f["code"] == "oversupply-cell"]
    assert [(f["municipalities"], f["category"], f["band"], f["offers"]) for f in cells] == [
        (["05799004"], "bewerbung", "9–10", ["kurs-0", "kurs-1", "kurs-2"])]
    assert cells[0]["key"] == "oversupply-cell|05799004|bewerbung|9–10"
    assert "3 Angebote von 3 Partnern" in cells[0]["message"]


def test_an_acknowledged_cell_is_kept_apart_and_comes_back_after_a_year(tmp_path, capsys):
    decision = {"municipality": "05799004", "category": "bewerbung", "band": "9-10",
                "reason": "Drei Schwerpunkte, abgestimmt in der Steuergruppe.",
                "decided": "2025-09-01"}
    network = crowded_network(intended_overlaps=[decision])
    report = report_json(capsys, write_root(tmp_path / "daten", crowded_offers(),
                                            network=network))
    codes = [f["code"] for f in report["findings"]]
    assert "oversupply-cell" not in codes
    assert [f["code"] for f in report["acknowledged"]] == ["oversupply-acknowledged"]
    outdated = [f for f in report["findings"] if f["code"] == "acknowledgement-outdated"]
    assert len(outdated) == 1 and "entschieden am 01.09.2025" in outdated[0]["message"]


def test_a_broken_decision_is_a_data_error(tmp_path, capsys):
    network = crowded_network(intended_overlaps=[{"offers": ["kurs-0"], "reason": "x",
                                                  "decided": "2026-01-01"}])
    root = write_root(tmp_path / "daten", crowded_offers(), network=network)
    assert main(["check", "--root", str(root), *ARGS]) == 1
    assert "genau zwei" in capsys.readouterr().out


def test_a_decision_about_an_unknown_offer_names_the_line(tmp_path, capsys):
    network = crowded_network(intended_overlaps=[{"offers": ["kurs-0", "kurs-9"],
                                                  "reason": "x", "decided": "2026-01-01"}])
    root = write_root(tmp_path / "daten", crowded_offers(), network=network)
    assert main(["check", "--root", str(root), *ARGS]) == 1
    out = capsys.readouterr().out
    assert "network.yaml:" in out and "Das Angebot „kurs-9“ gibt es nicht." in out
