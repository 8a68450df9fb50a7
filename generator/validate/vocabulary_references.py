"""A district's own vocabularies.yaml names only terms that exist: a neighbourhood of
categories names known categories, a Rechtskreis names known partner kinds. An unknown key
would otherwise be ignored without a word, and a double structure would go unseen."""

from __future__ import annotations

from generator.findings import Finding, error, field_name
from generator.load.strict_yaml import YamlDocument
from generator.model.base import closest
from generator.model.vocabularies import Vocabularies

# (section, list field in each entry, vocabulary the keys come from, what the user reads)
_REFERENCES = (
    ("category_neighbourhoods", "categories", "categories", "Kategorie"),
    ("legal_spheres", "partner_kinds", "partner_kinds", "Partnerart"),
    ("help_kinds", "categories", "categories", "Kategorie"),
    ("help_kinds", "situations", "situations", "Lebenslage"),
    ("help_kinds", "also_for", "situations", "Lebenslage"),
    ("school_forms", "situations", "situations", "Lebenslage"),
    ("partner_short_names", "kind", "partner_kinds", "Partnerart"),  # one key, or none
)


def check_vocabulary_references(extension: Vocabularies, merged: Vocabularies,
                                document: YamlDocument) -> list[Finding]:
    """Errors for every key in the district's extension that names no known term."""
    findings = []
    for section, list_field, vocabulary, noun in _REFERENCES:
        known = getattr(merged, vocabulary)
        for entry_key, entry in getattr(extension, section).items():
            keys = getattr(entry, list_field)
            found = enumerate(keys) if isinstance(keys, list) else [(None, keys)] if keys else []
            for i, key in found:
                if key not in known:
                    path = (section, entry_key, list_field) + (() if i is None else (i,))
                    findings.append(_unknown(document, path, key, known, noun, vocabulary))
    return findings


def _unknown(document: YamlDocument, path: tuple, key: str, known, noun: str,
             vocabulary: str) -> Finding:
    line, column = document.position(path)
    match = closest(key, known)
    hint = f" Meintest du „{match}“?" if match else ""
    return error("unknown-vocabulary-term",
                 f"Die {noun} „{key}“ gibt es nicht.{hint} Nenne eine Kennung aus "
                 f"{vocabulary} (Standardliste oder deine vocabularies.yaml) oder trage sie "
                 f"dort unter {vocabulary} neu ein.",
                 document.file, line, column, field_name(path))
