"""Everything the generator adds to a site, as plain files: path → Markdown page or asset.

Each page builder returns {markdown path: text}; this module runs them in order and adds the
search index, the open data exports and the site's own CSS and JavaScript. Nothing here knows
mkdocs: another static site builder can build the same files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from generator.analyse.report import build_report
from generator.model.dataset import Dataset
from generator.render import urls
from generator.render.exports.write import export_files
from generator.render.handouts.catalogue import handout_catalogue
from generator.render.site.background import in_forked_process
from generator.render.site.context import SiteContext
from generator.render.site.finder_page import HOME_MARKER, finder_block, search_page
from generator.render.site.glossary import glossary_page
from generator.render.site.page_deps import recording
from generator.render.site.page_memo import remembering
from generator.render.site.pages_category import category_pages
from generator.render.site.pages_class import class_pages
from generator.render.site.pages_guide import (
    GUIDE_DATA,
    GUIDE_SCRIPT,
    guide_data,
    guide_page,
    guide_towns,
)
from generator.render.site.pages_municipality import municipality_pages
from generator.render.site.pages_offer import offer_pages
from generator.render.site.pages_partner import partner_pages
from generator.render.site.pages_service import (
    HandoutFile,
    easy_language_page,
    handout_page,
    open_data_page,
)
from generator.render.site.pages_situation import situation_pages
from generator.render.site.quality_page import quality_pages
from generator.render.site.search_index import search_files
from generator.render.site.serve_cache import Generation, SiteMemo

ASSET_DIR = Path(__file__).parent / "assets"
OWN_ASSETS = {"assets/aw/site.css": "site.css", "assets/aw/search.js": "search.js",
              "assets/aw/finder-engine.js": "finder-engine.js",
              "assets/aw/finder-view.js": "finder-view.js", "assets/aw/finder.css": "finder.css",
              GUIDE_SCRIPT: "guide.js"}
CSS_PATH = "assets/aw/site.css"
FINDER_CSS_PATH = "assets/aw/finder.css"
# Navigation: (title, Markdown path). Offer, partner, town, topic and class pages stay out
# of it: the theme writes the whole navigation into every page.
NAV = (("Start", "index.md"), ("Suche", urls.page_source(urls.SEARCH_PATH)),
       ("Wer hilft mir?", urls.page_source(urls.GUIDE_PATH)),
       ("Deine Lage", urls.page_source(urls.SITUATIONS_PATH)),
       ("Klassen", urls.page_source(urls.CLASSES_PATH)),
       ("Orte", urls.page_source(urls.MUNICIPALITIES_PATH)),
       ("Themen", urls.page_source(urls.CATEGORIES_PATH)),
       ("Partner", urls.page_source(urls.PARTNERS_PATH)),
       ("Handouts", urls.page_source(urls.HANDOUTS_PATH)),
       ("Wörter erklärt", urls.page_source(urls.GLOSSARY_PATH)),
       ("Leichte Sprache", urls.page_source(urls.EASY_LANGUAGE_PATH)),
       ("Offene Daten", urls.page_source(urls.OPEN_DATA_PATH)))
# The pages for the network's own people: a section of their own, which a district can switch
# off for its public site (plugin option network_section: false in mkdocs.yml).
NETWORK_SECTION = "Für das Netzwerk"
NETWORK_NAV = (("Qualitätsbericht", urls.page_source(urls.QUALITY_PATH)),
               ("Für Partner", "partner-guide.md"))
NETWORK_PREFIXES = (urls.QUALITY_PATH, "partner-guide", "report")


def is_network_page(path: str) -> bool:
    """A Markdown path of the network section (left out when the section is switched off)."""
    return path.startswith(NETWORK_PREFIXES)


@dataclass
class SiteFiles:
    data: Dataset
    today: dt.date
    pages: dict[str, str] = field(default_factory=dict)  # Markdown path → text
    assets: dict[str, str | bytes] = field(default_factory=dict)  # site path → content
    # HTML blocks for hand-written pages, by marker (the finder on the home page).
    snippets: dict[str, str] = field(default_factory=dict)
    # Assets still being made in another process (the search index), see `late_assets`.
    pending: list[Future] = field(default_factory=list)
    # Work that `mkdocs serve` starts only once the pages are written, so that it does not
    # slow down the save it follows (the search index, a new quality page).
    deferred: list[Callable[[], Future | None]] = field(default_factory=list)

    def start_deferred(self) -> None:
        started, self.deferred = [start() for start in self.deferred], []
        self.pending += [future for future in started if future is not None]

    def late_assets(self) -> dict[str, str | bytes]:
        """Assets no page links to at build time; they may be written after the pages."""
        late: dict[str, str | bytes] = {}
        self.start_deferred()
        for future in self.pending:
            late.update(future.result())
        return late

    def nav(self, hand_written: set[str], network_section: bool = True) -> list[dict]:
        present = set(self.pages) | hand_written
        nav: list[dict] = [{title: path} for title, path in NAV if path in present]
        network = [{title: path} for title, path in NETWORK_NAV if path in present]
        if network_section and network:
            nav.append({NETWORK_SECTION: network})
        return nav

    def nav_paths(self) -> set[str]:
        """Markdown paths that may appear in the navigation."""
        return {path for _, path in NAV + NETWORK_NAV}

    def write(self, folder: Path) -> None:
        """Write every file below `folder`, e.g. for another static site builder."""
        for path, content in sorted({**self.pages, **self.assets, **self.late_assets()}.items()):
            target = folder / path
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8", newline="\n")


def late_files(ctx: SiteContext, site_url: str | None) -> dict[str, str | bytes]:
    files = search_files(ctx)
    for name, content in export_files(ctx.data, ctx.today, site_url).items():
        files[urls.open_data_file(name)] = content
    return files


def start_late_files(ctx: SiteContext, site_url: str | None) -> Future:
    """Build the search index and the open data in a forked process while the pages are made
    and mkdocs runs: no page needs them, and lunr.py is slow pure Python."""
    return in_forked_process(lambda: late_files(ctx, site_url))


def deferred_late_files(memo, ctx: SiteContext, site_url: str | None):
    """In `mkdocs serve`: the search index and open data as a background job of this data
    (started after the pages are written; a newer save ends it)."""
    return memo.background("late", ctx, lambda: late_files(ctx, site_url), site_url)


def generate_site(data: Dataset, today: dt.date, quality_report=None,
                  progress: Callable[[str], None] = lambda _: None,
                  site_url: str | None = None,
                  handout_files: dict[str, HandoutFile] | None = None,
                  memo: SiteMemo | None = None,
                  refreshed: Callable[[], None] = lambda: None) -> SiteFiles:
    """Every page and asset. With a memo (`mkdocs serve`), pages whose inputs did not change
    are reused and the quality page follows in the background (`refreshed` is called when it
    changed)."""
    catalogue = handout_catalogue(data, today)
    ctx = SiteContext(data, today, tuple(catalogue))
    site = SiteFiles(data, today)
    if memo is None:  # a build: alongside the pages and mkdocs
        site.pending.append(start_late_files(ctx, site_url))
    else:
        site.deferred.append(deferred_late_files(memo, ctx, site_url))
    steps = (("Angebotsseiten", offer_pages), ("Partnerseiten", partner_pages),
             ("Orte", municipality_pages), ("Themen", category_pages), ("Klassen", class_pages))
    used: dict[str, frozenset[str]] | None = {} if memo is not None else None
    with remembering(memo.pages if memo is not None else None), recording(used):
        for label, builder in steps:
            progress(f"Seiten: {label} …")
            site.pages.update(builder(ctx))
        site.pages.update(situation_pages(ctx))
        site.pages.update([handout_page(ctx, catalogue, handout_files), open_data_page(ctx),
                           search_page(ctx), guide_page(ctx), glossary_page(ctx),
                           easy_language_page(ctx)])
    towns, guide_entries = guide_towns(data), {}
    site.assets[GUIDE_DATA] = guide_data(ctx, towns, guide_entries)
    site.snippets[HOME_MARKER] = finder_block(ctx, "", on_finder_page=False)
    progress("Qualitätsbericht …")
    if memo is not None:
        memo.last = Generation(site, tuple(catalogue), used or {}, towns, guide_entries)
        site.pages.update(memo.quality_pages(ctx, refreshed, site.deferred))
    else:
        site.pages.update(quality_pages(data, quality_report or build_report(data, today)))
    site.assets.update({path: (ASSET_DIR / name).read_bytes()
                        for path, name in OWN_ASSETS.items()})
    return site
