"""JSON Schemas for editors: generated from the models, with the district's vocabularies
as enums so that the YAML language server can autocomplete and explain every field."""

from __future__ import annotations

import json
from pathlib import Path

from generator.load.vocabularies import vocabularies_of_root
from generator.model.network import Network
from generator.model.offer import Offer
from generator.model.partner import Partner
from generator.model.vocabularies import Vocabularies

SCHEMA_MODELS = {"offer": Offer, "partner": Partner, "network": Network,
                 "vocabularies": Vocabularies}
TITLES = {"offer": "Angebot", "partner": "Partner", "network": "Netzwerk",
          "vocabularies": "Kontrollierte Listen"}


def schema_for(name: str, vocabularies: Vocabularies) -> dict:
    schema = SCHEMA_MODELS[name].model_json_schema()
    schema["title"] = f"Angebotswegweiser: {TITLES[name]}"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    _fill_vocabularies(schema, vocabularies)
    return schema


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
