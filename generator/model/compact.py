"""Validated objects held by the hundred thousand: share what equal objects repeat.

pydantic gives every model object its own set of the fields the file set
(`__pydantic_fields_set__`, 200–700 bytes each, about 3 KiB per offer). Objects of the same
kind mostly set the same fields, so `share_field_sets` hands them one frozenset per distinct
set. The generator reads it nowhere; pydantic only reads it (model_dump(exclude_unset),
repr), except `model_copy(update=…)` and attribute assignment, which add to it and therefore
fail loudly on a shared object: call it only on objects that are not changed afterwards.
"""

from __future__ import annotations

from pydantic import BaseModel

_SHARED: dict[frozenset, frozenset] = {}


def share_field_sets(value: object) -> None:
    """Replace the field sets of `value` and of every model inside it with shared ones."""
    if isinstance(value, BaseModel):
        fields = frozenset(value.__pydantic_fields_set__)
        object.__setattr__(value, "__pydantic_fields_set__", _SHARED.setdefault(fields, fields))
        for item in value.__dict__.values():
            share_field_sets(item)
    elif isinstance(value, list | tuple):
        for item in value:
            if isinstance(item, BaseModel | list | tuple):
                share_field_sets(item)
