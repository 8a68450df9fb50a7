"""Pairs whose verdict is known before their texts are read (pair_judgement.never_reported:
no young people in common, other special groups or school forms, one provider's format on
other dates) are counted as candidate pairs but not judged: checked against the verdict on
every pair of the demo district's current offers (tests/test_pair_bound.py checks the
labelled and candidate pairs of the evaluation set as well)."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from generator.analyse import blocking
from generator.analyse.duplicates import PairJudge, dataset_names, detect_duplicates
from generator.analyse.selection import current_offers
from generator.analyse.text_similarity import build_profiles
from generator.validate.check import check_data_root

REPO = Path(__file__).parent.parent
TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo():
    data = check_data_root(REPO, TODAY).dataset
    offers = current_offers(data, TODAY)
    return data, offers, PairJudge(offers, dataset_names(data))


def settled(judge: PairJudge, a_id: str, b_id: str) -> bool:
    """PairJudge.settled for a pair of offers by their ids."""
    exact = judge.profiles[a_id].canonical == judge.profiles[b_id].canonical
    return judge.settled(judge.by_id[a_id], judge.by_id[b_id], exact)


def test_no_settled_demo_pair_gets_a_verdict(demo):
    _, _, judge = demo
    pairs = [pair for pair in itertools.combinations(sorted(judge.by_id), 2)
             if settled(judge, *pair)]
    assert len(pairs) > len(judge.by_id) ** 2 / 6
    assert all(judge.verdict(*pair) is None and judge.full_verdict(*pair) is None
               for pair in pairs)


def test_settled_pairs_count_as_candidates_but_are_not_judged(demo):
    data, offers, judge = demo
    everything = blocking.candidate_pairs(offers, build_profiles(offers),
                                          list(judge.names.municipalities), judge.rules)
    judged = judge.candidates.pairs
    left_out = set(everything.pairs) - set(judged)
    assert set(judged) <= set(everything.pairs) and len(left_out) > 100
    assert judge.candidates.shared == everything.shared == len(everything.pairs)
    assert all(judge.verdict(a, b) is None for a, b in left_out)
    found = detect_duplicates(data, TODAY)
    assert found.candidates == len(everything.pairs)
    assert found.compared == len(set(judged) | {(p.a, p.b) for p in found.acknowledged})
