"""JSON as the generator writes it for people and tools alike: sorted keys, stable order,
objects indented and every list item compact on its own line.

That keeps large files readable and diff-friendly (one finding or one offer, one line) and
lets Python's fast C encoder do the bulk of the work: indenting everything costs seconds
at 10,000 offers. `write_json` writes the same text piece by piece, so a report of 100,000
offers never sits in memory as one string.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import c_make_encoder, encode_basestring
from typing import TextIO

from generator.gc_pause import paused_gc

_INDENT = "  "
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(", ", ": "))
_BATCH = 512  # list items joined into one piece
# The C encoder that JSONEncoder.encode builds anew for every value, built once (a report
# of 100k offers encodes half a million list items); same text.
_C_ENCODER = None if c_make_encoder is None else c_make_encoder(
    None, _ENCODER.default, encode_basestring, None, ": ", ", ", True, False, True)


def _compact(value) -> str:
    if _C_ENCODER is None or isinstance(value, str):
        return _ENCODER.encode(value)
    return "".join(_C_ENCODER(value, 0))


class CompactItems(list):
    """A list whose items are already compact JSON text (compact_items): written as they
    are. Made where there is time for it (the report's worker, analyse/report.py)."""


def compact_items(items) -> CompactItems:
    return CompactItems(_compact(item) for item in items)


def _pieces(value, depth: int) -> Iterator[str]:
    inner = _INDENT * (depth + 1)
    if isinstance(value, dict) and value:
        opening = "{\n"
        for key in sorted(value):
            yield f"{opening}{inner}{_compact(key)}: "
            yield from _pieces(value[key], depth + 1)
            opening = ",\n"
        yield "\n" + _INDENT * depth + "}"
    elif isinstance(value, list) and value:
        separator = ",\n" + inner
        compact = isinstance(value, CompactItems)
        for start in range(0, len(value), _BATCH):
            batch = value[start:start + _BATCH]
            yield ("[\n" if start == 0 else ",\n") + inner + separator.join(
                batch if compact else [_compact(item) for item in batch])
        yield "\n" + _INDENT * depth + "]"
    else:
        yield _compact(value)


def write_json(value, stream: TextIO) -> None:
    """Write `json_text(value)` to `stream` without building the whole text. The encoder's
    lists would start full garbage collections over the report's million objects (a second
    at 100k offers); there is no garbage to find."""
    with paused_gc():
        for piece in _pieces(value, 0):
            stream.write(piece)
    stream.write("\n")


def json_text(value) -> str:
    return "".join(_pieces(value, 0)) + "\n"
