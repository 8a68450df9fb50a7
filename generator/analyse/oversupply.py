"""Over-supply: the matrix municipality × category (topic) × class band, the same cells as
the coverage heat map, with how many current offers, partners and Rechtskreise each holds.
A cell with more offers than the district's threshold (network.yaml, oversupply) from at
least two partners is marked for review, unless the steering group acknowledged it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from generator.analyse.acknowledgements import Acknowledgement, cell_acknowledgements
from generator.analyse.coverage import offer_cell_bands
from generator.analyse.pair_rules import PairRules
from generator.analyse.quality_finding import INFO, QualityFinding
from generator.analyse.selection import current_offers
from generator.model.dataset import Dataset

OVERSUPPLY, OVERSUPPLY_ACKNOWLEDGED = "oversupply-cell", "oversupply-acknowledged"


@dataclass(slots=True)
class Cell:
    """One cell's offers, partners and Rechtskreise (each once). Lists, not sets: a
    district of 100k offers has 230,000 cells of a few entries each."""

    offers: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    spheres: list[str] = field(default_factory=list)

    def add(self, offer_id: str, provider: str, spheres) -> None:
        self.offers.append(offer_id)
        if provider not in self.partners:
            self.partners.append(provider)
        self.spheres.extend(s for s in spheres if s not in self.spheres)


@dataclass
class Supply:
    cells: dict[tuple[str, str, str], Cell] = field(default_factory=dict)
    marked: dict[tuple[str, str, str], int] = field(default_factory=dict)  # cell -> limit
    accepted: set[tuple[str, str, str]] = field(default_factory=set)
    findings: list[QualityFinding] = field(default_factory=list)
    acknowledged: list[QualityFinding] = field(default_factory=list)


def count_supply(data: Dataset, today: dt.date, rules: PairRules) -> dict:
    cells: dict[tuple[str, str, str], Cell] = {}
    for offer in current_offers(data, today):
        if offer.status != "active":
            continue
        spheres, bands = rules.offer_spheres(offer), offer_cell_bands(offer)
        for ags in data.offer_municipalities(offer):
            for band in bands:
                cell = cells.get((ags, offer.category, band))
                if cell is None:
                    cell = cells[(ags, offer.category, band)] = Cell()
                cell.add(offer.id, offer.provider, spheres)
    return cells


def _finding(data: Dataset, key, cell: Cell, limit: int, rules: PairRules,
             ack: Acknowledgement | None) -> QualityFinding:
    ags, category, band = key
    place = data.network.municipality(ags).name
    topic = data.vocabularies.label("categories", category)
    spheres = tuple(rules.labels(cell.spheres))
    counts = (f"{len(cell.offers)} Angebote von {len(cell.partners)} Partnern"
              f"{f' in {len(spheres)} Rechtskreisen' if len(spheres) > 1 else ''}")
    if ack:
        message = f"{place}, {topic}, {band}: {counts}, gewollt: {ack.reason}"
        code = OVERSUPPLY_ACKNOWLEDGED
    else:
        message = (f"{place}, {topic}, {band}: {counts} (Schwelle {limit}). Prüft, ob es alle "
                   "braucht, oder haltet die Entscheidung in network.yaml unter "
                   "intended_overlaps fest.")
        code = OVERSUPPLY
    reasons = (f"mehr als {limit} Angebote", f"Partner: {', '.join(sorted(cell.partners))}",
               *([f"Rechtskreise: {', '.join(spheres)}"] if spheres else []))
    return QualityFinding(code, INFO, message, tuple(cell.offers), tuple(sorted(cell.partners)),
                          (ags,), category=category, band=band, legal_spheres=spheres,
                          reasons=reasons, acknowledgement=None if ack is None else (
                              ack.reason, ack.decided and ack.decided.isoformat()))


def analyse_supply(data: Dataset, today: dt.date, rules: PairRules) -> Supply:
    limits = data.network.oversupply
    accepted = cell_acknowledgements(data.network.intended_overlaps)
    supply = Supply(count_supply(data, today, rules))
    for key, cell in sorted(supply.cells.items()):
        limit = limits.categories.get(key[1], limits.max_offers)
        if len(cell.offers) <= limit or len(cell.partners) < 2:
            continue
        ack = accepted.get(key)
        finding = _finding(data, key, cell, limit, rules, ack)
        (supply.acknowledged if ack else supply.findings).append(finding)
        if ack:
            supply.accepted.add(key)
        else:
            supply.marked[key] = limit
    return supply
