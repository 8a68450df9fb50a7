"""Signs of a person in a functional contact: the one rule for personal data.

A contact in the data is functional (a team, a hotline, a mailbox), because everything is
published. A person's name, a mobile number or a private e-mail address would publish
personal data. Each sign is an error unless the contact says why it is fine:
- `person_released: true`: the person agreed to publication (covers every sign);
- `functional: true`: the e-mail address or number only looks personal but belongs to a
  team or service (covers the e-mail and phone signs, not a person's name).

`personal_signs()` and `email_signs()` are reusable by any stage that wants to warn early.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from generator.findings import Finding, error
from generator.model.dataset import Dataset
from generator.model.partner import Contact

FREE_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "gmx.com",
    "gmx.eu", "web.de", "t-online.de", "yahoo.de", "yahoo.com", "yahoo.co.uk", "ymail.com",
    "outlook.de", "outlook.com", "hotmail.de", "hotmail.com", "live.de", "live.com",
    "msn.com", "freenet.de", "icloud.com", "me.com", "mac.com", "aol.com", "aol.de",
    "posteo.de", "mailbox.org", "mail.de", "arcor.de", "online.de", "email.de", "proton.me",
    "protonmail.com", "protonmail.ch", "tutanota.com", "tutanota.de", "tuta.io",
    "vodafone.de", "1und1.de", "kabelmail.de", "mail.ru", "yandex.com", "yandex.ru",
})
_SALUTATION = re.compile(r"\b(?:Frau|Herrn?|Fr\.|Hr\.|Dr\.|Prof\.)\s+[\w-]+")
_CAPITALISED = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")
_MOBILE = re.compile(r"^01[5-7][0-9]")
_INITIAL_DOT_NAME = re.compile(r"^[a-z]\.[a-z]{2,}$")
# Words that may follow a first name in a functional name ("Team Anna Kinderbetreuung" aside)
_NOT_A_SURNAME = frozenset({"Team", "Beratung", "Haus", "Zentrum", "Treff", "Schule"})


@dataclass(frozen=True)
class Sign:
    field: str  # "name", "hours", "email" or "phone"
    code: str
    text: str  # what was found, for the message


@cache
def first_names() -> frozenset[str]:
    text = resources.files("generator.data").joinpath("first_names.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


@cache
def _ascii_first_names() -> frozenset[str]:
    names = set()
    for name in first_names():
        lower = name.lower()
        names.add(lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))
        names.add("".join(c for c in unicodedata.normalize("NFKD", lower)
                          if not unicodedata.combining(c)))
    return frozenset(names)


def name_signs(text: str) -> list[str]:
    """Salutations („Frau Meier“) and first-name surname pairs („Anna Schmidt“) in `text`."""
    found = [m.group(0) for m in _SALUTATION.finditer(text)]
    words = _CAPITALISED.findall(text)
    for first, last in zip(words, words[1:], strict=False):
        if first in first_names() and last not in _NOT_A_SURNAME and \
                re.search(rf"\b{re.escape(first)}\s+{re.escape(last)}\b", text):
            found.append(f"{first} {last}")
    return found


def email_signs(email: str) -> list[Sign]:
    local, _, domain = email.lower().partition("@")
    signs = []
    if domain in FREE_MAIL_DOMAINS:
        signs.append(Sign("email", "personal-email-domain", domain))
    parts = re.split(r"[._-]", local)
    if _INITIAL_DOT_NAME.fullmatch(local) or (len(parts) == 2 and "." in local
                                              and parts[0] in _ascii_first_names()):
        signs.append(Sign("email", "personal-email-name", local + "@"))
    return signs


def is_mobile_number(phone: str) -> bool:
    digits = re.sub(r"[^0-9+]", "", phone)
    if digits.startswith("+49"):
        digits = "0" + digits[3:].removeprefix("0")
    elif digits.startswith("0049"):
        digits = "0" + digits[4:].removeprefix("0")
    return bool(_MOBILE.match(digits))


def personal_signs(contact: Contact) -> list[Sign]:
    """Every sign of a person in `contact` that its releases do not cover."""
    if contact.person_released:
        return []
    signs = [Sign(field, "personal-name", sign)
             for field, text in (("name", contact.name), ("hours", contact.hours or ""))
             for sign in name_signs(text)]
    if getattr(contact, "functional", False):
        return signs
    if contact.email:
        signs += email_signs(contact.email)
    if contact.phone and is_mobile_number(contact.phone):
        signs.append(Sign("phone", "personal-mobile", contact.phone))
    return signs


_ADVICE = {
    "personal-name": "Das sieht nach dem Namen einer Person aus ({text}). Schreibe eine "
                     "funktionale Bezeichnung (z. B. „Team Beratung“) oder, wenn die Person "
                     "der Veröffentlichung zugestimmt hat: person: … und person_released: true.",
    "personal-email-domain": "Die E-Mail-Adresse liegt bei einem privaten Anbieter ({text}). "
                             "Nutze ein Funktionspostfach deiner Einrichtung. Ist es doch ein "
                             "Teampostfach, ergänze „functional: true“.",
    "personal-email-name": "Die E-Mail-Adresse sieht nach Vorname.Nachname aus ({text}). "
                           "Nutze ein Funktionspostfach (z. B. beratung@…). Ist es doch ein "
                           "Teampostfach, ergänze „functional: true“.",
    "personal-mobile": "Das ist eine Handynummer ({text}). Private Nummern dürfen nicht "
                       "veröffentlicht werden. Ist es ein Diensthandy des Teams, ergänze "
                       "„functional: true“.",
}


def check_personal_data(data: Dataset) -> list[Finding]:
    findings = []
    for partner in data.partners.values():
        for i, contact in enumerate(partner.contacts):
            for sign in personal_signs(contact):
                findings.append(error(sign.code, _ADVICE[sign.code].format(text=sign.text),
                                      *data.locate("partner", partner.id,
                                                   ("contacts", i, sign.field))))
    email = data.network.district.coordination_email
    for sign in email_signs(email):
        findings.append(error(sign.code, _ADVICE[sign.code].format(text=sign.text).split(
            " Ist es doch")[0], *data.locate("network", "", ("district", "coordination_email"))))
    return findings
