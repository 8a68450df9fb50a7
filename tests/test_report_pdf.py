"""report --format pdf: the steering group's paper, read back as text and fonts with poppler."""

from __future__ import annotations

import subprocess

import pytest

from generator.cli import main
from tests.report_support import offer, write_root
from tests.test_report_analysis import ORIGINAL, REWORDED, TODAY

HOSTILE = offer("boese", "traeger-a", "<b>Fett</b> & <img src=x> Kurs", ["05799012"],
                summary="Ein <script>alert(1)</script> Kurs für Klasse 9 und 10.",
                last_reviewed="2024-01-15")  # stale: its title appears among the tasks
# SGB II and SGB III coaching the same classes in the same town: a double structure task
COACHING = offer("coaching-jc", "jobcenter", "Schülercoaching", ["05799012"], category="coaching",
                 summary="Eine feste Ansprechperson begleitet dich in Klasse 9 und 10.")
ESCORT = offer("bereb-aa", "agentur", "Berufseinstiegsbegleitung", ["05799012"],
               category="berufseinstiegsbegleitung",
               summary="Wir begleiten dich von der Schule in die Ausbildung.")


@pytest.fixture(scope="module")
def paper(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    root = write_root(folder / "daten", [ORIGINAL, REWORDED, HOSTILE, COACHING, ESCORT])
    out = folder / "bericht.pdf"
    assert main(["report", "--root", str(root), "--format", "pdf", "--out", str(out),
                 "--today", TODAY.isoformat()]) == 0
    return out


def poppler(*args) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def test_the_paper_has_summary_matrix_pairs_and_partners(paper):
    text = poppler("pdftotext", "-layout", str(paper), "-")
    for heading in ("Auf einen Blick", "Zu wenig und zu viel", "Dasselbe Angebot doppelt",
                    "Doppelstruktur?", "Aufgaben je Partner", "Bildungsträger A"):
        assert heading in text
    assert "Kreis Testheim" in text and f"Stand {TODAY.isoformat()}" in text


def test_a_task_names_its_kind_once(paper):
    text = " ".join(poppler("pdftotext", str(paper), "-").split())
    tasks = text[text.index("Aufgaben je Partner"):]
    assert "Doppelstruktur? „Berufseinstiegsbegleitung“ und „Schülercoaching“" in tasks
    assert "Doppelstruktur?: Doppelstruktur?" not in tasks


def test_partner_text_stays_text(paper):
    text = poppler("pdftotext", str(paper), "-")
    assert "<b>Fett</b> & <img src=x> Kurs" in text.replace("\n", " ")


def test_only_the_site_font_is_embedded_and_the_pdf_is_tagged(paper):
    fonts = poppler("pdffonts", str(paper))
    names = [line.split()[0] for line in fonts.splitlines()[2:]]
    assert names and all("Report-Sans" in n or "Open-Sans" in n for n in names), names
    info = poppler("pdfinfo", str(paper))
    assert "Tagged:          yes" in info and "A4" in info


def test_a_pdf_is_not_written_to_a_terminal(tmp_path, capsys, monkeypatch):
    root = write_root(tmp_path / "daten", [ORIGINAL])
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    code = main(["report", "--root", str(root), "--format", "pdf",
                 "--today", TODAY.isoformat()])
    assert code == 2 and "--out bericht.pdf" in capsys.readouterr().err
