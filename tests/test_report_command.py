"""The report command: formats, exit codes, stable JSON, comparison with an earlier state,
and the website's quality page."""

from __future__ import annotations

import gc
import json
import subprocess

from generator.analyse.report import build_report
from generator.cli import main
from generator.render.json_text import json_text
from generator.render.site.quality_page import quality_pages
from generator.validate.check import check_data_root
from tests.report_support import offer, write_root
from tests.test_report_analysis import ORIGINAL, REWORDED, TODAY

ARGS = ["--today", TODAY.isoformat()]


def run(capsys, *args):
    code = main(["report", *args, *ARGS])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_every_format_exits_zero(tmp_path, capsys):
    root = write_root(tmp_path / "daten", [ORIGINAL, REWORDED])
    for output_format, start in (("text", "Qualitätsbericht\n"), ("md", "# Qualitätsbericht\n"),
                                 ("json", "{\n")):
        code, out, _ = run(capsys, "--root", str(root), "--format", output_format)
        assert code == 0
        assert out.startswith(start)


def test_the_collector_stays_off_after_the_report(tmp_path, capsys):
    """The process ends after the report: a collection would only walk every object the
    report built once more (gc_pause.off_until_exit)."""
    root = write_root(tmp_path / "daten", [ORIGINAL, REWORDED])
    assert gc.isenabled()
    code, out, _ = run(capsys, "--root", str(root), "--format", "json")
    assert code == 0 and json.loads(out)["summary"]["offers"] == 2
    assert not gc.isenabled()


def assert_sorted_keys(value):
    if isinstance(value, dict):
        assert list(value) == sorted(value)
        for item in value.values():
            assert_sorted_keys(item)
    elif isinstance(value, list):
        for item in value:
            assert_sorted_keys(item)


def test_json_is_sorted_and_stable(tmp_path, capsys):
    root = write_root(tmp_path / "daten", [ORIGINAL, REWORDED])
    _, first, _ = run(capsys, "--root", str(root), "--format", "json")
    _, second, _ = run(capsys, "--root", str(root), "--format", "json")
    assert first == second
    data = json.loads(first)
    assert first == json_text(data)  # canonical: same data, same bytes
    assert_sorted_keys(data)
    assert first.count("\n") > 20  # objects indented, one list item per line
    assert data["format"] == "angebotswegweiser-qualitaetsbericht" and data["version"] == 2
    keys = [(f["code"], f["key"]) for f in data["findings"]]
    assert keys == sorted(keys)


def test_data_errors_stop_the_report(tmp_path, capsys):
    broken = dict(ORIGINAL, category="gibtsnicht")
    root = write_root(tmp_path / "daten", [broken])
    code, out, err = run(capsys, "--root", str(root))
    assert code == 1 and out == ""
    assert "offers/traeger-a/bewerbung-a.yaml:" in err
    assert "Der Qualitätsbericht braucht fehlerfreie Daten" in err


def test_compare_with_a_saved_report(tmp_path, capsys):
    root = write_root(tmp_path / "daten", [ORIGINAL, REWORDED])
    _, saved, _ = run(capsys, "--root", str(root), "--format", "json")
    (tmp_path / "alt.json").write_text(saved, encoding="utf-8")
    (root / "offers" / "traeger-b" / "bewerbung-b.yaml").unlink()
    write_root(root, [offer("bewerbung-m", "traeger-b", "Bewerbung üben", ["05799008"])])
    code, out, _ = run(capsys, "--root", str(root), "--format", "json",
                       "--compare", str(tmp_path / "alt.json"))
    assert code == 0
    comparison = json.loads(out)["comparison"]
    assert [o["id"] for o in comparison["offers_added"]] == ["bewerbung-m"]
    assert [o["id"] for o in comparison["offers_removed"]] == ["bewerbung-b"]
    assert [g["key"] for g in comparison["gaps_closed"]] == ["coverage-gap|bewerbung-9-10||05799008|"]
    assert [d["key"] for d in comparison["duplicates_resolved"]] == [
        "duplicate-near||bewerbung-a,bewerbung-b"]


