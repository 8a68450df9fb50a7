"""Changes partners make in the browser: what check says about them, in words that lead to
the fix, and in the formats GitHub and GitLab show in a review."""

import json
import shutil
from pathlib import Path

from generator.findings import FORMATTERS
from generator.validate.check import check_data_root
from tests.site_support import DEMO_DAY, copy_demo

FIXTURES = Path(__file__).parent / "fixtures"


def _codes(result) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity.value, f.file) for f in result.findings.items]


def test_deleting_an_offer_leaves_a_warning_for_the_coordination(tmp_path):
    root = copy_demo(tmp_path)
    (root / "offers/agentur-lindenau/bewerbungstraining-agentur-biz.yaml").unlink()
    result = check_data_root(root, DEMO_DAY)
    assert result.ok, [f for f in result.findings.errors]
    dangling = [f for f in result.findings.items if f.code == "unknown-offer"]
    assert [(f.severity.value, f.file, f.field) for f in dangling] == [
        ("warning", "offers/jobcenter-lindenau/bewerbungswerkstatt-jobcenter-u25.yaml",
         "intended_overlaps[0].offer")]
    assert "Für die Koordinierung: entferne diesen Eintrag" in dangling[0].message


def test_yaml_outside_the_known_folders_is_named(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    (root / "angebote").mkdir()
    shutil.copy(root / "offers/traeger-b/elterninfo.yaml", root / "angebote/elterninfo.yaml")
    (root / "docs").mkdir()
    (root / "docs/beispiel.yaml").write_text("a: 1\n", encoding="utf-8")
    result = check_data_root(root, DEMO_DAY)
    assert _codes(result) == [("yaml-outside", "warning", "angebote/elterninfo.yaml")]
    assert "offers/<partner-kennung>/<angebot>.yaml" in result.findings.items[0].message


def test_gitlab_code_quality_report(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    (root / "offers/traeger-a").mkdir()
    shutil.copy(FIXTURES / "cases/unknown-value/bad.yaml", root / "offers/traeger-a/kurs.yaml")
    findings = check_data_root(root, DEMO_DAY).findings.sorted()
    report = json.loads(FORMATTERS["gitlab"](findings))
    assert [(i["check_name"], i["severity"], i["location"]) for i in report] == [
        ("unknown-value", "major",
         {"path": "offers/traeger-a/kurs.yaml", "lines": {"begin": 5}})]
    assert report[0]["description"].startswith("[category] „bewerbungen“ ist ein unbekannter")
    assert len(report[0]["fingerprint"]) == 64


def test_a_dash_that_opens_a_wrapped_line_is_punctuation_not_a_bullet(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    offer = root / "offers/traeger-b/elterninfo.yaml"
    text = offer.read_text(encoding="utf-8")
    summary = next(line for line in text.splitlines() if line.startswith("summary:"))
    offer.write_text(text.replace(summary, "summary: Wir bringen dich mit Betrieben zusammen\n"
                                  "  – im Praktikum und am Tag der Berufe."), encoding="utf-8")
    assert "bullets-without-block" not in [f.code for f in check_data_root(root, DEMO_DAY)
                                           .findings.items]
    offer.write_text(text.replace(summary, "summary: Wir bieten\n  – Praktika\n  – Beratung"),
                     encoding="utf-8")
    assert "bullets-without-block" in [f.code for f in check_data_root(root, DEMO_DAY)
                                       .findings.items]
