"""Data quality per offer: expired, not reviewed for a year, important fields left empty."""

from __future__ import annotations

import datetime as dt

from generator.analyse.quality_finding import INFO, WARNING, QualityFinding
from generator.model.dataset import Dataset
from generator.model.offer import Offer
from generator.validate.freshness import STALE_AFTER_DAYS, is_expired, is_stale

# Fields a family asks about before it goes: what it costs, whether a wheelchair gets in,
# in which language, how to sign up.
IMPORTANT_FIELDS = {"costs": "Kosten", "accessibility": "Barrierefreiheit",
                    "languages": "Sprachen", "registration": "Anmeldung"}


def empty_fields(offer: Offer) -> list[str]:
    return [name for name in IMPORTANT_FIELDS if getattr(offer, name) in (None, [])]


def _finding(data: Dataset, offer: Offer, code: str, severity: str, message: str,
             path: tuple, reasons: tuple = ()) -> QualityFinding:
    file, line, _ = data.position("offer", offer.id, path)
    return QualityFinding(code, severity, message, offers=(offer.id,),
                          partners=(offer.provider,), file=file, line=line, reasons=reasons)


def offer_quality(data: Dataset, offer: Offer, today: dt.date) -> list[QualityFinding]:
    if offer.status == "inactive":
        return []
    if is_expired(offer, today):
        return [_finding(data, offer, "offer-expired", WARNING,
                         f"„{offer.title}“ ist seit {offer.valid_until:%d.%m.%Y} abgelaufen. "
                         "Verlängere valid_until, setze status: inactive oder lösche die Datei.",
                         ("valid_until",))]
    findings = []
    if is_stale(offer, today):
        findings.append(_finding(
            data, offer, "offer-stale", WARNING,
            f"„{offer.title}“ wurde zuletzt am {offer.last_reviewed:%d.%m.%Y} geprüft, vor mehr "
            f"als {STALE_AFTER_DAYS} Tagen. Prüfe den Eintrag und setze last_reviewed neu.",
            ("last_reviewed",)))
    missing = empty_fields(offer)
    if missing:
        labels = [IMPORTANT_FIELDS[name] for name in missing]
        findings.append(_finding(
            data, offer, "fields-empty", INFO,
            f"Bei „{offer.title}“ fehlen Angaben: {', '.join(labels)}. Ergänze "
            f"{', '.join(missing)}, damit Familien vorher wissen, woran sie sind.", (),
            tuple(f"leer: {name}" for name in missing)))
    return findings


def data_quality(data: Dataset, today: dt.date) -> list[QualityFinding]:
    return [f for _, offer in sorted(data.offers.items())
            for f in offer_quality(data, offer, today)]
