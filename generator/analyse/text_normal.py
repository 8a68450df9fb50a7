"""Normalised German text for comparing offers: one spelling for "Mühlental", "Muehlental"
and "Mühlеntal" with a Cyrillic "е", and one stem for "Bewerbungen" and "Bewerbung"."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

# Letters from other alphabets that look like Latin ones, in both cases.
_LOOKALIKES = str.maketrans({
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ї": "I", "Ј": "J", "Ѕ": "S", "Ԛ": "Q",
    "Ԝ": "W", "а": "a", "е": "e", "ё": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
    "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "α": "a", "ε": "e", "ι": "i", "κ": "k",
    "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
})
_OTHER_SCRIPTS = re.compile("[\u0370-\u03ff\u0400-\u052f]")
_UMLAUTS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"))
_WORD = re.compile(r"[a-z0-9]+")
_ACCENTS = re.compile(r"[\u0300-\u036f]")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")

# Words that say nothing about what an offer is. Kept short on purpose: the weights
# (rare words count more) do the rest.
STOPWORDS = frozenset("""
    aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim bis
    bist da damit dann das dass dein deine deinen deiner dem den denn der des dich die dies
    diese diesem diesen dieser dir doch dort du durch ein eine einem einen einer eines er es
    etwa euch euer eure fuer gibt hast hat hier ihm ihn ihr ihre ihrem ihren im in ins ist ja
    jede jedem jeden jeder jetzt kann kannst kein keine man mehr mit muss nach nicht noch nur
    ob oder ohne sehr sein seine sich sie sind so ueber um und uns unser unsere unter viel vom
    von vor war was wenn wer wie wir wird wo zu zum zur zwischen sowie bzw usw z b ab
""".split())

_STEMMER = Stemmer.Stemmer("german")


def fold(text: str) -> str:
    """NFKC, look-alike letters to Latin, casefold, umlauts as ae/oe/ue, other accents off.
    (A translate table with strings is slow on long texts: only texts with Greek or Cyrillic
    letters go through it, the umlauts are plain replacements.)"""
    text = unicodedata.normalize("NFKC", text)
    if _OTHER_SCRIPTS.search(text):
        text = text.translate(_LOOKALIKES)
    text = text.casefold()  # "ß" becomes "ss"
    for umlaut, spelled in _UMLAUTS:
        text = text.replace(umlaut, spelled)
    if text.isascii():
        return text
    return _ACCENTS.sub("", unicodedata.normalize("NFKD", text))


def all_words(text: str) -> list[str]:
    """Folded words, without Markdown syntax and link targets. Markup characters are no
    word characters anyway: only links need a pass of their own (none without a "[")."""
    plain = _LINK.sub(lambda m: f" {m.group(1)} ", text) if "[" in text else text
    return _WORD.findall(fold(plain))


def joined_words(text: str) -> str:
    """The folded words of a text joined by single spaces, with a space at either end:
    phrases and patterns of whole words are looked for in it."""
    return f" {' '.join(all_words(text))} "


def holds_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether the folded words of a text hold one of `phrases` (folded words joined by
    spaces) as whole words: "Mo–Fr nach Terminvereinbarung" holds "terminvereinbarung"."""
    joined = joined_words(text)
    return any(f" {phrase} " in joined for phrase in phrases)


def says(text: str, pattern: re.Pattern, hint: re.Pattern) -> bool:
    """Whether the folded words of a text (joined_words) match `pattern`; only read word by
    word when the text as written matches `hint`, a cheap test that most texts fail."""
    return bool(hint.search(text)) and bool(pattern.search(joined_words(text)))


# "Studien- und Berufswahl", "Ausbildungs-/Praktikumsplatz": a first word that leaves its
# end to the second one
_ELLIPSIS = re.compile(r"([a-z]{3,})-\s*(?:,|und|oder|bzw\.?|sowie|&|/)\s*([a-z]{7,})")
_SHORTEST_END = 4


