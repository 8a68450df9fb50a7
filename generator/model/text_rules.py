"""Rules for text and identifiers that every model field shares.

Each rule raises a PydanticCustomError whose type is the stable finding code.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import unicodedata
from urllib.parse import unquote, urlsplit

from pydantic_core import PydanticCustomError

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SLUG_MAX = 64
# Page and folder names the website uses itself; an id equal to one would overwrite it.
RESERVED_IDS = frozenset({
    "index", "404", "search", "suche", "assets", "angebote", "partner", "orte", "themen",
    "klassen", "handouts", "daten", "qualitaet", "impressum", "datenschutz",
    "barrierefreiheit", "sitemap", "javascripts", "stylesheets", "static", "schemas",
})
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                          "\u2066\u2067\u2068\u2069")
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
ALLOWED_SCHEMES = ("https", "mailto", "tel")
EMAIL_PATTERN = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 /()-]{4,28}[0-9]$")


def describe_char(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".rstrip()


def _fail(code: str, message: str, **context) -> PydanticCustomError:
    return PydanticCustomError(code, message, context or None)


def check_slug(value: str) -> str:
    if not SLUG_PATTERN.fullmatch(value) or len(value) > SLUG_MAX:
        raise _fail("id-pattern", "Die Kennung „{value}“ ist ungültig. Erlaubt sind kleine "
                    "Buchstaben a–z, Ziffern und einzelne Bindestriche, höchstens 64 Zeichen "
                    "(Beispiel: bewerbungstraining-herbst).", value=value)
    if value in RESERVED_IDS:
        raise _fail("id-reserved", "Die Kennung „{value}“ ist für eine Seite der Website "
                    "reserviert. Wähle eine genauere, z. B. „{value}-2027“.", value=value)
    return value


_CONTROLS = "".join(chr(c) for c in [*range(0x20), *range(0x7f, 0xa0)])
# Characters to look at more closely; most text has none, so one regex search decides.
_SUSPECT_IN_LINE = re.compile("[" + re.escape(_CONTROLS + "".join(BIDI_CONTROLS | ZERO_WIDTH))
                              + "]")
_SUSPECT_IN_TEXT = re.compile("[" + re.escape(_CONTROLS.replace("\n", "").replace("\t", "")
                                               + "".join(BIDI_CONTROLS)) + "]")
# Characters that show nothing on their own: spaces, format and control characters,
# combining marks without a letter, and the blank "letters" (Hangul fillers, braille blank).
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Me"})
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def _check_invisible(value: str, allow_layout: bool) -> None:
    suspect = (_SUSPECT_IN_TEXT if allow_layout else _SUSPECT_IN_LINE).search(value)
    if suspect is None:
        return
    char = suspect.group()
    if char in BIDI_CONTROLS:
        raise _fail("bidi-character", "Der Text enthält das unsichtbare Richtungszeichen "
                    "{char}. Es kann die Anzeige verfälschen: lösche es.",
                    char=describe_char(char))
    if char in ZERO_WIDTH:
        raise _fail("zero-width-character", "Der Text enthält das unsichtbare Zeichen "
                    "{char}. Lösche es (oft hilft: Wort neu tippen).", char=describe_char(char))
    if char == "\t":
        raise _fail("tab-character", "Der Text enthält einen Tabulator. Ersetze ihn durch ein "
                    "Leerzeichen.")
    if char in "\r\n":
        raise _fail("line-break", "Dieses Feld muss in eine Zeile passen. Entferne den "
                    "Zeilenumbruch.")
    raise _fail("control-character", "Der Text enthält das Steuerzeichen {char}. Lösche es.",
                char=describe_char(char))


def _check_visible(value: str) -> None:
    """A text of only spaces or invisible characters would be an empty title or line."""
    if all(c in _BLANK_LETTERS or unicodedata.category(c) in _INVISIBLE_CATEGORIES
           for c in value):
        raise _fail("text-blank", "Das Feld enthält nur Leerzeichen oder unsichtbare Zeichen. "
                    "Schreibe einen sichtbaren Text hinein oder lösche die Zeile.")


def check_line(value: str) -> str:
    """A single-line field: visible text; no line breaks, tabs, control, bidi or zero-width
    characters."""
    _check_invisible(value, allow_layout=False)
    _check_visible(value)
    return value


def check_text(value: str) -> str:
    """A multi-line field: visible text; line breaks allowed, but no control or bidi
    characters."""
    _check_invisible(value, allow_layout=True)
    _check_visible(value)
    return value


def check_link(value: str) -> str:
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number or too big
    except ValueError:
        raise _fail("link-format", "Der Link „{value}“ ist keine gültige Web-Adresse. Prüfe "
                    "eckige Klammern und die Zahl nach dem Doppelpunkt.", value=value) from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise _fail("link-scheme", "Der Link „{value}“ ist nicht erlaubt. Links müssen mit "
                    "https://, mailto: oder tel: beginnen.", value=value)
    if scheme == "mailto":
        return check_email(value[len("mailto:"):]) and value
    if scheme == "tel":
        return check_phone(value[len("tel:"):]) and value
    if parts.username is not None or parts.password is not None:
        raise _fail("link-credentials", "Der Link „{value}“ enthält Benutzername oder "
                    "Passwort. Entferne den Teil vor dem @.", value=value)
    host = _browser_host(parts.hostname or "")
    if not host or "." not in host or host == "localhost" or host.endswith(".localhost") \
            or host.endswith(".local") or _is_ip_literal(host):
        raise _fail("link-host", "Der Link „{value}“ zeigt nicht auf eine öffentliche "
                    "Website (kein localhost, keine IP-Adresse). Nutze die Web-Adresse.",
                    value=value)
    if any(c.isspace() for c in value):
        raise _fail("link-space", "Der Link „{value}“ enthält Leerzeichen. Entferne sie.",
                    value=value)
    return value


# Dots a browser reads as "." in a host name (IDNA), and the numbers it reads as IPv4:
# decimal, octal (leading 0) or hexadecimal (0x…) parts, also alone ("2130706433", "127.1").
_DOTS = str.maketrans("\u3002\uff0e\uff61", "...")
_NUMBER_LABEL = re.compile(r"[0-9]+|0x[0-9a-f]*")


def _browser_host(host: str) -> str:
    """The host name as a browser reads it: percent escapes decoded, full-width letters,
    digits and dots made plain (IDNA), lower case, without a final dot."""
    return unicodedata.normalize("NFKC", unquote(host)).translate(_DOTS).lower().rstrip(".")


def _is_ip_literal(host: str) -> bool:
    """Every form a browser turns into an IP address. Like the WHATWG URL standard, a host
    whose last label is a number is an IPv4 address (0x7f.1, 0177.0.0.1, 127.1); a host with
    ":" is an IPv6 address ([::1], [::ffff:127.0.0.1])."""
    if ":" in host or host.startswith("["):
        return True
    with contextlib.suppress(ValueError):
        ipaddress.ip_address(host)
        return True
    return bool(_NUMBER_LABEL.fullmatch(host.rpartition(".")[2]))


def check_email(value: str) -> str:
    if not EMAIL_PATTERN.fullmatch(value):
        raise _fail("email-format", "„{value}“ ist keine gültige E-Mail-Adresse "
                    "(Beispiel: team@traeger.example.org).", value=value)
    return value


def check_phone(value: str) -> str:
    if not PHONE_PATTERN.fullmatch(value):
        raise _fail("phone-format", "„{value}“ ist keine gültige Telefonnummer. Schreibe "
                    "Ziffern mit Leerzeichen, z. B. „+49 5271 965-0“.", value=value)
    return value


def check_ags(value: str) -> str:
    if not re.fullmatch(r"[0-9]{8}", value):
        raise _fail("ags-format", "„{value}“ ist kein Gemeindeschlüssel. Der amtliche "
                    "Gemeindeschlüssel (AGS) hat genau 8 Ziffern, z. B. \"05762020\"; setze "
                    "ihn in Anführungszeichen.", value=value)
    return value


def check_postal_code(value: str) -> str:
    if not re.fullmatch(r"[0-9]{5}", value):
        raise _fail("postal-code-format", "„{value}“ ist keine Postleitzahl (5 Ziffern, in "
                    "Anführungszeichen).", value=value)
    return value


def check_ref(value: str) -> str:
    """A reference to something inside a partner file: "<partner-id>/<id>"."""
    partner, sep, item = value.partition("/")
    if not sep or not SLUG_PATTERN.fullmatch(partner) or not SLUG_PATTERN.fullmatch(item):
        raise _fail("ref-format", "„{value}“ ist kein gültiger Verweis. Schreibe "
                    "„partner-kennung/kennung“, z. B. „agentur-lindenau/berufsberatung“.",
                    value=value)
    return value


HANDLE_PATTERN = re.compile(r"^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]{1,100})?$")


def check_handle(value: str) -> str:
    """A Git account or team, as CODEOWNERS expects it: "@name" or "@organisation/team"."""
    if not HANDLE_PATTERN.fullmatch(value):
        raise _fail("handle-format", "„{value}“ ist keine Git-Kennung. Schreibe sie mit @, "
                    "z. B. „@team-berufsberatung“ oder „@kreis-lindenau/koordinierung“.",
                    value=value)
    return value


DATE_PATTERN = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
FIRST_YEAR, LAST_YEAR = 2000, 2099


def check_date_text(value):
    """Dates are written JJJJ-MM-TT; numbers (Unix time) and times of day are refused."""
    if isinstance(value, str) and not DATE_PATTERN.fullmatch(value):
        raise _fail("date-format", "„{value}“ ist kein Datum. Schreibe JJJJ-MM-TT, z. B. "
                    "2026-09-14.", value=value)
    return value


def check_date_range(value):
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise _fail("date-implausible", "Das Jahr {year} ist nicht plausibel. Prüfe das Datum "
                    "(JJJJ-MM-TT).", year=value.year)
    return value
