"""The district's rules for judging a pair of offers, read once from its vocabularies and
partners: which categories are neighbours, which Rechtskreis each provider's offers run
under, and what makes two offers complementary."""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from generator.analyse.complements import ComplementRules
from generator.analyse.help_kinds import HelpRules
from generator.analyse.legal_spheres import (
    narrowed,
    partner_spheres,
    sphere_labels,
    spheres_of_texts,
)
from generator.analyse.meeting import meets
from generator.analyse.text_normal import fold, stem, words
from generator.model.offer import Offer
from generator.model.vocabularies import LegalSphere, Vocabularies


@dataclass(frozen=True)
class Provider:
    kind: str | None = None
    laws: tuple[str, ...] = ()
    name: str = ""


# Words in many partners' names that name no one in particular.
GENERIC_NAME_WORDS = frozenset({"kreis", "stadt", "gemeind", "der", "und", "am", "e", "v"})


def name_terms(name: str, place_terms: frozenset[str]) -> frozenset[str]:
    """The word stems that name a partner, without places: "Agentur für Arbeit Lindenau"
    gives agentur, arbeit."""
    return frozenset(t for t in (stem(w) for w in words(name))
                     if t not in place_terms and t not in GENERIC_NAME_WORDS)


def _names_school(said: AbstractSet[str], own: frozenset[str], whole: frozenset[str]) -> bool:
    """A school's name is mostly its form and its town ("Realschule Rosenfeld"): a text
    (`said`: the terms it holds) names it with every word of its name (`whole`), or with
    the words of a name of its own beside form and town (`own`: "Lindenhof" of
    "Lindenhof-Realschule Lindenau")."""
    wanted = own or whole
    return bool(wanted) and wanted <= said


# An abbreviation of a partner's name takes the first letter of each word of the name and
# may take the first letter (a consonant) of a later part of a compound word, a part of at
# least this many letters after a head of as many ("JH" for "Jugendhilfe", "BW" for
# "Bildungswerk").
MIN_PART = 4
MAX_ABBREVIATION = 4


def _word_initials(word: str) -> list[str]:
    """The ways one word of a name opens an abbreviation: its first letter, with the first
    letters of later compound parts (every letter that may start one) in order."""
    starts = [word[p] for p in range(MIN_PART, len(word) - MIN_PART + 1)
              if word[p] not in "aeiouy"]  # "bus" is no short form of "Bildungswerk"
    found = {word[0]}
    for letter in starts:  # in order: each part start may follow the ones before
        found |= {f + letter for f in found if len(f) < MAX_ABBREVIATION}
    return sorted(found)


def abbreviations(core: tuple[str, ...], place: str | None) -> frozenset[str]:
    """Abbreviations of a name made of the words `core` and, if any, a `place`: "jh" for
    "Jugendhilfe (Auental)", "bwl" for "Bildungswerk Lindenau" with the place's initial."""
    found = _core_abbreviations(core)
    if place:
        found |= {f + place[0] for f in found if len(f) < MAX_ABBREVIATION}
    return found


@functools.lru_cache(maxsize=4096)
def _core_abbreviations(core: tuple[str, ...]) -> frozenset[str]:
    """The abbreviations of the words `core`, found once for the many partners' names of
    the same words in other places (the Jugendwerkstatt of each town): two long compound
    words take milliseconds."""
    found = {""}
    for word in core:
        found = {f + w for f in found for w in _word_initials(word)
                 if len(f + w) <= MAX_ABBREVIATION}
    return frozenset(f for f in found if len(f) >= 2)


_CAPITALS = re.compile(r"\b[A-ZÄÖÜ]{2,4}\b")
_NONE: frozenset[str] = frozenset()


_STAGES = {(True, False): frozenset({"schule"}), (False, True): frozenset({"nach-der-schule"}),
           (True, True): frozenset({"schule", "nach-der-schule"}), (False, False): frozenset()}


def shared_stages(a: Offer, b: Offer) -> frozenset[str]:
    """The stages both offers are for: school classes ("schule"), after school
    ("nach-der-schule")."""
    return _STAGES[bool(a.target.classes and b.target.classes),
                   a.target.school_leavers and b.target.school_leavers]


