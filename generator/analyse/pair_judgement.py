"""The verdict on one pair that reaches the same young people in the same place:

1. complementary look-alikes (complements.py) are neither kind, unless an exact copy (one
   provider's copy on other dates is the same format at another time: no finding);
2. "Dasselbe Angebot doppelt": an exact copy; a copy inside one provider (score at least
   THRESHOLD, where the structure counts less, or one kind of help at one regular time or
   on one page of its own for the same people, _one_slot, _one_page); between two
   partners, unless they are
   apart (dated on other days, or one for adults only):
   * in categories that are not neighbours only a text naming the other partner (or
     entries that point at each other) with one regular time or all days in common,
   * one dated event at one venue on all the same days, when a text names the other
     partner or the venue is the other partner's own (in any categories and areas),
   * one dated event entered twice (a common day, no other venue, and the same venue, a
     text naming the other partner, texts that agree, or all days in common for the same
     people; neighbouring categories only the last),
   * one lasting offer at one venue or one regular time (same or neighbouring category,
     people and towns, no dates),
   * one offer run together (each text names the other partner, the same young people;
     or one gives the other as co-provider under the same Rechtskreis),
   * entries that point at each other (the other partner's contact, the same page),
   * a text that names the other's provider ("im Auftrag des Jobcenters"; a co-provider
     counts as named; at least THRESHOLD),
   * a school's write-up (at least LIKELY, same venue or none, same kind of timing) or two
     texts that say nearly the same (SAME_TEXT, at least LIKELY);
3. "Doppelstruktur?": two partners with the same kind of help, not dated a season apart
   (meeting.other_season), namely
   * across Rechtskreise (SGB II, SGB III, SGB VIII …) in the same or a neighbouring
     category, even in other words, a school's own offer beside an outside one only when
     the texts agree or both give one kind of help (help_kinds.py), or
   * in the same Rechtskreis (or none known), never with a school's own offer beside an
     outside one: in the same category when the texts agree at least STRUCTURE_SCORE, or
     in the same or a neighbouring category in any words when the people, towns and
     audiences are the same in one area (neither reaches the whole district, or both do
     from anywhere: two online exchanges), or in neighbouring categories both for the
     whole district with one kind of help (_district_help), or
   * in categories that are no neighbours, when both texts give one kind of help
     (help_kinds.py) to the very same young people in one area, or both for the whole
     district (for adults only by phone or chat or for one special group; _same_help);
     such a kind of help also stands for neighbouring categories in the evidence of one
     offer.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from generator.analyse.audience import is_for_young_people
from generator.analyse.complements import (
    ComplementRules,
    groups_may_meet,
    on_other_dates,
    other_groups,
)
from generator.analyse.duplicate_score import (
    LIKELY,
    STRUCTURE_DISCOUNT,
    THRESHOLD,
    Names,
    PairScore,
    Reached,
    no_one_in_common,
    pair_reasons,
)
from generator.analyse.meeting import (
    anywhere,
    at_one_hour_there,
    at_one_time,
    dates_on_its_weekdays,
    hosted,
    hosted_that_day,
    hours_unknown,
    on_all_the_same_days,
    on_other_weekdays,
    on_the_same_weekdays,
    other_days,
    other_season,
    other_timing,
    other_venues,
    rescheduled,
    same_days,
    same_time,
    shared_venue,
    untimed_there,
)
from generator.analyse.pair_pointers import (
    co_provides,
    declared_one,
    pages,
    pointers,
    sends_to_shared_exchange,
)
from generator.analyse.pair_rules import PairRules, Provider, not_one_sphere, shared_stages
from generator.analyse.text_normal import all_words, holds_phrase, stem
from generator.analyse.timing import regular_days
from generator.model.offer import Offer

EXACT, SAME_PROVIDER, NEAR = "duplicate-exact", "duplicate-same-provider", "duplicate-near"
STRUCTURE = "duplicate-structure"
# The partner kind (vocabularies.yaml, partner_kinds) of the district or a municipality
DISTRICT_KIND = "kommune"
# From this score on (and with texts that agree) a pair is the same offer described twice.
SAME_SCORE = LIKELY
# Same category, same Rechtskreis: from this score on two partners' offers are a double
# structure worth a meeting's time; below it the over-supply matrix shows the cell.
STRUCTURE_SCORE = 0.7
# Across Rechtskreise the words differ: the same kind of help for the same young people is
# enough, when the target groups overlap at least this far (target_overlap).
CROSS_TARGET = 0.5
# Two independent partners' texts agree this far (cosine of the weighted terms) only when one
# copied the other: below it they describe two offers of the same kind.
SAME_TEXT = 0.45
# The structure half of the score (at most 0.5) from which two partners' offers of one
# category reach the same young people in the same towns: a double structure in any words.
SAME_STRUCTURE = 0.45
NEIGHBOUR_BONUS = 0.1  # what the same category adds to the score's structure half
# One provider's two titles that agree this far (cosine of the weighted terms) name one offer:
# "Ausbildungsvorbereitung (AV) – Vollzeit" and "AV – Ausbildungsvorbereitung (Vollzeit/
# Teilzeit mit Praktikum)". The weights depend on all offers compared: these two titles
# agree 0.88 among the evaluation set's 3,700 offers and 0.71 when they are compared alone
# (a word both use weighs less where few offers are).
SAME_TITLE = 0.7
# Phrases (folded) by which a new entry says it renames an old one ("früher als" is no such
# phrase: "wer sich früher als andere bewirbt").
RENAMED = ("heisst jetzt", "hiess frueher", "frueher hiess", "frueher bei uns", "ehemals",
           "vormals", "umbenannt", "neuer name", "neuen namen", "ersetzt unseren",
           "bisherigen eintrag", "unter dem namen")
# How many words before or after such a phrase the old title's word may stand.
RENAMED_REACH = 8
# Phrases (folded) in which one provider's entry says that the offer moved (_moved).
MOVED = ("umgezogen", "ziehen um", "zieht um", "neue adresse", "neuen adresse", "neue raeume",
         "neuen raeumen", "neuer standort", "neuen standort")
# An abbreviation a title spells out in brackets: "(AV)", "(BvB)", "(IFK)"; two to six
# letters, capitals first and last, and the words before it hold its letters in order, the
# first at the start of a word ("(NEU)" after "Bewerbungstraining" is no abbreviation).
ABBREVIATION = re.compile(r"\(([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,4}[A-ZÄÖÜ])\)")


@dataclass(frozen=True)
class Verdict:
    code: str
    score: float
    reasons: tuple[str, ...]
    legal_spheres: tuple[str, ...] = ()


def _structure_evidence(a: Offer, b: Offer, pair: PairScore, cross: bool,
                        neighbours: str | None, names: Names) -> bool:
    same_category = a.category == b.category
    if not (same_category or neighbours) or other_season(a, b) or \
            _other_help_there(a, b, names):
        return False
    school_alone = (a.provider in names.schools) != (b.provider in names.schools) and \
        (_schools_own(a, names) or _schools_own(b, names))
    if is_for_young_people(a) != is_for_young_people(b):
        return False  # a parents' evening beside counselling for the young people
    if cross:
        # Two Rechtskreise giving the same kind of help (one category or neighbours) to the
        # same young people in the same place: that is the question, whatever the words.
        # A school's own offer beside an outside one only when the texts agree: a text
        # that names the other partner is evidence of one offer, not of two. Neighbours only
        # across Rechtskreise (the Jobcenter's placement beside the Agentur's counselling) in
        # one area only: a district-wide hour beside each town's offers is no question; the
        # same help twice in the whole district is (the Agentur's video counselling beside a
        # youth service's chat, _district_help).
        if neighbours and not pair.one_area and names.rules and \
                names.rules.neighbourhood(a.category, b.category) is None and \
                not (_district_help(a, b, names) and _one_help(a, b, names)):
            return False  # (blocking.candidate_pairs does not pair a town's with those either)
        return not (school_alone and not (pair.agree or _one_help(a, b, names))) and \
            pair.target >= CROSS_TARGET and (same_category or _most_of_both(a, b))
    if school_alone:  # beside a partner without a Rechtskreis: as across them, in one area
        return _one_help(a, b, names) and pair.one_area and pair.target >= CROSS_TARGET and \
            (same_category or _most_of_both(a, b))
    if not same_category:  # neighbours in one Rechtskreis: only for the very same people
        return _same_people_same_place(pair, NEIGHBOUR_BONUS) and _most_of_both(a, b) or \
            _one_help(a, b, names) and _help_in_district(a, b, pair, names)
    # a school's offer beside an outside one in weak words: one kind of help in both texts
    # proves it (the chamber's exam course beside the Berufskolleg's crash course for it);
    # and one help named in both texts, twice in the whole district, both held at places
    # or both on the net (an exchange on the net beside an office is no second exchange)
    return (not pair.unproven or _one_help(a, b, names)) and (
        pair.score >= STRUCTURE_SCORE or _same_people_same_place(pair)
        or _remote_in_district(a, b, names) and pair.structure >= SAME_STRUCTURE
        or anywhere(a) == anywhere(b) and _help_in_words(a, b, names)
        and _help_in_district(a, b, pair, names))


def _at_least(value: float, bar: float) -> bool:
    """value >= bar for scores in hundredths: 0.35 + 0.1 reaches 0.45 (in floating point
    the sum is 0.44999999999999996)."""
    return round(value, 2) >= round(bar, 2)


def _schools_own(offer: Offer, names: Names) -> bool:
    """A school's offer for its classes: its own pupils. A Berufskolleg's year of
    Ausbildungsvorbereitung for school leavers takes young people from the whole town, as
    a Träger's BvB there does."""
    return offer.provider in names.schools and bool(offer.target.classes)


