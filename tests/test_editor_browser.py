"""The browser editor as a partner uses it: Decap CMS in Chromium against Decap's local Git
server (npm package decap-server on 127.0.0.1), a new offer filled in and saved. The saved
file lands on a review branch (editorial workflow) and passes `check`."""

import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from generator.render.editor.page import write_editor
from generator.validate.check import check_data_root
from tests.site_support import DEMO_DAY, REPO, chromium, copy_demo, serve

SERVER = REPO / ".editor/server/node_modules/decap-server/dist/index.js"
PARTNER = "jugendwerkstatt-auental"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture(scope="module")
def editor(tmp_path_factory):
    """A Git repository with the demo data, the local Git server and the editor page."""
    assert SERVER.is_file(), "decap-server fehlt: scripts/setup-editor ausführen"
    base = tmp_path_factory.mktemp("editor")
    repo = base / "repo"
    repo.mkdir()
    copy_demo(repo)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-qm",
         "Demo")
    port = _free_port()
    data = check_data_root(repo, DEMO_DAY).dataset
    assert write_editor(data, base / "site" / "redaktion", port) is not None
    env = {**os.environ, "MODE": "git", "GIT_REPO_DIRECTORY": str(repo), "PORT": str(port),
           "BIND_HOST": "127.0.0.1", "LOG_LEVEL": "warn",
           "GIT_AUTHOR_NAME": "Partner", "GIT_AUTHOR_EMAIL": "partner@example.org",
           "GIT_COMMITTER_NAME": "Partner", "GIT_COMMITTER_EMAIL": "partner@example.org"}
    server = subprocess.Popen(["node", str(SERVER)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        with serve(base / "site") as url:
            yield repo, url + "redaktion/index.html"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _choose(page, label: str, text: str) -> None:
    page.get_by_label(label, exact=True).click()
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def test_a_new_offer_saved_in_the_editor_passes_check(editor, tmp_path):
    repo, url = editor
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        foreign = []
        page.on("request", lambda r: foreign.append(r.url)
                if not r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else None)
        page.goto(url)
        page.get_by_role("button", name="Login").click()
        page.get_by_text("Angebote: Jugendwerkstatt und Produktionsschule Auental").first.click()
        page.goto(f"{url}#/collections/angebote-{PARTNER}/new")
        page.get_by_label("Kennung", exact=True).fill("ferienkurs-holz")
        page.get_by_label("Titel", exact=True).fill("Ferienkurs Holz")
        page.get_by_label("Kurzbeschreibung", exact=True).fill(
            "Du baust in den Herbstferien einen eigenen Hocker.")
        _choose(page, "Kategorie", "(werkstatt)")
        _choose(page, "Wen es anspricht", "(schueler)")
        _choose(page, "Klassen (optional)", "9")
        _choose(page, "Gemeinden", "(kreisweit)")
        _choose(page, "Kontakt", "Jugendwerkstatt und Produktionsschule Auental gGmbH:")
        page.get_by_label("Zuletzt geprüft", exact=True).fill("2026-11-24")
        page.get_by_role("button", name="Speichern").click()
        branch = f"cms/angebote-{PARTNER}/ferienkurs-holz"
        deadline = time.monotonic() + 30
        while branch not in _git(repo, "branch", "--list") and time.monotonic() < deadline:
            time.sleep(0.5)
    assert foreign == []
    assert "ferienkurs-holz" not in os.listdir(repo / "offers" / PARTNER)  # review first
    saved = _git(repo, "show", f"{branch}:offers/{PARTNER}/ferienkurs-holz.yaml")
    root = tmp_path / "root"
    shutil.copytree(repo, root, ignore=shutil.ignore_patterns(".git"))
    (root / "offers" / PARTNER / "ferienkurs-holz.yaml").write_text(saved, encoding="utf-8")
    result = check_data_root(root, DEMO_DAY)
    assert result.ok, [(f.file, f.message) for f in result.findings.errors]
    offer = result.dataset.offers["ferienkurs-holz"]
    assert (offer.provider, offer.category, offer.municipalities, offer.target.classes) == (
        PARTNER, "werkstatt", "kreisweit", [9])
    assert offer.last_reviewed == dt.date(2026, 11, 24)


def test_editor_page_is_separate_and_saves_by_review(editor):
    repo, _ = editor
    folder = repo.parent / "site" / "redaktion"
    config = json.loads((folder / "config.yml").read_text("utf-8"))
    assert config["publish_mode"] == "editorial_workflow"
    names = [c["name"] for c in config["collections"]]
    assert f"angebote-{PARTNER}" in names and {"partner", "netzwerk"} <= set(names)
    page = (folder / "index.html").read_text("utf-8")
    assert '<meta name="robots" content="noindex, nofollow">' in page
    connect = next(d for d in page.split(";") if d.strip().startswith("connect-src"))
    assert "http://127.0.0.1:" in connect and "https://git.kreis-lindenau.example.org" in connect
