"""Write every export file into one folder (the website's daten/ folder)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.model.dataset import Dataset
from generator.render.exports.calendar import offers_calendar
from generator.render.exports.hsds import hsds_services
from generator.render.exports.tables import offers_csv, offers_json, partners_json
from generator.render.json_text import json_text

LICENCE = ("Die Daten stehen unter der Lizenz Creative Commons Namensnennung 4.0 International "
           "(CC BY 4.0, https://creativecommons.org/licenses/by/4.0/deed.de). "
           "Namensnennung: {district}, Angebotswegweiser.\n")

EXPORT_FILES = {
    "angebote.json": "alle Angebote mit allen Feldern (JSON)",
    "angebote.csv": "alle Angebote als Tabelle (CSV, UTF-8)",
    "partner.json": "alle Partner mit Standorten und Kontakten (JSON)",
    "termine.ics": "alle Termine für den Kalender (iCalendar)",
    "hsds-services.json": "alle Angebote im Format Open Referral HSDS 3.0 (JSON)",
    "LIZENZ.txt": "Lizenz der Daten",
}


def export_files(data: Dataset, today: dt.date, site_url: str | None) -> dict[str, bytes]:
    """File name → content of every export."""
    return {
        "angebote.json": offers_json(data).encode(),
        "angebote.csv": offers_csv(data).encode("utf-8-sig"),
        "partner.json": partners_json(data).encode(),
        "termine.ics": offers_calendar(data, today, site_url),
        "hsds-services.json": json_text(hsds_services(data)).encode(),
        "LIZENZ.txt": LICENCE.format(district=data.network.district.name).encode(),
    }


def write_exports(data: Dataset, out: Path, today: dt.date, site_url: str | None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in export_files(data, today, site_url).items():
        path = out / name
        path.write_bytes(content)
        written.append(path)
    return written