def _one_help(a: Offer, b: Offer, names: Names) -> bool:
    """Both texts give one kind of help (help_kinds.py): a school's own study counselling
    beside the Agentur's in that school, each in its own words, is that help twice there."""
    return names.rules is not None and names.rules.helps.shared(a, b) is not None


def _help_in_words(a: Offer, b: Offer, names: Names) -> bool:
    """Both texts give one kind of help in their words, and not a group's help (one with
    situations or audiences, help_kinds), which is more the group than the help: the
    chamber's exam course and the Berufskolleg's exam club for all apprentices of the
    district, each giving "Prüfungsvorbereitung"; not the chamber's welcome pilots beside the
    Agentur's counselling for newcomers, each for young refugees of the whole district, nor
    two parents' hours, each in its own house."""
    if names.rules is None:
        return False
    helps = names.rules.helps
    common = helps.given(a) & helps.given(b) & helps.named_helps(a) & helps.named_helps(b)
    return any(not (helps.helps[key].situations or helps.helps[key].audiences)
               for key in common)


def _other_helps(a: Offer, b: Offer, names: Names) -> bool:
    """One title names kinds of help (help_kinds.py) and the other entry gives kinds of help,
    none of them the same: a provider's "Führerschein-Lerngruppe" beside its application hour
    in one youth club at one hour are two offers. (A general counselling's topics in its
    text do not part it: "Finanzen" in the old entry, "keinen Plan" in the new one; nor
    does a title's help where the other entry gives no help this one lacks: the
    "Sprechstunde der Jugendberufshilfe" beside the "Übergangsberatung" whose help after a
    dropout it gives too.)"""
    if names.rules is None:
        return False
    helps = names.rules.helps
    titled_a, titled_b = helps.titled(a), helps.titled(b)
    gives_a, gives_b = helps.given(a) | titled_a, helps.given(b) | titled_b
    return bool(titled_a and gives_b) and titled_a.isdisjoint(gives_b) and \
        not gives_b <= gives_a or \
        bool(titled_b and gives_a) and titled_b.isdisjoint(gives_a) and not gives_a <= gives_b


def _other_help_there(a: Offer, b: Offer, names: Names) -> bool:
    """In one house at one hour, one title names a help the other entry does not give
    (_other_helps): the Caritas' debt counselling in Kolibri's youth house at the hour of
    its job consulting is other help for whoever comes, no second job consulting."""
    return shared_venue(a, b) and same_time(a, b) and _other_helps(a, b, names)


def _same_help(a: Offer, b: Offer, pair: PairScore, names: Names) -> bool:
    """Two partners' offers in categories that are no neighbours, whose texts both give one
    kind of help (help_kinds.py; only such offers are asked): AsA flex beside the
    Azubi-Beratung of the Jugendhilfe, two counselling services after a dropout. For the very
    same young people in one area (one town, or both reached from anywhere in the district),
    not a season apart, that is the same help twice there, in any Rechtskreis, also a
    school's own offer beside an outside one in other words (as _one_help for neighbouring
    categories: a school's exam group beside a youth centre's learning help). A course on
    its dates beside a weekly open door is the same help in two formats: the steering group
    asks about the help, not the format (every blind file labels such pairs so). So is the
    same help twice in the whole district (_district_help)."""
    if other_season(a, b) or \
            is_for_young_people(a) != is_for_young_people(b):
        return False
    if _district_help(a, b, names):
        return _all_of_them(a, b, pair)
    return _same_people_same_place(pair, NEIGHBOUR_BONUS) and _most_of_both(a, b)


