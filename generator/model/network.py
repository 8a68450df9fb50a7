"""The network: the district, its municipalities and schools, and the coverage rules."""

from __future__ import annotations

from functools import cached_property
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from generator.model.base import AudienceId, CategoryId, SchoolFormId, StrictModel
from generator.model.types import (
    Ags,
    Area,
    Date,
    Email,
    Handle,
    Line,
    Link,
    Ref,
    SchoolClass,
    ShortLine,
    Slug,
)


class District(StrictModel):
    name: ShortLine = Field(description="Name des Kreises, z. B. „Kreis Lindenau“.")
    key: str = Field(pattern=r"^[0-9]{5}$", description="Kreisschlüssel (5 Ziffern).")
    state: ShortLine = Field(description="Bundesland.")
    site_name: ShortLine = Field(description="Name der Website.")
    coordination_email: Email = Field(
        description="Funktionspostfach der Koordinierung, für Fragen zur Website.")
    site_url: Link | None = Field(None, description="Adresse der veröffentlichten Website.")
    maintainers: list[Handle] = Field(
        default_factory=list, description="Git-Kennungen der Koordinierung: sie pflegt "
        "network.yaml, vocabularies.yaml und prüft alle Änderungen (CODEOWNERS).")


class SchoolYear(StrictModel):
    start: Date = Field(description="Erster Tag des Schuljahres.")
    end: Date = Field(description="Letzter Tag des Schuljahres.")

    @model_validator(mode="after")
    def _ordered(self) -> SchoolYear:
        if self.end <= self.start:
            raise PydanticCustomError("date-range", "Das Schuljahr endet vor seinem Beginn.")
        return self


class Municipality(StrictModel):
    ags: Ags = Field(description="Amtlicher Gemeindeschlüssel (8 Ziffern).")
    name: ShortLine = Field(description="Name der Stadt oder Gemeinde.")
    kind: Literal["Stadt", "Gemeinde"] = Field("Gemeinde", description="Stadt oder Gemeinde.")


class School(StrictModel):
    id: Slug = Field(description="Kennung der Schule; eine Partnerdatei der Schule hat dieselbe.")
    name: ShortLine = Field(description="Name der Schule.")
    school_form: SchoolFormId = Field(description="Schulform, siehe vocabularies.yaml.")
    municipality: Ags = Field(description="Gemeinde der Schule (AGS).")
    classes: list[SchoolClass] = Field(min_length=1, description="Jahrgangsstufen der Schule.")
    career_counsellor: Ref | None = Field(
        None, description="Zuständige Berufsberatung als „partner/kontakt“.")


class CoverageRule(StrictModel):
    """A promise of the steering group: this kind of offer exists for these young people."""

    id: Slug = Field(description="Kennung der Regel.")
    category: CategoryId = Field(description="Kategorie, die es geben muss.")
    classes: list[SchoolClass] = Field(default_factory=list, description="Klassenstufen.")
    school_leavers: bool = Field(False, description="Für junge Menschen nach der Schule.")
    audiences: list[AudienceId] = Field(default_factory=list, description="Zielgruppen.")
    per: Literal["municipality", "school_form"] = Field(
        description="municipality: in jeder Gemeinde; school_form: für jede Schulform.")
    school_forms: list[SchoolFormId] = Field(
        default_factory=list, description="Bei per: school_form die Schulformen.")
    description: Line = Field(description="Die Regel in einem Satz.")

    @model_validator(mode="after")
    def _complete(self) -> CoverageRule:
        if not (self.classes or self.school_leavers or self.audiences):
            raise PydanticCustomError("rule-empty", "Die Regel braucht classes, school_leavers "
                                      "oder audiences.")
        if self.per == "school_form" and not self.school_forms:
            raise PydanticCustomError("rule-empty", "Bei „per: school_form“ fehlen die "
                                      "Schulformen (school_forms).")
        return self


class EditorSettings(StrictModel):
    """Where the browser editor (/redaktion/) saves: the district's Git host."""

    backend: Literal["gitlab", "github"] = Field(
        description="Git-Dienst des Kreises: gitlab (auch openCoDE und eigene Instanzen) oder "
        "github.")
    repo: ShortLine = Field(description="Repository als „gruppe/projekt“.")
    branch: ShortLine = Field("main", description="Hauptzweig, in den Änderungen kommen.")
    base_url: Link | None = Field(
        None, description="GitLab: Adresse der Instanz, z. B. https://gitlab.opencode.de. "
        "GitHub: Adresse des Anmeldedienstes, den Decap für GitHub braucht.")
    api_root: Link | None = Field(
        None, description="Adresse der API, nur bei eigenen Instanzen, z. B. "
        "https://gitlab.kreis.example.org/api/v4.")
    app_id: ShortLine | None = Field(
        None, description="GitLab: Application ID der OAuth-Anwendung (ohne Secret; "
        "Anmeldung mit PKCE).")


Role = Literal["agentur", "jobcenter", "jugendamt"]
ROLES: tuple[Role, ...] = ("agentur", "jobcenter", "jugendamt")


class Authority(StrictModel):
    """The coordination grants a partner an authority role; a partner file cannot claim one."""

    role: Role = Field(description="Rolle: agentur, jobcenter oder jugendamt.")
    partner: Slug = Field(description="Kennung des Partners, der die Rolle hat.")
    municipalities: Area = Field(
        description="Gemeinden (AGS), für die die Rolle gilt, oder „kreisweit“. Eine Stadt "
        "mit eigenem Jugendamt bekommt eine eigene Zeile.")


