"""Turn pydantic validation errors into findings with file, line, field and advice."""

from __future__ import annotations

from pydantic import BaseModel, ValidationError

from generator.findings import Finding, error, field_name
from generator.load.strict_yaml import YamlDocument
from generator.model.base import closest

_MESSAGES = {
    "missing": "Das Pflichtfeld „{name}“ fehlt. Ergänze es.",
    "int_parsing": "„{input}“ ist keine ganze Zahl. Schreibe nur Ziffern, z. B. 9.",
    "int_type": "Hier wird eine ganze Zahl erwartet, z. B. 9.",
    "int_from_float": "„{input}“ ist keine ganze Zahl. Schreibe nur Ziffern, z. B. 9.",
    "decimal_parsing": "„{input}“ ist kein Betrag. Schreibe z. B. 12.50.",
    "bool_parsing": "„{input}“ ist kein Ja/Nein-Wert. Schreibe true oder false.",
    "bool_type": "Hier wird true oder false erwartet.",
    "date_from_datetime_parsing": "„{input}“ ist kein Datum. Schreibe JJJJ-MM-TT, z. B. "
                                  "2026-09-14.",
    "date_parsing": "„{input}“ ist kein Datum. Schreibe JJJJ-MM-TT, z. B. 2026-09-14.",
    "date_from_datetime_inexact": "Hier wird ein Datum ohne Uhrzeit erwartet (JJJJ-MM-TT).",
    "date_type": "Hier wird ein Datum erwartet (JJJJ-MM-TT).",
    "list_type": "Hier wird eine Liste erwartet: jede Zeile mit „- “ oder [a, b].",
    "dict_type": "Hier werden Unterfelder erwartet (eingerückt, „name: Wert“).",
    "model_type": "Hier werden Unterfelder erwartet (eingerückt, „name: Wert“).",
    "model_attributes_type": "Hier werden Unterfelder erwartet (eingerückt, „name: Wert“).",
    "string_type": "Hier wird Text erwartet, keine Liste und keine Unterfelder.",
    "string_too_short": "Das Feld ist leer. Fülle es aus oder lösche die Zeile.",
    "string_too_long": "Der Text ist zu lang: höchstens {max_length} Zeichen. Kürze ihn.",
    "string_pattern_mismatch": "„{input}“ hat nicht die erwartete Form ({pattern}).",
    "too_short": "Hier wird mindestens {min_length} Eintrag erwartet.",
    "too_long": "Hier sind höchstens {max_length} Einträge erlaubt.",
    "greater_than_equal": "Der Wert muss mindestens {ge} sein.",
    "decimal_max_places": "Höchstens {decimal_places} Nachkommastellen, z. B. 12.50.",
    "decimal_max_digits": "Die Zahl hat zu viele Stellen.",
    "finite_number": "„{input}“ ist keine Zahl. Schreibe einen Betrag, z. B. 12.50.",
    "less_than_equal": "Der Wert darf höchstens {le} sein.",
    "literal_error": "„{input}“ ist nicht erlaubt. Erlaubt sind: {expected}.",
    "union_tag_invalid": "„{input}“ ist nicht erlaubt.",
}


def validate_document(model: type[BaseModel], document: YamlDocument, context: dict,
                      data=None):
    """Validate `data` (default: the whole file) against `model`; return (object, findings)."""
    try:
        return model.model_validate(document.data if data is None else data,
                                    context=context), []
    except ValidationError as exc:
        return None, _findings(exc, model, document)


def _findings(exc: ValidationError, model: type[BaseModel], document: YamlDocument):
    details = [(d, _clean_location(d["loc"])) for d in exc.errors(include_url=False)]
    misspelt = _misspelt_fields(details, model)
    seen: dict[tuple, Finding] = {}
    for detail, loc in details:
        if detail["type"] == "missing" and loc in misspelt:
            continue  # "titel:" for "title:" is one mistake, reported as the unknown field
        finding = _finding(detail, loc, model, document)
        seen.setdefault((loc, finding.code), finding)
    return _drop_union_noise(list(seen.values()))


def _misspelt_fields(details, model) -> set[tuple]:
    """Locations of missing fields for which an unknown field nearby is a likely typo."""
    missing = {loc for d, loc in details if d["type"] == "missing"}
    found = set()
    for detail, loc in details:
        if detail["type"] == "extra_forbidden":
            hint = closest(str(loc[-1]), _allowed_fields(model, loc[:-1]))
            if hint and (*loc[:-1], hint) in missing:
                found.add((*loc[:-1], hint))
    return found


def _clean_location(loc: tuple) -> tuple:
    """Drop the names pydantic adds for union branches and validator functions."""
    return tuple(part for part in loc if not (isinstance(part, str) and (
        part.startswith(("function-", "literal[", "list[")) or part in ("str", "int"))))


def _drop_union_noise(findings: list[Finding]) -> list[Finding]:
    """A union ("kreisweit" or a list) fails in every branch; when one branch says something
    more specific about the same field or a part of it, keep only that."""
    generic = {"literal-error", "list-type", "string-type"}
    specific_fields = [f.field for f in findings if f.code not in generic]

    def covered(field: str) -> bool:
        return any(other == field or other.startswith((field + ".", field + "["))
                   for other in specific_fields)

    return [f for f in findings if f.code not in generic or not covered(f.field)]


def _finding(detail: dict, loc: tuple, model, document: YamlDocument) -> Finding:
    kind = detail["type"]
    ctx = dict(detail.get("ctx") or {})
    value = detail.get("input")
    name = str(loc[-1]) if loc else ""
    if kind == "extra_forbidden":
        code, message = "unknown-field", _unknown_field_message(name, loc, model)
    elif value is None and "input" in detail and kind.endswith(("_type", "_parsing")):
        code, message = "empty-value", f"Das Feld „{name}“ ist leer. Fülle es aus."
    elif kind in _MESSAGES:
        code = kind.replace("_", "-")
        short_input = value if isinstance(value, str) and len(value) < 80 else "…"
        if "expected" in ctx:  # pydantic lists choices in English: 'a', 'b' or 'c'
            ctx["expected"] = str(ctx["expected"]).replace("' or '", "' oder '")
        message = _MESSAGES[kind].format(name=name, input=short_input, **ctx)
    elif kind == "value_error":
        code, message = "invalid-value", str(ctx.get("error", detail["msg"]))
    elif "_" in kind:  # a pydantic check without German words here: never show English
        code = kind.replace("_", "-")
        message = (f"Der Wert im Feld „{name}“ passt hier nicht. Prüfe die Schreibweise; "
                   "Beispiele stehen in docs/partner-guide.md.")
    else:  # our own PydanticCustomError: the type is the code, msg is German
        code, message = kind, detail["msg"]
    line, column = document.position(loc)
    return error(code, message, document.file, line, column, field_name(loc))


def _unknown_field_message(name: str, loc: tuple, model) -> str:
    allowed = _allowed_fields(model, loc[:-1])
    hint = closest(name, allowed)
    hint_text = f" Meintest du „{hint}“?" if hint else ""
    return (f"Das Feld „{name}“ gibt es hier nicht.{hint_text} Erlaubt sind: "
            f"{', '.join(allowed)}.")


def _allowed_fields(model, parent_loc: tuple) -> list[str]:
    """Walk the model along the location to list the fields allowed at that place."""
    current = model
    for part in parent_loc:
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part)
        if info is None:
            return []
        current = _model_in(info.annotation)
        if current is None:
            return []
    return list(current.model_fields)


def _model_in(annotation):
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_in(arg)
        if found is not None:
            return found
    return None
