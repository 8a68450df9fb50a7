"""Skip handouts whose inputs did not change, decided without rendering anything.

An entry's key hashes what a sheet prints (the context the handout stage gathers from the
data), the variant, the print settings, the build date, the handout code and templates, fonts,
colour profile and the WeasyPrint version. The cache file lies in the folder it describes; a
PDF that was changed or deleted by hand is rendered again.

The cache file is data, not trusted: every entry is checked (a plain PDF file name in this
folder, hexadecimal hashes, a page count), and the cache never deletes or writes a path outside
its folder. A broken cache file is set aside with a German warning and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

CACHE_FILE = ".handouts-cache.json"
CACHE_FORMAT = 2
_FILE_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,200}\.pdf")
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class CacheEntry:
    key: str  # hash of all inputs
    sha256: str  # hash of the PDF written for that key
    pages: int


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def is_plain_file_name(name: str) -> bool:
    """A handout PDF's name: no folder part, no "..", nothing absolute."""
    return bool(_FILE_NAME.fullmatch(name))


def _entry(name, raw) -> CacheEntry:
    if not isinstance(name, str) or not is_plain_file_name(name) or not isinstance(raw, dict) \
            or set(raw) != {"key", "sha256", "pages"}:
        raise ValueError(name)
    key, sha256, pages = raw["key"], raw["sha256"], raw["pages"]
    if not (isinstance(key, str) and _HEX64.fullmatch(key) and isinstance(sha256, str)
            and _HEX64.fullmatch(sha256) and type(pages) is int and pages > 0):
        raise ValueError(name)
    return CacheEntry(key, sha256, pages)


class RenderCache:
    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / CACHE_FILE
        self.entries: dict[str, CacheEntry] = {}
        self.warning: str | None = None  # set when a broken cache file was set aside
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            self._broken(str(exc))
            return
        try:
            raw = json.loads(text)
            if not isinstance(raw, dict) or raw.get("format") != CACHE_FORMAT:
                return  # an older format: render everything once, no warning
            if not isinstance(raw.get("files"), dict):
                raise ValueError("files")
            self.entries = {name: _entry(name, e) for name, e in raw["files"].items()}
        except (ValueError, TypeError) as exc:
            self._broken(f"Eintrag {exc}")
        except RecursionError:
            self._broken("zu tief verschachtelt")

    def _broken(self, reason: str) -> None:
        self.entries = {}
        self.warning = (f"Warnung: Der Handout-Zwischenspeicher {self.path} ist beschädigt "
                        f"({reason}). Er wird neu aufgebaut; alle Handouts in diesem Ordner "
                        "werden neu erzeugt.")

    def target(self, name: str) -> Path:
        """The path of a PDF in this folder; refuses any name that could leave it."""
        if not is_plain_file_name(name):
            raise ValueError(f"not a plain handout file name: {name!r}")
        return self.folder / name

    def fresh(self, name: str, key: str) -> CacheEntry | None:
        """The entry if the PDF exists and was rendered from exactly these inputs."""
        entry = self.entries.get(name)
        if entry is None or entry.key != key:
            return None
        file = self.target(name)
        if file.is_symlink() or not file.is_file():
            return None
        return entry if file_sha256(file) == entry.sha256 else None

    def store(self, name: str, entry: CacheEntry) -> None:
        self.target(name)
        self.entries[name] = entry

    def remove_outdated(self, keep: set[str]) -> None:
        """Delete the PDFs this cache wrote earlier for handouts that no longer exist.

        Only validated entries are deleted, only plain files inside this folder."""
        for name in sorted(set(self.entries) - keep):
            file = self.target(name)
            if file.is_symlink() or file.is_file():
                file.unlink()
            del self.entries[name]

    def save(self, keep: set[str]) -> None:
        """Write the cache, forgetting files that are no longer part of the catalogue."""
        files = {name: asdict(e) for name, e in sorted(self.entries.items()) if name in keep}
        text = json.dumps({"format": CACHE_FORMAT, "files": files}, indent=1, sort_keys=True)
        part = self.path.with_name(CACHE_FILE + ".part")
        part.unlink(missing_ok=True)  # never write through a link someone left there
        part.write_text(text + "\n", encoding="utf-8")
        part.replace(self.path)
