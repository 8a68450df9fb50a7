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


def _partner_verdicts(tmp_path, field: str, yaml_value: str, json_value):
    """(schema accepts, check accepts) for one contact field of the mini partner."""
    import datetime as dt
    import shutil

    import jsonschema

    from generator.validate.check import check_data_root

    root = tmp_path / "root"
    shutil.copytree(REPO / "tests" / "fixtures" / "mini", root)
    path = root / "partners" / "traeger-a.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + f"    {field}: {yaml_value}\n", encoding="utf-8")
    checked = check_data_root(root, dt.date(2026, 11, 24))
    schema = json.loads(render_schemas(REPO)["partner.schema.json"])
    contact = {"id": "beratung", "name": "Team", "email": "a@b.example.org", field: json_value}
    document = {"id": "traeger-a", "name": "A", "kind": "traeger", "contacts": [contact]}
    schema_ok = jsonschema.Draft202012Validator(schema).is_valid(document)
    return schema_ok, checked.ok


def test_schema_accepts_and_rejects_what_check_does(tmp_path):
    # (field, as written in YAML, as the YAML language server (YAML 1.2) reads it, verdict)
    cases = [
        ("person_released", "yes", "yes", True),
        ("person_released", "true", True, True),
        ("person_released", "vielleicht", "vielleicht", False),
        ("hours", "Mo bis Fr", "Mo bis Fr", True),
        ("url", "https://a.example.org/x", "https://a.example.org/x", True),
        ("url", "http://a.example.org/x", "http://a.example.org/x", False),
    ]
    for number, (field, yaml_value, json_value, verdict) in enumerate(cases):
        assert _partner_verdicts(tmp_path / str(number), field, yaml_value, json_value) == (
            verdict, verdict), (field, yaml_value)


def test_keys_and_postal_codes_quoted_or_not(tmp_path):
    import jsonschema

    schema = json.loads(render_schemas(REPO)["partner.schema.json"])
    location = schema["$defs"]["Location"]
    for field, quoted, unquoted in [("postal_code", "37901", 37901),
                                    ("municipality", "05799004", 5799004)]:
        rule = {"$defs": schema["$defs"], **location["properties"][field]}
        assert jsonschema.Draft202012Validator(rule).is_valid(quoted)
        assert jsonschema.Draft202012Validator(rule).is_valid(unquoted)
        assert not jsonschema.Draft202012Validator(rule).is_valid("12ab")
        assert location["properties"][field]["errorMessage"]
