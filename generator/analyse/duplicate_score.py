"""The score of one candidate pair and the reasons for it, in words a steering group reads.

A pair can only be a duplicate when both offers reach the same young people: a common
municipality, common classes (or both after school with ages that meet, or overlapping
ages) and a common audience. The score then adds two halves, each at most 0.5:

* structure: same category, how far target groups, audiences and municipalities overlap
  (municipalities as a share of both together, so "kreisweit" against one town is weak).
  It counts less (x STRUCTURE_DISCOUNT) when both offers come from the same provider,
  who runs similar offers on purpose, and when one title names a special group the other
  offer never mentions ("Reha-", "in Gebärdensprache"): a specialised version is no copy.
* text: how alike title, summary and description read; a cosine of TEXT_FULL counts fully.

So two providers with the same kind of offer for the same young people in the same place
are flagged once their texts share a little; one provider's two entries only when one is
a copy of the other.

Some pairs need more evidence than the score (`needs_evidence`): two schools' own offers
reach different pupils unless they are the same event (a common date, and a common place
or a text naming the other school); a school's own offer
against an outside provider's, and two offers of different categories, count only when the
texts really agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from generator.analyse.class_bands import class_span
from generator.analyse.meeting import (
    anywhere,
    at_one_hour_there,
    other_venues,
    same_time,
    shared_venue,
)
from generator.analyse.pair_pointers import declared_one
from generator.analyse.pair_rules import PairRules
from generator.analyse.text_normal import stem, words
from generator.analyse.text_similarity import TextProfile, cosine
from generator.model.offer import YOUTH_AUDIENCES, Offer

THRESHOLD = 0.6
# From here on a near duplicate is reported as likely the same offer; below it as a possible
# double structure that the steering group should look at.
LIKELY = 0.75
TEXT_FULL = 0.55
# Text or title similarity that counts as evidence where the structure alone is not enough.
EVIDENCE_TEXT = 0.3
EVIDENCE_TITLE = 0.4
STRUCTURE_DISCOUNT = 0.3
MAX_NAMED_PLACES = 3


@dataclass(frozen=True)
class Names:
    """Display names for reasons: municipality names (in network order), category labels;
    `institutions` are words that name a place, not a group (school forms)."""

    municipalities: dict[str, str]
    categories: dict[str, str]
    institutions: tuple[str, ...] = field(default=())
    schools: frozenset[str] = frozenset()  # providers that are schools: their offers are internal
    # Rechtskreise, neighbour categories and complements; None: judge by text alone
    rules: PairRules | None = None

    @cached_property
    def place_terms(self) -> frozenset[str]:
        names = [*self.municipalities.values(), *self.institutions]
        return frozenset(stem(w) for name in names for w in words(name))


@dataclass(frozen=True)
class PairScore:
    score: float
    reaches_same_people: bool
    target: float = 0.0  # how far the target groups overlap (target_overlap)
    text: float = 0.0
    title: float = 0.0
    target_shared: frozenset[int] | str | None = None  # target_overlap's, for target_reason
    special: tuple[str, ...] = ()
    common_dates: tuple[dt.date, ...] = ()
    # the structure alone does not make these the same offer and the texts do not agree
    unproven: bool = False
    named: bool = False  # one text names the other's provider (names_other_provider)
    named_both: bool = False  # each text names the other's provider
    structure: float = 0.0  # the structure half: category, target, places, audiences
    # both reach one area: neither reaches the whole district, or both do from anywhere
    # (two online exchanges for the whole district, meeting.anywhere); not a town's offer beside a
    # district-wide one
    one_area: bool = False

    @property
    def agree(self) -> bool:
        """The texts or the titles agree enough to count as evidence."""
        return self.text >= EVIDENCE_TEXT or self.title >= EVIDENCE_TITLE


@dataclass(frozen=True, slots=True)
class Reached:
    """Whom one offer reaches, in the form in which reach() compares two offers: worked out
    once per offer, not once per pair. Equal sets are shared between offers."""

    classes: frozenset[int]
    school_leavers: bool
    ages: tuple[int, int]
    audiences: frozenset[str]
    young: frozenset[str]  # its audiences that are young people (YOUTH_AUDIENCES)
    places: frozenset[str]  # municipality keys
    school: bool  # a school's own offer: it reaches its pupils
    starts: frozenset[dt.date]  # first days of its dates


def reached(offer: Offer, places: frozenset[str], names: Names, shared: dict) -> Reached:
    """`shared` keeps one copy of each set (at 100k offers a few hundred distinct ones)."""
    def one(items) -> frozenset:
        found = frozenset(items)
        return shared.setdefault(found, found)
    target = offer.target
    audiences = one(target.audiences)
    return Reached(one(target.classes), target.school_leavers,
                   (target.min_age or 0, target.max_age or 99), audiences,
                   one(audiences & YOUTH_AUDIENCES), places,
                   offer.provider in names.schools, one(d.start for d in offer.dates))


AFTER_SCHOOL = "beide für junge Menschen nach der Schule"
AGES = "Altersgruppen überschneiden sich"


def target_overlap(a: Reached, b: Reached) -> tuple[float, frozenset[int] | str | None]:
    """How far the target groups overlap (0..1) and what they share: the common classes, or
    the reason in words (target_reason); 0 and None when they do not overlap. Young people
    after school whose ages do not meet are two groups: the Jobcenter's coaching "U25" for
    18 to 24 (or "bis 25") beside its coaching "Ü25" from 25."""
    ca, cb = a.classes, b.classes
    if ca and cb:
        common = ca & cb
        if not common:
            return 0.0, None
        return len(common) / min(len(ca), len(cb)), common
    (lo_a, hi_a), (lo_b, hi_b) = a.ages, b.ages
    common_years = min(hi_a, hi_b) - max(lo_a, lo_b) + 1
    # "bis 25" beside "ab 25" share one year at the edge: U25 and Ü25 as partners write them
    if common_years <= 0 or common_years == 1 and (hi_a == lo_b or hi_b == lo_a):
        return 0.0, None
    if a.school_leavers and b.school_leavers:
        return 1.0, AFTER_SCHOOL
    if (ca or cb) and (a.school_leavers or b.school_leavers):
        return 0.0, None  # one for pupils, the other after school
    shorter = min(hi_a - lo_a, hi_b - lo_b) + 1
    return min(1.0, common_years / shorter), AGES


def target_reason(shared: frozenset[int] | str | None) -> str | None:
    """What target_overlap found both share, in words ("Klassen 9–10 überschneiden sich"):
    written only for a pair that is reported (some 12 % of the pairs compared)."""
    if isinstance(shared, frozenset):
        return f"Klassen {class_span(shared)} überschneiden sich"
    return shared


def _share(a: set, b: set) -> float:
    """Of the smaller set, how much the other one has too: a subset counts fully."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _jaccard(a: frozenset, b: frozenset) -> float:
    """Common part of both sets: a district-wide offer shares little with a town's one."""
    if not (a and b):
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def specialised_words(a: Offer, b: Offer, pa: TextProfile, pb: TextProfile,
                      names: Names) -> list[str]:
    """Words by which one title narrows the other's to a special group, if any.

    One title contains the other's words plus some that the other offer never uses,
    leaving out places, partners' names and years: "Reha-Berufsberatung" against
    "Berufsberatung".
    """
    places = names.place_terms
    # a title that names a partner ("an der Lindenhof-Realschule") names a place, no group
    partners = names.rules.name_words(a.provider, b.provider) if names.rules else frozenset()
    for short, long_, offer in ((pa, pb, b), (pb, pa, a)):
        core = {t for t in short.title_terms if t not in places and not t.isdigit()}
        if not core or not core <= long_.title_terms:
            continue
        extra = {t for t in long_.title_terms - short.title_terms - short.body_terms
                 if t not in places and t not in partners and not any(c.isdigit() for c in t)}
        if extra:
            return sorted({w for w in words(offer.title) if stem(w) in extra})
    return []