def test_compare_rejects_other_files(tmp_path, capsys):
    root = write_root(tmp_path / "daten", [ORIGINAL])
    (tmp_path / "kaputt.json").write_text("{nicht json", encoding="utf-8")
    code, _, err = run(capsys, "--root", str(root), "--compare", str(tmp_path / "kaputt.json"))
    assert code == 1 and "kaputt.json:1: kein gültiges JSON" in err


def git(root, *args):
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                    "-C", str(root), *args], check=True, capture_output=True)


def test_since_a_git_revision(tmp_path, capsys):
    repo = tmp_path / "repo"
    root = write_root(repo / "daten", [ORIGINAL])
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Stand 1")
    write_root(root, [REWORDED, offer("bewerbung-m", "traeger-b", "Bewerbung üben", ["05799008"])])
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Stand 2")
    code, out, err = run(capsys, "--root", str(root), "--format", "json", "--since", "HEAD~1")
    assert code == 0, err
    comparison = json.loads(out)["comparison"]
    assert comparison["base"] == "HEAD~1"
    assert [o["id"] for o in comparison["offers_added"]] == ["bewerbung-b", "bewerbung-m"]
    assert len(comparison["gaps_closed"]) == 1 and len(comparison["duplicates_new"]) == 1


def test_since_errors_are_explained(tmp_path, capsys):
    root = write_root(tmp_path / "daten", [ORIGINAL])
    code, _, err = run(capsys, "--root", str(root), "--since", "HEAD~1")
    assert code == 1 and "liegt in keinem Git-Repository" in err
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "Stand 1")
    code, _, err = run(capsys, "--root", str(root), "--since", "v1999")
    assert code == 1 and "Den Stand „v1999“ gibt es in diesem Git-Repository nicht" in err


def test_quality_page_escapes_partner_text_and_has_accessible_map(tmp_path):
    hostile = dict(REWORDED, title="Training <script>alert(1)</script> & mehr")
    result = check_data_root(write_root(tmp_path, [ORIGINAL, hostile]), TODAY)
    report = build_report(result.dataset, TODAY)
    [(path, text)] = quality_pages(result.dataset, report).items()
    assert path == "qualitaet/index.md"
    assert "<script>" not in text
    assert "Training &lt;script&gt;alert(1)&lt;/script&gt; &amp; mehr" in text
    assert 'role="img"' in text and '<title id="heatmap-title">' in text and "<desc" in text
    assert '<table class="aw-heatmap-table">' in text
    assert 'href="../angebote/bewerbung-a/"' in text and 'href="../partner/traeger-a/"' in text
    assert "markdown=" not in text


def test_json_made_partly_in_the_worker_is_the_same_text(tmp_path):
    """For the JSON form, the worker of the analyses without pairs makes the coverage and
    the offers as compact items at the end, and this process the findings (build_report,
    json_form): the same bytes as from the plain structure."""
    from generator.analyse import forked
    from generator.analyse.report import json_dict
    from generator.render.json_text import CompactItems
    from tests.test_pair_bound import REPO
    from tests.test_pair_bound import TODAY as DEMO_DAY

    result = check_data_root(REPO, DEMO_DAY)
    assert result.ok
    report = build_report(result.dataset, DEMO_DAY, json_form=True)
    if not forked.can_fork(workers=2, growth=forked.GROWTH):
        assert report.json_parts == {}  # in one process: written piece by piece
        return
    parts = report.json_parts
    assert set(parts) == {"offers", "coverage", "findings", "acknowledged"}
    assert isinstance(parts["coverage"]["cells"], CompactItems)
    assert len(parts["coverage"]["cells"]) > 100 and len(parts["findings"]) > 50
    assert json_text(json_dict(report)) == json_text(report.as_dict())
    plain = build_report(result.dataset, DEMO_DAY)
    assert plain.json_parts == {}
    assert json_text(plain.as_dict()) == json_text(json_dict(report))
