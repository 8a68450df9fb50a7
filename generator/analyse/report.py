"""The quality report for the steering group: duplicates, coverage gaps, network gaps and
data quality, as one plain structure that every output format renders.

`as_dict()` is the documented JSON format (docs/report.md); keep both in step.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from generator.analyse.acknowledgements import outdated_acknowledgements
from generator.analyse.class_bands import BAND_NAMES
from generator.analyse.comparison_limits import capped_findings
from generator.analyse.coverage import Coverage, analyse_coverage
from generator.analyse.data_quality import data_quality
from generator.analyse.duplicate_score import Names
from generator.analyse.duplicates import (
    DOUBLE_STRUCTURE,
    DuplicatePair,
    DuplicateResult,
    dataset_names,
    detect_duplicates,
)
from generator.analyse.forked import ForkedCall
from generator.analyse.network_gaps import (
    classes_without_school,
    missing_responsibilities,
    schools_without_counsellor,
)
from generator.analyse.oversupply import Supply, analyse_supply
from generator.analyse.quality_finding import INFO, WARNING, QualityFinding
from generator.analyse.selection import current_offers
from generator.gc_pause import paused_gc
from generator.model.dataset import Dataset
from generator.render.json_text import compact_items

FORMAT_NAME, FORMAT_VERSION = "angebotswegweiser-qualitaetsbericht", 2
ACKNOWLEDGED = "duplicate-acknowledged"
COORDINATION = "Koordinierung des Netzwerks"


@dataclass
class Report:
    data: Dataset
    today: dt.date
    findings: list[QualityFinding]
    acknowledged: list[QualityFinding]
    coverage: Coverage
    duplicates: DuplicateResult
    supply: Supply
    comparison: dict | None = field(default=None)
    # parts of the JSON form made beforehand, as compact items (json_dict; build_report)
    json_parts: dict = field(default_factory=dict, repr=False)

    def as_dict(self) -> dict:
        return report_dict(self)

    def supply_labels(self, keys) -> list[str]:
        return sphere_labels(self.data, keys)


def sphere_labels(data: Dataset, keys) -> list[str]:
    """The labels of Rechtskreise `keys`, in the vocabulary's order."""
    return [s.label for k, s in data.vocabularies.legal_spheres.items() if k in keys]


def _titles(data: Dataset, pair: DuplicatePair) -> str:
    a, b = data.offers[pair.a], data.offers[pair.b]
    return f"„{a.title}“ und „{b.title}“"


def _message(data: Dataset, pair: DuplicatePair) -> tuple[str, str]:
    """The question to the steering group, and the severity."""
    titles = _titles(data, pair)
    if pair.acknowledged:
        return f"{titles} überschneiden sich gewollt: {pair.acknowledged.reason}", INFO
    if pair.kind == DOUBLE_STRUCTURE:
        spheres = f" ({' und '.join(pair.legal_spheres)})" if len(pair.legal_spheres) > 1 else ""
        return (f"Doppelstruktur? {titles} helfen denselben jungen Menschen am selben Ort auf "
                f"ähnliche Weise{spheres}. Sprecht euch ab, wer was übernimmt, oder haltet die "
                "Entscheidung unter intended_overlaps fest."), INFO
    return (f"Dasselbe Angebot doppelt: {titles}. Legt die Einträge zusammen oder nennt das "
            "andere Angebot mit Grund unter intended_overlaps."), WARNING


def duplicate_finding(data: Dataset, pair: DuplicatePair) -> QualityFinding:
    a, b = data.offers[pair.a], data.offers[pair.b]
    file, line, _ = data.position("offer", a.id, ("title",))
    message, severity = _message(data, pair)
    code = ACKNOWLEDGED if pair.acknowledged else pair.code
    ack = pair.acknowledged
    return QualityFinding(code, severity, message, (a.id, b.id),
                          tuple(sorted({a.provider, b.provider})), pair.municipalities,
                          score=pair.score, reasons=pair.reasons, file=file, line=line,
                          kind=pair.kind, legal_spheres=pair.legal_spheres, group=pair.group,
                          acknowledgement=None if ack is None else (
                              ack.reason, ack.decided and ack.decided.isoformat()))


