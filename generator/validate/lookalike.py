"""Names that mix alphabets: a Cyrillic "а" inside a Latin word looks the same but breaks
search and sorting, and is a favourite trick of impostors."""

from __future__ import annotations

import re
import unicodedata

from generator.findings import Finding, warning
from generator.model.dataset import Dataset
from generator.model.text_rules import describe_char

_WORD = re.compile(r"\w+")
# Greek, Cyrillic, Armenian and Cherokee letters; text without any needs no closer look.
_FOREIGN = re.compile("[\u0370-\u058f\u13a0-\u13ff\u1c80-\u1c8f\u1f00-\u1fff\ua640-\ua69f]")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE")


def _script(char: str) -> str | None:
    name = unicodedata.name(char, "")
    return next((s for s in _SCRIPTS if name.startswith(s)), None)


def foreign_letter(text: str) -> str | None:
    """The first letter from another alphabet inside a mostly Latin word, if any."""
    if not _FOREIGN.search(text):
        return None
    for word in _WORD.findall(text):
        scripts = [_script(c) for c in word if c.isalpha()]
        if "LATIN" in scripts and len(set(filter(None, scripts))) > 1:
            return next(c for c, s in zip(
                [c for c in word if c.isalpha()], scripts, strict=True) if s not in ("LATIN", None))
    return None


def _name_fields(data: Dataset):
    for offer in data.offers.values():
        yield "offer", offer.id, ("title",), offer.title
    for partner in data.partners.values():
        yield "partner", partner.id, ("name",), partner.name
        for i, contact in enumerate(partner.contacts):
            yield "partner", partner.id, ("contacts", i, "name"), contact.name
        for i, location in enumerate(partner.locations):
            yield "partner", partner.id, ("locations", i, "name"), location.name


def check_lookalikes(data: Dataset) -> list[Finding]:
    findings = []
    for kind, object_id, path, text in _name_fields(data):
        char = foreign_letter(text)
        if char:
            findings.append(warning("lookalike-letter", f"„{text}“ enthält den Buchstaben "
                                    f"{describe_char(char)} aus einem anderen Alphabet, der wie "
                                    "ein lateinischer aussieht. Tippe das Wort neu.",
                                    *data.locate(kind, object_id, path)))
    return findings
