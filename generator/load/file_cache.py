"""Parsed and validated files by content hash, kept between rebuilds of `mkdocs serve`.

A partner saves one file: only that file is read, parsed and validated again; every other
file's document, object and findings come from here (a file whose size, modification and
change times and inode are as before is not even read). The checks across files still run
each time.
"""

from __future__ import annotations

import hashlib
import os
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
    stats: dict[str, tuple] = field(default_factory=dict)  # file → its stat when last read
    _seen: set[tuple] = field(default_factory=set)
    last_check: object = None  # the last round's checks across files (cross_files.py)

    def read_file(self, path: str, file: str, max_bytes: int):
        """Like `read`, without reading a file that was not touched since the last round."""
        stat = os.stat(path)
        signature = (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)
        digest = self.digests.get(file)
        if digest is not None and self.stats.get(file) == signature \
                and (file, digest) in self.parsed:
            self._seen.add((file, digest))
            return self.parsed[(file, digest)]
        self.stats[file] = signature
        with open(path, "rb") as handle:
            return self.read(handle.read(), file, max_bytes)

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
        return self.per_file(model.__name__, document, run)

    def per_file(self, kind: str, document: YamlDocument, run):
        """`run()` looks at one file (validates it, checks its limits …); its result is
        reused while the file and the vocabularies are the same."""
        key = (kind, document.file, self.digests.get(document.file),
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
        files = {file for file, _ in self.parsed}
        self.digests = {f: d for f, d in self.digests.items() if f in files}
        self.stats = {f: s for f, s in self.stats.items() if f in files}
        self._seen = set()

    def digest(self, file: str) -> str:
        return self.digests.get(file, "")
