"""The background work `mkdocs serve` forks (search index, open data, quality page) ends with
the serve process, even when that is killed: at 10k offers each such process holds a gigabyte."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Forks from a thread, as serve does after each build, then waits to be killed.
PARENT = """
import threading, time
from generator.render.site.background import in_forked_process
futures = []
thread = threading.Thread(target=lambda: futures.append(in_forked_process(lambda: time.sleep(60))))
thread.start(); thread.join()
from generator.render.site import background
print(*background.running_pids(), flush=True)
time.sleep(60)
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat").read_text().split()[2] if Path(f"/proc/{pid}").exists() \
        else "X"
    return state not in ("Z", "X")


def test_forked_work_ends_when_serve_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", PARENT], cwd=REPO, text=True,
                              stdout=subprocess.PIPE)
    children = [int(pid) for pid in parent.stdout.readline().split()]
    assert children and all(alive(pid) for pid in children)
    parent.send_signal(signal.SIGKILL)
    parent.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(pid) for pid in children)


# Makes its serve folders as serve does, prints them, then waits to be killed.
FOLDERS = """
from generator.render.site.serve_temp import serve_folder
print(serve_folder("serve"), serve_folder("refresh"), flush=True)
import time; time.sleep(60)
"""


def start_folder_maker(tmp_path: Path) -> tuple[subprocess.Popen, list[Path]]:
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": str(REPO)}
    maker = subprocess.Popen([sys.executable, "-c", FOLDERS], cwd=REPO, text=True, env=env,
                             stdout=subprocess.PIPE)
    return maker, [Path(name) for name in maker.stdout.readline().split()]


def test_a_new_serve_removes_the_folders_a_killed_serve_left(tmp_path):
    killed, killed_folders = start_folder_maker(tmp_path)
    running, running_folders = start_folder_maker(tmp_path)
    try:
        (killed_folders[0] / "index.html").write_text("<html>", encoding="utf-8")
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=10)
        # a link with the pattern's name must not lead the clean-up anywhere
        keep = tmp_path / "keep"
        keep.mkdir()
        (keep / "file").write_text("x", encoding="utf-8")
        (tmp_path / "angebotswegweiser-serve-999999999-link").symlink_to(keep)
        assert all(folder.is_dir() for folder in killed_folders + running_folders)

        third, third_folders = start_folder_maker(tmp_path)
        third.kill()
        third.wait(timeout=10)

        assert not any(folder.exists() for folder in killed_folders)
        assert all(folder.is_dir() for folder in running_folders)
        assert (keep / "file").exists()
    finally:
        running.kill()
        running.wait(timeout=10)
