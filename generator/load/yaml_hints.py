"""Hints for the YAML mistakes partners make: messages that name the real problem
(indentation, two fields on one line, typographic quotes) instead of YAML's own words, and
warnings for text that YAML reads differently from what the partner meant."""

from __future__ import annotations

import re

from generator.findings import Finding, error, warning

# Spaces that look like a blank but are not one for YAML (no-break, thin, ideographic …)
_ODD_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000"
_ODD_INDENT = re.compile(f"^[ {_ODD_SPACES}]*[{_ODD_SPACES}]")
_CURLY_OPEN = "„“”‚‘’«»"
_CURLY_CLOSE = "“”‘’«»"
# field names are lower case: "registration: required: true", not "title: Kurs: Bewerbung"
_NESTED_KEY = re.compile(r"^\s*(?:-\s+)?([a-z_][a-z0-9_]*):\s+([a-z_][a-z0-9_]*)\s*$")
_INDENT_PROBLEMS = ("expected <block end>", "could not find expected ':'",
                    "did not find expected key", "did not find expected '-' indicator")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|[0-9]+[.)])\s")
_BULLET = re.compile(r"^\s*[•·▪►]\s")
# A dash opening a wrapped line is ordinary German punctuation ("zusammen – im Praktikum");
# only two or more such lines look like a list.
_DASH = re.compile(r"^\s*[–—]\s")
_COMMENT_AFTER = re.compile(r"^[ \t]+#")


def odd_indentation(lines: list[str], file: str) -> Finding | None:
    """A no-break or other unusual space used to indent a line (YAML sees text, not space)."""
    for number, text in enumerate(lines, start=1):
        match = _ODD_INDENT.match(text)
        if match:
            char = match.group()[-1]
            return error("indentation", f"Zeile {number} ist mit einem besonderen Leerzeichen "
                         f"(U+{ord(char):04X}, z. B. ein geschütztes Leerzeichen) eingerückt. "
                         "YAML erkennt nur normale Leerzeichen: lösche die Einrückung dieser "
                         "Zeile und tippe sie mit der Leertaste neu.", file, number,
                         match.end())
    return None


def syntax_finding(problem: str, lines: list[str], line: int, column: int,
                   file: str) -> Finding | None:
    """A clearer finding for a YAML syntax error, or None when there is none."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if any(words in problem for words in _INDENT_PROBLEMS):
        return _indentation(lines, line, column, file)
    if "mapping values are not allowed" not in problem:
        return None
    before = text[: column - 1]
    nested = _NESTED_KEY.match(before)
    if nested:
        outer, inner = nested.groups()
        return error("nested-on-one-line", f"Hier stehen zwei Felder in einer Zeile "
                     f"(„{outer}: {inner}: …“). Ein Unterfeld gehört in eine eigene Zeile: "
                     f"schreibe „{outer}:“ allein in die Zeile und darunter, zwei Leerzeichen "
                     f"weiter eingerückt, „{inner}: …“.", file, line, column)
    if ":" not in before.lstrip(" -"):
        return _indentation(lines, line, column, file)
    value = before.split(":", 1)[1].strip()
    if value and value[0] in _CURLY_OPEN:
        return error("curly-quotes", "Der Text steht in typografischen Anführungszeichen "
                     f"({value[0]} …). YAML erkennt nur gerade Anführungszeichen: ersetze sie "
                     "durch \" am Anfang und am Ende, z. B. feld: \"Text: mit Doppelpunkt\".",
                     file, line, column)
    return None


def _indentation(lines: list[str], line: int, column: int, file: str) -> Finding:
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    indent = len(text) - len(text.lstrip(" "))
    previous = next((p for p in reversed(lines[: line - 1]) if p.strip()
                     and not p.lstrip().startswith("#")), "")
    before = len(previous) - len(previous.lstrip(" "))
    compare = (f" (hier {indent} Leerzeichen, in der Zeile davor {before})"
               if indent != before else "")
    return error("indentation", f"Zeile {line} ist falsch eingerückt{compare}. Felder auf "
                 "derselben Ebene stehen genau untereinander; Unterfelder stehen zwei "
                 "Leerzeichen weiter rechts als ihr Oberfeld. Prüfe die Leerzeichen am "
                 "Zeilenanfang.", file, line, max(column, 1))


def scalar_warnings(event, lines: list[str], file: str, field: str) -> list[Finding]:
    """Warnings for a plain (unquoted) value that YAML reads differently than intended."""
    if event.style not in (None, "") or not event.value:
        return []
    start, end = event.start_mark, event.end_mark
    where = (file, start.line + 1, start.column + 1, field)
    value = event.value
    found = []
    if value[0] in _CURLY_OPEN and value[-1] in _CURLY_CLOSE:
        found.append(warning("curly-quotes", "Der Wert steht in typografischen "
                             f"Anführungszeichen ({value[0]}…{value[-1]}). YAML sieht sie als "
                             "Teil des Textes, die Website zeigt sie mit an. Lösche sie oder "
                             "ersetze sie durch gerade Anführungszeichen \"…\".", *where))
    rest = lines[end.line][end.column:] if end.line < len(lines) else ""
    if _COMMENT_AFTER.match(rest):
        found.append(warning("text-cut-at-hash", "Der Text endet vor „ #“: YAML liest alles "
                             "ab Leerzeichen und # als Kommentar, die Website zeigt es nicht. "
                             "Setze den ganzen Text in Anführungszeichen (\"…\") oder schreibe "
                             "einen Kommentar in eine eigene Zeile.", *where))
    continuation = lines[start.line + 1: end.line + 1]
    if any(_BULLET.match(text) for text in continuation) \
            or sum(bool(_DASH.match(text)) for text in continuation) >= 2:
        found.append(warning("bullets-without-block", "Zeilen mit „–“ oder „•“ werden hier zu "
                             "einem einzigen Absatz zusammengezogen. Schreibe „|“ hinter den "
                             "Doppelpunkt des Feldes und beginne Listenzeilen mit „- “.",
                             *where))
    elif any(_LIST_MARKER.match(text) for text in continuation):
        found.append(warning("list-without-block", "Die Listenzeilen werden hier zu einem "
                             "einzigen Absatz zusammengezogen, weil „|“ fehlt. Schreibe "
                             "„feld: |“ und darunter den eingerückten Text mit der Liste.",
                             *where))
    return found
