"""Real mkdocs builds: the demo district, a hostile data set, reproducibility, budgets."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.cli import main
from generator.render.site.csp import inline_scripts, policy, script_hash
from tests.site_support import REPO, build_site, copy_site_config

TODAY = dt.date(2026, 11, 24)
MINI = REPO / "tests" / "fixtures" / "mini"
PAGE_TYPES = {
    "home": "index.html", "offer": "angebote/{offer}/index.html",
    "partner": "partner/{partner}/index.html", "town": "orte/lindenau/index.html",
    "topic": "themen/bewerbung/index.html", "class": "klassen/9/index.html",
    "after-school": "klassen/nach-der-schule/index.html", "handouts": "handouts/index.html",
    "open-data": "daten/index.html", "search": "suche/index.html",
    "partner-guide": "partner-guide/index.html", "imprint": "impressum/index.html",
    "privacy": "datenschutz/index.html", "accessibility": "barrierefreiheit/index.html",
}


def mini_root(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(MINI, root)
    copy_site_config(root)
    return root


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.headings: list[int] = []
        self.links: list[str] = []
        self.scripts: list[tuple[dict, str]] = []
        self.attributes: list[tuple[str, str, str]] = []
        self._script: dict | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.attributes += [(tag, k, v or "") for k, v in attrs]
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        if tag == "script":
            self._script, self._text = attributes, []

    def handle_data(self, data):
        if self._script is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._text)))
            self._script = None


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def demo_site(demo_build) -> Path:
    return demo_build


def html_pages(site: Path) -> list[Path]:
    """The public pages; the partners' editor under redaktion/ is tested in
    test_editor_browser.py (it is the one page that may talk to the Git host)."""
    return sorted(p for p in site.rglob("*.html") if p.relative_to(site).parts[0] != "redaktion")


def test_every_page_type_is_built(demo_site):
    offer = next((demo_site / "angebote").iterdir()).name
    for kind, pattern in PAGE_TYPES.items():
        path = demo_site / pattern.format(offer=offer, partner="agentur-lindenau")
        assert path.is_file(), kind
    assert (demo_site / "daten" / "angebote.json").is_file()


def test_pages_have_one_h1_and_no_skipped_heading_levels(demo_site):
    for path in html_pages(demo_site):
        page = parse(path)
        content = [h for h in page.headings]
        assert content.count(1) == 1, path
        for before, after in zip(content, content[1:], strict=False):
            assert after <= before + 1, f"{path}: h{before} → h{after}"


def test_internal_links_resolve(demo_site):
    # 404.html links from the root of site_url (mkdocs does this, it is shown at any path)
    for path in [p for p in html_pages(demo_site) if p.name != "404.html"]:
        for href in parse(path).links:
            if re.match(r"^[a-z]+:", href) or href.startswith("#"):
                continue
            target = (path.parent / href.split("#")[0]).resolve()
            if href.endswith(".pdf") and "handouts" in href:
                continue  # written by the handouts step after the mkdocs build
            assert target.exists() or (target / "index.html").exists(), f"{path}: {href}"


def test_every_inline_script_is_allowed_by_the_policy(demo_site):
    allowed = {script_hash(s) for s in inline_scripts()}
    assert allowed and all(h in policy() for h in allowed)
    for path in html_pages(demo_site):
        page = parse(path)
        text = path.read_text(encoding="utf-8")
        assert 'http-equiv="Content-Security-Policy"' in text
        for attributes, body in page.scripts:
            if "src" in attributes:
                assert not re.match(r"^(https?:)?//", attributes["src"]), path
            elif attributes.get("type") != "application/json":
                assert script_hash(body) in allowed, f"{path}: unknown inline script"


def test_offer_pages_stay_within_40_kb(demo_site):
    sizes = [p.stat().st_size for p in (demo_site / "angebote").rglob("index.html")]
    assert len(sizes) > 50 and max(sizes) <= 40 * 1024


def test_offer_page_has_what_a_pupil_needs(demo_site):
    text = (demo_site / "angebote" / "asa-flex-assistierte-ausbildung" / "index.html"
            ).read_text(encoding="utf-8")
    for needle in ("Wer bietet es an?", "Für wen?", "Was kostet es?", "Wie melde ich mich an?",
                   'href="tel:+493023125107"', 'href="mailto:ausbildungsvermittlung@',
                   "Zuletzt geprüft am 30.07.2026", "Sprachen: Deutsch",
                   "?subject=Fehler%20im%20Angebotswegweiser", ">Fehler melden</a>"):
        assert needle in text


def test_town_page_says_who_is_responsible(demo_site):
    text = (demo_site / "orte" / "lindenau" / "index.html").read_text(encoding="utf-8")
    assert "Wer ist zuständig?" in text
    for role in ("Agentur für Arbeit", "Jobcenter", "Jugendamt"):
        assert f"<h3>{role}</h3>" in text
    assert "Dazu fehlt noch ein Eintrag" not in text


def test_the_editor_is_built_but_never_linked_from_public_pages(demo_site):
    assert (demo_site / "redaktion" / "index.html").is_file()
    assert (demo_site / "redaktion" / "decap-cms.js").is_file()
    for path in html_pages(demo_site):
        assert not [href for href in parse(path).links if "redaktion" in href], path
    assert "redaktion" not in (demo_site / "sitemap.xml").read_text(encoding="utf-8")


def test_school_offers_appear_only_in_their_schools_groups(demo_site):
    """A school's own offer is listed under its school ("An deiner Schule") on its class, topic
    and town pages and on the school's page, never among the offers for everyone."""
    school_offer = "betriebspraktikum-realschule-lindenau"
    listed = [p.relative_to(demo_site).as_posix() for p in html_pages(demo_site)
              if f"angebote/{school_offer}/" in p.read_text(encoding="utf-8")
              and p.parent.name != school_offer]
    assert sorted(listed) == ["klassen/9/index.html", "orte/lindenau/index.html",
                              "partner/realschule-lindenau/index.html",
                              "themen/praktikum/index.html"]
    for path in ("klassen/9/index.html", "orte/lindenau/index.html", "themen/praktikum/index.html"):
        text = (demo_site / path).read_text(encoding="utf-8")
        school_group = text.split('id="schule-realschule-lindenau"')[1].split("</details>")[0]
        assert f"angebote/{school_offer}/" in school_group
    page = (demo_site / "angebote" / school_offer / "index.html").read_text(encoding="utf-8")
    assert "nur an der Schule Lindenhof-Realschule Lindenau" in page


