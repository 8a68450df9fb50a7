"""JSON as the generator writes it for people and tools alike: sorted keys, stable order,
objects indented and every list item compact on its own line.

That keeps large files readable and diff-friendly (one finding or one offer, one line) and
lets Python's fast C encoder do the bulk of the work: indenting everything costs seconds
at 10,000 offers.
"""

from __future__ import annotations

import json

_INDENT = "  "


def _compact(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))


def _render(value, depth: int) -> str:
    inner = _INDENT * (depth + 1)
    if isinstance(value, dict) and value:
        items = [f"{inner}{_compact(key)}: {_render(value[key], depth + 1)}"
                 for key in sorted(value)]
        return "{\n" + ",\n".join(items) + "\n" + _INDENT * depth + "}"
    if isinstance(value, list) and value:
        items = [f"{inner}{_compact(item)}" for item in value]
        return "[\n" + ",\n".join(items) + "\n" + _INDENT * depth + "]"
    return _compact(value)


def json_text(value) -> str:
    return _render(value, 0) + "\n"
