"""One fixture per failure case, each next to a valid twin: the bad file gives exactly the
expected finding at the expected line and field; the good file gives no finding at all."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator.validate.check import check_data_root

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 11, 24)
OFFER = "offers/traeger-a/kurs.yaml"
PARTNER = "partners/traeger-a.yaml"

# case: (code, severity, line, field, where the file goes [bad, good])
CASES = {
    "duplicate-key": ("duplicate-key", "error", 6, "category", OFFER),
    "anchor": ("anchor", "error", 3, "", OFFER),
    "alias": ("alias", "error", 3, "", OFFER),
    "explicit-tag": ("explicit-tag", "error", 3, "", OFFER),
    "several-documents": ("several-documents", "error", 15, "", OFFER),
    "empty-file": ("empty-file", "error", 1, "", OFFER),
    "too-deep": ("too-deep", "error", 9, "", OFFER),
    "tab-indent": ("tab-character", "error", 8, "", OFFER),
    "tab-in-line": ("tab-character", "error", 3, "title", OFFER),
    "line-break": ("line-break", "error", 3, "title", OFFER),
    "control-character": ("control-character", "error", 3, "title", OFFER),
    "bidi-character": ("bidi-character", "error", 3, "title", OFFER),
    "zero-width-character": ("zero-width-character", "error", 3, "title", OFFER),
    "not-nfc": ("not-nfc", "warning", 4, "", OFFER),
    "id-pattern": ("id-pattern", "error", 1, "id", OFFER),
    "id-reserved": ("id-reserved", "error", 1, "id",
                    ("offers/traeger-a/index.yaml", "offers/traeger-a/index-2027.yaml")),
    "id-file-mismatch": ("id-file-mismatch", "error", 1, "id", OFFER),
    "link-scheme": ("link-scheme", "error", 11, "url", OFFER),
    "link-host-localhost": ("link-host", "error", 11, "url", OFFER),
    "link-host-ip": ("link-host", "error", 11, "url", OFFER),
    "link-credentials": ("link-credentials", "error", 11, "url", OFFER),
    "javascript-link": ("link-scheme", "error", 11, "url", OFFER),
    "unknown-field": ("unknown-field", "error", 3, "titel", OFFER),
    "missing-field": ("missing", "error", 1, "title", OFFER),
    "unknown-value": ("unknown-value", "error", 5, "category", OFFER),
    "unknown-partner": ("unknown-partner", "error", 3, "co_providers[0]", OFFER),
    "unknown-contact": ("unknown-contact", "error", 10, "contact", OFFER),
    "unknown-location": ("unknown-location", "error", 10, "venues[0]", OFFER),
    "unknown-municipality": ("unknown-municipality", "error", 9, "municipalities[0]", OFFER),
    "ags-format": ("ags-format", "error", 9, "municipalities[0]", OFFER),
    "date-range": ("date-range", "error", 13, "valid_until", OFFER),
    "date-parsing": ("date-from-datetime-parsing", "error", 14, "last_reviewed", OFFER),
    "int-parsing": ("int-parsing", "error", 7, "target.classes[1]", OFFER),
    "target-empty": ("target-empty", "error", 6, "target", OFFER),
    "expired": ("expired", "warning", 13, "valid_until", OFFER),
    "stale": ("stale", "warning", 14, "last_reviewed", OFFER),
    "lookalike-letter": ("lookalike-letter", "warning", 3, "title", OFFER),
    "colon-in-text": ("colon-in-text", "error", 4, "", OFFER),
    "offer-wrong-folder": ("offer-wrong-folder", "error", 2, "provider", OFFER),
    "unknown-offer": ("unknown-offer", "warning", 16, "intended_overlaps[0].offer", OFFER),
    "not-utf8": ("not-utf8", "error", 4, "", OFFER),
    "person-not-released": ("person-not-released", "error", 12, "contacts[0]", PARTNER),
    "contact-unreachable": ("contact-unreachable", "error", 12, "contacts[0]", PARTNER),
    "handle-format": ("handle-format", "error", 4, "maintainers[0]", PARTNER),
    "date-format": ("date-format", "error", 14, "last_reviewed", OFFER),
    "date-implausible": ("date-implausible", "error", 11, "dates[0].start", OFFER),
    "amount-too-high": ("less-than-equal", "error", 12, "costs.amount_eur", OFFER),
    "overlap-self": ("overlap-self", "error", 16, "intended_overlaps[0].offer", OFFER),
    "description-link": ("description-markup", "error", 5, "description", OFFER),
    "unknown-value-label": ("unknown-value", "error", 5, "category", OFFER),
    "unknown-value-capitals": ("unknown-value", "error", 5, "category", OFFER),
    "indentation-extra-space": ("indentation", "error", 8, "", OFFER),
    "indentation-no-break-space": ("indentation", "error", 8, "", OFFER),
    "nested-on-one-line": ("nested-on-one-line", "error", 6, "", OFFER),
    "curly-quotes": ("curly-quotes", "warning", 3, "title", OFFER),
    "text-cut-at-hash": ("text-cut-at-hash", "warning", 3, "title", OFFER),
    "list-without-block": ("list-without-block", "warning", 5, "description", OFFER),
    "bullets-without-block": ("bullets-without-block", "warning", 5, "description", OFFER),
}

# The message itself leads to the fix: word for word where the wording is the point.
MESSAGES = {
    "unknown-value-label": "„Bewerbungstraining“ ist ein unbekannter Wert in der Liste der "
                           "Kategorien. Meintest du „bewerbung“ (Bewerbungstraining)?",
    "unknown-value-capitals": "Meintest du „bewerbung“ (Bewerbungstraining)? Schreibe die "
                              "Kennung, nicht die Bezeichnung. Erlaubt sind: "
                              "ausbildungsbegleitung, berufsberatung,",
    "indentation-extra-space": "Zeile 8 ist falsch eingerückt (hier 3 Leerzeichen, in der "
                               "Zeile davor 2).",
    "indentation-no-break-space": "Zeile 8 ist mit einem besonderen Leerzeichen (U+00A0",
    "nested-on-one-line": "Hier stehen zwei Felder in einer Zeile („target: classes: …“).",
    "curly-quotes": "typografischen Anführungszeichen (“…”)",
}


def _root_with(tmp_path: Path, case: str, variant: str) -> Path:
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    places = CASES[case][4]
    place = places if isinstance(places, str) else places[variant == "good"]
    (root / place).parent.mkdir(parents=True, exist_ok=True)  # git keeps no empty folders
    shutil.copyfile(FIXTURES / "cases" / case / f"{variant}.yaml", root / place)
    return root


def test_every_fixture_has_an_expectation():
    assert sorted(p.name for p in (FIXTURES / "cases").iterdir()) == sorted(CASES)


def test_mini_root_is_clean():
    result = check_data_root(FIXTURES / "mini", TODAY)
    assert result.findings.items == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_fixture_gives_exactly_its_finding(tmp_path, case):
    code, severity, line, field, _ = CASES[case]
    result = check_data_root(_root_with(tmp_path, case, "bad"), TODAY)
    found = [(f.code, f.severity.value, f.line, f.field) for f in result.findings.items]
    assert (code, severity, line, field) in found
    assert len(found) == 1, found
    finding = result.findings.items[0]
    assert finding.file.startswith(("offers/", "partners/"))
    assert finding.message.endswith(".") and len(finding.message) > 30


@pytest.mark.parametrize("case", sorted(MESSAGES))
def test_message_leads_to_the_fix(tmp_path, case):
    result = check_data_root(_root_with(tmp_path, case, "bad"), TODAY)
    assert MESSAGES[case] in result.findings.items[0].message
    assert "Anführungszeichen: feld:" not in result.findings.items[0].message


@pytest.mark.parametrize("case", sorted(CASES))
def test_good_twin_is_clean(tmp_path, case):
    result = check_data_root(_root_with(tmp_path, case, "good"), TODAY)
    assert result.findings.items == []
