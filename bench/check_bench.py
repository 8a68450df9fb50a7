"""`python -m generator check` against a bare libyaml parse of the same files, as a district grows.

    nice .venv/bin/python bench/check_bench.py [--sizes 1000 10000 100000] [--rounds 3] [--keep DIR]

Synthetic data roots from bench/synthetic.py (the demo district scaled up). Per size, the two
commands run alternately in fresh processes (A B A B …): wall time medians, the median of the
per-round ratios, and each side's peak memory. Goals: check at 100k offers under 1 GiB peak.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from paired import load, paired  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def make_root(offers: int, out: Path) -> None:
    if (out / "network.yaml").is_file():
        return
    subprocess.run([sys.executable, str(REPO / "bench" / "synthetic.py"), "--offers",
                    str(offers), "--out", str(out)], check=True, stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None,
                        help="folder for the synthetic roots (reused on the next run)")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="check-bench-"))
    print(f"# {load()}")
    print("| offers | check s | libyaml s | ratio | check peak MiB | libyaml peak MiB | "
          "check KiB/offer |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        root = base / f"offers-{size}"
        make_root(size, root)
        check = [sys.executable, "-m", "generator", "check", "--root", str(root), "--format",
                 "json", "--today", "2026-11-24"]
        bare = [sys.executable, str(REPO / "bench" / "bare_parse.py"), str(root)]
        a, b, ratio = paired(check, bare, args.rounds, env={"PYTHONPATH": str(REPO)})
        print(f"| {size} | {a.median:.2f} | {b.median:.2f} | {ratio:.2f} | {a.peak_mib:.0f} | "
              f"{b.peak_mib:.0f} | {a.peak_mib * 1024 / size:.1f} |", flush=True)


if __name__ == "__main__":
    main()
