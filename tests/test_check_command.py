"""The check command as users call it: formats, exit codes, and no traceback ever."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"


def run(*args, cwd=REPO):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def broken_root(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    (root / "offers" / "traeger-a").mkdir(exist_ok=True)
    shutil.copyfile(FIXTURES / "cases" / "unknown-value" / "bad.yaml",
                    root / "offers" / "traeger-a" / "kurs.yaml")
    shutil.copyfile(FIXTURES / "cases" / "stale" / "bad.yaml",
                    root / "offers" / "traeger-a" / "kurs-alt.yaml")
    return root


def test_demo_district_has_no_errors():
    result = run("check", "--today", "2026-11-24", "--format", "json")
    assert result.returncode == 0, result.stdout[:2000]
    findings = json.loads(result.stdout)
    assert [f for f in findings if f["severity"] == "error"] == []


def test_text_format_names_file_line_column_and_code(broken_root):
    result = run("check", "--root", str(broken_root), "--today", "2026-11-24")
    assert result.returncode == 1
    assert ("offers/traeger-a/kurs.yaml:5:11: error unknown-value: [category] "
            "„bewerbungen“ ist ein unbekannter Wert in der Liste der Kategorien. Meintest du "
            "„bewerbung“ (Bewerbungstraining)?"
            ) in result.stdout
    assert "Traceback" not in result.stderr
    assert "Fehler" in result.stderr


def test_json_format_lists_all_findings_with_every_key(broken_root):
    result = run("check", "--root", str(broken_root), "--today", "2026-11-24",
                 "--format", "json")
    findings = json.loads(result.stdout)
    assert {f["code"] for f in findings} == {"unknown-value", "id-file-mismatch", "stale"}
    for finding in findings:
        assert set(finding) >= {"severity", "code", "file", "line", "column", "field",
                                "message"}


def test_github_format_writes_annotations(broken_root):
    result = run("check", "--root", str(broken_root), "--today", "2026-11-24",
                 "--format", "github")
    lines = result.stdout.splitlines()
    assert any(line.startswith("::error file=offers/traeger-a/kurs.yaml,line=5,col=11,"
                               "title=unknown-value::") for line in lines)
    assert any(line.startswith("::warning ") for line in lines)


def test_warnings_alone_exit_zero(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    (root / "offers" / "traeger-a").mkdir(exist_ok=True)
    shutil.copyfile(FIXTURES / "cases" / "stale" / "bad.yaml",
                    root / "offers" / "traeger-a" / "kurs.yaml")
    result = run("check", "--root", str(root), "--today", "2026-11-24")
    assert result.returncode == 0
    assert "warning stale" in result.stdout


@pytest.mark.parametrize("args", [["chek"], ["check", "--format", "xml"],
                                  ["check", "--root", "/nirgendwo"], ["check", "--today", "gestern"],
                                  []])
def test_usage_errors_exit_two_without_traceback(args):
    result = run(*args)
    assert result.returncode == 2
    assert "Fehler im Aufruf" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_writes_nothing(broken_root):
    before = sorted(p.relative_to(broken_root) for p in broken_root.rglob("*"))
    run("check", "--root", str(broken_root))
    assert sorted(p.relative_to(broken_root) for p in broken_root.rglob("*")) == before


def test_ids_collide_across_provider_folders(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    twin = (root / "offers" / "traeger-b" / "elterninfo.yaml").read_text()
    (root / "offers" / "traeger-a").mkdir(exist_ok=True)
    (root / "offers" / "traeger-a" / "elterninfo.yaml").write_text(
        twin.replace("provider: traeger-b", "provider: traeger-a")
            .replace("contact: traeger-b/info", "contact: traeger-a/beratung"))
    result = run("check", "--root", str(root), "--format", "json", "--today", "2026-11-24")
    codes = [(f["code"], f["file"]) for f in json.loads(result.stdout)]
    assert ("id-collision", "offers/traeger-a/elterninfo.yaml") in codes
    assert ("id-collision", "offers/traeger-b/elterninfo.yaml") in codes


def test_district_can_extend_vocabularies(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    (root / "offers" / "traeger-a").mkdir(exist_ok=True)
    (root / "vocabularies.yaml").write_text(
        "categories:\n  sport:\n    label: Sport und Beruf\n", encoding="utf-8")
    offer = (FIXTURES / "cases" / "unknown-value" / "good.yaml").read_text()
    (root / "offers" / "traeger-a" / "kurs.yaml").write_text(
        offer.replace("category: bewerbung", "category: sport"))
    result = run("check", "--root", str(root), "--today", "2026-11-24")
    assert result.returncode == 0, result.stdout


def test_misplaced_and_misnamed_files_are_reported(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    (root / "offers" / "lose.yaml").write_text("id: lose\n")
    (root / "partners" / "traeger-c.yml").write_text("id: traeger-c\n")
    result = run("check", "--root", str(root), "--format", "json")
    codes = {(f["code"], f["file"]) for f in json.loads(result.stdout)}
    assert codes == {("file-misplaced", "offers/lose.yaml"),
                     ("file-extension", "partners/traeger-c.yml")}


def _school_root(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    partner = (root / "partners" / "traeger-b.yaml").read_text()
    (root / "partners" / "realschule-testheim.yaml").write_text(
        partner.replace("id: traeger-b", "id: realschule-testheim")
               .replace("kind: traeger", "kind: schule"))
    offer = (root / "offers" / "traeger-b" / "elterninfo.yaml").read_text()
    (root / "offers" / "realschule-testheim").mkdir()
    (root / "offers" / "realschule-testheim" / "elterninfo-schule.yaml").write_text(
        offer.replace("id: elterninfo", "id: elterninfo-schule")
             .replace("provider: traeger-b", "provider: realschule-testheim")
             .replace("contact: traeger-b/info", "contact: realschule-testheim/info"))
    return root


def test_school_offers_stay_in_the_schools_municipality(tmp_path):
    root = _school_root(tmp_path)
    result = run("check", "--root", str(root), "--format", "json", "--today", "2026-11-24")
    [finding] = json.loads(result.stdout)
    assert (finding["code"], finding["field"], finding["line"]) == \
        ("school-offer-area", "municipalities", 9)
    assert '["05799004"]' in finding["message"]


def test_a_school_id_is_not_free_for_other_partners(tmp_path):
    root = _school_root(tmp_path)
    path = root / "partners" / "realschule-testheim.yaml"
    path.write_text(path.read_text().replace("kind: schule", "kind: traeger"))
    shutil.rmtree(root / "offers" / "realschule-testheim")
    result = run("check", "--root", str(root), "--format", "json", "--today", "2026-11-24")
    assert [(f["code"], f["file"]) for f in json.loads(result.stdout)] == \
        [("id-collision", "partners/realschule-testheim.yaml")]


def test_municipality_names_must_give_distinct_pages(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    network = root / "network.yaml"
    network.write_text(network.read_text().replace("name: Mühlendorf", "name: Muehlendorf\n"
                                                   "  - ags: \"05799012\"\n    name: Mühlendorf"))
    result = run("check", "--root", str(root), "--format", "json")
    [finding] = json.loads(result.stdout)
    assert finding["code"] == "municipality-page-name"
    assert finding["field"] == "municipalities[2].name"


def test_a_file_where_a_folder_belongs_is_an_error(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    shutil.rmtree(root / "offers")
    (root / "offers").write_text("x")
    result = run("check", "--root", str(root), "--format", "json")
    assert result.returncode == 1
    assert [f["code"] for f in json.loads(result.stdout)] == ["not-a-folder"]


def test_unwritable_output_is_a_message_not_a_crash(tmp_path):
    result = run("export", "--out", "/proc/angebote", "--today", "2026-11-24")
    assert result.returncode == 1
    assert "Prüfe den Pfad" in result.stderr and "Traceback" not in result.stderr