def test_no_external_resources_or_storage_in_the_output(demo_site):
    for path in html_pages(demo_site):
        text = path.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
        for tag, name, value in parse(path).attributes:
            if tag in ("script", "link", "img", "iframe", "source") and name in ("src", "href"):
                assert not re.match(r"^(https?:)?//", value) or (tag == "link" and "canonical"
                                                                 in text), (path, value)
    bundle = next((demo_site / "assets" / "javascripts").glob("bundle.*.js")).read_text()
    assert "__md_get" in bundle  # the theme's storage goes through the replaced helpers


def test_two_builds_are_byte_identical(tmp_path):
    root = mini_root(tmp_path)

    def digest(site: Path) -> dict[str, str]:
        return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(site.rglob("*")) if p.is_file()}

    first = digest(build_site(root, tmp_path / "a", TODAY))
    second = digest(build_site(root, tmp_path / "b", TODAY))
    assert first == second and "sitemap.xml.gz" in first


HOSTILE_PARTNER = """\
id: boese
name: "Böse <script>alert('name')</script> [x](javascript:alert(1))"
kind: traeger
summary: "<img src=x onerror=alert(1)> {{ config }} {% if 1 %}x{% endif %}"
website: https://boese.example.org/"><script>alert(1)</script>
locations:
  - id: haus
    name: "</title><script>alert(2)</script>"
    street: "Markt 1 <svg onload=alert(3)>"
    postal_code: "37901"
    city: "Testheim\\u2028---"
    municipality: "05799004"
contacts:
  - id: info
    name: "Team <b onmouseover=alert(4)>Info</b>"
    email: info@boese.example.org
    phone: "+49 30 23125 009"
    hours: "javascript:alert(5)"
  - id: trenner
    name: "---"
    phone: "+49 30 23125 010"
"""

HOSTILE_OFFER = """\
id: kaputt
provider: boese
title: "</title><script>alert(6)</script> [Klick](javascript:alert(7)) ![x](https://evil.example.org/p.png)"
summary: "--- title: gekapert --- <iframe src=https://evil.example.org></iframe> `code` *"
description: |
  Ganz normal mit **fett** und [Link](https://ok.example.org).

  {{ config.site_name }} &lt;script&gt;alert(8)&lt;/script&gt;
category: bewerbung
target:
  classes: [9]
  audiences: [schueler]
municipalities: ["05799004"]
venues: [boese/haus]
registration:
  required: true
  how: "<a href=javascript:alert(9)>hier</a>"
costs:
  free: true
  note: "\\" onfocus=\\"alert(10)"
contact: boese/info
legal_basis: ["<style>body{display:none}</style>"]
last_reviewed: 2026-10-01
"""

# Event handlers and javascript: URLs are checked on parsed attributes below.
EXECUTABLE = re.compile(r"<script[^>]*>\s*alert|<iframe|<object|<embed"
                        r"|<style|<img[^>]*evil|<[a-z][^>\"]*\s(href|src|action)\s*=\s*[\"']?\s*javascript:",
                        re.IGNORECASE)


