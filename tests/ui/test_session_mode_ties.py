"""Session mode's tie buttons: tapped on the real window, they show and change the selected tie, one undo step each."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from ecomap.model.elements import Tie
from ecomap.model.enums import Capital, Flow, Strength
from ecomap.model.notation import TEXT_SCALES
from ecomap.ui.main_window import MainWindow
from ecomap.ui.session_tie_bar import CHECK, SELECT_HINT, TouchButton
from ecomap.ui.view_state import Panel
from tests.ui.test_canvas import LEFT

CAPITAL_ACTIONS = [f"capital.{c.value}" for c in Capital]
STRENGTH_ACTIONS = [f"strength.{s.value}" for s in Strength]
FLOW_ACTIONS = [f"flow.{f.value}" for f in Flow]


def enter_session_mode(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_F11)
    settle()
    assert window.view_state.session_mode


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def housing_tie(window: MainWindow) -> Tie:
    ecomap = window.case.map
    return next(t for t in ecomap.ties if ecomap.node(t.target).label == "Housing officer")


def tap_tie(qtbot: QtBot, window: MainWindow, tie: Tie) -> None:
    """A tap on the tie where nothing else lies (at this zoom, on the screen), as a finger on the map does."""
    item = window.scene.tie_items[tie.id]
    for step in range(10, 19):  # from the middle outwards, away from the client's rim
        point = window.view.mapFromScene(item.line.pointAt(step / 20))
        if window.view.items(point) == [item]:
            break
    else:
        raise AssertionError("the tie is covered all along its length")
    qtbot.mouseClick(window.view.viewport(), LEFT, pos=point)
    assert window.scene.selected_tie_ids() == [tie.id]


def chosen(window: MainWindow, names: list[str]) -> list[str]:
    """Which of the buttons ``names`` show as chosen: checked, and with a ✓ before the words (not colour alone)."""
    buttons = window.session_ties.buttons
    marked = [name for name in names if buttons[name].text().startswith(CHECK.strip())]
    assert marked == [name for name in names if buttons[name].isChecked()]
    return marked


def shows(window: MainWindow, tie: Tie) -> None:
    """The buttons show ``tie``'s capital, strength, stress and flow, each as the one chosen in its group."""
    assert chosen(window, CAPITAL_ACTIONS) == [f"capital.{tie.capital.value}"]
    assert chosen(window, STRENGTH_ACTIONS) == [f"strength.{tie.strength.value}"]
    assert chosen(window, ["stress"]) == (["stress"] if tie.stressful else [])
    assert chosen(window, FLOW_ACTIONS) == [f"flow.{tie.flow.value}"]


