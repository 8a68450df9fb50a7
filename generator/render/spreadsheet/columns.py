"""The columns of the spreadsheet bridge: one row per offer or contact, nested fields
flattened, lists written in one cell. Each column knows how to turn a model value into cell
text and cell text back into the text the models read (as from a YAML file)."""

from __future__ import annotations

from dataclasses import dataclass

YES, NO = "ja", "nein"


@dataclass(frozen=True)
class Column:
    path: tuple[str, ...]
    header: str
    kind: str = "text"  # text | list | lines | bool | dates | overlaps
    vocabulary: str = ""  # controlled list for a drop-down or a hint

    @property
    def name(self) -> str:
        return ".".join(self.path)


OFFER_COLUMNS = [
    Column(("id",), "Kennung"), Column(("title",), "Titel"),
    Column(("summary",), "Kurzbeschreibung"), Column(("description",), "Beschreibung"),
    Column(("category",), "Kategorie", vocabulary="categories"),
    Column(("co_providers",), "Weitere Anbieter", "list"),
    Column(("target", "classes"), "Klassen", "list"),
    Column(("target", "school_leavers"), "Nach der Schule", "bool"),
    Column(("target", "min_age"), "Mindestalter"), Column(("target", "max_age"), "Höchstalter"),
    Column(("target", "school_forms"), "Schulformen", "list", "school_forms"),
    Column(("target", "situations"), "Lebenslagen", "list", "situations"),
    Column(("target", "audiences"), "Wen es anspricht", "list", "audiences"),
    Column(("municipalities",), "Gemeinden (AGS oder kreisweit)", "list"),
    Column(("venues",), "Orte", "list"),
    Column(("dates",), "Termine (je Zeile: Start | Ende | Uhrzeit | Hinweis)", "dates"),
    Column(("schedule",), "Regelmäßige Zeiten"),
    Column(("registration", "required"), "Anmeldung nötig", "bool"),
    Column(("registration", "how"), "So meldest du dich an"),
    Column(("registration", "deadline"), "Anmeldeschluss"),
    Column(("registration", "url"), "Link zur Anmeldung"),
    Column(("costs", "free"), "Kostenlos", "bool"),
    Column(("costs", "amount_eur"), "Betrag in Euro"), Column(("costs", "note"), "Kostenhinweis"),
    Column(("languages",), "Sprachen", "list", "languages"),
    Column(("accessibility",), "Barrierefreiheit"), Column(("contact",), "Kontakt"),
    Column(("legal_basis",), "Rechtsgrundlage (je Zeile eine)", "lines"),
    Column(("kaoa_element",), "KAoA-Element"),
    Column(("status",), "Status", vocabulary="status"),
    Column(("valid_from",), "Gültig ab"), Column(("valid_until",), "Gültig bis"),
    Column(("last_reviewed",), "Zuletzt geprüft"), Column(("url",), "Web-Adresse"),
    Column(("intended_overlaps",), "Gewollte Überschneidungen (je Zeile: Kennung | Grund | entschieden am)",
           "overlaps"),
]
OVERLAP_KEYS = ("offer", "reason", "decided")
CONTACT_COLUMNS = [
    Column(("id",), "Kennung"), Column(("name",), "Bezeichnung"), Column(("email",), "E-Mail"),
    Column(("phone",), "Telefon"), Column(("hours",), "Erreichbarkeit"),
    Column(("url",), "Web-Adresse"), Column(("person",), "Person"),
    Column(("person_released",), "Person hat zugestimmt", "bool"),
]


def _get(data: dict, path: tuple[str, ...]):
    for part in path:
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


def to_cell(column: Column, data: dict) -> str | None:
    """The cell text for one object (its JSON dump) in this column; None for empty."""
    value = _get(data, column.path)
    if value is None or value == [] or (column.kind == "bool" and value is False
                                        and column.path[-1] != "required"
                                        and column.path[-1] != "free"):
        return None
    if column.kind == "bool":
        return YES if value else NO
    if column.kind == "list":
        return value if isinstance(value, str) else ", ".join(str(v) for v in value)
    if column.kind == "lines":
        return "\n".join(value)
    if column.kind == "dates":
        return "\n".join(" | ".join(d.get(k) or "" for k in ("start", "end", "time", "note"))
                         .rstrip(" |") for d in value)
    if column.kind == "overlaps":
        return "\n".join(" | ".join(o.get(k) or "" for k in OVERLAP_KEYS).rstrip(" |")
                         for o in value)
    return str(value)


def _split(text: str, sep: str) -> list[str]:
    return [part.strip() for part in text.split(sep)]


def from_cell(column: Column, text: str):
    """Cell text back to the value the model reads; lists become lists."""
    if column.kind == "bool":
        return {YES: "true", NO: "false"}.get(text.strip().lower(), text.strip())
    if column.kind == "list":
        return "kreisweit" if text.strip() == "kreisweit" else [
            p for p in _split(text, ",") if p]
    if column.kind == "lines":
        return [line.strip() for line in text.splitlines() if line.strip()]
    if column.kind == "dates":
        dates = []
        for line in filter(str.strip, text.splitlines()):
            parts = _split(line, "|") + [""] * 4
            dates.append({k: v for k, v in zip(("start", "end", "time", "note"), parts[:4],
                                               strict=True) if v})
        return dates
    if column.kind == "overlaps":
        return [{k: v for k, v in zip(OVERLAP_KEYS, _split(line, "|"), strict=False) if v}
                for line in filter(str.strip, text.splitlines())]
    return text


def put(data: dict, path: tuple[str, ...], value) -> None:
    for part in path[:-1]:
        data = data.setdefault(part, {})
    data[path[-1]] = value
