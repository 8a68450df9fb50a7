"""What the Markdown and text reports share: section titles and labels in German."""

from __future__ import annotations

from generator.analyse.duplicates import LIKELY_DUPLICATE_CODES, POSSIBLE
from generator.analyse.quality_finding import NETWORK_GAP_CODES

SECTIONS = (
    ("Doppelte Angebote", LIKELY_DUPLICATE_CODES),
    ("Mögliche Doppelstrukturen", (POSSIBLE,)),
    ("Lücken in der Abdeckung", ("coverage-gap",)),
    ("Lücken im Netzwerk", NETWORK_GAP_CODES),
    ("Datenqualität", ("offer-expired", "offer-stale", "fields-empty")),
)
CODE_LABELS = {
    "duplicate-exact": "wortgleiche Kopie",
    "duplicate-same-provider": "doppelt beim selben Anbieter",
    "duplicate-near": "ähnliches Angebot eines anderen Anbieters",
    "duplicate-possible": "gleiche Art Angebot für dieselben jungen Menschen",
    "duplicate-acknowledged": "gewollte Überschneidung",
    "coverage-gap": "Abdeckungslücke",
    "responsibility-missing": "Zuständigkeit fehlt",
    "school-without-counsellor": "Schule ohne Berufsberatung",
    "classes-without-school": "Klassen ohne Schule",
    "offer-expired": "abgelaufen",
    "offer-stale": "veraltet",
    "fields-empty": "Angaben fehlen",
}
COMPARISON_PARTS = (
    ("offers_added", "Neue Angebote"),
    ("offers_removed", "Entfernte Angebote"),
    ("gaps_opened", "Neue Lücken"),
    ("gaps_closed", "Geschlossene Lücken"),
    ("duplicates_new", "Neue Doppelungen"),
    ("duplicates_resolved", "Aufgelöste Doppelungen"),
)


def section_findings(report: dict, codes: tuple[str, ...]) -> list[dict]:
    """The findings of a section; pairs with the highest similarity first."""
    found = [f for f in report["findings"] if f["code"] in codes]
    return sorted(found, key=lambda f: -(f["score"] or 0))


def percent(score: float | None) -> str:
    return "" if score is None else f"{round(score * 100)} %"


def comparison_item(item: dict) -> str:
    if "title" in item:
        return f"{item['title']} ({item['id']}, {item['provider']})"
    return item["message"]


def headline(report: dict) -> str:
    summary = report["summary"]
    total = sum(summary["findings"].values())
    return (f"{report['district']['name']}, Stand {report['today']}: {summary['offers']} "
            f"Angebote ({summary['current_offers']} aktuell), {summary['partners']} Partner, "
            f"{total} Befunde, {summary['acknowledged']} gewollte Überschneidungen.")
