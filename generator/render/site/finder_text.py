"""How the finder reads German text: words, stems, umlaut folding and stop words.

snowballstemmer 3.x changed the German algorithm (Schülerinnen → "schul" instead of
"schulerinn"), so vendor/ holds snowballstemmer 2.2.0's German stemmer, which matches lunr.de.js
(the browser tests compare both). The index (search_index.py) and the Python query
(finder_query.py) use these functions; the browser does the same steps in
assets/finder-engine.js with lunr.de.js's stemmer. Steps for one word:

1. Unicode NFC, lower case; a word is a run of letters and digits.
2. The German Snowball stemmer (it already maps ä/ö/ü to a/o/u and ß to ss).
3. Folding: ae/oe/ue become a/o/u, so "Fluechtling" meets "Flüchtling".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import mkdocs.contrib.search

from generator.render.site.vendor.snowball_german_2_2 import GermanStemmer

LUNR_DIR = Path(mkdocs.contrib.search.__file__).parent
# The browser's stemmer: lunr.de.js needs lunr.js and lunr.stemmer.support.js, all three as
# they ship with mkdocs (site path → file).
LUNR_SCRIPTS = {
    "assets/aw/lunr.js": LUNR_DIR / "templates" / "search" / "lunr.js",
    "assets/aw/lunr.stemmer.support.js": LUNR_DIR / "lunr-language" / "lunr.stemmer.support.js",
    "assets/aw/lunr.de.js": LUNR_DIR / "lunr-language" / "lunr.de.js",
}
_WORD = re.compile(r"[^\W_]+")
_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_DIGRAPHS = re.compile(r"ae|oe|ue")


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def fold(word: str) -> str:
    """Umlauts and their two-letter spellings to the plain vowel."""
    return _DIGRAPHS.sub(lambda m: m.group(0)[0], word.translate(_UMLAUTS))


@functools.cache
def _stemmer() -> GermanStemmer:
    return GermanStemmer()


@functools.lru_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    """The Snowball stem, as lunr.de.js computes it (see the vendor folder's note)."""
    return _stemmer().stemWord(word)


@functools.cache
def german_stop_words() -> frozenset[str]:
    """The stop word list of lunr.de.js, read from the file itself."""
    source = LUNR_SCRIPTS["assets/aw/lunr.de.js"].read_text(encoding="utf-8")
    match = re.search(r"generateStopWordFilter\('([^']*)'", source)
    return frozenset(match.group(1).split()) if match else frozenset()


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The finder's key for one lower-case word."""
    return fold(stem_word(word))


@functools.cache
def stop_words() -> frozenset[str]:
    return frozenset(fold(w) for w in german_stop_words())


def is_stop_word(word: str) -> bool:
    return fold(word) in stop_words()


def stems(text: str) -> list[str]:
    """The stems of a text without stop words, in order."""
    return [stem(w) for w in words(text) if not is_stop_word(w)]
