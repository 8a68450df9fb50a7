"""An offer: what a partner provides for young people, for whom, where and when.

Field names follow Open Referral HSDS 3.0 where a concept exists there (see
docs/hsds.md); classes, school forms, KAoA element, legal basis and audience are
additions for the transition from school to work.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from generator.model.base import (
    AudienceId,
    CategoryId,
    LanguageId,
    SchoolFormId,
    SituationId,
    StrictModel,
)
from generator.model.types import Age, Area, Date, Line, Link, Ref, SchoolClass, ShortLine, Slug, Text

Status = Literal["active", "inactive", "temporarily_closed"]
# Audiences of young people themselves: their offers must say which classes or stage they fit.
YOUTH_AUDIENCES = frozenset({"schueler", "schulabgaenger"})


class Target(StrictModel):
    classes: list[SchoolClass] = Field(
        default_factory=list, description="Jahrgangsstufen 5 bis 13, für die das Angebot ist.")
    school_leavers: bool = Field(
        False, description="true, wenn das Angebot für junge Menschen nach der Schule ist.")
    min_age: Age | None = Field(None, description="Mindestalter in Jahren (HSDS minimum_age).")
    max_age: Age | None = Field(None, description="Höchstalter in Jahren (HSDS maximum_age).")
    school_forms: list[SchoolFormId] = Field(
        default_factory=list, description="Schulformen; leer heißt: alle Schulformen.")
    situations: list[SituationId] = Field(
        default_factory=list, description="Lebenslagen, für die das Angebot besonders passt.")
    audiences: list[AudienceId] = Field(
        min_length=1, description="Wen das Angebot anspricht: schueler, eltern, lehrkraefte …")

    @model_validator(mode="after")
    def _consistent(self) -> Target:
        if not self.classes and not self.school_leavers and YOUTH_AUDIENCES & set(self.audiences):
            raise PydanticCustomError(
                "target-empty", "Nenne Klassen (classes) oder setze „school_leavers: true“, "
                "damit junge Menschen das Angebot finden.")
        return self

    @field_validator("max_age")
    @classmethod
    def _not_below_min_age(cls, value: int | None, info: ValidationInfo) -> int | None:
        minimum = info.data.get("min_age")
        if value is not None and minimum is not None and minimum > value:
            raise PydanticCustomError("age-range", "max_age ist kleiner als min_age. Tausche "
                                      "die Werte.")
        return value


class Appointment(StrictModel):
    start: Date = Field(description="Erster Tag (JJJJ-MM-TT).")
    end: Date | None = Field(None, description="Letzter Tag, wenn es mehrere Tage sind.")
    time: ShortLine | None = Field(None, description="Uhrzeit, z. B. \"14:00–17:00\".")
    note: Line | None = Field(None, description="Hinweis zu diesem Termin.")

    @field_validator("end")
    @classmethod
    def _not_before_start(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        start = info.data.get("start")
        if value is not None and start is not None and value < start:
            raise PydanticCustomError("date-range", "Der letzte Tag (end) liegt vor dem ersten "
                                      "Tag (start). Prüfe die Daten.")
        return value


class Registration(StrictModel):
    """HSDS application_process."""

    required: bool = Field(description="true, wenn man sich anmelden muss.")
    how: Line | None = Field(None, description="So meldest du dich an.")
    deadline: Date | None = Field(None, description="Anmeldeschluss (JJJJ-MM-TT).")
    url: Link | None = Field(None, description="Link zur Anmeldung (https).")


class Costs(StrictModel):
    """HSDS cost_option and fees_description."""

    free: bool = Field(description="true, wenn das Angebot kostenlos ist.")
    amount_eur: Decimal | None = Field(None, ge=0, le=100_000, decimal_places=2,
                                       description="Betrag in Euro, z. B. 12.50.")
    note: Line | None = Field(None, description="Hinweis zu Kosten oder Zuschüssen.")

    @model_validator(mode="after")
    def _amount_only_when_paid(self) -> Costs:
        if self.free and self.amount_eur:
            raise PydanticCustomError("costs-contradict", "Das Angebot ist als kostenlos "
                                      "markiert, hat aber einen Betrag. Korrigiere eins davon.")
        return self


class IntendedOverlap(StrictModel):
    offer: Slug = Field(description="Kennung des ähnlichen Angebots.")
    reason: Line = Field(description="Warum beide Angebote gewollt sind.")
    decided: Date | None = Field(None, description="Wann das geprüft und entschieden wurde "
                                 "(JJJJ-MM-TT); der Bericht zeigt Entscheidungen, die älter "
                                 "als ein Schuljahr sind.")


class Offer(StrictModel):
    id: Slug = Field(description="Kennung; gleich dem Dateinamen ohne .yaml, im Kreis eindeutig.")
    provider: Slug = Field(description="Kennung des Partners, der das Angebot macht.")
    co_providers: list[Slug] = Field(default_factory=list, description="Weitere beteiligte Partner.")
    title: ShortLine = Field(description="Titel, kurz und konkret (HSDS name).")
    summary: Line = Field(description="Ein bis zwei kurze Sätze in einfacher Sprache.")
    description: Text | None = Field(
        None, description="Ausführliche Beschreibung. Erlaubt: Absätze, Listen, **fett**, "
        "*kursiv*, [Links](https://…).")
    category: CategoryId = Field(description="Kategorie, siehe vocabularies.yaml.")
    target: Target = Field(description="Für wen: Klassen, Alter, Schulformen, Lebenslagen.")
    municipalities: Area = Field(
        description="Gemeinden (AGS) oder „kreisweit“ (HSDS service_area).")
    venues: list[Ref] = Field(
        default_factory=list, description="Orte als „partner/ort“, z. B. „jobcenter/hauptstelle“.")
    dates: list[Appointment] = Field(default_factory=list, description="Termine (HSDS schedule).")
    schedule: Line | None = Field(
        None, description="Regelmäßige Zeiten, z. B. „Jeden Dienstag 15 bis 17 Uhr“.")
    registration: Registration | None = Field(None, description="Anmeldung.")
    costs: Costs | None = Field(None, description="Kosten.")
    languages: list[LanguageId] = Field(default_factory=list, description="Sprachen.")
    accessibility: Line | None = Field(None, description="Barrierefreiheit des Angebots.")
    contact: Ref = Field(description="Kontakt als „partner/kontakt“.")
    legal_basis: list[ShortLine] = Field(
        default_factory=list, description="Rechtsgrundlage, z. B. „§ 51 SGB III“.")
    kaoa_element: ShortLine | None = Field(
        None, description="Standardelement von „Kein Abschluss ohne Anschluss“, z. B. „SBO 5“.")
    status: Status = Field("active", description="active, inactive oder temporarily_closed.")
    valid_from: Date | None = Field(None, description="Gültig ab (JJJJ-MM-TT).")
    valid_until: Date | None = Field(None, description="Gültig bis (JJJJ-MM-TT).")
    last_reviewed: Date = Field(
        description="Wann der Eintrag zuletzt geprüft wurde (HSDS assured_date).")
    url: Link | None = Field(None, description="Web-Adresse mit weiteren Infos (https).")
    intended_overlaps: list[IntendedOverlap] = Field(
        default_factory=list, description="Ähnliche Angebote, die gewollt sind, mit Grund.")

    @field_validator("valid_until")
    @classmethod
    def _not_before_valid_from(cls, value: dt.date | None,
                               info: ValidationInfo) -> dt.date | None:
        start = info.data.get("valid_from")
        if value is not None and start is not None and value < start:
            raise PydanticCustomError("date-range", "valid_until liegt vor valid_from. Prüfe "
                                      "die beiden Daten.")
        return value

    @property
    def covers_district(self) -> bool:
        return self.municipalities == "kreisweit"
