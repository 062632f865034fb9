"""Parse untrusted JSON strictly: no duplicate keys, no NaN, bounded size and depth."""

import json
import math
import os
from typing import Any

from ecomap.errors import InputError, unreadable
from ecomap.interchange.limits import MAX_DEPTH, MAX_FILE_BYTES


def read_limited(path: str | os.PathLike[str]) -> bytes:
    """The bytes of ``path``, refusing folders, unreadable and oversized files."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise unreadable(path, error) from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(path, f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB, the most Ecomap imports")
    return data


def decode_text(data: bytes, path: str | os.PathLike[str]) -> str:
    """UTF-8 text, with or without a byte-order mark."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(path, f"is not UTF-8 text (byte {error.start} cannot be decoded)") from None


class _Refused(ValueError):
    pass


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(f"has the key {key[:60]!r} twice in one object")
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise _Refused(f"holds {name}, which is not a number JSON allows")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(f"holds the number {text[:40]}, too large to be a real number")
    return value


def parse_json(data: bytes, path: str | os.PathLike[str]) -> Any:
    """Parse ``data`` as one strict JSON document, or raise :class:`InputError`."""
    text = decode_text(data, path)
    try:
        value = json.loads(text, object_pairs_hook=_object, parse_constant=_constant, parse_float=_float)
    except _Refused as error:
        raise InputError(path, str(error)) from None
    except json.JSONDecodeError as error:
        raise InputError(
            path, f"is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise InputError(path, f"nests arrays or objects more than {MAX_DEPTH} deep") from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise InputError(path, f"holds a value that cannot be read ({error})") from None
    if depth(value) > MAX_DEPTH:
        raise InputError(path, f"nests arrays or objects more than {MAX_DEPTH} deep")
    return value


def depth(value: Any) -> int:
    """How deeply arrays and objects nest in ``value`` (a scalar is 0).

    Exact up to ``MAX_DEPTH``; anything deeper counts as ``MAX_DEPTH + 1``,
    so a hostile document is not walked to the bottom.
    """
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        level += 1
        deepest = max(deepest, level)
        if level <= MAX_DEPTH:
            stack.extend((child, level) for child in children)
    return deepest
