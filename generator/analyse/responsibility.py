"""Who answers for a municipality: the Agentur für Arbeit, the Jobcenter, the Jugendamt.

The one rule that town pages, handouts, "Wer hilft mir?" and the gap report share. A role
counts only where network.yaml grants it to the partner (authorities): a partner file alone
cannot make anyone an authority. Per role, a partner naming the municipality wins over one
responsible "kreisweit" (a town with its own Jugendamt), then partner id decides.
"""

from __future__ import annotations

from generator.model.dataset import Dataset
from generator.model.partner import Contact, Partner


def responsible_partners(data: Dataset, ags: str, role: str) -> list[tuple[Partner, Contact]]:
    """Every partner with its contact that answers for `role` in `ags`, the most local first."""
    candidates = []
    for partner_id in data.network.granted_partners(role):
        partner = data.partners.get(partner_id)
        if partner is None or not data.network.is_granted(partner_id, role, ags):
            continue
        for duty in partner.responsibilities:
            if duty.role != role:
                continue
            district_wide = duty.municipalities == "kreisweit"
            contact = partner.contact(duty.contact)
            if contact is not None and (district_wide or ags in duty.municipalities):
                candidates.append((district_wide, partner.id, partner, contact))
    candidates.sort(key=lambda c: (c[0], c[1]))
    return [(partner, contact) for _, _, partner, contact in candidates]


def responsible_partner(data: Dataset, ags: str, role: str) -> tuple[Partner, Contact] | None:
    """The one partner a young person in `ags` turns to for `role`, or None."""
    found = responsible_partners(data, ags, role)
    return found[0] if found else None
