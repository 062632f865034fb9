"""Validate a parsed document against the published JSON Schema, in plain words."""

import functools
import json
import os
from importlib import resources
from typing import Any

from ecomap.errors import InputError

SCHEMA_FILE = "ecomap-format-1.schema.json"

_TYPE_NAMES = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
}


def schema() -> dict[str, Any]:
    """The JSON Schema of interchange format 1 (also published in ``docs/``)."""
    text = resources.files("ecomap.interchange").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


@functools.cache
def _validator() -> Any:
    import fastjsonschema

    return fastjsonschema.compile(schema())


def location(parts: list[str]) -> str:
    """``["data", "versions", "0", "map"]`` -> ``"versions[0].map"``."""
    text = ""
    for part in parts[1:]:
        text += f"[{part}]" if part.isdigit() else (f".{part}" if text else part)
    return text


def validate_document(document: Any, path: str | os.PathLike[str]) -> None:
    """Raise :class:`InputError` naming the first place ``document`` breaks the schema."""
    import fastjsonschema

    try:
        _validator()(document)
    except fastjsonschema.JsonSchemaValueException as error:
        where = location(list(error.path))
        message = _explain(error)
        raise InputError(path, f"{where}: {message}" if where else message) from None


def _short(value: Any, limit: int = 60) -> str:
    """``repr(value)``, cut short so one huge value cannot flood the one-line message."""
    try:
        text = repr(value)
    except ValueError:  # an integer with more digits than Python will print
        return "a huge number"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _explain(error: Any) -> str:
    rule, value, definition = error.rule, error.value, error.rule_definition
    if rule == "additionalProperties":
        allowed = list(error.definition.get("properties", {}))
        unknown = sorted(set(value) - set(allowed))
        return f"unknown key {_short(unknown[0])} (allowed: {', '.join(allowed)})"
    if rule == "required":
        missing = [key for key in definition if key not in value]
        return f"missing required key {missing[0]!r}"
    if rule == "enum":
        return f"{_short(value)} is not one of {', '.join(map(str, definition))}"
    if rule == "const":
        if error.path[-1] == "format":
            return f"{_short(value)} is not 'ecomap'; this is not an Ecomap document"
        if error.path[-1] == "format_version":
            return f"format version {_short(value)} is not supported; this Ecomap reads format version {definition}"
        return f"must be {definition!r}"
    if rule == "type":
        if len(error.path) == 1:
            return "the document must be a JSON object"
        return f"expected {_TYPE_NAMES.get(definition, definition)}, got {json.dumps(value)[:40]}"
    if rule == "pattern":
        return f"{_short(value)} is not a date written YYYY-MM-DD"
    if rule == "maxLength":
        return f"is {len(value)} characters long; at most {definition} allowed"
    if rule == "minLength":
        return "must not be empty"
    if rule == "maxItems":
        return f"has {len(value)} entries; at most {definition} allowed"
    if rule == "minItems":
        return "must not be empty" if definition == 1 else f"needs at least {definition} entries"
    if rule in ("minimum", "maximum"):
        low, high = error.definition.get("minimum"), error.definition.get("maximum")
        return f"{_short(value)} is out of range ({low} to {high})"
    return str(error.message)
