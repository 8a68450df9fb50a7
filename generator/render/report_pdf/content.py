"""What the steering group's paper shows, taken from the report's JSON form: plain values
for the template, which escapes every string."""

from __future__ import annotations

from markupsafe import Markup

from generator.analyse.acknowledgements import OUTDATED
from generator.analyse.comparison_limits import CAPPED
from generator.analyse.duplicates import SAME_OFFER_CODES, STRUCTURE
from generator.analyse.oversupply import OVERSUPPLY
from generator.analyse.quality_finding import GAP_CODES
from generator.render.report_common import code_label, percent, section_findings
from generator.render.site.quality_heatmap import heatmap_svg

SUMMARY_ROWS = (
    ("Dasselbe Angebot doppelt", SAME_OFFER_CODES, "zusammenlegen"),
    ("Doppelstruktur?", (STRUCTURE,), "absprechen"),
    ("Überangebot in einer Zelle", (OVERSUPPLY,), "prüfen"),
    ("Lücken", GAP_CODES, "Angebot initiieren"),
    ("Alte Entscheidungen", (OUTDATED,), "bestätigen oder streichen"),
    ("Datenqualität", ("offer-expired", "offer-stale", "fields-empty"), "pflegen"),
    ("Vergleich begrenzt", (CAPPED,), "Einträge prüfen"),
)


def _titles(report: dict) -> dict[str, dict]:
    return {o["id"]: o for o in report["offers"]}


def _pair_rows(report: dict, codes) -> list[dict]:
    """The pairs; double structures under a heading per group (one question each)."""
    offers = _titles(report)
    groups = {g["key"]: (i, g) for i, g in enumerate(report.get("structure_groups", []))}
    found = sorted(section_findings(report, codes),
                   key=lambda f: groups.get(f.get("group"), (-1,))[0])
    rows, last = [], None
    for f in found:
        a, b = (offers.get(i, {"title": i, "provider": ""}) for i in f["offers"])
        group = groups.get(f.get("group"))
        heading = None
        if group and f["group"] != last:
            g = group[1]
            heading = (f"Frage {group[0] + 1}: {g['label']}, {len(g['partners'])} Partner"
                       + (f" ({' / '.join(g['legal_spheres'])})" if g["legal_spheres"] else ""))
            last = f["group"]
        rows.append({"a": a, "b": b, "score": percent(f["score"]), "heading": heading,
                     "spheres": " / ".join(f["legal_spheres"]),
                     "reasons": "; ".join(f["reasons"])})
    return rows


def _cell_rows(report: dict) -> list[dict]:
    places = {m["ags"]: m["name"] for m in report["coverage"]["municipalities"]}
    topics = {c["id"]: c["label"] for c in report["coverage"]["categories"]}
    rows = []
    for f in section_findings(report, (OVERSUPPLY,)):
        rows.append({"place": places.get(f["municipalities"][0], f["municipalities"][0]),
                     "topic": topics.get(f["category"], f["category"]), "band": f["band"],
                     "offers": len(f["offers"]), "partners": len(f["partners"]),
                     "spheres": ", ".join(f["legal_spheres"])})
    return sorted(rows, key=lambda r: (r["place"], r["topic"], r["band"]))


def _partner_sections(report: dict) -> list[dict]:
    by_key = {f["key"]: f for f in report["findings"]}
    return [{"name": entry["name"],
             "items": [{"label": code_label(by_key[k]),
                        "message": by_key[k]["message"]} for k in entry["findings"]]}
            for entry in report["todo"]]


def paper_context(report: dict, font: str) -> dict:
    summary = report["summary"]
    counts = summary["findings"]
    return {
        "district": report["district"]["name"], "today": report["today"],
        "offers": summary["offers"], "current": summary["current_offers"],
        "partners": summary["partners"], "acknowledged": summary["acknowledged"],
        "summary": [{"title": title, "count": sum(counts.get(c, 0) for c in codes),
                     "action": action} for title, codes, action in SUMMARY_ROWS],
        "questions": len(report.get("structure_groups", [])),
        "limit": report["coverage"]["oversupply"]["max_offers"],
        "heatmap": Markup(heatmap_svg(report, font)),  # built with html.escape throughout
        "cells": _cell_rows(report),
        "same": _pair_rows(report, SAME_OFFER_CODES),
        "structures": _pair_rows(report, (STRUCTURE,)),
        "partner_sections": _partner_sections(report),
    }
