"""File-system attacks (issue 12, point 8): file names that are not UTF-8, very deep folders,
links out of the data root, a revision with an absolute link and damaged caches give a German
message with the file, never "Interner Fehler", and nothing outside the root is read.
Each attack sits next to an honest twin that stays accepted."""

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.load.file_tree import tree_files
from generator.render.handouts import print_profile
from generator.render.handouts.cache import RenderCache
from generator.validate.check import check_data_root

REPO = Path(__file__).parent.parent
MINI = REPO / "tests" / "fixtures" / "mini"
TODAY = dt.date(2026, 11, 24)
OFFER = "offers/traeger-b/elterninfo.yaml"


@pytest.fixture()
def root(tmp_path) -> Path:
    root = tmp_path / "root"
    shutil.copytree(MINI, root)
    return root


@pytest.fixture()
def outside(tmp_path) -> Path:
    """A folder beside the data root, with a file that must never be read."""
    folder = tmp_path / "draussen"
    folder.mkdir()
    text = (MINI / OFFER).read_text(encoding="utf-8").replace("elterninfo", "geheim")
    (folder / "geheim.yaml").write_text(text, encoding="utf-8")
    return folder


def run(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args, "--root", str(root)],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


def findings(root: Path) -> list[tuple[str, str]]:
    return sorted((f.code, f.file) for f in check_data_root(root, TODAY).findings.items)


# --- file names that are not UTF-8 -----------------------------------------------------------

def test_a_file_name_that_is_not_utf8_is_named_not_read(root):
    bad = os.fsencode(root / "offers" / "traeger-b") + b"/kurs-\xff.yaml"
    shutil.copyfile(root / OFFER, bad)
    assert findings(root) == [("file-name-encoding", "offers/traeger-b/kurs-\\xff.yaml")]


@pytest.mark.parametrize("output_format", ["text", "json", "github", "gitlab"])
def test_every_format_prints_a_name_that_is_not_utf8(root, output_format):
    shutil.copyfile(root / OFFER, os.fsencode(root / "offers" / "traeger-b") + b"/\xe4rger.yaml")
    done = run(root, "check", "--format", output_format)
    assert done.returncode == 1, done.stderr
    assert "Interner Fehler" not in done.stderr
    assert "\\xe4rger.yaml" in done.stdout.replace("\\\\", "\\")


def test_honest_umlaut_names_stay_accepted(root):
    (root / "docs").mkdir()
    (root / "docs" / "über-uns.md").write_text("# Über uns\n", encoding="utf-8")
    assert findings(root) == []


# --- very deep folders -----------------------------------------------------------------------

@pytest.fixture()
def deep_folders(root):
    """3,000 nested folders below offers/traeger-b, removed again level by level (pytest's
    own clean-up, shutil.rmtree, would hit Python's recursion limit on them)."""
    folder, here = root / "offers" / "traeger-b", Path.cwd()
    os.chdir(folder)  # never name the whole path: it is longer than the system allows
    try:
        for _ in range(3000):
            os.mkdir("x")
            os.chdir("x")
        os.chdir(here)
        yield root
    finally:
        os.chdir(folder)
        levels = 0
        while os.path.isdir("x"):
            os.chdir("x")
            levels += 1
        for _ in range(levels):
            os.chdir("..")
            os.rmdir("x")
        os.chdir(here)


def test_very_deep_folders_are_a_finding_not_a_crash(deep_folders):
    root = deep_folders
    done = run(root, "check")
    assert done.returncode == 1 and "Interner Fehler" not in done.stderr
    assert done.stdout.splitlines() == [
        "offers/traeger-b/x/x/x/x:1:1: error folder-too-deep: Der Ordner "
        "offers/traeger-b/x/x/x/x liegt zu tief; der Generator liest darin nichts. Angebote "
        "gehören nach offers/<partner-kennung>/<angebot>.yaml, Partner nach "
        "partners/<kennung>.yaml: verschiebe die Dateien und lösche den Ordner."]


def test_a_misplaced_offer_a_few_levels_down_is_still_named(root):
    folder = root / "offers" / "traeger-b" / "alt" / "2025"
    folder.mkdir(parents=True)
    shutil.copyfile(root / OFFER, folder / "elterninfo.yaml")
    assert ("file-misplaced", "offers/traeger-b/alt/2025/elterninfo.yaml") in findings(root)


# --- links out of the data root ---------------------------------------------------------------

