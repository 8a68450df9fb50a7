"""Consent across partners: an offer may point at another partner's contact, place or offer,
or name it as co-provider, only when that partner (or the network) allows it.

The other partner allows it in its own file (`consents`), the coordination in network.yaml
(`consents` with `owner`). Without consent the reference is an error that names whom to ask.
"""

from __future__ import annotations

from generator.findings import Finding, error
from generator.model.dataset import Dataset
from generator.model.offer import Offer

USE_LABELS = {"contacts": "den Kontakt „{target}“ von „{owner}“",
              "venues": "den Ort „{target}“ von „{owner}“",
              "co_providers": "„{owner}“ ({target}) als Mitanbieter",
              "intended_overlaps": "das Angebot „{target}“ von „{owner}“ als gewollte "
                                   "Überschneidung"}


def consents(data: Dataset, owner_id: str, user_id: str, use: str) -> bool:
    """Whether partner `user_id` may use `owner_id`'s objects in the way `use`."""
    owner = data.partners.get(owner_id)
    granted = [*(owner.consents if owner else []),
               *(c for c in data.network.consents if c.owner == owner_id)]
    return any(use in c.uses and (c.partners == "alle" or user_id in c.partners)
               for c in granted)


def check_consents(data: Dataset) -> list[Finding]:
    findings = []
    for offer in data.offers.values():
        for path, owner_id, use, target in _foreign_references(data, offer):
            if owner_id == offer.provider or owner_id not in data.partners:
                continue  # own objects need no consent; unknown ones are reported elsewhere
            if not consents(data, owner_id, offer.provider, use):
                findings.append(_missing_consent(data, offer, path, owner_id, use, target))
    return findings


def _foreign_references(data: Dataset, offer: Offer):
    """(field path, owning partner, kind of use, what is named) of each reference."""
    yield ("contact",), offer.contact.partition("/")[0], "contacts", offer.contact
    for i, ref in enumerate(offer.venues):
        yield ("venues", i), ref.partition("/")[0], "venues", ref
    for i, partner_id in enumerate(offer.co_providers):
        yield ("co_providers", i), partner_id, "co_providers", partner_id
    for i, overlap in enumerate(offer.intended_overlaps):
        other = data.offers.get(overlap.offer)
        if other is not None:
            yield ("intended_overlaps", i, "offer"), other.provider, "intended_overlaps", \
                overlap.offer


def _missing_consent(data: Dataset, offer: Offer, path: tuple, owner_id: str, use: str,
                     target: str) -> Finding:
    owner = data.partners[owner_id]
    who = f"„{owner.name}“"
    if owner.maintainers:
        who += f" ({', '.join(owner.maintainers)})"
    named = USE_LABELS[use].format(target=target, owner=owner.name)
    return error(
        "consent-missing", f"Das Angebot nennt {named}, ohne dass dieser Partner es erlaubt. "
        f"Frage {who}, ob er in partners/{owner_id}.yaml "
        f"unter consents „partners: [{offer.provider}]“ mit „uses: [{use}]“ einträgt, oder die "
        "Koordinierung (network.yaml, consents). Sonst nenne etwas Eigenes.",
        *data.locate("offer", offer.id, path))
