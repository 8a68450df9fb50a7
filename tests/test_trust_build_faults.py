"""A failed build never damages the live site: real builds of a small data root, killed at
several moments, on a read-only and on a full file system; output folders that hold data are
refused before anything is written."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.site_support import REPO

FIXTURE = REPO / "tests" / "fixtures" / "handouts"
TODAY = "2026-11-24"


def make_root(folder: Path) -> Path:
    root = folder / "root"
    shutil.copytree(FIXTURE, root)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "docs", root / "docs", dirs_exist_ok=True)
    return root


def command(root: Path, out: Path, print_out: Path) -> list[str]:
    return [sys.executable, "-m", "generator", "build", "--root", str(root), "--out", str(out),
            "--print-out", str(print_out), "--today", TODAY]


ENV = {**os.environ, "PYTHONPATH": str(REPO)}


def run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(args, env=ENV, capture_output=True, text=True, timeout=1200)


def snapshot(*folders: Path) -> dict[str, str]:
    """Every file below the folders with its SHA-256: the state a visitor would get."""
    files = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                files[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if ".neu-" in p.name or ".alt-" in p.name)


def change_an_offer(root: Path) -> None:
    path = root / "offers" / "bildungswerk-test" / "bewerbungstraining-herbst.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: ", "title: Neu ", 1), encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A data root with a complete earlier build in site/ and print/."""
    folder = tmp_path_factory.mktemp("faults")
    root = make_root(folder)
    out, print_out = folder / "site", folder / "print"
    result = run(command(root, out, print_out))
    assert result.returncode == 0, result.stderr
    return root, out, print_out


def test_an_unchanged_build_keeps_its_outputs_and_a_change_builds_again(built):
    """A no-op build says so and touches nothing; --force and any change build again."""
    root, out, print_out = built
    before = snapshot(out, print_out)
    inode = (out / "index.html").stat().st_ino
    result = run(command(root, out, print_out))
    assert result.returncode == 0, result.stderr
    assert "Nichts geändert seit dem letzten Build" in result.stderr
    assert snapshot(out, print_out) == before and (out / "index.html").stat().st_ino == inode
    forced = run([*command(root, out, print_out), "--force"])
    assert "Nichts geändert" not in forced.stderr and "Fertig" in forced.stderr
    assert snapshot(out, print_out) == before  # the same bytes, built again
    assert (out / "index.html").stat().st_ino != inode
    (out / "index.html").unlink()  # a damaged output is built again
    again = run(command(root, out, print_out))
    assert "Fertig" in again.stderr and snapshot(out, print_out) == before


def workers_of(root: Path) -> list[str]:
    """Processes still running a build of this root (the main process or its workers)."""
    found = subprocess.run(["pgrep", "-f", "--", f"--root {root}"], capture_output=True, text=True)
    return found.stdout.split()


