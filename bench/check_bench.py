"""How long `python -m generator check` takes as a district grows.

Usage: .venv/bin/python bench/check_bench.py [--sizes 1000 10000 100000] [--keep DIR]

Builds synthetic data roots with bench/synthetic.py (the demo district scaled up), then runs the
real command in a fresh process per size and prints wall time, time per offer and peak memory.
Goal: linear growth; 10k offers in under 10 s on the 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def make_root(offers: int, out: Path) -> None:
    if (out / "network.yaml").is_file():
        return
    subprocess.run([sys.executable, str(REPO / "bench" / "synthetic.py"), "--offers",
                    str(offers), "--out", str(out)], check=True, stdout=subprocess.DEVNULL)


def timed_check(root: Path) -> tuple[float, float, int]:
    """Wall seconds, peak resident MiB and exit code of one check run."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "generator", "check", "--root", str(root),
                             "--format", "json"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return seconds, peak, result.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--keep", type=Path, default=None,
                        help="folder for the synthetic roots (reused on the next run)")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="check-bench-"))
    print(f"{'offers':>8} {'seconds':>8} {'ms/offer':>9} {'peak MiB':>9} exit")
    for size in args.sizes:
        root = base / f"offers-{size}"
        make_root(size, root)
        seconds, peak, code = timed_check(root)
        print(f"{size:>8} {seconds:>8.2f} {seconds / size * 1000:>9.3f} {peak:>9.0f} {code:>4}",
              flush=True)


if __name__ == "__main__":
    main()
