"""Peak memory of a command together with every process it forks (Linux).

    nice .venv/bin/python bench/tree_memory.py .venv/bin/python bench/report_bench.py --offers 100000

`/usr/bin/time` reports the largest single process. The report forks a worker that shares most
pages with its parent, so adding both RSS figures would count shared pages twice. This script
samples, every 0.3 s, the sum of PSS over the command's process tree (a shared page counts once,
split between the processes sharing it) and prints the peak of that sum.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path


def children(pid: int) -> list[int]:
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(child) for child in (task / "children").read_text().split()]
    except OSError:
        pass
    return found


def process_tree(pid: int) -> list[int]:
    pending, tree = [pid], []
    while pending:
        current = pending.pop()
        tree.append(current)
        pending += children(current)
    return tree


def pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def main() -> None:
    command = subprocess.Popen(sys.argv[1:])
    peak, processes = 0, 0
    while command.poll() is None:
        tree = process_tree(command.pid)
        total = sum(pss_kib(pid) for pid in tree)
        if total > peak:
            peak, processes = total, len(tree)
        time.sleep(0.3)
    print(f"peak PSS of the process tree: {peak / 1024:.0f} MiB ({processes} processes)",
          file=sys.stderr)
    sys.exit(command.returncode)


if __name__ == "__main__":
    main()
