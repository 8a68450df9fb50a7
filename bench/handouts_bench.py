"""Benchmark of the handout stage: full render, cached re-run and per-handout times.

    .venv/bin/python bench/handouts_bench.py --root . [--sample N] [--jobs J]
    .venv/bin/python bench/synthetic.py --offers 10000 --out /tmp/kreis-10k
    .venv/bin/python bench/handouts_bench.py --root /tmp/kreis-10k --sample 200
    .venv/bin/python bench/handouts_bench.py --root /tmp/kreis-10k --sample 40 --kind klasse

With --sample, a fixed, evenly spread sample of the catalogue is rendered (every kind of
handout in proportion) and the full catalogue is only built up to the cache check; the full
render time is then extrapolated from the sample."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.render.handouts import bundle as bundle_module  # noqa: E402
from generator.render.handouts.bundle import build_handouts  # noqa: E402
from generator.render.site_config import read_site_url  # noqa: E402
from generator.validate.check import check_data_root  # noqa: E402


def _cpu_seconds() -> float:
    """User and system time of this process and its finished children (the render workers)."""
    own, children = (resource.getrusage(resource.RUSAGE_SELF),
                     resource.getrusage(resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 9, 1))
    parser.add_argument("--sample", type=int, default=0, help="render only N handouts")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--kind", default=None,
                        help="sample only this kind: klasse, eltern, katalog, gemeinde, angebot")
    args = parser.parse_args()

    started = time.perf_counter()
    checked = check_data_root(args.root, args.today)
    if checked.dataset is None:
        print("network.yaml unbrauchbar", file=sys.stderr)
        return 1
    data = checked.dataset
    print(f"check: {time.perf_counter() - started:.1f} s, {len(data.offers)} offers, "
          f"{len(checked.findings.errors)} errors (handouts rendered anyway for the benchmark)")
    site_url = read_site_url(args.root) if (args.root / "mkdocs.yml").is_file() \
        else "https://angebote.example.org/"

    full_catalogue = bundle_module.handout_catalogue(data, args.today)
    if args.sample:
        pool = [h for h in full_catalogue if args.kind in (None, h.kind)]
        step = max(1, len(pool) // args.sample)
        chosen = pool[::step][:args.sample]
        bundle_module.handout_catalogue = lambda *_: chosen  # render the sample only

    with tempfile.TemporaryDirectory() as out:
        out = Path(out)
        before = _cpu_seconds()
        cold = build_handouts(data, args.today, site_url, out / "print", out / "screen",
                              jobs=args.jobs)
        cpu = _cpu_seconds() - before
        warm = build_handouts(data, args.today, site_url, out / "print", out / "screen",
                              jobs=args.jobs)
        pages = sum(f.pages for f in cold.handouts)
        most = max(f.pages for f in cold.handouts)

    count = len(cold.handouts)
    per_pdf = cold.render_seconds
    cores = args.jobs or os.cpu_count()
    print(f"catalogue: {len(full_catalogue)} handouts; rendered {count} handouts = "
          f"{cold.rendered} PDFs, {pages} print pages (longest {most}), {cores} processes")
    print(f"cold: {cold.seconds:.1f} s wall, {cold.seconds / count:.3f} s per handout "
          f"(both variants, wall / handouts)")
    print(f"per PDF (one variant, one process): median {statistics.median(per_pdf):.3f} s, "
          f"p90 {statistics.quantiles(per_pdf, n=10)[-1]:.3f} s, max {max(per_pdf):.2f} s")
    cores_used = min(cores, cold.rendered)
    print(f"CPU (this process and the workers): {cpu:.1f} s, {cpu / count:.3f} s per handout; "
          f"on {cores_used} cores {cpu / count / cores_used:.3f} s per handout "
          "(independent of other load on the machine)")
    print(f"warm (nothing changed): {warm.seconds:.1f} s, {warm.rendered} rendered, "
          f"{warm.skipped} skipped")
    if args.sample:
        estimate = cold.seconds / count * len(full_catalogue)
        print(f"estimated full cold render: {estimate / 60:.1f} min for {len(full_catalogue)} "
              "handouts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
