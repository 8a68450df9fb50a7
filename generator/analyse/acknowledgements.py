"""Decisions of the steering group kept in the data: pairs of offers (an offer's
intended_overlaps, or network.yaml) and cells of the matrix (network.yaml) that were looked
at and are wanted, with reason and date. A decision older than a school year is shown again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.model.network import IntendedOverlap
from generator.model.offer import Offer

SCHOOL_YEAR = dt.timedelta(days=365)
OUTDATED = "acknowledgement-outdated"


@dataclass(frozen=True)
class Acknowledgement:
    reason: str
    decided: dt.date | None  # None: an offer's intended_overlaps without a date

    def outdated(self, today: dt.date) -> bool:
        return self.decided is None or today - self.decided > SCHOOL_YEAR


def _merge(found: dict, key: tuple, reason: str, decided: dt.date | None) -> None:
    known = found.get(key)
    if known is None:
        found[key] = Acknowledgement(reason, decided)
        return
    reasons = " / ".join(sorted({*known.reason.split(" / "), reason}))
    dates = [d for d in (known.decided, decided) if d is not None]
    found[key] = Acknowledgement(reasons, max(dates) if dates else None)


def pair_acknowledgements(offers: dict[str, Offer], network_overlaps=()
                          ) -> dict[tuple[str, str], Acknowledgement]:
    """Pairs marked as intended in either direction or in network.yaml; reasons joined,
    the latest date counts."""
    found: dict[tuple[str, str], Acknowledgement] = {}
    for offer in offers.values():
        for overlap in offer.intended_overlaps:
            if overlap.offer in offers and overlap.offer != offer.id:
                key = tuple(sorted((offer.id, overlap.offer)))
                _merge(found, key, overlap.reason, overlap.decided)
    for overlap in network_overlaps:
        if overlap.offers:
            _merge(found, tuple(sorted(overlap.offers)), overlap.reason, overlap.decided)
    return found


def cell_acknowledgements(network_overlaps: list[IntendedOverlap]
                          ) -> dict[tuple[str, str, str], Acknowledgement]:
    """Cells (municipality, category, band) the steering group accepted."""
    found: dict[tuple[str, str, str], Acknowledgement] = {}
    for overlap in network_overlaps:
        if not overlap.offers:
            _merge(found, (overlap.municipality, overlap.category, overlap.band),
                   overlap.reason, overlap.decided)
    return found


def outdated_acknowledgements(acknowledged, today: dt.date):
    """An info finding for each acknowledged pair or cell decided more than a school year
    ago (or without a date): the steering group confirms or drops it."""
    from generator.analyse.quality_finding import INFO, QualityFinding

    found = []
    for item in acknowledged:
        reason, decided = item.acknowledgement
        if decided and today - dt.date.fromisoformat(decided) <= SCHOOL_YEAR:
            continue
        when = f"am {dt.date.fromisoformat(decided):%d.%m.%Y}" if decided else "ohne Datum"
        subject = item.message.split(":")[0] if item.cell else \
            item.message.split(" überschneiden sich")[0]
        found.append(QualityFinding(
            OUTDATED, INFO, f"{subject}: gewollt, entschieden {when}. Die Entscheidung ist "
            "älter als ein Schuljahr: bestätigt sie mit neuem Datum (decided) oder streicht sie.",
            item.offers if not item.cell else (), item.partners, item.municipalities,
            reasons=(f"Grund: {reason}",), file=item.file, line=item.line,
            category=item.category, band=item.band, acknowledgement=item.acknowledgement))
    return found
