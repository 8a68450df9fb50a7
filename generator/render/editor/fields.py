"""Decap CMS fields from the pydantic models: a German label per field, the field's
description as hint, controlled lists and the district's references as selects, and the same
patterns as `check` (so the form refuses what the check refuses)."""

from __future__ import annotations

import datetime as dt
import types
import typing
from decimal import Decimal

from pydantic import BaseModel

from generator.model import text_rules
from generator.model.dataset import Dataset

# The label a partner sees for each model field (the description becomes the hint).
LABELS = {
    "id": "Kennung", "provider": "Anbieter", "co_providers": "Weitere Anbieter",
    "title": "Titel", "summary": "Kurzbeschreibung", "description": "Beschreibung",
    "category": "Kategorie", "target": "Zielgruppe", "classes": "Klassen",
    "school_leavers": "Nach der Schule", "min_age": "Mindestalter", "max_age": "Höchstalter",
    "school_forms": "Schulformen", "situations": "Lebenslagen", "audiences": "Wen es anspricht",
    "municipalities": "Gemeinden", "venues": "Orte", "dates": "Termine", "start": "Erster Tag",
    "end": "Letzter Tag", "time": "Uhrzeit", "note": "Hinweis", "schedule": "Regelmäßige Zeiten",
    "registration": "Anmeldung", "required": "Anmeldung nötig", "how": "So meldest du dich an",
    "deadline": "Anmeldeschluss", "url": "Web-Adresse", "costs": "Kosten", "free": "Kostenlos",
    "amount_eur": "Betrag in Euro", "languages": "Sprachen", "accessibility": "Barrierefreiheit",
    "contact": "Kontakt", "legal_basis": "Rechtsgrundlage", "kaoa_element": "KAoA-Element",
    "status": "Status", "valid_from": "Gültig ab", "valid_until": "Gültig bis",
    "last_reviewed": "Zuletzt geprüft", "intended_overlaps": "Gewollte Überschneidungen",
    "offer": "Ähnliches Angebot", "reason": "Grund", "name": "Name", "kind": "Art",
    "website": "Website", "legal_bases": "Rechtsgrundlagen", "joined": "Beitritt",
    "maintainers": "Pflegen die Daten (Git-Kennungen)", "locations": "Standorte",
    "street": "Straße und Hausnummer", "postal_code": "Postleitzahl", "city": "Ort",
    "municipality": "Gemeinde", "transit": "Anfahrt", "contacts": "Kontakte",
    "email": "E-Mail", "phone": "Telefon", "hours": "Erreichbarkeit", "person": "Person",
    "person_released": "Person hat der Veröffentlichung zugestimmt",
    "responsibilities": "Zuständigkeiten", "role": "Rolle", "district": "Kreis",
    "key": "Kreisschlüssel", "state": "Bundesland", "site_name": "Name der Website",
    "coordination_email": "Postfach der Koordinierung", "site_url": "Adresse der Website",
    "school_year": "Schuljahr", "schools": "Schulen", "school_form": "Schulform",
    "career_counsellor": "Berufsberatung", "coverage_rules": "Abdeckungsregeln",
    "per": "Je", "editor": "Browser-Editor",
}
STATUS_LABELS = {"active": "läuft", "inactive": "beendet", "temporarily_closed": "pausiert",
                 "agentur": "Agentur für Arbeit", "jobcenter": "Jobcenter",
                 "jugendamt": "Jugendamt", "municipality": "jede Gemeinde",
                 "school_form": "jede Schulform", "Stadt": "Stadt", "Gemeinde": "Gemeinde"}
PATTERNS = {
    "email": (text_rules.EMAIL_PATTERN.pattern, "Eine E-Mail-Adresse, z. B. team@traeger.example.org"),
    "coordination_email": (text_rules.EMAIL_PATTERN.pattern, "Eine E-Mail-Adresse"),
    "phone": (text_rules.PHONE_PATTERN.pattern, "Ziffern mit Leerzeichen, z. B. +49 5271 965-0"),
    "url": ("^https://[^\\s/@]+\\.[^\\s/@]+", "Eine Web-Adresse, die mit https:// beginnt"),
    "website": ("^https://[^\\s/@]+\\.[^\\s/@]+", "Eine Web-Adresse, die mit https:// beginnt"),
    "postal_code": ("^[0-9]{5}$", "5 Ziffern"),
    "id": (text_rules.SLUG_PATTERN.pattern,
           "Kleine Buchstaben a–z, Ziffern und einzelne Bindestriche"),
}


