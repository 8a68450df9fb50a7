"""Whom two offers both reach (duplicate_score.reach), asked for every candidate pair: the
reason in words ("Klassen 9–10 überschneiden sich") is written only for a pair that is
reported, not for the nine in ten that are not; and it is not asked for a pair that
complements the other at best."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from generator.analyse import duplicate_score, duplicates
from generator.analyse.duplicate_score import most_naming, reach, target_reason
from generator.analyse.duplicates import PairJudge, dataset_names, detect_duplicates
from generator.analyse.selection import current_offers
from generator.validate.check import check_data_root

REPO = Path(__file__).parent.parent
TODAY = dt.date(2026, 11, 24)


def test_the_classes_in_words_only_for_reported_pairs(monkeypatch):
    data = check_data_root(REPO, TODAY).dataset
    names = dataset_names(data)
    judge = PairJudge(current_offers(data, TODAY), names)
    reaching = [both for a, b in judge.candidates.pairs
                if (both := reach(judge.by_id[a], judge.by_id[b], judge.reached[a],
                                  judge.reached[b], names)) is not None]
    by_classes = [both for both in reaching if isinstance(both.target_shared, frozenset)]
    assert target_reason(frozenset({9, 10})) == "Klassen 9–10 überschneiden sich"
    assert {target_reason(b.target_shared) for b in reaching} >= {
        "Klassen 9–10 überschneiden sich", "beide für junge Menschen nach der Schule"}
    written, words = [], duplicate_score.class_span

    def span(classes):
        written.append(classes)
        return words(classes)

    monkeypatch.setattr(duplicate_score, "class_span", span)
    found = detect_duplicates(data, TODAY, names)
    reported = [p for p in (*found.pairs, *found.acknowledged)
                if any(r.startswith("Klassen ") for r in p.reasons)]
    assert len(written) == len(reported) < len(by_classes) / 4


def test_complementary_pairs_end_before_reach(monkeypatch):
    """A pair complementary however much its texts name each other ends before reach is
    asked: that ends more pairs than reach does, at about its cost."""
    data = check_data_root(REPO, TODAY).dataset
    names = dataset_names(data)
    judge = PairJudge(current_offers(data, TODAY), names)
    # all pairs: the candidate pairs leave out most complementary ones (test_pair_settled.py)
    pairs = list(itertools.combinations(sorted(judge.by_id), 2))
    complementary = [(a, b) for a, b in pairs if judge.complement(
        judge.by_id[a], judge.by_id[b], (), most_naming(judge.by_id[a], judge.by_id[b], names)
        > 0) and judge.profiles[a].canonical != judge.profiles[b].canonical]
    verdicts = [judge.verdict(a, b) for a, b in pairs]
    asked = []

    def counted(*args):
        asked.append(1)
        return reach(*args)

    monkeypatch.setattr(duplicates, "reach", counted)
    assert [judge.verdict(a, b) for a, b in pairs] == verdicts
    assert len(complementary) > 100
    assert len(asked) == len(pairs) - len(complementary)
