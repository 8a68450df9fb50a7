"""The Rechtskreis of an offer (SGB II, SGB III, SGB VIII …), as the district's
vocabularies.yaml (legal_spheres) defines them.

Read in this order, the first that names one wins:
  1. the offer's own legal_basis ("§ 16h SGB II"); when it names several, the one of the
     provider's kind among them (a Jobcenter's offer "§ 16 SGB II, § 45 SGB III" uses an
     SGB III instrument under SGB II: its Rechtskreis is SGB II),
  2. the kind of its provider (a Jobcenter works under SGB II),
  3. the provider's legal_bases, when they name only one (a Träger under "§ 13 SGB VIII";
     a Träger working under SGB II and SGB VIII leaves it open).
A law matches as a whole word: "SGB II" is not found in "SGB III".
"""

from __future__ import annotations

import re
from functools import cache

from generator.model.vocabularies import LegalSphere


@cache
def _law_pattern(law: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(law)}(?!\w)", re.IGNORECASE)


def spheres_of_texts(texts, spheres: dict[str, LegalSphere]) -> frozenset[str]:
    """The Rechtskreise whose laws one of `texts` names."""
    return frozenset(key for key, sphere in spheres.items()
                     if any(_law_pattern(law).search(text)
                            for law in sphere.laws for text in texts))


def partner_spheres(partner_kind: str | None, partner_laws,
                    spheres: dict[str, LegalSphere]) -> frozenset[str]:
    """The Rechtskreis of a partner's offers without a legal basis of their own (rules 2
    and 3 above): the same for all offers of one partner (PairRules.offer_spheres keeps it
    per partner and asks the offer's own legal_basis first)."""
    by_kind = kind_spheres(partner_kind, spheres)
    if by_kind:
        return by_kind
    partner = spheres_of_texts(partner_laws, spheres)
    return partner if len(partner) == 1 else frozenset()


def kind_spheres(partner_kind: str | None, spheres: dict[str, LegalSphere]) -> frozenset[str]:
    """The Rechtskreise a kind of partner works under (a Jobcenter: SGB II)."""
    return frozenset(key for key, sphere in spheres.items()
                     if partner_kind and partner_kind in sphere.partner_kinds)


def narrowed(own: frozenset[str], partner_kind: str | None,
             spheres: dict[str, LegalSphere]) -> frozenset[str]:
    """An offer's own Rechtskreise, narrowed to its provider's kind where the legal basis
    names that one beside others (rule 1 above)."""
    if len(own) < 2:
        return own
    return (own & kind_spheres(partner_kind, spheres)) or own


def sphere_labels(keys, spheres: dict[str, LegalSphere]) -> list[str]:
    """Labels in the order of the vocabulary."""
    return [sphere.label for key, sphere in spheres.items() if key in keys]