class NetworkConsent(StrictModel):
    """The network lets partners point at one partner's contacts, places or offers."""

    owner: Slug = Field(description="Kennung des Partners, dessen Kontakte, Orte oder "
                        "Angebote andere nutzen dürfen.")
    partners: Literal["alle"] | Annotated[list[Slug], Field(min_length=1)] = Field(
        description="Kennungen der Partner, die das dürfen, oder „alle“.")
    uses: list[Literal["contacts", "venues", "co_providers", "intended_overlaps"]] = Field(
        min_length=1, description="contacts, venues, co_providers, intended_overlaps.")
BANDS = ("5–7", "8", "9–10", "11–13", "nach der Schule")


def _band_dash(value: object) -> object:
    """"9-10" typed with a hyphen means the band "9–10"."""
    return value.replace("-", "–") if isinstance(value, str) else value


class IntendedOverlap(StrictModel):
    """A decision of the steering group: a pair of offers or a cell of the matrix was looked
    at and is wanted as it is."""

    offers: list[Slug] = Field(default_factory=list, description="Zwei Angebote (Kennungen), "
                               "die sich gewollt überschneiden.")
    municipality: Ags | None = Field(None, description="Gemeinde (AGS) der Zelle.")
    category: CategoryId | None = Field(None, description="Kategorie (Thema) der Zelle.")
    band: Annotated[Literal[BANDS], BeforeValidator(_band_dash)] | None = Field(
        None, description="Klassenstufe der Zelle: 5–7, 8, 9–10, 11–13 oder „nach der Schule“.")
    reason: Line = Field(description="Warum die Überschneidung gewollt ist.")
    decided: Date = Field(description="Wann die Steuergruppe das entschieden hat (JJJJ-MM-TT).")

    @model_validator(mode="after")
    def _pair_or_cell(self) -> IntendedOverlap:
        cell = (self.municipality, self.category, self.band)
        if self.offers and any(v is not None for v in cell):
            raise PydanticCustomError("overlap-shape", "Nenne entweder zwei Angebote (offers) "
                                      "oder eine Zelle (municipality, category, band).")
        if self.offers and len(set(self.offers)) != 2:
            raise PydanticCustomError("overlap-shape", "Unter offers stehen genau zwei "
                                      "verschiedene Angebote.")
        if not self.offers and any(v is None for v in cell):
            raise PydanticCustomError("overlap-shape", "Eine Zelle braucht municipality, "
                                      "category und band, oder nenne zwei Angebote (offers).")
        return self


class Oversupply(StrictModel):
    """When the steering group wants to look at a cell of the matrix."""

    max_offers: int = Field(5, ge=1, le=1000, description="Mehr aktuelle Angebote als das in "
                            "einer Zelle (Gemeinde × Kategorie × Klassenstufe), von mindestens "
                            "zwei Partnern: die Zelle wird zur Prüfung markiert.")
    categories: dict[CategoryId, Annotated[int, Field(ge=1, le=1000)]] = Field(
        default_factory=dict, description="Eigene Schwelle je Kategorie, z. B. messe: 8.")


class Network(StrictModel):
    district: District = Field(description="Der Kreis.")
    school_year: SchoolYear = Field(description="Das laufende Schuljahr.")
    municipalities: list[Municipality] = Field(min_length=1, description="Städte und Gemeinden.")
    schools: list[School] = Field(default_factory=list, description="Schulen im Kreis.")
    coverage_rules: list[CoverageRule] = Field(
        default_factory=list, description="Welche Angebote es überall geben soll.")
    editor: EditorSettings | None = Field(
        None, description="Browser-Editor für Partner: Git-Dienst und Repository.")
    authorities: list[Authority] = Field(
        default_factory=list, description="Wer Agentur für Arbeit, Jobcenter oder Jugendamt "
        "ist, und für welche Gemeinden. Nur hier vergibt die Koordinierung diese Rollen; eine "
        "Partnerdatei kann sie nicht selbst beanspruchen.")
    consents: list[NetworkConsent] = Field(
        default_factory=list, description="Freigaben der Koordinierung: wer die Kontakte, "
        "Orte oder Angebote eines Partners nennen darf, ohne dass dieser es selbst freigibt.")

    def grants(self, partner_id: str, role: str) -> list[Authority]:
        """The grants of `role` to `partner_id` (usually one, none for a partner without it)."""
        return self._grants_by_partner_role.get((partner_id, role), [])

    def granted_partners(self, role: str) -> list[str]:
        """The partners the network grants `role` to, in the order of authorities."""
        return list(dict.fromkeys(p for p, r in self._grants_by_partner_role if r == role))

    @cached_property
    def _grants_by_partner_role(self) -> dict[tuple[str, str], list[Authority]]:
        index: dict[tuple[str, str], list[Authority]] = {}
        for authority in self.authorities:
            index.setdefault((authority.partner, authority.role), []).append(authority)
        return index

    def is_granted(self, partner_id: str, role: str, ags: str | None = None) -> bool:
        """Whether the network grants `role` to the partner (for municipality `ags`)."""
        return any(ags is None or a.municipalities == "kreisweit" or ags in a.municipalities
                   for a in self.grants(partner_id, role))
    oversupply: Oversupply = Field(
        default_factory=Oversupply, description="Ab wann eine Zelle als Überangebot gilt.")
    intended_overlaps: list[IntendedOverlap] = Field(
        default_factory=list, description="Entscheidungen der Steuergruppe: gewollte "
        "Überschneidungen von zwei Angeboten oder in einer Zelle, mit Grund und Datum.")

    def municipality(self, ags: str) -> Municipality | None:
        return self._municipalities_by_key.get(ags)

    @cached_property
    def _municipalities_by_key(self) -> dict[str, Municipality]:
        return {m.ags: m for m in self.municipalities}
