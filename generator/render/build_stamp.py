"""A no-op build is nearly free: when nothing a build reads has changed since the last
complete build, and its output folders are as that build left them, `build` keeps them.

Same inputs give the same output bytes (the builds are reproducible), so keeping the folders
is the same as building them again. The inputs:
- every file below the data root (data, mkdocs.yml, docs/, theme folders …) except hidden
  folders, caches and the output folders, by content;
- the generator's own files by content, the installed packages by name and version, the
  Python version, the fonts and the print profile;
- the day, the output folders, the --icc profile and SOURCE_DATE_EPOCH.
The stamp lies in the data root's .cache folder; it also lists the files of both output
folders with size and modification time, so a changed or deleted output is built again.
Only a build that succeeded writes a stamp.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sys
import sysconfig
from pathlib import Path

STAMP = Path(".cache") / "build-stamp.json"
PACKAGE_DIR = Path(__file__).resolve().parents[1]
PACKAGE_ROOT = PACKAGE_DIR.parent
FONT_DIR = Path("/usr/share/fonts/truetype/open-sans")  # handouts/assets.py names the files
PROFILE_DIR = PACKAGE_ROOT / ".cache" / "print-profile"
EDITOR_DIRS = (".editor",)  # Decap CMS, put there by scripts/setup-editor (by size and time)
_SKIPPED_NAMES = {"__pycache__", "node_modules"}
_SKIPPED_AT_TOP = {"site", "print"}  # the default output folders, wherever --out points


def _content_digest(digest, folder: Path, skip: set[Path]) -> None:
    """Path and content of every file below `folder`, in a stable order."""
    for directory, folders, files in os.walk(folder):
        base = Path(directory)
        top = base == folder
        folders[:] = sorted(f for f in folders if not f.startswith(".")
                            and f not in _SKIPPED_NAMES and not (top and f in _SKIPPED_AT_TOP)
                            and (base / f).resolve() not in skip)
        for name in sorted(files):
            path = base / name
            try:
                content = path.read_bytes()
            except OSError:
                content = b"\0unreadable"
            digest.update(f"{path.relative_to(folder).as_posix()}\0{len(content)}\0".encode())
            digest.update(content)


def listing(folder: Path) -> list[list]:
    """Every file of an output folder with its size and modification time."""
    found = []
    for directory, folders, files in os.walk(folder):
        folders.sort()
        for name in sorted(files):
            path = Path(directory) / name
            stat = path.stat()
            found.append([path.relative_to(folder).as_posix(), stat.st_size, stat.st_mtime_ns])
    return found


def _packages() -> list[str]:
    """Installed distributions with their versions (their folder names say both)."""
    names = set()
    for key in ("purelib", "platlib"):
        folder = Path(sysconfig.get_paths()[key])
        if folder.is_dir():
            names.update(n for n in os.listdir(folder) if n.endswith((".dist-info",
                                                                      ".egg-info")))
    return sorted(names)


def _environment(digest) -> None:
    digest.update(repr((sys.version, _packages(), os.environ.get("SOURCE_DATE_EPOCH"),
                        os.environ.get("ANGEBOTSWEGWEISER_EDITOR"))).encode())
    _content_digest(digest, PACKAGE_DIR, set())
    for folder in (FONT_DIR, PROFILE_DIR):
        if folder.is_dir():
            _content_digest(digest, folder, set())


def fingerprint(root: Path, outputs: dict[str, Path], today: dt.date,
                icc: Path | None) -> str:
    """One digest of everything the build reads and the options it was given."""
    root = root.resolve()
    digest = hashlib.blake2b(digest_size=20)
    skip = {p.resolve() for p in outputs.values()}
    digest.update(repr((str(root), sorted((k, str(p.resolve())) for k, p in outputs.items()),
                        today.isoformat())).encode())
    _content_digest(digest, root, skip)
    if icc is not None:
        digest.update(icc.resolve().read_bytes() if icc.is_file() else b"\0missing")
    for base in {root, PACKAGE_ROOT}:
        for name in EDITOR_DIRS:
            if (base / name).is_dir():
                digest.update(repr(listing(base / name)).encode())
    _environment(digest)
    return digest.hexdigest()


def _outputs_state(outputs: dict[str, Path]) -> dict[str, list]:
    return {option: listing(path) if path.is_dir() else [] for option, path in outputs.items()}


def unchanged(root: Path, outputs: dict[str, Path], key: str) -> bool:
    """True when the last successful build had the same inputs and its outputs are intact."""
    try:
        stamp = json.loads((root / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(stamp, dict) or stamp.get("inputs") != key:
        return False
    if not all(path.is_dir() for path in outputs.values()):
        return False
    return stamp.get("outputs") == _outputs_state(outputs)


def write(root: Path, outputs: dict[str, Path], key: str) -> None:
    """Remember a successful build (call after its outputs are in place). A data root that
    cannot be written to gets no stamp: the next build is a full one."""
    target = root / STAMP
    temporary = target.with_suffix(".tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps({"inputs": key, "outputs": _outputs_state(outputs)}),
                             encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)


def forget(root: Path) -> None:
    with contextlib.suppress(OSError):
        (root / STAMP).unlink(missing_ok=True)
