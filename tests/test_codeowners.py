"""Only a partner's own maintainers (and the coordination) may approve changes to its files."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from generator.render.codeowners import render_codeowners
from generator.validate.check import check_data_root

REPO = Path(__file__).parent.parent


def test_committed_codeowners_is_up_to_date():
    """If this fails, run: python -m generator codeowners"""
    data = check_data_root(REPO, dt.date(2026, 11, 24)).dataset
    assert (REPO / "CODEOWNERS").read_text(encoding="utf-8") == render_codeowners(data)


def test_each_partner_owns_its_files_together_with_the_coordination():
    data = check_data_root(REPO, dt.date(2026, 11, 24)).dataset
    lines = render_codeowners(data).splitlines()
    assert "* @kreis-lindenau/koordinierung" in lines
    assert ("/offers/jobcenter-lindenau/ @jobcenter-lindenau-u25 @kreis-lindenau/koordinierung"
            in lines)
    # later lines win in CODEOWNERS: the catch-all must come first
    assert lines.index("* @kreis-lindenau/koordinierung") < len(lines) // 10


def test_check_option_reports_an_outdated_file(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    root = tmp_path / "root"
    subprocess.run(["cp", "-r", str(REPO / "tests" / "fixtures" / "mini"), str(root)], check=True)
    command = [sys.executable, "-m", "generator", "codeowners", "--root", str(root)]
    assert subprocess.run([*command, "--check"], env=env, capture_output=True).returncode == 1
    assert subprocess.run(command, env=env, capture_output=True).returncode == 0
    assert subprocess.run([*command, "--check"], env=env, capture_output=True).returncode == 0
