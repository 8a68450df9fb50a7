"""The controlled lists: the package's defaults plus the district's own additions."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from generator.findings import Finding
from generator.load.file_tree import refuse_link_outside
from generator.load.strict_yaml import YamlDocument, read_yaml
from generator.model.vocabularies import Vocabularies
from generator.validate.model_errors import validate_document
from generator.validate.vocabulary_references import check_vocabulary_references


def default_vocabularies() -> Vocabularies:
    raw = resources.files("generator").joinpath("data/vocabularies.yaml").read_bytes()
    document, findings = read_yaml(raw, "generator/data/vocabularies.yaml")
    vocabularies, errors = validate_document(Vocabularies, document, {})
    if vocabularies is None or findings or errors:  # a broken package, not a user error
        raise RuntimeError(f"default vocabularies are invalid: {findings + errors}")
    return vocabularies


def district_vocabularies(document: YamlDocument | None) -> tuple[Vocabularies, list[Finding]]:
    defaults = default_vocabularies()
    if document is None:
        return defaults, []
    extension, findings = validate_document(Vocabularies, document, {})
    if extension is None:
        return defaults, findings
    merged = defaults.merged_with(extension)
    return merged, check_vocabulary_references(extension, merged, document)


def vocabularies_of_root(root: Path) -> Vocabularies:
    """The lists in force for a data root (its own additions only when they are valid)."""
    path = root / "vocabularies.yaml"
    refuse_link_outside(root, path)
    document = read_yaml(path.read_bytes(), path.name)[0] if path.is_file() else None
    return district_vocabularies(document)[0]
