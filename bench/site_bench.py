"""Website benchmark: the generator's build against a plain mkdocs build of the same pages.

    .venv/bin/python bench/site_bench.py --offers 1000 10000 [--work /tmp/site-bench]

For each size: synthetic data (bench/synthetic.py), then in separate processes
1. generator: check, quality report, page generation, mkdocs with the plugin;
2. plain: the same Markdown files and assets written to a folder and built by mkdocs with the
   same theme overrides but without the plugin.
The budget is generator pages+mkdocs ≤ 1.2 × plain mkdocs; check and quality report are
reported separately (they run once per build whatever builds the pages).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TODAY = dt.date(2026, 11, 24)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def prepare(offers: int, work: Path) -> Path:
    root = work / f"data-{offers}"
    if not (root / "network.yaml").exists():
        subprocess.run([sys.executable, str(REPO / "bench" / "synthetic.py"), "--offers",
                        str(offers), "--out", str(root)], check=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "docs", root / "docs", dirs_exist_ok=True)
    return root


def phase_generator(root: Path, out: Path) -> dict:
    from generator.analyse.report import build_report
    from generator.render.site.build import run_mkdocs
    from generator.render.site.site_files import generate_site
    from generator.validate.check import check_data_root

    started = time.perf_counter()
    checked = check_data_root(root, TODAY)
    assert checked.ok, checked.findings.errors[:3]
    check_s = time.perf_counter() - started
    started = time.perf_counter()
    report = build_report(checked.dataset, TODAY)
    report_s = time.perf_counter() - started
    started = time.perf_counter()
    site = generate_site(checked.dataset, TODAY, quality_report=report)
    pages_s = time.perf_counter() - started
    started = time.perf_counter()
    run_mkdocs(root, out, site, TODAY)
    mkdocs_s = time.perf_counter() - started
    plain = out.parent / "plain-docs"
    shutil.rmtree(plain, ignore_errors=True)
    shutil.copytree(root / "docs", plain)
    site.write(plain)
    (out.parent / "nav.json").write_text(json.dumps(site.nav(
        {p.relative_to(root / "docs").as_posix() for p in (root / "docs").rglob("*.md")})))
    return {"check_s": check_s, "report_s": report_s, "pages_s": pages_s, "mkdocs_s": mkdocs_s,
            "pages": len(site.pages)}


def phase_plain(root: Path, out: Path) -> dict:
    """The same pages, assets, theme overrides and nav; mkdocs without the plugin."""
    import yaml
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator.render.site.csp import THEME_DIR, policy

    config = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    config.update(plugins=[], docs_dir=str(out.parent / "plain-docs"), site_dir=str(out),
                  nav=json.loads((out.parent / "nav.json").read_text()),
                  not_in_nav="/angebote/\n/partner/*/\n/orte/*/\n/themen/*/\n/klassen/*/\n")
    config["theme"]["custom_dir"] = str(THEME_DIR)
    config["extra"]["aw_csp"] = policy()
    config["extra_css"] = ["assets/aw/site.css"]
    config_file = out.parent / "plain-mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    started = time.perf_counter()
    build(load_config(str(config_file)))
    return {"mkdocs_s": time.perf_counter() - started}


def sizes(site: Path) -> dict:
    offer_pages = [p.stat().st_size for p in (site / "angebote").rglob("index.html")]
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    index = (site / "assets" / "aw" / "suchindex.json").stat().st_size
    return {"offer_pages": len(offer_pages), "offer_max_kb": max(offer_pages) / 1024,
            "offer_mean_kb": sum(offer_pages) / len(offer_pages) / 1024,
            "site_mb": total / 1e6, "search_index_mb": index / 1e6}


def run_phase(name: str, root: Path, out: Path) -> dict:
    result = subprocess.run([sys.executable, __file__, "--phase", name, "--root", str(root),
                             "--out", str(out)], check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--offers", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/site-bench"))
    parser.add_argument("--phase", choices=["generator", "plain"])
    parser.add_argument("--root", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.phase:
        result = (phase_generator if args.phase == "generator" else phase_plain)(args.root,
                                                                                 args.out)
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    print("| offers | pages | check s | report s | pages s | mkdocs+plugin s | plain mkdocs s "
          "| ratio | max offer page KB | site MB | search index MB | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for offers in args.offers:
        log(f"{offers} Angebote: Daten …")
        root = prepare(offers, args.work)
        work = args.work / f"run-{offers}"
        work.mkdir(parents=True, exist_ok=True)
        log(f"{offers} Angebote: Generator …")
        gen = run_phase("generator", root, work / "site")
        log(f"{offers} Angebote: mkdocs ohne Plugin …")
        plain = run_phase("plain", root, work / "plain-site")
        size = sizes(work / "site")
        ratio = (gen["pages_s"] + gen["mkdocs_s"]) / plain["mkdocs_s"]
        print(f"| {offers} | {gen['pages']} | {gen['check_s']:.1f} | {gen['report_s']:.1f} | "
              f"{gen['pages_s']:.1f} | {gen['mkdocs_s']:.1f} | {plain['mkdocs_s']:.1f} | "
              f"{ratio:.2f} | {size['offer_max_kb']:.1f} | {size['site_mb']:.0f} | "
              f"{size['search_index_mb']:.1f} | {gen['peak_rss_mb']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
