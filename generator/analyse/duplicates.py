"""Pairs of offers for the steering group, in two kinds with their own question:

* "Dasselbe Angebot doppelt" (merge the entries): exact copies, copies inside one provider
  and near duplicates between providers (duplicate-exact, -same-provider, -near);
* "Doppelstruktur?" (coordinate): offers of different partners for the same young people in
  the same place with the same kind of help, across Rechtskreise even from neighbouring
  categories (duplicate-structure).
Complementary look-alikes (complements.py) are neither. Pairs acknowledged in the data
(intended_overlaps) are kept apart with their reason and date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
from dataclasses import dataclass, field, replace

from generator.analyse.acknowledgements import Acknowledgement, pair_acknowledgements
from generator.analyse.blocking import (
    Candidates,
    CappedBlock,
    candidate_pairs,
    offer_municipalities,
)
from generator.analyse.complements import OfferFields, complement_reason, offer_fields
from generator.analyse.duplicate_score import (
    Names,
    PairScore,
    Reach,
    best_case,
    most_naming,
    names_other_provider,
    reach,
    reached,
    score_pair,
    score_reached,
    text_names,
)
from generator.analyse.forked import ForkedCall, forked_map
from generator.analyse.pair_judgement import (
    EXACT,
    NEAR,
    SAME_PROVIDER,
    STRUCTURE,
    Relation,
    Verdict,
    cannot_be_reported,
    judge,
    kinds_apart,
    never_reported,
    never_reported_by,
    relation,
)
from generator.analyse.pair_rules import PairRules, Provider
from generator.analyse.selection import current_offers
from generator.analyse.structure_groups import StructureGroup, group_structures
from generator.analyse.text_similarity import (
    TextProfile,
    cosine,
    weighted_profiles,
    wording_terms,
)
from generator.model.dataset import Dataset
from generator.model.offer import Offer

SAME_OFFER_CODES = (EXACT, SAME_PROVIDER, NEAR)
DUPLICATE_CODES = (*SAME_OFFER_CODES, STRUCTURE)
SAME_OFFER, DOUBLE_STRUCTURE = "same-offer", "double-structure"


def kind_of(code: str) -> str:
    return DOUBLE_STRUCTURE if code == STRUCTURE else SAME_OFFER


@dataclass(frozen=True)
class DuplicatePair:
    a: str
    b: str
    code: str
    score: float
    reasons: tuple[str, ...]
    municipalities: tuple[str, ...]
    acknowledged: Acknowledgement | None = None
    legal_spheres: tuple[str, ...] = ()  # Rechtskreise of both offers, by label
    group: str = ""  # double structures: the key of their StructureGroup

    @property
    def kind(self) -> str:
        return kind_of(self.code)


@dataclass
class DuplicateResult:
    pairs: list[DuplicatePair] = field(default_factory=list)
    acknowledged: list[DuplicatePair] = field(default_factory=list)
    candidates: int = 0
    compared: int = 0
    groups: list[StructureGroup] = field(default_factory=list)  # double structures
    capped: list[CappedBlock] = field(default_factory=list)  # blocks not compared in full


class PairJudge:
    """Everything needed to judge the pairs of one set of offers."""

    def __init__(self, offers: list[Offer], names: Names):
        self.names = names
        self.rules = names.rules or PairRules.of_nothing()
        self.by_id = {o.id: o for o in offers}
        everywhere = list(names.municipalities)
        # one copy of each tuple and set of towns (at 100k offers a few thousand distinct)
        towns: dict[tuple[str, ...], tuple[tuple[str, ...], frozenset[str]]] = {}
        self.places: dict[str, tuple[str, ...]] = {}
        self.place_sets: dict[str, frozenset[str]] = {}
        for offer in offers:
            found = tuple(offer_municipalities(offer, everywhere))
            kept = towns.get(found)
            if kept is None:
                kept = towns[found] = (found, frozenset(found))
            self.places[offer.id], self.place_sets[offer.id] = kept
        self._fields: dict[str, OfferFields] = {}  # found when a pair first needs them
        self._named: dict[tuple[int, str], bool] = {}  # text_names by profile and partner
        terms = wording_terms(offers)
        keys = terms.text_keys()
        helps = self.rules.helps

        shared: dict = {}
        self.reached = {o.id: reached(o, self.place_sets[o.id], names, shared)
                        for o in offers}
        # all that never_reported asks of one of two partners' offers (but its wording), as
        # a number: settled remembers its answers by these (at 10k offers 123 kinds)
        kinds: dict[tuple, int] = {}
        self._kind = {o.id: kinds.setdefault((r.classes, r.school_leavers, r.ages, r.audiences,
                                              self.rules.complements.groups(o)), len(kinds))
                      for o in offers for r in (self.reached[o.id],)}
        self._settled: dict[tuple[int, int, bool], tuple[bool, bool]] = {}

        def found_pairs() -> tuple[Candidates, dict[str, frozenset[str]]]:
            """The candidate pairs, and the helps of each offer found on the way (the
            judging asks for them again)."""
            return candidate_pairs(offers, keys, everywhere, self.rules, self.settled), \
                helps.found()

        # the candidate pairs need only the terms: a worker finds them (forked.py), while
        # this process weighs the terms and finds what the judging asks of each offer
        with ForkedCall(found_pairs) as pairs:
            self.profiles: dict[str, TextProfile] = weighted_profiles(terms)
            self.spheres = {o.id: self.rules.offer_spheres(o) for o in offers}
            # while the worker is busy: the job fields and how each text may name a partner
            # (pair_rules.py), once for both judging processes
            if pairs.forked:
                for offer in offers:
                    self.fields(offer)
                    self.rules.said_terms(self.profiles[offer.id].body_terms, offer)
                    self.rules.kinds_said(offer)
                    self.rules.capitals(offer)
            self.candidates, given = pairs.result()
        helps.learn(given)

    def settled(self, a: Offer, b: Offer, exact: bool) -> bool:
        """pair_judgement.never_reported for two offers (`exact`: of the same wording):
        blocking.candidate_pairs leaves such pairs out. For two partners' offers it is
        asked once per kind of each (self._kind), but whether they may be one event (venue
        and time); one provider's two are asked by their dates as well."""
        if a.provider == b.provider:
            return never_reported(a, b, self.reached[a.id], self.reached[b.id], exact,
                                  self.rules.complements)
        key = (self._kind[a.id], self._kind[b.id], exact)
        apart = self._settled.get(key)
        if apart is None:
            apart = self._settled[key] = kinds_apart(
                a, b, self.reached[a.id], self.reached[b.id], exact, self.rules.complements)
        return never_reported_by(apart, a, b, self.rules.complements)

    def score(self, a: Offer, b: Offer) -> PairScore:
        return score_pair(a, b, self.profiles[a.id], self.profiles[b.id],
                          self.reached[a.id], self.reached[b.id], self.names)

    def verdict(self, a_id: str, b_id: str, forced: bool = False) -> Verdict | None:
        """The judgement of a pair. One that is neither acknowledged nor an exact copy
        first meets its complement at best and a cheap bound (pair_judgement.
        cannot_be_reported): what they drop, the full judgement (full_verdict) would not
        report either."""
        a, b = self.by_id[a_id], self.by_id[b_id]
        pa, pb = self.profiles[a_id], self.profiles[b_id]
        judged_in_full = forced or pa.canonical == pb.canonical
        if not judged_in_full:
            # complementary however much the texts name each other: no finding, whomever
            # the two reach (asked first: it ends more pairs than reach does, at about
            # its cost; at 10k offers more than half of the pairs that reach the same people)
            most = most_naming(a, b, self.names)
            if self.complement(a, b, (), most > 0):
                return None
        both = reach(a, b, self.reached[a_id], self.reached[b_id], self.names)
        if both is None and not forced:
            return None
        related = None
        if both is None:
            pair = PairScore(0.0, False)
        else:
            naming = None
            if judged_in_full:
                text = cosine(pa.body, pb.body)
            else:
                # a bound as if each text named the other partner wherever it may, then one
                # with what they name (when that is less)
                text, related = cosine(pa.body, pb.body), self.relation(a, b)
                if self.bounded_out(a, b, both, text, most, related):
                    return None
                naming = most and names_other_provider(a, b, pa, pb, self.names,
                                                       self.text_names)
                if naming != most and self.bounded_out(a, b, both, text, naming, related):
                    return None
            pair = score_reached(a, b, pa, pb, both, text, self.names, naming)
        return self._judged(a, b, pair, forced, related)

    def reach(self, a_id: str, b_id: str) -> Reach | None:
        return reach(self.by_id[a_id], self.by_id[b_id], self.reached[a_id],
                     self.reached[b_id], self.names)

    def full_verdict(self, a_id: str, b_id: str, forced: bool = False) -> Verdict | None:
        """The judgement of a pair without the bound."""
        a, b = self.by_id[a_id], self.by_id[b_id]
        return self._judged(a, b, self.score(a, b), forced)

    def bounded_out(self, a: Offer, b: Offer, both: Reach, text: float,
                    naming: int | None = None, related: Relation | None = None) -> bool:
        return cannot_be_reported(a, b, best_case(a, b, both, text, self.names, naming),
                                  related or self.relation(a, b), self.names)

    def relation(self, a: Offer, b: Offer) -> Relation:
        return relation(a, b, self.spheres[a.id], self.spheres[b.id], self.rules, self.names)

    def _judged(self, a: Offer, b: Offer, pair: PairScore, forced: bool,
                related: Relation | None = None) -> Verdict | None:
        if not pair.reaches_same_people and not forced:
            return None
        complement = self.complement(a, b, pair.special, pair.named)
        return judge(a, b, pair, self.profiles[a.id].canonical == self.profiles[b.id].canonical,
                     complement, related or self.relation(a, b), self.spheres[a.id],
                     self.spheres[b.id], self.rules, lambda: self.common(a.id, b.id),
                     self.names, forced)

    def complement(self, a: Offer, b: Offer, special: tuple[str, ...],
                   named: bool) -> str | None:
        """complements.complement_reason of two offers: with the words by which one title
        names a special group (`special`), and whether a text names the other's provider."""
        return complement_reason(a, b, self.fields(a), self.fields(b), self.rules.complements,
                                 special, named, self.names.schools)

    def fields(self, offer: Offer) -> OfferFields:
        """The job fields an offer names (complements.py), found when first asked (only
        for offers whose pairs get that far), or for all offers while the candidate pairs'
        worker is busy (__init__): then both judging processes share them."""
        found = self._fields.get(offer.id)
        if found is None:
            found = self._fields[offer.id] = offer_fields(offer, self.rules.complements)
        return found

    def text_names(self, offer: Offer, other: Offer, profile: TextProfile,
                   names: Names) -> bool:
        """duplicate_score.text_names, found once per wording (offers of one wording share
        their profile) and partner named: a text is asked about one partner for many pairs.
        A text that names the kind of partner without a name ("ein freier Träger") names
        the partner only where the two offers meet (PairRules.names_provider): asked anew
        for each pair."""
        if self.rules.names_by_kind(offer, other.provider):
            return text_names(offer, other, profile, names)
        key = (id(profile), other.provider)
        found = self._named.get(key)
        if found is None:
            found = self._named[key] = text_names(offer, other, profile, names)
        return found

    def common(self, a_id: str, b_id: str) -> list[str]:
        theirs = self.place_sets[b_id]
        return [ags for ags in self.places[a_id] if ags in theirs]


