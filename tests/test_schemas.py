"""The editor schemas match the models, and every demo file points at its schema."""

import json
from pathlib import Path

from generator.render.json_schema import render_schemas

REPO = Path(__file__).parent.parent


def test_committed_schemas_are_up_to_date():
    """If this fails, run: python -m generator schema"""
    for name, text in render_schemas(REPO).items():
        assert (REPO / "schemas" / name).read_text(encoding="utf-8") == text, name


def test_schema_lists_the_vocabulary_and_describes_every_field():
    schema = json.loads(render_schemas(REPO)["offer.schema.json"])
    category = schema["properties"]["category"]
    assert "bewerbung" in category["enum"]
    assert "Bewerbungstraining" in category["enumDescriptions"]

    def walk(node):
        if isinstance(node, dict):
            for name, prop in node.get("properties", {}).items():
                assert prop.get("description"), name
            for value in node.values():
                walk(value)

    walk(schema)


def test_every_demo_file_starts_with_its_schema_line():
    expected = {"offers": "../../schemas/offer.schema.json",
                "partners": "../schemas/partner.schema.json"}
    for folder, target in expected.items():
        for path in (REPO / folder).rglob("*.yaml"):
            first = path.read_text(encoding="utf-8").splitlines()[0]
            assert first == f"# yaml-language-server: $schema={target}", path
            assert (path.parent / target).resolve().is_file()
