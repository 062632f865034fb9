"""Strict JSON parsing of untrusted files: what is accepted, what is refused, and how deep is too deep."""

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecomap.errors import InputError
from ecomap.interchange import strict_json
from ecomap.interchange.limits import MAX_DEPTH, MAX_FILE_BYTES
from ecomap.interchange.strict_json import decode_text, depth, parse_json, read_limited

NAME = "client-notes.json"


def nested(levels: int) -> bytes:
    """``levels`` arrays inside each other, alternating with objects: ``[{"k": [...]}]``."""
    text = "0"
    for level in range(levels):
        text = f"[{text}]" if level % 2 == 0 else f'{{"k": {text}}}'
    return text.encode()


def reference_depth(value: Any) -> int:
    """The plain recursive definition that :func:`depth` must agree with."""
    if isinstance(value, dict):
        return 1 + max((reference_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((reference_depth(v) for v in value), default=0)
    return 0


def refusal(data: bytes) -> str:
    with pytest.raises(InputError) as caught:
        parse_json(data, NAME)
    message = str(caught.value)
    assert message.startswith(f"{NAME}: "), message
    assert "\n" not in message
    return message


# -- accepted ------------------------------------------------------------------


def test_a_plain_document_parses_to_python_values() -> None:
    data = '{"label": "Zoë", "x": -1.5, "n": 3, "ok": true, "none": null, "list": [1, "two"]}'.encode()
    assert parse_json(data, NAME) == {"label": "Zoë", "x": -1.5, "n": 3, "ok": True, "none": None, "list": [1, "two"]}


def test_a_byte_order_mark_is_not_part_of_the_document() -> None:
    assert parse_json(b'\xef\xbb\xbf{"a": "M\xc3\xbcller"}', NAME) == {"a": "Müller"}
    assert decode_text(b"\xef\xbb\xbfabc", NAME) == "abc"


def test_the_same_key_in_different_objects_is_fine() -> None:
    assert parse_json(b'[{"id": 1}, {"id": 2}]', NAME) == [{"id": 1}, {"id": 2}]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=25,
)


@settings(max_examples=100, deadline=None)
@given(json_values)
def test_any_finite_shallow_json_value_round_trips(value: Any) -> None:
    data = json.dumps(value, ensure_ascii=False).encode("utf-8")
    if reference_depth(value) > MAX_DEPTH:
        refusal(data)
    else:
        assert parse_json(data, NAME) == value


@settings(max_examples=100, deadline=None)
@given(json_values)
def test_depth_agrees_with_the_recursive_definition(value: Any) -> None:
    expected = reference_depth(value)
    if expected <= MAX_DEPTH:
        assert depth(value) == expected
    else:
        assert depth(value) > MAX_DEPTH


def test_depth_counts_arrays_and_objects() -> None:
    assert depth(7) == 0
    assert depth("text") == 0
    assert depth([]) == 1
    assert depth({}) == 1
    assert depth({"a": [{"b": 1}], "c": 2}) == 3
    assert depth([[], [[[]]], []]) == 4


# -- refused ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b'{"label": "Mum", "label": "Dad"}', "'label' twice"),
        (b'{"versions": [{"map": {"nodes": [], "nodes": []}}]}', "'nodes' twice"),
    ],
)
def test_a_key_twice_in_one_object_is_refused_naming_the_key(data: bytes, fragment: str) -> None:
    assert fragment in refusal(data)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_numbers_json_does_not_allow_are_refused(constant: str) -> None:
    message = refusal(f'{{"x": {constant}}}'.encode())
    assert constant in message
    assert "not a number JSON allows" in message


@pytest.mark.parametrize("number", ["1e999", "-1e999", "1.5E400"])
def test_numbers_too_large_for_a_float_are_refused(number: str) -> None:
    message = refusal(f'{{"x": {number}}}'.encode())
    assert number in message
    assert "too large" in message


def test_a_whole_number_with_thousands_of_digits_is_refused_cleanly() -> None:
    message = refusal(b'{"x": ' + b"9" * 5000 + b"}")
    assert "cannot be read" in message
    assert len(message) < 400


def test_malformed_json_is_refused_with_line_and_column() -> None:
    message = refusal(b'{\n  "format": "ecomap",\n  "versions": [\n}')
    assert "is not valid JSON" in message
    assert "line 4, column 1" in message


def test_text_that_is_not_utf8_is_refused_with_the_byte_position() -> None:
    data = '{"label": "Zoë"}'.encode("latin-1")
    position = data.index("ë".encode("latin-1"))
    message = refusal(data)
    assert "not UTF-8" in message
    assert f"byte {position} " in message


def test_utf16_is_not_utf8() -> None:
    assert "not UTF-8" in refusal('{"a": 1}'.encode("utf-16"))


def test_nesting_up_to_the_limit_is_accepted_and_one_more_is_refused() -> None:
    assert depth(parse_json(nested(MAX_DEPTH), NAME)) == MAX_DEPTH
    message = refusal(nested(MAX_DEPTH + 1))
    assert f"more than {MAX_DEPTH} deep" in message


def test_nesting_deep_enough_to_exhaust_the_parser_is_refused_without_a_crash() -> None:
    message = refusal(b"[" * 200_000 + b"]" * 200_000)
    assert f"more than {MAX_DEPTH} deep" in message


def test_the_depth_limit_is_the_one_in_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(strict_json, "MAX_DEPTH", 3)
    assert parse_json(b"[[[1]]]", NAME) == [[[1]]]
    assert "more than 3 deep" in refusal(b"[[[[1]]]]")


def test_depth_of_a_very_deep_value_is_reported_beyond_the_limit_without_recursion() -> None:
    value: Any = 0
    for _ in range(50_000):
        value = [value]
    assert depth(value) == MAX_DEPTH + 1


def test_a_long_duplicate_key_does_not_flood_the_message() -> None:
    key = "k" * 10_000
    message = refusal(f'{{"{key}": 1, "{key}": 2}}'.encode())
    assert "twice" in message
    assert len(message) < 300


# -- reading files ---------------------------------------------------------------


def test_read_limited_returns_the_bytes_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_bytes(b'{"a": 1}')
    assert read_limited(path) == b'{"a": 1}'


def test_a_file_at_the_limit_is_read_and_one_byte_more_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(strict_json, "MAX_FILE_BYTES", 2 * 1024 * 1024)
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (2 * 1024 * 1024))
    assert len(read_limited(path)) == 2 * 1024 * 1024
    path.write_bytes(b" " * (2 * 1024 * 1024 + 1))
    with pytest.raises(InputError) as caught:
        read_limited(path)
    assert str(caught.value) == f"{path}: is larger than 2 MiB, the most Ecomap imports"


def test_the_documented_file_limit_is_64_mib() -> None:
    assert MAX_FILE_BYTES == 64 * 1024 * 1024


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda folder: folder / "missing.json", "no such file"),
        (lambda folder: folder, "is a folder"),
    ],
)
def test_unreadable_paths_are_refused_by_name(tmp_path: Path, make: Any, fragment: str) -> None:
    path = make(tmp_path)
    with pytest.raises(InputError) as caught:
        read_limited(path)
    assert str(caught.value).startswith(f"{path}: {fragment}")


def test_parsed_floats_are_exact() -> None:
    values = [0.1, -0.0, 1e-300, 123456.789, math.pi]
    assert parse_json(json.dumps(values).encode(), NAME) == values
