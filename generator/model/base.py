"""The base model and the check that a value comes from a controlled vocabulary."""

from __future__ import annotations

import difflib
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo
from pydantic_core import PydanticCustomError

from generator.model.types import Slug


class StrictModel(BaseModel):
    """Unknown keys are rejected so that a typo never silently drops a value."""

    model_config = ConfigDict(extra="forbid", populate_by_name=False)


def closest(value: str, choices) -> str | None:
    """The most similar choice, for a "Meintest du …?" hint. Large lists are narrowed to
    names of about the same length and start first, so a hint never costs a quadratic scan."""
    choices = list(choices)
    if len(choices) > 200:
        choices = [c for c in choices if c[:2] == value[:2] and abs(len(c) - len(value)) <= 4]
    matches = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return matches[0] if matches else None


def suggest_term(value: str, terms: dict) -> str | None:
    """The key meant by `value`: the same key in other capitals, a term's label, or the
    closest key or label."""
    wanted = value.strip().casefold()
    for key, term in terms.items():
        if wanted in (key.casefold(), term.label.casefold()):
            return key
    by_label = {term.label.casefold(): key for key, term in terms.items()}
    match = closest(wanted, [*terms, *by_label])
    return by_label.get(match, match)


def unknown_value_error(value: str, title: str, terms: dict) -> PydanticCustomError:
    hint = suggest_term(value, terms)
    hint_text = f" Meintest du „{hint}“ ({terms[hint].label})?" if hint else ""
    return PydanticCustomError(
        "unknown-value",
        "„{value}“ ist ein unbekannter Wert in der Liste der {title}.{hint} Schreibe die "
        "Kennung, nicht die Bezeichnung. Erlaubt sind: {allowed}. Neue Werte trägt die "
        "Koordinierung in vocabularies.yaml ein.",
        {"value": value, "title": title, "hint": hint_text,
         "allowed": ", ".join(sorted(terms))})


def _vocabulary_check(kind: str, title: str):
    """Checked before the identifier pattern, so "Bewerbungstraining" is named as an unknown
    value of the list (with the key it means), not as an invalid identifier."""
    def check(value, info: ValidationInfo):
        vocabularies = (info.context or {}).get("vocabularies")
        if vocabularies is None or not isinstance(value, str):
            return value
        terms = getattr(vocabularies, kind)
        if value not in terms:
            raise unknown_value_error(value, title, terms)
        return value
    return BeforeValidator(check)


def _vocabulary(kind: str, title: str):
    """A value from vocabulary `kind`; the JSON Schema gets the current list as enum."""
    return Annotated[Slug, _vocabulary_check(kind, title),
                     Field(json_schema_extra={"x-vocabulary": kind})]


CategoryId = _vocabulary("categories", "Kategorien")
SchoolFormId = _vocabulary("school_forms", "Schulformen")
SituationId = _vocabulary("situations", "Lebenslagen")
AudienceId = _vocabulary("audiences", "Zielgruppen")
PartnerKindId = _vocabulary("partner_kinds", "Partnerarten")
LanguageId = _vocabulary("languages", "Sprachen")
