"""A no-op `build` against a cold site-only build, on the demo district.

    nice .venv/bin/python bench/noop_bench.py [--rounds 3] [--work /tmp/noop-bench]

The demo is copied once and built once in full (all handouts rendered, caches filled). Then,
each in a fresh process and alternately (A B A B …):
A. `python -m generator build` again with nothing changed (the no-op);
B. a cold site-only build: check, pages and mkdocs, no handouts, into an empty folder.
Bar: the median of the per-round ratios A/B at most 0.3.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from paired import load, paired, run  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
TODAY = "2026-11-24"


def copy_demo(root: Path) -> None:
    if (root / "network.yaml").exists():
        return
    for name in ("network.yaml", "partners", "offers", "docs"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")


def site_only(root: Path, out: Path) -> None:
    """Phase B in its own process: check, pages, mkdocs; no handouts."""
    import datetime as dt

    from generator.render.site.build import run_mkdocs
    from generator.render.site.site_files import generate_site
    from generator.render.site_config import read_site_url
    from generator.validate.check import check_data_root

    today = dt.date.fromisoformat(TODAY)
    shutil.rmtree(out, ignore_errors=True)
    checked = check_data_root(root, today)
    assert checked.ok
    run_mkdocs(root, out, generate_site(checked.dataset, today, site_url=read_site_url(root)),
               today)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/noop-bench"))
    parser.add_argument("--site-only", type=Path, nargs=2, metavar=("ROOT", "OUT"))
    args = parser.parse_args()
    if args.site_only:
        sys.path.insert(0, str(REPO))
        site_only(*args.site_only)
        return
    root = args.work / "demo"
    root.mkdir(parents=True, exist_ok=True)
    copy_demo(root)
    build = [sys.executable, "-m", "generator", "build", "--root", str(root), "--today", TODAY,
             "--out", str(args.work / "site"), "--print-out", str(args.work / "print")]
    env = {"PYTHONPATH": str(REPO)}
    first, _ = run(build, env=env)  # renders every handout once
    cold = [sys.executable, __file__, "--site-only", str(root), str(args.work / "site-only")]
    noop, site, ratio = paired(build, cold, args.rounds, env=env)
    print(f"# {load()}")
    print("| first full build s | no-op build s | cold site-only s | ratio |")
    print("|---:|---:|---:|---:|")
    print(f"| {first:.1f} | {noop.median:.1f} | {site.median:.1f} | {ratio:.2f} |")


if __name__ == "__main__":
    main()
