"""A hostile offer cannot pull a local file into a PDF, and the fetcher refuses everything else."""

from __future__ import annotations

import json
from pathlib import Path

import pikepdf
import pytest

from generator.render.handouts.assets import find_assets
from generator.render.handouts.bundle import build_handouts
from generator.render.handouts.cache import CACHE_FILE, RenderCache
from generator.render.handouts.document import HandoutDocument
from generator.render.handouts.fetcher import AssetFetcher, RefusedResource
from generator.render.handouts.pdf import write_pdf
from tests.handouts_support import TODAY, build, copy_bundle, copy_fixture, load, pdftotext

# What validation rejects in descriptions; the handout stage must be safe even if some slips by.
RAW_DESCRIPTION = """\
<link rel="attachment" href="file:///etc/hostname">
<img src="file:///etc/passwd">
<div style="background: url(file:///etc/hostname)">Hintergrund</div>

![Bild](file:///etc/passwd) und [Link](file:///etc/hostname)
"""

HOSTILE = """\
id: boeses-angebot
provider: bildungswerk-test
title: "Falle <link rel=attachment href=file:///etc/hostname>"
summary: "Text <img src=file:///etc/passwd> und <style>@import url(file:///etc/hostname);</style>"
description: "Hintergrund: url(file:///etc/hostname) und @import url(file:///etc/passwd);"
category: bewerbung
target:
  classes: [9]
  audiences: [schueler]
municipalities: kreisweit
costs:
  free: true
contact: bildungswerk-test/team
last_reviewed: 2026-06-01
"""
SECRETS = [Path("/etc/hostname"), Path("/etc/passwd")]


def all_stream_bytes(path: Path) -> bytes:
    chunks = []
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                chunks.append(obj.read_bytes())
    return b"\n".join(chunks)


def secret_snippets() -> list[bytes]:
    snippets = []
    for secret in SECRETS:
        if secret.is_file():
            content = secret.read_bytes().strip()
            snippets.append(content.splitlines()[0] if content else b"")
    return [s for s in snippets if len(s) >= 4]


def test_hostile_offer_text_is_printed_not_executed(tmp_path):
    root = copy_fixture(tmp_path / "data")
    (root / "offers" / "bildungswerk-test" / "boeses-angebot.yaml").write_text(
        HOSTILE, encoding="utf-8")
    data = load(root)
    offer = data.offers["boeses-angebot"]
    data.offers["boeses-angebot"] = offer.model_copy(update={"description": RAW_DESCRIPTION})
    result = build_handouts(data, TODAY, "https://angebote.testkreis.example.org/",
                            tmp_path / "print", tmp_path / "screen", jobs=2)
    assert result.refused == []  # escaped text never becomes a request
    hostile = [f for f in result.handouts if "boeses-angebot" in f.handout.offer_ids]
    assert len(hostile) >= 3  # the sheet, class 9, both towns
    for files in hostile:
        for path in (files.print_file, files.screen_file):
            with pikepdf.open(path) as pdf:
                assert "/EmbeddedFiles" not in pdf.Root.get("/Names", {})
            data = all_stream_bytes(path)
            for snippet in secret_snippets():
                assert snippet not in data, (path.name, snippet)
    sheet = next(f for f in hostile if f.handout.kind == "angebot")
    text = " ".join(pdftotext(sheet.screen_file).split())
    assert "<link rel=attachment href=file:///etc/hostname>" in text  # shown as text
    assert "<img src=file:///etc/passwd>" in text
    with pikepdf.open(sheet.screen_file) as pdf:
        links = [str(a.A.URI) for page in pdf.pages for a in page.get("/Annots", [])
                 if "/A" in a and "/URI" in a.A]
    assert links and not [u for u in links if u.startswith("file:")]


def test_fetcher_alone_blocks_files_even_in_raw_html():
    """Defence in depth: HTML that was not escaped still cannot load a local file."""
    html = """<!DOCTYPE html><html lang="de"><head><title>Roh</title>
      <link rel="attachment" href="file:///etc/hostname">
      <link rel="stylesheet" href="file:///etc/passwd"></head>
      <body style="background: url(file:///etc/hostname)"><p>Roh</p>
      <img src="file:///etc/passwd" alt=""><img src="http://example.org/x.png" alt="">
      <img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>" alt=""></body></html>"""
    document = HandoutDocument("roh", "Roh", "screen", html, {})
    pdf = write_pdf(document, find_assets())
    assert "file:///etc/hostname" in pdf.refused and "file:///etc/passwd" in pdf.refused
    assert "http://example.org/x.png" in pdf.refused
    assert any(url.startswith("data:") for url in pdf.refused)
    assert b"/EmbeddedFiles" not in pdf.data
    for snippet in secret_snippets():
        assert snippet not in pdf.data


