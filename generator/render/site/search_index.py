"""A prebuilt lunr index with German stemming, loaded by lunr.js and lunr.de.js in the browser.

The index is built here with lunr.py and the German Snowball stemmer as lunr.de.js implements
it: snowballstemmer 3.x changed the German algorithm (Schülerinnen → "schul" instead of
"schulerinn", begleitet → "begleit"), so 4 % of the demo's words got other stems than in the
browser. vendor/ holds snowballstemmer 2.2.0's German stemmer, which matches lunr.de.js word
for word (tests/test_site_browser.py compares both). The serialized search pipeline names
"stemmer-de", the function lunr.de.js registers, so a query is stemmed in the browser exactly
as the index was. The JavaScript files are the ones that ship with mkdocs (mkdocs/contrib/search/).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import mkdocs.contrib.search
from lunr.builder import Builder
from lunr.pipeline import Pipeline

from generator.render import urls
from generator.render.site.context import SiteContext
from generator.render.site.vendor.snowball_german_2_2 import GermanStemmer

LUNR_DIR = Path(mkdocs.contrib.search.__file__).parent
LUNR_SCRIPTS = {  # site path → file shipped with mkdocs
    "assets/aw/lunr.js": LUNR_DIR / "templates" / "search" / "lunr.js",
    "assets/aw/lunr.stemmer.support.js": LUNR_DIR / "lunr-language" / "lunr.stemmer.support.js",
    "assets/aw/lunr.de.js": LUNR_DIR / "lunr-language" / "lunr.de.js",
}
INDEX_PATH = "assets/aw/suchindex.json"
_EDGE = re.compile(r"^\W+|\W+$")


@functools.cache
def _stemmer() -> GermanStemmer:
    return GermanStemmer()


@functools.lru_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    """Cached: a district's texts use a few thousand words over and over."""
    return _stemmer().stemWord(word)


@functools.cache
def german_stop_words() -> frozenset[str]:
    """The stop word list of lunr.de.js, read from the file itself."""
    source = LUNR_SCRIPTS["assets/aw/lunr.de.js"].read_text(encoding="utf-8")
    match = re.search(r"generateStopWordFilter\('([^']*)'", source)
    return frozenset(match.group(1).split()) if match else frozenset()


def stem_de(token, i=None, tokens=None):
    return token.update(lambda s, metadata=None: stem_word(s))


def trim_de(token, i=None, tokens=None):
    return token.update(lambda s, metadata=None: _EDGE.sub("", s))


def stop_de(token, i=None, tokens=None):
    return None if str(token) in german_stop_words() else token


for _fn, _label in ((stem_de, "stemmer-de"), (trim_de, "trimmer-de"),
                    (stop_de, "stopWordFilter-de")):
    if _label not in Pipeline.registered_functions:
        Pipeline.register_function(_fn, _label)


def _document(ctx: SiteContext, offer) -> dict:
    data = ctx.data
    provider = data.partners.get(offer.provider)
    words = [ctx.label("categories", offer.category), provider.name if provider else "",
             *(ctx.label("situations", s) for s in offer.target.situations),
             *(ctx.label("audiences", a) for a in offer.target.audiences),
             *(f"Klasse {c}" for c in offer.target.classes),
             "nach der Schule" if offer.target.school_leavers else "",
             ctx.where(offer), *(ctx.municipality_name(a) for a in data.offer_municipalities(offer)
                                 if not offer.covers_district)]
    return {"id": offer.id, "title": offer.title, "summary": offer.summary,
            "keywords": " ".join(w for w in words if w)}


def build_index(ctx: SiteContext) -> dict:
    builder = Builder()
    builder.pipeline.add(Pipeline.registered_functions["trimmer-de"],
                         Pipeline.registered_functions["stopWordFilter-de"],
                         Pipeline.registered_functions["stemmer-de"])
    builder.search_pipeline.add(Pipeline.registered_functions["stemmer-de"])
    builder.ref("id")
    builder.field("title", boost=10)
    builder.field("summary", boost=2)
    builder.field("keywords")
    offers = ctx.current_offers()
    for offer in offers:
        builder.add(_document(ctx, offer))
    docs = {o.id: [o.title, o.summary, ctx.where(o)] for o in offers}
    return {"index": builder.build().serialize(), "docs": docs, "base": urls.OFFERS_PATH}


def search_files(ctx: SiteContext) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {path: source.read_bytes()
                                     for path, source in LUNR_SCRIPTS.items()}
    files[INDEX_PATH] = json.dumps(build_index(ctx), ensure_ascii=False, sort_keys=True,
                                   separators=(",", ":"))
    return files