def build_report(data: Dataset, today: dt.date, json_form: bool = False) -> Report:
    """Run every analysis over a checked data root; `json_form`: the report is written as
    JSON (write_report_json), and where the analyses without pairs run in a worker, it
    makes their parts of the JSON form at the end, while this process makes the findings'
    (json_parts)."""
    with paused_gc():
        return _build_report(data, today, json_form)


def _other_analyses(data: Dataset, today: dt.date,
                    names: Names) -> tuple[Coverage, Supply, list[QualityFinding]]:
    """The analyses that do not need the pairs."""
    coverage = analyse_coverage(data, today)
    coverage.by_place = {}  # the gaps are found; a worker would send all offers back
    return coverage, analyse_supply(data, today, names.rules), [
        *missing_responsibilities(data), *schools_without_counsellor(data),
        *classes_without_school(data, today), *data_quality(data, today)]


def _json_parts(data: Dataset, today: dt.date,
                analysed: tuple[Coverage, Supply, list[QualityFinding]]) -> dict:
    """The parts of the JSON form that need no pairs, as compact items."""
    coverage, supply, _ = analysed
    return {"offers": compact_items(offer_list(data, today)),
            "coverage": {key: compact_items(value) if isinstance(value, list) else value
                         for key, value in coverage_dict(data, coverage, supply).items()}}


def _build_report(data: Dataset, today: dt.date, json_form: bool) -> Report:
    names = dataset_names(data)  # with the rules' caches (Rechtskreise of each partner …)
    # the other analyses run in a worker from the start, beside the text profiles and
    # candidate pairs, which take one process; the pairs are then judged in two (forked.py).
    # For the JSON form the worker then makes the coverage's and offers' parts, while this
    # process sorts the findings and makes theirs: the end needs no single process alone.
    with ForkedCall(lambda: _other_analyses(data, today, names),
                    (lambda analysed: _json_parts(data, today, analysed)) if json_form
                    else None) as others:
        duplicates = detect_duplicates(data, today, names)
        coverage, supply, gaps = others.result()
        findings = [duplicate_finding(data, pair) for pair in duplicates.pairs]
        findings += supply.findings
        findings += capped_findings(data, duplicates.capped)
        findings += coverage.gaps
        findings += gaps
        acknowledged = [duplicate_finding(data, pair) for pair in duplicates.acknowledged]
        acknowledged += supply.acknowledged
        findings += outdated_acknowledgements(acknowledged, today)
        report = Report(data, today, sorted(findings, key=QualityFinding.sort_key),
                        sorted(acknowledged, key=QualityFinding.sort_key), coverage,
                        duplicates, supply)
        # only beside a worker: made in one process, they would all sit in memory at once
        # (at 100k offers 200 MB of text) instead of going to the file piece by piece
        if json_form and others.forked:
            report.json_parts = {
                key: compact_items(f.as_dict() for f in found) for key, found in
                (("findings", report.findings), ("acknowledged", report.acknowledged))}
            report.json_parts.update(others.later())
    return report


def todo_by_partner(report: Report) -> list[dict]:
    """Finding keys per partner; findings without a partner go to the coordination."""
    lists: dict[str, list[str]] = {}
    for finding in report.findings:
        key = finding.key
        for partner in finding.partners or ("",):
            lists.setdefault(partner, []).append(key)
    partners = report.data.partners
    return [{"partner": pid or None,
             "name": partners[pid].name if pid in partners else (pid or COORDINATION),
             "findings": keys}
            for pid, keys in sorted(lists.items(), key=lambda item: (not item[0], item[0]))]


def cell_dicts(data: Dataset, coverage: Coverage, supply: Supply, keys) -> list[dict]:
    """The cells of the matrix: too little (missing) and too much (oversupply) in one
    place. (A district of 100k offers has 230,000 cells: the labels of each set of
    Rechtskreise are found once.)"""
    counts, required, missing = coverage.cells, coverage.required, coverage.missing
    held_in, marked, accepted = supply.cells, supply.marked, supply.accepted
    labels: dict[tuple[str, ...], list[str]] = {}
    found = []
    for key in keys:
        ags, cat, band = key
        held = held_in.get(key)
        state = "review" if key in marked else "acknowledged" if key in accepted else None
        if held:
            spheres = tuple(held.spheres)
            if spheres not in labels:
                labels[spheres] = sphere_labels(data, spheres)
        found.append({"municipality": ags, "category": cat, "band": band,
                      "offers": counts.get(key, 0),
                      "partners": len(held.partners) if held else 0,
                      "legal_spheres": labels[spheres] if held else [],
                      "required": key in required, "missing": key in missing,
                      "oversupply": state})
    return found