def kind_phrases(vocabularies: Vocabularies) -> dict[str, re.Pattern]:
    """Partner kind -> a pattern of the phrases (partner_short_names with `kind`) that name
    any partner of that kind, as whole words in a text's folded words joined by spaces; the
    last word may end in n or s ("freien Trägern", "des Bildungsträgers")."""
    phrases: dict[str, list[str]] = {}
    for short in vocabularies.partner_short_names.values():
        if short.kind is not None:
            phrases.setdefault(short.kind, []).extend(map(_phrase, short.words))
    return {kind: re.compile(rf"(?<!\w)(?:{'|'.join(found)})(?:n|s)?(?!\w)")
            for kind, found in phrases.items()}


_FOLDS = {"ä": "(?:ä|ae)", "ö": "(?:ö|oe)", "ü": "(?:ü|ue)", "ß": "(?:ß|ss)"}


def _phrase(text: str) -> str:
    """A pattern for a phrase in a lower-cased text: its words in order, with spaces or
    dashes between them, "ä" also as "ae" (read in the raw text: folding every offer's
    description cost more than the rest of this rule)."""
    return r"[\s\-–]+".join("".join(_FOLDS.get(c, re.escape(c)) for c in w)
                             for w in text.lower().split())


def not_one_sphere(sa: frozenset[str], sb: frozenset[str]) -> bool:
    """Two offers' Rechtskreise (sa, sb) are not one: at least one is known, and none is
    shared. A neighbourhood that holds only across Rechtskreise holds for them: the IHK's
    placement (no Rechtskreis of the SGB) beside the Jobcenter's (SGB II)."""
    return bool(sa or sb) and not sa & sb


def _closes_compound(part: str, terms: AbstractSet[str]) -> bool:
    return any(term != part and term.endswith(part) for term in terms)


