"""Output folders that a failed build never damages.

Every build writes into a fresh folder beside its target (`.<name>.neu-<pid>`). Only when
everything succeeded, handouts included, the new folder takes the target's place by an
atomic rename; the old one is removed afterwards. A build that fails, is killed or runs out
of space leaves the live folder exactly as it was; its half-written folder is removed (or,
after a kill, by the next build).

Before anything is written, the targets are checked: a folder of the data (the data root,
offers/, partners/, docs/, generator/ …), the repository or any folder containing them, and
a non-empty folder that no earlier build wrote, are refused.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from generator.errors import UserError

# Written into every output folder: a folder with it may be replaced by the next build.
MARKER = ".angebotswegweiser"
MARKER_TEXT = "Erzeugt vom Angebotswegweiser. Der nächste Build ersetzt diesen Ordner.\n"
# Folders of a data root or repository that no build may write into or replace.
DATA_FOLDERS = ("offers", "partners", "docs", "generator", "schemas", "tests", "scripts",
                "bench", "seeds", ".git", ".github", ".ci")
# Files that show a folder is an earlier output, for folders built before MARKER existed.
_EARLIER_OUTPUT = ("index.html", "sitemap.xml", "manifest.csv", ".handouts-cache.json")
_RENAME_EXCHANGE = 2


class OutputError(UserError):
    """An output folder cannot be used or written (raised by staged_outputs)."""


def repository_of(root: Path) -> Path | None:
    """The Git work tree that contains the data root, if any."""
    for folder in (root, *root.parents):
        if (folder / ".git").exists():
            return folder
    return None


def check_targets(root: Path, targets: dict[str, Path]) -> None:
    """Refuse targets that are, contain or lie inside data, or that overlap each other."""
    root = root.resolve()
    protected = [root, *(root / name for name in DATA_FOLDERS)]
    repository = repository_of(root)
    if repository is not None:
        protected += [repository, *(repository / name for name in DATA_FOLDERS)]
    resolved = {option: Path(os.path.abspath(target)).resolve() for option, target in
                targets.items()}
    for option, target in resolved.items():
        _check_not_data(option, targets[option], target, protected, root, repository)
    for option, target in resolved.items():
        for other, other_target in resolved.items():
            if other != option and (target == other_target or other_target in target.parents):
                raise OutputError(f"{option} „{targets[option]}“ und {other} "
                                  f"„{targets[other]}“ überschneiden sich. Wähle zwei "
                                  "getrennte Ordner.")
    for option, target in resolved.items():
        _check_replaceable(option, targets[option], target)


def _check_not_data(option: str, given: Path, target: Path, protected: list[Path], root: Path,
                    repository: Path | None) -> None:
    for folder in protected:
        if target == folder or target in folder.parents:
            raise OutputError(f"{option} „{given}“ ist {_what(folder, root)} oder enthält "
                              "ihn. Ein Build ersetzt seinen Zielordner ganz: wähle einen "
                              "eigenen Ordner, z. B. „site“ oder „print“.")
        if folder not in (root, repository) and folder in target.parents:
            raise OutputError(f"{option} „{given}“ liegt im Ordner {folder.name}/ der Daten. "
                              "Wähle einen Ordner außerhalb, z. B. „site“.")


def _what(folder: Path, root: Path) -> str:
    if folder == root:
        return "der Datenordner"
    if folder.name in DATA_FOLDERS:
        return f"der Datenordner {folder.name}/"
    return "das Repository"


def _check_replaceable(option: str, given: Path, target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise OutputError(f"{option} „{given}“ ist eine Datei, kein Ordner. Wähle einen Ordner.")
    if not target.is_dir() or any((folder / MARKER).is_file()
                                  for folder in (target, target.parent)):
        return  # an earlier output, or a folder inside one (site/daten, site/handouts)
    try:
        names = os.listdir(target)
    except OSError as exc:
        raise OutputError(f"{option} „{given}“ lässt sich nicht lesen: {exc.strerror}.") from exc
    if names and not any(name in names for name in _EARLIER_OUTPUT):
        raise OutputError(f"{option} „{given}“ ist nicht leer und stammt nicht von einem "
                          "früheren Build. Damit nichts verloren geht, ersetzt der Build ihn "
                          "nicht: wähle einen leeren oder neuen Ordner.")


@contextlib.contextmanager
def staged_outputs(root: Path, targets: dict[str, Path],
                   seeded: tuple[str, ...] = ()) -> Iterator[dict[str, Path]]:
    """Fresh folders beside each target, swapped in only when the block ends without error.

    `seeded` names targets whose current content is copied into the fresh folder first
    (the print bundle reuses unchanged PDFs)."""
    check_targets(root, targets)
    staged: dict[str, Path] = {}
    try:
        for option, target in targets.items():
            staged[option] = _fresh_folder(Path(target))
            if option in seeded and Path(target).is_dir():
                _copy_into(Path(target), staged[option])
        yield dict(staged)
        for folder in staged.values():
            (folder / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
        for option, target in targets.items():
            _swap_in(staged.pop(option), Path(target))
    except OSError as exc:
        raise OutputError(_os_message(exc)) from exc
    finally:
        for folder in staged.values():
            shutil.rmtree(folder, ignore_errors=True)


def _fresh_folder(target: Path) -> Path:
    parent = Path(os.path.abspath(target)).parent
    parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(parent, target.name)
    folder = parent / f".{target.name}.neu-{os.getpid()}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    return folder


def _copy_into(source: Path, folder: Path) -> None:
    """Copy a tree; unlike shutil.copytree, the first error is raised as it is (ENOSPC …)."""
    for directory, subfolders, files in os.walk(source):
        place = folder / Path(directory).relative_to(source)
        for name in subfolders:
            (place / name).mkdir()
        for name in files:
            shutil.copy2(Path(directory) / name, place / name, follow_symlinks=False)


def _remove_leftovers(parent: Path, name: str) -> None:
    """Folders of builds that were killed: their process no longer runs."""
    for pattern in (f".{name}.neu-*", f".{name}.alt-*"):
        for folder in parent.glob(pattern):
            pid = folder.name.rsplit("-", 1)[-1]
            if pid.isdigit() and not _running(int(pid)):
                shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _swap_in(new: Path, target: Path) -> None:
    """Put `new` in the place of `target` with one rename; the old content is removed."""
    if not target.exists():
        new.rename(target)
        return
    if _exchange(new, target):
        shutil.rmtree(new, ignore_errors=True)  # now holds the old content
        return
    old = target.with_name(f".{target.name}.alt-{os.getpid()}")
    target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    libc_name = ctypes.util.find_library("c")
    libc = ctypes.CDLL(libc_name, use_errno=True) if libc_name else None
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd = -100
    if renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second),
                 _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _os_message(exc: OSError) -> str:
    where = f" ({exc.filename})" if exc.filename else ""
    reasons = {errno.ENOSPC: "Der Speicherplatz reicht nicht", errno.EROFS:
               "Der Ordner ist schreibgeschützt", errno.EACCES: "Keine Schreibrechte",
               errno.EPERM: "Keine Schreibrechte", errno.EDQUOT: "Das Speicherkontingent ist "
               "erschöpft", errno.ENOENT: "Der Ordner lässt sich dort nicht anlegen"}
    reason = reasons.get(exc.errno, exc.strerror or str(exc))
    return (f"Die Ausgabe ließ sich nicht schreiben{where}: {reason}. Die bisherige Ausgabe "
            "ist unverändert. Prüfe den Pfad und die Rechte, schaffe Platz oder wähle einen "
            "anderen Ordner und starte erneut.")
