"""Whom an offer speaks to, as a pupil's list shows it: offers for young people first, and a
label on every entry that is not for them ("Für Eltern", "Für Lehrkräfte").

Site lists, the finder and the handouts share this rule, so a parents' evening never sits
unlabelled among a pupil's offers.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.model.offer import YOUTH_AUDIENCES, Offer

_ADULT_LABELS = (("eltern", "Eltern"), ("lehrkraefte", "Lehrkräfte"))


def is_for_young_people(offer: Offer) -> bool:
    return not YOUTH_AUDIENCES.isdisjoint(offer.target.audiences)


def audience_label(offer: Offer) -> str | None:
    """"Für Eltern", "Für Lehrkräfte", "Für Eltern und Lehrkräfte"; None for young people's
    offers (those may welcome parents too, but pupils can act on them)."""
    if is_for_young_people(offer):
        return None
    names = [label for key, label in _ADULT_LABELS if key in offer.target.audiences]
    return "Für " + " und ".join(names) if names else None


def young_people_first(offers: Iterable[Offer]) -> list[Offer]:
    """The same offers, those for young people first; otherwise the order stays."""
    offers = list(offers)
    return [o for o in offers if is_for_young_people(o)] + \
        [o for o in offers if not is_for_young_people(o)]
