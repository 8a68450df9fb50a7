"""Parsed and validated files by content hash, kept between rebuilds of `mkdocs serve`.

A partner saves one file: only that file is read, parsed and validated again; every other
file's document, object and findings come from here (a file whose size, modification and
change times and inode are as before is not even read). The checks across files still run
each time. One entry per file and kind of result: a save replaces the entries of its file,
so a round costs a look-up per file, not a sweep over every entry.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

from generator.findings import Finding
from generator.load.file_tree import Walk
from generator.load.strict_yaml import YamlDocument, read_yaml

VOCABULARY_FILE = "vocabularies.yaml"


@dataclass
class FileCache:
    # file → (content hash, document or None, findings of reading it)
    parsed: dict[str, tuple[str, YamlDocument | None, list[Finding]]] = \
        field(default_factory=dict)
    # (kind, file) → (content hash, vocabularies hash, result of looking at the file)
    results: dict[tuple[str, str], tuple[str, str, object]] = field(default_factory=dict)
    stats: dict[str, tuple] = field(default_factory=dict)  # file → its stat when last read
    _seen: set[str] = field(default_factory=set)  # files read in this round
    walks: dict[str, Walk] = field(default_factory=dict)  # folder → its last walk
    last_check: object = None  # the last round's checks across files (cross_files.py)

    def read_file(self, path: str, file: str, max_bytes: int):
        """Like `read`, without reading a file that was not touched since the last round."""
        stat = os.stat(path)
        signature = (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)
        known = self.parsed.get(file)
        if known is not None and self.stats.get(file) == signature:
            self._seen.add(file)
            return known[1], known[2]
        self.stats[file] = signature
        with open(path, "rb") as handle:
            return self.read(handle.read(), file, max_bytes)

    def read(self, raw: bytes, file: str, max_bytes: int):
        digest = hashlib.blake2b(raw, digest_size=16).hexdigest()
        self._seen.add(file)
        known = self.parsed.get(file)
        if known is None or known[0] != digest:
            known = self.parsed[file] = (digest, *read_yaml(raw, file, max_bytes))
        return known[1], known[2]

    def validate(self, model, document: YamlDocument, run):
        """`run()` validates; its result is reused while the file and the vocabularies are
        the same."""
        return self.per_file(model.__name__, document, run)

    def per_file(self, kind: str, document: YamlDocument, run):
        """`run()` looks at one file (validates it, checks its limits …); its result is
        reused while the file and the vocabularies are the same."""
        digest = self.digest(document.file)
        if not digest:
            return run()
        vocabularies = self.digest(VOCABULARY_FILE)
        known = self.results.get((kind, document.file))
        if known is None or known[0] != digest or known[1] != vocabularies:
            known = self.results[(kind, document.file)] = (digest, vocabularies, run())
        return known[2]

    def forget_unused(self) -> None:
        """Drop the entries of files that were not read in this round (deleted or moved)."""
        gone = self.parsed.keys() - self._seen
        for file in gone:
            del self.parsed[file]
            self.stats.pop(file, None)
        if gone:
            self.results = {k: v for k, v in self.results.items() if k[1] not in gone}
        self._seen = set()

    def digest(self, file: str) -> str:
        known = self.parsed.get(file)
        return known[0] if known is not None else ""

    def digests(self) -> dict[str, str]:
        """file → content hash, of every file read."""
        return {file: known[0] for file, known in self.parsed.items()}