def _help_in_district(a: Offer, b: Offer, pair: PairScore, names: Names) -> bool:
    """A help twice in the whole district (_district_help) for the same people
    (_all_of_them)."""
    return _district_help(a, b, names) and _all_of_them(a, b, pair)


def _all_of_them(a: Offer, b: Offer, pair: PairScore) -> bool:
    """The same people wherever each offer reaches them: the structure half nearly full and
    mostly the same classes."""
    return _at_least(pair.structure + NEIGHBOUR_BONUS, SAME_STRUCTURE) and _most_of_both(a, b)


def _district_help(a: Offer, b: Offer, names: Names) -> bool:
    """Both offers are for the whole district and help the same people there: young people
    (the chamber's exam course and the AsA flex tutoring, each for all apprentices of the
    district), one special group (_one_group_in_district), adults by phone or chat
    (_remote_in_district), or the same adults (two trainings for teachers on guiding the
    choice of a job, an online series and an information for parents on the dual system)."""
    return _both_district_wide(a, b, names) and (
        is_for_young_people(a) or _one_group_in_district(a, b, names)
        or _remote_in_district(a, b, names)
        or set(a.target.audiences) == set(b.target.audiences))


def _one_group_in_district(a: Offer, b: Offer, names: Names) -> bool:
    """Both offers are for the whole district and only for the same special group (the same
    situations): the Agentur's counselling after a dropout beside a Träger's coaching for
    the same young people, each for the whole district, is that help twice in the district."""
    situations = set(a.target.situations)
    return bool(situations) and situations == set(b.target.situations) and \
        _both_district_wide(a, b, names)


def _remote_in_district(a: Offer, b: Offer, names: Names) -> bool:
    """Both offers are for the whole district and give one help by phone or chat (help_kinds,
    `remote`): the Agentur's parents' line and an association's parents' hotline reach the
    same parents anywhere, whatever hours each keeps."""
    return names.rules is not None and _both_district_wide(a, b, names) and \
        names.rules.helps.remote_shared(a, b)


def _both_district_wide(a: Offer, b: Offer, names: Names) -> bool:
    return _district_wide(a, names) and _district_wide(b, names)


def _district_wide(offer: Offer, names: Names) -> bool:
    return offer.covers_district or len(set(offer.municipalities)) >= len(names.municipalities)


def _groups(offer: Offer) -> set:
    """The classes an offer is for, and "after school" when it is for school leavers too."""
    return set(offer.target.classes) | ({"after"} if offer.target.school_leavers else set())


def _most_of_both(a: Offer, b: Offer) -> bool:
    """Two offers of neighbouring categories, both for school classes, serve the same young
    people only when their groups (classes, after school) are mostly the same, seen from
    either side (at least CROSS_TARGET of both together): a transition coach for classes 8
    to 10 and after school is no second school social work for all pupils of classes 5 to
    10. Nor when all groups of one are among the other's, for young people: a school's
    coaching for its class 10 beside the youth office's help for the leaving classes and
    after school (a parents' evening for one year beside a parents' hour for all is a topic
    of its own). An offer
    for no class in particular is judged by its ages (target_overlap)."""
    if not (a.target.classes and b.target.classes):
        return True
    ga, gb = _groups(a), _groups(b)
    return len(ga & gb) >= CROSS_TARGET * len(ga | gb) or \
        is_for_young_people(a) and (ga <= gb or gb <= ga)


def _same_people_same_place(pair: PairScore, bonus: float = 0.0) -> bool:
    """Same category (or neighbours, with `bonus`), the same young people, the same towns
    and audiences (the structure half nearly full), in one area (not a town's offer beside a
    district-wide one; two district-wide ones reached from anywhere, such as two online
    internship exchanges, are): two partners doing the same thing there, whatever their
    words."""
    return _at_least(pair.structure + bonus, SAME_STRUCTURE) and pair.one_area


def _same_offer(a: Offer, b: Offer, pair: PairScore, neighbours: str | None,
                names: Names, one_sphere: bool = False) -> bool:
    """Evidence that two entries describe one offer: one provider's copy (whose titles name
    alike kinds of help: _titled_alike) or renamed entry, a text that names the other
    provider (a school writing up a partner's session or notice of its day), an entry
    pointing at the other's offer, a school's own entry with texts that agree or of the
    same help in the partner's house, or two partners' texts that say nearly the same. Two
    independent partners writing their own words about the same kind of help run two
    offers: that is a double structure, not one offer entered twice."""
    # a co-provider is named by the entry itself
    named = pair.named or co_provides(a, b)
    if _renamed(a, b, pair, names):  # one provider's entry saying so is proof enough
        return True
    notice = _notice_of_shared_exchange(a, b, names)  # a proof, asked below twice
    # weak words, two categories or a school's own: only a fact proves it (for one
    # provider's two entries, declared_one says nothing, but one page of their own does; a
    # school's same help in the partner's house on its weekdays does too, and so do one
    # provider's hour kept or moved in one room and a notice of the district's exchange)
    if pair.unproven and not (named or at_one_time(a, b) or declared_one(a, b)
                              or pages(a) & pages(b) or _one_room_one_day(a, b)
                              or a.provider == b.provider and at_one_hour_there(a, b)
                              or rescheduled(a, b)
                              or _hosted_help(a, b, pair, names) or notice):
        return False
    if a.provider == b.provider:
        return pair.score >= THRESHOLD and _titled_alike(a, b, names) or \
            _moved(a, b, pair, names) or _new_time(a, b, pair, names) or \
            _one_slot(a, b, pair, neighbours, names) or \
            _one_page(a, b, pair, neighbours, names) or \
            _one_day_one_help(a, b, pair, neighbours, names) or _one_title(a, b, pair, names)
    if _apart(a, b, pair):
        return False
    if (named or hosted_that_day(a, b)) and _one_event_there(a, b) or \
            named and (a.category == b.category or neighbours) and _notice_of_the_day(a, b) or \
            _hosted_help(a, b, pair, names) or \
            named and _one_exchange(a, b, names) or _pointed_help(a, b, pair, names) or \
            notice or _one_page_one_day(a, b) or _one_help_there_that_day(a, b, names):
        return True
    if not (a.category == b.category or neighbours):
        return (named or declared_one(a, b)) and _meet(a, b, pair) or \
            declared_one(a, b) and _nothing_apart(a, b, pair) or \
            _one_room_one_hour(a, b, pair, names)
    school = a.provider in names.schools or b.provider in names.schools
    if _same_event(a, b, pair, neighbours) or _same_place(a, b, pair, neighbours, names) or \
            _run_together(pair) or _co_provided(a, b, pair, neighbours, one_sphere):
        return True
    if declared_one(a, b) and _same_people_same_place(
            pair, 0.0 if a.category == b.category else NEIGHBOUR_BONUS):
        return True
    if named and neighbours:  # another category: the texts must agree as well
        return pair.agree and _at_least(pair.score + NEIGHBOUR_BONUS, THRESHOLD)
    if named:
        return pair.score >= THRESHOLD
    # a school's write-up needs no wording of its own, unless it takes place elsewhere or
    # runs otherwise (a three-week practicum beside a weekly help to find a place)
    written_up = school and not other_venues(a, b) and not other_timing(a, b)
    return pair.score >= SAME_SCORE and a.category == b.category and (
        written_up or pair.text >= SAME_TEXT)


