"""All validated data of one district, plus where each object came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from generator.findings import field_name
from generator.load.strict_yaml import YamlDocument
from generator.model.network import Network, School
from generator.model.offer import Offer
from generator.model.partner import Contact, Partner
from generator.model.vocabularies import Vocabularies


@dataclass
class Dataset:
    root: Path
    network: Network
    vocabularies: Vocabularies
    partners: dict[str, Partner] = field(default_factory=dict)
    offers: dict[str, Offer] = field(default_factory=dict)
    partner_sources: dict[str, YamlDocument] = field(default_factory=dict)
    offer_sources: dict[str, YamlDocument] = field(default_factory=dict)
    network_source: YamlDocument | None = None
    # ids of partners and offers whose files exist but failed validation: references to them
    # are not reported again as "unknown"
    invalid_partner_ids: set[str] = field(default_factory=set)
    invalid_offer_ids: set[str] = field(default_factory=set)
    # results derived from the data once and reused by later stages (e.g. the offer index)
    derived: dict = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def municipality_keys(self) -> list[str]:
        return [m.ags for m in self.network.municipalities]

    def offer_municipalities(self, offer: Offer) -> list[str]:
        if offer.covers_district:
            return self.municipality_keys
        return list(offer.municipalities)

    def resolve_contact(self, ref: str) -> tuple[Partner, Contact] | None:
        partner_id, _, contact_id = ref.partition("/")
        partner = self.partners.get(partner_id)
        contact = partner.contact(contact_id) if partner else None
        return (partner, contact) if contact else None

    def school(self, school_id: str) -> School | None:
        return self._schools.get(school_id)

    @cached_property
    def _schools(self) -> dict[str, School]:
        return {school.id: school for school in self.network.schools}

    def locate(self, kind: str, object_id: str, path: tuple) -> tuple[str, int, int, str]:
        """File, line, column and field name of a field, as a finding names them."""
        return (*self.position(kind, object_id, path), field_name(path))

    def position(self, kind: str, object_id: str, path: tuple = ()) -> tuple[str, int, int]:
        """File, line and column of a field of an offer, partner or the network."""
        sources = {"offer": self.offer_sources, "partner": self.partner_sources}
        document = self.network_source if kind == "network" else sources[kind].get(object_id)
        if document is None:
            return "", 0, 0
        line, column = document.position(path)
        return document.file, line, column