@pytest.mark.parametrize("link, target", [
    ("offers/traeger-b/geheim.yaml", "geheim.yaml"),  # an offer file
    ("offers/traeger-c", "."),  # a partner's whole offer folder
    ("partners/traeger-c.yaml", "geheim.yaml"),
    ("docs/passwort.md", "geheim.yaml"),  # mkdocs would publish it
    ("mkdocs.yml", "geheim.yaml"),
])
def test_links_out_of_the_root_are_refused(root, outside, link, target):
    (root / link).parent.mkdir(exist_ok=True)
    (root / link).symlink_to((outside / target).resolve())
    assert findings(root) == [("symlink-outside", link)]


def test_network_yaml_linked_from_outside_is_refused(root, outside):
    shutil.move(root / "network.yaml", outside / "network.yaml")
    (root / "network.yaml").symlink_to(outside / "network.yaml")
    done = run(root, "check")
    assert done.returncode == 1
    assert done.stdout.startswith("network.yaml:1:1: error symlink-outside: network.yaml ist "
                                  "ein Verweis (symbolischer Link), der aus dem Datenordner "
                                  "hinausführt.")


def test_mkdocs_yml_linked_from_outside_is_refused_when_read_directly(root, outside):
    from generator.load.file_tree import LinkOutsideError
    from generator.render.site_config import read_site_url

    (root / "mkdocs.yml").symlink_to(outside / "geheim.yaml")
    with pytest.raises(LinkOutsideError, match="hinausführt"):
        read_site_url(root)


def test_links_inside_the_root_stay_accepted(root):
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text("# Start\n", encoding="utf-8")
    (root / "docs" / "start.md").symlink_to("index.md")
    (root / "docs" / "bilder").symlink_to(root / "docs")  # a loop inside: not followed
    assert findings(root) == []


# --- report --since on a revision with an absolute link ---------------------------------------

def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t", *args],
                   check=True, capture_output=True)


def test_since_a_revision_with_an_absolute_link(root):
    git(root, "init", "-q")
    (root / "offers" / "traeger-b" / "passwd.yaml").symlink_to("/etc/passwd")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "a link out of the root")
    git(root, "rm", "-q", "offers/traeger-b/passwd.yaml")
    git(root, "commit", "-qm", "link removed")
    for command in (["report", "--since", "HEAD~1"], ["review", "--since", "HEAD~1"],
                    ["check", "--changed-since", "HEAD~1"]):
        done = run(root, *command, "--today", "2026-11-24")
        assert done.returncode == 0, done.stderr
        assert "Interner Fehler" not in done.stderr


# --- damaged caches ---------------------------------------------------------------------------

@pytest.mark.parametrize("content", [b"[" * 100_000 + b"]" * 100_000, b"\xff\xfe",
                                     b'{"format": 2, "files": {"../network.yaml": {}}}'])
def test_a_damaged_handout_cache_is_set_aside_with_a_warning(tmp_path, content):
    (tmp_path / ".handouts-cache.json").write_bytes(content)
    cache = RenderCache(tmp_path)
    assert cache.entries == {}
    assert cache.warning.startswith("Warnung: Der Handout-Zwischenspeicher")
    assert "neu aufgebaut" in cache.warning


@pytest.fixture()
def profile_cache(tmp_path, monkeypatch) -> Path:
    """A copy of the built print profile in its own cache folder."""
    good = print_profile.default_profile()
    folder = tmp_path / "print-profile"
    shutil.copytree(good.parent, folder)
    monkeypatch.setattr(print_profile, "CACHE_DIR", folder)
    return folder


@pytest.mark.parametrize("damage", ["stamp", "profile"])
def test_a_damaged_print_profile_is_built_again(profile_cache, damage):
    profile = profile_cache / print_profile.PROFILE_NAME
    good = profile.read_bytes()
    if damage == "stamp":
        (profile_cache / (print_profile.PROFILE_NAME + ".inputs")).write_bytes(b"\xff\xfe")
    else:
        profile.write_bytes(good[:100])
    assert print_profile.default_profile() == profile
    assert profile.read_bytes() == good


def test_cache_json_is_data(tmp_path):
    """The saved cache is plain JSON with one entry per PDF (the twin of the attacks above)."""
    cache = RenderCache(tmp_path)
    cache.save(set())
    assert json.loads((tmp_path / ".handouts-cache.json").read_text()) == {
        "files": {}, "format": 2}
    assert RenderCache(tmp_path).warning is None


def test_the_walk_lists_files_in_path_order(tmp_path):
    # "a-b" sorts before "a/" as text but after "a" as a path part: the walk sorts as paths do
    names = ["offers/a-b/x.yaml", "offers/a/x.yaml", "offers/a/b.yaml", "offers/a.b/x.yaml",
             "offers/A/x.yaml", "offers/ä/x.yaml"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("id: x\n", encoding="utf-8")
    findings = []
    walked = tree_files(tmp_path, tmp_path / "offers", 2, findings)
    assert walked == sorted(tmp_path / name for name in names) and not findings