def find_duplicates(offers: list[Offer], names: Names,
                    acknowledged: dict[tuple[str, str], Acknowledgement] | None = None
                    ) -> DuplicateResult:
    """Judge the candidate pairs of `offers` (in two processes where forked.py may fork);
    acknowledged pairs are judged too, and kept apart whatever their verdict. The text
    profiles go with the PairJudge when this returns (some 300 MB at 100k offers)."""
    judge_ = PairJudge(offers, names)
    by_id = judge_.by_id
    intended = {k: v for k, v in (acknowledged if acknowledged is not None
                                  else pair_acknowledgements(by_id)).items()
                if k[0] in by_id and k[1] in by_id}
    result = DuplicateResult(candidates=judge_.candidates.shared,
                             capped=judge_.candidates.capped)
    keys = _with_intended(judge_.candidates.pairs, intended)
    result.compared = len(keys)

    verdicts = forked_map(lambda key: judge_.verdict(*key, forced=key in intended), keys)
    for (a_id, b_id), verdict in zip(keys, verdicts, strict=True):
        if verdict is None:
            continue
        ack = intended.get((a_id, b_id))
        pair = DuplicatePair(a_id, b_id, verdict.code, verdict.score, verdict.reasons,
                             tuple(sorted(judge_.common(a_id, b_id))), ack,
                             verdict.legal_spheres)
        (result.acknowledged if ack else result.pairs).append(pair)
    _group(result, judge_)
    return result


