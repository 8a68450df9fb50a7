"""Accuracy of the duplicate detector on the labelled evaluation set tests/eval/duplicate_pairs.yaml.

All offers of the set go through the detector together, as in a real data root: a labelled
pair counts as found when the blocking made it a candidate and its score passed the
threshold. Precision and recall must both reach 0.9.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from generator.analyse.duplicate_score import Names
from generator.analyse.duplicates import find_duplicates
from generator.load.vocabularies import default_vocabularies
from generator.model.offer import Offer

EVAL_FILE = Path(__file__).parent / "eval" / "duplicate_pairs.yaml"
TARGET_KEYS = ("classes", "school_leavers", "min_age", "max_age", "audiences")
# The fictional district the set is written for, as its network.yaml names it.
DISTRICT = {"05799004": "Lindenau", "05799008": "Bergheide", "05799012": "Eschenbrück",
            "05799016": "Mühlental", "05799020": "Rosenfeld", "05799024": "Weidenhof",
            "05799028": "Kleinsteinach", "05799032": "Auental"}


def eval_offer(offer_id: str, side: dict) -> Offer:
    """A partial offer of the set, completed with neutral values for the required fields."""
    target = {key: side[key] for key in TARGET_KEYS if side.get(key) is not None}
    target.setdefault("audiences", ["schueler"])
    data = {
        "id": offer_id, "provider": side["provider"], "title": side["title"].strip(),
        "summary": side["summary"].strip(), "category": side["category"], "target": target,
        "municipalities": side["municipalities"], "contact": f"{side['provider']}/kontakt",
        "last_reviewed": dt.date(2026, 9, 1),
    }
    if side.get("description"):
        data["description"] = side["description"].strip()
    return Offer.model_validate(data)


def load_pairs() -> list[dict]:
    return yaml.safe_load(EVAL_FILE.read_text(encoding="utf-8"))


def detected_pairs(pairs: list[dict]) -> set[tuple[str, str]]:
    offers = []
    for item in pairs:
        offers += [eval_offer(f"{item['id']}-a", item["a"]), eval_offer(f"{item['id']}-b", item["b"])]
    vocabularies = default_vocabularies()
    names = Names(DISTRICT,
                  {key: term.label for key, term in vocabularies.categories.items()},
                  tuple(term.label for term in vocabularies.school_forms.values()))
    return {(p.a, p.b) for p in find_duplicates(offers, names).pairs}


def measure(pairs: list[dict]) -> tuple[float, float, list[str], list[str]]:
    found = detected_pairs(pairs)
    missed, false = [], []
    true_positives = 0
    for item in pairs:
        hit = (f"{item['id']}-a", f"{item['id']}-b") in found
        if item["label"] == "duplicate" and hit:
            true_positives += 1
        elif item["label"] == "duplicate":
            missed.append(item["id"])
        elif hit:
            false.append(item["id"])
    flagged = true_positives + len(false)
    duplicates = true_positives + len(missed)
    return true_positives / max(flagged, 1), true_positives / max(duplicates, 1), missed, false


def test_the_evaluation_set_is_big_enough():
    pairs = load_pairs()
    labels = [item["label"] for item in pairs]
    assert labels.count("duplicate") >= 60 and labels.count("distinct") >= 60


def test_precision_and_recall_reach_ninety_percent():
    precision, recall, missed, false = measure(load_pairs())
    print(f"\nPräzision {precision:.3f}, Trefferquote {recall:.3f}; "
          f"übersehen: {missed}; fälschlich gemeldet: {false}")
    assert precision >= 0.9, f"precision {precision:.3f}, false alarms: {false}"
    assert recall >= 0.9, f"recall {recall:.3f}, missed: {missed}"
