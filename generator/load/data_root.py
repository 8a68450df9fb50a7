"""Find and read the files of a data root laid out like the repository:

    network.yaml              the district, municipalities, schools, coverage rules
    vocabularies.yaml         optional: the district's additions to the controlled lists
    partners/<partner>.yaml   one file per partner
    offers/<partner>/<offer>.yaml   one file per offer, in its provider's folder
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.findings import Finding, error, warning
from generator.load.file_cache import VOCABULARY_FILE, FileCache
from generator.load.file_tree import (
    Walk,
    link_outside,
    relative,
    shown,
    tree_files,
    tree_names,
)
from generator.load.strict_yaml import (
    MAX_FILE_BYTES,
    MAX_NETWORK_BYTES,
    YamlDocument,
    read_yaml,
)

NETWORK_FILE = "network.yaml"
PARTNER_DIR = "partners"
OFFER_DIR = "offers"
DOCS_DIR = "docs"
DOCS_DEPTH = 6
SITE_FILES = ("mkdocs.yml", "CODEOWNERS")
# Files and folders of a data root (or of this repository) that hold no partner data
OTHER_YAML_FILES = frozenset({NETWORK_FILE, VOCABULARY_FILE, "mkdocs.yml", "mkdocs.yaml",
                              ".gitlab-ci.yml", "CITATION.cff"})
NOT_DATA_DIRS = frozenset({PARTNER_DIR, OFFER_DIR, "docs", "generator", "tests", "bench",
                           "scripts", "schemas", "site", "print", "build", "node_modules",
                           "redaktion"})


@dataclass
class RawData:
    """Every readable file of a data root, before the models check it. Partner and offer
    files are read one at a time (`partners()`, `offers()`), so that a caller can validate
    each and let its tree go before the next is read: 100k offers never sit in memory as
    YAML trees at once."""

    root: Path
    network: YamlDocument | None = None
    vocabularies: YamlDocument | None = None
    partner_files: list[str] = field(default_factory=list)  # relative to root, with /
    offer_files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    cache: FileCache | None = None

    def partners(self) -> Iterator[YamlDocument]:
        return self._documents(self.partner_files)

    def offers(self) -> Iterator[YamlDocument]:
        return self._documents(self.offer_files)

    def _documents(self, names: list[str]) -> Iterator[YamlDocument]:
        base = str(self.root)
        for name in names:
            document = _read_walked(base, name, self.findings, self.cache)
            if document is not None:
                yield document


def read_data_root(root: Path, cache: FileCache | None = None) -> RawData:
    """Read network.yaml and vocabularies.yaml and find the partner and offer files; with a
    cache, only files whose content changed are parsed again."""
    raw = RawData(root, cache=cache)
    raw.network = _read(root, root / NETWORK_FILE, raw.findings, required=True,
                        max_bytes=MAX_NETWORK_BYTES, cache=cache)
    raw.vocabularies = _read(root, root / VOCABULARY_FILE, raw.findings, required=False,
                             cache=cache)
    raw.partner_files = _yaml_files(root, PARTNER_DIR, 1, raw.findings, cache)
    raw.offer_files = _yaml_files(root, OFFER_DIR, 2, raw.findings, cache)
    raw.findings += _stray_yaml(root)
    raw.findings += _links_out_elsewhere(root)
    return raw


def _read(root: Path, path: Path, findings: list[Finding], required: bool,
          max_bytes: int = MAX_FILE_BYTES, cache: FileCache | None = None):
    name = relative(root, path)
    outside = link_outside(root, path)
    if outside is not None:
        findings.append(outside)
        return None
    if not path.is_file():
        if required:
            findings.append(error("file-missing", f"Die Datei {name} fehlt. Lege sie an "
                                  "(Vorlage: README und docs/partner-guide.md).", name, 1, 1))
        return None
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        findings.append(error("file-unreadable", f"Die Datei kann nicht gelesen werden "
                              f"({exc.strerror}). Prüfe die Dateirechte.", name, 1, 1))
        return None
    document, file_findings = (cache.read(raw_bytes, name, max_bytes) if cache is not None
                               else read_yaml(raw_bytes, name, max_bytes))
    findings.extend(file_findings)
    return document


def _read_walked(root: str, name: str, findings: list[Finding], cache: FileCache | None):
    """Read a file that `tree_files` found (inside the root, no link out): `name` is relative
    to the root. Plain strings: pathlib costs more than the reading at 100k files."""
    path = os.path.join(root, name)
    try:
        if cache is not None:
            document, file_findings = cache.read_file(path, name, MAX_FILE_BYTES)
        else:
            with open(path, "rb") as handle:
                document, file_findings = read_yaml(handle.read(), name, MAX_FILE_BYTES)
    except OSError as exc:
        findings.append(error("file-unreadable", f"Die Datei kann nicht gelesen werden "
                              f"({exc.strerror}). Prüfe die Dateirechte.", name, 1, 1))
        return None
    findings.extend(file_findings)
    return document


def _yaml_files(root: Path, folder_name: str, depth: int, findings: list[Finding],
                cache: FileCache | None = None) -> list[str]:
    """The .yaml files exactly `depth` levels below the root's `folder_name`, as names
    relative to the root; anything else is reported. With a cache, a folder none of whose
    folders changed is not walked again."""
    folder = root / folder_name
    if not folder.exists():
        return []
    if not folder.is_dir():
        findings.append(error("not-a-folder", f"{folder_name} muss ein Ordner sein, ist aber "
                              "eine Datei. Benenne die Datei um und lege den Ordner an.",
                              folder_name, 1, 1))
        return []
    known = cache.walks.get(str(folder)) if cache is not None else None
    if known is not None and known.still_true():
        findings.extend(known.findings)
        return list(known.names)
    walk = Walk([], [], {}, time.time_ns())
    prefix = len(str(root / "x")) - 1  # "" for the root ".", else "<root>/"
    for path in tree_names(root, folder, depth, walk.findings, walk.folders):
        name = shown(path[prefix:])
        finding = _misfit(name, depth)
        if finding is not None:
            walk.findings.append(finding)
        elif name.endswith(".yaml") and not name.rsplit("/", 1)[-1].startswith("."):
            walk.names.append(name)
    if cache is not None:
        cache.walks[str(folder)] = walk
    findings.extend(walk.findings)
    return walk.names


def _misfit(name: str, depth: int) -> Finding | None:
    """The finding for a file that does not belong where it lies (None: it does, or it is a
    hidden file, a README or a .yaml file to read)."""
    file_name = name.rsplit("/", 1)[-1]
    if file_name.startswith("."):
        return None
    level = name.count("/")
    dot = file_name.rfind(".")
    suffix = file_name[dot:] if 0 < dot < len(file_name) - 1 else ""
    if suffix == ".yml":
        return error("file-extension", f"Die Datei {name} endet auf .yml. Benenne sie in "
                     ".yaml um.", name, 1, 1)
    if suffix != ".yaml" and file_name != "README.md":
        return error("unexpected-file", f"{name} ist keine YAML-Datei. Hier liegen nur "
                     ".yaml-Dateien; verschiebe oder lösche sie.", name, 1, 1)
    if suffix == ".yaml" and level != depth:
        where = ("offers/<partner-kennung>/<angebot>.yaml" if depth == 2
                 else "partners/<partner-kennung>.yaml")
        return error("file-misplaced", f"{name} liegt am falschen Platz. Erwartet wird "
                     f"{where}.", name, 1, 1)
    return None


def _stray_yaml(root: Path, max_depth: int = 3) -> list[Finding]:
    """YAML files the generator never reads, e.g. an offer saved into a new folder."""
    found = []
    for directory, folders, files in os.walk(root):
        base = Path(directory)
        depth = len(base.relative_to(root).parts)
        folders[:] = sorted(f for f in folders if not f.startswith(".") and depth < max_depth
                            and not (depth == 0 and f in NOT_DATA_DIRS))
        for name in sorted(files):
            if name.endswith((".yaml", ".yml")) and not (depth == 0 and name in OTHER_YAML_FILES):
                where = relative(root, base / name)
                found.append(warning(
                    "yaml-outside", f"{where} liegt außerhalb der bekannten Ordner; der "
                    "Generator liest die Datei nicht. Partner gehören nach "
                    "partners/<kennung>.yaml, Angebote nach "
                    "offers/<partner-kennung>/<angebot>.yaml. Verschiebe oder lösche sie.",
                    where, 1, 1))
    return found


def _links_out_elsewhere(root: Path) -> list[Finding]:
    """Links out of the root among the other files the site is built from (the pages in
    docs/, mkdocs.yml, CODEOWNERS): mkdocs would copy what they point to onto the site."""
    findings = [f for f in (link_outside(root, root / name) for name in (*SITE_FILES, DOCS_DIR))
                if f is not None]
    docs = root / DOCS_DIR
    if docs.is_dir() and not docs.is_symlink():
        tree_files(root, docs, DOCS_DEPTH, findings)
    return findings
