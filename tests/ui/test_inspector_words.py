"""The Details panel's words for a tie: each capital button says what its capital means, in the guide's words,
and the flow choices name both ends whole, wrapped between words, at every text size."""

import html
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ecomap.model.enums import Capital, Flow
from ecomap.model.notation import CAPITAL_EXAMPLES, CAPITAL_NAMES, TEXT_SCALES
from ecomap.ui.main_window import MainWindow
from ecomap.ui.panels.controls import ChoiceButton, wrap_choice

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide.md"
OFFICER = "Probation officer (Mrs Example)"
BORDER_AND_PADDING = 7
"""Each side of a choice button: a 1 px border and 6 px padding (3 and 4 when checked), from its style sheet."""


def tie_to_officer(window: MainWindow) -> str:
    """The example's tie between the client (renamed Dee) and the probation officer (renamed), selected."""
    ecomap = window.case.map
    client = ecomap.client
    [officer] = [n for n in ecomap.nodes if n.label == "Probation officer"]
    window.editor.edit_node(client.id, {"label": "Dee"})
    window.editor.edit_node(officer.id, {"label": OFFICER})
    [tie] = [t for t in ecomap.ties if {t.source, t.target} == {client.id, officer.id}]
    window.scene.select_only([window.scene.tie_items[tie.id]])
    QApplication.processEvents()
    return tie.id


def settle(qtbot: QtBot, window: MainWindow) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


def test_each_capital_button_says_what_its_capital_means_in_the_guides_words(qtbot: QtBot, window: MainWindow) -> None:
    tie_to_officer(window)
    guide = " ".join(GUIDE.read_text(encoding="utf-8").split())
    for capital in Capital:
        tip = window.inspector.capital_buttons.buttons[capital].toolTip()
        assert tip == f"{CAPITAL_NAMES[capital]}: {CAPITAL_EXAMPLES[capital]}"
        assert "\n" not in tip, "one line"
        assert f"**{CAPITAL_NAMES[capital]}**: {CAPITAL_EXAMPLES[capital]}" in guide, "the guide says the same"
    assert "family" in window.inspector.capital_buttons.buttons[Capital.BONDING].toolTip()
    assert "peer mentor" in window.inspector.capital_buttons.buttons[Capital.BRIDGING].toolTip()
    assert "probation officer" in window.inspector.capital_buttons.buttons[Capital.LINKING].toolTip()


@pytest.mark.parametrize("scale_index", [1, 3, len(TEXT_SCALES) - 1])
def test_the_flow_choices_name_both_ends_whole_at_every_text_size(
    qtbot: QtBot, window: MainWindow, scale_index: int
) -> None:
    """It read "Dee → Probation offic…": the names are whole, broken only between words, within the panel."""
    tie_id = tie_to_officer(window)
    window.change_text_size(scale_index - window.text_scale_index)
    settle(qtbot, window)
    tie = window.case.map.tie(tie_id)
    names = {tie.source: "Dee", tie.target: OFFICER}
    viewport = window.inspector._scroll.viewport()
    for flow, (giver, receiver) in {
        Flow.TO_TARGET: (names[tie.source], names[tie.target]),
        Flow.TO_SOURCE: (names[tie.target], names[tie.source]),
    }.items():
        button = window.inspector.flow_buttons.buttons[flow]
        whole = f"{giver} → {receiver}"
        assert button.isVisible()
        assert " ".join(button.text().split()) == whole, "every word shown, none cut"
        assert "…" not in button.text()
        metrics = button.fontMetrics()
        for line in button.text().split("\n"):
            assert metrics.horizontalAdvance(line) <= button.width() - 2 * BORDER_AND_PADDING, (line, button.width())
        right_edge = button.mapTo(viewport, QPoint(button.width(), 0)).x()
        assert right_edge <= viewport.width(), "the panel shows the whole button"
        assert button.accessibleName() == f"Flow of energy: {whole}"
        assert whole in html.unescape(button.toolTip())
        assert f"flow from {giver} to {receiver}" in html.unescape(button.toolTip())
    window.change_text_size(0)


def test_a_wrapped_flow_choice_sets_the_flow_in_one_undoable_step(qtbot: QtBot, window: MainWindow) -> None:
    tie_id = tie_to_officer(window)
    settle(qtbot, window)
    ecomap = window.case.map
    before = ecomap.tie(tie_id).flow
    button = window.inspector.flow_buttons.buttons[Flow.TO_TARGET]
    assert "\n" in button.text(), "the long name wraps at the panel's width"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert ecomap.tie(tie_id).flow is Flow.TO_TARGET
    assert button.isChecked()
    window.undo_stack.undo()
    assert ecomap.tie(tie_id).flow is before
    window.undo_stack.redo()
    assert ecomap.tie(tie_id).flow is Flow.TO_TARGET


def test_a_name_with_an_ampersand_shows_it_and_underlines_nothing(qtbot: QtBot, window: MainWindow) -> None:
    ecomap = window.case.map
    tie = next(t for t in ecomap.ties if ecomap.node(t.target).label == "Drug & alcohol service")
    window.scene.select_only([window.scene.tie_items[tie.id]])
    settle(qtbot, window)
    button = window.inspector.flow_buttons.buttons[Flow.TO_TARGET]
    assert button.full_text == f"{ecomap.node(tie.source).label} → Drug & alcohol service"
    assert "&&" in button.text(), "a single & would be a mnemonic, hiding the & and underlining the next letter"
    assert " ".join(button.text().replace("&&", "&").split()) == button.full_text
    assert "&&" not in button.accessibleName()


def test_a_choice_button_is_no_wider_than_its_widest_word_needs(qtbot: QtBot) -> None:
    button = ChoiceButton()
    qtbot.addWidget(button)
    button.set_full_text(f"Dee → {OFFICER}")
    metrics = button.fontMetrics()
    assert button.minimumSizeHint().width() < metrics.horizontalAdvance(button.full_text)
    assert button.minimumSizeHint().width() >= metrics.horizontalAdvance("Probation")


# -- wrapping, as a function ------------------------------------------------------------------

WORDS = st.text(alphabet="abcdefghij()", min_size=1, max_size=9)
NAMES = st.lists(WORDS, min_size=1, max_size=5).map(" ".join)


@given(giver=NAMES, receiver=NAMES, width=st.integers(min_value=11, max_value=40))
def test_wrapping_keeps_every_word_and_breaks_before_the_arrow(giver: str, receiver: str, width: int) -> None:
    """Lines that fit, joined again, are the text; a text too long for one line starts "→ receiver" afresh."""
    text = f"{giver} → {receiver}"
    lines = wrap_choice(text, lambda line: len(line) <= width, max_lines=10)
    assert " ".join(lines) == text
    assert all(len(line) <= width for line in lines)
    if len(lines) > 1:
        assert any(line.startswith("→ ") for line in lines)
        assert " ".join(lines[: next(i for i, line in enumerate(lines) if line.startswith("→ "))]) == giver


def test_a_very_long_name_ends_after_a_whole_word() -> None:
    lines = wrap_choice("Dee → " + " ".join(["Example"] * 20), lambda line: len(line) <= 16, max_lines=3)
    assert lines[0] == "Dee"
    assert len(lines) == 4
    assert lines[-1].endswith(" …")
    assert all(word == "Example" for word in lines[-1].removesuffix(" …").split())