def test_the_buttons_show_the_tapped_tie_change_it_and_follow_undo(qtbot: QtBot, window: MainWindow) -> None:
    enter_session_mode(qtbot, window)
    bar = window.session_ties
    assert bar.isVisible()
    assert bar.header.text() == SELECT_HINT
    assert not any(button.isEnabled() for button in bar.buttons.values())

    tie = housing_tie(window)
    tap_tie(qtbot, window, tie)
    assert bar.header.text() == "Tie: Lee – Housing officer"
    assert all(button.isEnabled() for button in bar.buttons.values())
    assert all(button.height() >= 48 for button in bar.buttons.values())
    shows(window, tie)
    # The one-way choices name the two people, readably.
    assert bar.buttons["flow.to_target"].text().removeprefix(CHECK) == "Lee → Housing officer"
    assert bar.buttons["flow.to_source"].text().removeprefix(CHECK) == "Housing officer → Lee"

    other = next(c for c in Capital if c is not tie.capital)
    qtbot.mouseClick(bar.buttons[f"capital.{other.value}"], LEFT)
    changed = window.case.map.tie(tie.id)
    assert changed.capital is other
    assert window.undo_stack.undoText() == f"Make {other.value}: tie to Housing officer"
    shows(window, changed)
    assert window.scene.selected_tie_ids() == [tie.id], "a tap on a button keeps the tie selected"

    qtbot.mouseClick(bar.buttons["strength.tenuous"], LEFT)
    qtbot.mouseClick(bar.buttons["stress"], LEFT)
    qtbot.mouseClick(bar.buttons["flow.both"], LEFT)
    changed = window.case.map.tie(tie.id)
    assert (changed.strength, changed.stressful, changed.flow) == (Strength.TENUOUS, not tie.stressful, Flow.BOTH)
    shows(window, changed)
    assert window.undo_stack.count() == 4

    for _ in range(3):  # Ctrl+Z, on the map as a keyboard beside the touch screen sends it
        qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.case.map.tie(tie.id).capital is other
    shows(window, window.case.map.tie(tie.id))
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.case.map.tie(tie.id) == tie
    shows(window, tie)
    window.undo_stack.redo()
    shows(window, window.case.map.tie(tie.id))

    # A key on the map moves the buttons too: they show the tie whichever way it changed.
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert chosen(window, STRENGTH_ACTIONS) == ["strength.strong"]

    window.scene.clearSelection()
    assert bar.isVisible(), "the column stays, so the map does not jump under the finger"
    assert bar.header.text() == SELECT_HINT
    assert not any(button.isEnabled() or button.isChecked() for button in bar.buttons.values())

    qtbot.keyClick(window.view, Qt.Key.Key_Escape)  # leave session mode
    settle()
    assert not window.view_state.session_mode
    assert not bar.isVisible()
    assert window.docks[Panel.PEOPLE].isVisible()


TAPPABLE = [*CAPITAL_ACTIONS, *STRENGTH_ACTIONS, "stress", *FLOW_ACTIONS]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(taps=st.lists(st.sampled_from(TAPPABLE), max_size=8))
def test_any_taps_show_the_tie_and_undo_back_to_the_start(qtbot: QtBot, window: MainWindow, taps: list[str]) -> None:
    """After every tap and every undo the buttons show the tie as the model has it; undoing every step gives
    back the tie (each example starts and ends at the same map)."""
    if not window.view_state.session_mode:
        enter_session_mode(qtbot, window)
    tie = housing_tie(window)
    window.scene.select_only([window.scene.tie_items[tie.id]])
    start = window.undo_stack.index()
    for name in taps:
        qtbot.mouseClick(window.session_ties.buttons[name], LEFT)
        shows(window, window.case.map.tie(tie.id))
    while window.undo_stack.index() > start:
        window.undo_stack.undo()
        shows(window, window.case.map.tie(tie.id))
    assert window.case.map.tie(tie.id) == tie


def test_the_buttons_are_there_only_in_session_mode_on_the_working_draft(qtbot: QtBot, window: MainWindow) -> None:
    tie = housing_tie(window)
    tap_tie(qtbot, window, tie)
    assert not window.session_ties.isVisible(), "outside session mode the Details panel has the tie"
    enter_session_mode(qtbot, window)
    assert window.session_ties.isVisible()
    shows(window, tie)
    window.show_compare(1, 3)
    settle()
    assert not window.session_ties.isVisible(), "a comparison is not edited"
    window.leave_compare()
    settle()
    assert window.session_ties.isVisible()


def test_several_ties_show_what_they_share_and_one_way_needs_one_tie(qtbot: QtBot, window: MainWindow) -> None:
    enter_session_mode(qtbot, window)
    ecomap = window.case.map
    ties = [t for t in ecomap.ties if t.capital is Capital.LINKING][:2]
    window.scene.select_only([window.scene.tie_items[t.id] for t in ties])
    bar = window.session_ties
    assert bar.header.text() == "2 ties selected: a tap changes all of them"
    assert chosen(window, CAPITAL_ACTIONS) == ["capital.linking"]
    assert not bar.buttons["flow.to_target"].isEnabled()
    assert bar.buttons["flow.to_target"].toolTip() == "Select one tie to choose a direction"
    qtbot.mouseClick(bar.buttons["capital.bonding"], LEFT)
    assert all(ecomap.tie(t.id).capital is Capital.BONDING for t in ties)
    assert window.undo_stack.count() == 1
    assert chosen(window, CAPITAL_ACTIONS) == ["capital.bonding"]


