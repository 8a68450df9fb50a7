"""Controlled vocabularies: the lists a district may extend in its own vocabularies.yaml."""

from __future__ import annotations

from pydantic import Field

from generator.model.base import StrictModel
from generator.model.types import Line, ShortLine, Slug


class Term(StrictModel):
    label: ShortLine = Field(description="Bezeichnung, wie sie auf der Website erscheint.")
    description: Line | None = Field(None, description="Kurze Erklärung in einfacher Sprache.")


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

    def label(self, kind: str, key: str) -> str:
        term = getattr(self, kind).get(key)
        return term.label if term else key

    def merged_with(self, extension: Vocabularies) -> Vocabularies:
        """The district's extension adds terms; a term it names again gets its new label."""
        merged = {name: {**getattr(self, name), **getattr(extension, name)}
                  for name in type(self).model_fields}
        return Vocabularies.model_construct(**merged)
