"""The PDFs themselves, read back with pikepdf and poppler: boxes, fonts, tags, output intent."""

from __future__ import annotations

import json

import pikepdf
import pytest

from generator.render.handouts.document import BLEED_MM
from generator.render.handouts.preflight import preflight
from generator.render.handouts.print_profile import icc_description
from tests.handouts_support import flat_text, pdffonts, pdftotext

MM = 72 / 25.4
A4 = (595.28, 841.89)


@pytest.fixture(scope="module")
def bundle(fixture_handouts):
    return fixture_handouts.result


def pdfs(bundle, variant):
    return [getattr(f, f"{variant}_file") for f in bundle.handouts]


def box(page, name):
    return [float(v) for v in page.obj[name]]


def test_every_handout_in_both_variants(bundle):
    slugs = {f.handout.slug for f in bundle.handouts}
    assert "schule-realschule-testau-klasse-9" in slugs
    assert {"gemeinde-testau", "gemeinde-muehlbach", "angebot-bewerbungstraining-herbst"} <= slugs
    assert all(f.print_file.is_file() and f.screen_file.is_file() for f in bundle.handouts)
    assert bundle.refused == []


def test_print_pages_are_a4_with_3mm_bleed_and_room_for_crop_marks(bundle):
    for path in pdfs(bundle, "print"):
        with pikepdf.open(path) as pdf:
            for page in pdf.pages:
                left, top, right, bottom = box(page, "/TrimBox")
                assert (right - left, bottom - top) == pytest.approx(A4, abs=0.01)
                bleed = box(page, "/BleedBox")
                assert bleed == pytest.approx([left - BLEED_MM * MM, top - BLEED_MM * MM,
                                               right + BLEED_MM * MM, bottom + BLEED_MM * MM])
                media = box(page, "/MediaBox")
                assert media[0] < bleed[0] and media[2] > bleed[2]  # marks outside the bleed


def test_without_crop_marks_the_page_ends_at_the_bleed(fixture_handouts_without_crop_marks):
    result = fixture_handouts_without_crop_marks.result
    with pikepdf.open(result.handouts[0].print_file) as pdf:
        page = pdf.pages[0]
        assert box(page, "/MediaBox") == pytest.approx(box(page, "/BleedBox"))


def test_screen_pages_are_plain_a4(bundle):
    with pikepdf.open(bundle.handouts[0].screen_file) as pdf:
        left, top, right, bottom = box(pdf.pages[0], "/MediaBox")
        assert (right - left, bottom - top) == pytest.approx(A4, abs=0.01)


@pytest.mark.parametrize("variant", ["print", "screen"])
def test_one_font_family_embedded_and_subset(bundle, variant):
    for path in pdfs(bundle, variant):
        fonts = pdffonts(path)
        assert fonts
        for row in fonts:
            name, emb, sub = row[0], row[-5], row[-4]
            assert "Handout-Sans" in name, (path.name, name)
            assert (emb, sub) == ("yes", "yes"), (path.name, row)


def test_print_pdfs_are_pdf_x4_with_cmyk_output_intent(bundle):
    for path in pdfs(bundle, "print"):
        with pikepdf.open(path) as pdf:
            intents = pdf.Root.OutputIntents
            assert intents[0].S == "/GTS_PDFX"
            assert intents[0].DestOutputProfile.N == 4  # a CMYK profile
            xmp = pdf.Root.Metadata.read_bytes()
            assert b"PDF/X-4" in xmp
            assert "/EmbeddedFiles" not in pdf.Root.get("/Names", {})


def test_print_pdfs_use_no_rgb_colour(bundle):
    for path in pdfs(bundle, "print"):
        with pikepdf.open(path) as pdf:
            for page in pdf.pages:
                operators = {str(op) for _, op in pikepdf.parse_content_stream(page)}
                assert not operators & {"rg", "RG"}, path.name


def test_screen_pdfs_are_tagged_with_title_and_language(bundle):
    for handout in bundle.handouts:
        with pikepdf.open(handout.screen_file) as pdf:
            assert "/StructTreeRoot" in pdf.Root
            assert str(pdf.Root.Lang) == "de"
            assert str(pdf.docinfo.Title) == handout.handout.title
            assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
            assert handout.handout.title.encode() in pdf.Root.Metadata.read_bytes()


def test_no_pdf_has_embedded_files_or_file_annotations(bundle):
    for path in pdfs(bundle, "print") + pdfs(bundle, "screen"):
        with pikepdf.open(path) as pdf:
            assert "/EmbeddedFiles" not in pdf.Root.get("/Names", {})
            for page in pdf.pages:
                for annot in page.get("/Annots", []):
                    assert annot.Subtype != "/FileAttachment"


