"""Validated objects held by the hundred thousand: share what equal objects repeat.

pydantic gives every model object its own set of the fields the file set
(`__pydantic_fields_set__`, 200–700 bytes each, about 3 KiB per offer). Objects of the same
kind mostly set the same fields, so `share_field_sets` hands them one set per distinct set.
The generator reads it nowhere; pydantic reads it for model_dump(exclude_unset) and repr.
`model_copy(update=…)` copies the set before adding to it, so copies stay correct; only an
attribute assignment would add its field name to every object sharing the set.
"""

from __future__ import annotations

from pydantic import BaseModel

_SHARED: dict[frozenset, set] = {}


def share_field_sets(value: object) -> None:
    """Replace the field sets of `value` and of every model inside it with shared ones."""
    if isinstance(value, BaseModel):
        fields = frozenset(value.__pydantic_fields_set__)
        shared = _SHARED.get(fields)
        if shared is None:
            shared = _SHARED[fields] = set(fields)
        object.__setattr__(value, "__pydantic_fields_set__", shared)
        for item in value.__dict__.values():
            share_field_sets(item)
    elif isinstance(value, list | tuple):
        for item in value:
            if isinstance(item, BaseModel | list | tuple):
                share_field_sets(item)
