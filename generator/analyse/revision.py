"""An earlier state of the data root from Git, unpacked into a temporary folder."""

from __future__ import annotations

import contextlib
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path


class RevisionError(Exception):
    """The revision cannot be read: not a Git repository, unknown revision, no data there."""


def _git(root: Path, *args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True,
                              check=False)
    except FileNotFoundError:
        raise RevisionError("Git ist nicht installiert; --since braucht Git.") from None


def _locate(root: Path) -> tuple[Path, str]:
    """The repository's top folder and the data root's path inside it."""
    done = _git(root, "rev-parse", "--show-toplevel", "--show-prefix")
    if done.returncode != 0:
        raise RevisionError(f"{root} liegt in keinem Git-Repository. Nutze --compare mit "
                            "einem gespeicherten Bericht.")
    top, prefix = (done.stdout.decode().split("\n") + ["", ""])[:2]
    return Path(top), prefix.strip()


def _inside_only(member: tarfile.TarInfo, destination: str) -> tarfile.TarInfo | None:
    """The "data" filter, except that a link leading out of the tree is left out instead of
    ending the command: the data root never follows such a link (check refuses it)."""
    try:
        return tarfile.data_filter(member, destination)
    except (tarfile.AbsoluteLinkError, tarfile.LinkOutsideDestinationError):
        return None


@contextlib.contextmanager
def checkout(root: Path, revision: str) -> Iterator[Path]:
    """The data root as it was at `revision`, as a temporary folder."""
    top, prefix = _locate(root)
    if _git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").returncode:
        raise RevisionError(f"Den Stand „{revision}“ gibt es in diesem Git-Repository nicht. "
                            "Nenne einen Commit, einen Tag oder einen Branch (z. B. HEAD~1).")
    with tempfile.TemporaryDirectory(prefix="bericht-") as folder:
        archive = Path(folder) / "stand.tar"
        paths = [prefix] if prefix else []
        done = _git(top, "archive", "--format=tar", f"--output={archive}", revision, *paths)
        if done.returncode != 0:
            raise RevisionError(f"Im Stand „{revision}“ gibt es den Datenordner {prefix or '.'} "
                                "nicht.")
        try:
            with tarfile.open(archive) as tar:
                tar.extractall(Path(folder) / "tree", filter=_inside_only)
        except (tarfile.TarError, OSError) as exc:
            raise RevisionError(f"Der Stand „{revision}“ lässt sich nicht auspacken ({exc}). "
                                "Vergleiche mit einem anderen Stand oder nutze --compare.") \
                from None
        data_root = Path(folder) / "tree" / prefix
        if not (data_root / "network.yaml").is_file():
            raise RevisionError(f"Im Stand „{revision}“ fehlt network.yaml im Datenordner.")
        yield data_root
