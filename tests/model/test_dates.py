"""Dates as the editor and the PDF write them."""

import pytest

from ecomap.model.dates import written_date


@pytest.mark.parametrize(
    ("options", "expected"),
    [({}, "13 Jul 2026"), ({"long": True}, "13 July 2026"), ({"short_year": True}, "13 Jul 26")],
)
def test_an_iso_date_is_written_as_people_write_it(options: dict[str, bool], expected: str) -> None:
    assert written_date("2026-07-13", **options) == expected


@pytest.mark.parametrize("text", ["", "soon", "2026-13-01", "13/07/2026"])
def test_anything_else_is_given_back_as_it_is(text: str) -> None:
    assert written_date(text) == text
