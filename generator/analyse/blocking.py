"""Candidate pairs for the duplicate check, so that not all pairs are compared.

Two offers become a candidate pair when they share a block:
  * the same category, a common municipality and a common class band, or
  * a neighbourhood of categories (vocabularies.yaml, category_neighbourhoods), a common
    municipality and a common class band: double structures across categories (for a
    neighbourhood that holds only across Rechtskreise or only after school, only the pairs
    for which it holds), or
  * a common rare title word (stem) or page of its own, a common municipality and the same
    provider, whatever
    the category, so that a partner who copied an offer into another category does not hide
    the copy (two providers' offers in unrelated categories are neither kind of finding), or
  * the same wording and a common municipality (exact copies, whoever entered them), or
  * the same page of their own or, for two partners, the same contact, and a common
    municipality (entries that point at each other, pair_pointers.declared_one), or
  * a common occasion (a day, a regular time, or a venue on a weekday), a common
    municipality and a common
    class band: one partner's write-up of another's offer filed under an unrelated
    category (pair_judgement asks that one text name the other partner), or
  * a kind of help both texts give (vocabularies.yaml, help_kinds), a common municipality
    and a common class band: two partners' offers in categories that are no neighbours
    (only the pairs of two partners, in two such categories, in one area, or both giving
    a help on the net or by chat), or
  * one provider's offers at one venue, one of which says the offer now meets at another
    time ("jetzt dienstags!": meeting.rescheduled), whatever the category and the day.
Offers that share no municipality are never compared: the same course in two towns is
no duplicate. A category or neighbourhood block too big to compare in full (MAX_BLOCK) is
compared in title order, each offer with its WINDOW neighbours, and named in the report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from generator.analyse.class_bands import offer_bands
from generator.analyse.meeting import says_rescheduled, shared_venue
from generator.analyse.pair_pointers import pages
from generator.analyse.pair_rules import PairRules
from generator.analyse.text_similarity import TextKeys, TextProfile, folded_text
from generator.analyse.timing import regular_days, regular_time
from generator.model.offer import Offer

# A title word shared by more offers of one provider in one municipality than this is too
# common to say anything ("Beratung"); such offers still meet in their category block.
MAX_TITLE_BLOCK = 60
# A category block with more offers than this (one municipality, one class band) is compared
# in title order with WINDOW neighbours each instead of all pairs: 3,000 near-identical offers
# cost 30,000 comparisons, not 4.5 million. The report says so (comparison-capped). (150, then
# 200, 300, 400 and 500 until 1.12.2026: a town's neighbourhood block of the evaluation set
# grew to 162, 204, 309, 402, then 537 offers; the synthetic districts of 10k and 100k offers
# have no block between 150 and 600.)
MAX_BLOCK = 600
WINDOW = 10


def offer_municipalities(offer: Offer, all_municipalities: list[str]) -> list[str]:
    return all_municipalities if offer.covers_district else list(offer.municipalities)


def block_keys(offer: Offer, profile: TextKeys | TextProfile, neighbourhoods: list[str] = (),
               helps: frozenset[str] = frozenset()):
    """The offer's blocks without their municipality: (kind, name, band or provider). A
    block holds offers that share such a key and a municipality (see _local_blocks)."""
    meets = list(occasions(offer))
    for band in offer_bands(offer):
        yield ("c", offer.category, band)
        for neighbourhood in neighbourhoods:
            yield ("n", neighbourhood, band)
        for occasion in meets:
            yield ("o", occasion, band)
        for help_ in helps:
            yield ("h", help_, band)
    for term in profile.title_terms:
        if len(term) >= 4:
            yield ("t", term, offer.provider)
    for page in pages(offer):  # one provider's entries linking one page of their own
        yield ("t", page, offer.provider)
        yield ("p", page, "")  # two partners' entries of one offer pointing at its page
    yield ("k", offer.contact, "")  # one entry giving the other partner's contact
    yield ("x", profile.canonical, "")


def occasions(offer: Offer):
    """When an offer meets its young people: its days, its regular time (when that names
    an hour), and each venue on each weekday of a regular schedule (an hour written as
    lessons, "Mo, 7./8. Std.") or of its dates. Two partners' entries that meet then, and
    one of which names the other partner, may describe one offer filed under unrelated
    categories."""
    for date in offer.dates:
        yield date.start.isoformat()
    time = regular_time(offer.schedule)
    if time is not None:
        yield " ".join(time)
    if offer.dates:
        # the weekdays of its dates, to meet a regular hour there (a school's list of the
        # dates of the Agentur's fortnightly hour: meeting.dates_on_its_weekdays)
        weekdays = set() if offer.schedule else {d.start.weekday() for d in offer.dates}
    else:
        days = regular_days(offer.schedule)
        weekdays = days[1] if days else set()
    for day in sorted(weekdays):
        for venue in offer.venues:
            yield f"{venue} {day}"


def _a_day(occasion: str) -> bool:
    """Whether an occasion (occasions) is a day ("2027-03-22"), not a regular time."""
    return occasion[:4].isdigit()


def _rescheduled_pairs(ordered: list[Offer]) -> set[int]:
    """Each offer that says it now meets at another time, with its provider's other offers
    at its venues (pairs as numbers, as in _windowed). Few offers say so: the provider's
    offers are looked up only for them."""
    size = len(ordered)
    movers = [n for n, offer in enumerate(ordered) if offer.venues and says_rescheduled(offer)]
    places = {(ordered[n].provider, venue) for n in movers for venue in ordered[n].venues}
    at_place: dict[tuple[str, str], list[int]] = defaultdict(list)
    if places:
        for number, offer in enumerate(ordered):
            for venue in offer.venues:
                if (offer.provider, venue) in places:
                    at_place[offer.provider, venue].append(number)
    return {min(n, m) * size + max(n, m) for n in movers for venue in ordered[n].venues
            for m in at_place[ordered[n].provider, venue] if m != n}


def _one_help_there(a: Offer, b: Offer, rules: PairRules) -> bool:
    """Two offers at a venue in common whose texts both give one kind of help."""
    return shared_venue(a, b) and rules.helps.shared(a, b) is not None


def _local_blocks(groups: dict[tuple, list[int]], places: list[list[str]]):
    """Each group of offers (numbers, ascending) split by municipality: the blocks
    (kind, name, municipality, band or provider) with their members, still ascending. Most
    groups of a title word or a wording hold one offer and need no split."""
    for (kind, name, rest), members in groups.items():
        if len(members) < 2:
            continue
        local: dict[str, list[int]] = {}
        for number in members:
            for ags in places[number]:
                local.setdefault(ags, []).append(number)
        for ags, block in local.items():
            yield (kind, name, ags, rest), block


@dataclass(frozen=True)
class CappedBlock:
    """A block too big to compare all its pairs: its offers were compared only with their
    WINDOW neighbours in title order."""

    kind: str  # "c": a category, "n": a neighbourhood of categories
    name: str  # the category or neighbourhood key
    municipality: str
    band: str
    offers: int


@dataclass
class Candidates:
    # the pairs to judge, sorted (ids in order, a < b): duplicates._with_intended relies on it
    pairs: list[tuple[str, str]] = field(default_factory=list)
    capped: list[CappedBlock] = field(default_factory=list)
    # pairs that share a block, also those settled without judging (the report's count)
    shared: int = 0


def _windowed(members: list[int], texts: Callable[[int], str], size: int) -> set[int]:
    """Each offer with its WINDOW neighbours in the order of its folded text, title first
    ("sorted neighbourhood"): copies sort together, so near-identical offers still meet, at
    a cost that grows linearly. Offers are numbers (their place in id order), a pair a < b
    is the number a * size + b."""
    ordered = sorted(members, key=lambda i: (texts(i), i))
    pairs = set()
    for position, a in enumerate(ordered):
        for b in ordered[position + 1:position + 1 + WINDOW]:
            pairs.add(a * size + b if a < b else b * size + a)
    return pairs


def candidate_pairs(offers: list[Offer], profiles: Mapping[str, TextKeys | TextProfile],
                    all_municipalities: list[str], rules: PairRules | None = None,
                    settled: Callable[[Offer, Offer, bool], bool] | None = None
                    ) -> Candidates:
    """Sorted id pairs (a < b) that share at least one block, and the blocks that were too
    big to compare in full (MAX_BLOCK). A pair for which `settled(a, b, same wording)`
    holds is known to get no verdict (pair_judgement.never_reported): it counts as a
    candidate (Candidates.shared), but is not handed on to be judged."""
    ordered = sorted(offers, key=lambda o: o.id)
    size = len(ordered)
    groups: dict[tuple, list[int]] = defaultdict(list)
    for number, offer in enumerate(ordered):  # members stay in ascending order
        neighbourhoods = rules.neighbourhoods_of(offer.category) if rules else []
        helps = rules.helps.given(offer) if rules else frozenset()
        for key in set(block_keys(offer, profiles[offer.id], neighbourhoods, helps)):
            groups[key].append(number)
    places = [list(dict.fromkeys(offer_municipalities(o, all_municipalities))) for o in ordered]
    pairs: set[int] = set()
    capped: dict[tuple, CappedBlock] = {}
    # folded texts only for the few offers in blocks too big to compare in full
    texts = lru_cache(maxsize=None)(lambda number: folded_text(ordered[number]))
    conditional = rules.conditional if rules else frozenset()
    everywhere = len(all_municipalities)

    def one_area(a: int, b: int) -> bool:
        """Both offers reach the whole district (marked so or listing every municipality), or
        neither does."""
        return (len(places[a]) >= everywhere) == (len(places[b]) >= everywhere)

    def neighbours(p: int) -> bool:
        """Two offers of a neighbourhood that holds only for some pairs (only across
        Rechtskreise, only after school), for which it holds, in one area (not a
        district-wide offer beside a town's: pair_judgement asks the same)."""
        a, b = ordered[p // size], ordered[p % size]
        return one_area(p // size, p % size) and rules.offers_neighbours(a, b) is not None

    def same_help(p: int) -> bool:
        """Two partners' offers in categories that are no neighbours, both giving the help,
        in one area, or both a help on the net or by chat (a school's notice of the
        district's internship exchange: pair_judgement._one_exchange)."""
        a, b = ordered[p // size], ordered[p % size]
        return a.provider != b.provider and rules.shared_help(a, b) is not None and \
            (one_area(p // size, p % size) or rules.helps.reached_anywhere(a, b))

    for key, members in _local_blocks(groups, places):
        if len(members) < 2 or (key[0] in "topk" and len(members) > MAX_TITLE_BLOCK):
            continue
        if key[0] == "h" or key[0] == "n" and key[1] in conditional:
            found = _windowed(members, texts, size) if len(members) > MAX_BLOCK else \
                (a * size + b for a, b in combinations(members, 2))
            # a pair meets again in each town both serve: asked once (the answer is the same)
            holds = same_help if key[0] == "h" else neighbours
            pairs.update([p for p in found if p not in pairs and holds(p)])
            continue
        if len(members) > MAX_BLOCK:
            if key[0] not in "cn":  # hundreds of exact copies: one finding per copy is enough
                pairs.update(members[0] * size + m for m in members[1:])
                continue
            pairs |= _windowed(members, texts, size)
            # a neighbourhood holding just one category is that category's block: named once,
            # by the category
            same = (key[2], key[3], len(members))
            known = capped.get(same)
            if known is None or (key[0], key[1]) < (known.kind, known.name):
                capped[same] = CappedBlock(key[0], key[1], key[2], key[3], len(members))
            continue
        if key[0] == "k":  # one provider's offers share its contact: that says nothing
            providers = [ordered[m].provider for m in members]
            if len(set(providers)) > 1:  # most contacts are one provider's alone
                pairs.update(a * size + b for a, b in combinations(members, 2)
                             if ordered[a].provider != ordered[b].provider)
            continue
        if key[0] == "o" and _a_day(key[1]):
            # one provider's offers on one day are no write-up of another's; at one regular
            # time they may be one offer entered twice (pair_judgement._one_slot), and so
            # at one venue with one kind of help (pair_judgement._one_day_one_help)
            pairs.update(a * size + b for a, b in combinations(members, 2)
                         if ordered[a].provider != ordered[b].provider
                         or rules and _one_help_there(ordered[a], ordered[b], rules))
            continue
        pairs.update(a * size + b for a, b in combinations(members, 2))
    pairs.update(_rescheduled_pairs(ordered))
    ids = [o.id for o in ordered]
    judged = sorted(pairs)
    if settled is not None:
        wording = [profiles[i].canonical for i in ids]
        judged = [p for p in judged if not settled(
            ordered[p // size], ordered[p % size], wording[p // size] == wording[p % size])]
    return Candidates([(ids[p // size], ids[p % size]) for p in judged],
                      sorted(capped.values(), key=lambda b: (b.municipality, b.band, b.name)),
                      len(pairs))