def municipality_reason(common: list[str], names: Names) -> str:
    if len(common) == len(names.municipalities) and len(common) > 1:
        return "beide im ganzen Kreis"
    shown = [names.municipalities.get(ags, ags) for ags in common]
    if len(shown) == 1:
        return f"beide in {shown[0]}"
    if len(shown) <= MAX_NAMED_PLACES:
        return f"beide in {', '.join(shown[:-1])} und {shown[-1]}"
    return f"beide in {len(shown)} Gemeinden, u. a. {', '.join(shown[:MAX_NAMED_PLACES])}"


def _percent(value: float) -> str:
    return f"{round(value * 100)} %"


@dataclass(frozen=True, slots=True)
class Reach:
    """The part of a pair's numbers that needs no text: whom both reach, and how far."""

    target: float
    target_shared: frozenset[int] | str | None  # the classes in common … (target_overlap)
    structure: float  # the structure half, discounted for one provider's two entries
    common_dates: tuple[dt.date, ...]
    one_area: bool


def no_one_in_common(ra: Reached, rb: Reached) -> bool:
    """Two offers reach no young people in common, wherever they are (reach gives None): no
    target group or no audience in common. Asks nothing but classes, school leavers, ages
    and audiences (PairJudge.settled remembers its answers by them)."""
    return not target_overlap(ra, rb)[0] or ra.audiences.isdisjoint(rb.audiences)


