"""The one rule for tel: link targets (website, handouts, descriptions).

A phone number as partners write it ("+49 (0)30 123 45-6", "05271 965-0", "0049 30 123")
becomes a global number in RFC 3966 form: "tel:+4930123456". The trunk "(0)" after a
country code is dropped, a national number gets the German country code, and short
service numbers (110, 116 111) stay as they are. The text shown next to the link is not
changed.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

COUNTRY = "49"
_TRUNK = re.compile(r"\(\s*0\s*\)")


def tel_digits(phone: str) -> str:
    """"+49 (0)30 123" → "+4930123"; "030 123" → "+4930123"; "116 111" → "116111"."""
    digits = re.sub(r"[^0-9]", "", _TRUNK.sub("", phone))
    international = phone.lstrip().startswith("+")
    if not international and digits.startswith("00"):
        digits, international = digits[2:], True
    elif not international and digits.startswith("0"):
        digits, international = COUNTRY + digits[1:], True
    if international and digits.startswith(COUNTRY + "0"):  # "+49 030 …": a stray trunk 0
        digits = COUNTRY + digits[len(COUNTRY):].lstrip("0")
    return ("+" if international else "") + digits


def tel_href(phone: str) -> str:
    return "tel:" + tel_digits(phone)


def normal_href(href: str) -> str:
    """A link target from partner Markdown: a tel: target normalised, any other unchanged."""
    if href[:4].lower() != "tel:":
        return href
    return tel_href(unquote(href[4:]))
