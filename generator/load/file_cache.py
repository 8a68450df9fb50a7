"""Parsed and validated files by content hash, kept between rebuilds of `mkdocs serve`.

A partner saves one file: only that file is parsed and validated again; every other file's
document, object and findings come from here. The checks across files still run each time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from generator.findings import Finding
from generator.load.strict_yaml import YamlDocument, read_yaml


@dataclass
class FileCache:
    # (file, content hash) → (document or None, findings of reading it)
    parsed: dict[tuple[str, str], tuple[YamlDocument | None, list[Finding]]] = \
        field(default_factory=dict)
    # (model, file, content hash, vocabularies hash) → (object or None, findings)
    validated: dict[tuple, tuple[object, list[Finding]]] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)  # file → content hash, this round
    _seen: set[tuple] = field(default_factory=set)

    def read(self, raw: bytes, file: str, max_bytes: int):
        digest = hashlib.blake2b(raw, digest_size=16).hexdigest()
        self.digests[file] = digest
        key = (file, digest)
        self._seen.add(key)
        if key not in self.parsed:
            self.parsed[key] = read_yaml(raw, file, max_bytes)
        return self.parsed[key]

    def validate(self, model, document: YamlDocument, run):
        """`run()` validates; its result is reused while the file and the vocabularies are
        the same."""
        key = (model.__name__, document.file, self.digests.get(document.file),
               self.digests.get("vocabularies.yaml"))
        if key[2] is None:
            return run()
        self._seen.add(key)
        if key not in self.validated:
            self.validated[key] = run()
        return self.validated[key]

    def forget_unused(self) -> None:
        """Drop the entries of files that were not read in this round (edited or deleted)."""
        self.parsed = {k: v for k, v in self.parsed.items() if k in self._seen}
        self.validated = {k: v for k, v in self.validated.items() if k in self._seen}
        self._seen = set()

    def digest(self, file: str) -> str:
        return self.digests.get(file, "")
