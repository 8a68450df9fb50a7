"""Compare the report with an earlier one, for the yearly evaluation: offers added and
removed, gaps opened and closed, pairs new, resolved and changed, over-supply cells new
and resolved. A pair counts as changed only when its kind changes or its score moves by at
least SCORE_TOLERANCE: an unrelated edit that moves a score from 0.75 to 0.74 is no news."""

from __future__ import annotations

from generator.analyse.duplicates import DUPLICATE_CODES, STRUCTURE, kind_of
from generator.analyse.oversupply import OVERSUPPLY
from generator.analyse.quality_finding import GAP_CODES

SCORE_TOLERANCE = 0.05
# Version 1 called a double structure "duplicate-possible".
OLD_CODES = {"duplicate-possible": STRUCTURE}


class CompareError(Exception):
    """The saved report cannot be compared (wrong file, other format version)."""


def _entries(report: dict, codes: frozenset) -> dict[str, dict]:
    return {f["key"]: {"key": f["key"], "code": f["code"], "message": f["message"]}
            for f in report["findings"] if f["code"] in codes}


def _pairs(report: dict) -> dict[tuple, dict]:
    """Pair findings by their two offers, whatever their code."""
    found = {}
    for f in report["findings"]:
        code = OLD_CODES.get(f["code"], f["code"])
        if code in DUPLICATE_CODES:
            found[tuple(f.get("offers") or f["key"].split("|")[-1].split(","))] = {
                "key": f["key"], "code": code, "message": f["message"],
                "kind": kind_of(code), "score": f.get("score")}
    return found


def _changed(now: dict, before: dict) -> list[dict]:
    changed = []
    for pair in sorted(set(now) & set(before)):
        a, b = now[pair], before[pair]
        moved = a["score"] is not None and b["score"] is not None and \
            abs(a["score"] - b["score"]) >= SCORE_TOLERANCE - 1e-9
        if a["kind"] != b["kind"] or moved:
            changed.append({"key": a["key"], "code": a["code"], "message": a["message"],
                            "score": a["score"], "score_before": b["score"],
                            "code_before": b["code"]})
    return changed


def _plain(entries: list[dict]) -> list[dict]:
    return [{k: e[k] for k in ("key", "code", "message")} for e in entries]


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
    pairs_now, pairs_before = _pairs(now), _pairs(before)
    new, resolved = _difference(pairs_now, pairs_before)
    cells_new, cells_resolved = _difference(_entries(now, (OVERSUPPLY,)),
                                            _entries(before, (OVERSUPPLY,)))
    return {
        "base": base,
        "base_today": before.get("today"),
        "offers_added": [offers_now[i] for i in sorted(set(offers_now) - set(offers_before))],
        "offers_removed": [offers_before[i]
                           for i in sorted(set(offers_before) - set(offers_now))],
        "gaps_opened": gaps_opened,
        "gaps_closed": gaps_closed,
        "duplicates_new": _plain(new),
        "duplicates_resolved": _plain(resolved),
        "duplicates_changed": _changed(pairs_now, pairs_before),
        "oversupply_new": cells_new,
        "oversupply_resolved": cells_resolved,
    }


def check_saved(report: object, name: str) -> dict:
    """A saved report as read from JSON, or CompareError saying what is wrong with it."""
    from generator.analyse.report import FORMAT_NAME, FORMAT_VERSION

    if not isinstance(report, dict) or report.get("format") != FORMAT_NAME:
        raise CompareError(f"{name} ist kein gespeicherter Qualitätsbericht. Speichere ihn mit "
                           "„python -m generator report --format json > bericht.json“.")
    if report.get("version") not in READABLE_VERSIONS:
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


READABLE_VERSIONS = (1, 2)
# What the comparison reads from each entry of a saved report.
SAVED_FIELDS = {"offers": ("id", "provider", "title"), "findings": ("key", "code", "message")}
