"""Annotated field types shared by all models."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints

from generator.model import text_rules

Slug = Annotated[str, AfterValidator(text_rules.check_slug),
                 Field(json_schema_extra={"pattern": text_rules.SLUG_PATTERN.pattern})]
Line = Annotated[str, StringConstraints(min_length=1, max_length=300),
                 AfterValidator(text_rules.check_line)]
ShortLine = Annotated[str, StringConstraints(min_length=1, max_length=120),
                      AfterValidator(text_rules.check_line)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=5000),
                 AfterValidator(text_rules.check_text)]
Link = Annotated[str, AfterValidator(text_rules.check_link)]
Email = Annotated[str, AfterValidator(text_rules.check_email)]
Phone = Annotated[str, AfterValidator(text_rules.check_phone)]
Ags = Annotated[str, AfterValidator(text_rules.check_ags),
                Field(json_schema_extra={"pattern": "^[0-9]{8}$"})]
PostalCode = Annotated[str, AfterValidator(text_rules.check_postal_code)]
Ref = Annotated[str, AfterValidator(text_rules.check_ref),
                Field(json_schema_extra={"pattern": "^[a-z0-9-]+/[a-z0-9-]+$"})]
Handle = Annotated[str, AfterValidator(text_rules.check_handle),
                  Field(json_schema_extra={"pattern": text_rules.HANDLE_PATTERN.pattern})]
# A calendar day written JJJJ-MM-TT in a plausible year.
Date = Annotated[dt.date, BeforeValidator(text_rules.check_date_text),
                 AfterValidator(text_rules.check_date_range)]
SchoolClass = Annotated[int, Field(ge=5, le=13)]
Age = Annotated[int, Field(ge=10, le=30)]
def _district_in_list(value):
    """The browser editor writes its choice "ganzer Kreis" as the list [kreisweit]."""
    return "kreisweit" if isinstance(value, list) and "kreisweit" in value else value


# An area: the whole district or a list of municipality keys.
Area = Annotated[Literal["kreisweit"] | Annotated[list[Ags], Field(min_length=1)],
                 BeforeValidator(_district_in_list)]
