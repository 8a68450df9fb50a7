"""Bounded cost per file: limits on what one offer or partner file may hold.

A small file can still ask for a lot of work (6,000 dates in 227 KiB). Each limit is far
above what a real offer needs (the demo district's largest: 4 dates, 10 languages, a word
of 61 characters, 1,800 characters of text), so only a mistake or an attack reaches it. The
limits are checked on the parsed file, before the model and every later stage, and a file
over a limit goes no further: `check` names the file, line, field and the limit.
"""

from __future__ import annotations

import re

from generator.findings import Finding, error, field_name
from generator.load.strict_yaml import YamlDocument

MAX_DATES = 200
MAX_LIST_ITEMS = 100
# lists that may name every municipality or partner of a large district
MAX_AREA_ITEMS = 500
AREA_LISTS = frozenset({"municipalities", "partners"})
MAX_WORD_CHARS = 100
MAX_LINK_CHARS = 500  # a web address in a text is one long "word"
MAX_TEXT_CHARS = 30_000
MAX_FINDINGS = 10  # per file: the first few say enough

_LONG_TOKEN = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")
_LINK = re.compile(r"https://|mailto:|tel:|www\.", re.IGNORECASE)


def limit_findings(document: YamlDocument) -> list[Finding]:
    """The limits `document` exceeds; empty when it is within all of them."""
    return [] if _clearly_within(document.data) else _exceeded(document)


def _clearly_within(data: dict) -> bool:
    """The quick look for the usual file: no list longer than the smallest list limit, no
    text that could hold a long word, not much text (no paths are built here)."""
    chars, stack = 0, [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            chars += len(value)
            if len(value) > MAX_WORD_CHARS and _LONG_TOKEN.search(value):
                return False
        elif isinstance(value, dict):
            stack += value.values()
        elif isinstance(value, list):
            if len(value) > MAX_LIST_ITEMS:
                return False
            stack += value
    return chars <= MAX_TEXT_CHARS


def _exceeded(document: YamlDocument) -> list[Finding]:
    findings, chars = [], {}  # characters of text per top-level field
    stack: list[tuple[tuple, object]] = [((), document.data)]
    while stack and len(findings) < MAX_FINDINGS:
        path, value = stack.pop()
        if isinstance(value, dict):
            stack += [((*path, key), item) for key, item in value.items()]
        elif isinstance(value, list):
            findings += _list_too_long(document, path, value)
            stack += [((*path, index), item) for index, item in enumerate(value)]
        elif isinstance(value, str):
            chars[path[:1]] = chars.get(path[:1], 0) + len(value)
            findings += _word_too_long(document, path, value)
    total = sum(chars.values())
    if total > MAX_TEXT_CHARS:
        largest = max(chars, key=chars.get)
        findings.append(_finding(
            document, largest, "limit-text", f"Die Datei enthält {total} Zeichen (Texte und "
            f"Werte), davon {chars[largest]} in diesem Feld; erlaubt sind höchstens "
            f"{MAX_TEXT_CHARS} je Datei. Kürze die Texte; Einzelheiten gehören auf die eigene "
            "Website (Feld url)."))
    return sorted(findings)[:MAX_FINDINGS]


def _list_too_long(document: YamlDocument, path: tuple, items: list) -> list[Finding]:
    name = next((p for p in reversed(path) if isinstance(p, str)), "")
    if name == "dates":
        limit, what, advice = MAX_DATES, "Termine", (
            "Nenne nur die nächsten Termine oder beschreibe regelmäßige Zeiten im Feld "
            "schedule (z. B. „Jeden Dienstag 15 bis 17 Uhr“).")
    else:
        limit = MAX_AREA_ITEMS if name in AREA_LISTS else MAX_LIST_ITEMS
        what, advice = "Einträge", "Kürze die Liste oder teile das Angebot auf."
    if len(items) <= limit:
        return []
    return [_finding(document, path, "limit-list", f"Die Liste hat {len(items)} {what}, "
                     f"erlaubt sind höchstens {limit}. {advice}")]


def _word_too_long(document: YamlDocument, path: tuple, text: str) -> list[Finding]:
    for match in _LONG_TOKEN.finditer(text):
        token = match.group()
        limit = MAX_LINK_CHARS if _LINK.search(token) else MAX_WORD_CHARS
        if len(token) > limit:
            shown = token[:30] + "…"
            return [_finding(document, path, "limit-word", f"Das Wort „{shown}“ hat "
                             f"{len(token)} Zeichen ohne Leerzeichen, erlaubt sind höchstens "
                             f"{limit} (Web-Adressen: {MAX_LINK_CHARS}). Setze Leerzeichen "
                             "oder kürze es.")]
    return []


def _finding(document: YamlDocument, path: tuple, code: str, message: str) -> Finding:
    line, column = document.position(path)
    return error(code, message, document.file, line, column, field_name(path))
