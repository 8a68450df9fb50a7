"""What the Markdown and text reports share: section titles and labels in German."""

from __future__ import annotations

from generator.analyse.acknowledgements import OUTDATED
from generator.analyse.duplicates import SAME_OFFER_CODES, STRUCTURE
from generator.analyse.oversupply import OVERSUPPLY
from generator.analyse.quality_finding import NETWORK_GAP_CODES

SECTIONS = (
    ("Dasselbe Angebot doppelt", SAME_OFFER_CODES),
    ("Doppelstruktur?", (STRUCTURE,)),
    ("Überangebot", (OVERSUPPLY,)),
    ("Alte Entscheidungen", (OUTDATED,)),
    ("Lücken in der Abdeckung", ("coverage-gap",)),
    ("Lücken im Netzwerk", NETWORK_GAP_CODES),
    ("Datenqualität", ("offer-expired", "offer-stale", "fields-empty")),
    ("Vergleich begrenzt", ("comparison-capped",)),
)
CODE_LABELS = {
    "duplicate-exact": "wortgleiche Kopie",
    "duplicate-same-provider": "doppelt beim selben Anbieter",
    "duplicate-near": "ähnliches Angebot eines anderen Anbieters",
    "duplicate-structure": "Doppelstruktur?",
    "duplicate-acknowledged": "gewollte Überschneidung",
    "oversupply-cell": "Überangebot",
    "oversupply-acknowledged": "gewolltes Angebot in einer Zelle",
    "acknowledgement-outdated": "Entscheidung älter als ein Schuljahr",
    "coverage-gap": "Abdeckungslücke",
    "responsibility-missing": "Zuständigkeit fehlt",
    "school-without-counsellor": "Schule ohne Berufsberatung",
    "classes-without-school": "Klassen ohne Schule",
    "offer-expired": "abgelaufen",
    "offer-stale": "veraltet",
    "fields-empty": "Angaben fehlen",
    "comparison-capped": "Vergleich begrenzt",
}
COMPARISON_PARTS = (
    ("offers_added", "Neue Angebote"),
    ("offers_removed", "Entfernte Angebote"),
    ("gaps_opened", "Neue Lücken"),
    ("gaps_closed", "Geschlossene Lücken"),
    ("duplicates_new", "Neue Doppelungen"),
    ("duplicates_resolved", "Aufgelöste Doppelungen"),
    ("duplicates_changed", "Doppelungen mit anderer Art oder deutlich anderem Wert"),
    ("oversupply_new", "Neues Überangebot"),
    ("oversupply_resolved", "Aufgelöstes Überangebot"),
)


def section_findings(report: dict, codes: tuple[str, ...]) -> list[dict]:
    """The findings of a section; pairs with the highest similarity first."""
    found = [f for f in report["findings"] if f["code"] in codes]
    return sorted(found, key=lambda f: -(f["score"] or 0))


def code_label(finding: dict) -> str:
    """The label of a finding's code to put before its message, or "" when the message
    already starts with it ("Doppelstruktur? …" needs no second "Doppelstruktur?")."""
    label = CODE_LABELS.get(finding["code"], finding["code"])
    return "" if finding["message"].startswith(label) else label


def percent(score: float | None) -> str:
    return "" if score is None else f"{round(score * 100)} %"


def comparison_item(item: dict) -> str:
    if "score_before" in item:
        return (f"{item['message']} ({percent(item['score_before'])} → "
                f"{percent(item['score'])})")
    if "title" in item:
        return f"{item['title']} ({item['id']}, {item['provider']})"
    return item["message"]


def headline(report: dict) -> str:
    summary = report["summary"]
    total = sum(summary["findings"].values())
    return (f"{report['district']['name']}, Stand {report['today']}: {summary['offers']} "
            f"Angebote ({summary['current_offers']} aktuell), {summary['partners']} Partner, "
            f"{total} Befunde, {summary['acknowledged']} Entscheidungen der Steuergruppe.")
