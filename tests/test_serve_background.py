"""The background work of `mkdocs serve` (search index, open data, quality page): a newer save
ends it, the next quiet moment does it again, and in the end the served folder is byte for
byte what a full build makes."""

from __future__ import annotations

import concurrent.futures
import threading
import time
from pathlib import Path

import pytest
from mkdocs.commands.build import build

from generator.analyse.report import build_report
from generator.load.file_cache import FileCache
from generator.render.site import background, plugin, serve_cache
from generator.render.site.context import SiteContext
from generator.render.site.quality_page import quality_pages
from generator.render.site.serve_cache import SiteMemo
from generator.render.site.site_files import generate_site
from generator.validate.check import check_data_root
from tests.test_serve_incremental import TODAY, Serve, mini_root, rename_offer

EPOCH = "1764000000"


@pytest.fixture
def slow_analysis(monkeypatch, tmp_path):
    """The quality analysis waits while the file `slow` exists (in the forked process too),
    so a test can end it halfway, as a newer save does at 10k offers."""
    flag = tmp_path / "slow"
    analyse = serve_cache._quality

    def slow(ctx: SiteContext):
        while flag.exists():
            time.sleep(0.05)
        return analyse(ctx)

    monkeypatch.setattr(serve_cache, "_quality", slow)
    return flag


def test_an_analysis_ended_by_a_newer_save_is_done_again(tmp_path, slow_analysis):
    root = mini_root(tmp_path)
    files = FileCache()
    memo = SiteMemo(files)
    generate_site(check_data_root(root, TODAY, files).dataset, TODAY, memo=memo)
    shown_key = memo.quality_key
    slow_analysis.touch()
    rename_offer(root, "Elternabend Berufswahl")
    data = check_data_root(root, TODAY, files).dataset
    site = generate_site(data, TODAY, memo=memo)
    site.start_deferred()
    analysis = memo.jobs.current("quality")
    assert analysis is not None and not analysis.done()
    busy = background.running_pids()
    assert busy

    memo.jobs.stop()  # a newer save came
    with pytest.raises(concurrent.futures.process.BrokenProcessPool):
        analysis.result(timeout=30)
    deadline = time.monotonic() + 10
    while set(busy) & set(background.running_pids()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not set(busy) & set(background.running_pids())  # the processes are gone
    assert memo.quality_key == shown_key  # the page shown is still the old one

    slow_analysis.unlink()
    refreshed = threading.Event()
    again = generate_site(data, TODAY, memo=memo, refreshed=refreshed.set)
    again.start_deferred()  # the next quiet moment asks again
    assert refreshed.wait(60)
    full = quality_pages(data, build_report(data, TODAY))
    assert memo.quality == full
    assert memo.quality_key != shown_key
    again_site = generate_site(data, TODAY, memo=memo)
    assert all(again_site.pages[path] == text for path, text in full.items())


def served_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def settled(site_plugin) -> bool:
    """The late files of this round are written and the quality analysis is shown."""
    quality = site_plugin.memo.jobs.jobs.get("quality")
    analysed = quality is None or (quality[1].done()
                                   and site_plugin.memo.quality_key == quality[0])
    return (not site_plugin.refreshing and analysed
            and site_plugin.written_round == site_plugin.round)


def settle(serve: Serve, timeout: float = 300) -> None:
    """Wait, as a partner would, until the background work is written; rebuild when the
    quality page asks for it (the watcher does that in `mkdocs serve`)."""
    site_plugin = serve.config().plugins["angebotswegweiser"]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if site_plugin.refreshing:
            serve.build()
        elif settled(site_plugin):
            time.sleep(0.3)
            if settled(site_plugin):
                return
        time.sleep(0.05)
    raise AssertionError("the background work did not finish")


def test_after_saves_that_end_background_work_the_site_equals_a_full_build(
        tmp_path, monkeypatch, slow_analysis):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setattr(plugin, "QUIET_SECONDS", 0.1)
    root = mini_root(tmp_path)
    serve = Serve(root, tmp_path / "served")
    try:
        serve.build()
        settle(serve)
        site_plugin = serve.config().plugins["angebotswegweiser"]
        slow_analysis.touch()
        rename_offer(root, "Elternabend Berufswahl")
        serve.build()
        deadline = time.monotonic() + 30
        while site_plugin.memo.jobs.current("quality") is None \
                and time.monotonic() < deadline:
            time.sleep(0.05)
        analysis = site_plugin.memo.jobs.current("quality")
        assert analysis is not None and not analysis.done()
        path = root / "offers/traeger-b/elterninfo.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace(
            "Elternabend Berufswahl", "Elternabend zur Berufswahl"), encoding="utf-8")
        serve.build()  # ends the analysis of the save before
        with pytest.raises(concurrent.futures.process.BrokenProcessPool):
            analysis.result(timeout=30)
        slow_analysis.unlink()
        settle(serve)
    finally:
        serve.config().plugins.on_shutdown()
    served = served_files(serve.served)
    full_dir = tmp_path / "full"
    config = serve.config()
    config.site_dir = str(full_dir)
    build(config)  # the plugin no longer serves: a complete, fresh build
    full = served_files(full_dir)
    assert "Elternabend zur Berufswahl" in served["angebote/elterninfo/index.html"].decode()
    assert "Elternabend zur Berufswahl" in served["qualitaet/index.html"].decode()
    assert sorted(set(served) ^ set(full)) == []
    assert [p for p in full if served[p] != full[p]] == []
