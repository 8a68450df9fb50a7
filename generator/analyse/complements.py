"""Look-alikes that complement each other and are neither the same offer nor a double
structure:

* different Berufsfelder or subjects within one topic (vocabularies.yaml, job_fields);
* an offer for a special group (a situation marked special_group, a school form the other
  offer does not serve, a title that names a group the other never mentions) beside the
  general one;
* one provider's format on other dates (both dated, no date in common, no schedule), even
  as an exact copy;
* another language level or school certificate named in the titles (vocabularies.yaml,
  levels: B1 beside B2, the Hauptschulabschluss beside the Fachoberschulreife).
Fields do not part two partners' entries at one venue and one time (one_occasion).
The same format in another town never meets here: blocking compares only offers that share
a municipality.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from generator.analyse.help_kinds import HelpRules
from generator.analyse.meeting import (
    at_one_time,
    hosted_that_day,
    hours_unknown,
    on_all_the_same_days,
    on_the_same_weekdays,
    other_venues,
    rescheduled,
    same_time,
    shared_venue,
    untimed_there,
)
from generator.analyse.pair_pointers import co_provides
from generator.analyse.text_normal import all_words, fold, stem, words
from generator.analyse.timing import (
    clocked,
    hours_in_common,
    regular_days,
    regular_time,
    same_hours,
)
from generator.model.offer import Offer
from generator.model.vocabularies import Vocabularies

_TOKEN = re.compile(r"[\w-]+")
# Words between two levels of a step from one to the next ("B1 bis B2"), and the arrows
# that mark one ("B1 → B2"; an arrow is no word, so the title is asked for it).
LEVEL_STEPS = frozenset({"bis", "zu", "zum", "auf", "nach"})
LEVEL_ARROWS = ("→", "->", "⟶", "➔")
# two language levels joined by a dash or a slash are a range that leads to the second
# ("B1–B2", the integration course's "A2/B1")
_LEVEL_RANGE = re.compile(r"\b[ABC][12]\s*[–/-]\s*[ABC][12]\b")
# an occupation a title names for women and men ("Kfz-Mechatroniker/in", "Tischler*in"):
# the name before the feminine ending
_FEMININE_ENDINGS = ("/in", "/-in", "*in", ":in", "(in)", "_in")
_OCCUPATION = re.compile(
    rf"([A-ZÄÖÜ][\wäöüß-]*?)(?:{'|'.join(map(re.escape, _FEMININE_ENDINGS))})\b")
# An offer that names this many Berufsfelder or more in title and summary shows many fields
# (a parcours, a fair): it is about none of them in particular, unless the other offer is
# about two or more other fields only (_other_fields).
MANY_FIELDS = 3


class Groups(NamedTuple):
    """Whom an offer is for in the vocabulary's terms: its special groups (situations marked
    special_group, and those of its one school form or, without one, of the school form its
    school's name gives: form_groups, provider_groups), its school forms, and the special
    groups that part it from others (`parting`, its own situations only: a situation marked
    special_alone beside another situation makes the offer one for all, that group
    included)."""

    special: frozenset[str]
    forms: frozenset[str]
    parting: frozenset[str]


@dataclass(frozen=True)
class ComplementRules:
    """What makes two offers complementary, from the district's vocabularies."""

    field_stems: dict[str, str]  # stem of a field word -> field key
    field_words: tuple[tuple[str, str], ...]  # folded field word (4+ letters), field key
    field_labels: dict[str, str]
    special_situations: dict[str, str]  # situation key -> label
    special_forms: dict[str, str] = field(default_factory=dict)  # school form key -> label
    # special situations that part offers only when an offer is for them alone
    special_only_alone: frozenset[str] = frozenset()
    # folded words that look like a field word and name none ("erziehungsberechtigte")
    not_field_words: frozenset[str] = frozenset()
    # the kinds of help (help_kinds.py): a help that includes a special group anyway
    helps: HelpRules | None = field(default=None, compare=False, repr=False)
    # folded words of a level (vocabularies.yaml, levels) -> level key, longest first
    level_words: tuple[tuple[tuple[str, ...], str], ...] = ()
    level_labels: dict[str, str] = field(default_factory=dict)
    # folded words of a sector (vocabularies.yaml, sectors) -> sector key; the last word of
    # each also stands for the start of a longer one ("handwerk" in "handwerksbetrieb")
    sector_words: tuple[tuple[tuple[str, ...], str], ...] = ()
    sector_labels: dict[str, str] = field(default_factory=dict)
    # fields that are school subjects (job_fields, subject): shared, they do not join two
    # offers about other trades
    subjects: frozenset[str] = frozenset()
    # school form key -> the special groups all its pupils belong to (Förderschule: behinderung)
    form_groups: dict[str, frozenset[str]] = field(default_factory=dict)
    # provider id -> the special groups of the school form its name gives ("Förderschule am
    # Weidenhof"): its own offers for its classes are for them, whatever the entry sets
    provider_groups: dict[str, frozenset[str]] = field(default_factory=dict)
    # title -> the level it names (title_level), asked for every pair compared
    _levels: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)
    _sectors: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    _cache: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    _nouns: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    # words of the texts that name no field: most of them, set aside in one set operation
    _silent: set[str] = field(default_factory=set, compare=False, repr=False)
    # special groups and school forms by offer id, and each distinct Groups once
    _groups: dict[str, tuple] = field(default_factory=dict, compare=False, repr=False)
    _distinct: dict[tuple, tuple] = field(default_factory=dict, compare=False, repr=False)

    def groups(self, offer: Offer) -> Groups:
        """The offer's special groups and school forms (Groups), found once per offer
        (other_groups asks them for every candidate pair)."""
        found = self._groups.get(offer.id)
        if found is None:
            target = offer.target
            special = frozenset(s for s in target.situations if s in self.special_situations)
            broad = len(target.situations) > 1
            parting = frozenset(s for s in special if not (broad and s in self.special_only_alone))
            forms = frozenset(target.school_forms)
            if len(forms) == 1:
                special |= self.form_groups.get(next(iter(forms)), frozenset())
            elif not forms and target.classes:
                special |= self.provider_groups.get(offer.provider, frozenset())
            found = Groups(special, forms, parting)
            found = self._groups[offer.id] = self._distinct.setdefault(found, found)
        return found

    def title_level(self, offer: Offer) -> str | None:
        """The first language level or certificate the title names ("Berufssprachkurs B2
        (Einstieg mit B1)" leads to B2; "Deutsch für Ausbildung und Beruf (B1 → B2)" and
        "Deutsch für den Job (B1–B2)" too),
        or None; found once per title."""
        title = offer.title
        if title not in self._levels:
            arrow = any(mark in title for mark in LEVEL_ARROWS) or \
                bool(_LEVEL_RANGE.search(title))
            self._levels[title] = self._first_level(all_words(title), arrow)
        return self._levels[title]

    def sectors(self, offer: Offer) -> frozenset[str]:
        """The sectors of the economy title and summary name ("im Handwerk", "in IHK-Berufen"),
        found once per offer."""
        found = self._sectors.get(offer.id)
        if found is None:
            text = f" {' '.join(all_words(f'{offer.title} {offer.summary}'))}"
            found = self._sectors[offer.id] = frozenset(
                key for key, pattern in self._sector_patterns.items() if pattern.search(text))
        return found

    @cached_property
    def _sector_patterns(self) -> dict[str, re.Pattern]:
        """One expression per sector over the folded words joined by spaces: its phrases
        word by word, the last word perhaps as the start of a longer noun."""
        phrases: dict[str, list[str]] = {}
        for phrase, key in self.sector_words:
            phrases.setdefault(key, []).append(" ".join(map(re.escape, phrase)))
        # a word that goes on as an adjective ("handwerkliches Geschick") names no sector
        return {key: re.compile(f" (?:{'|'.join(found)})(?!lich)")
                for key, found in phrases.items()}

    def _first_level(self, title: list[str], arrow: bool) -> str | None:
        """The first level the title's folded words name; of a step from one level to the
        next ("von B1 bis B2", or "B1 → B2" where the title has an `arrow`), the one it leads
        to. A list of levels ("A1, A2, B1") is no step."""
        for position in range(len(title)):
            found = self._level_at(title, position)
            if found:
                key, end = found
                if end < len(title) and title[end] in LEVEL_STEPS:
                    later = self._level_at(title, end + 1)
                else:
                    later = self._level_at(title, end) if arrow else None
                return later[0] if later else key
        return None

    def _level_at(self, title: list[str], position: int) -> tuple[str, int] | None:
        """The level whose words start at `position`, and where they end."""
        for phrase, key in self.level_words:
            if tuple(title[position:position + len(phrase)]) == phrase:
                return key, position + len(phrase)
        return None

    def word_fields(self, word: str) -> frozenset[str]:
        """The fields one folded word names; words repeat, so each is looked at once."""
        found = self._cache.get(word)
        if found is None and word in self.not_field_words:
            found = self._cache[word] = frozenset()
        if found is None:
            key = self.field_stems.get(stem(word))
            found = frozenset([key]) if key else frozenset(
                k for part, k in self.field_words if word.startswith(part) or word.endswith(part))
            self._cache[word] = found
        return found

    def noun_fields(self, token: str) -> frozenset[str]:
        """The fields one capitalised word of a text names ("Kfz-Mechatronik"), looked at
        once per spelling: folding and stemming each of the texts' words again cost more
        than the rest of the comparison of texts. A hyphenated word the district names in
        `not_words` names no field as a whole ("Laptop-Führerschein")."""
        found = self._nouns.get(token)
        if found is None and fold(token) in self.not_field_words:
            found = self._nouns[token] = frozenset()
        if found is None:
            found = frozenset().union(*map(self.word_fields, words(token)))
            self._nouns[token] = found
        return found

    def text_fields(self, text: str) -> frozenset[str]:
        """The fields a text names: a noun (a capitalised word) that is a field word, has
        its stem, or is a compound that starts or ends with it ("Pflegepraktikum",
        "Altenpflege"). Adjectives name no field: "sozialer Integration" is no offer about
        Soziales, "digitale Bewerbung" none about IT."""
        found: set[str] = set()
        for token in set(_TOKEN.findall(text)) - self._silent:
            named = self.noun_fields(token) if token[0].isupper() else None  # "IT", "Kfz"
            if named:
                found |= named
            else:
                self._silent.add(token)
        return frozenset(found)

    @classmethod
    def of(cls, vocabularies: Vocabularies, helps: HelpRules | None = None,
           providers: dict[str, str] | None = None) -> ComplementRules:
        """The rules of the vocabularies; `providers`: each partner's name by its id."""
        stems = {stem(w): key for key, term in vocabularies.job_fields.items()
                 for word in term.words for w in words(word)}
        parts = tuple(sorted((fold(w), key) for key, term in vocabularies.job_fields.items()
                             for w in term.words if len(w) >= 4))
        special = {key: t.label for key, t in vocabularies.situations.items()
                   if t.special_group}
        form_groups = {key: frozenset(t.situations).intersection(special)
                       for key, t in vocabularies.school_forms.items()}
        return cls(stems, parts, {key: t.label for key, t in vocabularies.job_fields.items()},
                   special,
                   {key: t.label for key, t in vocabularies.school_forms.items()
                    if t.special_group},
                   frozenset(key for key, t in vocabularies.situations.items()
                             if t.special_group and t.special_alone),
                   frozenset(fold(w) for term in vocabularies.job_fields.values()
                             for w in term.not_words), helps,
                   tuple(sorted(((tuple(all_words(w)), key)
                                 for key, term in vocabularies.levels.items() for w in term.words),
                                key=lambda item: -len(item[0]))),
                   {key: term.label for key, term in vocabularies.levels.items()},
                   tuple((tuple(all_words(w)), key)
                         for key, term in vocabularies.sectors.items() for w in term.words),
                   {key: term.label for key, term in vocabularies.sectors.items()},
                   form_groups=form_groups,
                   provider_groups=_provider_groups(providers or {}, vocabularies, form_groups),
                   subjects=frozenset(key for key, term in vocabularies.job_fields.items()
                                      if term.subject))