def completed_ellipses(text: str) -> list[str]:
    """The words a hyphen leaves out, folded ("Studien- und Berufswahl": studienwahl). The
    text does not say where the second word's first part ends, so each way it could is
    given ("studienfswahl", "studienswahl", "studienwahl"): only real words match a
    vocabulary, and every such end is already a word of the text."""
    if "-" not in text:
        return []
    return [first + second[cut:]
            for first, second in _ELLIPSIS.findall(fold(text))
            for cut in range(3, len(second) - _SHORTEST_END + 1)]


# Particles of German separable verbs, folded: "wir probieren Berufe aus" is "ausprobieren".
_PARTICLES = frozenset("""ab an auf aus bei ein fest heraus her hin kennen los mit nach raus
rein vor weiter zu zurueck zusammen um durch vorbei""".split())
# What ends a clause for a separated particle (a comma too: a side clause keeps its verb whole)
_CLAUSE_MARK = r"[.!?;:,()\"\u2013\u2014\u201e\u201c\u201a\u2018/\n]"
_CLAUSE_END = re.compile(f"{_CLAUSE_MARK}+")
# Words that join two main clauses: a particle before them ends its clause ("Du kommst in
# Mathe nicht mit oder ...")
_JOINING = frozenset(("und", "oder", "aber"))
# A verb's ending in the present tense: "probiert", "probierst", "probiere", "probieren"
_VERB_END = re.compile(r"(?:en|st|t|e)$")
_LETTERS = re.compile(r"[^\W\d_]+")
# A cheap test on the text as written: a particle before a clause's end or a joining word
# (most texts have none, and are not read word by word)
_RAW_PARTICLES = _PARTICLES | {"zurück"}
_ANY_PARTICLE = "|".join(sorted(_RAW_PARTICLES))
_PARTICLE_AT_END = re.compile(
    rf"\b(?:{_ANY_PARTICLE})\b\s*(?:{_CLAUSE_MARK}|$|(?:{'|'.join(sorted(_JOINING))})\b)",
    re.IGNORECASE)
# A compound written with hyphens: "Test-Training", "Praktikums-Jagd"
_HYPHENED = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})+")


def rejoined_verbs(text: str) -> list[str]:
    """The separable verbs a text splits, joined and folded, as written and as infinitive:
    a particle that ends its clause ("Eure Klasse probiert bei uns Jobs aus") gives itself
    before each lower-case word before it that could be a verb ("ausprobiert",
    "ausprobieren"). Only real words match a vocabulary, as with completed_ellipses."""
    joined: list[str] = []
    if not _PARTICLE_AT_END.search(text):
        return joined
    for clause in _CLAUSE_END.split(text):
        found = _LETTERS.findall(clause)
        lowered = [word.lower() for word in found]  # particles are plain lower-case words
        for end, particle in enumerate(lowered):
            if particle not in _RAW_PARTICLES or end < 2 or \
                    end + 1 < len(lowered) and lowered[end + 1] not in _JOINING:
                continue
            particle = fold(particle)
            for word in found[:end]:
                if word[0].islower() and len(word) >= 4 and word not in _RAW_PARTICLES and \
                        _VERB_END.search(word):
                    verb = fold(word)
                    infinitive = _VERB_END.sub("", verb) + "en"
                    joined += [particle + verb] if infinitive == verb else \
                        [particle + verb, particle + infinitive]
    return joined


def joined_compounds(text: str) -> list[str]:
    """The compounds a text writes with hyphens, as one folded word: "Test-Training" is
    "testtraining", as a vocabulary writes it."""
    if "-" not in text:
        return []
    return ["".join(all_words(match)) for match in _HYPHENED.findall(text)]


def words(text: str) -> list[str]:
    """Folded words without stop words."""
    return [w for w in all_words(text) if w not in STOPWORDS]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


