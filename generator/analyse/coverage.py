"""Coverage: which offers exist where, for whom, and which promises of the steering group
(network.coverage_rules) are not kept. Only current offers count: inactive and expired
offers cover nothing."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from generator.analyse.class_bands import AFTER_SCHOOL, bands_of_classes, class_span
from generator.analyse.quality_finding import WARNING, QualityFinding
from generator.analyse.selection import current_offers, fits_school_form
from generator.model.dataset import Dataset
from generator.model.network import CoverageRule
from generator.model.offer import Offer


@dataclass
class Coverage:
    """Counts of current offers per (municipality, category, band) and per (municipality,
    category); required and missing cells from the rules; the gap findings."""

    cells: Counter = field(default_factory=Counter)
    by_place: dict = field(default_factory=dict)  # (municipality, category) -> offers
    totals: Counter = field(default_factory=Counter)
    required: set = field(default_factory=set)
    missing: set = field(default_factory=set)
    gaps: list[QualityFinding] = field(default_factory=list)
    place_names: dict[str, str] = field(default_factory=dict)


def offer_cell_bands(offer: Offer) -> list[str]:
    bands = bands_of_classes(offer.target.classes)
    return bands + [AFTER_SCHOOL] if offer.target.school_leavers else bands


def count_cells(data: Dataset, offers: list[Offer], coverage: Coverage) -> None:
    for offer in offers:
        category, bands = offer.category, offer_cell_bands(offer)
        for ags in data.offer_municipalities(offer):
            coverage.totals[(ags, category)] += 1
            coverage.by_place.setdefault((ags, category), []).append(offer)
            for band in bands:
                coverage.cells[(ags, category, band)] += 1


def rule_needs(rule: CoverageRule, classes=None) -> list:
    """What a rule asks for: each class, after school, or else each audience."""
    wanted = [c for c in rule.classes if classes is None or c in classes]
    needs: list = sorted(wanted)
    if rule.school_leavers:
        needs.append(AFTER_SCHOOL)
    if not rule.classes and not rule.school_leavers:
        needs.extend(f"audience:{a}" for a in rule.audiences)
    return needs


def meets(offer: Offer, rule: CoverageRule, need) -> bool:
    if rule.audiences and not set(rule.audiences) & set(offer.target.audiences):
        return False
    if isinstance(need, int):
        return need in offer.target.classes
    if need == AFTER_SCHOOL:
        return offer.target.school_leavers
    return need.removeprefix("audience:") in offer.target.audiences


def need_label(data: Dataset, need) -> str:
    if isinstance(need, int):
        return f"Klasse {need}"
    if need == AFTER_SCHOOL:
        return AFTER_SCHOOL
    return data.vocabularies.label("audiences", need.removeprefix("audience:"))


def need_band(need) -> str | None:
    if isinstance(need, int):
        return bands_of_classes([need])[0]
    return AFTER_SCHOOL if need in (AFTER_SCHOOL, "audience:schulabgaenger") else None


def check_place(data: Dataset, rule: CoverageRule, ags: str, coverage: Coverage,
                school_form: str | None = None, schools=()) -> None:
    classes = {c for s in schools for c in s.classes} if schools else None
    fitting = [o for o in coverage.by_place.get((ags, rule.category), [])
               if school_form is None or fits_school_form(o, school_form)]
    needs = rule_needs(rule, classes)
    unmet = [n for n in needs if not any(meets(o, rule, n) for o in fitting)]
    for need in needs:
        band = need_band(need)
        if band:
            coverage.required.add((ags, rule.category, band))
            if need in unmet:
                coverage.missing.add((ags, rule.category, band))
    if unmet:
        place = coverage.place_names[ags]
        coverage.gaps.append(_gap(data, rule, ags, place, unmet, school_form, schools))


def _gap(data, rule, ags, place, unmet, school_form, schools) -> QualityFinding:
    category = data.vocabularies.label("categories", rule.category)
    classes = [n for n in unmet if isinstance(n, int)]
    others = [need_label(data, n) for n in unmet if not isinstance(n, int)]
    word = "Klasse" if len(classes) == 1 else "Klassen"
    missing = ([f"{word} {class_span(classes)}"] if classes else []) + others
    form = f" für die Schulform {data.vocabularies.label('school_forms', school_form)}" \
        if school_form else ""
    message = (f"In {place} fehlt ein Angebot der Kategorie {category}{form} "
               f"({', '.join(missing)}). Regel: {rule.description}")
    return QualityFinding("coverage-gap", WARNING, message, municipalities=(ags,),
                          schools=tuple(sorted(s.id for s in schools)), rule=rule.id,
                          reasons=tuple(f"fehlt: {m}" for m in missing))


def analyse_coverage(data: Dataset, today: dt.date) -> Coverage:
    # a temporarily closed offer is shown (with its status) but covers nothing
    offers = [o for o in current_offers(data, today) if o.status == "active"]
    coverage = Coverage(place_names={m.ags: m.name for m in data.network.municipalities})
    count_cells(data, offers, coverage)
    schools: dict[tuple[str, str], list] = {}
    for school in data.network.schools:
        schools.setdefault((school.school_form, school.municipality), []).append(school)
    for rule in data.network.coverage_rules:
        for ags in data.municipality_keys:
            if rule.per == "municipality":
                check_place(data, rule, ags, coverage)
                continue
            for form in rule.school_forms:
                if (form, ags) in schools:
                    check_place(data, rule, ags, coverage, form, schools[(form, ags)])
    coverage.gaps.sort(key=QualityFinding.sort_key)
    return coverage
