"""Time the quality report at scale: python bench/report_bench.py [--offers 10000 100000]
[--keep FOLDER].

For each size a synthetic data root is written (bench/synthetic.py), checked and loaded,
then the duplicate detection and the whole report (all analyses plus JSON) are timed, and
the size of the website's quality page is measured.
Goals on the 2-core reference machine: 10k offers < 5 s, 100k offers < 60 s for the report;
the quality page under 300 KB at 10k offers (issue 13's page budget).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import generate  # noqa: E402
from generator.analyse.duplicates import detect_duplicates  # noqa: E402
from generator.analyse.report import build_report  # noqa: E402
from generator.gc_pause import off_until_exit  # noqa: E402
from generator.load import strict_yaml  # noqa: E402
from generator.render.report_formats import write_report_json  # noqa: E402
from generator.render.site.quality_page import quality_pages  # noqa: E402
from generator.validate.check import check_data_root  # noqa: E402

TODAY = dt.date(2026, 12, 1)
GOALS = {10_000: 5.0, 100_000: 60.0}


def timed(action):
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


# A 100k-offer district lists thousands of municipalities and schools: its network.yaml is
# larger than the loader allows a partner-edited file to be. The benchmark lifts that limit.
strict_yaml.MAX_FILE_BYTES = 64 * 1024 * 1024


def peak_mib(who=resource.RUSAGE_SELF) -> int:
    """Peak resident memory so far (Linux reports KiB): of this process, or of the forked
    worker that judges part of the pairs (RUSAGE_CHILDREN; it shares most pages with this
    process until it writes to them)."""
    return resource.getrusage(who).ru_maxrss // 1024


def synthetic_root(size: int, keep: Path | None, folder: Path,
                   distinct: bool = False) -> tuple[Path, float]:
    """A synthetic data root of `size` offers: written into `folder`, or kept in `keep`
    (written there once, then reused: writing 100k offers takes minutes)."""
    name = f"kreis-{size}" + ("-verschieden" if distinct else "")
    root = keep / name if keep else folder / "daten"
    if keep and (root / "network.yaml").exists():
        return root, 0.0
    source = Path(__file__).resolve().parent.parent
    return root, timed(lambda: generate(source, root, size, distinct))[1]


def run(size: int, keep: Path | None = None, distinct: bool = False) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-report-") as folder:
        root, seconds_write = synthetic_root(size, keep, Path(folder), distinct)
        result, seconds_check = timed(lambda: check_data_root(root, TODAY))
        if not result.ok:
            raise SystemExit(f"synthetic data has errors: {result.findings.errors[:3]}")
        duplicates, seconds_duplicates = timed(lambda: detect_duplicates(result.dataset, TODAY))
        candidates, found = duplicates.candidates, len(duplicates.pairs)
        del duplicates
        out = Path(folder) / "bericht.json"

        def report_json():  # as `report --format json --out bericht.json` does it
            off_until_exit()
            report = build_report(result.dataset, TODAY, json_form=True)
            with out.open("w", encoding="utf-8", newline="") as stream:
                write_report_json(report, stream)
            return report

        report, seconds_report = timed(report_json)
        gc.enable()  # this process goes on
        json_bytes, peak = out.stat().st_size, peak_mib()
        worker = peak_mib(resource.RUSAGE_CHILDREN)
        page = "".join(quality_pages(result.dataset, report.as_dict()).values())
        wordings = len({(o.title, o.summary, o.description) for o in result.dataset.offers.values()})
    goal = GOALS.get(size)
    verdict = "" if goal is None else (" ok" if seconds_report < goal else " ZU LANGSAM") + \
        f" (Ziel < {goal:.0f} s)"
    print(f"{size:>7} Angebote ({wordings} verschiedene Texte): schreiben {seconds_write:6.1f} s, "
          f"laden+prüfen "
          f"{seconds_check:6.1f} s, Dubletten {seconds_duplicates:6.1f} s "
          f"({candidates} Kandidatenpaare, {found} Funde), "
          f"ganzer Bericht {seconds_report:6.1f} s{verdict}, JSON {json_bytes // 1024} KiB, "
          f"Spitzenspeicher bis dahin {peak} MiB (Ziel < 1536 MiB; Arbeitsprozess {worker} MiB), "
          f"Qualitätsseite {len(page.encode()) // 1024} KiB (Ziel < 300 KB)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--keep", type=Path, default=None, metavar="ORDNER",
                        help="synthetische Daten hier behalten und wiederverwenden")
    parser.add_argument("--distinct-wording", action="store_true",
                        help="keine zwei Angebote mit demselben Text: die Kopien des Demo-Kreises "
                             "wiederholen sonst jeden Text, der keinen Ort nennt")
    args = parser.parse_args(argv)
    for size in args.offers:
        run(size, args.keep, args.distinct_wording)
    return 0


if __name__ == "__main__":
    sys.exit(main())
