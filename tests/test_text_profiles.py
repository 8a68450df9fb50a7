"""Text profiles (text_similarity.py): offers with the same wording share one profile, made
once, and the word weights still count every offer that uses a word."""

from __future__ import annotations

from generator.analyse.text_similarity import build_profiles, cosine
from tests.test_duplicate_accuracy import eval_offer
from tests.test_pair_evidence import side

TRAINING = side("traeger-a", "bewerbung", "Bewerbungstraining",
                "Wir üben Vorstellungsgespräche und schreiben Bewerbungsmappen.")
# the same words, laid out differently: another wording with the same terms
RELAID = {**TRAINING, "summary": "Wir üben Vorstellungsgespräche – und schreiben "
                                 "Bewerbungsmappen!"}
OTHER = side("traeger-b", "bewerbung", "Bewerbungsmappe",
             "Gemeinsam schreiben wir deine Bewerbung am Computer.")


def test_offers_with_the_same_wording_share_one_profile():
    profiles = build_profiles([eval_offer("a", TRAINING), eval_offer("b", TRAINING),
                               eval_offer("c", OTHER)])
    assert profiles["a"] is profiles["b"]
    assert profiles["a"] is not profiles["c"]


def test_a_shared_wording_counts_once_per_offer_in_the_word_weights():
    """A copy weighs its words like another offer with the same words: the weights of both
    runs are equal (counting a wording once would make its words rarer, and heavier)."""
    copies = build_profiles([eval_offer("a", TRAINING), eval_offer("b", TRAINING),
                             eval_offer("c", OTHER)])
    relaid = build_profiles([eval_offer("a", TRAINING), eval_offer("b", RELAID),
                             eval_offer("c", OTHER)])
    assert relaid["a"] is not relaid["b"]
    assert copies["a"].body == relaid["a"].body == relaid["b"].body
    assert copies["c"].body == relaid["c"].body
    assert 0 < cosine(copies["a"].body, copies["c"].body) < 1
