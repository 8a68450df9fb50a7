"""A hostile offer cannot pull a local file into a PDF, and the fetcher refuses everything else."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from generator.render.handouts.assets import find_assets
from generator.render.handouts.bundle import build_handouts
from generator.render.handouts.document import HandoutDocument
from generator.render.handouts.fetcher import AssetFetcher, RefusedResource
from generator.render.handouts.pdf import write_pdf
from tests.handouts_support import TODAY, copy_fixture, load, pdftotext

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
