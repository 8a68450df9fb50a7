"""Ids match file names, offers sit in their provider's folder, ids do not collide."""

from __future__ import annotations

from generator.findings import Finding, error
from generator.load.strict_yaml import YamlDocument


def file_stem(file: str) -> str:
    """"offers/x/tag.yaml" → "tag" (PurePosixPath(file).stem, without its cost per file)."""
    name = file.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    return name[:dot] if dot > 0 else name


def check_file_name(document: YamlDocument, object_id: str) -> list[Finding]:
    stem = file_stem(document.file)
    if stem == object_id:
        return []
    line, column = document.position(("id",))
    return [error("id-file-mismatch", f"Die Kennung „{object_id}“ passt nicht zum Dateinamen "
                  f"„{stem}.yaml“. Benenne die Datei in „{object_id}.yaml“ um oder passe die "
                  "Kennung an.", document.file, line, column, "id")]


def check_offer_folder(document: YamlDocument, provider: str) -> list[Finding]:
    parts = document.file.split("/")
    folder = parts[-2] if len(parts) > 1 else ""
    if folder == provider:
        return []
    line, column = document.position(("provider",))
    return [error("offer-wrong-folder", f"Das Angebot gehört zu „{provider}“, liegt aber im "
                  f"Ordner offers/{folder}/. Verschiebe es nach offers/{provider}/ (oder "
                  "korrigiere provider).", document.file, line, column, "provider")]


def check_unique_ids(kind: str, documents: dict[str, list[YamlDocument]]) -> list[Finding]:
    """`documents` maps an id to the files that use it; ids compare case-insensitively."""
    by_folded: dict[str, list[tuple[str, YamlDocument]]] = {}
    for object_id, docs in documents.items():
        for document in docs:
            by_folded.setdefault(object_id.casefold(), []).append((object_id, document))
    findings = []
    for entries in by_folded.values():
        if len(entries) < 2:
            continue
        files = sorted(document.file for _, document in entries)
        for object_id, document in entries:
            others = ", ".join(f for f in files if f != document.file)
            line, column = document.position(("id",))
            findings.append(error("id-collision", f"Die Kennung „{object_id}“ gibt es auch "
                                  f"in {others} ({kind}-Kennungen gelten im ganzen Kreis). "
                                  "Wähle eine eindeutige Kennung.",
                                  document.file, line, column, "id"))
    return findings
