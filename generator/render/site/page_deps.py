"""Which offers each generated page chose from, noted while `mkdocs serve` generates them.

A list page shows at most a few offers per group, sorted by date and title, so a changed title
can move an offer into or out of a page's visible entries: a page depends on every offer it
chose from, not only on those it shows. List builders call `uses()` with the offers a page
chose from; `page()` closes the page (`page_done`). After a save that changed only how offers
read, just the pages that used them are generated again (serve_update.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

from generator.model.offer import Offer

_PENDING: set[str] | None = None
_USED: dict[str, frozenset[str]] | None = None  # Markdown path → ids of the offers it used


@contextlib.contextmanager
def recording(used: dict[str, frozenset[str]] | None) -> Iterator[None]:
    """Note into `used` what each page generated inside the block used (None: note nothing)."""
    global _PENDING, _USED
    _PENDING, _USED = (set(), used) if used is not None else (None, None)
    try:
        yield
    finally:
        _PENDING = _USED = None


def uses(offers: Iterable[Offer]) -> None:
    if _PENDING is not None:
        _PENDING.update(offer.id for offer in offers)


def page_done(path: str) -> None:
    global _PENDING
    if _USED is not None and _PENDING is not None:
        _USED[path] = frozenset(_PENDING)
        _PENDING = set()


def pages_using(used: dict[str, frozenset[str]], offer_ids: set[str]) -> set[str]:
    return {path for path, ids in used.items() if ids & offer_ids}
