"""`mkdocs serve` between two saves: only changed files are read again, only changed pages
are rendered again, and the served folder shows the change."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.load.file_cache import FileCache
from generator.validate.check import check_data_root
from tests.site_support import REPO, copy_site_config

TODAY = dt.date(2026, 11, 24)
SERVE_URL = "http://127.0.0.1:8000/"
OFFER = Path("offers/traeger-b/elterninfo.yaml")


def mini_root(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(REPO / "tests" / "fixtures" / "mini", root)
    copy_site_config(root)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace(
        "      root: .\n", f"      root: .\n      today: '{TODAY}'\n"), encoding="utf-8")
    return root


def rename_offer(root: Path, title: str) -> None:
    path = root / OFFER
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Infoabend für Eltern", f"title: {title}"),
                    encoding="utf-8")


def test_file_cache_reuses_unchanged_files_and_reads_changed_ones(tmp_path):
    root = mini_root(tmp_path)
    cache = FileCache()
    first = check_data_root(root, TODAY, cache).dataset
    rename_offer(root, "Elternabend")
    second = check_data_root(root, TODAY, cache).dataset
    assert second.offers["elterninfo"].title == "Elternabend"
    assert second.offers["elterninfo"] is not first.offers["elterninfo"]
    assert second.partners["traeger-a"] is first.partners["traeger-a"]  # not validated again
    assert second.network is first.network
    fresh = check_data_root(root, TODAY).dataset
    assert fresh.offers["elterninfo"] == second.offers["elterninfo"]


class Serve:
    """The build loop of `mkdocs serve`: a new config per build, the plugin kept."""

    def __init__(self, root: Path, served: Path):
        self.root, self.served = root, served
        self.config().plugins.on_startup(command="serve", dirty=False)

    def config(self):
        config = load_config(str(self.root / "mkdocs.yml"), site_dir=str(self.served))
        config.site_url = SERVE_URL
        return config

    def build(self) -> None:
        build(self.config(), serve_url=SERVE_URL)


@pytest.fixture
def serving(tmp_path):
    root = mini_root(tmp_path)
    serve = Serve(root, tmp_path / "served")
    serve.build()
    yield serve
    serve.config().plugins.on_shutdown()


def page(serve: Serve, path: str) -> Path:
    return serve.served / path / "index.html"


def test_a_changed_title_shows_on_every_page_that_prints_it(serving):
    untouched = page(serving, "partner/traeger-a")
    before = untouched.stat().st_mtime_ns, untouched.stat().st_ino
    rename_offer(serving.root, "Elternabend Berufswahl")
    serving.build()
    for path in ("angebote/elterninfo", "klassen/8", "themen/messe", "partner/traeger-b"):
        html = page(serving, path).read_text(encoding="utf-8")
        assert "Elternabend Berufswahl" in html, path
        assert "Infoabend für Eltern" not in html, path
    assert (untouched.stat().st_mtime_ns, untouched.stat().st_ino) == before  # not rendered


def test_a_deleted_offer_leaves_no_page_behind(serving):
    assert page(serving, "angebote/elterninfo").is_file()
    (serving.root / OFFER).unlink()
    serving.build()
    assert not page(serving, "angebote/elterninfo").exists()
    assert "Infoabend" not in page(serving, "klassen/8").read_text(encoding="utf-8")


def test_serve_and_finder_work_with_no_current_offer(tmp_path):
    """A district whose last offer was deleted: the pages, the finder's index and a search
    still work (a ZeroDivisionError was once seen here)."""
    import json
    import time

    from generator.render.site.finder_query import Finder
    from generator.render.site.search_index import INDEX_PATH

    root = mini_root(tmp_path)
    (root / OFFER).unlink()
    serve = Serve(root, tmp_path / "served")
    try:
        serve.build()
        index_file = serve.served / INDEX_PATH
        for _ in range(200):  # the index is written once it is ready
            if index_file.is_file():
                break
            time.sleep(0.1)
        index = json.loads(index_file.read_text(encoding="utf-8"))
        assert index["offers"] == [] and index["terms"] == {}
        result = Finder(index).search("Bewerbung", {"klasse": "9"}, TODAY)
        assert result.ids == [] and result.school_only == []
        assert "Infoabend" not in page(serve, "klassen/8").read_text(encoding="utf-8")
    finally:
        serve.config().plugins.on_shutdown()


def test_links_to_pages_served_as_last_rendered_are_not_reported_as_excluded(serving, caplog):
    """A reused page is only left out of mkdocs' rendering; it is served. mkdocs' note that
    hand-written pages link to a page "excluded from the built site" would mislead."""
    rename_offer(serving.root, "Elternabend Berufswahl")
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        serving.build()
    assert "Elternabend Berufswahl" in page(serving, "klassen/8").read_text(encoding="utf-8")
    assert not [r.getMessage() for r in caplog.records
                if "excluded from the built site" in r.getMessage()]
    assert 'href="klassen/7/"' in (serving.served / "index.html").read_text(
        encoding="utf-8")  # the home page's link to a reused page works
