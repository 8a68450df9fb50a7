"""Offers as a flat CSV table (one row per offer) and as plain JSON of the validated data."""

from __future__ import annotations

import csv
import io

from generator.model.dataset import Dataset
from generator.model.offer import Offer
from generator.render.formula_safe import defused_row
from generator.render.json_text import json_text

CSV_COLUMNS = ["id", "titel", "kurzbeschreibung", "kategorie", "anbieter", "klassen",
               "nach_der_schule", "mindestalter", "hoechstalter", "schulformen", "lebenslagen",
               "zielgruppen", "gemeinden", "termine", "regelmaessig", "anmeldung", "kosten",
               "sprachen", "barrierefreiheit", "kontakt_email", "kontakt_telefon",
               "rechtsgrundlage", "kaoa_element", "status", "gueltig_ab", "gueltig_bis",
               "zuletzt_geprueft", "url"]


def _row(data: Dataset, offer: Offer) -> dict:
    resolved = data.resolve_contact(offer.contact)
    contact = resolved[1] if resolved else None
    names = [data.network.municipality(a).name for a in data.offer_municipalities(offer)]
    costs = offer.costs
    return {
        "id": offer.id, "titel": offer.title, "kurzbeschreibung": offer.summary,
        "kategorie": data.vocabularies.label("categories", offer.category),
        "anbieter": data.partners[offer.provider].name,
        "klassen": " ".join(map(str, offer.target.classes)),
        "nach_der_schule": "ja" if offer.target.school_leavers else "nein",
        "mindestalter": offer.target.min_age or "", "hoechstalter": offer.target.max_age or "",
        "schulformen": " ".join(offer.target.school_forms),
        "lebenslagen": " ".join(offer.target.situations),
        "zielgruppen": " ".join(offer.target.audiences), "gemeinden": "; ".join(names),
        "termine": "; ".join(d.start.isoformat() + (f"/{d.end.isoformat()}" if d.end else "")
                             for d in offer.dates),
        "regelmaessig": offer.schedule or "",
        "anmeldung": (offer.registration.how or "") if offer.registration else "",
        "kosten": "" if costs is None else ("kostenlos" if costs.free else
                                            f"{costs.amount_eur or ''} EUR {costs.note or ''}"
                                            .strip()),
        "sprachen": " ".join(offer.languages), "barrierefreiheit": offer.accessibility or "",
        "kontakt_email": (contact.email or "") if contact else "",
        "kontakt_telefon": (contact.phone or "") if contact else "",
        "rechtsgrundlage": "; ".join(offer.legal_basis), "kaoa_element": offer.kaoa_element or "",
        "status": offer.status,
        "gueltig_ab": offer.valid_from.isoformat() if offer.valid_from else "",
        "gueltig_bis": offer.valid_until.isoformat() if offer.valid_until else "",
        "zuletzt_geprueft": offer.last_reviewed.isoformat(), "url": offer.url or "",
    }


def _sorted_offers(data: Dataset) -> list[Offer]:
    return sorted(data.offers.values(), key=lambda o: o.id)


def offers_csv(data: Dataset) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for offer in _sorted_offers(data):
        writer.writerow(defused_row(_row(data, offer)))
    return buffer.getvalue()


def offers_json(data: Dataset) -> str:
    return json_text([o.model_dump(mode="json", exclude_none=True) for o in _sorted_offers(data)])


def partners_json(data: Dataset) -> str:
    partners = sorted(data.partners.values(), key=lambda p: p.id)
    return json_text([_public_partner(p) for p in partners])


def _public_partner(partner) -> dict:
    """A person's name is published only with its release, as on the website."""
    record = partner.model_dump(mode="json", exclude_none=True, exclude={"maintainers"})
    for contact in record["contacts"]:
        if not contact.get("person_released"):
            contact.pop("person", None)
    return record