def reach(a: Offer, b: Offer, ra: Reached, rb: Reached, names: Names) -> Reach | None:
    """How far two offers (whom they reach: `ra`, `rb`) reach the same young people, or
    None when they do not."""
    target, target_shared = target_overlap(ra, rb)
    if not target:
        return None
    audiences = _share(ra.audiences, rb.audiences)
    # Two offers for young people share them, whichever adults one invites besides (a
    # school's job day "with parents" beside a chamber's fair for pupils and leavers).
    if ra.young and rb.young:
        audiences = max(audiences, _share(ra.young, rb.young))
    if not audiences:
        return None
    # A school's own offer reaches its town, and a district-wide offer reaches it there too.
    municipalities = (_share if ra.school or rb.school else _jaccard)(ra.places, rb.places)
    if not municipalities:
        return None
    structure = 0.1 * (a.category == b.category) + 0.2 * target + 0.1 * municipalities \
        + 0.1 * audiences
    if a.provider == b.provider:
        structure *= STRUCTURE_DISCOUNT
    common = ra.starts & rb.starts
    common_dates = tuple(sorted(common)) if common else ()
    everywhere, places_a, places_b = len(names.municipalities), len(ra.places), len(rb.places)
    one_area = places_a < everywhere and places_b < everywhere or (
        places_a >= everywhere and places_b >= everywhere
        and (anywhere(a) and anywhere(b) or _one_occasion(a, b, common_dates)))
    return Reach(target, target_shared, structure, common_dates, one_area)


def _one_occasion(a: Offer, b: Offer, common_dates: tuple) -> bool:
    """Two district-wide entries that meet their young people at one time (a day in common
    or the same regular time) and at no two places: one event for the whole district, such
    as the chamber's last-minute exchange entered by the chamber and by the Agentur."""
    return bool(common_dates or same_time(a, b)) and not other_venues(a, b)


def score_pair(a: Offer, b: Offer, pa: TextProfile, pb: TextProfile, ra: Reached,
               rb: Reached, names: Names) -> PairScore:
    """The numbers of a pair; texts are compared only when both reach the same people."""
    both = reach(a, b, ra, rb, names)
    if both is None:
        return PairScore(0.0, False)
    return score_reached(a, b, pa, pb, both, cosine(pa.body, pb.body), names)


def score_reached(a: Offer, b: Offer, pa: TextProfile, pb: TextProfile, both: Reach,
                  text: float, names: Names, naming: int | None = None) -> PairScore:
    """score_pair for two offers that reach the same people (`both`), with the cosine of
    their texts (and names_other_provider, when the caller has it already)."""
    structure, common_dates = both.structure, both.common_dates
    title = cosine(pa.title, pb.title)
    weak_text = text < EVIDENCE_TEXT and title < EVIDENCE_TITLE
    if naming is None:
        naming = names_other_provider(a, b, pa, pb, names)
    named = naming > 0
    if different_pupils(a, b, names, common_dates, named):
        return PairScore(0.0, False, both.target, text, title)
    unproven = weak_text and needs_evidence(a, b, names, common_dates) and not named
    score = structure + 0.5 * min(1.0, text / TEXT_FULL)
    special: tuple[str, ...] = ()
    if a.provider != b.provider and not named and not common_dates and \
            not declared_one(a, b) and not at_one_hour_there(a, b):
        # a text that names the other's provider writes up that provider's offer, an entry
        # that gives the other's contact or page points at it, and two entries on one day
        # or at one hour in one place are one occasion: a title word more ("Projekt …",
        # "Mitmach-", the first names of the staff, the Jobcenter's "arbeitsmarktnahe
        # Qualifizierung" in the production school's hall at its hours) is wording, no
        # special group (the groups in the data still count)
        special = tuple(specialised_words(a, b, pa, pb, names))
        if special:
            score -= structure * (1 - STRUCTURE_DISCOUNT)
    return PairScore(round(min(score, 1.0), 2), True, both.target, text, title,
                     both.target_shared, special, common_dates, unproven, named, naming == 2,
                     round(structure, 2), both.one_area)