def test_school_handout_lists_the_class_offers_and_who_helps(bundle):
    files = {f.handout.slug: f for f in bundle.handouts}
    text = " ".join(pdftotext(files["schule-realschule-testau-klasse-9"].print_file).split())
    assert "Berufsberatung in der Schule" in text
    assert "Bewerbungstraining im Herbst" in text
    assert "Potenzialanalyse" not in text  # class 8 only
    assert "Berufsberatung Team Testau" in text  # the school's career counsellor
    assert "Jobcenter Kreis Testau" in text
    assert "Stadtjugendamt Testau" in text  # the town's own Jugendamt, not the district's
    assert "Mo 12.10. bis Mi 14.10.2026" in text  # dates in the school year
    class8 = " ".join(pdftotext(files["schule-realschule-testau-klasse-8"].print_file).split())
    assert "Potenzialanalyse für die Klasse 8" in class8
    assert "Bewerbungstraining im Herbst" not in class8


def test_municipality_overview_names_its_jugendamt(bundle):
    files = {f.handout.slug: f for f in bundle.handouts}
    text = " ".join(pdftotext(files["gemeinde-muehlbach"].screen_file).split())
    assert "Kreisjugendamt Testau" in text
    assert "Bewerbungstraining im Herbst" in text
    assert "Potenzialanalyse" not in text  # served in Testau only


def test_offer_sheet_is_one_page_with_description(bundle):
    files = {f.handout.slug: f for f in bundle.handouts}
    sheet = files["angebot-bewerbungstraining-herbst"]
    assert sheet.pages == 1
    text = " ".join(pdftotext(sheet.screen_file).split())
    assert "Du bekommst eine fertige Bewerbungsmappe." in text
    assert "Übung für das Vorstellungsgespräch" in text


def test_output_intent_names_fogra39_and_manifest_and_readme_agree(bundle):
    folder = bundle.handouts[0].print_file.parent
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert manifest["output_intent"]["identifier"] == "FOGRA39"
    assert "„FOGRA39“" in readme and "SWOP" not in readme and "default_cmyk" not in readme
    for path in pdfs(bundle, "print"):
        with pikepdf.open(path) as pdf:
            intent = pdf.Root.OutputIntents[0]
            assert str(intent.OutputConditionIdentifier) == "FOGRA39"
            assert str(intent.RegistryName) == "http://www.color.org"
            profile = intent.DestOutputProfile.read_bytes()
            assert icc_description(profile) == manifest["output_intent"]["info"]
            assert profile[16:20] == b"CMYK" and profile[12:16] == b"prtr"


def test_print_files_pass_the_preflight(bundle):
    problems = [p for path in pdfs(bundle, "print") for p in preflight(path)]
    assert problems == []


def test_the_preflight_rejects_the_screen_variant(bundle):
    # The screen PDF has links and RGB text: exactly what a print shop would refuse.
    problems = " ".join(preflight(bundle.handouts[0].screen_file))
    assert "Annotationen" in problems and "RGB" in problems and "Buntfarben" in problems


def is_cmyk(page, name: str | None) -> bool:
    if name is None or name == "/DeviceCMYK":
        return name is not None
    space = page.obj.Resources.get("/ColorSpace", {}).get(name)
    return space is not None and space[0] == "/ICCBased" and int(space[1].N) == 4


def test_all_print_text_is_set_in_pure_black(bundle):
    for path in pdfs(bundle, "print"):
        with pikepdf.open(path) as pdf:
            for page in pdf.pages:
                space, colour, in_text, shown = None, None, False, 0
                for operands, op in pikepdf.parse_content_stream(page):
                    op = str(op)
                    if op == "cs":
                        space = str(operands[0])
                    elif op in ("k", "sc", "scn"):
                        space = "/DeviceCMYK" if op == "k" else space
                        colour = [float(v) for v in operands]
                    elif op == "BT":
                        in_text = True
                    elif op == "ET":
                        in_text = False
                    elif in_text and op in ("Tj", "TJ"):
                        assert is_cmyk(page, space) and colour == [0, 0, 0, 1], \
                            (path.name, space, colour)
                        shown += 1
                assert shown, path.name


def test_links_only_in_the_screen_variant(bundle):
    files = {f.handout.slug: f for f in bundle.handouts}
    sheet = files["schule-realschule-testau-klasse-9"]
    with pikepdf.open(sheet.screen_file) as pdf:
        uris = {str(a.A.URI) for p in pdf.pages for a in p.get("/Annots", []) if "/A" in a}
    assert "mailto:berufsberatung@agentur-testau.example.org" in uris
    for path in pdfs(bundle, "print"):
        with pikepdf.open(path) as pdf:
            assert all("/Annots" not in page.obj for page in pdf.pages), path.name


def test_class_sheet_letter_and_catalogue_for_every_class(bundle):
    files = {f.handout.slug: f for f in bundle.handouts}
    for n in (7, 8, 9, 10):
        base = f"schule-realschule-testau-klasse-{n}"
        assert files[base].pages <= 2 and files[base + "-elternbrief"].pages == 1
        assert base + "-katalog" in files
    letter = flat_text(files["schule-realschule-testau-klasse-9-elternbrief"].print_file)
    assert "Liebe Eltern der Klasse 9" in letter and "Berufsberatung Team Testau" in letter
    assert "Was Sie tun können" in letter

