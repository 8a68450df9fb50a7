"""The website's quality page stays a page a steering group can read, also for a big district:
double structures as questions, pairs as cards on a phone, and the matrix table only with the
municipalities that have a gap or an over-supply once there are too many to show."""

import copy
import datetime as dt
import re
from pathlib import Path

import pytest

from generator.analyse.report import build_report
from generator.render.site.quality_page import MAX_MAP_PLACES, coverage_map, quality_pages
from generator.validate.check import check_data_root

REPO = Path(__file__).parent.parent
TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo():
    data = check_data_root(REPO, TODAY).dataset
    report = build_report(data, TODAY).as_dict()
    [(_, page)] = quality_pages(data, report).items()
    return data, report, page


def test_double_structures_are_questions_not_pairs(demo):
    _, report, page = demo
    groups = report["structure_groups"]
    pairs = [f for f in report["findings"] if f["code"] == "duplicate-structure"]
    assert f"Doppelstruktur? ({len(groups)} Fragen, {len(pairs)} Paare)" in page
    listed = re.search(r'<ol class="aw-structures">(.*?)</ol>', page, re.S).group(1)
    assert listed.count("<strong>") == len(groups)
    assert "<strong>Persönliche Begleitung</strong>: " in listed
    assert "SGB II / SGB VIII" in listed or "SGB II / SGB III / SGB VIII" in listed
    # a question of one pair says so in the singular
    single = sum(1 for g in groups if g["pairs"] == 1)
    assert single and listed.count(", 1 Paar<ul>") == single and ", 1 Paare" not in listed


def test_pair_cells_name_their_column_for_phones(demo):
    _, _, page = demo
    table = re.search(r'<table class="aw-duplicates">.*?</table>', page, re.S).group(0)
    rows = table.count("<tr><td")
    assert rows and table.count('data-label="Gründe"') == rows


def test_a_big_district_gets_only_the_marked_municipalities(demo):
    _, report, _ = demo
    big = copy.deepcopy(report)
    extra = [{"ags": f"0999{i:04d}", "name": f"Neustadt {i}"} for i in range(40)]
    big["coverage"]["municipalities"] += extra
    shown = coverage_map(big)
    marked = {c["municipality"] for c in big["coverage"]["cells"]
              if c["missing"] or c["oversupply"] == "review"}
    assert "<svg" not in shown
    assert f"zeigt {min(len(marked), MAX_MAP_PLACES)} von {len(big['coverage']['municipalities'])}" \
        " Gemeinden" in shown
    assert "Neustadt" not in shown
    assert shown.count('<span class="aw-sr"> Lücke</span>') >= 1


def test_page_uses_the_full_width_and_its_jump_links_reach_every_section(demo):
    """The sections are HTML, so the theme's table of contents would stay empty and take a
    third of a laptop's width from the pair table: the page hides it and links its sections."""
    _, report, page = demo
    assert 'hide: ["toc"]' in page.split("---")[1]
    nav = re.search(r'<nav class="aw-jump" aria-label="Auf dieser Seite">(.*?)</nav>', page, re.S)
    targets = re.findall(r'href="#([^"]+)"', nav.group(1))
    assert len(targets) == 5
    for target in targets:
        assert re.search(rf'<h2 id="{target}">', page), target
    assert f'Doppelstruktur? <span class="aw-count">({len(report["structure_groups"])})' \
        in nav.group(1)
