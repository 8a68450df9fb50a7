"""Website benchmark: the generator's build against a plain mkdocs-material build of the
same pages, and against Hugo when it is installed (Debian: apt-get install hugo).

    nice .venv/bin/python bench/site_bench.py --offers 1000 10000 [--rounds 3] [--work DIR]

For each size: synthetic data (bench/synthetic.py), then per round, each in a fresh process
(A B C A B C …):
A. generator: check, quality report, page generation, mkdocs with the plugin;
B. plain: the same Markdown files and assets built by mkdocs-material with the same theme
   overrides and navigation (offers outside it) but without the plugin;
C. Hugo: the same pages (front matter, title, HTML body) with a minimal layout.
Ratios are medians of the per-round ratios; A counts page generation and mkdocs (check and
quality report are shown apart: they run once per build whatever builds the pages). Also
printed: the largest class, topic, town and quality page (budget 300 KB at 10k offers).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
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


HUGO_LAYOUT = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>{{ .Title }} - {{ site.Title }}</title><link rel="stylesheet" href="/assets/aw/site.css">
</head><body><nav><ul>{{ range site.Menus.main }}<li><a href="{{ .URL }}">{{ .Name }}</a></li>
{{ end }}</ul></nav><main>{{ .Content }}</main></body></html>
"""


def phase_hugo(root: Path, out: Path) -> dict:
    """The generator's Markdown pages as a Hugo site (raw HTML allowed), built by hugo."""
    source = out.parent / "hugo-src"
    shutil.rmtree(source, ignore_errors=True)
    content = source / "content"
    for page in (out.parent / "plain-docs").rglob("*.md"):
        relative = page.relative_to(out.parent / "plain-docs")
        name = "_index.md" if relative.name == "index.md" else relative.name
        target = content / relative.parent / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, target)
    for layout in ("single.html", "list.html"):
        (source / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
        (source / "layouts" / "_default" / layout).write_text(HUGO_LAYOUT, encoding="utf-8")
    menu = json.loads((out.parent / "nav.json").read_text())
    entries = "".join(f'[[menu.main]]\nname = "{title}"\nurl = "/{_hugo_url(path)}"\n'
                      for title, path in _nav_pages(menu))
    (source / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "Angebotswegweiser"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n'
        "[markup.goldmark.renderer]\nunsafe = true\n" + entries, encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(["hugo", "--quiet", "-s", str(source), "-d", str(out)], check=True)
    return {"hugo_s": time.perf_counter() - started}


def _nav_pages(nav: list) -> list[tuple[str, str]]:
    """The (title, Markdown path) leaves of a mkdocs nav, sections flattened in order."""
    pages = []
    for item in nav:
        for title, value in item.items():
            pages += _nav_pages(value) if isinstance(value, list) else [(title, value)]
    return pages


def _hugo_url(markdown_path: str) -> str:
    if markdown_path.endswith("index.md"):
        return markdown_path.removesuffix("index.md")
    return markdown_path.removesuffix(".md") + "/"


def sizes(site: Path) -> dict:
    def largest_kb(pattern: str) -> float:
        return max((p.stat().st_size for p in site.glob(pattern)), default=0) / 1024

    offer_pages = [p.stat().st_size for p in (site / "angebote").rglob("index.html")]
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    index = (site / "assets" / "aw" / "suchindex.json").stat().st_size
    return {"offer_pages": len(offer_pages), "offer_max_kb": max(offer_pages) / 1024,
            "site_mb": total / 1e6, "search_index_mb": index / 1e6,
            "class_kb": largest_kb("klassen/**/index.html"),
            "topic_kb": largest_kb("themen/**/index.html"),
            "town_kb": largest_kb("orte/**/index.html"),
            "quality_kb": largest_kb("qualitaet/**/index.html")}


def run_phase(name: str, root: Path, out: Path) -> dict:
    result = subprocess.run([sys.executable, __file__, "--phase", name, "--root", str(root),
                             "--out", str(out)], check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--offers", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/site-bench"))
    parser.add_argument("--phase", choices=["generator", "plain", "hugo"])
    parser.add_argument("--root", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.phase:
        phases = {"generator": phase_generator, "plain": phase_plain, "hugo": phase_hugo}
        result = phases[args.phase](args.root, args.out)
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    hugo = shutil.which("hugo") is not None
    print("# load average " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    print("| offers | pages | check s | report s | pages s | mkdocs+plugin s | plain mkdocs s "
          "| ratio to plain | hugo s | ratio to hugo | max offer KB | max class KB | max topic KB "
          "| max town KB | quality KB | site MB | peak RSS MB |")
    print("|" + "---|" * 17)
    for offers in args.offers:
        log(f"{offers} Angebote: Daten …")
        root = prepare(offers, args.work)
        work = args.work / f"run-{offers}"
        work.mkdir(parents=True, exist_ok=True)
        gens, plains, hugos, to_plain, to_hugo = [], [], [], [], []
        for round_ in range(args.rounds):
            log(f"{offers} Angebote, Runde {round_ + 1}: Generator, mkdocs allein, Hugo …")
            gen = run_phase("generator", root, work / "site")
            plain = run_phase("plain", root, work / "plain-site")
            site_s = gen["pages_s"] + gen["mkdocs_s"]
            gens.append(gen)
            plains.append(plain["mkdocs_s"])
            to_plain.append(site_s / plain["mkdocs_s"])
            if hugo:
                hugo_s = run_phase("hugo", root, work / "hugo-site")["hugo_s"]
                hugos.append(hugo_s)
                to_hugo.append(site_s / hugo_s)
        size = sizes(work / "site")
        gen = {key: statistics.median(g[key] for g in gens) for key in gens[0]}
        hugo_cells = (f"{statistics.median(hugos):.1f} | {statistics.median(to_hugo):.1f}"
                      if hugo else "– | –")
        print(f"| {offers} | {gen['pages']:.0f} | {gen['check_s']:.1f} | {gen['report_s']:.1f} | "
              f"{gen['pages_s']:.1f} | {gen['mkdocs_s']:.1f} | {statistics.median(plains):.1f} | "
              f"{statistics.median(to_plain):.2f} | {hugo_cells} | {size['offer_max_kb']:.1f} | "
              f"{size['class_kb']:.0f} | {size['topic_kb']:.0f} | {size['town_kb']:.0f} | "
              f"{size['quality_kb']:.0f} | {size['site_mb']:.0f} | "
              f"{max(g['peak_rss_mb'] for g in gens):.0f} |", flush=True)


if __name__ == "__main__":
    main()
