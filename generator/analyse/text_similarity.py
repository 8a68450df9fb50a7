"""How alike two offers read: weighted word stems (rare words count more) of the title and
of the whole text, with compounds split into their parts.

Every offer gets a profile once; comparing two profiles is then a cheap dot product.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import KeysView
from dataclasses import dataclass
from hashlib import blake2b
from sys import intern

from generator.analyse.compounds import CompoundSplitter
from generator.analyse.text_normal import STOPWORDS, all_words, stem
from generator.model.offer import Offer

# Long descriptions say the same things again; the first words carry the meaning.
MAX_BODY_WORDS = 160


@dataclass(frozen=True, slots=True)
class TextProfile:
    title: dict[str, float]  # unit vector of title terms
    body: dict[str, float]  # unit vector of all terms: title, summary, description
    title_terms: frozenset[str]
    canonical: bytes  # digest of the whole text folded (folded_text): equal for exact copies

    @property
    def body_terms(self) -> KeysView[str]:
        """All terms: the body vector's keys, a set view (&, -, <= in C) and no second copy
        (at 100k offers a frozenset per offer held 190 MB)."""
        return self.body.keys()


def _text_words(offer: Offer) -> list[list[str]]:
    return [all_words(offer.title), all_words(offer.summary), all_words(offer.description or "")]


def _one_line(every: list[list[str]]) -> str:
    return " ".join(" ".join(part) for part in every)


def folded_text(offer: Offer) -> str:
    """The whole text folded to one line: equal for copies that differ only in layout."""
    return _one_line(_text_words(offer))


def offer_words(offer: Offer) -> tuple[list[str], list[str], bytes]:
    """Words of the title; words of title, summary and description together; and a digest
    of folded_text (at 100k offers the texts themselves would hold 140 MB for a test of
    equality). Words are interned: the lists of all offers wait for the vocabulary, and
    share their strings."""
    every = _text_words(offer)
    title = [intern(w) for w in every[0] if w not in STOPWORDS]
    body = [intern(w) for part in every for w in part if w not in STOPWORDS]
    digest = blake2b(_one_line(every).encode(), digest_size=16).digest()
    return title, body[:MAX_BODY_WORDS], digest


class TermMaker:
    """Words to terms: the stem of the word and the stems of its compound parts."""

    def __init__(self, vocabulary: set[str]):
        self.splitter = CompoundSplitter(vocabulary)
        self.cache: dict[str, tuple[str, ...]] = {}

    def terms(self, word: str) -> tuple[str, ...]:
        found = self.cache.get(word)
        if found is None:
            parts = self.splitter.split(word)
            found = tuple(dict.fromkeys([stem(word), *(stem(p) for p in parts)]))
            self.cache[word] = found
        return found

    def all_terms(self, word_list: list[str]) -> list[str]:
        known = self.cache.get  # most words were seen before: no call per word
        return [t for w in word_list for t in (known(w) or self.terms(w))]


def _unit(counts: Counter, idf: dict[str, float]) -> dict[str, float]:
    vector = {t: (1.0 + math.log(n)) * idf[t] for t, n in counts.items()}
    values = vector.values()
    norm = math.sqrt(sum(map(operator.mul, values, values))) or 1.0
    return {t: v / norm for t, v in vector.items()}


def _wording(offer: Offer) -> tuple[str, str, str]:
    return offer.title, offer.summary, offer.description or ""


@dataclass(frozen=True, slots=True)
class TextKeys:
    """What the candidate pairs (blocking.py) need of a text: its title terms and the
    digest of its folded text. A TextProfile has both, too."""

    title_terms: frozenset[str]
    canonical: bytes


@dataclass
class WordingTerms:
    """The terms of each wording (title, summary, description), before their weights.
    Offers with the same wording share it: a district repeats its wording (at 10k synthetic
    offers, 4,300 wordings)."""

    wording: dict[str, tuple[str, str, str]]  # offer id -> its wording
    uses: Counter  # wording -> offers that use it
    terms: dict[tuple, tuple[tuple[str, ...], tuple[str, ...]]]  # title terms, all terms
    keys: dict[tuple, TextKeys]

    def text_keys(self) -> dict[str, TextKeys]:
        return {oid: self.keys[wording] for oid, wording in self.wording.items()}


def wording_terms(offers: list[Offer]) -> WordingTerms:
    """Each wording's words made terms, once. Its words are dropped as soon as its terms
    are known: at 100k offers all words at once would take hundreds of MB next to the
    profiles."""
    wordings = {o.id: _wording(o) for o in offers}
    raw: dict[tuple, tuple[list[str], list[str], bytes]] = {}
    for offer in offers:
        wording = wordings[offer.id]
        if wording not in raw:
            raw[wording] = offer_words(offer)
    vocabulary = {w for _, body, _ in raw.values() for w in body}
    maker = TermMaker(vocabulary)
    terms, keys = {}, {}
    for wording in list(raw):
        title, body, canonical = raw.pop(wording)
        terms[wording] = title_terms, _ = (tuple(maker.all_terms(title)),
                                           tuple(maker.all_terms(body)))
        keys[wording] = TextKeys(frozenset(title_terms), canonical)
    return WordingTerms(wordings, Counter(wordings.values()), terms, keys)


def weighted_profiles(found: WordingTerms) -> dict[str, TextProfile]:
    """Profiles of all offers from their terms (which it takes from `found`, wording by
    wording); word weights come from how rare a term is among them. A wording's terms are
    counted only when its profile is made (a tuple of terms takes a quarter of their
    count)."""
    document_frequency: Counter = Counter()
    for wording, (_, body) in found.terms.items():
        # each term once per offer that uses the wording: counting a list runs in C, counting
        # from a mapping in Python (at 100k offers seconds)
        document_frequency.update(list(dict.fromkeys(body)) * found.uses[wording])
    total = len(found.wording)
    idf = {t: math.log((total + 1) / (n + 1)) + 1.0 for t, n in document_frequency.items()}
    shared = {}
    for wording in list(found.terms):
        title, body = found.terms.pop(wording)
        keys = found.keys[wording]
        shared[wording] = TextProfile(_unit(Counter(title), idf), _unit(Counter(body), idf),
                                      keys.title_terms, keys.canonical)
    return {oid: shared[wording] for oid, wording in found.wording.items()}


def build_profiles(offers: list[Offer]) -> dict[str, TextProfile]:
    """Profiles of all offers; offers with the same wording share one profile, made once."""
    return weighted_profiles(wording_terms(offers))


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two unit vectors; only the common terms count (found in C, fast)."""
    return min(1.0, sum(a[t] * b[t] for t in a.keys() & b.keys()))
