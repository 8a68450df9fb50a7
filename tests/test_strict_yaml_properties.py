"""Random and mutated input never crashes the reader or the check: it gives findings."""

import datetime as dt
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.load.strict_yaml import read_yaml
from generator.validate.check import check_data_root

FIXTURES = Path(__file__).parent / "fixtures"
VALID_OFFER = (FIXTURES / "cases" / "expired" / "good.yaml").read_bytes()
YAML_PIECES = [b":", b"- ", b"\n", b"  ", b"\t", b"&a ", b"*a", b"!!int ", b"---\n", b"{", b"}",
               b"[", b"]", b"'", b'"', b"#", b"|", b">", b"? ", b"%TAG ! x\n", b"\x00", b"\xff",
               b"\xe2\x80\xae", b"NO", b"01067", b"22:30", b"1.10", b"~", b"null", b"\\u0007"]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash(raw):
    document, findings = read_yaml(raw, "zufall.yaml")
    assert document is not None or findings


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(YAML_PIECES) | st.text(max_size=8).map(str.encode), max_size=40))
def test_yaml_like_input_never_crashes(pieces):
    document, findings = read_yaml(b"".join(pieces), "zufall.yaml")
    if document is not None:
        assert isinstance(document.data, dict)
        _assert_only_text(document.data)


def _assert_only_text(value):
    """The reader never turns a scalar into anything but text or None."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str)
            _assert_only_text(item)
    elif isinstance(value, list):
        for item in value:
            _assert_only_text(item)
    else:
        assert value is None or isinstance(value, str)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, len(VALID_OFFER)), st.integers(0, 12),
       st.sampled_from(YAML_PIECES + [b"", b"x", b"\n  - 9"]))
def test_mutated_offer_never_crashes_the_check(tmp_path_factory, position, cut, insert):
    root = tmp_path_factory.mktemp("root")
    shutil.copytree(FIXTURES / "mini", root, dirs_exist_ok=True)
    mutated = VALID_OFFER[:position] + insert + VALID_OFFER[position + cut:]
    (root / "offers" / "traeger-a").mkdir(exist_ok=True)
    (root / "offers" / "traeger-a" / "kurs.yaml").write_bytes(mutated)
    result = check_data_root(root, dt.date(2026, 11, 24))
    for finding in result.findings.items:
        assert finding.file and finding.line >= 1 and finding.message


def test_scalars_stay_text():
    document, findings = read_yaml(b"a: NO\nb: 01067\nc: 22:30\nd: 1.10\ne: 2026-09-01\n", "x")
    assert findings == []
    assert document.data == {"a": "NO", "b": "01067", "c": "22:30", "d": "1.10",
                             "e": "2026-09-01"}


def test_deep_nesting_is_a_finding_not_a_crash():
    document, findings = read_yaml(b"a: " + b"[" * 100_000, "tief.yaml")
    assert document is None
    assert findings[0].code in ("too-deep", "yaml-syntax")


def test_oversized_file_is_rejected_before_parsing():
    document, findings = read_yaml(b"a: b\n" * 100_000, "gross.yaml")
    assert document is None and findings[0].code == "file-too-large"


def test_oversized_field_is_rejected():
    document, findings = read_yaml(b"a: " + b"x" * 20_000 + b"\n", "feld.yaml")
    assert document is None and findings[0].code == "field-too-large"
