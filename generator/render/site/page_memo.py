"""Page texts by their template inputs: while `mkdocs serve` runs, a page whose inputs did
not change since the last save is not rendered again.

A page's text depends only on what `page()` receives. The inputs are frozen into a key:
plain values by value, dataclasses field by field, and the validated objects (offers,
partners, the network) by identity. Unchanged files keep their validated objects between
saves (load/file_cache.py), so identity means "same content"; the memo holds each object it
keyed on, so an identity is never reused for another object while its entry lives.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import functools
from collections.abc import Callable, Iterator
from decimal import Decimal

from pydantic import BaseModel

from generator.model.dataset import Dataset
from generator.render.site.context import SiteContext

_PLAIN = (int, float, bool, type(None), dt.date, Decimal)
_WHOLE_DATA = (Dataset, SiteContext)  # a page that may read anything cannot be keyed


class Unkeyable(Exception):
    """An input the memo cannot key on: the page is rendered as usual."""


class PageMemo:
    def __init__(self) -> None:
        self.entries: dict[tuple, tuple[object, list]] = {}
        self._fresh: dict[tuple, tuple[object, list]] = {}

    def text(self, render: Callable[[], object], inputs: tuple) -> object:
        held: list = []
        try:
            key = freeze(inputs, held)
        except Unkeyable:
            return render()
        entry = self.entries.get(key) or self._fresh.get(key) or (render(), held)
        self._fresh[key] = entry
        return entry[0]

    def next_round(self) -> None:
        """Keep only the pages made in this round: older inputs cannot come back unchanged."""
        self.entries, self._fresh = self._fresh, {}


_ACTIVE: PageMemo | None = None


@contextlib.contextmanager
def remembering(memo: PageMemo | None) -> Iterator[None]:
    global _ACTIVE
    _ACTIVE = memo
    try:
        yield
    finally:
        _ACTIVE = None
        if memo is not None:
            memo.next_round()


def remembered(render: Callable[[], object], inputs: tuple) -> object:
    return render() if _ACTIVE is None else _ACTIVE.text(render, inputs)


def freeze(value, held: list):
    """A hashable key for `value`; raises Unkeyable for inputs it cannot key on."""
    kind = type(value)
    if kind is str or isinstance(value, _PLAIN):
        return value
    if isinstance(value, str):  # Markup: already HTML, unlike a str with the same text
        return (kind.__name__, str(value))
    if isinstance(value, list | tuple):
        return ("L", tuple(freeze(v, held) for v in value))
    if isinstance(value, dict):
        return ("D", tuple((freeze(k, held), freeze(v, held)) for k, v in value.items()))
    if isinstance(value, set | frozenset):
        return ("S", frozenset(freeze(v, held) for v in value))
    if isinstance(value, enum.Enum):
        return (kind.__qualname__, value.value)
    if isinstance(value, BaseModel):
        held.append(value)
        return ("M", id(value))
    names = _field_names(kind)
    if names is None:
        raise Unkeyable(kind.__qualname__)
    return (kind, tuple(freeze(getattr(value, name), held) for name in names))


@functools.cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """A dataclass's fields (dataclasses.fields is slow); None for anything else."""
    if not dataclasses.is_dataclass(kind) or issubclass(kind, _WHOLE_DATA):
        return None
    return tuple(f.name for f in dataclasses.fields(kind))