def test_hostile_data_set_comes_through_as_text(tmp_path):
    root = mini_root(tmp_path)
    (root / "partners" / "boese.yaml").write_text(HOSTILE_PARTNER, encoding="utf-8")
    (root / "offers" / "boese").mkdir()
    (root / "offers" / "boese" / "kaputt.yaml").write_text(HOSTILE_OFFER, encoding="utf-8")
    site = build_site(root, tmp_path / "site", TODAY)
    offer = site / "angebote" / "kaputt" / "index.html"
    assert offer.is_file()
    for path in html_pages(site):
        html = path.read_text(encoding="utf-8")
        for match in EXECUTABLE.finditer(_without_own_code(html)):
            pytest.fail(f"{path}: {match.group(0)!r} came through")
        allowed = {script_hash(s) for s in inline_scripts()}
        page = parse(path)
        for tag, name, value in page.attributes:
            assert not name.startswith("on"), (path, tag, name)
            assert not value.strip().lower().startswith("javascript:"), (path, tag, name)
        for attributes, body in page.scripts:
            assert "src" in attributes or attributes.get("type") == "application/json" \
                or script_hash(body) in allowed, path
    text = offer.read_text(encoding="utf-8")
    assert "&lt;/title&gt;&lt;script&gt;alert(6)" in text  # visible as text
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(6)" in text
    assert "{{ config.site_name }}" in text
    index = (site / "assets" / "aw" / "suchindex.json").read_text(encoding="utf-8")
    assert "<script>" in index  # data in JSON, rendered with textContent by search.js


def _without_own_code(html: str) -> str:
    """The theme's JSON config block and the CSP meta are ours; drop them before matching."""
    html = re.sub(r'<script id="__config" type="application/json">.*?</script>', "", html,
                  flags=re.DOTALL)
    return re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)


def test_description_outside_the_subset_stops_check_with_file_line_field(tmp_path, capsys):
    root = mini_root(tmp_path)
    offer = root / "offers" / "traeger-b" / "elterninfo.yaml"
    offer.write_text(offer.read_text(encoding="utf-8") + textwrap.dedent("""\
        description: |
          Text mit [Link](javascript:alert(1)).
        """), encoding="utf-8")
    code = main(["build", "--root", str(root), "--out", str(tmp_path / "site"),
                 "--today", TODAY.isoformat()])
    captured = capsys.readouterr()
    assert code == 1 and not (tmp_path / "site").exists()
    assert "offers/traeger-b/elterninfo.yaml:12:" in captured.out
    assert "description-markup: [description] Links müssen mit https://" in captured.out
    assert "Die Website wurde nicht gebaut" in captured.err


def test_build_without_mkdocs_yml_is_a_clear_error(tmp_path, capsys):
    root = tmp_path / "data"
    shutil.copytree(MINI, root)
    code = main(["build", "--root", str(root), "--out", str(tmp_path / "site"),
                 "--today", TODAY.isoformat()])
    assert code == 1
    assert "mkdocs.yml: Datei fehlt" in capsys.readouterr().err


def test_partner_guide_names_every_offer_field():
    from generator.model.offer import Offer

    guide = (REPO / "docs" / "partner-guide.md").read_text(encoding="utf-8")
    missing = [name for name in Offer.model_fields if f"`{name}`" not in guide]
    assert missing == []


def test_build_writes_the_linked_handouts_and_the_print_bundle(demo_site):
    """One `build` gives the site, its screen PDFs and the print shop's bundle."""
    links = set()
    for path in html_pages(demo_site):
        for href in re.findall(r'href="([^"#]+\.pdf)"', path.read_text(encoding="utf-8")):
            links.add((path.parent / href).resolve())
    assert links and all(link.is_file() for link in links)
    manifest = json.loads((demo_site.parent / "print" / "manifest.json").read_text())
    files = [entry["file"] for entry in manifest["files"]]
    assert len(files) == len(list((demo_site / "handouts").glob("*.pdf")))
    assert all((demo_site.parent / "print" / name).is_file() for name in files)


def test_a_district_can_switch_off_the_network_section(tmp_path):
    root = mini_root(tmp_path)
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "network_section: true" in text
    config.write_text(text.replace("network_section: true", "network_section: false"),
                      encoding="utf-8")
    site = build_site(root, tmp_path / "site", TODAY)
    assert not (site / "qualitaet").exists() and not (site / "partner-guide").exists()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Für das Netzwerk" not in home and "partner-guide/" not in home
    assert "Wer hilft mir?" in home and "leichte-sprache/" in home