def _one_slot(a: Offer, b: Offer, pair: PairScore, neighbours: str | None,
              names: Names) -> bool:
    """One provider's two entries of one kind of help at the same regular time, for the very
    same young people in the same towns, at no venues that differ: one offer entered twice in
    other words (a du-text and an official one). A provider does not run the same help twice
    at one hour for the same people; two groups in two rooms name their rooms. In one room
    at one hour, the two entries are one offer whatever categories they were filed under
    (the Agentur's monthly hour at a Gymnasium as "Studienorientierung" and as
    "Berufsberatung"), and so are two entries whose texts give one kind of help at the very
    same hours, more than the phone both use (a phone line for apprentices as
    "Ausbildungsbegleitung" and, with its new chat, as "Coaching"; not a debt counselling by
    phone beside it). Not so on one day: a provider's job-field day runs several
    workshops at once, in one house. Where both texts give one kind of help (help_kinds),
    it is one offer whatever ages each entry gives (a debt counselling "ab 16" and "ab
    18"). (Kinds of help in neither text do not make two offers: a general counselling
    lists "Finanzen" in one entry and "keinen Plan" in the other.)"""
    # an hour in common in one room counts too: the new entry that adds a day to the old hour
    one_hour = same_time(a, b) or hours_unknown(a, b) or at_one_hour_there(a, b)
    if not one_hour or other_venues(a, b) or _other_helps(a, b, names):
        return False
    one_help = _one_help(a, b, names)
    one_content = one_help and names.rules.helps.shared_content(a, b)
    return _one_kind_same_people(
        a, b, pair, neighbours, any_category=shared_venue(a, b) or one_content and same_time(a, b),
        ages=not one_help)


def _one_title(a: Offer, b: Offer, pair: PairScore, names: Names) -> bool:
    """One provider's two entries under one title (SAME_TITLE, or one programme by its
    abbreviation: _one_abbreviation), lasting (no dates, no regular time), at no venues that
    differ, for the very same young people in the same towns: the old entry and the new
    one, each filed under another category (the Berufskolleg's "Ausbildungsvorbereitung (AV)
    – Vollzeit" as preparation and its new "AV – ein Jahr Praxis + Abschluss nachholen" as a
    way to the certificate)."""
    lasting = not (a.dates or b.dates or a.schedule or b.schedule)
    return lasting and pair.target >= 1.0 and pair.one_area and not other_venues(a, b) and \
        _same_towns(a, b) and _titled_alike(a, b, names) and (
            pair.title >= SAME_TITLE or _one_abbreviation(a.title, b.title))


def _renamed(a: Offer, b: Offer, pair: PairScore, names: Names) -> bool:
    """One provider's new entry says the old one was renamed, in a phrase of RENAMED, and
    names near it (RENAMED_REACH) a word of the old title that its own title lacks, no
    place name ("Unsere Praktikumsbörse heißt jetzt ‚Praxisplatz finden‘" beside the entry
    "Praktikumsbörse Rosenfeld"), for the very same young people in the same towns: one
    offer, its old and its new entry. In one room at one hour the phrase alone is proof
    ("Neuer Name, gleiche Leute, gleicher Ort")."""
    if a.provider != b.provider or pair.target < 1.0 or not _same_towns(a, b) or \
            other_venues(a, b):
        return False
    for new, old in ((a, b), (b, a)):
        near = _words_near_renaming(new.summary, new.description or "")
        if near and shared_venue(a, b) and same_time(a, b):
            return True
        if near:
            own = set(all_words(new.title))
            if any(len(word) >= 6 and word in near and word not in own
                   and stem(word) not in names.place_terms for word in all_words(old.title)):
                return True
    return False


def _moved(a: Offer, b: Offer, pair: PairScore, names: Names) -> bool:
    """One provider's entry says the offer moved (MOVED: "Wir sind umgezogen!"), the two
    are at other venues, give one kind of help and no other (_one_help, _other_helps), and
    meet the very same young people in the same towns at the very same regular hour: the
    old entry at the old place and the new one ("Startklar – jetzt im Jugendtreff
    Nordstadt", Mondays, Tuesdays and Thursdays 10 to 16 as before). A provider that moves
    says so in all its entries; its application café is still no driving-licence group."""
    if pair.target < 1.0 or not _same_towns(a, b) or not same_time(a, b) or \
            not other_venues(a, b) or not _one_help(a, b, names) or _other_helps(a, b, names):
        return False
    return _says_moved(a.summary, a.description or "") or \
        _says_moved(b.summary, b.description or "")


def _new_time(a: Offer, b: Offer, pair: PairScore, names: Names) -> bool:
    """One provider's entry says the offer now meets at another time, in the same room
    (meeting.rescheduled: "jetzt dienstags!"), both give one kind of help and no other, for
    the very same young people in the same towns: the old entry and the new one."""
    return pair.target >= 1.0 and _same_towns(a, b) and rescheduled(a, b) and \
        _one_help(a, b, names) and not _other_helps(a, b, names)


@lru_cache(maxsize=4096)
def _says_moved(summary: str, description: str) -> bool:
    """Whether a text holds a phrase of MOVED, as whole words (read once per text)."""
    return holds_phrase(f"{summary} {description}", MOVED)


@lru_cache(maxsize=4096)
def _words_near_renaming(summary: str, description: str) -> frozenset[str]:
    """The folded words within RENAMED_REACH of a phrase of RENAMED in the text, or none:
    read once per text (one provider's entries meet in many pairs)."""
    words = all_words(f"{summary} {description}")
    near: set[str] = set()
    for phrase in RENAMED:
        parts = phrase.split()
        for start in range(len(words) - len(parts) + 1):
            if words[start:start + len(parts)] == parts:
                near.update(words[max(0, start - RENAMED_REACH):
                                  start + len(parts) + RENAMED_REACH])
    return frozenset(near)


