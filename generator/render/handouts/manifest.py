"""What the print shop gets besides the PDFs: manifest.json, manifest.csv and README.txt."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from generator.render.formula_safe import defused_row
from generator.render.handouts.document import BLEED_MM, PrintSettings
from generator.render.handouts.print_profile import OutputCondition

FIELDS = ("file", "title", "pages", "format", "variant", "sha256")


@dataclass(frozen=True)
class ManifestEntry:
    file: str
    title: str
    pages: int
    format: str
    variant: str
    sha256: str


def page_format() -> str:
    return f"A4 (210 × 297 mm), {BLEED_MM:g} mm Beschnitt"


def write_manifest(folder: Path, entries: list[ManifestEntry], settings: PrintSettings,
                   output: OutputCondition, contact_email: str) -> list[Path]:
    entries = sorted(entries, key=lambda e: e.file)
    data = {"bleed_mm": BLEED_MM, "crop_marks": settings.crop_marks,
            "output_intent": asdict(output), "files": [asdict(e) for e in entries]}
    json_path, csv_path, readme_path = (folder / "manifest.json", folder / "manifest.csv",
                                        folder / "README.txt")
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                         encoding="utf-8")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\r\n")  # RFC 4180
    writer.writeheader()
    writer.writerows(defused_row(asdict(e)) for e in entries)
    csv_path.write_text(out.getvalue(), encoding="utf-8")
    readme_path.write_text(readme_text(entries, settings, output, contact_email),
                           encoding="utf-8")
    return [json_path, csv_path, readme_path]


def readme_text(entries: list[ManifestEntry], settings: PrintSettings, output: OutputCondition,
                contact_email: str) -> str:
    marks = ("mit Schnittmarken (außerhalb des Beschnitts)" if settings.crop_marks
             else "ohne Schnittmarken")
    pages = sum(e.pages for e in entries)
    return f"""Druckdaten: Handouts des Angebotswegweisers
============================================

Inhalt: {len(entries)} PDF-Dateien mit zusammen {pages} Seiten. Die Liste mit Titel,
Seitenzahl und Prüfsumme (SHA-256) jeder Datei steht in manifest.csv und manifest.json.

Format:      DIN A4 hoch, Endformat 210 × 297 mm (TrimBox)
Beschnitt:   {BLEED_MM:g} mm an allen Seiten (BleedBox), {marks}
PDF:         PDF/X-4, alle Schriften eingebettet (Teilmengen), keine Links oder
             anderen Annotationen, keine Sonderfarben
Farbe:       CMYK, Ausgabebedingung (OutputConditionIdentifier) „{output.identifier}“
             ({output.info}); {output.condition}
Farbpalette: aller Text und alle Überschriften in 100 % Schwarz (K);
             Linien und Kästen: Akzent C 92 M 32 Y 38 K 20, Fläche C 8 Y 3,
             feine Linien K 28; höchster Farbauftrag 182 %
Bilder:      keine Fotos; QR-Codes als Vektorgrafik in 100 % K

Papierempfehlung: 90–120 g/m² Offset- oder Recyclingpapier, matt (gut beschreibbar).
Mehrseitige Dateien beidseitig drucken; ab 4 Seiten bitte links oben heften.
QR-Codes nicht verkleinern und nicht skalieren („Tatsächliche Größe“).

Fragen zu den Inhalten: {contact_email}
"""
