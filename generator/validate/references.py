"""Every reference between files points at something that exists."""

from __future__ import annotations

from generator.findings import Finding, error, warning
from generator.model.base import closest
from generator.model.dataset import Dataset
from generator.render.urls import name_slug


def check_references(data: Dataset) -> list[Finding]:
    return [*_check_network(data), *_check_partners(data), *_check_offers(data)]


def _missing(data: Dataset, kind: str, object_id: str, path: tuple, code: str,
             message: str) -> Finding:
    return error(code, message, *data.locate(kind, object_id, path))


def _hint(value: str, choices) -> str:
    match = closest(value, choices)
    return f" Meintest du „{match}“?" if match else ""


def _check_area(data: Dataset, kind: str, object_id: str, area, path: tuple) -> list[Finding]:
    if area == "kreisweit":
        return []
    return [_missing(data, kind, object_id, (*path, i), "unknown-municipality",
                     f"Den Gemeindeschlüssel „{ags}“ gibt es im Netzwerk nicht."
                     f"{_hint(ags, data.municipality_keys)} Die Schlüssel stehen in "
                     "network.yaml unter municipalities.")
            for i, ags in enumerate(area) if data.network.municipality(ags) is None]


def _check_contact_ref(data: Dataset, kind: str, object_id: str, ref: str,
                       path: tuple) -> list[Finding]:
    if data.resolve_contact(ref):
        return []
    partner_id, _, contact_id = ref.partition("/")
    partner = data.partners.get(partner_id)
    if partner_id in data.invalid_partner_ids:
        return []  # its own file is already reported
    if partner is None:
        return [_missing(data, kind, object_id, path, "unknown-partner",
                         f"Den Partner „{partner_id}“ gibt es nicht."
                         f"{_hint(partner_id, data.partners)} Verweise haben die Form "
                         "„partner-kennung/kontakt-kennung“.")]
    return [_missing(data, kind, object_id, path, "unknown-contact",
                     f"Der Partner „{partner_id}“ hat keinen Kontakt „{contact_id}“."
                     f"{_hint(contact_id, [c.id for c in partner.contacts])} Vorhanden: "
                     f"{', '.join(c.id for c in partner.contacts)}.")]


def _check_network(data: Dataset) -> list[Finding]:
    findings = []
    seen: set[str] = set()
    for i, municipality in enumerate(data.network.municipalities):
        if municipality.ags in seen:
            findings.append(_missing(data, "network", "", ("municipalities", i, "ags"),
                                     "duplicate-municipality",
                                     f"Der Gemeindeschlüssel {municipality.ags} steht zweimal."
                                     " Lösche einen Eintrag."))
        seen.add(municipality.ags)
    findings += _check_page_names(data)
    school_ids: set[str] = set()
    for i, school in enumerate(data.network.schools):
        if school.id in school_ids:
            findings.append(_missing(data, "network", "", ("schools", i, "id"), "id-collision",
                                     f"Die Schule „{school.id}“ steht zweimal. Lösche einen "
                                     "Eintrag."))
        school_ids.add(school.id)
        findings += _check_area(data, "network", "", [school.municipality],
                                ("schools", i, "municipality"))
        if school.career_counsellor:
            findings += _check_contact_ref(data, "network", "", school.career_counsellor,
                                           ("schools", i, "career_counsellor"))
    return findings + _check_network_overlaps(data)


def _check_network_overlaps(data: Dataset) -> list[Finding]:
    """The steering group's decisions name offers and municipalities that exist."""
    findings = []
    for i, overlap in enumerate(data.network.intended_overlaps):
        if overlap.municipality:
            findings += _check_area(data, "network", "", [overlap.municipality],
                                    ("intended_overlaps", i, "municipality"))
        for j, offer_id in enumerate(overlap.offers):
            if offer_id not in data.offers and offer_id not in data.invalid_offer_ids:
                findings.append(_missing(data, "network", "", ("intended_overlaps", i, "offers",
                                                               j), "unknown-offer",
                                         f"Das Angebot „{offer_id}“ gibt es nicht."
                                         f"{_hint(offer_id, data.offers)} Nenne die Kennung "
                                         "(Dateiname ohne .yaml)."))
    return findings


def _check_page_names(data: Dataset) -> list[Finding]:
    """Each municipality gets a page named after it: names must give distinct page names."""
    findings, seen = [], {}
    for i, municipality in enumerate(data.network.municipalities):
        slug = name_slug(municipality.name)
        other = seen.get(slug)
        if not slug or other is not None:
            clash = f"wie „{other}“ " if other else ""
            findings.append(_missing(data, "network", "", ("municipalities", i, "name"),
                                     "municipality-page-name", f"Der Name „{municipality.name}“ "
                                     f"ergibt {clash}keinen eigenen Seitennamen. Unterscheide "
                                     "die Namen, z. B. „Mühlendorf (Eifel)“."))
        seen.setdefault(slug, municipality.name)
    return findings


