"""The regression corpus of the red-team attacks (issue 12): one folder per attack in
tests/fixtures/attacks/<case>/, with a `bad` variant (the attack) and a `good` twin (the
honest change next to it). Each variant is a set of files laid over the clean mini root
(tests/fixtures/mini). The attack gives exactly the expected findings, the twin none.
Attacks on build, output and files are tested in test_trust_*.py (see the README there)."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator.validate.check import check_data_root

FIXTURES = Path(__file__).parent / "fixtures"
ATTACKS = FIXTURES / "attacks"
TODAY = dt.date(2026, 11, 24)
PARTNER = "partners/traeger-a.yaml"
OFFER = "offers/traeger-a/kurs.yaml"

# case: the findings of the attack as (code, severity, file, line, field)
EXPECTED = {
    # 1. a partner poses as an authority
    "authority-name": [("authority-name", "error", PARTNER, 2, "name")],
    "authority-name-lookalike": [("authority-name", "error", PARTNER, 2, "name"),
                                 ("lookalike-letter", "warning", PARTNER, 2, "name")],
    "authority-kind": [("authority-kind", "error", PARTNER, 3, "kind")],
    "authority-role": [("authority-role", "error", PARTNER, 17, "responsibilities[0].role")],
    "authority-area": [("authority-area", "error", PARTNER, 18,
                        "responsibilities[0].municipalities")],
    # 2. a partner attaches itself to another partner's objects
    "consent-contact": [("consent-missing", "error", OFFER, 10, "contact")],
    "consent-venue": [("consent-missing", "error", "offers/traeger-b/elterninfo.yaml", 11,
                       "venues[0]")],
    "consent-co-provider": [("consent-missing", "error", OFFER, 3, "co_providers[0]")],
    "consent-overlap": [("consent-missing", "error", OFFER, 15, "intended_overlaps[0].offer")],
    # 3. personal data in a functional contact
    "personal-name": [("personal-name", "error", PARTNER, 13, "contacts[0].name")],
    "personal-salutation": [("personal-name", "error", PARTNER, 13, "contacts[0].name")],
    "personal-mobile": [("personal-mobile", "error", PARTNER, 15, "contacts[0].phone")],
    "personal-email-domain": [("personal-email-domain", "error", PARTNER, 14,
                               "contacts[0].email")],
    "personal-email-name": [("personal-email-name", "error", PARTNER, 14, "contacts[0].email")],
    # 6. small files with huge costs: limits per offer (the twins sit at or near the limit)
    "limit-dates": [("limit-list", "error", OFFER, 14, "dates")],
    "limit-list": [("limit-list", "error", OFFER, 14, "legal_basis")],
    "limit-word": [("limit-word", "error", OFFER, 5, "description")],
    "limit-text": [("limit-text", "error", OFFER, 14, "dates")],
    # 8. blank or invisible titles, bidi controls in descriptions
    "title-blank": [("text-blank", "error", OFFER, 3, "title")],
    "title-invisible": [("text-blank", "error", OFFER, 3, "title")],
    "description-bidi": [("bidi-character", "error", OFFER, 5, "description")],
    # 8. no English message from the model: NaN is no amount
    "amount-not-finite": [("finite-number", "error", OFFER, 16, "costs.amount_eur")],
    # 8. every IP-literal form a browser understands (the twins are host names)
    **{case: [("link-host", "error", OFFER, 14, "url")] for case in (
        "link-ip-hex", "link-ip-octal", "link-ip-decimal", "link-ip-short", "link-ip-ipv6",
        "link-ip-fullwidth")},
}


def lay_out(tmp_path: Path, case: str, variant: str) -> Path:
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    shutil.copytree(ATTACKS / case / variant, root, dirs_exist_ok=True)
    return root


def found(result) -> list[tuple]:
    return sorted((f.code, f.severity.value, f.file, f.line, f.field)
                  for f in result.findings.items)


def test_every_attack_has_an_expectation():
    cases = sorted(p.name for p in ATTACKS.iterdir() if p.is_dir())
    assert cases == sorted(EXPECTED)


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_attack_gives_exactly_its_findings(tmp_path, case):
    result = check_data_root(lay_out(tmp_path, case, "bad"), TODAY)
    assert found(result) == sorted(EXPECTED[case])
    for finding in result.findings.items:
        assert finding.message.endswith(".") and len(finding.message) > 40


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_honest_twin_is_clean(tmp_path, case):
    assert found(check_data_root(lay_out(tmp_path, case, "good"), TODAY)) == []
