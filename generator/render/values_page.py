"""docs/erlaubte-werte.md: every value of the controlled lists and every municipality key,
generated from the district's data (python -m generator values), so partners look them up
instead of guessing. A test keeps the committed page equal to the generated one."""

from __future__ import annotations

from generator.model.dataset import Dataset
from generator.render.site.escaping import md_text

SECTIONS = [
    ("categories", "Kategorien", "category"),
    ("audiences", "Zielgruppen", "target.audiences"),
    ("school_forms", "Schulformen", "target.school_forms und schools[].school_form"),
    ("situations", "Lebenslagen", "target.situations"),
    ("languages", "Sprachen", "languages"),
    ("partner_kinds", "Partnerarten", "kind in der Partnerdatei"),
]


def _table(rows: list[tuple[str, str]], first: str, second: str) -> list[str]:
    return [f"| {first} | {second} |", "|---|---|",
            *[f"| `{key}` | {md_text(label)} |" for key, label in rows], ""]


def values_markdown(data: Dataset) -> str:
    vocab = data.vocabularies
    out = ["---", "title: Erlaubte Werte", "description: Die Werte der kontrollierten Listen "
           "und die Gemeindeschlüssel für die Dateien der Partner.", "---", "",
           "# Erlaubte Werte", "",
           "Diese Seite wird aus den Daten erzeugt (`python -m generator values`). In die "
           "Dateien gehört immer die **Kennung** aus der linken Spalte, nicht die "
           "Bezeichnung.", ""]
    for kind, title, field in SECTIONS:
        terms = getattr(vocab, kind)
        out += [f"## {title}", "", f"Feld: `{field}`", ""]
        out += _table([(k, terms[k].label) for k in sorted(terms)], "Kennung", "Bezeichnung")
    out += ["## Status eines Angebots", "", "Feld: `status`", ""]
    out += _table([("active", "läuft"), ("inactive", "beendet, erscheint nicht mehr"),
                   ("temporarily_closed", "pausiert")], "Kennung", "Bedeutung")
    out += ["## Gemeinden", "",
            "Feld: `municipalities` (eine Liste von Schlüsseln in Anführungszeichen oder "
            "`kreisweit`), `municipality` bei Orten und Schulen.", ""]
    out += _table([(m.ags, m.name) for m in data.network.municipalities],
                  "Gemeindeschlüssel (AGS)", "Stadt oder Gemeinde")
    return "\n".join(out).rstrip() + "\n"
