"""Walking a data root without trusting it: file names, links and depth are data too.

- A name that is not UTF-8 (a file saved by an old program) is reported, not read.
- A symbolic link that leads out of the data root is reported and never followed, so no file
  of the machine (/etc/passwd, a key) is read, published or overwritten through it.
- Folders far deeper than the layout allows are reported, not entered: the walk is a loop,
  not a recursion, and stops at a fixed depth.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from generator.errors import UserError
from generator.findings import Finding, error

EXTRA_LEVELS = 2  # levels below the expected depth still walked, to name misplaced files
RECENT_NS = 2_000_000_000  # a folder changed less than 2 s before a walk is walked again


def shown(text: str) -> str:
    """A path as text that prints anywhere: bytes that are not UTF-8 written as \\xNN."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def relative(root: Path, path: Path) -> str:
    return shown(path.relative_to(root).as_posix())


def is_inside(root: Path, path: Path) -> bool:
    """True when `path`, with every link followed, stays inside `root`."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a link loop or an unreadable link
        return False


def link_outside(root: Path, path: Path) -> Finding | None:
    """The finding for a file reached through a link that leaves the data root."""
    if is_inside(root, path):
        return None
    name = relative(root, path)
    return error("symlink-outside", f"{name} ist ein Verweis (symbolischer Link), der aus "
                 "dem Datenordner hinausführt. Der Generator liest und veröffentlicht nichts "
                 "außerhalb: lege die Datei oder den Ordner selbst hier ab oder lösche den "
                 "Verweis.", name, 1, 1)


class LinkOutsideError(UserError):
    """A file the generator reads directly is a link out of the data root."""


def refuse_link_outside(root: Path, path: Path) -> None:
    """For files read outside `check` (mkdocs.yml, vocabularies.yaml): a clear error."""
    finding = link_outside(root, path)
    if finding is not None:
        raise LinkOutsideError(finding.message)


def tree_files(root: Path, folder: Path, depth: int, findings: list[Finding]) -> list[Path]:
    """Every file below `folder` down to `depth` + EXTRA_LEVELS levels, sorted; names that
    are not UTF-8, links out of the root, deeper folders and unreadable folders are findings."""
    return [Path(name) for name in tree_names(root, folder, depth, findings)]


def tree_names(root: Path, folder: Path, depth: int, findings: list[Finding],
               folders: dict[str, tuple] | None = None) -> list[str]:
    """`tree_files` as plain path strings, sorted part by part as paths sort: a save in
    `mkdocs serve` walks every file of the district, and Path objects cost most of that.
    `folders` gets each folder walked and its stat from just before it was read."""
    outside = link_outside(root, folder)
    if outside is not None:
        findings.append(outside)
        return []
    files, pending = [], [(folder, 1)]
    while pending:
        directory, level = pending.pop()
        if folders is not None:
            folders[str(directory)] = folder_signature(str(directory))
        for entry in _entries(root, directory, findings):
            # below a folder inside the root, only a link can lead out (resolving every
            # file would cost more than reading it)
            problem = _name_problem(root, entry) or (
                link_outside(root, Path(entry.path)) if entry.is_symlink() else None)
            if problem is not None:
                findings.append(problem)
            elif entry.is_dir(follow_symlinks=False):
                if level > depth + EXTRA_LEVELS:
                    findings.append(_too_deep(root, Path(entry.path)))
                else:
                    pending.append((Path(entry.path), level + 1))
            elif not entry.is_dir():  # a link to a folder inside the root is not followed
                files.append(entry.path)
    return sorted(files, key=lambda name: name.split(os.sep))


def folder_signature(path: str) -> tuple | None:
    """What changes when a folder's entries change (mtime), or its rights (ctime)."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino


@dataclass
class Walk:
    """A finished walk of a folder (`mkdocs serve`): what it found and each folder's
    signature from before it was read."""
    names: list[str]
    findings: list[Finding]
    folders: dict[str, tuple | None]
    started_ns: int

    def still_true(self) -> bool:
        """No folder changed since. A folder changed shortly before the walk may have
        changed again within the same tick of the file system's clock: walk again."""
        recent = self.started_ns - RECENT_NS
        return all(signature is not None and signature[0] < recent
                   and folder_signature(path) == signature
                   for path, signature in self.folders.items())


def _entries(root: Path, directory: Path, findings: list[Finding]) -> list[os.DirEntry]:
    try:
        with os.scandir(directory) as scan:
            return sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        name = relative(root, directory)
        findings.append(error("folder-unreadable", f"Der Ordner {name} kann nicht gelesen "
                              f"werden ({exc.strerror}). Prüfe die Rechte und die Länge der "
                              "Ordnernamen; sonst fehlen seine Dateien auf der Website.",
                              name, 1, 1))
        return []


def _name_problem(root: Path, entry: os.DirEntry) -> Finding | None:
    try:
        entry.name.encode("utf-8")
    except UnicodeEncodeError:
        name = relative(root, Path(entry.path))
        return error("file-name-encoding", f"Der Name {name} ist nicht in UTF-8 gespeichert "
                     "(oft: Umlaute aus einem alten Programm). Benenne die Datei oder den "
                     "Ordner um, am besten nur mit a–z, 0–9 und Bindestrichen.", name, 1, 1)
    return None


def _too_deep(root: Path, path: Path) -> Finding:
    name = relative(root, path)
    return error("folder-too-deep", f"Der Ordner {name} liegt zu tief; der Generator liest "
                 "darin nichts. Angebote gehören nach offers/<partner-kennung>/<angebot>.yaml, "
                 "Partner nach partners/<kennung>.yaml: verschiebe die Dateien und lösche den "
                 "Ordner.", name, 1, 1)
