"""`import`: a returned workbook back into YAML files. Every row is checked with the same
models and the same messages as `check`; a problem names sheet, row and column. Nothing is
written while any row has an error."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from generator.errors import UserError
from generator.findings import Finding
from generator.load.strict_yaml import YamlDocument
from generator.model.dataset import Dataset
from generator.model.offer import Offer
from generator.model.partner import Contact
from generator.render.spreadsheet.columns import (
    CONTACT_COLUMNS,
    OFFER_COLUMNS,
    from_cell,
    put,
)
from generator.render.spreadsheet.export import CONTACTS_MARK, HEADER_ROW
from generator.validate.model_errors import validate_document


def _text(value) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _read_rows(sheet, first: int, last: int, columns, where: str):
    """(data, document) for each non-empty row; the document maps fields to cells."""
    for row in range(first, last + 1):
        data, marks = {}, {}
        for index, column in enumerate(columns, start=1):
            text = _text(sheet.cell(row, index).value)
            if text is None:
                continue
            put(data, column.path, from_cell(column, text))
            for depth in range(1, len(column.path) + 1):
                marks.setdefault(column.path[:depth], (row, index))
        if data:
            marks[()] = (row, 1)
            yield data, YamlDocument(where, data, marks)


def _contacts_row(sheet) -> int:
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        if sheet.cell(row, 1).value == CONTACTS_MARK:
            return row
    return sheet.max_row + 1


def read_partner_sheet(sheet, where: str, context: dict, partner_id: str):
    """Offers and contacts of one sheet, and the findings of every row."""
    offers, contacts, findings = [], [], []
    mark = _contacts_row(sheet)
    for data, document in _read_rows(sheet, HEADER_ROW + 1, mark - 1, OFFER_COLUMNS, where):
        data.setdefault("provider", partner_id)
        offer, problems = validate_document(Offer, document, context)
        findings += with_cell_names(problems, OFFER_COLUMNS)
        if offer is not None:
            offers.append(offer)
    for _data, document in _read_rows(sheet, mark + 2, sheet.max_row, CONTACT_COLUMNS, where):
        contact, problems = validate_document(Contact, document, context)
        findings += with_cell_names(problems, CONTACT_COLUMNS)
        if contact is not None:
            contacts.append(contact)
    return offers, contacts, findings


def with_cell_names(findings: list[Finding], columns) -> list[Finding]:
    """Name the column as Excel does (letter and header); a missing field by its column."""
    named = []
    for f in findings:
        field = f.field.split("[")[0]
        index = next((i for i, c in enumerate(columns, start=1)
                      if c.name == field or c.name.startswith(field + ".")), f.column or 1)
        header = columns[index - 1].header.split(" (")[0]
        named.append(Finding(f.file, f.line, index, f.severity, f.code, f.field,
                             f"Spalte {get_column_letter(index)} ({header}): {f.message}"))
    return named


class _Dumper(yaml.SafeDumper):
    """Texts with line breaks as literal blocks (|), as partners write descriptions."""


def _text_scalar(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value else ('"' if value.isdigit() else None)
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text_scalar)


def _yaml_text(schema: str, data: dict) -> str:
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
    return f"# yaml-language-server: $schema={schema}\n{body}"


def _offer_yaml(offer: Offer) -> str:
    data = offer.model_dump(mode="json", exclude_defaults=True)
    data = {"id": data.pop("id"), "provider": offer.provider, **data}
    return _yaml_text("../../schemas/offer.schema.json", data)


def _partner_yaml(data: Dataset, partner_id: str, contacts: list[Contact]) -> str:
    partner = data.partners[partner_id].model_copy(update={"contacts": contacts})
    dumped = partner.model_dump(mode="json", exclude_defaults=True)
    return _yaml_text("../schemas/partner.schema.json", {"id": partner_id, **dumped})


def import_workbook(data: Dataset, path: Path) -> tuple[list[Path], list[Finding]]:
    """Read the workbook; write the offers and contacts that differ from the files, and
    only when no row has an error."""
    try:
        book = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is no workbook
        raise UserError(f"{path} ist keine lesbare Excel-Datei (.xlsx): {exc}") from exc
    context = {"vocabularies": data.vocabularies}
    planned, findings = {}, []
    for sheet in book.worksheets:
        partner_id = _text(sheet.cell(1, 2).value)
        if sheet.cell(1, 1).value != "Partner" or partner_id is None:
            continue
        where = f"{path.name}[{sheet.title}]"
        if partner_id not in data.partners:
            raise UserError(f"{where}: Den Partner „{partner_id}“ (Zelle B1) gibt es nicht.")
        offers, contacts, problems = read_partner_sheet(sheet, where, context, partner_id)
        findings += problems
        for offer in offers:  # only what changed: the review shows the real change
            if data.offers.get(offer.id) != offer:
                target = data.root / "offers" / partner_id / f"{offer.id}.yaml"
                planned[target] = _offer_yaml(offer)
        if contacts and contacts != data.partners[partner_id].contacts:
            planned[data.root / "partners" / f"{partner_id}.yaml"] = _partner_yaml(
                data, partner_id, contacts)
    if any(f.severity.value == "error" for f in findings):
        return [], findings
    for target, text in planned.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return sorted(planned), findings