def best_case(a: Offer, b: Offer, both: Reach, text: float, names: Names,
              naming: int | None = None) -> PairScore | None:
    """The most the numbers of two offers that reach the same people (`both`) can be, from
    the cosine of their texts alone, or None when score_pair finds they do not reach the
    same pupils. Each field is at least score_pair's: the titles agree fully, each text
    names the other's provider wherever names_other_provider may find that (or as often as
    it found, `naming`), no special group costs score, nothing is unproven."""
    if naming is None:
        naming = most_naming(a, b, names)
    named, named_both = naming > 0, naming == 2
    if different_pupils(a, b, names, both.common_dates, named):
        return None
    score = both.structure + 0.5 * min(1.0, text / TEXT_FULL)
    return PairScore(round(min(score, 1.0), 2), True, both.target, text, 1.0,
                     both.target_shared, (), both.common_dates, False, named, named_both,
                     round(both.structure, 2), both.one_area)


def most_naming(a: Offer, b: Offer, names: Names) -> int:
    """The most names_other_provider can find for two offers: both texts, where a text may
    name the other's provider at all (two partners, with the district's rules), else none."""
    return 2 if a.provider != b.provider and names.rules is not None else 0


def needs_evidence(a: Offer, b: Offer, names: Names, common_dates: tuple) -> bool:
    """A school's own offer against an outside provider's, or offers of two categories:
    the structure alone does not make them the same offer."""
    school_a, school_b = a.provider in names.schools, b.provider in names.schools
    return (school_a != school_b and not common_dates) or a.category != b.category


def text_names(offer: Offer, other: Offer, profile: TextProfile, names: Names) -> bool:
    """Whether the offer's text (`profile`, its terms) names the `other` offer's provider."""
    return names.rules.names_provider(profile.body_terms, other.provider, names.place_terms,
                                      offer, other)


def names_other_provider(a: Offer, b: Offer, pa: TextProfile, pb: TextProfile,
                         names: Names, said=text_names) -> int:
    """How many of the two texts name the other's provider (0, 1 or 2): a school writing up
    the Agentur's session at the school, a Träger working "im Auftrag des Jobcenters", in
    whatever categories the two filed it (pair_judgement decides what the naming proves).
    `said` stands for text_names (the duplicate check remembers its answers)."""
    if names.rules is None or a.provider == b.provider:
        return 0
    return sum(said(offer, other, profile, names)
               for offer, other, profile in ((a, b, pa), (b, a, pb)))


def different_pupils(a: Offer, b: Offer, names: Names, common_dates: tuple,
                     named: bool) -> bool:
    """Two schools' own offers reach each school's pupils, unless they are one event: a
    common date, and a place in common or a text that names the other school (a joint
    evening in one school's forum). Two schools' study days on the same date, each in its
    own house or without a place, are each school's own day."""
    if not (a.provider in names.schools and b.provider in names.schools
            and a.provider != b.provider):
        return False
    return not (common_dates and (named or shared_venue(a, b)))


def pair_reasons(a: Offer, pair: PairScore, same_category: bool, common: list[str],
                 names: Names) -> tuple[str, ...]:
    """The reasons in words: "gleiche Kategorie …, Klassen 9–10 überschneiden sich, …"."""
    reasons = []
    if same_category:
        reasons.append(f"gleiche Kategorie {names.categories.get(a.category, a.category)}")
    target = target_reason(pair.target_shared)
    if target:
        reasons.append(target)
    if common:
        reasons.append(municipality_reason(common, names))
    if pair.common_dates:
        reasons.append(f"gleicher Termin am {pair.common_dates[0]:%d.%m.%Y}")
    reasons.append(f"Titel zu {_percent(pair.title)} ähnlich")
    reasons.append(f"Text zu {_percent(pair.text)} ähnlich")
    if pair.special:
        reasons.append(f"nur ein Titel nennt „{' '.join(pair.special)}“: vielleicht ein "
                       "spezialisiertes Angebot")
    return tuple(reasons)
