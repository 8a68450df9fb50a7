"""A network partner: who they are, where they are, how to reach them, what they answer for."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from generator.model.base import PartnerKindId, StrictModel
from generator.model.network import ROLES, Role  # noqa: F401 - ROLES is imported from here
from generator.model.types import (
    Ags,
    Area,
    Date,
    Email,
    Handle,
    Line,
    Link,
    Phone,
    PostalCode,
    ShortLine,
    Slug,
)


class Location(StrictModel):
    id: Slug = Field(description="Kennung des Ortes innerhalb der Partnerdatei, z. B. hauptstelle.")
    name: ShortLine = Field(description="Name des Ortes, z. B. „Jugendzentrum am Markt“.")
    street: ShortLine = Field(description="Straße und Hausnummer.")
    postal_code: PostalCode = Field(description="Postleitzahl (5 Ziffern, in Anführungszeichen).")
    city: ShortLine = Field(description="Ort.")
    municipality: Ags = Field(
        description="Amtlicher Gemeindeschlüssel (8 Ziffern) der Gemeinde, in der der Ort liegt.")
    accessibility: Line | None = Field(
        None, description="Barrierefreiheit des Ortes: Stufen, Aufzug, WC, Leitsystem.")
    transit: Line | None = Field(None, description="Anfahrt mit Bus und Bahn.")


class Contact(StrictModel):
    """A functional contact (team mailbox, hotline). A named person needs an explicit release."""

    id: Slug = Field(description="Kennung des Kontakts innerhalb der Partnerdatei, z. B. team-u25.")
    name: ShortLine = Field(
        description="Funktionale Bezeichnung, z. B. „Team Berufsberatung“ oder „Anmeldung“.")
    email: Email | None = Field(None, description="Funktionspostfach, z. B. team@….example.org.")
    phone: Phone | None = Field(None, description="Telefonnummer, in Anführungszeichen.")
    hours: Line | None = Field(None, description="Erreichbarkeit, z. B. „Mo bis Fr 8 bis 16 Uhr“.")
    url: Link | None = Field(None, description="Web-Adresse mit weiteren Infos (https).")
    person: ShortLine | None = Field(
        None, description="Name einer Person. Nur erlaubt mit person_released: true.")
    person_released: bool = Field(
        False, description="true, wenn die Person der Veröffentlichung ihres Namens zugestimmt hat.")

    @model_validator(mode="after")
    def _reachable_and_released(self) -> Contact:
        if self.email is None and self.phone is None:
            raise PydanticCustomError("contact-unreachable", "Der Kontakt braucht eine E-Mail "
                                      "(email) oder eine Telefonnummer (phone).")
        if self.person is not None and not self.person_released:
            raise PydanticCustomError(
                "person-not-released", "Ein Personenname darf nur erscheinen, wenn die Person "
                "zugestimmt hat. Ergänze „person_released: true“ oder nutze nur eine "
                "funktionale Bezeichnung.")
        return self


class Responsibility(StrictModel):
    role: Role = Field(description="Zuständigkeit: agentur, jobcenter oder jugendamt.")
    municipalities: Area = Field(
        description="Gemeinden (AGS), für die der Partner zuständig ist, oder „kreisweit“.")
    contact: Slug = Field(description="Kennung des Kontakts in dieser Datei.")


Use = Literal["contacts", "venues", "co_providers", "intended_overlaps"]


class Consent(StrictModel):
    """Which other partners may point at this partner's contacts, places or offers."""

    partners: Literal["alle"] | Annotated[list[Slug], Field(min_length=1)] = Field(
        description="Kennungen der Partner, die das dürfen, oder „alle“.")
    uses: list[Use] = Field(
        min_length=1, description="Was sie nutzen dürfen: contacts (Kontakte als contact), "
        "venues (Orte), co_providers (dich als Mitanbieter nennen), intended_overlaps (deine "
        "Angebote als gewollte Überschneidung nennen).")


class Partner(StrictModel):
    id: Slug = Field(description="Kennung des Partners; gleich dem Dateinamen ohne .yaml.")
    name: ShortLine = Field(description="Vollständiger Name, z. B. „Jobcenter Kreis Lindenau“.")
    kind: PartnerKindId = Field(description="Art des Partners, siehe vocabularies.yaml.")
    summary: Line | None = Field(None, description="Ein Satz: Wofür ist der Partner da?")
    website: Link | None = Field(None, description="Website (https).")
    legal_bases: list[ShortLine] = Field(
        default_factory=list, description="Rechtsgrundlagen, z. B. „SGB II“, „§ 13 SGB VIII“.")
    joined: Date | None = Field(
        None, description="Datum des Beitritts zum Netzwerk (JJJJ-MM-TT).")
    maintainers: list[Handle] = Field(
        default_factory=list, description="Git-Kennungen (@name) der Personen oder Teams, die "
        "die Daten pflegen; nur sie dürfen die Dateien des Partners ändern (CODEOWNERS).")
    locations: list[Location] = Field(default_factory=list, description="Standorte.")
    contacts: list[Contact] = Field(min_length=1, description="Kontakte (mindestens einer).")
    responsibilities: list[Responsibility] = Field(
        default_factory=list,
        description="Zuständigkeiten als Agentur, Jobcenter oder Jugendamt: welcher Kontakt "
        "für welche Gemeinden antwortet. Gilt nur, soweit network.yaml (authorities) dem "
        "Partner die Rolle gewährt.")
    consents: list[Consent] = Field(
        default_factory=list, description="Freigaben: welche anderen Partner deine Kontakte, "
        "Orte und Angebote in ihren Angeboten nennen dürfen. Ohne Freigabe ist ein solcher "
        "Verweis ein Fehler.")

    def contact(self, contact_id: str) -> Contact | None:
        return next((c for c in self.contacts if c.id == contact_id), None)

    def location(self, location_id: str) -> Location | None:
        return next((loc for loc in self.locations if loc.id == location_id), None)
