"""Authority is granted by network.yaml: an impostor's own file changes no town's
responsible partner, and a change of a partner's identity needs the coordination."""

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.analyse.responsibility import responsible_partner
from generator.model.network import ROLES
from generator.render.codeowners import render_codeowners
from generator.validate.authority import imitated_roles
from generator.validate.check import check_data_root

REPO = Path(__file__).parent.parent
TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def demo_root(tmp_path) -> Path:
    root = tmp_path / "demo"
    root.mkdir()
    for name in ("network.yaml", "CODEOWNERS"):
        shutil.copyfile(REPO / name, root / name)
    for folder in ("partners", "offers"):
        shutil.copytree(REPO / folder, root / folder)
    return root


def responsible(root: Path) -> dict:
    data = check_data_root(root, TODAY).dataset
    return {(m.ags, role): getattr(responsible_partner(data, m.ags, role), "__getitem__",
                                   lambda _: None)(0)
            for m in data.network.municipalities for role in ROLES}


def edit_partner(root: Path, partner_id: str, **changes) -> None:
    path = root / "partners" / f"{partner_id}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_town_with_its_own_jugendamt_keeps_it():
    data = check_data_root(REPO, TODAY).dataset
    assert responsible_partner(data, "05799004", "jugendamt")[0].id == "jugendamt-lindenau"
    assert responsible_partner(data, "05799020", "jugendamt")[0].id == "jugendamt-rosenfeld"
    assert responsible_partner(data, "05799008", "jugendamt")[0].id == "jugendamt-kreis-lindenau"
    assert responsible_partner(data, "05799008", "jobcenter")[0].id == "jobcenter-lindenau"


def test_an_impostor_is_reported_and_changes_no_responsibility(demo_root):
    before = {key: p.id for key, p in responsible(demo_root).items() if p}
    edit_partner(demo_root, "bildungswerk-lindenau", name="Agentur für Arbeit Lindenau",
                 kind="agentur", responsibilities=[
                     {"role": role, "municipalities": "kreisweit", "contact": "anmeldung"}
                     for role in ROLES])
    result = check_data_root(demo_root, TODAY)
    codes = sorted(f.code for f in result.findings.errors)
    assert codes == ["authority-kind", "authority-name", "authority-role", "authority-role",
                     "authority-role"]
    assert all(f.file == "partners/bildungswerk-lindenau.yaml" for f in result.findings.errors)
    after = {key: p.id for key, p in responsible(demo_root).items() if p}
    assert after == before and len(before) == 8 * 3


def test_a_grant_for_some_towns_does_not_reach_the_others(demo_root):
    edit_partner(demo_root, "jugendamt-rosenfeld", responsibilities=[
        {"role": "jugendamt", "municipalities": "kreisweit", "contact": "anlaufstelle-jugend"}])
    result = check_data_root(demo_root, TODAY)
    [finding] = result.findings.errors
    assert finding.code == "authority-area" and "Lindenau (05799004)" in finding.message
    assert responsible_partner(result.dataset, "05799008", "jugendamt")[0].id == \
        "jugendamt-kreis-lindenau"


@pytest.mark.parametrize("name", ["Agentur für Arbeit Nord", "Bundesagentur fuer Arbeit",
                                  "Arbeitsagentur Lindenau", "JOBCENTER plus", "Job-Center",
                                  "J0bcenter", "Jоbcenter", "Stadtjugendamt", "Jugend-Amt"])
def test_authority_names_are_recognised(name):
    assert imitated_roles(name)


@pytest.mark.parametrize("name", ["Bildungswerk Lindenau", "Jugendmigrationsdienst",
                                  "Jugendwerkstatt Auental", "Arbeit und Leben e. V.",
                                  "Agentur für Jugendkultur"])
def test_ordinary_names_are_not_authorities(name):
    assert imitated_roles(name) == []


def run_codeowners_check(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "generator", "codeowners", "--root",
                           str(root), "--check"], env=env, capture_output=True, text=True)


@pytest.mark.parametrize("field, value, label", [
    ("name", "Bildungswerk Lindenau-Nord", "Name (name)"),
    ("kind", "kammer", "Art (kind)"),
    ("maintainers", ["@jemand-anderes"], "maintainers"),
    ("consents", [{"partners": "alle", "uses": ["contacts"]}], "Freigaben"),
])
def test_an_identity_change_fails_ci_until_the_coordination_approves(demo_root, field, value,
                                                                     label):
    assert run_codeowners_check(demo_root).returncode == 0
    edit_partner(demo_root, "bildungswerk-lindenau", **{field: value})
    checked = run_codeowners_check(demo_root)
    assert checked.returncode == 1
    assert f"partners/bildungswerk-lindenau.yaml: {label}" in checked.stderr
    assert "gibt die Koordinierung frei" in checked.stderr


def test_contacts_stay_the_partners_own_business(demo_root):
    path = demo_root / "partners" / "bildungswerk-lindenau.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Mo bis", "Montag bis", 1), encoding="utf-8")
    assert text != path.read_text(encoding="utf-8")
    assert run_codeowners_check(demo_root).returncode == 0


def test_codeowners_gives_its_own_file_and_network_to_the_coordination_only():
    data = check_data_root(REPO, TODAY).dataset
    lines = render_codeowners(data).splitlines()
    for path in ("/CODEOWNERS", "/network.yaml"):
        rule = f"{path} @kreis-lindenau/koordinierung"
        assert rule in lines
        # the last matching line wins: nothing after it may name the same path
        assert not any(line.startswith(path + " ") for line in lines[lines.index(rule) + 1:])
