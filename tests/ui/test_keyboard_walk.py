"""The map by keyboard alone: Tab reaches ties, Shift+arrow selects two people to tie, Ctrl+Tab lands
somewhere visible and says where."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from ecomap.model.network import EcoMap
from ecomap.ui.canvas import keyboard_walk
from ecomap.ui.main_window import MainWindow
from ecomap.ui.view_state import Panel

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def key(
    qtbot: QtBot, window: MainWindow, pressed: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focused = QApplication.focusWidget() or window.view
    qtbot.keyClick(focused, pressed, modifiers)
    QApplication.processEvents()


def test_tab_goes_through_everyone_then_every_tie_and_shift_tab_comes_back(qtbot: QtBot, window: MainWindow) -> None:
    ecomap = window.case.map
    window.view.setFocus()
    for node in ecomap.nodes:
        key(qtbot, window, Qt.Key.Key_Tab)
        assert window.scene.selected_node_ids() == [node.id]
    first_tie = next(iter(ecomap.ties))
    key(qtbot, window, Qt.Key.Key_Tab)
    assert window.scene.selected_node_ids() == []
    assert window.scene.selected_tie_ids() == [first_tie.id]
    ends = f"{ecomap.node(first_tie.source).label} and {ecomap.node(first_tie.target).label}"
    assert ends in window.status_message.text()
    assert window.editor_actions["capital.linking"].isEnabled(), "a tie reached by Tab takes L"
    key(qtbot, window, Qt.Key.Key_L)
    assert ecomap.tie(first_tie.id).capital.value == "linking"
    key(qtbot, window, Qt.Key.Key_Backtab, SHIFT)
    assert window.scene.selected_node_ids() == [list(ecomap.nodes)[-1].id]
    assert window.view.hasFocus()


def test_tab_after_the_last_tie_comes_round_to_the_client(qtbot: QtBot, window: MainWindow) -> None:
    ecomap = window.case.map
    window.scene.select_only([window.scene.tie_items[list(ecomap.ties)[-1].id]])
    window.view.setFocus()
    key(qtbot, window, Qt.Key.Key_Tab)
    assert window.scene.selected_node_ids() == [next(iter(ecomap.nodes)).id]


def untied_neighbours(ecomap: EcoMap) -> tuple[str, str, str]:
    """Two people not tied to each other, the second the nearest to the first in some direction."""
    for node in ecomap.nodes:
        for direction in keyboard_walk.DIRECTIONS:
            other = keyboard_walk.nearest_in_direction(ecomap, [node.id], direction)
            if other is not None and ecomap.tie_between(node.id, other) is None:
                return node.id, other, direction
    raise AssertionError("every pair of neighbours is tied")


def test_shift_arrow_adds_the_nearest_person_that_way_and_t_ties_the_two(qtbot: QtBot, window: MainWindow) -> None:
    ecomap = window.case.map
    first, second, direction = untied_neighbours(ecomap)
    arrow = {"left": Qt.Key.Key_Left, "right": Qt.Key.Key_Right, "up": Qt.Key.Key_Up, "down": Qt.Key.Key_Down}
    window.scene.select_only([window.scene.node_items[first]])
    window.view.setFocus()
    before = {node.id: (node.x, node.y) for node in ecomap.nodes}
    ties = len(ecomap.ties)
    key(qtbot, window, arrow[direction], SHIFT)
    assert set(window.scene.selected_node_ids()) == {first, second}
    assert {node.id: (node.x, node.y) for node in ecomap.nodes} == before, "Shift+arrow selects, it does not move"
    assert "2 people or places" in window.status_message.text()
    key(qtbot, window, Qt.Key.Key_T)
    assert len(ecomap.ties) == ties + 1
    assert ecomap.tie_between(first, second) is not None


def test_arrows_move_and_alt_arrows_move_finer(qtbot: QtBot, window: MainWindow) -> None:
    ecomap = window.case.map
    node = list(ecomap.nodes)[1]
    window.scene.select_only([window.scene.node_items[node.id]])
    window.view.setFocus()
    x = ecomap.node(node.id).x
    key(qtbot, window, Qt.Key.Key_Right)
    coarse = ecomap.node(node.id).x - x
    key(qtbot, window, Qt.Key.Key_Right, ALT)
    fine = ecomap.node(node.id).x - x - coarse
    assert coarse > fine > 0


def test_ctrl_tab_lands_on_a_visible_control_of_each_shown_panel_in_turn(qtbot: QtBot, window: MainWindow) -> None:
    window.view.setFocus()
    landed = []
    for _ in range(5):
        key(qtbot, window, Qt.Key.Key_Tab, CTRL)
        focused = QApplication.focusWidget()
        assert focused is not None
        assert focused.isVisible(), "the keyboard is somewhere the user can see"
        landed.append((focused, window.status_message.text()))
    first, words = landed[0]
    assert isinstance(first, QLineEdit)
    assert first is window.palette_panel.filter_edit
    assert words.startswith("Keyboard in: People and places")
    assert any(words.startswith("Keyboard in: History") for _, words in landed)
    assert (
        window.docks[Panel.HISTORY]
        .widget()
        .isAncestorOf(next(w for w, words in landed if words.startswith("Keyboard in: History")))
    ), "a panel on a tab behind another is brought to the front"
    assert any(words.startswith("Keyboard in: Details") for _, words in landed)
    assert any(words.startswith("Keyboard in: Plan") for _, words in landed)
    assert landed[-1][0] is window.view, "after the last panel, back to the map"
    key(qtbot, window, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert window.docks[Panel.DETAILS].widget().isAncestorOf(QApplication.focusWidget())


def test_ctrl_tab_skips_a_hidden_panel(qtbot: QtBot, window: MainWindow) -> None:
    window.view_state.set_panel(Panel.PEOPLE, False)
    window.view.setFocus()
    key(qtbot, window, Qt.Key.Key_Tab, CTRL)
    assert "People and places" not in window.status_message.text()
    assert not window.docks[Panel.PEOPLE].widget().isAncestorOf(QApplication.focusWidget())


def test_ctrl_click_adds_a_second_person_to_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    ecomap = window.case.map
    first, second, _direction = untied_neighbours(ecomap)
    viewport = window.view.viewport()
    for node_id, modifiers in ((first, Qt.KeyboardModifier.NoModifier), (second, CTRL)):
        centre = window.view.mapFromScene(window.scene.node_items[node_id].pos())
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, modifiers, centre)
    assert set(window.scene.selected_node_ids()) == {first, second}
