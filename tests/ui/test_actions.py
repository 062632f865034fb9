"""Actions and keys as data: the menus, the canvas keys and the help are all built from the action table."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu
from pytestqt.qtbot import QtBot

from ecomap.model.enums import Capital, Strength
from ecomap.ui.action_table import ACTIONS, GESTURES, Applies
from ecomap.ui.actions import key_sequences
from ecomap.ui.main_window import MainWindow


def menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.menu() is not None:
            yield from menu_actions(action.menu())  # type: ignore[arg-type]
        elif not action.isSeparator():
            yield action


def test_every_action_with_a_menu_is_in_its_menu_once(window: MainWindow) -> None:
    in_menus = [a.objectName() for top in window.menuBar().actions() for a in menu_actions(top.menu())]  # type: ignore[arg-type]
    for spec in ACTIONS:
        if spec.menu:
            assert in_menus.count(spec.name) == 1, spec.name


def test_the_help_lists_every_key_and_gesture_of_the_table(qtbot: QtBot, window: MainWindow) -> None:
    shown: list[str] = []

    def read_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                label = widget.findChild(QLabel, "shortcutList")
                assert label is not None
                shown.append(label.text())
                widget.reject()

    QTimer.singleShot(0, read_and_close)
    window.editor_actions["shortcuts"].trigger()
    [text] = shown
    listed = {what: keys for keys, what in window.editor_actions.shortcut_lines()}
    for spec in ACTIONS:
        if spec.keys or spec.canvas_keys:
            keys = listed[spec.help]
            for key in spec.canvas_keys:
                assert key in keys, (spec.name, keys)
            for sequence in key_sequences(spec.keys):
                assert sequence.toString(QKeySequence.SequenceFormat.NativeText) in keys, (spec.name, keys)
    for what, keys in listed.items():
        assert keys in text
        assert what in text
    for gesture in GESTURES:
        assert gesture.keys in text
    assert listed["delete the selection (the client stays)"].endswith("Backspace on the map")


CANVAS_KEY_EFFECTS = [
    (Qt.Key.Key_B, lambda tie: tie.capital is Capital.BONDING),
    (Qt.Key.Key_R, lambda tie: tie.capital is Capital.BRIDGING),
    (Qt.Key.Key_L, lambda tie: tie.capital is Capital.LINKING),
    (Qt.Key.Key_1, lambda tie: tie.strength is Strength.STRONG),
    (Qt.Key.Key_3, lambda tie: tie.strength is Strength.TENUOUS),
]


@pytest.mark.parametrize(("key", "effect"), CANVAS_KEY_EFFECTS)
def test_a_tie_key_on_the_canvas_does_what_the_table_says(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, effect: object
) -> None:
    ecomap = window.case.map
    tie = next(t for t in ecomap.ties if t.capital is Capital.LINKING and t.strength is Strength.MODERATE)
    window.scene.select_only([window.scene.tie_items[tie.id]])
    window.view.setFocus()
    qtbot.keyClick(window.view, key)
    changed = ecomap.tie(tie.id)
    assert effect(changed)  # type: ignore[operator]
    spec = next(s for s in ACTIONS if QKeySequence(key).toString() in s.canvas_keys)
    assert spec.applies is Applies.TIE


def test_tie_keys_do_nothing_without_a_tie_and_are_greyed_in_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    window.scene.clearSelection()
    before = window.case.map.copy()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_B)
    assert window.case.map == before
    assert not window.editor_actions["capital.bonding"].isEnabled()
    tie = next(iter(window.case.map.ties))
    window.scene.select_only([window.scene.tie_items[tie.id]])
    assert window.editor_actions["capital.bonding"].isEnabled()
