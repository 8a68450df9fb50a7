"""Who answers for a municipality: the Agentur für Arbeit, the Jobcenter, the Jugendamt.

The one rule that town pages, handouts, "Wer hilft mir?" and the gap report share. A role
counts only where network.yaml grants it to the partner (authorities): a partner file alone
cannot make anyone an authority. Per role, a partner naming the municipality wins over one
responsible "kreisweit" (a town with its own Jugendamt), then partner id decides.
"""

from __future__ import annotations

from generator.model.dataset import Dataset
from generator.model.partner import ROLES, Contact, Partner, Responsibility


def _duties(data: Dataset, role: str):
    """(partner, duty, contact) for every duty of `role` with a contact, of the partners the
    network grants `role` to (for some municipality)."""
    for partner_id in data.network.granted_partners(role):
        partner = data.partners.get(partner_id)
        if partner is None:
            continue
        for duty in partner.responsibilities:
            if duty.role != role:
                continue
            contact = partner.contact(duty.contact)
            if contact is not None:
                yield partner, duty, contact


def _answers(data: Dataset, partner: Partner, duty: Responsibility, ags: str) -> bool:
    """Whether the duty covers `ags` and the network grants its role there."""
    return (duty.municipalities == "kreisweit" or ags in duty.municipalities) \
        and data.network.is_granted(partner.id, duty.role, ags)


def responsible_partners(data: Dataset, ags: str, role: str) -> list[tuple[Partner, Contact]]:
    """Every partner with its contact that answers for `role` in `ags`, the most local first."""
    candidates = [(duty.municipalities == "kreisweit", partner.id, partner, contact)
                  for partner, duty, contact in _duties(data, role)
                  if _answers(data, partner, duty, ags)]
    candidates.sort(key=lambda c: (c[0], c[1]))
    return [(partner, contact) for _, _, partner, contact in candidates]


def responsible_partner(data: Dataset, ags: str, role: str) -> tuple[Partner, Contact] | None:
    """The one partner a young person in `ags` turns to for `role`, or None."""
    found = responsible_partners(data, ags, role)
    return found[0] if found else None


def answered_roles(data: Dataset) -> dict[str, set[str]]:
    """For each municipality the roles some partner answers for there (responsible_partner
    is not None), in one pass over the duties instead of one per municipality and role."""
    found: dict[str, set[str]] = {ags: set() for ags in data.municipality_keys}
    for role in ROLES:
        for partner, duty, _ in _duties(data, role):
            places = found if duty.municipalities == "kreisweit" else duty.municipalities
            for ags in places:
                if ags in found and role not in found[ags] \
                        and _answers(data, partner, duty, ags):
                    found[ags].add(role)
    return found
