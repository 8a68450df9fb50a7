"""Page size budget of the list pages: class, topic, town and situation pages and the quality
page must stay under 300 KB of HTML at 10,000 offers (issues 13 and 14).

    python bench/synthetic.py --offers 10000 --out /tmp/kreis-10k
    nice python bench/page_sizes.py --root /tmp/kreis-10k --out /tmp/kreis-10k-site

Builds the website without handouts (mkdocs, the real HTML) and prints the largest page of
each kind. Exit code 1 when one is over the budget.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
from pathlib import Path

BUDGET = 300 * 1024
KINDS = {"klassen": "Klasse", "themen": "Thema", "orte": "Ort", "lebenslagen": "Lebenslage",
         "partner": "Partner", "angebote": "Angebot"}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--today", default="2026-11-24")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from generator.render.site.build import run_mkdocs
    from generator.render.site.site_files import generate_site
    from generator.validate.check import check_data_root

    today = dt.date.fromisoformat(args.today)
    checked = check_data_root(args.root, today)
    if not checked.ok:
        print("Die Daten haben Fehler.", file=sys.stderr)
        return 2
    repo = Path(__file__).resolve().parent.parent
    if not (args.root / "mkdocs.yml").is_file():  # a synthetic district: the demo's site files
        shutil.copy(repo / "mkdocs.yml", args.root)
        shutil.copytree(repo / "docs", args.root / "docs", dirs_exist_ok=True)
    run_mkdocs(args.root, args.out, generate_site(checked.dataset, today), today)
    over = False
    for folder, label in KINDS.items():
        pages = [p for p in (args.out / folder).rglob("index.html") if p.parent != args.out / folder]
        if not pages:
            continue
        largest = max(pages, key=lambda p: p.stat().st_size)
        size = largest.stat().st_size
        limited = folder in ("klassen", "themen", "orte", "lebenslagen")
        over |= limited and size > BUDGET
        print(f"{label:<11} {len(pages):>6} Seiten, größte {size / 1024:7.1f} KB  "
              f"{largest.relative_to(args.out).parent}/"
              f"{'  ÜBER DEM BUDGET' if limited and size > BUDGET else ''}")
    quality = args.out / "qualitaet" / "index.html"
    if quality.is_file():  # one page for the steering group, same budget (issue 14)
        size = quality.stat().st_size
        over |= size > BUDGET
        print(f"{'Qualität':<11} {1:>6} Seite,  größte {size / 1024:7.1f} KB  qualitaet/"
              f"{'  ÜBER DEM BUDGET' if size > BUDGET else ''}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
