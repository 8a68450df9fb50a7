"""`mkdocs serve` after a save that changed only an offer's text: only the pages that used the
offer are generated again, and they are exactly what a full generation makes."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator.analyse.selection import OfferIndex
from generator.load.file_cache import FileCache
from generator.render.site.pages_guide import GUIDE_DATA
from generator.render.site.serve_cache import SiteMemo
from generator.render.site.serve_update import quick_site, update_site
from generator.render.site.site_files import generate_site, is_network_page
from generator.validate.check import check_data_root
from tests.site_support import REPO

TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return copy_demo(tmp_path_factory.mktemp("serve-update") / "data")


def copy_demo(root: Path) -> Path:
    root.mkdir()
    for name in ("network.yaml", "partners", "offers"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    return root


def listed_offer(root: Path) -> Path:
    """A current offer for everyone with a date: it sits on class, town and topic lists."""
    for path in sorted((root / "offers").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if "kreisweit" in text and "\ndates:" in text and "status: active" in text:
            return path
    raise AssertionError("no district-wide offer with dates in the demo")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def generate(root: Path, files: FileCache, memo: SiteMemo):
    data = check_data_root(root, TODAY, files).dataset
    return data, generate_site(data, TODAY, memo=memo)


def public(pages: dict[str, str]) -> dict[str, str]:
    return {p: t for p, t in pages.items() if not is_network_page(p)}


def test_a_new_title_regenerates_the_pages_that_used_the_offer(demo):
    files = FileCache()
    memo = SiteMemo(files)
    before, site = generate(demo, files, memo)
    path = listed_offer(demo)
    offer = before.offers[path.stem]
    edit(path, f"title: {offer.title}", "title: Aaa zuerst in jeder Liste")
    after = check_data_root(demo, TODAY, files).dataset
    ctx, pages, fresh = update_site(memo.last, after, TODAY)
    full = generate_site(check_data_root(demo, TODAY).dataset, TODAY)
    assert public(pages) == public(full.pages)  # the same bytes as a full generation
    assert f"angebote/{offer.id}/index.md" in fresh
    assert "klassen/index.md" not in fresh  # counts only: unchanged
    assert len(fresh) < len(pages) / 3
    assert all("Aaa zuerst" in pages[p] for p in fresh if p.startswith(("klassen/", "themen/")))


def test_a_change_of_where_an_offer_is_listed_generates_everything(demo):
    files = FileCache()
    memo = SiteMemo(files)
    generate(demo, files, memo)
    path = listed_offer(demo)
    edit(path, "status: active", "status: inactive")
    after = check_data_root(demo, TODAY, files).dataset
    assert update_site(memo.last, after, TODAY) is None


def test_after_a_text_change_the_checks_across_files_find_what_a_full_check_finds(demo):
    """Only the changed offers are walked; the findings equal a full check's."""
    files = FileCache()
    check_data_root(demo, TODAY, files)
    path = listed_offer(demo)
    text = path.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title: "))
    edit(path, title, "title: Bewerbungstr\u0430ining mit Lookalike")  # Cyrillic a
    cached = check_data_root(demo, TODAY, files)
    fresh = check_data_root(demo, TODAY)
    assert ("lookalike-letter", path.relative_to(demo).as_posix()) in {
        (f.code, f.file) for f in cached.findings.items}
    assert cached.findings.sorted() == fresh.findings.sorted()
    edit(path, "title: Bewerbungstr\u0430ining mit Lookalike", title)
    assert check_data_root(demo, TODAY, files).findings.sorted() == \
        check_data_root(demo, TODAY).findings.sorted()


def test_after_a_new_title_the_guide_and_the_offer_index_are_a_full_generations(tmp_path):
    """The offer index and the guide's entries are carried over from the last round with the
    changed offer moved to its new place: the same as building them again."""
    root = copy_demo(tmp_path / "data")
    files = FileCache()
    memo = SiteMemo(files)
    generate(root, files, memo)
    path = listed_offer(root)
    title = next(line for line in path.read_text(encoding="utf-8").splitlines()
                 if line.startswith("title: "))
    for new_title in ("title: Aaa zuerst in jeder Liste", "title: Zzz zuletzt in jeder Liste"):
        edit(path, title, new_title)
        title = new_title
        after = check_data_root(root, TODAY, files).dataset
        site = quick_site(memo, after, TODAY, None, lambda: None)
        memo.jobs.stop()
        assert site is not None
        full_data = check_data_root(root, TODAY).dataset
        full = generate_site(full_data, TODAY)
        assert site.assets[GUIDE_DATA] == full.assets[GUIDE_DATA]
        assert new_title.removeprefix("title: ") in site.assets[GUIDE_DATA]
        carried, built = OfferIndex.of(after, TODAY), OfferIndex(full_data, TODAY)
        for name in ("by_municipality", "by_class", "by_category"):
            assert ids(getattr(carried, name)) == ids(getattr(built, name))
        assert [o.id for o in carried.current] == [o.id for o in built.current]
        assert public(site.pages) == public(full.pages)


def ids(groups: dict[object, list]) -> dict[object, list[str]]:
    return {key: [o.id for o in offers] for key, offers in groups.items() if offers}