@pytest.mark.parametrize("url", ["file:///etc/passwd", "http://localhost/", "https://example.org/",
                                 "https://handout-assets.invalid/../../etc/passwd",
                                 "https://handout-assets.invalid/nicht-da.css"])
def test_fetcher_refuses_everything_but_registered_assets(url):
    fetcher = AssetFetcher({"a.css": Path("/dev/null")}, {"qr-x.svg": b"<svg/>"})
    with pytest.raises(RefusedResource):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_fetcher_serves_registered_assets():
    fetcher = AssetFetcher({}, {"qr-x.svg": b"<svg/>"})
    response = fetcher.fetch("https://handout-assets.invalid/qr-x.svg")
    assert response.read() == b"<svg/>"


# The render cache (.handouts-cache.json) is data someone could edit: it never makes the
# handout stage delete or write outside its folder, and a broken one is rebuilt with a warning.

def _first_build(fixture_handouts, tmp_path: Path):
    copy_bundle(fixture_handouts, tmp_path)
    return fixture_handouts.result, tmp_path / "print" / CACHE_FILE


def test_cache_entries_pointing_outside_the_folder_delete_nothing(fixture_handouts, tmp_path):
    first, cache_file = _first_build(fixture_handouts, tmp_path)
    victims = [tmp_path / "outside.pdf", tmp_path / "print-sibling" / "x.pdf"]
    for victim in victims:
        victim.parent.mkdir(exist_ok=True)
        victim.write_bytes(b"%PDF keep me")
    raw = json.loads(cache_file.read_text(encoding="utf-8"))
    entry = next(iter(raw["files"].values()))
    for name in ("../outside.pdf", str(victims[0]), "../print-sibling/x.pdf"):
        raw["files"][name] = entry  # no handout has that name: the old code deleted it
    cache_file.write_text(json.dumps(raw), encoding="utf-8")

    second = build(tmp_path, jobs=2)
    assert all(victim.read_bytes() == b"%PDF keep me" for victim in victims)
    assert len(second.warnings) == 1
    assert second.warnings[0].startswith(f"Warnung: Der Handout-Zwischenspeicher {cache_file} "
                                          "ist beschädigt")
    assert "neu aufgebaut" in second.warnings[0]
    assert second.rendered == len(first.handouts)  # the print folder again, screen skipped
    assert set(json.loads(cache_file.read_text(encoding="utf-8"))["files"]) == {
        h.print_file.name for h in first.handouts}
    assert build(tmp_path, jobs=2).warnings == []  # rebuilt: valid again


@pytest.mark.parametrize("content", [b"{kaputt", b"\xff\xfe", b'{"format": 2, "files": []}',
                                     b'{"format": 2, "files": {"a.pdf": {"key": "x"}}}'])
def test_corrupt_cache_is_rebuilt_with_a_german_warning(fixture_handouts, tmp_path, content):
    first, cache_file = _first_build(fixture_handouts, tmp_path)
    cache_file.write_bytes(content)
    outside = tmp_path / "outside.txt"
    outside.write_text("bleibt", encoding="utf-8")
    part = cache_file.with_name(CACHE_FILE + ".part")
    part.symlink_to(outside)  # writing the new cache must not follow it

    second = build(tmp_path, jobs=2)
    assert [w.split(" (")[0] for w in second.warnings] == [
        f"Warnung: Der Handout-Zwischenspeicher {cache_file} ist beschädigt"]
    assert second.rendered == len(first.handouts)
    assert outside.read_text(encoding="utf-8") == "bleibt"
    assert json.loads(cache_file.read_text(encoding="utf-8"))["format"] == 2


def test_cache_refuses_names_that_leave_its_folder(tmp_path):
    cache = RenderCache(tmp_path)
    for name in ("../x.pdf", "/etc/x.pdf", "a/b.pdf", "..", "x.txt", ""):
        with pytest.raises(ValueError):
            cache.target(name)
    assert cache.target("angebot-x.pdf") == tmp_path / "angebot-x.pdf"
