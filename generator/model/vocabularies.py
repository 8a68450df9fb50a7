"""Controlled vocabularies: the lists a district may extend in its own vocabularies.yaml."""

from __future__ import annotations

from pydantic import Field

from generator.model.base import StrictModel
from generator.model.types import Line, ShortLine, Slug


class Term(StrictModel):
    label: ShortLine = Field(description="Bezeichnung, wie sie auf der Website erscheint.")
    description: Line | None = Field(None, description="Kurze Erklärung in einfacher Sprache.")


class SynonymGroup(StrictModel):
    """Words the finder treats as one: each word of `words` finds the others and `means`."""

    words: list[ShortLine] = Field(
        min_length=1, description="Wörter oder kurze Wendungen, die jemand eintippt.")
    means: list[ShortLine] = Field(
        default_factory=list, description="Wörter, die diese Eingabe zusätzlich findet (nur in "
        "diese Richtung). Leer: die Wörter von words finden sich gegenseitig.")
    ignore: bool = Field(
        False, description="true: Füllwörter wie „suche“ oder „brauche“, nach denen die Suche "
        "nicht sucht.")


class Vocabularies(StrictModel):
    categories: dict[Slug, Term] = Field(default_factory=dict,
                                         description="Kategorien von Angeboten.")
    school_forms: dict[Slug, Term] = Field(default_factory=dict, description="Schulformen.")
    situations: dict[Slug, Term] = Field(
        default_factory=dict, description="Lebenslagen, z. B. ohne Schulabschluss, mit Kind.")
    audiences: dict[Slug, Term] = Field(
        default_factory=dict, description="Zielgruppen: Schüler, Eltern, Lehrkräfte …")
    partner_kinds: dict[Slug, Term] = Field(default_factory=dict, description="Partnerarten.")
    languages: dict[Slug, Term] = Field(
        default_factory=dict, description="Sprachen der Angebote (ISO-639-1-Kürzel).")
    synonyms: dict[Slug, SynonymGroup] = Field(
        default_factory=dict, description="Wörter, die die Suche gleich behandelt, z. B. "
        "Lehrstelle und Ausbildungsplatz.")

    def label(self, kind: str, key: str) -> str:
        term = getattr(self, kind).get(key)
        return term.label if term else key

    def merged_with(self, extension: Vocabularies) -> Vocabularies:
        """The district's extension adds terms; a term it names again gets its new label."""
        merged = {name: {**getattr(self, name), **getattr(extension, name)}
                  for name in type(self).model_fields}
        return Vocabularies.model_construct(**merged)
