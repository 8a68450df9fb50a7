"""Skip handouts whose inputs did not change: a content hash per output file.

The key covers the full HTML, every asset it loads (CSS, QR codes), fonts, colour profile,
print settings and the generator and WeasyPrint versions. The cache file lies next to the
PDFs; a PDF that was changed or deleted by hand is rendered again."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

CACHE_FILE = ".handouts-cache.json"
CACHE_FORMAT = 1


@dataclass(frozen=True)
class CacheEntry:
    key: str  # hash of all inputs
    sha256: str  # hash of the PDF written for that key
    pages: int


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class RenderCache:
    def __init__(self, folder: Path):
        self.path = folder / CACHE_FILE
        self.entries: dict[str, CacheEntry] = {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if raw.get("format") == CACHE_FORMAT:
                self.entries = {name: CacheEntry(**e) for name, e in raw["files"].items()}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self.entries = {}  # no or unreadable cache: render everything

    def fresh(self, file: Path, key: str) -> CacheEntry | None:
        """The entry if `file` exists and was rendered from exactly these inputs."""
        entry = self.entries.get(file.name)
        if entry is None or entry.key != key or not file.is_file():
            return None
        return entry if file_sha256(file) == entry.sha256 else None

    def store(self, file_name: str, entry: CacheEntry) -> None:
        self.entries[file_name] = entry

    def save(self, keep: set[str]) -> None:
        """Write the cache, forgetting files that are no longer part of the catalogue."""
        files = {name: asdict(e) for name, e in sorted(self.entries.items()) if name in keep}
        text = json.dumps({"format": CACHE_FORMAT, "files": files}, indent=1, sort_keys=True)
        self.path.write_text(text + "\n", encoding="utf-8")