def start_and_kill(root: Path, out: Path, print_out: Path, after: str | None, delay: float,
                   sig: int = signal.SIGKILL) -> subprocess.Popen:
    """Start a build; once stderr shows `after` (or at once), wait `delay` s, send `sig`."""
    process = subprocess.Popen(command(root, out, print_out), env=ENV, text=True,
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    if after is not None:
        for line in process.stderr:
            if after in line:
                break
    time.sleep(delay)
    process.send_signal(sig)
    process.communicate(timeout=120)
    return process


# Moments inside the build, by the stage it announces: on a fast machine the handouts of the
# small root take about 2 s and mkdocs about 0.3 s (1 December 2026), so each kill lands before
# the new site is published; the test checks that the build was still running when killed.
@pytest.mark.parametrize("after, delay", [(None, 1.0), ("Baue die Website", 0.05),
                                          ("Erzeuge die Handouts", 0.5),
                                          ("Erzeuge die Handouts", 1.5)])
def test_a_killed_build_leaves_the_previous_site_intact(built, after, delay):
    root, out, print_out = built
    before = snapshot(out, print_out)
    change_an_offer(root)
    process = start_and_kill(root, out, print_out, after, delay)
    assert process.returncode == -signal.SIGKILL, "the build ended before the kill"
    deadline = time.time() + 10
    while workers_of(root) and time.time() < deadline:
        time.sleep(0.2)
    assert workers_of(root) == [], "workers outlived the killed build"
    assert snapshot(out, print_out) == before


def test_a_stopped_build_cleans_up_and_says_so(built):
    root, out, print_out = built
    before = snapshot(out, print_out)
    change_an_offer(root)
    process = start_and_kill(root, out, print_out, "Erzeuge die Handouts", 1.0, signal.SIGTERM)
    assert process.returncode == 3
    assert snapshot(out, print_out) == before
    assert leftovers(out.parent) == []
    assert workers_of(root) == []


def test_the_next_build_replaces_the_site_and_removes_what_killed_builds_left(built):
    root, out, print_out = built
    change_an_offer(root)
    result = run(command(root, out, print_out))
    assert result.returncode == 0, result.stderr
    assert leftovers(out.parent) == []
    assert "Neu" in (out / "angebote" / "bewerbungstraining-herbst" / "index.html").read_text(
        encoding="utf-8")
    assert (print_out / "manifest.csv").is_file()


@pytest.mark.parametrize("target", ["root", "offers", "partners", "docs", "repo", "parent"])
def test_an_output_folder_that_holds_data_is_refused(tmp_path, target):
    root = make_root(tmp_path)
    (tmp_path / ".git").mkdir()  # tmp_path is the repository
    out = {"root": root, "offers": root / "offers", "partners": root / "partners",
           "docs": root / "docs", "repo": tmp_path, "parent": tmp_path.parent}[target]
    before = snapshot(root)
    for args in (command(root, out, tmp_path / "print"), command(root, tmp_path / "site", out)):
        result = run(args)
        assert result.returncode == 1
        assert "wähle einen eigenen Ordner" in result.stderr or "enthält" in result.stderr
        assert "Traceback" not in result.stderr
    assert snapshot(root) == before


def test_a_foreign_folder_is_not_replaced(tmp_path):
    root = make_root(tmp_path)
    foreign = tmp_path / "eigene-dateien"
    foreign.mkdir()
    (foreign / "brief.txt").write_text("wichtig", encoding="utf-8")
    result = run(command(root, foreign, tmp_path / "print"))
    assert result.returncode == 1
    assert "stammt nicht von einem früheren Build" in result.stderr
    assert (foreign / "brief.txt").read_text(encoding="utf-8") == "wichtig"


def test_site_and_print_folder_must_not_overlap(tmp_path):
    root = make_root(tmp_path)
    result = run(command(root, tmp_path / "site", tmp_path / "site" / "print"))
    assert result.returncode == 1 and "überschneiden sich" in result.stderr


def _mount_tmpfs(folder: Path, size: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                              str(folder)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"kein eigenes Dateisystem möglich (mount: {mounted.stderr.strip()}); "
                    "der Test braucht Root-Rechte und darf tmpfs einhängen")


@pytest.fixture
def small_disk(tmp_path):
    disk = tmp_path / "disk"
    _mount_tmpfs(disk, "64m")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_a_full_disk_leaves_the_previous_site_intact(built, small_disk):
    root, out, print_out = built
    site, prints = small_disk / "site", small_disk / "print"
    shutil.copytree(out, site)
    shutil.copytree(print_out, prints)
    used = shutil.disk_usage(small_disk).used
    # room for the live site, but not for a second copy beside it
    subprocess.run(["mount", "-o", f"remount,size={used + 512 * 1024}", str(small_disk)],
                   check=True)
    before = snapshot(site, prints)
    result = run(command(root, site, prints))
    assert result.returncode == 1
    assert "Speicherplatz reicht nicht" in result.stderr, result.stderr[-600:]
    assert "unverändert" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(site, prints) == before
    assert leftovers(small_disk) == []


def test_a_read_only_disk_leaves_the_previous_site_intact(built, small_disk):
    root, out, print_out = built
    site, prints = small_disk / "site", small_disk / "print"
    shutil.copytree(out, site)
    shutil.copytree(print_out, prints)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    before = snapshot(site, prints)
    result = run(command(root, site, prints))
    assert result.returncode == 1
    assert "schreibgeschützt" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(site, prints) == before
