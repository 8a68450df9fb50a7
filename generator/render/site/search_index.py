"""The finder's index: one compact JSON file the browser loads on first use.

Why not a prebuilt lunr index: at 10k offers with descriptions lunr's serialized index is
about 4 MB gzip, and lunr cannot AND terms while OR-ing a term's synonyms, compound parts and
typo variants, nor filter by class, town and school. This index holds, per offer, what a
result shows and what the filters need, plus one posting list per stem (see finder_text.py):
`terms[stem]` is a list of integers `(doc gap << 2) | field`, field 3 title, 2 keywords
(topic, Lebenslage, audience, provider, towns), 1 summary, 0 description and other text;
`forms[stem]` lists the written endings seen for a stem ("bewerb": "ung ungen"), so a typo is
matched against the words as written ("Bewerbng" → Bewerbung), not only against stems.
assets/search.js and finder_query.py query it the same way; bench/finder_bench.py measures it.

The finder's state lives in the URL fragment, never in a query string, so no search reaches a
server log. Parameter names (class, town and topic pages and the handouts' QR codes link with
them, e.g. suche/#klasse=9&ort=05799028 or suche/#schule=<school id>&klasse=9):
  q=<text>  klasse=<5..13|nach-der-schule>  ort=<AGS>  schule=<school id>  thema=<category id>
  lage=<situation id>  fuer=<audience id>  sprache=<language id>  kostenlos=1  barrierefrei=1
  kommend=1 (only offers with a date still to come).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

from generator.analyse.selection import is_school_internal
from generator.analyse.timing import appointment_last_day, upcoming_dates
from generator.model.offer import Offer
from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.finder_text import (
    LUNR_SCRIPTS,
    fold,
    is_stop_word,
    stem,
    stems,
    stop_words,
    words,
)

INDEX_PATH = "assets/aw/suchindex.json"
VERSION = 1
TITLE, KEYWORDS, SUMMARY, TEXT = 3, 2, 1, 0
MAX_DATES = 3
_LINK_TARGET = re.compile(r"\]\([^)]*\)")


def _euro(amount: Decimal) -> str:
    return f"{amount:.2f} €".replace(".", ",").replace(",00 €", " €")


def cost_label(offer: Offer) -> tuple[int, str]:
    """(free, what a result says about the cost)."""
    costs = offer.costs
    if costs is None:
        return 0, ""
    if costs.free:
        return 1, "kostenlos"
    return 0, _euro(costs.amount_eur) if costs.amount_eur else (costs.note or "")


def _fields(ctx: SiteContext, offer: Offer) -> dict[int, str]:
    data = ctx.data
    provider = data.partners.get(offer.provider)
    keywords = [ctx.label("categories", offer.category), provider.name if provider else "",
                *(ctx.label("situations", s) for s in offer.target.situations),
                *(ctx.label("audiences", a) for a in offer.target.audiences),
                *(ctx.municipality_name(a) for a in data.offer_municipalities(offer)),
                offer.kaoa_element or ""]
    text = [_LINK_TARGET.sub("]", offer.description or ""), offer.schedule or "",
            offer.accessibility or "", offer.costs.note if offer.costs and offer.costs.note
            else "", *offer.legal_basis]
    return {TITLE: offer.title, KEYWORDS: " ".join(keywords), SUMMARY: offer.summary,
            TEXT: " ".join(text)}


def _postings(ctx: SiteContext, offers: list[Offer],
              forms: dict[str, set[str]]) -> dict[str, list[int]]:
    best: dict[str, dict[int, int]] = {}
    for number, offer in enumerate(offers):
        for field, text in _fields(ctx, offer).items():
            for word in words(text):
                if is_stop_word(word):
                    continue
                key = stem(word)
                docs = best.setdefault(key, {})
                docs[number] = max(docs.get(number, -1), field)
                _add_form(forms, key, fold(word))
    postings = {}
    for key in sorted(best):
        previous, encoded = 0, []
        for number, field in sorted(best[key].items()):
            encoded.append(((number - previous) << 2) | field)
            previous = number
        postings[key] = encoded
    return postings


def _add_form(forms: dict[str, set[str]], key: str, word: str) -> None:
    """The written forms of a stem, for typo matching: "bewerb" ← "ung", "ungen"."""
    if word != key:
        forms.setdefault(key, set()).add(word[len(key):] if word.startswith(key)
                                         else "=" + word)


def _phrase(text: str) -> list[str]:
    """Stems of every word, stop words included: phrases are matched word by word."""
    return [stem(w) for w in words(text)]


class _Tables:
    """Lists the offers point into by number."""

    def __init__(self, ctx: SiteContext):
        data = ctx.data
        vocab = data.vocabularies
        self.partners = sorted(data.partners)
        self.towns = [m.ags for m in data.network.municipalities]
        self.schools = [s.id for s in data.network.schools]
        self.lists = {kind: sorted(getattr(vocab, kind)) for kind in
                      ("categories", "situations", "audiences", "languages", "school_forms")}

    def numbers(self, kind: str, keys) -> list[int]:
        table = self.lists[kind]
        return [table.index(k) for k in keys if k in table]


def _offer_row(ctx: SiteContext, tables: _Tables, offer: Offer) -> list:
    data, target = ctx.data, offer.target
    school = tables.schools.index(offer.provider) if is_school_internal(data, offer) else -1
    area = -1 if offer.covers_district else [tables.towns.index(a) for a in offer.municipalities
                                             if a in tables.towns]
    upcoming = upcoming_dates(offer, ctx.today)
    if len(upcoming) > MAX_DATES:  # the last one tells the browser when the offer is over
        upcoming = upcoming[:MAX_DATES - 1] + upcoming[-1:]
    dates = [[a.start.isoformat(), appointment_last_day(a).isoformat()] for a in upcoming]
    return [offer.id, offer.title, offer.summary, tables.partners.index(offer.provider), area,
            school, sorted(target.classes), int(target.school_leavers),
            tables.numbers("school_forms", target.school_forms),
            tables.numbers("categories", [offer.category]),
            tables.numbers("situations", target.situations),
            tables.numbers("audiences", target.audiences),
            tables.numbers("languages", offer.languages), *cost_label(offer),
            int(bool(offer.accessibility)), dates, offer.schedule or ""]


# The offer row's positions, shared with search.js (OFFER_FIELDS there).
OFFER_FIELDS = ("id", "title", "summary", "provider", "area", "school", "classes", "leavers",
                "forms", "category", "situations", "audiences", "languages", "free", "cost",
                "accessible", "dates", "schedule")


def _synonyms(ctx: SiteContext) -> list[list]:
    groups = []
    for _key, group in sorted(ctx.data.vocabularies.synonyms.items()):
        groups.append([[_phrase(w) for w in group.words], [stems(m) for m in group.means],
                       int(group.ignore)])
    return groups


def _pages(ctx: SiteContext) -> list[list]:
    data = ctx.data
    pages = [[p.name, urls.partner_path(p.id), "Partner", stems(p.name)]
             for _, p in sorted(data.partners.items())]
    pages += [[m.name, urls.municipality_path(m.name), "Ort", stems(m.name)]
              for m in data.network.municipalities]
    pages += [[t.label, urls.category_path(key), "Thema", stems(f"{t.label} {t.description or ''}")]
              for key, t in sorted(data.vocabularies.categories.items())]
    return pages


def build_index(ctx: SiteContext) -> dict:
    data, vocab = ctx.data, ctx.data.vocabularies
    tables = _Tables(ctx)
    offers = ctx.current_offers()
    forms: dict[str, set[str]] = {}
    terms = _postings(ctx, offers, forms)
    return {
        "v": VERSION, "day": ctx.today.isoformat(), "base": urls.OFFERS_PATH,
        "fields": OFFER_FIELDS,
        "partners": [data.partners[p].name for p in tables.partners],
        "towns": [[m.ags, m.name, _phrase(m.name)] for m in data.network.municipalities],
        "schools": [[s.id, s.name, tables.towns.index(s.municipality)
                     if s.municipality in tables.towns else -1,
                     tables.lists["school_forms"].index(s.school_form)
                     if s.school_form in tables.lists["school_forms"] else -1, _phrase(s.name)]
                    for s in data.network.schools],
        "labels": {kind: [[k, getattr(vocab, kind)[k].label] for k in keys]
                   for kind, keys in tables.lists.items()},
        "formstems": [stem(vocab.school_forms[k].label.lower())
                      for k in tables.lists["school_forms"]],
        "syn": _synonyms(ctx), "stop": sorted(stop_words()),
        "offers": [_offer_row(ctx, tables, o) for o in offers],
        "terms": terms, "pages": _pages(ctx),
        "forms": {key: " ".join(sorted(forms[key])) for key in sorted(forms)},
    }


def index_json(ctx: SiteContext) -> str:
    return json.dumps(build_index(ctx), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def search_files(ctx: SiteContext) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {path: source.read_bytes()
                                     for path, source in LUNR_SCRIPTS.items()}
    files[INDEX_PATH] = index_json(ctx)
    return files
