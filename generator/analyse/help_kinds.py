"""Kinds of help read from the texts (vocabularies.yaml, help_kinds): individual support
during an apprenticeship, a new start after a dropout, counselling by chat or video, an
exchange of training places on the net. Two partners' offers that both give one such help,
in two of its categories, are compared for a double structure even when the categories are
no neighbours; pair_judgement asks that they reach the very same young people in one area.

An offer gives a help when its title or summary (what the offer is; a description names
means and context too: "wir zeigen dir die Jobbörse", "auch per Video") holds one of the
help's words (its stem, or as the start or end of a compound: "Azubi-Treff",
"Ausbildungsabbruch"), one of its phrases ("in der Ausbildung"), or when it is only for the
help's situations
(ausbildung-abgebrochen; a coaching for young people without a school certificate, without a
training place or after a dropout is a general one) or audiences (eltern: an evening for
parents and a parents' consulting hour both counsel parents). An `online` help only counts for
offers without a venue, dates or a regular time: an exchange on the net, not a fair in the
town hall; an `on_site` help only for offers with a venue or dates: the fair, not the exchange.
A `remote` help (by phone or chat) reaches its young people wherever they are: two such
offers for the whole district serve the same young people (pair_judgement).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.analyse.meeting import anywhere
from generator.analyse.text_normal import (
    all_words,
    completed_ellipses,
    joined_compounds,
    rejoined_verbs,
    stem,
)
from generator.model.offer import Offer
from generator.model.vocabularies import Vocabularies

# A word of a help of at least this many letters also counts as part of a compound word.
MIN_PART = 4


@dataclass(frozen=True)
class Help:
    label: str
    categories: frozenset[str]
    stems: frozenset[str]  # stems of the single words
    # single words of MIN_PART letters or more: also at the start or end of a word
    parts: frozenset[str]
    phrases: frozenset[tuple[str, ...]]  # words in a row
    situations: frozenset[str]
    audiences: frozenset[str]
    online: bool
    remote: bool
    also_for: frozenset[str] = frozenset()  # situations the help includes anyway
    about_fields: bool = False  # its offers are about the job fields their summaries name
    on_site: bool = False  # only offers with a venue or dates give it


@dataclass(frozen=True)
class HelpRules:
    helps: dict[str, Help]
    # folded words of the partners' names: such a word names a help by its stem only, not by
    # a part ("Inklusionsnetz" is a partner, no inclusion; "Berufsbildungswerk" still is one)
    name_words: frozenset[str] = frozenset()
    # offer id -> the helps it gives: asked for every candidate pair of its categories
    _given: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    # folded word -> what it says (HelpRules._read), once per word: texts share their words
    _by_word: dict[str, tuple] = field(default_factory=dict, compare=False, repr=False)
    # (title, summary) -> the helps the title names and those title and summary name: read
    # once per wording (at 100k offers some 37,000 wordings)
    _wordings: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = field(
        default_factory=dict, compare=False, repr=False)
    # category -> its helps (of_category)
    _of_category: dict[str, frozenset[str]] = field(default_factory=dict, compare=False,
                                                    repr=False)

    @classmethod
    def of(cls, vocabularies: Vocabularies, names: tuple[str, ...] = ()) -> HelpRules:
        """The kinds of help of the vocabularies; `names`: the partners' names."""
        helps = {}
        for key, kind in vocabularies.help_kinds.items():
            single = [all_words(w) for w in kind.words]
            helps[key] = Help(kind.label, frozenset(kind.categories),
                              frozenset(stem(w[0]) for w in single if len(w) == 1),
                              frozenset(w[0] for w in single
                                        if len(w) == 1 and len(w[0]) >= MIN_PART),
                              frozenset(tuple(w) for w in single if len(w) > 1),
                              frozenset(kind.situations), frozenset(kind.audiences), kind.online,
                              kind.remote, frozenset(kind.also_for), kind.about_fields,
                              kind.on_site)
        return cls(helps, frozenset(w for name in names for w in all_words(name)))

    def of_category(self, category: str) -> frozenset[str]:
        """The helps of a category (asked once per offer: kept per category)."""
        found = self._of_category.get(category)
        if found is None:
            found = self._of_category[category] = frozenset(
                key for key, h in self.helps.items() if category in h.categories)
        return found

    def given(self, offer: Offer) -> frozenset[str]:
        """The helps the offer gives, found once per offer: those of its category by its
        title and summary, any other by its title's words alone. A title says what the
        offer is, whatever category it was filed under ("BvB mit Schwerpunkt
        Hauptschulabschluss" is a way to the school certificate); a summary also names the
        means and the next steps ("Bewerbungsfristen" in a study counselling)."""
        found = self._given.get(offer.id)
        if found is None:
            own = self.of_category(offer.category)
            in_title, in_text = self._said_in(offer)
            found = frozenset(k for k, help_ in self.helps.items() if (
                _gives(offer, k in in_text, help_) if k in own else
                _placed(offer, help_) and k in in_title))
            self._given[offer.id] = found
        return found

    def titled(self, offer: Offer) -> frozenset[str]:
        """The helps the offer's title names, whatever its category."""
        return self._said_in(offer)[0]

    def _said_in(self, offer: Offer) -> tuple[frozenset[str], frozenset[str]]:
        """The helps the offer's title names, and those its title and summary name."""
        key = (offer.title, offer.summary)
        found = self._wordings.get(key)
        if found is None:
            titled, said = _words(offer)
            found = self._wordings[key] = (frozenset(self.said(titled)),
                                           frozenset(self.said(said)))
        return found

    def titled_means(self, offer: Offer) -> bool:
        """Whether the title names a help whose offers are not about job fields (not
        `about_fields`): the subjects its summary names are means ("Förderunterricht in
        Fachtheorie und Deutsch"), while a "Praxiskurs" is about the trades it names."""
        return any(not self.helps[key].about_fields for key in self.titled(offer))

    def said(self, words: list[str]) -> set[str]:
        """The helps whose words or phrases the folded words of a text hold: a word whose
        stem is one of a help's single words, or that starts or ends with one of MIN_PART
        letters or more ("Azubi-Treff", "Ausbildungsabbruch"), or a help's phrase word by
        word ("in der Ausbildung")."""
        found: set[str] = set()
        for position, word in enumerate(words):
            read = self._by_word.get(word)
            if read is None:
                read = self._by_word[word] = self._read(word)
            alone, phrases = read
            found |= alone
            for key, phrase in phrases:
                if tuple(words[position:position + len(phrase)]) == phrase:
                    found.add(key)
        return found

    def _read(self, word: str) -> tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]]:
        """What one word says: the helps it names alone (by its stem, or starting or ending
        with a part, unless it is a word of a partner's name), and the phrases that start
        with it, with their helps."""
        stemmed = stem(word)
        ends = set() if word in self.name_words else \
            {word[:size] for size in range(MIN_PART, len(word) + 1)} | \
            {word[-size:] for size in range(MIN_PART, len(word) + 1)}
        return (frozenset(key for key, help_ in self.helps.items()
                          if stemmed in help_.stems or not help_.parts.isdisjoint(ends)),
                tuple((key, phrase) for key, help_ in self.helps.items()
                      for phrase in help_.phrases if phrase[0] == word))

    def found(self) -> dict[str, frozenset[str]]:
        """The helps found so far, by offer id: another process found them (the candidate
        pairs' worker, duplicates.PairJudge) and hands them on (learn)."""
        return dict(self._given)

    def learn(self, found: dict[str, frozenset[str]]) -> None:
        self._given.update(found)

    def online_shared(self, a: Offer, b: Offer) -> bool:
        """Whether both offers give a help on the net (`online`: an exchange of places)."""
        return any(self.helps[k].online for k in self.given(a) & self.given(b))

    def remote_shared(self, a: Offer, b: Offer) -> bool:
        """Whether both offers give a help that reaches young people wherever they are
        (`remote`: by phone or chat)."""
        return any(self.helps[k].remote for k in self.given(a) & self.given(b))

    def shared_content(self, a: Offer, b: Offer) -> bool:
        """Whether both offers give one help that is more than a way of reaching young people
        (not `online`, not `remote`): two phone lines of one provider at one hour, one for
        debts and one for apprentices, share only the phone."""
        return any(not (self.helps[k].online or self.helps[k].remote)
                   for k in self.given(a) & self.given(b))

    def reached_anywhere(self, a: Offer, b: Offer) -> bool:
        """Whether both offers give a help on the net or one that reaches young people
        wherever they are (online_shared, remote_shared)."""
        return self.online_shared(a, b) or self.remote_shared(a, b)

    def included(self, a: Offer, b: Offer) -> frozenset[str]:
        """The situations that a help both texts name includes anyway (`also_for`, and the
        help's own `situations`): help during the apprenticeship is for those who think of
        quitting too; a school's counselling hour for its classes of newcomers ("IVK") is
        for young refugees as the JMD's hour for them there is. Named in any
        category: a BvB whose summary offers the Hauptschulabschluss among other things does
        not give that help (given), but it is for young people without the certificate. Or
        given both, as by an audience: counselling parents includes refugee parents, in any
        words ("Familienabende" for refugee families beside an international parents' café)."""
        return frozenset().union(*(self.helps[k].also_for | self.helps[k].situations for k in (
            self.named_helps(a) | self.given(a)) & (self.named_helps(b) | self.given(b))))

    def named_helps(self, offer: Offer) -> frozenset[str]:
        """The helps title or summary name in any category (included), read once per
        wording with the helps it gives (given)."""
        return self._said_in(offer)[1]

    def shared(self, a: Offer, b: Offer) -> str | None:
        """The key of a help both offers give (so one holding both their categories), or
        None."""
        common = self.given(a) & self.given(b)
        return min(common) if common else None


