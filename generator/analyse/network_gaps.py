"""Gaps in the network itself: municipalities without a responsible Agentur, Jobcenter or
Jugendamt, schools without a career counsellor, offers for classes no school teaches."""

from __future__ import annotations

import datetime as dt

from generator.analyse.class_bands import class_span
from generator.analyse.quality_finding import INFO, WARNING, QualityFinding
from generator.analyse.responsibility import answered_roles
from generator.analyse.selection import current_offers, fits_school_form
from generator.model.dataset import Dataset
from generator.model.partner import ROLES

ROLE_LABELS = {"agentur": "Agentur für Arbeit", "jobcenter": "Jobcenter",
               "jugendamt": "Jugendamt"}


def missing_responsibilities(data: Dataset) -> list[QualityFinding]:
    findings = []
    covered = answered_roles(data)
    for municipality in data.network.municipalities:
        for role in ROLES:
            if role in covered.get(municipality.ags, set()):
                continue
            findings.append(QualityFinding(
                "responsibility-missing", WARNING,
                f"Für {municipality.name} ist kein {ROLE_LABELS[role]} mit Kontakt zuständig. "
                f"Der zuständige Partner ergänzt responsibilities (role: {role}) in seiner "
                "Partnerdatei.", municipalities=(municipality.ags,), rule=role,
                reasons=(f"keine Zuständigkeit „{role}“",)))
    return findings


def schools_without_counsellor(data: Dataset) -> list[QualityFinding]:
    findings = []
    for index, school in enumerate(data.network.schools):
        if school.career_counsellor is not None:
            continue
        file, line, _ = data.position("network", "", ("schools", index))
        findings.append(QualityFinding(
            "school-without-counsellor", WARNING,
            f"Die Schule „{school.name}“ hat keine zuständige Berufsberatung. Trage "
            "career_counsellor (partner/kontakt) in network.yaml ein.",
            partners=(school.id,) if school.id in data.partners else (),
            municipalities=(school.municipality,), schools=(school.id,), file=file, line=line))
    return findings


def classes_without_school(data: Dataset, today: dt.date) -> list[QualityFinding]:
    """Offers for classes that no school in their municipalities teaches."""
    taught: dict[str, list] = {}
    for school in data.network.schools:
        taught.setdefault(school.municipality, []).append(school)
    findings = []
    for offer in current_offers(data, today):
        if not offer.target.classes:
            continue
        schools = [s for ags in data.offer_municipalities(offer) for s in taught.get(ags, [])
                   if fits_school_form(offer, s.school_form)]
        classes = {c for s in schools for c in s.classes}
        lonely = sorted(set(offer.target.classes) - classes)
        if lonely:
            file, line, _ = data.position("offer", offer.id, ("target", "classes"))
            findings.append(QualityFinding(
                "classes-without-school", INFO,
                f"„{offer.title}“ ist für Klasse {class_span(lonely)}, aber keine Schule in "
                "seinen Gemeinden hat diese Klassen. Prüfe target.classes und "
                "municipalities.", offers=(offer.id,), partners=(offer.provider,),
                file=file, line=line, reasons=(f"Klassen {class_span(lonely)} ohne Schule",)))
    return findings
