"""Duplicate offers: exact copies, near duplicates between providers and copy-paste
duplicates inside one provider. Pairs a partner marked in intended_overlaps are kept
apart as acknowledged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from generator.analyse.blocking import candidate_pairs, offer_municipalities
from generator.analyse.duplicate_score import (
    LIKELY,
    THRESHOLD,
    Names,
    PairScore,
    pair_reasons,
    score_pair,
)
from generator.analyse.selection import is_current
from generator.analyse.text_similarity import TextProfile, build_profiles
from generator.model.dataset import Dataset
from generator.model.offer import Offer

EXACT, SAME_PROVIDER, NEAR = "duplicate-exact", "duplicate-same-provider", "duplicate-near"
# a near duplicate below LIKELY: same kind of offer for the same people, in other words
POSSIBLE = "duplicate-possible"
LIKELY_DUPLICATE_CODES = (EXACT, SAME_PROVIDER, NEAR)
DUPLICATE_CODES = (*LIKELY_DUPLICATE_CODES, POSSIBLE)


@dataclass(frozen=True)
class DuplicatePair:
    a: str
    b: str
    code: str
    score: float
    reasons: tuple[str, ...]
    municipalities: tuple[str, ...]
    acknowledged: str | None = None  # the partners' reason when the pair is intended


@dataclass
class DuplicateResult:
    pairs: list[DuplicatePair] = field(default_factory=list)
    acknowledged: list[DuplicatePair] = field(default_factory=list)
    candidates: int = 0
    compared: int = 0


def intended_reasons(offers: dict[str, Offer]) -> dict[tuple[str, str], str]:
    """Pairs marked as intended in either direction, with the reasons given."""
    reasons: dict[tuple[str, str], list[str]] = {}
    for offer in offers.values():
        for overlap in offer.intended_overlaps:
            if overlap.offer in offers and overlap.offer != offer.id:
                key = tuple(sorted((offer.id, overlap.offer)))
                reasons.setdefault(key, []).append(overlap.reason)
    return {key: " / ".join(sorted(set(texts))) for key, texts in reasons.items()}


def classify(a: Offer, b: Offer, pa: TextProfile, pb: TextProfile, score: float) -> str:
    if pa.canonical == pb.canonical:
        return EXACT
    if a.provider == b.provider:
        return SAME_PROVIDER
    return NEAR if score >= LIKELY else POSSIBLE


def find_duplicates(offers: list[Offer], names: Names) -> DuplicateResult:
    """Compare the candidate pairs of `offers`; all pairs above the threshold are found."""
    by_id = {o.id: o for o in offers}
    everywhere = list(names.municipalities)
    places = {o.id: offer_municipalities(o, everywhere) for o in offers}
    profiles = build_profiles(offers)
    intended = intended_reasons(by_id)
    candidates = candidate_pairs(offers, profiles, everywhere)
    result = DuplicateResult(candidates=len(candidates))
    scores = {key: _judge(by_id[key[0]], by_id[key[1]], profiles, places, names)
              for key in sorted(set(candidates) | set(intended))}
    result.compared = len(scores)
    for (a_id, b_id), pair in scores.items():
        if (a_id, b_id) in intended:
            result.acknowledged.append(_pair(by_id, a_id, b_id, pair, profiles, places, names,
                                             intended[(a_id, b_id)]))
        elif is_duplicate(pair):
            result.pairs.append(_pair(by_id, a_id, b_id, pair, profiles, places, names))
    return result


def is_duplicate(pair: PairScore) -> bool:
    return pair.reaches_same_people and pair.score >= THRESHOLD


def _common(places: dict[str, list[str]], a_id: str, b_id: str) -> list[str]:
    theirs = set(places[b_id])
    return [ags for ags in places[a_id] if ags in theirs]


def _judge(a: Offer, b: Offer, profiles, places, names: Names) -> PairScore:
    return score_pair(a, b, profiles[a.id], profiles[b.id], places[a.id], places[b.id], names)


def _pair(by_id, a_id, b_id, pair: PairScore, profiles, places, names, acknowledged=None):
    a, b = by_id[a_id], by_id[b_id]
    code = classify(a, b, profiles[a_id], profiles[b_id], pair.score)
    common = _common(places, a_id, b_id)
    reasons = pair_reasons(a, pair, a.category == b.category, common, names)
    if code == EXACT:
        reasons = ("gleicher Wortlaut in Titel, Kurzbeschreibung und Beschreibung", *reasons)
    elif code == SAME_PROVIDER:
        reasons = ("gleicher Anbieter: vermutlich kopiert", *reasons)
    score = 1.0 if code == EXACT else pair.score
    return DuplicatePair(a_id, b_id, code, score, reasons, tuple(sorted(common)), acknowledged)


def dataset_names(data: Dataset) -> Names:
    vocabularies = data.vocabularies
    return Names({m.ags: m.name for m in data.network.municipalities},
                 {key: term.label for key, term in vocabularies.categories.items()},
                 tuple(term.label for term in vocabularies.school_forms.values()),
                 frozenset(school.id for school in data.network.schools))


def detect_duplicates(data: Dataset, today: dt.date) -> DuplicateResult:
    """Duplicates among the current offers (not inactive, not expired)."""
    current = [o for _, o in sorted(data.offers.items()) if is_current(o, today)]
    return find_duplicates(current, dataset_names(data))