def _title_words(offer: Offer) -> list[str]:
    """The folded words of the title, with the words a hyphen leaves out ("Studien- und
    Berufswahl" gives Studienwahl) and those it joins ("Test-Training")."""
    return all_words(offer.title) + completed_ellipses(offer.title) + \
        joined_compounds(offer.title)


def _words(offer: Offer) -> tuple[list[str], list[str]]:
    """The folded words of the title (_title_words), and those of title and summary."""
    titled = _title_words(offer)
    return titled, titled + all_words(offer.summary) + completed_ellipses(offer.summary) + \
        joined_compounds(offer.summary) + rejoined_verbs(offer.summary)


def _gives(offer: Offer, says: bool, help_: Help) -> bool:
    """Whether the offer gives the help; `says`: whether its title and summary hold one of
    the help's words or phrases."""
    if not _placed(offer, help_):
        return False
    situations = set(offer.target.situations)
    if situations and situations <= help_.situations:
        return True  # for those young people only; an offer for several groups is general
    audiences = set(offer.target.audiences)
    if audiences and audiences <= help_.audiences:
        return True  # for parents only: counselling them is the help, whatever the words
    return says


def _placed(offer: Offer, help_: Help) -> bool:
    """An `online` help only for offers without a venue, dates or a regular time, an
    `on_site` help only for offers with a venue or dates (an exchange on the net with
    phone hours is no fair)."""
    if help_.online:
        return anywhere(offer)
    return not help_.on_site or bool(offer.venues or offer.dates)
