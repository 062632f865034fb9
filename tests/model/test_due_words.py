"""The plan's actions due by a day, in the words the save-version dialog lists them (design §14)."""

import pytest

from ecomap.model.plan import Action, Status
from ecomap.model.plan_words import due_sentence


@pytest.mark.parametrize(
    ("action", "words"),
    [
        (
            Action("a1", "Call Mum  on\nSunday", owner="Lee", due="2026-05-01", status=Status.DOING),
            "Call Mum on Sunday (Lee, under way): due 1 May 2026, overdue",
        ),
        (Action("a1", "Go to the café", due="2026-06-01"), "Go to the café: due today"),
        (
            Action("a1", "Go to the café", owner=" Peer   mentor ", due="2026-06-02"),
            "Go to the café (Peer mentor): due 2 Jun 2026",
        ),
        (Action("a1", "Go to the café"), "Go to the café"),
    ],
)
def test_a_due_action_in_a_line(action: Action, words: str) -> None:
    assert due_sentence(action, "2026-06-01") == words


def test_a_long_action_is_cut_short_but_keeps_its_date() -> None:
    words = due_sentence(Action("a1", "word " * 100, owner="Lee", due="2026-05-01"), "2026-06-01", longest=30)
    assert words.endswith("… (Lee): due 1 May 2026, overdue")
    assert len(words.split(" (Lee)")[0]) == 30
