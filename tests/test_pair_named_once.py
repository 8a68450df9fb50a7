"""The duplicate check asks once per wording and partner whether a text names the partner
(PairJudge.text_names): every pair keeps the verdict it gets when each text is read anew,
also where a text names a kind of partner without its name ("einem Bildungsträger"), which
names the partner only where the two offers meet."""

from __future__ import annotations

import itertools

from generator.analyse.duplicate_score import text_names
from generator.analyse.duplicates import PairJudge
from tests.test_duplicate_accuracy import eval_names, eval_offer
from tests.test_pair_evidence import side

DAYS = {"dates": ["2027-10-12", "2027-10-13"], "venues": ["jugendamt-rosenfeld/jugendhaus"],
        "municipalities": ["05799020"]}
HOLIDAY = side("jugendamt-rosenfeld", "jugendsozialarbeit", "Herbstferien im Jugendhaus",
               "Zwei Tage rund um die Bewerbung, durchgeführt von einem Bildungsträger.", **DAYS)
CAMP = side("sozialwerk-rosenfeld", "bewerbung", "Bewerbungs-Camp",
            "Lebenslauf, Foto und Probegespräch an zwei Ferientagen.", **DAYS)
ELSEWHERE = {**CAMP, "venues": ["sozialwerk-rosenfeld/haus"], "dates": ["2027-10-19"]}
# the same wording once more, by another partner: its profile is the holiday's
COPY = {**HOLIDAY, "provider": "bildungswerk-lindenau"}


def judge_() -> PairJudge:
    return PairJudge([eval_offer(name, item) for name, item in (
        ("holiday", HOLIDAY), ("camp", CAMP), ("elsewhere", ELSEWHERE), ("copy", COPY))],
        eval_names())


def test_a_text_remembered_names_what_it_names_when_read_anew():
    judge, names = judge_(), eval_names()
    answers = {}
    for x, y in itertools.permutations(["copy", "camp", "holiday", "elsewhere"], 2):
        offer, other = judge.by_id[x], judge.by_id[y]
        if offer.provider != other.provider:
            profile = judge.profiles[x]
            answers[x, y] = judge.text_names(offer, other, profile, names)
            assert answers[x, y] == text_names(offer, other, profile, names), (x, y)
    # "einem Bildungsträger" names the Träger whose offer meets there and then, no other
    assert answers["holiday", "camp"] and answers["copy", "camp"]
    assert not answers["holiday", "elsewhere"]


def test_every_pair_keeps_its_verdict_when_a_text_is_read_once():
    judge = judge_()
    assert judge.profiles["holiday"] is judge.profiles["copy"]
    named = []
    for a, b in itertools.combinations(sorted(judge.by_id), 2):
        for forced in (False, True):
            verdict = judge.verdict(a, b, forced)
            assert verdict == judge.full_verdict(a, b, forced), (a, b)
            if verdict and "ein Text nennt den anderen Anbieter" in verdict.reasons:
                named.append((a, b))
    assert ("camp", "holiday") in named
    assert ("elsewhere", "holiday") not in named