class Choices:
    """The select options of one district: vocabularies and references between files."""

    def __init__(self, data: Dataset):
        self.data = data
        vocab = data.vocabularies
        self.by_vocabulary = {kind: [{"label": f"{t.label} ({key})", "value": key}
                                     for key, t in sorted(terms.items())]
                              for kind, terms in vocab.controlled_lists().items()}
        self.towns = [{"label": f"{m.name} ({m.ags})", "value": m.ags}
                      for m in data.network.municipalities]
        self.area = [{"label": "ganzer Kreis (kreisweit)", "value": "kreisweit"}, *self.towns]
        self.partners = [{"label": p.name, "value": p.id}
                         for p in sorted(data.partners.values(), key=lambda p: p.name)]
        self.contacts = [{"label": f"{p.name}: {c.name}", "value": f"{p.id}/{c.id}"}
                         for p in sorted(data.partners.values(), key=lambda p: p.name)
                         for c in p.contacts]
        self.venues = [{"label": f"{p.name}: {loc.name}", "value": f"{p.id}/{loc.id}"}
                       for p in sorted(data.partners.values(), key=lambda p: p.name)
                       for loc in p.locations]
        self.offers = [{"label": o.title, "value": o.id}
                       for o in sorted(data.offers.values(), key=lambda o: o.title)]

    def for_reference(self, owner: type[BaseModel], name: str):
        """Options for a field that names another object, or None for free text."""
        refs = {"contact": self.contacts, "career_counsellor": self.contacts,
                "venues": self.venues, "co_providers": self.partners, "offer": self.offers,
                "municipality": self.towns}
        if owner.__name__ == "IntendedOverlap" or name != "offer":
            return refs.get(name)
        return None


def _unwrap(annotation):
    """(inner type, is list, is optional) of a field annotation."""
    optional, many = False, False
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(args) < len(typing.get_args(annotation))
        annotation = args[0] if len(args) == 1 else annotation
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is list:
        many = True
        annotation = typing.get_args(annotation)[0]
        if typing.get_origin(annotation) is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
    return annotation, many, optional


def _vocabulary_kind(info) -> str | None:
    """The controlled list a field takes its values from (models mark it "x-vocabulary")."""
    extras = [info.json_schema_extra]
    stack = [info.annotation]
    while stack:
        annotation = stack.pop()
        extras += [getattr(m, "json_schema_extra", None)
                   for m in getattr(annotation, "__metadata__", ())]
        stack += list(typing.get_args(annotation))
    for extra in extras:
        if isinstance(extra, dict) and "x-vocabulary" in extra:
            return extra["x-vocabulary"]
    return None


def model_fields(model: type[BaseModel], choices: Choices, skip=()) -> list[dict]:
    return [field_for(model, name, info, choices)
            for name, info in model.model_fields.items() if name not in skip]


def field_for(model: type[BaseModel], name: str, info, choices: Choices) -> dict:
    field = {"name": name, "label": LABELS.get(name, name),
             "required": info.is_required()}
    if info.description:
        field["hint"] = info.description
    field.update(_widget(model, name, info, choices))
    if field["widget"] == "object" and not field["required"]:
        for sub in field["fields"]:  # an optional block: the form asks nothing inside it
            sub["required"] = False
    if name == "last_reviewed":
        field["default"] = "{{now}}"  # saving in the editor is a review
    elif isinstance(info.default, str | bool) and field["widget"] in ("select", "boolean"):
        field["default"] = info.default
    return field


def _widget(model, name: str, info, choices: Choices) -> dict:
    if name == "municipalities":
        return {"widget": "select", "multiple": True, "options": choices.area}
    inner, many, _ = _unwrap(info.annotation)
    kind = _vocabulary_kind(info)
    options = choices.by_vocabulary[kind] if kind else choices.for_reference(model, name)
    if options is None and typing.get_origin(inner) is typing.Literal:
        options = [{"label": STATUS_LABELS.get(v, v), "value": v}
                   for v in typing.get_args(inner)]
    if options is not None:
        return {"widget": "select", "options": options, "multiple": many}
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        sub = model_fields(inner, choices)
        return {"widget": "list", "fields": sub} if many else {"widget": "object",
                                                                "fields": sub}
    if inner is int and name == "classes":
        return {"widget": "select", "multiple": True,
                "options": [str(c) for c in range(5, 14)]}
    if many:
        return {"widget": "list", "field": {"name": name, "label": LABELS.get(name, name),
                                            "widget": "string"}}
    return _scalar_widget(name, inner)


def _scalar_widget(name: str, inner) -> dict:
    if inner is bool:
        return {"widget": "boolean"}
    if inner is int:
        return {"widget": "number", "value_type": "int"}
    if inner is Decimal:
        return {"widget": "number", "value_type": "float", "step": 0.5}
    if inner is dt.date:
        return {"widget": "datetime", "format": "YYYY-MM-DD", "date_format": "DD.MM.YYYY",
                "time_format": False, "picker_utc": True}
    if name == "description":
        return {"widget": "markdown", "modes": ["rich_text", "raw"], "editor_components": [],
                "buttons": ["bold", "italic", "link", "bulleted-list", "numbered-list"]}
    widget = {"widget": "string"}
    if name in PATTERNS:
        widget["pattern"] = list(PATTERNS[name])
    return widget
