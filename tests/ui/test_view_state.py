"""The view state: its rules on their own, and the real window drawing it through compare, session mode and back."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ecomap.model.case import CaseDetails
from ecomap.ui.main_window import MainWindow
from ecomap.ui.view_state import Panel, ViewState


def state_with(events: list[str]) -> ViewState:
    state = ViewState()
    state.changed.connect(lambda: events.append("changed"))
    state.open_case(CaseDetails("PR-1", "Lee Marsh", "Sam"), Path("/cases/lee.ecomap"), "")
    return state


def test_only_the_working_draft_of_a_writable_case_is_editable() -> None:
    state = state_with([])
    assert state.editable
    state.show_version(2, "Version 2: review, 3 Mar 2026")
    assert not state.editable
    state.show_draft()
    state.compare(1, 2)
    assert not state.editable
    state.leave_compare()
    state.begin_busy("Making the PDF summary")
    assert not state.editable
    assert not state.can_leave_case
    state.end_busy()
    assert state.editable
    assert state.can_leave_case
    state.open_case(CaseDetails(), None, "open in another Ecomap")
    assert not state.editable
    assert state.title().endswith("[read-only: open in another Ecomap]")


def test_each_transition_is_announced_once() -> None:
    events: list[str] = []
    state = state_with(events)
    events.clear()
    state.compare(1, 3)
    state.set_session_mode(True)
    state.set_session_mode(True)  # no change, no announcement
    state.leave_compare()
    state.leave_compare()
    assert events == ["changed", "changed", "changed"]


def test_session_mode_shows_only_the_legend_and_gives_back_the_panels_the_user_had() -> None:
    state = state_with([])
    state.set_panel(Panel.DETAILS, False)
    state.set_session_mode(True)
    assert [p for p in Panel if state.panel_shown(p)] == [Panel.LEGEND]
    assert state.why_hidden(Panel.PEOPLE) == "session mode shows only the map and its legend"
    state.set_session_mode(False)
    assert [p for p in Panel if state.panel_shown(p)] == [Panel.PEOPLE, Panel.LEGEND, Panel.HISTORY, Panel.PLAN]
    assert state.why_hidden(Panel.DETAILS) == "closed"


def test_a_comparison_inside_session_mode_leaves_session_mode_as_it_was() -> None:
    state = state_with([])
    state.compare(1, 3)
    assert [p for p in Panel if state.panel_shown(p)] == [Panel.HISTORY]
    state.set_session_mode(True)
    state.leave_compare()
    assert state.session_mode
    assert [p for p in Panel if state.panel_shown(p)] == [Panel.LEGEND]


def test_the_title_says_what_is_shown() -> None:
    state = state_with([])
    assert state.title() == "PR-1 – Lee Marsh – lee.ecomap[*] – Ecomap"
    state.show_version(2, "Version 2: review, 3 Mar 2026")
    assert state.title().startswith("Version 2: review, 3 Mar 2026 (read-only) – PR-1")
    state.compare(1, 0)
    assert state.title().startswith("Comparing version 1 with the working draft – PR-1")


# -- the real window -------------------------------------------------------------------------


def full_screen_keys() -> QKeySequence:
    return QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen)[0]


def press(qtbot: QtBot, window: MainWindow, sequence: QKeySequence) -> None:
    combination = sequence[0]
    qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())
    QApplication.processEvents()


def visible_panels(window: MainWindow) -> list[Panel]:
    return [panel for panel, dock in window.docks.items() if dock.isVisible()]


def test_compare_then_session_mode_then_back_keeps_the_panels_away(qtbot: QtBot, window: MainWindow) -> None:
    """Open a comparison, press the full-screen key, press Back: only the map and its legend."""
    window.show_compare(1, 3)
    assert visible_panels(window) == [Panel.HISTORY]
    press(qtbot, window, full_screen_keys())
    assert window.view_state.session_mode
    assert visible_panels(window) == []  # comparing in session mode: the comparison's own key
    qtbot.mouseClick(window.compare_widget.back_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert window.view_state.session_mode
    assert visible_panels(window) == [Panel.LEGEND]
    assert window.central.currentIndex() == 0
    assert window.view.isVisible()
    assert window.session_bar.isVisible()
    assert not window.menuBar().isVisible()
    assert window.editor_actions["add_person"].isEnabled()
    press(qtbot, window, QKeySequence("Esc"))
    assert not window.view_state.session_mode
    assert [panel for panel, dock in window.docks.items() if not dock.isHidden()] == list(Panel)


def test_closing_a_panel_is_remembered_by_the_state_and_the_view_menu(qtbot: QtBot, window: MainWindow) -> None:
    window.docks[Panel.DETAILS].close()
    assert window.view_state.wanted[Panel.DETAILS] is False
    assert not window.editor_actions["panel.details"].isChecked()
    window.set_session_mode(True)
    window.set_session_mode(False)
    assert window.docks[Panel.DETAILS].isHidden(), "closed before, closed after"
    window.editor_actions["panel.details"].trigger()
    assert window.docks[Panel.DETAILS].isVisible()
    assert window.view_state.wanted[Panel.DETAILS] is True


def test_a_saved_version_and_a_comparison_turn_editing_off_and_back_on(qtbot: QtBot, window: MainWindow) -> None:
    window.history.show(1)
    assert not window.editor_actions["save"].isEnabled()
    assert not window.scene.editable
    assert window.windowTitle().startswith("Version 1: Start of order")
    window.history.show(None)
    assert window.editor_actions["save"].isEnabled()
    assert window.scene.editable
    window.show_compare(1, 2)
    assert not window.editor_actions["add_person"].isEnabled()
    assert window.windowTitle().startswith("Comparing version 1 with version 2")
    window.leave_compare()
    assert window.editor_actions["add_person"].isEnabled()