def coverage_dict(data: Dataset, coverage: Coverage, supply: Supply) -> dict:
    cells = sorted(set(coverage.cells) | coverage.required)
    limits = data.network.oversupply
    return {
        "bands": list(BAND_NAMES),
        "categories": [{"id": key, "label": term.label}
                       for key, term in data.vocabularies.categories.items()],
        "municipalities": [{"ags": m.ags, "name": m.name} for m in data.network.municipalities],
        "cells": cell_dicts(data, coverage, supply, cells),
        "oversupply": {"max_offers": limits.max_offers, "categories": dict(limits.categories)},
        "totals": [{"municipality": ags, "category": cat, "offers": count}
                   for (ags, cat), count in sorted(coverage.totals.items())],
    }


def structure_groups_list(report: Report) -> list[dict]:
    """The double structures as questions for the meeting: one per kind of help and linked
    offers, with the partners, Rechtskreise and municipalities involved."""
    data, result = report.data, report.duplicates
    places = {p.a + "|" + p.b: p.municipalities for p in result.pairs if p.group}
    group_spheres: dict[str, set[str]] = {}
    for p in result.pairs:
        if p.group:
            group_spheres.setdefault(p.group, set()).update(p.legal_spheres)
    sphere_order = report.supply_labels(data.vocabularies.legal_spheres)
    town_order = {m.ags: n for n, m in enumerate(data.network.municipalities)}
    groups = []
    for group in result.groups:
        offers = [data.offers[o] for o in group.offers]
        spheres = group_spheres.get(group.key, set())
        towns = {ags for a, b in group.pairs for ags in places.get(f"{a}|{b}", ())}
        groups.append({
            "key": group.key, "label": group.label, "offers": list(group.offers),
            "partners": sorted({o.provider for o in offers}),
            "legal_spheres": [label for label in sphere_order if label in spheres],
            "municipalities": sorted((t for t in towns if t in town_order),
                                     key=town_order.__getitem__),
            "pairs": len(group.pairs)})
    return sorted(groups, key=lambda g: (-len(g["partners"]), -g["pairs"], g["key"]))


def offer_list(data: Dataset, today: dt.date) -> list[dict]:
    current = {o.id for o in current_offers(data, today)}
    return [{"id": o.id, "provider": o.provider, "title": o.title, "category": o.category,
             "current": o.id in current} for _, o in sorted(data.offers.items())]


def report_dict(report: Report) -> dict:
    """The documented JSON format as plain values."""
    with paused_gc():
        return _report_dict(report, {})


def json_dict(report: Report) -> dict:
    """report_dict with the parts made beforehand (Report.json_parts) as compact items:
    the same JSON text (render/json_text.py)."""
    with paused_gc():
        return _report_dict(report, report.json_parts)


def _report_dict(report: Report, made: dict) -> dict:
    data = report.data
    codes = Counter(f.code for f in report.findings)

    def part(key: str, make):
        return made[key] if key in made else make()

    result = {
        "format": FORMAT_NAME, "version": FORMAT_VERSION,
        "district": {"key": data.network.district.key, "name": data.network.district.name},
        "today": report.today.isoformat(),
        "summary": {
            "offers": len(data.offers),
            "current_offers": len(current_offers(data, report.today)),
            "partners": len(data.partners),
            "candidate_pairs": report.duplicates.candidates,
            "findings": dict(sorted(codes.items())),
            "acknowledged": len(report.acknowledged),
        },
        "offers": part("offers", lambda: offer_list(data, report.today)),
        "findings": part("findings", lambda: [f.as_dict() for f in report.findings]),
        "acknowledged": part("acknowledged",
                             lambda: [f.as_dict() for f in report.acknowledged]),
        "structure_groups": structure_groups_list(report),
        "coverage": part("coverage", lambda: coverage_dict(data, report.coverage,
                                                           report.supply)),
        "todo": todo_by_partner(report),
    }
    if report.comparison is not None:
        result["comparison"] = report.comparison
    return result
