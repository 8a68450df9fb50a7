"""The checks across files (references, authorities, consents, personal data, freshness,
look-alike letters, descriptions), and how `mkdocs serve` runs them after a save.

Every finding of these checks lies in the file of the object it is about, and depends on that
object and on partners, network and vocabularies. So after a save that changed only how some
offers read (`changed_texts`), the findings of all other files stay as they were: the checks
walk just the changed offers and no partner (`_Focus`), and look everything else up as
usual.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from generator.findings import Finding
from generator.model.dataset import Dataset
from generator.model.offer import Offer
from generator.validate.authority import check_authorities
from generator.validate.consent import check_consents
from generator.validate.description import check_descriptions
from generator.validate.freshness import check_freshness
from generator.validate.lookalike import check_lookalikes
from generator.validate.personal_data import check_personal_data
from generator.validate.references import check_references

# Offer fields that change only how an offer reads, never where it is listed, which handouts
# exist or what another object's findings say.
TEXT_FIELDS = frozenset({"title", "summary", "description", "accessibility", "registration",
                         "costs", "last_reviewed"})
MAX_CHANGED = 50  # more offers changed at once (a git pull): look at everything


def _where_listed(offer: Offer) -> dict:
    return offer.model_dump(exclude=set(TEXT_FIELDS))


def changed_texts(before: Dataset, after: Dataset) -> set[str] | None:
    """Ids of the offers whose text changed, or None when more than text changed."""
    if (after.network is not before.network or after.partners.keys() != before.partners.keys()
            or any(after.partners[k] is not p for k, p in before.partners.items())
            or after.offers.keys() != before.offers.keys()
            or after.invalid_offer_ids != before.invalid_offer_ids
            or after.invalid_partner_ids != before.invalid_partner_ids
            or after.vocabularies != before.vocabularies):
        return None
    changed = {k for k, offer in after.offers.items() if offer is not before.offers[k]}
    if len(changed) > MAX_CHANGED:
        return None
    for offer_id in changed:
        if (after.offer_sources[offer_id].file != before.offer_sources[offer_id].file
                or _where_listed(after.offers[offer_id])
                != _where_listed(before.offers[offer_id])):
            return None
    return changed


def cross_file_findings(data: Dataset, today: dt.date) -> list[Finding]:
    return [*check_references(data), *check_authorities(data), *check_consents(data),
            *check_personal_data(data), *check_freshness(data, today),
            *check_lookalikes(data), *check_descriptions(data)]


class _Focus(dict):
    """Every object for lookups and hints (`get`, `in`, `[]`, iterating the ids); only the
    changed ones where the checks walk the objects (`values()`, `items()`)."""

    def __init__(self, objects: dict, focus: set[str]):
        super().__init__(objects)
        self.focus = sorted(focus)

    def values(self):
        return [self[k] for k in self.focus]

    def items(self):
        return [(k, self[k]) for k in self.focus]


@dataclass
class LastCheck:
    data: Dataset
    today: dt.date
    findings: list[Finding]


def findings_after_save(data: Dataset, today: dt.date,
                        last: LastCheck | None) -> tuple[list[Finding], LastCheck]:
    """The cross-file findings, reusing the last round's for files a text-only save did not
    touch; returns them and what the next round needs."""
    changed = changed_texts(last.data, data) if last and last.today == today else None
    if changed is None:
        found = cross_file_findings(data, today)
    else:
        files = {data.offer_sources[k].file for k in changed}
        view = replace(data, offers=_Focus(data.offers, changed),
                       partners=_Focus(data.partners, set()), derived={})
        found = [f for f in last.findings if f.file not in files]
        found += [f for f in cross_file_findings(view, today) if f.file in files]
    return found, LastCheck(data, today, found)
