"""The site pipeline: generated HTML bodies bypass Markdown, anchors in them stay link targets."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator.render.site.build import run_mkdocs
from generator.render.site.page import BODY_START, anchor_ids, page_text, split_body
from generator.render.site.site_files import generate_site
from generator.validate.check import check_data_root
from tests.site_support import REPO, copy_site_config

TODAY = dt.date(2026, 11, 24)


def test_page_text_splits_into_markdown_and_finished_html():
    text = page_text("Titel <b>", '<h2 id="a">x</h2>\n<p>*kein Markdown*</p>', "Kurz")
    head, body = split_body(text)
    assert head.endswith("# Titel &#60;b&#62;\n\n") and "<" not in head.split("---")[-1]
    assert body.startswith(BODY_START) and "<p>*kein Markdown*</p>" in body
    assert split_body("# nur Markdown\n") == ("# nur Markdown\n", "")
    assert anchor_ids(body) == {"a"}


@pytest.fixture(scope="module")
def mini_site(tmp_path_factory) -> tuple[Path, int]:
    tmp = tmp_path_factory.mktemp("pipeline")
    root = tmp / "data"
    shutil.copytree(REPO / "tests" / "fixtures" / "mini", root)
    copy_site_config(root)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config + "validation:\n  anchors: warn\n", encoding="utf-8")
    checked = check_data_root(root, TODAY)
    assert checked.ok, checked.findings.errors
    site = generate_site(checked.dataset, TODAY)
    town = next(path for path in site.pages if path.startswith("orte/") and path.count("/") == 2)
    (root / "docs" / "link-test.md").write_text(
        f"# Test\n\n[Zuständig]({town}#zustaendig)\n", encoding="utf-8")
    warnings = run_mkdocs(root, tmp / "site", site, TODAY)
    return tmp / "site", warnings


def test_generated_body_comes_once_right_after_the_title(mini_site):
    site, _ = mini_site
    for path in site.glob("orte/*/index.html"):
        html = path.read_text(encoding="utf-8")
        assert html.count('<div class="aw-page">') == 1
        assert '</h1>\n<div class="aw-page">' in html
        assert 'id="zustaendig"' in html


def test_links_to_anchors_in_generated_bodies_are_valid(mini_site):
    _, warnings = mini_site
    assert warnings == 0
