"""Compare the report with an earlier one, for the yearly evaluation: offers added and
removed, gaps opened and closed, duplicates new and resolved."""

from __future__ import annotations

from generator.analyse.duplicates import DUPLICATE_CODES
from generator.analyse.quality_finding import GAP_CODES


class CompareError(Exception):
    """The saved report cannot be compared (wrong file, other format version)."""


def _entries(report: dict, codes: frozenset) -> dict[str, dict]:
    return {f["key"]: {"key": f["key"], "code": f["code"], "message": f["message"]}
            for f in report["findings"] if f["code"] in codes}


def _difference(now: dict[str, dict], before: dict[str, dict]) -> tuple[list, list]:
    opened = [now[key] for key in sorted(set(now) - set(before))]
    closed = [before[key] for key in sorted(set(before) - set(now))]
    return opened, closed


def _offers(report: dict) -> dict[str, dict]:
    return {o["id"]: {"id": o["id"], "provider": o["provider"], "title": o["title"]}
            for o in report["offers"]}


def compare_reports(now: dict, before: dict, base: str) -> dict:
    """What changed from `before` to `now`; `base` names the earlier state."""
    offers_now, offers_before = _offers(now), _offers(before)
    gaps_opened, gaps_closed = _difference(_entries(now, GAP_CODES),
                                           _entries(before, GAP_CODES))
    new, resolved = _difference(_entries(now, DUPLICATE_CODES),
                                _entries(before, DUPLICATE_CODES))
    return {
        "base": base,
        "base_today": before.get("today"),
        "offers_added": [offers_now[i] for i in sorted(set(offers_now) - set(offers_before))],
        "offers_removed": [offers_before[i]
                           for i in sorted(set(offers_before) - set(offers_now))],
        "gaps_opened": gaps_opened,
        "gaps_closed": gaps_closed,
        "duplicates_new": new,
        "duplicates_resolved": resolved,
    }


def check_saved(report: object, name: str) -> dict:
    """A saved report as read from JSON, or CompareError saying what is wrong with it."""
    from generator.analyse.report import FORMAT_NAME, FORMAT_VERSION

    if not isinstance(report, dict) or report.get("format") != FORMAT_NAME:
        raise CompareError(f"{name} ist kein gespeicherter Qualitätsbericht. Speichere ihn mit "
                           "„python -m generator report --format json > bericht.json“.")
    if report.get("version") != FORMAT_VERSION:
        raise CompareError(f"{name} hat das Berichtsformat Version {report.get('version')}, "
                           f"dieser Generator liest Version {FORMAT_VERSION}.")
    for key in ("offers", "findings"):
        if not isinstance(report.get(key), list):
            raise CompareError(f"{name}: der Abschnitt „{key}“ fehlt oder ist keine Liste.")
    for key, fields in SAVED_FIELDS.items():
        for i, item in enumerate(report[key]):
            if not isinstance(item, dict) or not all(isinstance(item.get(f), str)
                                                     for f in fields):
                raise CompareError(f"{name}: Eintrag {i + 1} unter „{key}“ ist unvollständig "
                                   f"(erwartet: {', '.join(fields)}). Speichere den Bericht "
                                   "neu mit --format json.")
    return report


# What the comparison reads from each entry of a saved report.
SAVED_FIELDS = {"offers": ("id", "provider", "title"), "findings": ("key", "code", "message")}