def _one_abbreviation(a: str, b: str) -> bool:
    """One title spells out a programme with its abbreviation in brackets, the other uses
    the abbreviation as a word: "Ausbildungsvorbereitung (AV) in Vollzeit" and "AV Küche &
    Service – dein Jahr am BK"."""
    return any(all_words(match.group(1))[0] in all_words(other)
               for own, other in ((a, b), (b, a)) for match in ABBREVIATION.finditer(own)
               if _spelled_out(match.group(1), own[:match.start()]))


def _spelled_out(short: str, before: str) -> bool:
    """Whether the words before an abbreviation hold its letters in order, the first at the
    start of a word: "Ausbildungsvorbereitung" spells out "AV", "Berufsvorbereitende
    Bildungsmaßnahme" "BvB"; "Bewerbungstraining" does not spell out "NEU"."""
    text, letters = " ".join(all_words(before)), all_words(short)[0]
    for start in (i for i, char in enumerate(text) if char == letters[0]
                  and (i == 0 or text[i - 1] == " ")):
        position = start + 1
        for letter in letters[1:]:
            position = text.find(letter, position) + 1
            if not position:
                break
        else:
            return True
    return False


def _same_towns(a: Offer, b: Offer) -> bool:
    """Both for the whole district, or both for the same towns."""
    if a.covers_district or b.covers_district:
        return a.covers_district == b.covers_district
    return set(a.municipalities) == set(b.municipalities)


def _titled_alike(a: Offer, b: Offer, names: Names) -> bool:
    """Each title names no kind of help (help_kinds) that the other entry's title or summary
    does not name, and no special group's help (one with situations) that the other title
    does not name: "Berufsvorbereitende Bildungsmaßnahme (BvB-Reha)" names help with a
    disability, its general namesake none; "Lernförderung für Azubis: Fachsprache Deutsch"
    names German, the general one's "Nachhilfe für Berufsschule und Prüfung" does not. "AV –
    ein Jahr Praxis + Abschluss nachholen" names the school certificate that the old entry's
    summary offers too."""
    if names.rules is None:
        return True
    helps = names.rules.helps
    titled_a, titled_b = helps.titled(a), helps.titled(b)
    only_a, only_b = titled_a - titled_b, titled_b - titled_a
    if any(helps.helps[key].situations for key in only_a | only_b):
        return False  # a special group's help in one title only
    return only_a <= helps.named_helps(b) and only_b <= helps.named_helps(a)


def _one_exchange(a: Offer, b: Offer, names: Names) -> bool:
    """A school's notice of a partner's help on the net or by chat and phone (help_kinds,
    `online`, `remote`), when a text names the other's provider: "In der Börse der KH
    findest du Handwerksbetriebe" beside the Kreishandwerkerschaft's internship exchange is
    that exchange, and "Die Caritas hat eine Online-Beratung" that counselling, for the
    school's class as for the whole district. Two partners' exchanges stay two, even where
    one mentions the other in passing ("Betriebe aller Kammern")."""
    return names.rules is not None and \
        (a.provider in names.schools) != (b.provider in names.schools) and \
        names.rules.helps.reached_anywhere(a, b)


def _one_page_one_day(a: Offer, b: Offer) -> bool:
    """Two partners' entries that point at each other (pair_pointers.declared_one: the same
    page, the other's contact) on all the same days, at no venues that differ: one event,
    also where one is for the whole district and the other a school's notice for its classes
    (the coordination's Zukunftstag and the Gymnasium's "Freistellung beantragen", both
    22 April, both linking the coordination's page)."""
    return declared_one(a, b) and on_all_the_same_days(a, b) and not other_venues(a, b)


def _one_help_there_that_day(a: Offer, b: Offer, names: Names) -> bool:
    """Two partners' entries at one venue on all the same days, whose texts give one kind of
    help (help_kinds): one event, also where one is the district's fair and the other a
    school's notice for its classes (the "Ausbildungsmesse Zukunft Kreis Lindenau" in the
    Gesamtschule's forum and the Realschule's "Berufsmesse in der Gesamtschule", both on
    25 September)."""
    return on_all_the_same_days(a, b) and shared_venue(a, b) and _one_help(a, b, names)


def _notice_of_shared_exchange(a: Offer, b: Offer, names: Names) -> bool:
    """One entry, without a place or a time of its own, sends young people into the
    district's shared exchange (pair_pointers.sends_to_shared_exchange: "Über 300
    Handwerksbetriebe haben ihre Plätze in der gemeinsamen Börse eingestellt"), and the other
    entry is an exchange on the net (help_kinds, `online`) for the whole district, run by
    the district itself (a partner of the kind `kommune`): that exchange, in the words of a
    partner whose places are in it. Two partners' exchanges that each say what they are
    stay two, and so does the chamber's own exchange beside the district's entry "Im Portal
    des Kreises findest du Betriebe"."""
    if names.rules is None:
        return False
    helps, providers = names.rules.helps, names.rules.providers
    for notice, exchange in ((a, b), (b, a)):
        district = providers.get(exchange.provider, Provider()).kind == DISTRICT_KIND
        if district and anywhere(notice) and _district_wide(exchange, names) and \
                any(helps.helps[key].online for key in helps.given(exchange)) and \
                sends_to_shared_exchange(notice.summary, notice.description or ""):
            return True
    return False


def _pointed_help(a: Offer, b: Offer, pair: PairScore, names: Names) -> bool:
    """One entry points at the other partner's offer, both texts give one kind of help
    (help_kinds), for the very same young people in the same towns: the other's offer in
    its own words, for the whole district too (where the two are not both reached from
    anywhere, pair.one_area does not hold). The pointer is
    the other's contact or page ("Die Ausbildungsberatung der Kammer hört dir zu" with the
    Handwerkskammer's contact), or for an exchange on the net the other partner as a
    further provider (the IHK's internship exchange "ein Gemeinschaftsprojekt der Wirtschaft
    und der Schulen" with the district's coordination office beside the office's entry)."""
    if names.rules is None or pair.target < 1.0 or not _same_towns(a, b):
        return False
    return declared_one(a, b) and _one_help(a, b, names) or \
        co_provides(a, b) and names.rules.helps.online_shared(a, b)


