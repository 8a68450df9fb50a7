"""The spreadsheet bridge: the demo goes out as a workbook and comes back without loss; a
wrong cell is reported with sheet, row and column, in the words of `check`."""

import shutil

import pytest
from openpyxl import load_workbook

from generator.render.spreadsheet.columns import OFFER_COLUMNS
from generator.render.spreadsheet.export import HEADER_ROW, write_workbook
from generator.render.spreadsheet.import_sheet import import_workbook
from generator.validate.check import check_data_root
from tests.site_support import DEMO_DAY, copy_demo


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    root = copy_demo(tmp_path_factory.mktemp("demo"))
    data = check_data_root(root, DEMO_DAY).dataset
    return root, data, write_workbook(data, root.parent / "angebote.xlsx", DEMO_DAY)


def _copy(root, tmp_path):
    target = tmp_path / "root"
    shutil.copytree(root, target)
    return target


def test_workbook_has_a_sheet_per_partner_and_drop_downs(exported):
    root, data, path = exported
    book = load_workbook(path)
    assert set(data.partners) <= set(book.sheetnames) and "Listen" in book.sheetnames
    sheet = book["agentur-lindenau"]
    assert sheet["B1"].value == "agentur-lindenau"
    offers = [o for o in data.offers.values() if o.provider == "agentur-lindenau"]
    ids = [sheet.cell(row, 1).value for row in range(HEADER_ROW + 1, HEADER_ROW + 1 + len(offers))]
    assert sorted(ids) == sorted(o.id for o in offers)
    category = OFFER_COLUMNS.index(next(c for c in OFFER_COLUMNS if c.name == "category")) + 1
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert any(f"{chr(64 + category)}{HEADER_ROW + 1}" in str(v.sqref) for v in lists)
    assert "Kontakte" in [sheet.cell(r, 1).value for r in range(1, sheet.max_row + 1)]


def test_round_trip_of_the_demo_is_lossless(exported, tmp_path):
    root, data, path = exported
    target = _copy(root, tmp_path)
    for offer in (target / "offers").rglob("*.yaml"):  # the files come back from the sheet
        offer.unlink()
    for partner in (target / "partners").glob("*.yaml"):
        text = partner.read_text("utf-8")
        partner.write_text(text.replace("contacts:", "contacts_old:", 1), "utf-8")
    written, findings = import_workbook(_with_root(data, target), path)
    assert [f for f in findings if f.severity.value == "error"] == []
    assert len(written) == len(data.offers) + len(data.partners)
    for partner in (target / "partners").glob("*.yaml"):
        assert "contacts_old" not in partner.read_text("utf-8")
    again = check_data_root(target, DEMO_DAY)
    assert again.ok, again.findings.errors
    assert {k: o.model_dump() for k, o in again.dataset.offers.items()} == {
        k: o.model_dump() for k, o in data.offers.items()}
    assert {k: p.model_dump() for k, p in again.dataset.partners.items()} == {
        k: p.model_dump() for k, p in data.partners.items()}


def _with_root(data, root):
    """The demo's dataset, but as if it had no contacts and no offers, living at `root`."""
    import dataclasses

    partners = {k: p.model_copy(update={"contacts": []}) for k, p in data.partners.items()}
    return dataclasses.replace(data, root=root, offers={}, partners=partners)


def test_an_unchanged_workbook_writes_nothing(exported, tmp_path):
    root, _, path = exported
    target = _copy(root, tmp_path)
    written, findings = import_workbook(check_data_root(target, DEMO_DAY).dataset, path)
    assert written == [] and [f for f in findings if f.severity.value == "error"] == []


def test_a_wrong_cell_names_sheet_row_and_column_and_writes_nothing(exported, tmp_path):
    root, _, path = exported
    book = load_workbook(path)
    sheet = book["agentur-lindenau"]
    sheet.cell(HEADER_ROW + 1, 5, "Bewerbungstraining")   # category, as the site shows it
    sheet.cell(HEADER_ROW + 2, 32, "31.12.2027")           # valid_until, the German way
    broken = tmp_path / "zurueck.xlsx"
    book.save(broken)
    target = _copy(root, tmp_path)
    before = {p: p.read_bytes() for p in target.rglob("*.yaml")}
    written, findings = import_workbook(check_data_root(target, DEMO_DAY).dataset, broken)
    assert written == []
    found = {(f.file, f.line, f.code) for f in findings}
    assert ("zurueck.xlsx[agentur-lindenau]", HEADER_ROW + 1, "unknown-value") in found
    assert ("zurueck.xlsx[agentur-lindenau]", HEADER_ROW + 2, "date-format") in found
    message = next(f.message for f in findings if f.code == "unknown-value")
    assert message.startswith("Spalte E (Kategorie): „Bewerbungstraining“ ist ein unbekannter")
    assert before == {p: p.read_bytes() for p in target.rglob("*.yaml")}
