"""Open data exports of the demo district: valid HSDS, readable CSV and iCalendar."""

import csv
import datetime as dt
import io
import json
from pathlib import Path

import icalendar
import jsonschema
import pytest

from generator.render.exports.write import EXPORT_FILES, write_exports
from generator.validate.check import check_data_root

REPO = Path(__file__).parent.parent
HSDS = REPO.parent / "shared" / "hsds-3.0" / "compiled" / "service.json"
TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo():
    return check_data_root(REPO, TODAY).dataset


@pytest.fixture(scope="module")
def exports(demo, tmp_path_factory):
    out = tmp_path_factory.mktemp("daten")
    write_exports(demo, out, TODAY, "https://angebote.example.org/")
    return out


def test_every_listed_file_is_written(exports):
    assert sorted(p.name for p in exports.iterdir()) == sorted(EXPORT_FILES)


@pytest.mark.skipif(not HSDS.is_file(), reason="HSDS 3.0 schemas are not next to the repository")
def test_hsds_services_validate_against_the_openreferral_schema(exports, demo):
    schema = json.loads(HSDS.read_text())
    validator = jsonschema.Draft202012Validator(schema,
                                                format_checker=jsonschema.FormatChecker())
    services = json.loads((exports / "hsds-services.json").read_text())
    assert len(services) == len(demo.offers)
    for service in services:
        errors = [e.message for e in validator.iter_errors(service)]
        assert errors == [], service["alternate_name"]


def test_hsds_ids_are_stable_uuids(exports, demo, tmp_path):
    write_exports(demo, tmp_path, TODAY, "https://angebote.example.org/")
    assert (tmp_path / "hsds-services.json").read_bytes() == \
        (exports / "hsds-services.json").read_bytes()


def test_csv_has_one_row_per_offer(exports, demo):
    text = (exports / "angebote.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(demo.offers)
    assert {r["id"] for r in rows} == set(demo.offers)


def test_calendar_parses_and_links_offer_pages(exports):
    calendar = icalendar.Calendar.from_ical((exports / "termine.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert events
    assert all(str(e["url"]).startswith("https://angebote.example.org/angebote/")
               for e in events)


def test_unreleased_person_names_are_not_exported(exports):
    partners = json.loads((exports / "partner.json").read_text())
    for partner in partners:
        assert "maintainers" not in partner
        for contact in partner["contacts"]:
            assert "person" not in contact or contact["person_released"] is True


def test_formula_like_cells_are_quoted():
    from generator.render.formula_safe import defuse_formula
    assert defuse_formula("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert defuse_formula("+49 30 23125 100") == "+49 30 23125 100"
    assert defuse_formula("-Kurs") == "'-Kurs"
    assert defuse_formula("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0"
    assert defuse_formula("-5") == "-5"