def test_names_show_as_written(qtbot: QtBot, window: MainWindow) -> None:
    """An "&" in a name is shown, not taken for a shortcut's mark (Qt would underline the next letter)."""
    enter_session_mode(qtbot, window)
    ecomap = window.case.map
    tie = next(t for t in ecomap.ties if ecomap.node(t.target).label == "Drug & alcohol service")
    window.scene.select_only([window.scene.tie_items[tie.id]])
    button = window.session_ties.buttons["flow.to_target"]
    assert button.text().removeprefix(CHECK) == "Lee → Drug && alcohol service"
    assert button.accessibleName().startswith("Lee → Drug & alcohol service")


def inside(widget: QWidget, window: MainWindow) -> bool:
    """Whether all of ``widget`` is shown: visible, inside the window, and not cut by the scroll area around it."""
    if not widget.isVisible():
        return False
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    scroll = window.session_ties.widget()
    assert isinstance(scroll, QScrollArea)
    viewport = scroll.viewport()
    if viewport.isAncestorOf(widget):
        shown = QRect(viewport.mapTo(window, viewport.rect().topLeft()), viewport.size())
        if not shown.contains(rect):
            return False
    return window.rect().contains(rect)


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_every_button_is_on_screen_and_the_map_keeps_its_room(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    """On a 1024×600 touch screen and on 1920×1080: every tie button and session button whole, none behind
    the toolbar's » button; the map keeps most of the height and is not covered."""
    enter_session_mode(qtbot, window)
    window.showNormal()  # offscreen, full screen is an 800×800 screen: make the window the screen's size instead
    window.resize(*size)
    settle()
    tap_tie(qtbot, window, housing_tie(window))
    for button in window.session_ties.buttons.values():
        assert inside(button, window), button.choice.action
        assert button.height() >= 48
        assert words_fit(button), button.text()
    for action in window.session_bar.actions():
        button = window.session_bar.widgetForAction(action)
        assert isinstance(button, QToolButton)
        assert inside(button, window), action.iconText()
    view = QRect(window.view.mapTo(window, window.view.rect().topLeft()), window.view.size())
    ties = window.session_ties.geometry()
    assert not view.intersects(ties)
    assert not view.intersects(window.docks[Panel.LEGEND].geometry())
    assert view.height() >= size[1] - 110, "only the session bar and the status bar above and below the map"
    assert view.width() >= view.height() * 0.85, "the round map is not squeezed by the columns beside it"


def words_fit(button: TouchButton) -> bool:
    """Whether each line of the button's words fits inside its border and padding (else Qt cuts it with "…")."""
    lines = button.text().replace("&&", "&").split("\n")
    room = button.width() - 2 * (3 + 6) - (8 if button.choice.colour else 0)
    return "…" not in button.text() and all(button.fontMetrics().horizontalAdvance(line) <= room for line in lines)


def test_the_words_grow_with_the_text_size_and_the_map_keeps_its_share(qtbot: QtBot, window: MainWindow) -> None:
    enter_session_mode(qtbot, window)
    window.showNormal()
    window.resize(1920, 1080)
    settle()
    tap_tie(qtbot, window, housing_tie(window))
    bar = window.session_ties
    before = bar.buttons["capital.bridging"].font().pointSizeF()
    width = bar.width()
    for _ in TEXT_SCALES:
        window.editor_actions["larger"].trigger()
    settle()
    assert bar.buttons["capital.bridging"].font().pointSizeF() > before * 1.5
    assert bar.width() > width
    assert all(words_fit(button) for button in bar.buttons.values())

    window.resize(1024, 600)  # the largest text on a small screen: smaller words, so the map keeps its room
    settle()
    assert bar.width() <= 0.3 * 1024 + 1
    assert all(words_fit(button) for button in bar.buttons.values())
    assert all(button.height() >= 48 for button in bar.buttons.values())
