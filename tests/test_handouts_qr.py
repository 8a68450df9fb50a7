"""The QR codes on the printed handouts really lead to the offers' web pages: pages rendered
to PNG with pdftoppm and decoded with zbarimg, as a phone camera would."""

from __future__ import annotations

import subprocess

import pytest

from generator.render.site.offer_list import finder_path
from generator.render.site_config import read_site_url
from generator.render.urls import absolute, offer_path
from tests.handouts_support import FIXTURE


@pytest.fixture(scope="module")
def bundle(fixture_handouts):
    return fixture_handouts.result


def decoded_codes(pdf, tmp_path) -> set[str]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    codes = set()
    for png in sorted(tmp_path.glob("page*.png")):
        result = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True,
                                text=True)
        codes |= {line for line in result.stdout.splitlines() if line}
    return codes


def test_offer_sheet_qr_code_opens_the_offer_page(bundle, tmp_path):
    sheet = next(f for f in bundle.handouts if f.handout.kind == "angebot")
    [offer_id] = sheet.handout.offer_ids
    expected = absolute(read_site_url(FIXTURE), offer_path(offer_id))
    assert expected in decoded_codes(sheet.print_file, tmp_path)


def test_every_offer_on_a_school_handout_has_a_readable_code(bundle, tmp_path):
    handout = max((f for f in bundle.handouts if f.handout.kind == "katalog"),
                  key=lambda f: len(f.handout.offer_ids))
    codes = decoded_codes(handout.screen_file, tmp_path)
    site = read_site_url(FIXTURE)
    assert {absolute(site, offer_path(o)) for o in handout.handout.offer_ids} <= codes


def test_class_sheet_and_letter_codes_open_the_finder_for_school_and_class(bundle, tmp_path):
    site = read_site_url(FIXTURE)
    expected = absolute(site, finder_path(klasse=9, schule="realschule-testau"))
    assert expected.endswith("suche/#klasse=9&schule=realschule-testau")
    files = {f.handout.slug: f for f in bundle.handouts}
    for slug in ("schule-realschule-testau-klasse-9", "schule-realschule-testau-klasse-9-elternbrief"):
        (tmp_path / slug).mkdir()
        assert decoded_codes(files[slug].print_file, tmp_path / slug) == {expected}
