"""Dates: expired and stale offers, review dates in the future, dates outside the school year."""

from __future__ import annotations

import datetime as dt

from generator.findings import Finding, error, warning
from generator.model.dataset import Dataset
from generator.model.offer import Offer

STALE_AFTER_DAYS = 365


def is_expired(offer: Offer, today: dt.date) -> bool:
    return offer.valid_until is not None and offer.valid_until < today


def is_stale(offer: Offer, today: dt.date) -> bool:
    return (today - offer.last_reviewed).days > STALE_AFTER_DAYS


def check_freshness(data: Dataset, today: dt.date) -> list[Finding]:
    findings = []
    year = data.network.school_year
    for offer in data.offers.values():
        def at(path, _id=offer.id):
            return data.locate("offer", _id, path)

        if is_expired(offer, today):
            findings.append(warning("expired", f"Das Angebot ist seit {offer.valid_until:%d.%m.%Y}"
                                    " abgelaufen. Verlängere valid_until, setze status: "
                                    "inactive oder lösche die Datei.", *at(("valid_until",))))
        if is_stale(offer, today):
            findings.append(warning("stale", f"Der Eintrag wurde zuletzt am "
                                    f"{offer.last_reviewed:%d.%m.%Y} geprüft, vor mehr als 12 "
                                    "Monaten. Prüfe ihn und setze last_reviewed auf das "
                                    "heutige Datum.", *at(("last_reviewed",))))
        if offer.last_reviewed > today:
            findings.append(error("review-in-future", "last_reviewed liegt in der Zukunft. "
                                  "Trage das Datum der letzten Prüfung ein.",
                                  *at(("last_reviewed",))))
        for i, appointment in enumerate(offer.dates):
            last = appointment.end or appointment.start
            if appointment.start < year.start or last > year.end:
                findings.append(warning("date-outside-school-year", f"Der Termin am "
                                        f"{appointment.start:%d.%m.%Y} liegt außerhalb des "
                                        f"Schuljahres ({year.start:%d.%m.%Y} bis "
                                        f"{year.end:%d.%m.%Y}). Prüfe das Jahr.",
                                        *at(("dates", i, "start"))))
    return findings
