"""The print-shop bundle, repeatable bytes, the cache and the command line."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf

from generator.cli import main
from tests.handouts_support import (
    FIXTURE,
    TODAY,
    build,
    copy_bundle,
    copy_fixture,
    load,
    render_sample,
)

ROOT = Path(__file__).resolve().parents[1]


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.pdf"))}


def test_manifest_lists_every_print_pdf_with_pages_and_checksum(fixture_handouts):
    result = fixture_handouts.result
    folder = fixture_handouts.out / "print"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    files = {entry["file"]: entry for entry in manifest["files"]}
    assert set(files) == {f.print_file.name for f in result.handouts}
    assert manifest["crop_marks"] is True and manifest["bleed_mm"] == 3
    for name, entry in files.items():
        assert entry["sha256"] == hashlib.sha256((folder / name).read_bytes()).hexdigest()
        assert entry["variant"] == "PDF/X-4" and entry["format"].startswith("A4")
        info = subprocess.run(["pdfinfo", str(folder / name)], capture_output=True, text=True,
                              check=True).stdout
        assert f"Pages:           {entry['pages']}\n" in info
    with (folder / "manifest.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["file", "title", "pages", "format", "variant", "sha256"]
    assert {r["file"]: r["sha256"] for r in rows} == {n: e["sha256"] for n, e in files.items()}
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert "3 mm" in readme and "PDF/X-4" in readme and "Papierempfehlung" in readme


def test_same_input_same_bytes_across_processes(fixture_handouts, tmp_path):
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "generator", "handouts", "--root", str(FIXTURE),
                    "--today", "2026-09-01", "--print-out", str(tmp_path / "print"),
                    "--screen-out", str(tmp_path / "screen"), "--jobs", "1"],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    first = fixture_handouts.out  # rendered in this process with two workers
    assert digests(first / "print") == digests(tmp_path / "print")
    assert digests(first / "site" / "handouts") == digests(tmp_path / "screen")


def test_source_date_epoch_sets_the_pdf_dates(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    slug = "angebot-bewerbungstraining-herbst"
    for variant in ("print", "screen"):
        path = render_sample(load(), TODAY, [slug], tmp_path / variant, variant)[slug]
        with pikepdf.open(path) as pdf:
            assert str(pdf.docinfo.CreationDate).startswith("D:20260101000000")
            assert str(pdf.docinfo.ModDate).startswith("D:20260101000000")


def test_unchanged_handouts_are_skipped_and_changes_rendered(fixture_handouts, tmp_path):
    first = fixture_handouts.result
    assert first.skipped == 0 and first.rendered == 2 * len(first.handouts)
    root = copy_fixture(tmp_path / "data")
    copy_bundle(fixture_handouts, tmp_path)
    second = build(tmp_path, root=root, jobs=1)
    assert (second.rendered, second.skipped) == (0, 2 * len(first.handouts))

    offer = root / "offers" / "agentur-test" / "berufsberatung-schule.yaml"
    offer.write_text(offer.read_text(encoding="utf-8").replace(
        "Berufsberatung in der Schule", "Berufsberatung in deiner Schule"), encoding="utf-8")
    (tmp_path / "print" / "schule-realschule-testau-klasse-7.pdf").unlink()
    third = build(tmp_path, root=root, jobs=1)
    # The offer is in classes 9 and 10 (class sheet, parents' letter and catalogue each), both
    # towns and its own sheet; the deleted PDF comes back.
    assert third.rendered == 2 * 9 + 1
    assert (tmp_path / "print" / "schule-realschule-testau-klasse-7.pdf").is_file()


def test_crop_mark_setting_invalidates_the_cache(fixture_handouts_without_crop_marks):
    again = fixture_handouts_without_crop_marks.result  # built on a copy of the default build
    assert again.rendered == 2 * len(again.handouts)


def test_cli_writes_both_folders(fixture_handouts_without_crop_marks, tmp_path, capsys):
    earlier = fixture_handouts_without_crop_marks.out
    shutil.copytree(earlier / "print", tmp_path / "p")
    shutil.copytree(earlier / "site" / "handouts", tmp_path / "s")
    code = main(["handouts", "--root", str(FIXTURE), "--today", "2026-09-01",
                 "--print-out", str(tmp_path / "p"), "--screen-out", str(tmp_path / "s"),
                 "--no-crop-marks", "--jobs", "2"])
    assert code == 0
    # Both folders and the setting reach the bundle: everything is found unchanged.
    assert "17 Handouts: 0 PDFs erzeugt, 34 unverändert" in capsys.readouterr().out
    assert (tmp_path / "p" / "manifest.json").is_file()
    assert (tmp_path / "s" / "gemeinde-testau.pdf").is_file()


def test_cli_missing_site_url_is_a_clear_error(tmp_path, capsys):
    root = copy_fixture(tmp_path / "data")
    (root / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    code = main(["handouts", "--root", str(root), "--today", "2026-09-01",
                 "--print-out", str(tmp_path / "p"), "--screen-out", str(tmp_path / "s")])
    err = capsys.readouterr().err
    assert code == 1
    assert "„site_url“ fehlt" in err and "Traceback" not in err


def test_cli_rejects_a_profile_that_is_not_cmyk(tmp_path, capsys):
    bad = tmp_path / "profil.icc"
    bad.write_bytes(b"kein Profil")
    code = main(["handouts", "--root", str(FIXTURE), "--today", "2026-09-01", "--icc", str(bad),
                 "--print-out", str(tmp_path / "p"), "--screen-out", str(tmp_path / "s")])
    assert code == 1
    assert "ist kein CMYK-ICC-Profil" in capsys.readouterr().err


def test_a_print_shops_profile_replaces_fogra39_and_is_named_everywhere(tmp_path):
    from generator.render.handouts.assets import find_assets
    from generator.render.handouts.document import PrintSettings
    from generator.render.handouts.manifest import write_manifest

    shop = Path("/usr/share/color/icc/ghostscript/default_cmyk.icc")  # a CMYK output profile
    assets = find_assets(shop)
    assert assets.output.identifier == "Artifex CMYK SWOP Profile"
    assert assets.files["output.icc"] == shop
    write_manifest(tmp_path, [], PrintSettings(), assets.output, "koordination@example.org")
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["output_intent"]["identifier"] == "Artifex CMYK SWOP Profile"
    assert "„Artifex CMYK SWOP Profile“" in (tmp_path / "README.txt").read_text(encoding="utf-8")
    assert find_assets().output.identifier == "FOGRA39"