def _provider_groups(providers: dict[str, str], vocabularies: Vocabularies,
                     form_groups: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """The special groups of the partners whose names hold the label of a school form with
    such groups as a word ("Förderschule am Weidenhof": behinderung)."""
    labels = {key: all_words(vocabularies.school_forms[key].label)
              for key, groups in form_groups.items() if groups}
    found = {}
    for provider, name in providers.items():
        named = set(all_words(name))
        for key, label in labels.items():
            if len(label) == 1 and label[0] in named:
                found[provider] = found.get(provider, frozenset()) | form_groups[key]
    return found


@dataclass(frozen=True)
class OfferFields:
    """The fields an offer is about (offer_fields) and all it mentions anywhere: the rest of
    its text is read only when asked (_other_fields asks only when both offers are about
    some field; at 10k offers one in four is)."""

    named: frozenset[str]
    # the offer, whose summary and description are read only when asked (not kept as one
    # more string each: at 100k offers some 60 MB)
    offer: Offer = field(repr=False, compare=False)
    rules: ComplementRules = field(repr=False, compare=False)

    @cached_property
    def mentioned(self) -> frozenset[str]:
        offer = self.offer
        return self.named | self.rules.text_fields(f"{offer.summary} {offer.description or ''}")


def offer_fields(offer: Offer, rules: ComplementRules) -> OfferFields:
    """The fields of title and summary; of the title alone when it names a kind of help
    whose offers are not about job fields (help_kinds.py, titled_means): then the summary
    names the means ("Förderunterricht in Fachtheorie und Deutsch" in the AsA flex,
    "Fachrechnen" at a learning evening for apprentices), not what the offer is about. The
    description is only mentioned."""
    about = offer.title if rules.helps and rules.helps.titled_means(offer) else \
        f"{offer.title} {offer.summary}"
    return OfferFields(rules.text_fields(about), offer, rules)


def _other_fields(a: OfferFields, b: OfferFields, subjects: frozenset[str]) -> bool:
    """Each offer is about fields that the other never mentions: "Pflege" beside "Metall",
    also beside a school subject both are about ("Fachrechnen Metalltechnik" beside
    "Fachrechnen Pflege": arithmetic for two trades); a trade both are about joins them
    ("Holz und Metall" beside "Lager und Metall"). A text that mentions the other's field too
    ("Gärtnerei, Verkauf und Landschaftspflege") describes the same work in its own words.
    An offer about MANY_FIELDS fields or more is about none in particular: a parcours of
    trade stations ("Maler, Friseur, Elektro, Koch") shows many fields, as another parcours
    with other stations does (the text may show only one of the other's, "Holzverbindung
    sägen" among tiles and bread), and a year of preparation in "Holz, Metall oder
    Gesundheit" beside one in "Lager, Metall und Verkauf" shares a field. Beside an offer
    about two or more other fields only, it is about its own: a school's Girls'Day in
    "Elektro, Metall, IT, Kfz" beside its Boys'Day in "Kita, Pflege", a college's course in
    business, administration and IT beside its course in health and social care."""
    many_a, many_b = len(a.named) >= MANY_FIELDS, len(b.named) >= MANY_FIELDS
    if (many_a or many_b) and (many_a and many_b or a.named & b.named
                               or min(len(a.named), len(b.named)) < 2):
        return False
    if a.named & b.named - subjects and not _each_its_own(a, b, subjects):
        return False  # a trade both are about, unless each is about a subject of its own
    return _each_its_own(a, b)


def _each_its_own(a: OfferFields, b: OfferFields,
                  among: frozenset[str] | None = None) -> bool:
    """Each offer is about fields (`among` them only, when given) that the other never
    mentions: with `among` the subjects, support lessons in accounting beside support
    lessons in business English, both for the commercial classes of one college."""
    only_a, only_b = a.named - b.named, b.named - a.named
    if among is not None:
        only_a, only_b = only_a & among, only_b & among
    return bool(only_a and only_b) and not (only_a & b.mentioned or only_b & a.mentioned)


def one_occasion(a: Offer, b: Offer, named: bool = False) -> bool:
    """Two partners' entries at one place (a venue in common) and at one time (the same
    regular time with an hour, or all the same dates): one workshop, whatever words its
    texts use. A word that looks like a Berufsfeld ("Bänke" beside "Holz", the
    "Krankenversicherung" in a list of papers) does not make it two. A text that names the
    other partner (`named`) stands for the place when both give the same regular time: the
    open hour "durchgeführt vom Caritasverband", dienstags 15–18 Uhr, in both entries. A
    lasting workshop (no dates, no time in either entry) at one venue that one entry runs
    with the other partner (co_providers) is one workshop too: the Jugendamt's production
    school with its Träger, and the Träger's own entry in the same hall. So it does on all
    the same dates where only one entry names a venue: the Inklusionsnetz's practice days
    and the Förderschule's entry of them "mit Begleitung vom Inklusionsnetz". At a venue in
    common, a text that names the other partner also makes one occasion of the same
    weekdays (the Jobcenter's work places "beim Sozialwerk" in its hall, Mo–Fr, each entry
    writing the hours its own way) and of one entry that gives no time at all
    (meeting.untimed_there)."""
    if a.provider == b.provider:
        return False
    if not shared_venue(a, b):
        return named and (same_time(a, b) or on_all_the_same_days(a, b)
                          and not other_venues(a, b))
    lasting = not (a.dates or b.dates or a.schedule or b.schedule)
    return at_one_time(a, b) or lasting and co_provides(a, b) or \
        named and (untimed_there(a, b) or on_the_same_weekdays(a, b))


def other_groups(a: Offer, b: Offer, rules: ComplementRules) -> bool:
    """Offers for other special groups (situations marked special_group: one for a group,
    the other for another or for all), or for other school forms: complementary, whatever
    the texts say (the candidate pairs leave such pairs out, pair_judgement.never_reported).
    Two offers only for the pupils of one special school form (the Förderschule) serve one
    group, whether or not both also name its situation ("mit Behinderung"). Asks nothing of
    the offers but ComplementRules.groups (PairJudge.settled relies on it)."""
    ga, gb = rules.groups(a), rules.groups(b)
    one_special_form = ga.forms == gb.forms and bool(ga.forms) and \
        ga.forms <= rules.special_forms.keys()
    return bool(ga.parting or gb.parting) and ga.special.isdisjoint(gb.special) and \
        not one_special_form or bool(ga.forms and gb.forms) and ga.forms.isdisjoint(gb.forms)


def groups_may_meet(a: Offer, b: Offer, rules: ComplementRules) -> bool:
    """Whether offers for other groups (other_groups) may still be reported: two partners'
    entries that meet at one occasion if a text names the other partner (one_occasion), or
    offers parted only by special groups that a help both give includes anyway
    (_served_alike)."""
    return one_occasion(a, b, named=True) or _served_alike(a, b, rules)


def _served_alike(a: Offer, b: Offer, rules: ComplementRules) -> bool:
    """The special groups that part the two are ones a help both offers give includes anyway
    (help_kinds, `also_for` or the help's own situations: HelpRules.included): the chamber's
    counselling against dropping out, marked for
    "Ausbildung abgebrochen", beside a youth club's coaching for apprentices gives the same
    help in training to the same apprentices. School forms still part them."""
    ga, gb = rules.groups(a), rules.groups(b)
    if rules.helps is None or ga.forms and gb.forms and ga.forms.isdisjoint(gb.forms):
        return False
    differing = ga.parting ^ gb.parting
    return bool(differing) and differing <= rules.helps.included(a, b)


def _one_event_named(a: Offer, b: Offer, named: bool) -> bool:
    """One occasion at a place (a venue in either entry), and a text names the other
    partner or gives it as a further provider: the JMD's evening for refugee families "with
    the Elternnetz" and the Elternnetz's own entry of it for all parents, in one room on one
    day, are one evening. On the same dates with no place at all, a special group's help is
    one beside the general offer: the Inklusionsnetz's support "im Praktikumszeitraum der
    Gesamtschule" beside the school's practicum weeks for all its pupils."""
    return (named or co_provides(a, b)) and bool(a.venues or b.venues) and \
        one_occasion(a, b, named)


def _special_groups(a: Offer, b: Offer, rules: ComplementRules, named: bool) -> str | None:
    """other_groups in words; not for one event that one text names (_one_event_named), nor
    for groups a help both give includes anyway (_served_alike). Other school forms alone
    do not part one event held at a venue of one of the two on all the same days (the
    Berufskolleg's open day and the Realschule's notice "Schnuppern am BK" for its tenth
    classes, in the Berufskolleg's main building on that Saturday); a special group's
    evening in the same house that day may be one of its own."""
    if not other_groups(a, b, rules) or _one_event_named(a, b, named) or \
            _served_alike(a, b, rules):
        return None
    sa, sb = rules.groups(a).parting, rules.groups(b).parting
    if not (sa or sb) and a.provider != b.provider and hosted_that_day(a, b):
        return None
    if (sa or sb) and sa.isdisjoint(sb):
        labels = sorted(rules.special_situations[s] for s in sa | sb)
        return f"für verschiedene Gruppen: {' / '.join(labels)} und allgemein" if not (
            sa and sb) else f"für verschiedene Gruppen: {' / '.join(labels)}"
    return "verschiedene Schulformen"


def _special_form(a: Offer, b: Offer, rules: ComplementRules, schools: frozenset[str],
                  named: bool) -> str | None:
    """One offer only for a school form of its own kind (the Förderschule), the other for
    all (no school form): the special group beside the general offer. Not when one is a
    school's own offer (its form is its own pupils, the other may be for them too), nor at
    one occasion, nor when both are for one special group anyway (the Agentur's
    rehabilitation counselling at the Förderschule beside the Inklusionsnetz's transition
    support there, both for young people with a disability), nor when a help both give
    includes the school form's pupils (a Träger's "Wegbegleiter" for the Förderschule's
    leavers beside the Integrationsfachdienst's transition support there: help_kinds,
    mit-behinderung)."""
    if a.provider in schools or b.provider in schools or one_occasion(a, b, named) or \
            rules.groups(a).special & rules.groups(b).special:
        return None
    forms_a, forms_b = set(a.target.school_forms), set(b.target.school_forms)
    for own, other in ((forms_a, forms_b), (forms_b, forms_a)):
        if not own or other or not own <= rules.special_forms.keys():
            continue
        groups = frozenset().union(*(rules.form_groups.get(f, frozenset()) for f in own))
        if groups and rules.helps and groups <= rules.helps.included(a, b):
            return None  # asked only here: most pairs have no special form
        labels = " / ".join(sorted(rules.special_forms[f] for f in own))
        return f"für verschiedene Gruppen: {labels} und allgemein"
    return None


def on_other_dates(a: Offer, b: Offer) -> bool:
    """One provider's recurring format: a course in autumn and again at Easter (both dated,
    no schedule, no date in common), or a group on the first and one on the third Monday of
    the month (both at a regular time with an hour, no dates, not the same time and no hour
    in common: a new entry that adds Thursdays to the Tuesday hour is that hour), even in
    the very same words. So are two groups at other clock times, on their dates too (the
    German course B1 in the mornings, B2 in the afternoons, both from 15 February). Not
    where one entry says the offer moved to its new time at the same venue
    (meeting.rescheduled: asked only of such pairs, its text last)."""
    return a.provider == b.provider and _at_other_times(a, b) and not rescheduled(a, b)


def _at_other_times(a: Offer, b: Offer) -> bool:
    """on_other_dates for one provider's two entries, by their dates and times alone."""
    if clocked(a.schedule) and clocked(b.schedule):
        return not (same_hours(a.schedule, b.schedule)
                    or hours_in_common(a.schedule, b.schedule))
    if a.dates and b.dates and not (a.schedule or b.schedule):
        return not {d.start for d in a.dates} & {d.start for d in b.dates}
    if a.dates or b.dates:
        return False
    if regular_days(a.schedule) is None or regular_days(b.schedule) is None:
        return False  # by appointment: "Schultage nach Vereinbarung, 8–14 Uhr" is no time
    times = regular_time(a.schedule), regular_time(b.schedule)
    return None not in times and not same_hours(a.schedule, b.schedule) and \
        not hours_unknown(a, b)


def _other_dates(a: Offer, b: Offer) -> str | None:
    return "verschiedene Termine: dasselbe Format zu anderer Zeit" if on_other_dates(a, b) \
        else None


def title_occupations(title: str) -> frozenset[str]:
    """The occupations a title names for women and men (_OCCUPATION): two taster days or
    exam courses of one house for "Anlagenmechaniker/in SHK" and for "Kfz-Mechatroniker/in"
    are one for each trade, though both trades are metalwork. Asked for every pair compared:
    only the few titles with a feminine ending are read, and only those are kept (a cache
    of every title cost some 40 MiB at 100k offers)."""
    if not any(ending in title for ending in _FEMININE_ENDINGS):
        return frozenset()
    return _occupations(title)


@lru_cache(maxsize=4096)
def _occupations(title: str) -> frozenset[str]:
    return frozenset(_OCCUPATION.findall(title))


def complement_reason(a: Offer, b: Offer, fields_a: OfferFields, fields_b: OfferFields,
                      rules: ComplementRules, special_title: tuple[str, ...] = (),
                      named: bool = False, schools: frozenset[str] = frozenset()) -> str | None:
    """Why a and b complement each other, or None when nothing says so; `named`: a text
    names the other's provider; `schools`: the providers that are schools. A special title
    only ever adds a reason and `named` only ever takes one away (one_occasion): the
    duplicate check asks first with neither, before it reads the texts' names, and drops a
    pair complementary even so (PairJudge.verdict, tests/test_pair_bound.py)."""
    if _other_fields(fields_a, fields_b, rules.subjects) and not one_occasion(a, b, named) and \
            not (rules.helps and rules.helps.online_shared(a, b)):
        names = " / ".join(sorted(rules.field_labels[f] for f in fields_a.named ^ fields_b.named))
        return f"verschiedene Berufsfelder oder Fächer ({names})"
    sectors = rules.sectors(a), rules.sectors(b)
    if all(sectors) and sectors[0].isdisjoint(sectors[1]) and not one_occasion(a, b, named):
        names = " / ".join(sorted(rules.sector_labels[s] for s in sectors[0] | sectors[1]))
        return f"verschiedene Wirtschaftsbereiche ({names})"
    jobs = title_occupations(a.title), title_occupations(b.title)
    if all(jobs) and jobs[0].isdisjoint(jobs[1]) and not one_occasion(a, b, named):
        return f"verschiedene Berufe ({' / '.join(sorted(jobs[0] | jobs[1]))})"
    levels = rules.title_level(a), rules.title_level(b)
    if None not in levels and levels[0] != levels[1]:
        return f"anderes Niveau oder anderer Abschluss: {rules.level_labels[levels[0]]} und " \
            f"{rules.level_labels[levels[1]]}"
    if special_title:
        return f"nur ein Titel nennt „{' '.join(special_title)}“: ein spezialisiertes Angebot"
    return _special_groups(a, b, rules, named) or _special_form(a, b, rules, schools, named) or \
        _other_dates(a, b)
