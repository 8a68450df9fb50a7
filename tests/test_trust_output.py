"""Output that cannot be forged: data with escape codes and line breaks is printed escaped
by every `check` format, so it can neither steer the terminal nor forge a line in a CI log."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parent.parent
HOSTILE = "bewerbung\\u001b[2J\\u001b]0;x\\u0007\\n::error file=x::gefälscht\\u202e\\u009b"


@pytest.fixture(scope="module")
def hostile_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("forge") / "root"
    shutil.copytree(REPO / "tests" / "fixtures" / "mini", root)
    offer = (REPO / "tests" / "fixtures" / "cases" / "link-host-ip" / "good.yaml").read_text(
        encoding="utf-8").replace("category: bewerbung", f'category: "{HOSTILE}"')
    (root / "offers" / "traeger-a").mkdir(parents=True)
    (root / "offers" / "traeger-a" / "kurs.yaml").write_text(offer, encoding="utf-8")
    return root


def check(root: Path, output_format: str) -> str:
    result = subprocess.run([sys.executable, "-m", "generator", "check", "--root", str(root),
                             "--format", output_format], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 1
    return result.stdout


@pytest.mark.parametrize("output_format", ["text", "json", "github", "gitlab"])
def test_no_format_prints_control_characters_from_data(hostile_root, output_format):
    out = check(hostile_root, output_format)
    assert "gefälscht" in out  # the value is quoted, escaped
    unsafe = [c for c in out if (ord(c) < 32 and c != "\n") or 0x7f <= ord(c) <= 0x9f
              or c in "\u202e\u2028\u2029"]
    assert unsafe == []


@pytest.mark.parametrize("output_format", ["text", "github"])
def test_one_finding_stays_one_line(hostile_root, output_format):
    lines = check(hostile_root, output_format).splitlines()
    assert len(lines) == 1
    assert not any(line.startswith("::error file=x") for line in lines)


def test_json_keeps_the_exact_value(hostile_root):
    [finding] = json.loads(check(hostile_root, "json"))
    assert "\x1b[2J" in finding["message"] and "\u202e" in finding["message"]


def test_gitlab_description_is_one_visible_line(hostile_root):
    [issue] = json.loads(check(hostile_root, "gitlab"))
    assert "\\u001b[2J" in issue["description"] and "\\u000a::error" in issue["description"]
    assert not any(ord(c) < 32 or c == "\u202e" for c in issue["description"])