def _one_day_one_help(a: Offer, b: Offer, pair: PairScore, neighbours: str | None,
                      names: Names) -> bool:
    """One provider's two entries on all the same days, at one venue (or at none, on several
    days), whose texts both give one kind of help (help_kinds), for the very same young
    people: one event entered twice
    (the Agentur's "Nachvermittlungsaktion" and its "Lehrstelle in letzter Minute!" on one
    day in one office, filed as counselling and as application help). A job-field day's
    workshops at once in one house give other help or other fields (complements). So are
    two entries on the same several days without any venue: one year group is not at two
    events of one school for days at once (the StuBO's "Berufsorientierungscamp" and the
    Förderverein's thanks for the "BO-Camp", both 7 to 9 June)."""
    one_place = shared_venue(a, b) or not (a.venues or b.venues) and len(a.dates) > 1
    return on_all_the_same_days(a, b) and one_place and _one_help(a, b, names) and \
        _one_kind_same_people(a, b, pair, neighbours, any_category=True)


def _one_room_one_day(a: Offer, b: Offer) -> bool:
    """A venue in common on the same weekdays, one entry giving clock times and the other
    lessons ("Mo, 13:25–14:10 Uhr" and "montags 7. Stunde" in the computer room): as good
    a fact as one time."""
    return shared_venue(a, b) and hours_unknown(a, b)


def _one_page(a: Offer, b: Offer, pair: PairScore, neighbours: str | None,
              names: Names) -> bool:
    """One provider's two entries of one kind of help that link the same page of their own,
    for the very same young people in the same towns, at no venues, days or timing that
    differ: one offer entered twice (an official text and a du-text with bullet points). Two
    courses of one house on one page run at other times or places and say so. On the very
    same dates they are one course whatever categories each entry was filed under (an
    exam training entered once as help in training and once as a school certificate), and
    so they are where both texts give one kind of help (the Agentur's AsA flex, once for
    apprentices and firms, once as a du-text filed as coaching)."""
    return bool(pages(a) & pages(b)) and not (
        other_venues(a, b) or other_days(a, b) or other_timing(a, b)) and \
        _one_kind_same_people(a, b, pair, neighbours, any_category=on_all_the_same_days(a, b)
                              or _one_help(a, b, names))


def _hosted_help(a: Offer, b: Offer, pair: PairScore, names: Names) -> bool:
    """A school's entry of the same kind of help (help_kinds, more than a channel) at a
    venue of the other entry's provider on exactly the same weekdays, without naming it:
    the Hauptschule's learning help "im Gemeindehaus gegenüber der Schule", Monday to
    Thursday after the sixth lesson, is the Diakonie's homework room there, Mo–Do
    13:30–15:30. A school writes up what its pupils attend; two partners' helps in one hall
    stay two (the Jobcenter's work places in the Sozialwerk's hall beside its youth workshop,
    b22-034, b24-028). Other help in one house is another group, "täglich" beside one
    weekday is no proof, and the school's pupils must be the very same young people."""
    if names.rules is None or a.dates or b.dates or pair.target < 1.0 or \
            (a.provider in names.schools) == (b.provider in names.schools):
        return False
    if not hosted(a, b, b.provider if a.provider in names.schools else a.provider):
        return False
    days = regular_days(a.schedule)
    return days is not None and days == regular_days(b.schedule) and \
        names.rules.helps.shared_content(a, b)


def _notice_of_the_day(a: Offer, b: Offer) -> bool:
    """One entry without a place of its own beside one with a place, on all the same days:
    asked where a text names the other partner, in one category or neighbours, it is a
    notice of that event ("Am Zukunftstag könnt ihr bei der Handwerkskammer schweißen"
    beside the chamber's Girls'Day in its training centre)."""
    return on_all_the_same_days(a, b) and bool(a.venues) != bool(b.venues)


def _one_event_there(a: Offer, b: Offer) -> bool:
    """A text naming the other partner, a venue in common and all days in common: one dated
    event, whatever categories each filed it under and whichever towns each says it is for
    (the chamber's speed dating for three towns, held at the Berufskolleg, beside the
    college's own entry of it "mit der Kammer"). So is one regular hour on the same
    weekdays: the Agentur's office hour in a school's room beside the school's entry
    "Sprechstunde Frau Yilmaz (Arbeitsagentur)", one giving clock times, the other lessons."""
    return (on_all_the_same_days(a, b) or on_the_same_weekdays(a, b)
            or dates_on_its_weekdays(a, b)) and shared_venue(a, b)


def _one_kind_same_people(a: Offer, b: Offer, pair: PairScore, neighbours: str | None,
                          any_category: bool = False, ages: bool = True) -> bool:
    """One provider's two entries of one kind of help (one category or neighbours; any two,
    `any_category`) for the very same young people in the same towns, in one area, of the
    same ages where both give them: a debt counselling from 18 and a career help from 16
    share a consulting hour, but not their young people."""
    same_category = a.category == b.category
    bonus = 0.0 if same_category else NEIGHBOUR_BONUS * STRUCTURE_DISCOUNT
    return (same_category or neighbours is not None or any_category) and \
        not (ages and _other_ages(a, b)) and \
        _at_least(pair.structure + bonus, SAME_STRUCTURE * STRUCTURE_DISCOUNT) and pair.one_area


def _other_ages(a: Offer, b: Offer) -> bool:
    """Both give a lowest age, and it differs by more than a year ("ab 16" and "ab 18": the
    age of majority), or a highest age, and it differs by more than two ("bis 24" and "bis
    25" are one "U25"; an upper limit is set loosely, "bis 21" and "bis 23")."""
    ta, tb = a.target, b.target
    return any(x is not None and y is not None and abs(x - y) > most
               for x, y, most in ((ta.min_age, tb.min_age, 1), (ta.max_age, tb.max_age, 2)))


def _apart(a: Offer, b: Offer, pair: PairScore) -> bool:
    """Two partners' entries that are two offers: one runs on its dates only, the other on
    a regular schedule, at venues none of which is the same (a school's information evening
    beside a counselling service's weekly hours, both on the way after the Förderschule).
    Both run on dates only, no day is in both and no venue either, in two categories (a
    school's parents' evening "with the Berufsberatung" beside the Agentur's own evening).
    Unless their texts say nearly the same: both run on dates only and no day is in both
    (a Girls' Day in April beside the practicum in January), they serve other people
    (_other_people), or both run on regular schedules on other weekdays (the Gymnasium's own
    study hour on Mondays beside the Agentur's counselling "am Gymnasium" on every third
    Wednesday: naming the school as the place makes no one hour of the two)."""
    venues_apart, days_apart = other_venues(a, b), other_days(a, b)
    if venues_apart and (other_timing(a, b) or days_apart and a.category != b.category):
        return True
    if pair.text >= SAME_TEXT:
        return False
    return days_apart or _other_people(a, b) or on_other_weekdays(a, b)


