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
