"""The review of a partner's change: annotations only on the changed files, and the job
summary with the change of the quality report caused by it."""

import subprocess
import sys

from tests.site_support import DEMO_DAY, REPO, copy_demo

DELETED = "offers/agentur-lindenau/bewerbungstraining-agentur-biz.yaml"


def _git(root, *args):
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


def _generator(root, *args):
    return subprocess.run([sys.executable, "-m", "generator", *args, "--root", str(root),
                           "--today", DEMO_DAY.isoformat()], cwd=REPO, capture_output=True,
                          text=True, timeout=300)


def test_deleting_an_offer_in_review(tmp_path):
    root = copy_demo(tmp_path)
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "Stand")
    (root / "offers/ihk-lindenau/willkommenslotsen-ihk.yaml").write_text(
        (root / "offers/ihk-lindenau/willkommenslotsen-ihk.yaml").read_text("utf-8")
        .replace("last_reviewed: 2025-08-29", "last_reviewed: 2026-11-20"), "utf-8")
    _git(root, "rm", "-q", DELETED)

    annotations = _generator(root, "check", "--format", "github", "--changed-since", "HEAD")
    assert annotations.returncode == 0, annotations.stderr
    everything = _generator(root, "check", "--format", "github")
    assert "jobcenter-lindenau" in everything.stdout and "stale" in everything.stdout
    assert annotations.stdout.strip() == ""  # the two changed files have no finding left

    summary = _generator(root, "review", "--since", "HEAD")
    assert summary.returncode == 0, summary.stderr
    text = summary.stdout
    assert "2 geänderte Dateien, 0 Fehler, 0 Warnungen." in text
    assert "**Für die Koordinierung**" in text and "unknown-offer" in text
    assert "**Aufgelöste Doppelstrukturen**" in text
    assert "Bewerbungstraining im BiZ" in text and "Neue Lücken" not in text


def test_preview_links_work_from_the_file_system(tmp_path):
    from generator.render.offline_preview import offline_preview

    site = tmp_path / "site"
    (site / "angebote" / "kurs").mkdir(parents=True)
    (site / "assets").mkdir()
    (site / "assets" / "a.css").write_text("", "utf-8")
    (site / "index.html").write_text(
        '<a href="angebote/kurs/">K</a> <a href="angebote/kurs/#termine">T</a> '
        '<a href="https://example.org/">x</a> <link href="assets/a.css"> <a href="#top">t</a>',
        "utf-8")
    (site / "angebote" / "kurs" / "index.html").write_text(
        '<a href="../../">Start</a> <a href="../..">S</a> <a href="../../fehlt/">?</a>', "utf-8")
    assert offline_preview(site, tmp_path / "vorschau") == 2
    start = (tmp_path / "vorschau" / "index.html").read_text("utf-8")
    assert ('href="angebote/kurs/index.html"' in start
            and 'href="angebote/kurs/index.html#termine"' in start)
    assert 'href="https://example.org/"' in start and 'href="assets/a.css"' in start
    offer = (tmp_path / "vorschau" / "angebote" / "kurs" / "index.html").read_text("utf-8")
    assert offer.count('href="../../index.html"') == 2 and 'href="../../fehlt/"' in offer


def test_ci_templates_call_commands_that_exist():
    """Every generator call in the GitHub and GitLab templates parses (options included)."""
    import re
    import shlex

    from generator.cli import build_parser

    calls = []
    for name in [".gitlab-ci.yml", *sorted(p.relative_to(REPO).as_posix()
                                            for p in (REPO / ".github/workflows").glob("*.yml"))]:
        text = (REPO / name).read_text("utf-8").replace("\\\n", " ")
        calls += [m.group(1) for m in re.finditer(r"python -m generator ([^|>&;\n]+)", text)]
    assert len(calls) >= 10
    for call in calls:
        words = [re.sub(r"\$\{\{[^}]*\}\}|\$\w+", "x", w) for w in shlex.split(call)]
        args = build_parser().parse_args(words)
        assert args.handler, call
