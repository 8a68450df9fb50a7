"""The partner guide's recipes, tried one by one on a copy of the demo: each file or section
the guide shows is put in place (commands are run), and the result passes `check`."""

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.render.values_page import values_markdown
from generator.validate.check import check_data_root
from tests.site_support import DEMO_DAY, REPO, copy_demo

GUIDE = (REPO / "docs" / "partner-guide.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"```(yaml|sh)\n(.*?)```", re.DOTALL)


def recipes() -> dict[str, list[tuple[str, str]]]:
    found = {}
    for part in re.split(r"^## ", GUIDE, flags=re.MULTILINE):
        title, _, body = part.partition("\n")
        if title.startswith("Rezept: "):
            found[title.removeprefix("Rezept: ")] = BLOCK.findall(body)
    return found


def _set(data, key: str, value) -> None:
    name, _, index = key.partition("[")
    if index:
        data[name][int(index.rstrip("]"))] = value
    else:
        data[name] = value


def apply_block(root: Path, language: str, text: str) -> None:
    if language == "sh":
        command = shlex.split(text.replace("\\\n", " ").split("python -m generator ", 1)[1])
        done = subprocess.run([sys.executable, "-m", "generator", *command[:2], "--root",
                               str(root), "--today", DEMO_DAY.isoformat(), *command[2:]],
                              cwd=REPO, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return
    lines = text.splitlines()
    path = root / lines[0].removeprefix("# Datei: ")
    if not lines[1].startswith("# Abschnitt: "):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    _set(data, lines[1].removeprefix("# Abschnitt: "), yaml.safe_load("\n".join(lines[2:])))
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def test_the_guide_has_the_seven_recipes():
    assert list(recipes()) == ["Ein neues Angebot", "Einen Kontakt ändern",
                               "Ein Angebot beenden", "Ein neuer Partner", "Eine neue Schule",
                               "Eine gewollte Überschneidung", "Ein Termin"]
    assert all(recipes().values())


@pytest.mark.parametrize("recipe", list(recipes()))
def test_each_recipe_passes_check(tmp_path, recipe):
    root = copy_demo(tmp_path)
    before = check_data_root(root, DEMO_DAY)
    for language, text in recipes()[recipe]:
        apply_block(root, language, text)
    after = check_data_root(root, DEMO_DAY)
    assert after.ok, [(f.file, f.line, f.message) for f in after.findings.errors]
    assert len(after.findings.warnings) <= len(before.findings.warnings)


def test_recipe_results(tmp_path):
    root = copy_demo(tmp_path)
    for recipe in recipes().values():
        for language, text in recipe:
            apply_block(root, language, text)
    data = check_data_root(root, DEMO_DAY).dataset
    assert data.offers["bewerbungstraining-herbst"].category == "bewerbung"
    assert data.offers["jugendwerkstatt-holz-metall-auental"].status == "inactive"
    assert data.partners["jugendwerkstatt-auental"].contacts[0].phone == "+49 5799 4410-20"
    assert data.school("realschule-auental").municipality == "05799032"
    assert "/partners/realschule-auental.yaml @realschule-auental" in (
        root / "CODEOWNERS").read_text("utf-8")
    assert "stadtteilbuero-auental" in data.partners


def test_allowed_values_page_is_current():
    data = check_data_root(REPO, DEMO_DAY).dataset
    page = (REPO / "docs" / "erlaubte-werte.md").read_text(encoding="utf-8")
    assert page == values_markdown(data), "python -m generator values ausführen"
    assert "| `bewerbung` | Bewerbungstraining |" in page and "`05799032`" in page


def test_the_guide_promises_nothing_missing():
    assert "BUILD_TIME" not in GUIDE and "BUILDMIN" not in GUIDE
    for path in re.findall(r"`(\.vscode/extensions\.json|scripts/setup-editor|schemas/)`",
                           GUIDE):
        assert (REPO / path).exists(), path
