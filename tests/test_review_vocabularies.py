"""A district's own rules for the steering report name only terms that exist: `check` stops
with file, line, field and what to do when a neighbourhood names an unknown category or a
Rechtskreis an unknown partner kind."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"

EXTENSION = """\
categories:
  sport:
    label: Sport und Beruf
category_neighbourhoods:
  begleitung-plus:
    label: Begleitung mit Sport
    categories: [coaching, sport, jugendsozialarbeitt]
legal_spheres:
  sgb-ix:
    label: SGB IX
    laws: [SGB IX]
    partner_kinds: [reha-traegr]
"""


def run_check(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "generator", "check", "--root", str(root),
                           "--format", "json", "--today", "2026-11-24"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def test_unknown_terms_in_the_district_rules_are_errors(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    (root / "vocabularies.yaml").write_text(EXTENSION, encoding="utf-8")
    result = run_check(root)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    found = [f for f in json.loads(result.stdout) if f["code"] == "unknown-vocabulary-term"]
    by_field = {f["field"]: f for f in found}
    assert set(by_field) == {"category_neighbourhoods.begleitung-plus.categories[2]",
                             "legal_spheres.sgb-ix.partner_kinds[0]"}
    category = by_field["category_neighbourhoods.begleitung-plus.categories[2]"]
    assert category["file"] == "vocabularies.yaml" and category["line"] == 7
    assert category["severity"] == "error"
    assert "„jugendsozialarbeitt“ gibt es nicht" in category["message"]
    assert "Meintest du „jugendsozialarbeit“?" in category["message"]
    kind = by_field["legal_spheres.sgb-ix.partner_kinds[0]"]
    assert kind["line"] == 12 and "Partnerart „reha-traegr“" in kind["message"]


def test_a_category_the_district_adds_may_be_a_neighbour(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    (root / "vocabularies.yaml").write_text(
        EXTENSION.replace(", jugendsozialarbeitt", "").replace("reha-traegr", "traeger"),
        encoding="utf-8")
    result = run_check(root)
    assert result.returncode == 0, result.stdout


HELP = """\
help_kinds:
  wohnen:
    label: Hilfe beim Wohnen
    categories: [jugendsozialarbeit, coachin]
    words: [Wohnung]
    situations: [wohnungslos]
    also_for: [ausbildung-abgebrochn]
"""


def test_a_help_kind_names_known_categories_and_situations(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    (root / "vocabularies.yaml").write_text(HELP, encoding="utf-8")
    result = run_check(root)
    assert result.returncode == 1, result.stdout + result.stderr
    found = {f["field"]: f for f in json.loads(result.stdout)
             if f["code"] == "unknown-vocabulary-term"}
    assert set(found) == {"help_kinds.wohnen.categories[1]", "help_kinds.wohnen.situations[0]",
                          "help_kinds.wohnen.also_for[0]"}
    assert "Meintest du „ausbildung-abgebrochen“?" in found["help_kinds.wohnen.also_for[0]"][
        "message"]
    assert found["help_kinds.wohnen.categories[1]"]["line"] == 4
    assert "Meintest du „coaching“?" in found["help_kinds.wohnen.categories[1]"]["message"]
    assert "Lebenslage „wohnungslos“ gibt es nicht" in found["help_kinds.wohnen.situations[0]"][
        "message"]


FORMS = """\
school_forms:
  foerderschule: {label: Förderschule, special_group: true, situations: [behinderng]}
"""


def test_a_school_form_names_known_situations(tmp_path):
    """A school form whose pupils are a special group names that group as a known
    situation: a typo would part the Förderschule's offers from those for its pupils."""
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    (root / "vocabularies.yaml").write_text(FORMS, encoding="utf-8")
    result = run_check(root)
    assert result.returncode == 1, result.stdout + result.stderr
    [found] = [f for f in json.loads(result.stdout) if f["code"] == "unknown-vocabulary-term"]
    assert found["field"] == "school_forms.foerderschule.situations[0]"
    assert found["line"] == 2 and "Meintest du „behinderung“?" in found["message"]


SHORT = """\
partner_short_names:
  verein: {kind: traegr, words: [ein Verein]}
  beides: {name: Kreisjugendring, kind: traeger, words: [KJR]}
"""


def test_a_short_name_for_a_kind_of_partner_names_a_known_kind_and_not_a_name_too(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURES / "mini", root)
    (root / "vocabularies.yaml").write_text(SHORT, encoding="utf-8")
    result = run_check(root)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    found = json.loads(result.stdout)
    assert any(f["code"] == "short-name" and f["line"] == 3 for f in found), found
    (root / "vocabularies.yaml").write_text(SHORT.splitlines()[0] + "\n" + SHORT.splitlines()[1]
                                            + "\n", encoding="utf-8")
    found = json.loads(run_check(root).stdout)
    [unknown] = [f for f in found if f["code"] == "unknown-vocabulary-term"]
    assert unknown["line"] == 2 and "Meintest du „traeger“?" in unknown["message"]
