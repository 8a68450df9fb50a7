"""JSON Schemas for editors: generated from the models, with the district's vocabularies
as enums so that the YAML language server can autocomplete and explain every field."""

from __future__ import annotations

import json
from pathlib import Path

from generator.load.vocabularies import vocabularies_of_root
from generator.model.network import Network
from generator.model.offer import Offer
from generator.model.partner import Partner
from generator.model.text_rules import EMAIL_PATTERN, PHONE_PATTERN
from generator.model.vocabularies import Vocabularies
from generator.render.editor.fields import LABELS

SCHEMA_MODELS = {"offer": Offer, "partner": Partner, "network": Network,
                 "vocabularies": Vocabularies}
TITLES = {"offer": "Angebot", "partner": "Partner", "network": "Netzwerk",
          "vocabularies": "Kontrollierte Listen"}


def schema_for(name: str, vocabularies: Vocabularies) -> dict:
    schema = SCHEMA_MODELS[name].model_json_schema()
    schema["title"] = f"Angebotswegweiser: {TITLES[name]}"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    _fill_vocabularies(schema, vocabularies)
    agree_with_check(schema)
    return schema


# What `check` accepts, said to the editor: every scalar of a file is text to the check, so a
# key, postal code or yes/no value is right quoted or not; links, phones and mails have forms.
BOOL_WORDS = ["true", "false", "True", "False", "yes", "no", "on", "off", "1", "0"]
_FORMS = {
    "email": (EMAIL_PATTERN.pattern, "Eine E-Mail-Adresse, z. B. team@traeger.example.org."),
    "coordination_email": (EMAIL_PATTERN.pattern, "Eine E-Mail-Adresse."),
    "phone": (PHONE_PATTERN.pattern, "Eine Telefonnummer mit Ziffern und Leerzeichen, z. B. "
              "\"+49 5271 965-0\"."),
    "url": ("^https://[^\\s/@]+\\.[^\\s@]+$", "Ein Link, der mit https:// beginnt."),
    "website": ("^https://[^\\s/@]+\\.[^\\s@]+$", "Ein Link, der mit https:// beginnt."),
    "site_url": ("^https://[^\\s/@]+\\.[^\\s@]+$", "Ein Link, der mit https:// beginnt."),
}
_NUMBER_TEXT = {  # pattern of the text → the same value when YAML reads it as a number
    "^[0-9]{8}$": ({"type": "integer", "minimum": 1000000, "maximum": 99999999},
                   "Ein Gemeindeschlüssel hat 8 Ziffern, z. B. \"05799004\"."),
    "^[0-9]{5}$": ({"type": "integer", "minimum": 1000, "maximum": 99999},
                   "Eine Postleitzahl hat 5 Ziffern, z. B. \"37901\"."),
}


def _strings(node: dict):
    if node.get("type") == "string":
        yield node
    for branch in node.get("anyOf", []):
        yield from _strings(branch)
    if isinstance(node.get("items"), dict):
        yield from _strings(node["items"])


def _agree_scalar(node: dict) -> bool:
    """Widen a yes/no, key or postal code node; True when it was one (then it is done)."""
    if node.get("type") == "boolean":
        node.pop("type")
        node["anyOf"] = [{"type": "boolean"}, {"type": "string", "enum": BOOL_WORDS}]
        node["errorMessage"] = "Schreibe true oder false."
        return True
    pattern = node.get("pattern")
    if node.get("type") == "string" and pattern in _NUMBER_TEXT:
        number, message = _NUMBER_TEXT[pattern]
        node.pop("type")
        node.pop("pattern")
        node["anyOf"] = [{"type": "string", "pattern": pattern}, number]
        node["errorMessage"] = message
        return True
    return False


def agree_with_check(node) -> None:
    if isinstance(node, list):
        for value in node:
            agree_with_check(value)
        return
    if not isinstance(node, dict):
        return
    for name, prop in node.get("properties", {}).items():
        if name in LABELS:
            prop["title"] = LABELS[name]
        if name == "postal_code":
            for text in _strings(prop):
                text["pattern"] = "^[0-9]{5}$"
        if name in _FORMS:
            for text in _strings(prop):
                text["pattern"], text["patternErrorMessage"] = _FORMS[name]
    if _agree_scalar(node):
        return
    for value in node.values():
        agree_with_check(value)


def _fill_vocabularies(node, vocabularies: Vocabularies) -> None:
    if isinstance(node, dict):
        kind = node.pop("x-vocabulary", None)
        if kind:
            terms = getattr(vocabularies, kind)
            keys = sorted(terms)
            node["enum"] = keys
            node["enumDescriptions"] = [terms[k].label for k in keys]
            node.pop("pattern", None)
        for value in node.values():
            _fill_vocabularies(value, vocabularies)
    elif isinstance(node, list):
        for value in node:
            _fill_vocabularies(value, vocabularies)


def render_schemas(root: Path) -> dict[str, str]:
    """File name → JSON text, for the vocabularies of the data root at `root`."""
    vocabularies = vocabularies_of_root(root)
    return {f"{name}.schema.json": json.dumps(schema_for(name, vocabularies), ensure_ascii=False,
                                              indent=2, sort_keys=True) + "\n"
            for name in SCHEMA_MODELS}


def write_schemas(root: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_schemas(root).items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
