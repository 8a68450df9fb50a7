"""Offers as Open Referral HSDS 3.0 services (one service with its organization, service areas,
schedules, languages, contacts, costs and locations nested, as in HSDS' compiled service.json).

HSDS needs UUIDs; they are derived from our ids so that they stay the same from build to build.
Fields HSDS lacks (classes, school forms, situations, audience, KAoA element, legal basis)
travel as attributes with a taxonomy of their own.
"""

from __future__ import annotations

import uuid

from generator.model.dataset import Dataset
from generator.model.offer import Offer
from generator.model.partner import Contact, Location, Partner

NAMESPACE = uuid.UUID("5b0f3d0e-6a51-4c57-9f2e-2b7c1f0a9d11")
STATUS = {"active": "active", "inactive": "inactive", "temporarily_closed": "temporarily closed"}
TAXONOMY = "angebotswegweiser"


def hsds_id(kind: str, *parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join((kind, *parts))))


def hsds_services(data: Dataset) -> list[dict]:
    return [hsds_service(data, offer) for offer in sorted(data.offers.values(), key=lambda o: o.id)]


def hsds_service(data: Dataset, offer: Offer) -> dict:
    service_id = hsds_id("offer", offer.id)
    partner = data.partners[offer.provider]
    service = {
        "id": service_id,
        "organization_id": hsds_id("partner", partner.id),
        "name": offer.title,
        "alternate_name": offer.id,
        "description": offer.description or offer.summary,
        "status": STATUS[offer.status],
        "minimum_age": offer.target.min_age,
        "maximum_age": offer.target.max_age,
        "assured_date": offer.last_reviewed.isoformat(),
        "url": offer.url,
        "application_process": offer.registration.how if offer.registration else None,
        "fees_description": _fees(offer),
        "eligibility_description": offer.summary,
        "organization": _organization(partner),
        "service_areas": _service_areas(data, offer, service_id),
        "schedules": _schedules(offer, service_id),
        "languages": [{"id": hsds_id("language", offer.id, code), "service_id": service_id,
                       "name": data.vocabularies.label("languages", code), "code": code}
                      for code in offer.languages],
        "contacts": _contacts(data, offer, service_id),
        "cost_options": _cost_options(offer, service_id),
        "service_at_locations": _service_at_locations(data, offer, service_id),
        "attributes": _attributes(data, offer, service_id),
    }
    return {key: value for key, value in service.items() if value not in (None, [])}


def _fees(offer: Offer) -> str | None:
    if offer.costs is None:
        return None
    text = "kostenlos" if offer.costs.free else "kostenpflichtig"
    return f"{text}. {offer.costs.note}" if offer.costs.note else text


def _organization(partner: Partner) -> dict:
    organization = {"id": hsds_id("partner", partner.id), "name": partner.name,
                    "description": partner.summary or partner.name, "website": partner.website}
    return {key: value for key, value in organization.items() if value is not None}


def _service_areas(data: Dataset, offer: Offer, service_id: str) -> list[dict]:
    return [{"id": hsds_id("area", offer.id, ags), "service_id": service_id,
             "name": data.network.municipality(ags).name, "extent_type": "text",
             "extent": ags, "description": f"Amtlicher Gemeindeschlüssel {ags}"}
            for ags in data.offer_municipalities(offer)]


def _schedules(offer: Offer, service_id: str) -> list[dict]:
    schedules = []
    for i, appointment in enumerate(offer.dates):
        schedules.append({"id": hsds_id("schedule", offer.id, str(i)), "service_id": service_id,
                          "valid_from": appointment.start.isoformat(),
                          "valid_to": (appointment.end or appointment.start).isoformat(),
                          "description": " ".join(filter(None, [appointment.time,
                                                               appointment.note])) or None})
    if offer.schedule:
        schedules.append({"id": hsds_id("schedule", offer.id, "regular"),
                          "service_id": service_id, "description": offer.schedule})
    return [{k: v for k, v in s.items() if v is not None} for s in schedules]


def _contact(contact: Contact, contact_key: str, service_id: str) -> dict:
    record = {"id": hsds_id("contact", contact_key), "service_id": service_id,
              "name": contact.person if contact.person_released and contact.person else None,
              "department": contact.name, "email": contact.email}
    if contact.phone:
        record["phones"] = [{"id": hsds_id("phone", contact_key), "number": contact.phone}]
    return {k: v for k, v in record.items() if v is not None}


def _contacts(data: Dataset, offer: Offer, service_id: str) -> list[dict]:
    resolved = data.resolve_contact(offer.contact)
    return [_contact(resolved[1], offer.contact, service_id)] if resolved else []


def _cost_options(offer: Offer, service_id: str) -> list[dict]:
    if offer.costs is None:
        return []
    option = {"id": hsds_id("cost", offer.id), "service_id": service_id,
              "option": "kostenlos" if offer.costs.free else "kostenpflichtig",
              "currency": "EUR", "amount": 0 if offer.costs.free else (
                  float(offer.costs.amount_eur) if offer.costs.amount_eur is not None else None),
              "amount_description": offer.costs.note}
    return [{k: v for k, v in option.items() if v is not None}]


def _location(data: Dataset, location: Location, key: str) -> dict:
    address = {"id": hsds_id("address", key), "location_id": hsds_id("location", key),
               "address_1": location.street, "city": location.city,
               "region": data.network.district.name,
               "state_province": data.network.district.state, "postal_code": location.postal_code,
               "country": "DE", "address_type": "physical"}
    record = {"id": hsds_id("location", key), "location_type": "physical",
              "name": location.name, "addresses": [address]}
    if location.accessibility:
        record["accessibility"] = [{"id": hsds_id("accessibility", key),
                                    "location_id": record["id"],
                                    "description": location.accessibility}]
    return record


def _service_at_locations(data: Dataset, offer: Offer, service_id: str) -> list[dict]:
    records = []
    for ref in offer.venues:
        partner_id, _, location_id = ref.partition("/")
        location = data.partners[partner_id].location(location_id)
        records.append({"id": hsds_id("service_at_location", offer.id, ref),
                        "service_id": service_id, "location_id": hsds_id("location", ref),
                        "location": _location(data, location, ref)})
    return records


def _term(kind: str, value: str, label: str) -> dict:
    return {"id": hsds_id("term", kind, value), "code": f"{kind}:{value}", "name": label,
            "description": f"{kind}: {label}", "taxonomy": TAXONOMY}


def _attributes(data: Dataset, offer: Offer, service_id: str) -> list[dict]:
    vocab = data.vocabularies
    pairs = [("kategorie", offer.category, vocab.label("categories", offer.category))]
    pairs += [("klasse", str(c), f"Klasse {c}") for c in offer.target.classes]
    if offer.target.school_leavers:
        pairs.append(("klasse", "nach-der-schule", "nach der Schule"))
    pairs += [("schulform", f, vocab.label("school_forms", f)) for f in offer.target.school_forms]
    pairs += [("lebenslage", s, vocab.label("situations", s)) for s in offer.target.situations]
    pairs += [("zielgruppe", a, vocab.label("audiences", a)) for a in offer.target.audiences]
    pairs += [("rechtsgrundlage", law, law) for law in offer.legal_basis]
    if offer.kaoa_element:
        pairs.append(("kaoa", offer.kaoa_element, offer.kaoa_element))
    return [{"id": hsds_id("attribute", offer.id, kind, value), "link_id": service_id,
             "link_type": kind, "link_entity": "service", "value": label,
             "taxonomy_term_id": hsds_id("term", kind, value),
             "taxonomy_term": _term(kind, value, label)}
            for kind, value, label in pairs]