@dataclass(frozen=True)
class PairRules:
    neighbourhoods: dict[str, tuple[str, frozenset[str]]]  # key -> (label, categories)
    spheres: dict[str, LegalSphere]
    complements: ComplementRules
    providers: dict[str, Provider] = field(default_factory=dict)
    # stem of a short form ("ihk") -> stems of the name it stands for (partner_short_names)
    short_names: dict[str, frozenset[str]] = field(default_factory=dict)
    # neighbourhoods that hold only across Rechtskreise (Neighbourhood.across), and those
    # that hold only for one stage (Neighbourhood.stage: key -> stage)
    across: frozenset[str] = frozenset()
    stages: dict[str, str] = field(default_factory=dict)
    # kinds of help read from the texts (help_kinds.py)
    helps: HelpRules = field(default_factory=lambda: HelpRules({}))
    # partner kind -> the phrases that name any partner of that kind ("ein freier Träger")
    kinds_named: dict[str, re.Pattern] = field(default_factory=dict)
    _partner_spheres: dict[str, frozenset[str]] = field(default_factory=dict, compare=False,
                                                        repr=False)
    # (category, category, across Rechtskreise, stages of both) -> neighbourhood label: asked
    # for every candidate pair
    _neighbours: dict[tuple[str, str, bool, frozenset[str]], str | None] = field(
        default_factory=dict, compare=False, repr=False)
    # legal bases of an offer -> their Rechtskreise: the same few texts in thousands of offers
    _basis_spheres: dict[tuple[str, ...], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False)
    # offer id -> the words its texts write in capitals (capitals())
    _capitals: dict[str, frozenset[str]] = field(default_factory=dict, compare=False,
                                                 repr=False)
    # (name, place terms) -> abbreviations of the name, the stem of its place
    _abbreviated: dict[tuple[str, frozenset[str]], tuple[frozenset[str], str | None]] = field(
        default_factory=dict, compare=False, repr=False)
    # offer id -> its text's terms with those its short forms stand for (said_terms())
    _said: dict[str, AbstractSet[str]] = field(default_factory=dict, compare=False, repr=False)
    # each distinct such set once: offers of one wording have the same (at 100k offers a
    # third of the offers spell out a short form, in some 10,000 wordings)
    _said_distinct: dict[frozenset[str], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False)
    # (title, summary, description) -> the kinds of partner the texts name without a name
    # (kinds_said()): read once per wording
    _kinds_said: dict[tuple[str, str, str | None], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False)
    # (name, place terms) -> name_terms: asked for each text of each pair
    _names: dict[tuple[str, frozenset[str]], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, vocabularies: Vocabularies, providers: dict[str, Provider]) -> PairRules:
        neighbourhoods = {key: (n.label, frozenset(n.categories))
                          for key, n in vocabularies.category_neighbourhoods.items()}
        # a short form may stand for several names ("die Kammer": the IHK or the HWK)
        short_names: dict[str, frozenset[str]] = {}
        for short in vocabularies.partner_short_names.values():
            if short.name is None:
                continue  # words for a kind of partner: kind_phrases
            for w in (w for word in short.words for w in words(word)):
                short_names[stem(w)] = short_names.get(stem(w), frozenset()) | frozenset(
                    stem(n) for n in words(short.name))
        hoods = vocabularies.category_neighbourhoods
        partner_names = {pid: p.name for pid, p in providers.items()}
        helps = HelpRules.of(vocabularies, tuple(partner_names.values()))
        return cls(neighbourhoods, dict(vocabularies.legal_spheres),
                   ComplementRules.of(vocabularies, helps, partner_names),
                   providers, short_names,
                   frozenset(key for key, n in hoods.items() if n.across),
                   {key: n.stage for key, n in hoods.items() if n.stage},
                   helps, kind_phrases(vocabularies))

    @classmethod
    def of_nothing(cls) -> PairRules:
        """No neighbours, no Rechtskreise, no complements: judge by text alone."""
        return cls({}, {}, ComplementRules({}, (), {}, {}))

    def neighbourhood(self, a: str, b: str, cross: bool = False,
                      stages: frozenset[str] = frozenset()) -> str | None:
        """The label of a neighbourhood holding both categories (not the same one); one that
        holds only across Rechtskreise (`across`) only for offers that are `cross`, one for
        one stage only when both offers are for it (`stages`: shared_stages)."""
        if a == b:
            return None
        key = (a, b, cross, stages)
        if key not in self._neighbours:
            self._neighbours[key] = next((label for name, (label, members) in
                                          self.neighbourhoods.items()
                                          if a in members and b in members
                                          and (cross or name not in self.across)
                                          and self.stages.get(name, "") in {"", *stages}),
                                         None)
        return self._neighbours[key]

    def offers_neighbours(self, a: Offer, b: Offer) -> str | None:
        """neighbourhood() for two offers: their Rechtskreise and their stages."""
        sa, sb = self.offer_spheres(a), self.offer_spheres(b)
        return self.neighbourhood(a.category, b.category, not_one_sphere(sa, sb),
                                  shared_stages(a, b))

    def shared_help(self, a: Offer, b: Offer) -> str | None:
        """The key of a kind of help both offers' texts give, in two categories that are no
        neighbours for them (help_kinds.py), or None."""
        found = self.helps.shared(a, b)
        if found is None or a.category == b.category or self.offers_neighbours(a, b):
            return None
        return found

    @property
    def conditional(self) -> frozenset[str]:
        """The neighbourhoods that hold only for some pairs of their categories."""
        return self.across | self.stages.keys()

    def neighbourhoods_of(self, category: str) -> list[str]:
        return [key for key, (_, members) in self.neighbourhoods.items() if category in members]

    def offer_spheres(self, offer: Offer) -> frozenset[str]:
        """The offer's Rechtskreise (legal_spheres.py); a partner's are found once."""
        own = self._spheres_of_basis(tuple(offer.legal_basis)) if offer.legal_basis else None
        if own:
            kind = self.providers.get(offer.provider, Provider()).kind
            return narrowed(own, kind, self.spheres)
        found = self._partner_spheres.get(offer.provider)
        if found is None:
            provider = self.providers.get(offer.provider, Provider())
            found = partner_spheres(provider.kind, provider.laws, self.spheres)
            self._partner_spheres[offer.provider] = found
        return found

    def _spheres_of_basis(self, basis: tuple[str, ...]) -> frozenset[str]:
        found = self._basis_spheres.get(basis)
        if found is None:
            found = self._basis_spheres[basis] = spheres_of_texts(basis, self.spheres)
        return found

    def names_provider(self, terms: frozenset[str], provider_id: str,
                       place_terms: frozenset[str], offer: Offer | None = None,
                       other: Offer | None = None) -> bool:
        """Whether a text (its term set) names the partner: a school writing up the
        Agentur's session at the school names the Agentur; a Träger's offer "an der
        Gesamtschule Rosenfeld" names the school (_names_school); a text names a partner
        by an abbreviation of its name among the words the `offer` writes in capitals; a
        phrase without a name ("ein freier Träger") names the partner's `other` offer only
        where the two meet (meets)."""
        provider = self.providers.get(provider_id)
        if provider is None:
            return False
        said = self.said_terms(terms, offer)
        wanted = self._name_terms(provider.name, place_terms)
        if provider.kind == "schule":
            return _names_school(said, wanted, self._name_terms(provider.name, frozenset()))
        if offer is not None and other is not None and self.names_by_kind(offer, provider_id) \
                and meets(offer, other):
            return True  # "in Kooperation mit einem freien Träger", there and then
        if bool(wanted) and len(wanted & said) >= min(2, len(wanted)):
            return True
        # written in capitals: "JH Auental" with the place, "BWL" with the place's initial;
        # most texts write no such word, and then the name's abbreviations are not needed
        written = self.capitals(offer) if offer is not None else _NONE
        if not written:
            return False
        short, place = self._abbreviations(provider.name, place_terms)
        return any(place is None or place in said or len(t) > 2 and t[-1] == place[0]
                   for t in short & written)

    def names_by_kind(self, offer: Offer, provider_id: str) -> bool:
        """Whether the offer's texts name the partner's kind without a name ("ein freier
        Träger"): whether they name the partner then depends on the other offer (meets).
        A text is read only for a kind that such phrases name at all."""
        provider = self.providers.get(provider_id)
        return provider is not None and provider.kind in self.kinds_named and \
            provider.kind in self.kinds_said(offer)

    def kinds_said(self, offer: Offer) -> frozenset[str]:
        """The kinds of partner the offer's texts name without a name ("mit einem freien
        Träger"), found once per wording."""
        key = (offer.title, offer.summary, offer.description)
        found = self._kinds_said.get(key)
        if found is None:
            text = f"{offer.title} {offer.summary} {offer.description or ''}".lower()
            found = frozenset(k for k, p in self.kinds_named.items() if p.search(text)) or _NONE
            self._kinds_said[key] = found
        return found

    def capitals(self, offer: Offer) -> frozenset[str]:
        """The words of two to four letters the offer's texts write in capitals ("JH",
        "BWL"), folded; found once per offer."""
        found = self._capitals.get(offer.id)
        if found is None:
            text = f"{offer.title} {offer.summary} {offer.description or ''}"
            found = frozenset(fold(w) for w in _CAPITALS.findall(text)) or _NONE
            self._capitals[offer.id] = found
        return found

    def said_terms(self, terms: AbstractSet[str],
                   offer: Offer | None = None) -> AbstractSet[str]:
        """A text's terms with those of the names its short forms stand for (spelled_out);
        found once per `offer` (the text's, when given)."""
        found = self._said.get(offer.id) if offer is not None else None
        if found is None:
            extra = self.spelled_out(terms)
            if extra:
                found = frozenset(terms) | extra
                found = self._said_distinct.setdefault(found, found)
            else:
                found = terms
            if offer is not None:
                self._said[offer.id] = found
        return found

    def spelled_out(self, terms: AbstractSet[str]) -> frozenset[str]:
        """The terms of the names a text's short forms stand for: "IHK" also counts as
        "Industrie- und Handelskammer"."""
        # a few short forms looked up in a long text, not the other way round; a word of
        # four letters or more that is only the end of a compound of the text ("Kammer" in
        # "Handwerkskammer") is that compound's, which names its partner itself
        extra = [name for short, name in self.short_names.items() if short in terms
                 and not (len(short) >= 4 and _closes_compound(short, terms))]
        return frozenset().union(*extra) if extra else _NONE

    def _abbreviations(self, name: str,
                       place_terms: frozenset[str]) -> tuple[frozenset[str], str | None]:
        """A partner's abbreviations ("jh", "jha") and the stem of the place in its name."""
        key = (name, place_terms)
        found = self._abbreviated.get(key)
        if found is None:
            folded = words(name)
            core = [w for w in folded if stem(w) not in place_terms
                    and stem(w) not in GENERIC_NAME_WORDS]
            places = [w for w in folded if stem(w) in place_terms]
            place = places[-1] if places else None
            short = abbreviations(tuple(core), place) if core and len(core) <= MAX_ABBREVIATION \
                else frozenset()
            found = self._abbreviated[key] = (short, stem(place) if place else None)
        return found

    def name_words(self, *provider_ids: str) -> frozenset[str]:
        """The word stems of the partners' names: a title that names its school narrows
        nothing down to a special group."""
        return frozenset(t for pid in provider_ids if pid in self.providers
                         for t in self._name_terms(self.providers[pid].name, frozenset()))

    def _name_terms(self, name: str, place_terms: frozenset[str]) -> frozenset[str]:
        found = self._names.get((name, place_terms))
        if found is None:
            found = self._names[name, place_terms] = name_terms(name, place_terms)
        return found

    def labels(self, keys) -> list[str]:
        return sphere_labels(keys, self.spheres)