def _other_people(a: Offer, b: Offer) -> bool:
    """One is for adults only, the other for young people, and no audience is in both: a
    teachers' course beside counselling. A parents' evening the school opens to pupils
    too is for the parents the Agentur's entry of that evening names."""
    return is_for_young_people(a) != is_for_young_people(b) and \
        set(a.target.audiences).isdisjoint(b.target.audiences)


def _same_event(a: Offer, b: Offer, pair: PairScore, neighbours: str | None) -> bool:
    """Two partners' entries of one dated event (a chamber's and a town's entry of one
    speed dating): same category, a date in common, no venues that differ, and the same
    venue, a text that names the other partner, texts that agree (less than two
    descriptions of one lasting offer must, SAME_TEXT), or all days in common for the very
    same young people in the same town (one fair in Bergheide on that Saturday, a school's
    potential analysis on the days the Träger runs it for that school). Neighbouring
    categories only with all days in common for the very same young people: they cannot
    be at two such offers at once (a school's Berufsfelderkundung filed as orientation, the
    Träger's workshop days for that school filed as practice)."""
    if not pair.common_dates or other_venues(a, b):
        return False
    if a.category != b.category:
        return bool(neighbours) and same_days(a, b) and _same_people_same_place(
            pair, NEIGHBOUR_BONUS)
    if pair.named or shared_venue(a, b):
        return True  # on that day at that place, or at the partner the text names
    if same_days(a, b) and _same_people_same_place(pair):
        return True
    return pair.agree and pair.score >= SAME_SCORE


def _meet(a: Offer, b: Offer, pair: PairScore) -> bool:
    """Two entries in unrelated categories, one naming the other's provider, meet the very
    same young people in the same town at one regular time or on all the same days, and
    nowhere else (a school's "Ausflug ins BiZ"
    filed as orientation, the Agentur's class visit that day filed as counselling): one
    offer, filed twice. A house alone is no occasion: a Träger runs many offers in its
    house, and a partner's course may be held there too."""
    if other_venues(a, b):
        return False
    return (at_one_time(a, b) or untimed_there(a, b)) and \
        _same_people_same_place(pair, NEIGHBOUR_BONUS)


def _one_room_one_hour(a: Offer, b: Offer, pair: PairScore, names: Names) -> bool:
    """Two partners' entries in one room at one regular hour, for the very same young
    people, whose texts give the same kinds of help (help_kinds, or none): one occasion in
    any categories (the Agentur's monthly Jugendberufsagentur day in the town hall and the
    municipality's note "Die JBA im Rathaus" on that Wednesday, 13 to 17). In a house of
    many services, one entry gives help the other does not (the Jobcenter's debt
    counselling beside the Agentur's counselling, both Tuesdays 13 to 16 in the house of
    the Jugendberufsagentur)."""
    helps = names.rules.helps if names.rules else None
    return shared_venue(a, b) and same_time(a, b) and \
        helps is not None and helps.given(a) == helps.given(b) and \
        _same_people_same_place(pair, NEIGHBOUR_BONUS)


def _nothing_apart(a: Offer, b: Offer, pair: PairScore) -> bool:
    """Two entries that point at each other (the same registration page, the other's
    contact) for fully the same young people, with no venues, days or kinds of timing that
    differ: one offer, though one gives no time (the chamber's speed dating on its date and
    the Agentur's entry of it with the chamber's registration link only)."""
    return pair.target >= 1.0 and not (
        other_venues(a, b) or other_days(a, b) or other_timing(a, b))


def _co_provided(a: Offer, b: Offer, pair: PairScore, neighbours: str | None,
                 one_sphere: bool) -> bool:
    """One entry gives the other partner as a further provider, under the same Rechtskreis,
    for the very same young people in the same towns, neither district-wide (the Jobcenter's
    § 16h project with its Träger, and the Träger's own entry of it in other words): one
    project the two carry. Under other laws a co-provider is no proof: the Handwerkskammer at
    the IHK's fair runs other offers of that kind as well."""
    return one_sphere and co_provides(a, b) and _same_people_same_place(
        pair, 0.0 if a.category == b.category else NEIGHBOUR_BONUS)


def _run_together(pair: PairScore) -> bool:
    """Each text names the other partner ("gemeinsam mit dem Träger Startklar" and
    "finanziert vom Jobcenter") for fully the same young people: one offer the two run
    together, entered by each, however differently they word it."""
    return pair.named_both and pair.target >= 1.0


def _same_place(a: Offer, b: Offer, pair: PairScore, neighbours: str | None,
                names: Names) -> bool:
    """Two partners' entries of one lasting offer at one venue or at one weekly time (the
    Jugendamt's and its Träger's entry of one Jugendwerkstatt, the Jobcenter's consulting
    hour in a youth centre): the same or a neighbouring category (the same kind of help),
    the same young people in the same towns, no dates of their own, and a venue in common
    or the very same weekly time. Not a venue alone where each meets on other weekdays (the
    Jobcenter's coaching on the 1st and 3rd Wednesday in a youth house, the house's own
    group on the 2nd and 4th), nor other help there at that hour (_other_help_there)."""
    if a.dates or b.dates or not (a.category == b.category or neighbours) or \
            _other_help_there(a, b, names):
        return False
    at_one_place = shared_venue(a, b) and not on_other_weekdays(a, b)
    return (at_one_place or same_time(a, b)) and _same_people_same_place(
        pair, 0.0 if a.category == b.category else NEIGHBOUR_BONUS)


def _sphere_reason(labels_a: list[str], labels_b: list[str]) -> str:
    return (f"verschiedene Rechtskreise: {' / '.join(labels_a)} und "
            f"{' / '.join(labels_b)}")


def cannot_be_reported(a: Offer, b: Offer, best: PairScore | None, relation: Relation,
                       names: Names) -> bool:
    """A bound checked before the full judgement of a pair that is neither an exact copy nor
    acknowledged: True only when `_code` gives None for it. `best` (duplicate_score.best_case,
    None when the pair does not reach the same people) holds the most each number can be;
    `_code` on it, without a complement, finds a code whenever it finds one on the real
    numbers, because no rule here asks for less: a score, the texts' or titles' agreement, a
    text naming the other's provider (on both sides) only ever help, being unproven or
    complementary only ever hinders. (A text naming the other's provider in a neighbouring
    category asks for its own score; without that naming, such a pair is no same offer
    either.) A new rule must keep this (asking for titles that differ would not): else
    best_case changes with it, and tests/test_pair_bound.py checks the two against each other."""
    return best is None or _code(a, b, best, False, None, relation, names, False) is None


