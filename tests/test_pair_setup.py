"""The duplicate check's setup (PairJudge) on two cores: a worker finds the candidate
pairs from the texts' terms while this process weighs them; the pairs are the ones a
single process finds, and the helps each offer gives (found on the way) come back with
them. Meanwhile this process finds each offer's job fields and how its text may name a
partner, once for both judging processes; without a worker they stay lazy (found when a
pair first needs them)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.analyse import blocking, duplicates, forked, help_kinds
from generator.analyse.complements import offer_fields
from generator.analyse.duplicates import PairJudge, dataset_names
from generator.analyse.selection import current_offers
from generator.analyse.text_similarity import build_profiles
from generator.validate.check import check_data_root

REPO = Path(__file__).parent.parent
TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo():
    data = check_data_root(REPO, TODAY).dataset
    return current_offers(data, TODAY), data


def test_a_worker_finds_the_candidate_pairs(demo, monkeypatch):
    offers, data = demo
    if not forked.can_fork(workers=2, growth=forked.GROWTH):
        pytest.skip("this machine or process does not fork (one core, threads, memory)")
    here = []

    def counted(*args):
        here.append(1)  # in this process only: a worker's list is its own
        return blocking.candidate_pairs(*args)

    monkeypatch.setattr(duplicates, "candidate_pairs", counted)
    judge = PairJudge(offers, dataset_names(data))
    names = dataset_names(data)
    alone = blocking.candidate_pairs(offers, build_profiles(offers), list(names.municipalities),
                                     names.rules, judge.settled)
    assert here == []
    assert judge.candidates == alone and len(alone.pairs) > 100
    # the worker's helps are known here: the judging does not read the texts again
    monkeypatch.setattr(help_kinds, "_words", lambda offer: pytest.fail("read again"))
    assert [judge.rules.helps.given(o) for o in offers] == \
        [names.rules.helps.given(o) for o in offers]
    assert any(judge.rules.helps.given(o) for o in offers)
    rules = names.rules.complements
    assert judge._fields == {o.id: offer_fields(o, rules) for o in offers}
    ids = {o.id for o in offers}  # and how each text may name a partner (pair_rules.py)
    wordings = {(o.title, o.summary, o.description) for o in offers}
    assert ids <= set(judge.rules._said) and wordings <= set(judge.rules._kinds_said) \
        and ids <= set(judge.rules._capitals)


def test_without_a_fork_this_process_finds_them(demo, monkeypatch):
    offers, data = demo
    monkeypatch.setattr(forked, "MEMORY_BUDGET", 0)
    names = dataset_names(data)
    judge = PairJudge(offers, names)
    assert judge.candidates == blocking.candidate_pairs(
        offers, build_profiles(offers), list(names.municipalities), names.rules, judge.settled)
    assert judge.profiles == build_profiles(offers)
    assert judge._fields == {}
