"""Validate a parsed document against the published JSON Schema of its format version, in plain words."""

import functools
import json
import os
from importlib import resources
from typing import Any

from ecomap.errors import InputError

SCHEMA_FILES = {1: "ecomap-format-1.schema.json", 2: "ecomap-format-2.schema.json"}
"""The JSON Schema of each format version Ecomap reads (also published in ``docs/``)."""
LATEST = max(SCHEMA_FILES)

_TYPE_NAMES = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "null",
}


def schema(format_version: int = LATEST) -> dict[str, Any]:
    """The JSON Schema of interchange format ``format_version`` (also published in ``docs/``)."""
    name = SCHEMA_FILES[format_version]
    text = resources.files("ecomap.interchange").joinpath(name).read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def format_version_of(document: Any) -> int:
    """The format version whose schema ``document`` is checked against: the one it states if Ecomap
    reads it, else the latest (whose check then names the version Ecomap does not read)."""
    stated = document.get("format_version") if isinstance(document, dict) else None
    if isinstance(stated, int | float) and not isinstance(stated, bool) and stated in SCHEMA_FILES:
        return int(stated)  # 2.0 is 2 to JSON Schema
    return LATEST


@functools.cache
def _validator(format_version: int) -> Any:
    import fastjsonschema

    return fastjsonschema.compile(schema(format_version))


def location(parts: list[str]) -> str:
    """``["data", "versions", "0", "map"]`` -> ``"versions[0].map"``."""
    text = ""
    for part in parts[1:]:
        text += f"[{part}]" if part.isdigit() else (f".{part}" if text else part)
    return text


def validate_document(document: Any, path: str | os.PathLike[str]) -> None:
    """Raise :class:`InputError` naming the first place ``document`` breaks the schema of its format version."""
    import fastjsonschema

    format_version = format_version_of(document)
    try:
        _validator(format_version)(document)
    except fastjsonschema.JsonSchemaValueException as error:
        where = location(list(error.path))
        message = _explain(error, format_version)
        raise InputError(path, f"{where}: {message}" if where else message) from None


def _short(value: Any, limit: int = 60) -> str:
    """``repr(value)``, cut short so one huge value cannot flood the one-line message."""
    try:
        text = repr(value)
    except ValueError:  # an integer with more digits than Python will print
        return "a huge number"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _explain(error: Any, format_version: int) -> str:
    rule, value, definition = error.rule, error.value, error.rule_definition
    if rule == "additionalProperties":
        allowed = list(error.definition.get("properties", {}))
        unknown = sorted(set(value) - set(allowed))
        hint = ""
        if unknown[0] == "plan" and format_version < 2 and len(error.path) == 3 and error.path[1] == "versions":
            hint = "; a plan needs format_version 2"
        return f"unknown key {_short(unknown[0])} (allowed: {', '.join(allowed)}){hint}"
    if rule in ("minProperties", "maxProperties"):
        names = list(error.definition.get("properties", {}))
        return f"must hold exactly one of {', '.join(names)} (or be null)"
    if rule == "required":
        missing = [key for key in definition if key not in value]
        return f"missing required key {missing[0]!r}"
    if rule == "enum":
        return f"{_short(value)} is not one of {', '.join(map(str, definition))}"
    if rule == "const":
        if error.path[-1] == "format":
            return f"{_short(value)} is not 'ecomap'; this is not an Ecomap document"
        if error.path[-1] == "format_version":
            readable = " and ".join(map(str, SCHEMA_FILES))
            return f"format version {_short(value)} is not supported; this Ecomap reads format versions {readable}"
        return f"must be {definition!r}"
    if rule == "type":
        if len(error.path) == 1:
            return "the document must be a JSON object"
        types = definition if isinstance(definition, list) else [definition]
        expected = " or ".join(_TYPE_NAMES.get(str(name), str(name)) for name in types)
        return f"expected {expected}, got {json.dumps(value)[:40]}"
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