def _with_intended(pairs: list[tuple[str, str]],
                   intended: dict[tuple[str, str], Acknowledgement]) -> list[tuple[str, str]]:
    """The candidate pairs (sorted: blocking.Candidates) and the acknowledged ones among them
    or not, in order: no set of all pairs (at 100k offers 650,000 of them, some 40 MB)."""
    extra = sorted(key for key in intended if not _in_sorted(pairs, key))
    return list(heapq.merge(pairs, extra)) if extra else pairs


def _in_sorted(ordered: list[tuple[str, str]], key: tuple[str, str]) -> bool:
    at = bisect.bisect_left(ordered, key)
    return at < len(ordered) and ordered[at] == key


def _group(result: DuplicateResult, judge_: PairJudge) -> None:
    """Double structures as a meeting takes them: one group per kind of help and linked
    offers (structure_groups.py); each structure pair names its group."""
    structures = [(p.a, p.b) for p in result.pairs if p.code == STRUCTURE]
    categories = {o: judge_.by_id[o].category for pair in structures for o in pair}
    helps = ((pair, judge_.rules.shared_help(*map(judge_.by_id.get, pair))) for pair in structures)
    result.groups = group_structures(structures, categories, judge_.rules,
                                     judge_.names.categories, {p: h for p, h in helps if h})
    keys = {pair: group.key for group in result.groups for pair in group.pairs}
    result.pairs = [replace(p, group=keys.get((p.a, p.b), "")) for p in result.pairs]


def dataset_names(data: Dataset) -> Names:
    vocabularies = data.vocabularies
    providers = {p.id: Provider(p.kind, tuple(p.legal_bases), p.name)
                 for p in data.partners.values()}
    return Names({m.ags: m.name for m in data.network.municipalities},
                 {key: term.label for key, term in vocabularies.categories.items()},
                 tuple(term.label for term in vocabularies.school_forms.values()),
                 frozenset(school.id for school in data.network.schools),
                 PairRules.of(vocabularies, providers))


def detect_duplicates(data: Dataset, today: dt.date,
                      names: Names | None = None) -> DuplicateResult:
    """Duplicates among the current offers (not inactive, not expired, not over); `names`
    as dataset_names gives them, when the caller has them already."""
    current = current_offers(data, today)
    return find_duplicates(current, names or dataset_names(data), pair_acknowledgements(
        data.offers, data.network.intended_overlaps))
