"""`mkdocs serve` after a save that changed only how offers read: only the pages that used
the changed offers are generated again; every other page is the last generation's.

"How offers read": every field but those that decide where an offer is listed. When a saved
offer changed anything else (its classes, towns, dates, status …), or a partner, the network,
the vocabularies or the set of offer files changed, the whole site is generated again (the
page memo still skips unchanged pages). Which pages used which offers was noted during the
last generation (page_deps.py); a list page depends on every offer it chose from, so an
offer moving into or out of its visible entries is covered too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from generator.analyse.selection import OfferIndex
from generator.model.dataset import Dataset
from generator.render.handouts.catalogue import Handout
from generator.render.site.context import SiteContext
from generator.render.site.page_deps import pages_using, recording
from generator.render.site.page_sources import regenerate
from generator.render.site.pages_guide import GUIDE_DATA, guide_data
from generator.render.site.serve_cache import Generation, SiteMemo
from generator.render.site.site_files import SiteFiles, deferred_late_files
from generator.validate.cross_files import changed_texts


def _catalogue(last: tuple[Handout, ...], data: Dataset,
               changed: set[str]) -> tuple[Handout, ...]:
    """The last catalogue with the new titles of the changed offers' sheets."""
    return tuple(replace(h, title=data.offers[h.offer_ids[0]].title)
                 if h.kind == "angebot" and h.offer_ids[0] in changed else h for h in last)


def update_site(last: Generation | None, data: Dataset, today: dt.date) -> tuple | None:
    """(context, pages of the new site, changed pages) or None when the whole site must be
    generated again. The caller adds the quality page and the late files."""
    if last is None or last.site.today != today:
        return None
    changed = changed_texts(last.site.data, data)
    if changed is None:
        return None
    catalogue = _catalogue(last.catalogue, data, changed)
    OfferIndex.carry(last.site.data, data, today, changed)
    ctx = SiteContext(data, today, catalogue)
    paths = pages_using(last.used, changed)
    used = dict(last.used)
    with recording(used):
        fresh = regenerate(ctx, paths)
    if fresh is None:
        return None
    last.used, last.catalogue = used, catalogue
    return ctx, {**last.site.pages, **fresh}, set(fresh)


def quick_site(memo: SiteMemo, data: Dataset, today: dt.date, site_url: str | None,
               refreshed: Callable[[], None]) -> SiteFiles | None:
    """The site after a save that changed only offer texts; None: generate it all."""
    last = memo.last
    update = update_site(last, data, today)
    if update is None or last is None:
        return None
    ctx, pages, _ = update
    site = SiteFiles(data, today, pages, dict(last.site.assets), dict(last.site.snippets))
    site.assets[GUIDE_DATA] = guide_data(ctx, last.guide_towns, last.guide_entries)  # same partners
    site.deferred.append(deferred_late_files(memo, ctx, site_url))
    site.pages.update(memo.quality_pages(ctx, refreshed, site.deferred))
    last.site = site
    return site
