"""`export --format xlsx`: one sheet per partner with its offers and contacts, the controlled
lists on their own sheet and as drop-downs, for the coordination office to send out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from generator.model.dataset import Dataset
from generator.render.formula_safe import text_cell
from generator.render.spreadsheet.columns import CONTACT_COLUMNS, OFFER_COLUMNS, to_cell

LISTS_SHEET = "Listen"
CONTACTS_MARK = "Kontakte"
STATUS = ["active", "inactive", "temporarily_closed"]
HEADER_ROW = 3  # row 1: partner, row 2: hint, row 3: headers, then one offer per row


def sheet_name(partner_id: str) -> str:
    return partner_id[:31]


def _lists(data: Dataset) -> dict[str, list[str]]:
    vocab = data.vocabularies
    lists = {kind: sorted(terms) for kind, terms in vocab.controlled_lists().items()}
    lists["status"] = STATUS
    lists["municipalities"] = ["kreisweit", *data.municipality_keys]
    return lists


def _write_lists(book: Workbook, lists: dict[str, list[str]], data: Dataset) -> dict[str, str]:
    sheet = book.create_sheet(LISTS_SHEET)
    ranges = {}
    for index, (kind, values) in enumerate(sorted(lists.items()), start=1):
        letter = get_column_letter(index)
        sheet.cell(1, index, kind).font = Font(bold=True)
        for row, value in enumerate(values, start=2):
            sheet.cell(row, index, value)
        ranges[kind] = f"{LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}"
    names = {m.ags: m.name for m in data.network.municipalities}
    for row, value in enumerate(lists["municipalities"], start=2):
        sheet.cell(row, len(lists) + 1, names.get(value, "ganzer Kreis"))
    return ranges


def _header(sheet, row: int, columns) -> None:
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row, index, column.header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[row].height = 45


def _rows(sheet, start: int, columns, objects: list[dict]) -> int:
    for offset, obj in enumerate(objects):
        for index, column in enumerate(columns, start=1):
            value = to_cell(column, obj)
            if value is not None:
                cell = text_cell(sheet.cell(start + offset, index, value))
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    return start + len(objects)


def _drop_downs(sheet, ranges: dict[str, str], lists: dict[str, list[str]], last_row: int):
    for index, column in enumerate(OFFER_COLUMNS, start=1):
        if not column.vocabulary:
            continue
        letter = get_column_letter(index)
        cells = f"{letter}{HEADER_ROW + 1}:{letter}{last_row}"
        if column.kind == "list":  # several values in one cell: a hint, no drop-down
            check = DataValidation(type="custom", formula1="TRUE", allow_blank=True)
            check.promptTitle = column.header[:32]
            check.prompt = ("Mehrere Werte mit Komma trennen. Erlaubt: "
                            + ", ".join(lists[column.vocabulary]))[:255]
        else:
            check = DataValidation(type="list", formula1=ranges[column.vocabulary],
                                   allow_blank=True, showErrorMessage=True)
            check.error = "Nimm einen Wert aus der Liste (Blatt „Listen“)."
            check.errorTitle = "Unbekannter Wert"
        sheet.add_data_validation(check)
        check.add(cells)


def write_workbook(data: Dataset, path: Path, today: dt.date) -> Path:
    book = Workbook()
    guide = book.active
    guide.title = "Hinweise"
    for row, text in enumerate([
        f"{data.network.district.site_name}: Angebote und Kontakte, Stand {today:%d.%m.%Y}",
        "Je Partner ein Blatt: oben die Angebote (eine Zeile je Angebot), darunter ab der "
        f"Zeile „{CONTACTS_MARK}“ die Kontakte.",
        "Daten als JJJJ-MM-TT, Ja/Nein als ja oder nein, mehrere Werte mit Komma. Werte aus "
        "Listen stehen auf dem Blatt „Listen“.",
        "Zurück in die Dateien: python -m generator import DATEI.xlsx",
    ], start=1):
        guide.cell(row, 1, text)
    lists = _lists(data)
    ranges = _write_lists(book, lists, data)
    for partner in sorted(data.partners.values(), key=lambda p: p.id):
        sheet = book.create_sheet(sheet_name(partner.id))
        sheet.cell(1, 1, "Partner").font = Font(bold=True)
        sheet.cell(1, 2, partner.id)
        text_cell(sheet.cell(1, 3, partner.name))
        sheet.cell(2, 1, "Kennung in B1 nicht ändern; eine Zeile je Angebot.")
        _header(sheet, HEADER_ROW, OFFER_COLUMNS)
        offers = [o.model_dump(mode="json") for o in
                  sorted(data.offers.values(), key=lambda o: o.id) if o.provider == partner.id]
        end = _rows(sheet, HEADER_ROW + 1, OFFER_COLUMNS, offers)
        spare = end + 20  # room for new offers, still with drop-downs
        _drop_downs(sheet, ranges, lists, spare)
        sheet.cell(spare + 1, 1, CONTACTS_MARK).font = Font(bold=True, size=13)
        _header(sheet, spare + 2, CONTACT_COLUMNS)
        _rows(sheet, spare + 3, CONTACT_COLUMNS, [c.model_dump(mode="json")
                                                  for c in partner.contacts])
        for index in range(1, len(OFFER_COLUMNS) + 1):
            sheet.column_dimensions[get_column_letter(index)].width = 24
        sheet.freeze_panes = f"B{HEADER_ROW + 1}"
    stamp = dt.datetime.combine(today, dt.time())  # same data, same day: same file
    book.properties.created = book.properties.modified = stamp
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
