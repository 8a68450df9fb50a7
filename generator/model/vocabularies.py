"""Controlled vocabularies: the lists a district may extend in its own vocabularies.yaml."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.model.base import StrictModel
from generator.model.types import Age, Line, ShortLine, Slug

Stage = Literal["schule", "fertig", "ausbildung"]


class Term(StrictModel):
    label: ShortLine = Field(description="Bezeichnung, wie sie auf der Website erscheint.")
    description: Line | None = Field(None, description="Kurze Erklärung in einfacher Sprache.")


class GlossaryTerm(StrictModel):
    term: ShortLine = Field(description="Der Begriff, wie er in Angeboten steht, z. B. „BvB“.")
    long: ShortLine | None = Field(
        None, description="Ausgeschrieben, wenn der Begriff eine Abkürzung ist.")
    description: Line = Field(description="Erklärung in einfacher Sprache, ein bis zwei Sätze.")


class GuideRule(StrictModel):
    """When an institution answers for a young person ("Wer hilft mir?")."""

    role: Literal["agentur", "jobcenter", "jugendamt"] = Field(
        description="Welche Stelle: agentur, jobcenter oder jugendamt.")
    stages: list[Stage] = Field(
        default_factory=lambda: ["schule", "fertig", "ausbildung"],
        description="Für wen: schule (geht zur Schule), fertig (mit der Schule fertig), "
        "ausbildung (in Ausbildung).")
    min_age: Age | None = Field(None, description="Ab diesem Alter (Jahre).")
    max_age: Age | None = Field(None, description="Bis zu diesem Alter (Jahre).")
    buergergeld: bool | None = Field(
        None, description="true: nur wenn die Familie Bürgergeld bekommt; leer: egal.")
    text: Line = Field(description="Warum diese Stelle hilft, in einfacher Sprache, mit „du“.")


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
    glossary: dict[Slug, GlossaryTerm] = Field(
        default_factory=dict, description="Begriffe, die die Website erklärt (Glossar).")
    guide_rules: dict[Slug, GuideRule] = Field(
        default_factory=dict, description="Regeln für „Wer hilft mir?“: welche Stelle für "
        "wen zuständig ist.")

    def label(self, kind: str, key: str) -> str:
        term = getattr(self, kind).get(key)
        return term.label if term else key

    def merged_with(self, extension: Vocabularies) -> Vocabularies:
        """The district's extension adds terms; a term it names again gets its new label."""
        merged = {name: {**getattr(self, name), **getattr(extension, name)}
                  for name in type(self).model_fields}
        return Vocabularies.model_construct(**merged)
