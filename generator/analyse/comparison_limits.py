"""Where the duplicate check could not compare every pair: a block of offers (one category
or neighbourhood, one municipality, one class band) bigger than blocking.MAX_BLOCK was
compared in title order only. The steering group learns where, and why it matters: so many
offers of one kind in one place are rarely all real."""

from __future__ import annotations

from generator.analyse.blocking import WINDOW, CappedBlock
from generator.analyse.quality_finding import WARNING, QualityFinding
from generator.model.dataset import Dataset

CAPPED = "comparison-capped"


def _what(data: Dataset, block: CappedBlock) -> str:
    if block.kind == "n":
        hood = data.vocabularies.category_neighbourhoods.get(block.name)
        return f"aus „{hood.label if hood else block.name}“"
    return f"der Kategorie „{data.vocabularies.label('categories', block.name)}“"


def capped_findings(data: Dataset, capped: list[CappedBlock]) -> list[QualityFinding]:
    findings = []
    for block in capped:
        town = data.network.municipality(block.municipality)
        name = town.name if town else block.municipality
        findings.append(QualityFinding(
            CAPPED, WARNING,
            f"Vergleich begrenzt: In {name} gibt es {block.offers} aktuelle Angebote "
            f"{_what(data, block)} für Klassenstufe {block.band}. So viele vergleicht der "
            f"Bericht nicht jedes mit jedem, sondern jedes nur mit den {WINDOW} Angeboten mit "
            "dem ähnlichsten Titel; weitere Doppel können fehlen. Prüft, ob hier Angebote "
            "mehrfach eingetragen sind.",
            municipalities=(block.municipality,), category=block.name, band=block.band,
            rule=block.kind,
            reasons=(f"{block.offers} Angebote in einem Vergleichsblock",)))
    return findings