def never_reported(a: Offer, b: Offer, ra: Reached, rb: Reached, exact: bool,
                   rules: ComplementRules) -> bool:
    """Whether a pair that is not acknowledged gets no verdict, whatever its texts say and
    whatever else the two offers are (`ra`, `rb`: whom they reach; `exact`: the same
    wording): they reach no young people in common (reach), or they complement each other
    whatever the texts name (complements.py, which _code reports for no pair but an exact
    copy): one provider's format on other dates, even as an exact copy; unless an exact
    copy, offers for other special groups or school forms, unless the two may be one
    event or serve those groups alike (complements.groups_may_meet). The candidate pairs
    leave such pairs out (blocking.candidate_pairs; at 10k offers six in ten of the pairs
    that share a block);
    tests/test_pair_settled.py checks it against the verdict on every pair of the demo
    district."""
    return never_reported_by(kinds_apart(a, b, ra, rb, exact, rules), a, b, rules)


def kinds_apart(a: Offer, b: Offer, ra: Reached, rb: Reached, exact: bool,
                rules: ComplementRules) -> tuple[bool, bool]:
    """What never_reported asks of the two offers' kinds alone (their special groups,
    school forms and reach; PairJudge.settled remembers it by them): whether they are for
    other special groups or school forms (and no exact copy), and whether they reach no
    young people in common."""
    return not exact and other_groups(a, b, rules), no_one_in_common(ra, rb)


def never_reported_by(apart: tuple[bool, bool], a: Offer, b: Offer,
                      rules: ComplementRules) -> bool:
    """never_reported with its answer on the kinds (kinds_apart) given."""
    for_other_groups, unreached = apart
    return unreached or for_other_groups and not groups_may_meet(a, b, rules) or \
        on_other_dates(a, b)


class Relation(NamedTuple):
    """What two offers are to each other, whatever their numbers: found once per pair for
    the bound and the judgement."""

    neighbours: str | None  # the neighbourhood of the two categories, if any
    cross: bool  # the offers lie in other Rechtskreise
    one_sphere: bool  # they share a Rechtskreis
    # a kind of help both texts give, in categories that are no neighbours (help_kinds.py)
    helped: str | None


def relation(a: Offer, b: Offer, spheres_a: frozenset[str], spheres_b: frozenset[str],
             rules: PairRules, names: Names) -> Relation:
    """The Relation of two offers with the Rechtskreise `spheres_a` and `spheres_b`."""
    cross = bool(spheres_a and spheres_b and not spheres_a & spheres_b)
    neighbours = rules.neighbourhood(a.category, b.category,
                                     not_one_sphere(spheres_a, spheres_b), shared_stages(a, b))
    helped = None if neighbours or a.provider == b.provider or names.rules is None else \
        names.rules.shared_help(a, b)
    return Relation(neighbours, cross, bool(spheres_a & spheres_b), helped)


def _code(a: Offer, b: Offer, pair: PairScore, exact: bool, complement: str | None,
          relation: Relation, names: Names, forced: bool) -> str | None:
    """Which finding the pair is, before any words are written for it."""
    same_provider = a.provider == b.provider
    if exact and not on_other_dates(a, b):
        return EXACT
    if complement and not forced:
        return None
    neighbours, helped = relation.neighbours, relation.helped
    # a kind of help both texts give stands for neighbouring categories (help_kinds.py)
    if not complement and _same_offer(a, b, pair, neighbours or helped, names,
                                      relation.one_sphere):
        return SAME_PROVIDER if same_provider else NEAR
    if forced or (not same_provider and not complement and (
            _structure_evidence(a, b, pair, relation.cross, neighbours, names)
            or helped and _same_help(a, b, pair, names))):
        return SAME_PROVIDER if same_provider else STRUCTURE
    return None


def judge(a: Offer, b: Offer, pair: PairScore, exact: bool, complement: str | None,
          relation: Relation, spheres_a: frozenset[str], spheres_b: frozenset[str],
          rules: PairRules, common, names: Names, forced: bool = False) -> Verdict | None:
    """The kind of finding for a pair with its reasons, or None; `forced` (an acknowledged
    pair) always gets a verdict so that the report can show it. `common` gives the
    municipalities both reach, asked only for a pair that is reported."""
    code = _code(a, b, pair, exact, complement, relation, names, forced)
    neighbours, cross = relation.neighbours, relation.cross
    if code is None:
        return None
    score = min(1.0, round(pair.score + (NEIGHBOUR_BONUS if neighbours else 0.0), 2))
    labels_a, labels_b = rules.labels(spheres_a), rules.labels(spheres_b)
    labels = tuple(dict.fromkeys([*labels_a, *labels_b]))
    reasons = list(pair_reasons(a, pair, a.category == b.category, common(), names))
    if code == EXACT:
        return Verdict(EXACT, 1.0, ("gleicher Wortlaut in Titel, Kurzbeschreibung und "
                                    "Beschreibung", *reasons), labels)
    first = []
    if cross and code == STRUCTURE:
        first.append(_sphere_reason(labels_a, labels_b))
    if neighbours and code == STRUCTURE:
        first.append(f"benachbarte Kategorien {names.categories.get(a.category, a.category)}"
                     f" und {names.categories.get(b.category, b.category)} ({neighbours})")
    helped = relation.helped if code == STRUCTURE else None
    if helped:
        first.append(f"beide Texte nennen dieselbe Art Hilfe: {rules.helps.helps[helped].label}")
    if pair.named:
        first.append("ein Text nennt den anderen Anbieter")
    first += pointers(a, b)
    if code == NEAR and co_provides(a, b) and spheres_a & spheres_b:
        first.append(f"gleicher Rechtskreis: {' / '.join(rules.labels(spheres_a & spheres_b))}")
    if shared_venue(a, b):
        first.append("gleicher Ort")
    if same_time(a, b):
        first.append("gleiche regelmäßige Zeit")
    if code == SAME_PROVIDER:
        first.append("gleicher Anbieter: vermutlich kopiert")
    last = [f"ergänzen sich: {complement}"] if complement else []
    # the same reasons come back in thousands of pairs ("Titel zu 5 % ähnlich"): one copy
    # of each in the process that judges them (at 100k offers one process, some 100,000
    # findings; a worker's verdicts come back as copies)
    return Verdict(code, score, tuple(map(sys.intern, (*first, *reasons, *last))), labels)
