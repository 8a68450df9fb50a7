"""Handout cost against the number of dates one offer holds (issue 12, bounded cost).

    .venv/bin/python bench/dates_bench.py [--dates 10 200 1000 6000]

First, for each N, the offer file is written with N dates and `check` is timed: above 200
dates (validate/limits.py) it refuses the file, so the handouts never see it. Then the bench
goes around the check on purpose, gives the offer N dates in memory and renders every
handout that shows it (print variant, one process). A sheet prints at most PRINTED_DATES
dates per offer, so the time and the HTML size stay flat as N grows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.model.offer import Appointment  # noqa: E402
from generator.render.handouts.assets import find_assets  # noqa: E402
from generator.render.handouts.bundle import build_context, handout_catalogue  # noqa: E402
from generator.render.handouts.document import (  # noqa: E402
    PrintSettings,
    build_document,
    build_timestamp,
)
from generator.render.handouts.pdf import write_pdf  # noqa: E402
from generator.validate.check import check_data_root  # noqa: E402

ROOT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "mini"
OFFER = "elterninfo"
TODAY = dt.date(2026, 11, 24)


def with_dates(data, count: int) -> None:
    first = dt.date(2026, 12, 1)
    dates = [Appointment(start=first + dt.timedelta(days=i % 200), time="14 Uhr")
             for i in range(count)]
    data.offers[OFFER].__dict__["dates"] = dates  # models share their field sets: no setattr


def time_check(count: int) -> None:
    """`check` on the test district with an offer file holding `count` dates."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "root"
        shutil.copytree(ROOT, root)
        offer = root / "offers" / "traeger-b" / f"{OFFER}.yaml"
        dates = "".join(f"  - start: {dt.date(2026, 12, 1) + dt.timedelta(days=i % 200)}\n"
                        "    time: 14 Uhr\n" for i in range(count))
        offer.write_text(offer.read_text(encoding="utf-8") + "dates:\n" + dates, "utf-8")
        started = time.perf_counter()
        result = check_data_root(root, TODAY)
        codes = sorted({f.code for f in result.findings.errors}) or ["ok"]
        print(f"check {count:>6} dates ({offer.stat().st_size // 1024} KiB): "
              f"{time.perf_counter() - started:5.2f} s, {', '.join(codes)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dates", type=int, nargs="+", default=[10, 200, 1000, 6000])
    args = parser.parse_args()
    for count in args.dates:
        time_check(count)
    data = check_data_root(ROOT, TODAY).dataset
    assets, settings, created = find_assets(None), PrintSettings(), build_timestamp(TODAY)
    handouts = [h for h in handout_catalogue(data, TODAY) if OFFER in h.offer_ids]
    print(f"{len(handouts)} handouts show the offer ({', '.join(h.slug for h in handouts)})")
    for count in args.dates:
        with_dates(data, count)
        started, html, pages = time.perf_counter(), 0, 0
        for handout in handouts:
            context = build_context(data, handout, TODAY, "https://t.example.org/")
            document = build_document(context, "print", settings, created)
            html += len(document.html)
            pages += write_pdf(document, assets).pages
        print(f"{count:>6} dates: {time.perf_counter() - started:6.1f} s, "
              f"{html / 1024:7.1f} KiB HTML, {pages} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
