"""Bounded cost (issue 12, point 6): limits per offer are reported by `check` with file, line,
field and the limit, no real offer reaches them, and a handout prints a bounded number of
dates however many the file holds. (Timings: bench/dates_bench.py.)"""

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.render.handouts.bundle import build_context, handout_catalogue
from generator.render.handouts.document import PrintSettings, build_document, build_timestamp
from generator.render.handouts.views import PRINTED_DATES
from generator.validate.check import check_data_root
from generator.validate.limits import MAX_DATES

REPO = Path(__file__).parent.parent
MINI = REPO / "tests" / "fixtures" / "mini"
TODAY = dt.date(2026, 11, 24)
OFFER_FILE = "offers/traeger-b/elterninfo.yaml"


def root_with_dates(tmp_path: Path, count: int) -> Path:
    root = tmp_path / f"root-{count}"
    shutil.copytree(MINI, root)
    offer = root / OFFER_FILE
    lines = ["dates:"]
    for i in range(count):
        lines.append(f"  - start: {dt.date(2026, 12, 1) + dt.timedelta(days=i % 200)}\n"
                     "    time: 14 Uhr")
    offer.write_text(offer.read_text(encoding="utf-8") + "\n".join(lines) + "\n",
                     encoding="utf-8")
    return root


def test_the_6000_date_offer_is_refused_by_check(tmp_path):
    root = root_with_dates(tmp_path, 6000)
    assert (root / OFFER_FILE).stat().st_size > 200 * 1024  # the red team's 227 KiB file
    done = subprocess.run([sys.executable, "-m", "generator", "check", "--root", str(root)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"{OFFER_FILE}:12:1: error limit-list: [dates] Die Liste hat 6000 Termine, erlaubt "
        "sind höchstens 200. Nenne nur die nächsten Termine oder beschreibe regelmäßige "
        "Zeiten im Feld schedule (z. B. „Jeden Dienstag 15 bis 17 Uhr“).",
        f"{OFFER_FILE}:12:1: error limit-text: [dates] Die Datei enthält 96155 Zeichen "
        "(Texte und Werte), davon 96000 in diesem Feld; erlaubt sind höchstens 30000 je "
        "Datei. Kürze die Texte; Einzelheiten gehören auf die eigene Website (Feld url)."]


def test_an_offer_over_a_limit_never_reaches_the_handouts(tmp_path):
    result = check_data_root(root_with_dates(tmp_path, MAX_DATES + 1), TODAY)
    assert not result.ok
    assert "elterninfo" not in result.dataset.offers
    assert [f.code for f in result.findings.items] == ["limit-list"]


@pytest.mark.parametrize("root", [REPO, MINI], ids=["demo", "mini"])
def test_real_offers_stay_far_below_the_limits(root):
    findings = check_data_root(root, TODAY).findings.items
    assert [f for f in findings if f.code.startswith("limit-")] == []


def _sheet_html(root: Path) -> dict[str, str]:
    data = check_data_root(root, TODAY).dataset
    created, settings = build_timestamp(TODAY), PrintSettings()
    return {h.slug: build_document(build_context(data, h, TODAY, "https://t.example.org/"),
                                   "print", settings, created).html
            for h in handout_catalogue(data, TODAY) if "elterninfo" in h.offer_ids}


def test_handouts_print_a_bounded_number_of_dates(tmp_path):
    few, many = _sheet_html(root_with_dates(tmp_path, 3)), _sheet_html(
        root_with_dates(tmp_path, MAX_DATES))
    assert few.keys() == many.keys() and len(many) > 3
    for slug, html in many.items():
        assert html.count("14 Uhr") <= 2 * PRINTED_DATES, slug  # the HTML is bounded ...
        assert len(html) < len(few[slug]) + 2_000, slug  # ... and about as long as with 3
    offer_sheet = many["angebot-elterninfo"]
    assert f"und {MAX_DATES - PRINTED_DATES} weitere Termine (alle auf der Website)" \
        in offer_sheet
    assert "und 197 weitere Termine" in many["schule-realschule-testheim-klasse-8"]
