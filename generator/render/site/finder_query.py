"""The finder's query, in Python: the same steps as assets/search.js, on the same index.

The relevance tests and the parity test with the browser run this. Steps:

1. Read the text word by word. "Klasse 9", "9.", "nach der Schule", a town or school name
   become filters; synonym phrases become one term with all their words as alternatives;
   stop words and filler words (synonym groups with `ignore`) drop out.
2. Each free term becomes alternatives from the index's stems: the stem itself, longer words
   it begins or sits inside (Praktikum → Betriebspraktikum), the parts of a compound
   (Bewerbungstraining → Bewerbung, Training) and, when none of these exist and the word has
   five letters or more, stems one typo away. A term nothing matches is left out and named.
3. Terms are AND-ed; only if that finds nothing, an OR fallback ("ähnliche Treffer").
4. Filters cut; a school's own offers stay only for that school (first) or, without a
   chosen school, in a list of their own labelled with the school. Order: group, score
   (weight × field × rarity of the stem), next date, title, id.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.render.site.finder_text import fold, stem, words

# Integer scores, so Python and JavaScript sort alike.
EXACT, PREFIX, INSIDE, TYPO, HEAD, MODIFIER = 10, 7, 6, 6, 2, 2
FIELD_FACTOR = (1, 2, 3, 4)  # text, summary, keywords, title
CLASS_WORDS = frozenset({"klasse", "klassen", "jahrgang", "jahrgangsstufe", "stufe", "jg", "kl"})
LEAVERS = "nach-der-schule"
FILTER_NAMES = ("klasse", "ort", "schule", "thema", "lage", "fuer", "sprache", "kostenlos",
                "barrierefrei", "kommend")


@dataclass
class Term:
    text: str
    alternatives: list[tuple[tuple[str, ...], int]]  # (stems all required, weight)
    fuzzy: bool = True  # typed by the user (not from a synonym group)


@dataclass
class Parsed:
    terms: list[Term] = field(default_factory=list)
    filters: dict[str, str] = field(default_factory=dict)  # recognised in the text


@dataclass
class Result:
    ids: list[str]  # the offers for this person, best first
    school_only: list[str] = field(default_factory=list)  # other schools' own offers, labelled
    similar: bool = False  # the OR fallback
    unknown: list[str] = field(default_factory=list)
    recognised: dict[str, str] = field(default_factory=dict)
    pages: list[str] = field(default_factory=list)


def one_edit_apart(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (i + 1 < len(a) and a[i] == b[i + 1]
                                      and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:])


class Finder:
    def __init__(self, index: dict):
        self.index = index
        self.fields = {name: n for n, name in enumerate(index["fields"])}
        self.vocab = sorted(index["terms"])
        self.stop = frozenset(index["stop"])
        self.docs: dict[str, dict[int, int]] = {}
        self.phrases = self._phrases()

    @classmethod
    def load(cls, path: Path) -> Finder:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def _phrases(self) -> list[tuple[list[str], str, object]]:
        index = self.index
        phrases: list[tuple[list[str], str, object]] = [(["nach", "der", "schul"], "klasse",
                                                         LEAVERS)]
        phrases += [(s[4], "schule", s[0]) for s in index["schools"]]
        phrases += [(t[2], "ort", t[0]) for t in index["towns"]]
        phrases += [(words_, "syn", group) for group in index["syn"] for words_ in group[0]]
        return sorted((p for p in phrases if p[0]), key=lambda p: -len(p[0]))

    def postings(self, key: str) -> dict[int, int]:
        if key not in self.docs:
            decoded, number = {}, 0
            for code in self.index["terms"].get(key, []):
                number += code >> 2
                decoded[number] = code & 3
            self.docs[key] = decoded
        return self.docs[key]

    # 1. reading the text
    def parse(self, text: str) -> Parsed:
        tokens = words(text)
        keys = [stem(t) for t in tokens]
        parsed, i = Parsed(), 0
        while i < len(tokens):
            i = self._read(tokens, keys, i, parsed)
        self._school_by_form(parsed)
        return parsed

    def _read(self, tokens: list[str], keys: list[str], i: int, parsed: Parsed) -> int:
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in CLASS_WORDS and _school_class(following):
            parsed.filters["klasse"] = following
            return i + 2
        if _school_class(token):
            parsed.filters["klasse"] = token
            return i + 2 if following in CLASS_WORDS else i + 1
        for phrase, kind, value in self.phrases:
            if keys[i:i + len(phrase)] == phrase:
                self._apply(kind, value, " ".join(tokens[i:i + len(phrase)]), parsed)
                return i + len(phrase)
        if fold(token) not in self.stop:
            parsed.terms.append(Term(token, [((keys[i],), EXACT)]))
        return i + 1

    def _apply(self, kind: str, value, text: str, parsed: Parsed) -> None:
        if kind != "syn":
            parsed.filters.setdefault(kind, value)
            return
        synonyms, means, ignore = value
        if not ignore:
            chosen = means or synonyms
            alternatives = [(tuple(k for k in keys if k not in self.stop), EXACT)
                            for keys in chosen]
            parsed.terms.append(Term(text, [a for a in alternatives if a[0]], fuzzy=False))

    def _school_by_form(self, parsed: Parsed) -> None:
        """"Hauptschule" and a town name: the one Hauptschule in that town."""
        town = parsed.filters.get("ort")
        if town is None or "schule" in parsed.filters:
            return
        for term in list(parsed.terms):
            key = term.alternatives[0][0][0] if len(term.alternatives) == 1 else None
            if key not in self.index["formstems"]:
                continue
            form = self.index["formstems"].index(key)
            towns = [t[0] for t in self.index["towns"]]
            found = [s[0] for s in self.index["schools"]
                     if s[3] == form and s[2] >= 0 and towns[s[2]] == town]
            if len(found) == 1:
                parsed.filters["schule"] = found[0]
                parsed.terms.remove(term)
                return

    # 2. alternatives from the index
    def expand(self, term: Term) -> dict[str, int]:
        found: dict[str, int] = {}
        for keys, _weight in term.alternatives:
            if len(keys) == 1:
                for key, w in self._expand_one(keys[0], term.text if term.fuzzy else None):
                    found[key] = max(found.get(key, 0), w)
        return found

    def _expand_one(self, key: str, typed: str | None) -> list[tuple[str, int]]:
        """`typed`: the word as written, when it may be split and forgiven one typo."""
        known = key in self.index["terms"]
        found = [(key, EXACT)] if known else []
        for other in self.vocab:
            at = other.find(key) if other != key else -1
            if (at == 0 and len(key) >= 4) or (at > 0 and len(key) >= 5):
                found.append((other, PREFIX if at == 0 else INSIDE))
        if typed is not None:
            found += self._parts(key, known)
        if not found and typed is not None and len(typed) >= 5:
            found = [(other, TYPO) for other in self.vocab if self._one_typo(key, typed, other)]
        return found

    def _one_typo(self, key: str, typed: str, other: str) -> bool:
        if one_edit_apart(key, other):
            return True
        endings = self.index["forms"].get(other, "")
        written = fold(typed)
        return any(one_edit_apart(written, e[1:] if e[:1] == "=" else other + e)
                   for e in endings.split(" ") if e)

    def _parts(self, key: str, known: bool) -> list[tuple[str, int]]:
        """The longest known head of a compound (Betriebspraktikum → Praktikum) and, for a
        compound the offers do not use, its modifier (Bewerbungsgespräch → Bewerbung)."""
        if len(key) < 8:
            return []
        terms, parts = self.index["terms"], []
        heads = [key[k:] for k in range(3, len(key) - 3) if key[k:] in terms]
        modifiers = [key[:k] for k in range(len(key) - 3, 3, -1) if key[:k] in terms]
        if heads:
            parts.append((heads[0], HEAD))
        if modifiers and not known:
            parts.append((modifiers[0], MODIFIER))
        return parts

    def term_scores(self, term: Term) -> dict[int, int]:
        """Per offer: the best alternative's weight × field factor × the term's rarity."""
        scores: dict[int, int] = {}
        for key, weight in self.expand(term).items():
            for doc, fld in self.postings(key).items():
                scores[doc] = max(scores.get(doc, 0), weight * FIELD_FACTOR[fld])
        for keys, weight in term.alternatives:
            if len(keys) > 1:
                scores.update(self._all_of(keys, weight, scores))
        return scores

    def _all_of(self, keys: tuple[str, ...], weight: int, scores: dict[int, int]) -> dict:
        lists = [self.postings(k) for k in keys]
        common = set(lists[0]).intersection(*lists[1:])
        return {d: max(scores.get(d, 0), weight * min(FIELD_FACTOR[p[d]] for p in lists))
                for d in common}

    def rarity(self, found: int) -> int:
        """3 for a term in at most 1/16 of the offers, 2 up to 1/4, else 1: a rare word of
        the query counts more than a common one (integers, so both languages agree)."""
        total = len(self.index["offers"])
        return 1 if found * 4 > total else 2 if found * 16 > total else 3

    def weighted(self, scores: dict[int, int]) -> dict[int, int]:
        rarity = self.rarity(len(scores))
        return {doc: score * rarity for doc, score in scores.items()}

    # 3. and 4. matching, filters, order
    def search(self, text: str, chosen: dict[str, str], today: dt.date) -> Result:
        parsed = self.parse(text)
        filters = {**parsed.filters, **{k: v for k, v in chosen.items() if v}}
        if filters.get("schule"):
            filters["ort"] = self._school_town(filters["schule"]) or filters.get("ort", "")
        scored = [(t, self.weighted(self.term_scores(t))) for t in parsed.terms]
        unknown = [t.text for t, s in scored if not s]
        scored = [(t, s) for t, s in scored if s]
        result = Result([], unknown=unknown, recognised=parsed.filters)
        if not scored and not any(filters.get(k) for k in FILTER_NAMES):
            return result
        fits = [d for d in range(len(self.index["offers"])) if self._fits(d, filters, today)]
        ranked = self._rank(fits, [s for _, s in scored], filters, today, every=True)
        if not ranked and len(scored) > 1:
            ranked = self._rank(fits, [s for _, s in scored], filters, today, every=False)
            result.similar = bool(ranked)
        result.ids = [self.row(d, "id") for d in ranked if self._group(d, filters) < 2]
        result.school_only = [self.row(d, "id") for d in ranked if self._group(d, filters) == 2]
        result.pages = self._pages([t for t, _ in scored])
        return result

    def _rank(self, docs, scores, filters, today, every: bool) -> list[int]:
        rows = []
        for doc in docs:
            hits = [s[doc] for s in scores if doc in s]
            if scores and (len(hits) < len(scores) if every else not hits):
                continue
            rows.append((self._group(doc, filters), -len(hits), -sum(hits),
                         self.next_date(doc, today) or "9999",
                         self.row(doc, "title").lower(), self.row(doc, "id"), doc))
        return [r[-1] for r in sorted(rows)]

    def row(self, doc: int, name: str):
        return self.index["offers"][doc][self.fields[name]]

    def _group(self, doc: int, filters: dict) -> int:
        school = self.row(doc, "school")
        if school < 0:
            return 1
        return 0 if filters.get("schule") else 2

    def _school_town(self, school_id: str) -> str | None:
        for s in self.index["schools"]:
            if s[0] == school_id and s[2] >= 0:
                return self.index["towns"][s[2]][0]
        return None

    def next_date(self, doc: int, today: dt.date) -> str | None:
        day = today.isoformat()
        for start, end in self.row(doc, "dates"):
            if end >= day:
                return max(start, day)
        return None

    def _fits(self, doc: int, f: dict, today: dt.date) -> bool:
        row = self.row
        if row(doc, "dates") and not row(doc, "schedule") and not self.next_date(doc, today):
            return False  # over since the build
        if f.get("kommend") and not self.next_date(doc, today):
            return False
        return all(check(self, doc, f[name]) for name, check in _CHECKS.items() if f.get(name))

    def _pages(self, terms: list[Term]) -> list[str]:
        if not terms:
            return []
        wanted = [set(self.expand(t)) | {k for keys, _ in t.alternatives for k in keys}
                  for t in terms]
        return [p[1] for p in self.index["pages"]
                if all(w & set(p[3]) for w in wanted)][:4]


def _school_class(token: str) -> bool:
    return re.fullmatch(r"[0-9]{1,2}", token) is not None and 5 <= int(token) <= 13


def _label_number(finder: Finder, kind: str, key: str) -> int:
    keys = [k for k, _ in finder.index["labels"][kind]]
    return keys.index(key) if key in keys else -1


def _fits_school(f: Finder, doc: int, school_id: str) -> bool:
    school = next((s for s in f.index["schools"] if s[0] == school_id), None)
    if school is None:
        return True
    number = f.index["schools"].index(school)
    own = f.row(doc, "school")
    forms = f.row(doc, "forms")
    return (own < 0 or own == number) and (not forms or school[3] in forms)


def _fits_town(f: Finder, doc: int, ags: str) -> bool:
    area = f.row(doc, "area")
    towns = [t[0] for t in f.index["towns"]]
    return area == -1 or (ags in towns and towns.index(ags) in area)


def _fits_class(f: Finder, doc: int, value: str) -> bool:
    if value == LEAVERS:
        return bool(f.row(doc, "leavers"))
    return _school_class(value) and int(value) in f.row(doc, "classes")


def _in_list(field_name: str, kind: str):
    return lambda f, doc, key: _label_number(f, kind, key) in f.row(doc, field_name)


def _fits_language(f: Finder, doc: int, key: str) -> bool:
    languages = f.row(doc, "languages")
    return _label_number(f, "languages", key) in languages or (key == "de" and not languages)


_CHECKS = {
    "schule": _fits_school, "ort": _fits_town, "klasse": _fits_class,
    "thema": _in_list("category", "categories"), "lage": _in_list("situations", "situations"),
    "fuer": _in_list("audiences", "audiences"), "sprache": _fits_language,
    "kostenlos": lambda f, doc, _: bool(f.row(doc, "free")),
    "barrierefrei": lambda f, doc, _: bool(f.row(doc, "accessible")),
}
