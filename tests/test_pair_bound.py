"""The cheap bound before the full judgement of a pair (pair_judgement.cannot_be_reported)
never drops a pair that the full judgement reports: checked on every pair of the demo
district's current offers, and on the labelled pairs and candidate pairs of the evaluation
set (tests/eval/, district by district as the accuracy test runs it), where a settled pair
gets no verdict either (test_pair_settled.py). Nor
does the complement asked before the texts' names are read: a pair complementary at best
(no special title, each text naming the other's provider) is complementary in full."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from generator.analyse.blocking import candidate_pairs
from generator.analyse.duplicate_score import most_naming
from generator.analyse.duplicates import PairJudge, dataset_names
from generator.analyse.selection import current_offers
from generator.analyse.text_similarity import cosine
from generator.validate.check import check_data_root
from tests.test_duplicate_accuracy import districts, eval_names, eval_offer, load_pairs
from tests.test_pair_settled import settled

REPO = Path(__file__).parent.parent
TODAY = dt.date(2026, 11, 24)


def check(judge: PairJudge, pairs) -> int:
    """Every pair gets the same verdict with the bound as in full, and none when settled
    (test_pair_settled.py); returns how many pairs the bound dropped (so that the test
    shows it is at work)."""
    dropped = 0
    for a_id, b_id in pairs:
        verdict = judge.verdict(a_id, b_id)
        assert verdict == judge.full_verdict(a_id, b_id), (a_id, b_id)
        assert verdict is None or not settled(judge, a_id, b_id), (a_id, b_id)
        a, b = judge.by_id[a_id], judge.by_id[b_id]
        pa, pb = judge.profiles[a_id], judge.profiles[b_id]
        both = judge.reach(a_id, b_id)
        dropped += both is not None and pa.canonical != pb.canonical and judge.bounded_out(
            a, b, both, cosine(pa.body, pb.body))
    return dropped


@pytest.fixture(scope="module")
def demo_judge() -> PairJudge:
    result = check_data_root(REPO, TODAY)
    assert result.ok
    return PairJudge(current_offers(result.dataset, TODAY), dataset_names(result.dataset))


def test_every_demo_pair_keeps_its_verdict(demo_judge):
    ids = sorted(demo_judge.by_id)
    pairs = list(itertools.combinations(ids, 2))
    assert len(pairs) > 5_000
    assert check(demo_judge, pairs) > 1_000


def test_labelled_and_candidate_pairs_keep_their_verdict():
    """In each district the evaluation set runs as (test_duplicate_accuracy.districts): as
    one district of 12,000 offers its blocks outgrow a real district's, and the check took
    nine minutes of the CI run."""
    dropped = 0
    for district in districts(load_pairs()):
        offers = [eval_offer(f"{item['id']}-{side}", item[side])
                  for item in district for side in ("a", "b")]
        judge = PairJudge(offers, eval_names())
        # the candidate pairs settled without judging, too (test_pair_settled.py)
        candidates = candidate_pairs(offers, judge.profiles, list(judge.names.municipalities),
                                     judge.rules)
        pairs = sorted({(f"{item['id']}-a", f"{item['id']}-b") for item in district}
                       | set(candidates.pairs))
        dropped += check(judge, pairs)
    assert dropped > 50


def complementary_at_best(judge: PairJudge, pairs) -> int:
    """Every pair but exact copies that complements the other at best (PairJudge.verdict
    drops it before the texts' names are read) does so in full, and gets no verdict;
    returns how many."""
    found = 0
    for a_id, b_id in pairs:
        a, b = judge.by_id[a_id], judge.by_id[b_id]
        if judge.profiles[a_id].canonical == judge.profiles[b_id].canonical or \
                judge.complement(a, b, (), most_naming(a, b, judge.names) > 0) is None:
            continue
        pair = judge.score(a, b)
        if pair.reaches_same_people:
            assert judge.complement(a, b, pair.special, pair.named), (a_id, b_id)
            assert judge.verdict(a_id, b_id) is None, (a_id, b_id)
            found += 1
    return found


def test_a_pair_complementary_at_best_is_so_in_full(demo_judge):
    assert complementary_at_best(demo_judge, itertools.combinations(sorted(demo_judge.by_id),
                                                                    2)) > 100
