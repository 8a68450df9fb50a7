"""Adversarial data cannot make the duplicate check quadratic: a block of hundreds of
near-identical offers (one category, one town, one class band) is compared in title order
only, the copies are still found, and the report says where it compared less
("Vergleich begrenzt")."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator.analyse.blocking import MAX_BLOCK, WINDOW
from generator.analyse.report import build_report
from generator.render.report_text import render_text
from generator.validate.check import check_data_root

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 11, 24)
COPIES = 2 * MAX_BLOCK + 20

OFFER = """\
id: kurs-{n:04d}
provider: traeger-a
title: Bewerbungstraining am Nachmittag Gruppe {n}
summary: Du übst Anschreiben, Lebenslauf und Vorstellungsgespräch in Gruppe {n}.
category: bewerbung
target:
  classes: [9, 10]
  audiences: [schueler]
municipalities: ["05799004"]
contact: traeger-a/beratung
url: https://traeger-a.example.org/kurs-{n}
valid_from: 2026-08-01
valid_until: 2027-07-31
last_reviewed: 2026-10-01
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("capped") / "root"
    shutil.copytree(FIXTURES / "mini", root)
    folder = root / "offers" / "traeger-a"
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(COPIES):
        (folder / f"kurs-{n:04d}.yaml").write_text(OFFER.format(n=n), encoding="utf-8")
    # one exact copy hidden in the crowd
    (folder / "kurs-kopie.yaml").write_text(
        OFFER.format(n=7).replace("id: kurs-0007", "id: kurs-kopie"), encoding="utf-8")
    checked = check_data_root(root, TODAY)
    assert checked.ok, checked.findings.errors[:3]
    return build_report(checked.dataset, TODAY)


def test_a_huge_block_is_compared_linearly(report):
    offers = COPIES + 1
    assert report.duplicates.candidates <= offers * WINDOW * 2  # two bands, not all pairs
    assert report.duplicates.candidates < offers * (offers - 1) // 2 // 10


def test_copies_in_the_block_are_still_found(report):
    pairs = {(f.offers, f.code) for f in report.findings if f.code.startswith("duplicate-")}
    assert (("kurs-0007", "kurs-kopie"), "duplicate-exact") in pairs


def test_the_report_says_where_it_compared_less(report):
    capped = [f for f in report.findings if f.code == "comparison-capped"]
    assert capped and all(f.severity == "warning" for f in capped)
    assert {f.band for f in capped} == {"9–10"}
    assert capped[0].municipalities == ("05799004",)
    message = capped[0].message
    assert message.startswith(f"Vergleich begrenzt: In Testheim gibt es {COPIES + 1} aktuelle")
    assert f"nur mit den {WINDOW} Angeboten" in message
    text = render_text(report.as_dict())
    assert "Vergleich begrenzt" in text