def _check_partners(data: Dataset) -> list[Finding]:
    findings = []
    for partner in data.partners.values():
        findings += _unique_items(data, partner.id, "contacts", [c.id for c in partner.contacts])
        findings += _unique_items(data, partner.id, "locations",
                                  [loc.id for loc in partner.locations])
        for i, location in enumerate(partner.locations):
            findings += _check_area(data, "partner", partner.id, [location.municipality],
                                    ("locations", i, "municipality"))
        for i, duty in enumerate(partner.responsibilities):
            findings += _check_area(data, "partner", partner.id, duty.municipalities,
                                    ("responsibilities", i, "municipalities"))
            findings += _check_contact_ref(data, "partner", partner.id,
                                           f"{partner.id}/{duty.contact}",
                                           ("responsibilities", i, "contact"))
        if partner.kind != "schule" and data.school(partner.id) is not None:
            findings.append(_missing(data, "partner", partner.id, ("id",), "id-collision",
                                     f"„{partner.id}“ ist in network.yaml die Kennung einer "
                                     "Schule, dieser Partner ist aber keine Schule. Wähle eine "
                                     "andere Kennung."))
        if partner.kind == "schule" and data.school(partner.id) is None:
            findings.append(_missing(data, "partner", partner.id, ("id",), "unknown-school",
                                     f"Die Schule „{partner.id}“ steht nicht in network.yaml "
                                     "unter schools. Die Koordinierung trägt sie dort mit "
                                     "derselben Kennung ein."))
    return findings


def _unique_items(data: Dataset, partner_id: str, section: str, ids: list[str]):
    findings, seen = [], set()
    for i, item_id in enumerate(ids):
        if item_id in seen:
            findings.append(_missing(data, "partner", partner_id, (section, i, "id"),
                                     "id-collision", f"Die Kennung „{item_id}“ steht in "
                                     f"{section} zweimal. Benenne einen Eintrag um."))
        seen.add(item_id)
    return findings


def _check_school_offer_area(data: Dataset, offer) -> list[Finding]:
    """A school's own offers are for its pupils: they stay in the school's municipality."""
    school = data.school(offer.provider)
    if school is None or offer.municipalities == [school.municipality]:
        return []
    town = data.network.municipality(school.municipality)
    return [_missing(data, "offer", offer.id, ("municipalities",), "school-offer-area",
                     "Angebote einer Schule sind für ihre Schülerinnen und Schüler und gelten "
                     f"nur in ihrer Gemeinde. Schreibe municipalities: [\"{school.municipality}\"]"
                     f" ({town.name if town else school.municipality}). Ein Angebot für den "
                     "ganzen Kreis trägt ein anderer Partner ein, etwa die Koordinierung.")]


def _check_offers(data: Dataset) -> list[Finding]:
    findings = []
    for offer in data.offers.values():
        for path, partner_id in [(("provider",), offer.provider)] + [
                (("co_providers", i), p) for i, p in enumerate(offer.co_providers)]:
            if partner_id not in data.partners and partner_id not in data.invalid_partner_ids:
                findings.append(_missing(data, "offer", offer.id, path, "unknown-partner",
                                         f"Den Partner „{partner_id}“ gibt es nicht."
                                         f"{_hint(partner_id, data.partners)} Partner stehen "
                                         "in partners/<kennung>.yaml."))
        findings += _check_contact_ref(data, "offer", offer.id, offer.contact, ("contact",))
        findings += _check_school_offer_area(data, offer)
        findings += _check_area(data, "offer", offer.id, offer.municipalities,
                                ("municipalities",))
        for i, ref in enumerate(offer.venues):
            partner_id, _, location_id = ref.partition("/")
            partner = data.partners.get(partner_id)
            if partner_id in data.invalid_partner_ids:
                continue
            if partner is None or partner.location(location_id) is None:
                known = [f"{partner_id}/{loc.id}" for loc in partner.locations] if partner else []
                findings.append(_missing(data, "offer", offer.id, ("venues", i),
                                         "unknown-location", f"Den Ort „{ref}“ gibt es nicht."
                                         f"{_hint(ref, known)} Orte stehen in der Partnerdatei "
                                         "unter locations."))
        for i, overlap in enumerate(offer.intended_overlaps):
            if overlap.offer in data.invalid_offer_ids:
                continue
            if overlap.offer == offer.id:
                findings.append(_missing(data, "offer", offer.id,
                                         ("intended_overlaps", i, "offer"), "overlap-self",
                                         "Ein Angebot kann sich nicht mit sich selbst "
                                         "überschneiden. Nenne die Kennung des anderen "
                                         "Angebots."))
            elif overlap.offer not in data.offers:
                findings.append(_dangling_overlap(data, offer.id, i, overlap.offer))
    return findings


def _dangling_overlap(data: Dataset, offer_id: str, index: int, other: str) -> Finding:
    """An offer named in intended_overlaps is gone, usually deleted by its own partner: the
    site still builds; the coordination tidies the other partner's file."""
    return warning("unknown-offer", f"Das Angebot „{other}“ gibt es nicht (mehr), "
                   f"vielleicht wurde es gelöscht.{_hint(other, data.offers)} Die Website baut "
                   "trotzdem. Für die Koordinierung: entferne diesen Eintrag unter "
                   "intended_overlaps oder nenne die Kennung des gemeinten Angebots.",
                   *data.locate("offer", offer_id, ("intended_overlaps", index, "offer")))
