"""Breaking labels into lines: the rule the canvas, pictures and the PDF share."""

from hypothesis import given
from hypothesis import strategies as st

from ecomap.model.label_lines import ELLIPSIS, label_lines


def chars(text: str) -> float:
    """A monospaced measure: one unit a character."""
    return float(len(text))


def test_a_label_that_fits_stays_on_one_line() -> None:
    assert label_lines("Mum (Carol)", chars, 12) == ["Mum (Carol)"]


def test_a_long_label_breaks_at_a_space_onto_a_second_line() -> None:
    assert label_lines("Drug and alcohol service", chars, 16) == ["Drug and alcohol", "service"]
    assert label_lines("Five-a-side team at the leisure centre", chars, 16) == ["Five-a-side team", "at the leisure…"]


def test_a_word_too_long_for_a_line_is_cut_and_the_rest_moves_on() -> None:
    assert label_lines("Supercalifragilistic Jones", chars, 10) == ["Supercali…", "Jones"]


def test_empty_and_blank_labels_give_no_lines() -> None:
    assert label_lines("", chars, 10) == []
    assert label_lines("  \n ", chars, 10) == []


def test_one_line_when_asked_for_one() -> None:
    assert label_lines("Probation officer Dave", chars, 12, max_lines=1) == ["Probation o…"]


@given(st.text(min_size=1, max_size=80), st.integers(min_value=2, max_value=40))
def test_lines_always_fit_and_lose_no_words_unless_cut(text: str, room: int) -> None:
    lines = label_lines(text, chars, room)
    assert len(lines) <= 2
    assert all(len(line) <= room for line in lines)
    shown = " ".join(lines)
    if ELLIPSIS not in shown:
        assert shown == " ".join(text.split())
