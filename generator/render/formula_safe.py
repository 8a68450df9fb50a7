"""Cells a spreadsheet program must show, never run (CSV injection, OWASP).

A CSV cell that starts with = + - @, a tab or a carriage return is run as a formula by
Excel and LibreOffice; it gets a leading apostrophe, the usual defence. A cell that is only a
number or a phone number ("+49 30 …", "-5") stays as it is: nothing in it can call a function.
In an xlsx file a cell is marked as text instead, so the value stays exactly as written.
"""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?[0-9][0-9 ./()-]*$")


def defuse_formula(cell):
    """The CSV cell quoted with an apostrophe when a spreadsheet would run it."""
    if isinstance(cell, str) and cell.startswith(FORMULA_START) \
            and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def defused_row(row: dict) -> dict:
    return {key: defuse_formula(value) for key, value in row.items()}


def text_cell(cell):
    """An openpyxl cell written as text: "=…" from data is shown, not calculated."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell
