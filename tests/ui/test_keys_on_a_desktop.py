"""Keys as a Linux desktop delivers them: the main keyboard's + and =, F11, and a version dated after today."""

from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from ecomap.ui.dialogs import SaveVersionDialog
from ecomap.ui.main_window import MainWindow
from ecomap.ui.view_state import Panel
from tests.ui.test_canvas import LEFT, point_only_on, send_mouse

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(window.view, key, modifiers)
    QApplication.processEvents()


def test_f11_enters_session_mode_and_esc_leaves_it(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier)
    assert window.view_state.session_mode
    press(qtbot, window, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert not window.view_state.session_mode


def test_zoom_and_text_size_from_the_main_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    zoom = window.view.zoom()
    press(qtbot, window, Qt.Key.Key_Equal, CTRL)  # Ctrl and the = key, no Shift
    assert window.view.zoom() > zoom * 1.1
    index = window.text_scale_index
    press(qtbot, window, Qt.Key.Key_Plus, CTRL | SHIFT)  # Ctrl+Shift+= arrives as + on Linux
    assert window.text_scale_index == index + 1
    press(qtbot, window, Qt.Key.Key_Underscore, CTRL | SHIFT)  # Ctrl+Shift+- arrives as _
    assert window.text_scale_index == index


def test_the_help_lists_each_key_once(window: MainWindow) -> None:
    keys = [keys for keys, _what in window.editor_actions.shortcut_lines()]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_a_version_dated_after_today_needs_the_user_to_say_so(qtbot: QtBot) -> None:
    today = QDate(2026, 11, 28)
    dialog = SaveVersionDialog(None, "3-month review", 4, today)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok_button.isEnabled()
    assert not dialog.future.isVisible()
    dialog.date.setDate(today.addDays(1))
    assert not dialog.ok_button.isEnabled(), "a date after today is not saved silently"
    assert dialog.future.isVisible()
    qtbot.mouseClick(dialog.future, Qt.MouseButton.LeftButton, pos=dialog.future.rect().center())
    assert dialog.ok_button.isEnabled()
    dialog.date.setDate(today)
    assert not dialog.future.isVisible()
    assert not dialog.future.isChecked()
    assert dialog.values()[1] == "2026-11-28"


def test_tab_says_how_many_ties_in_words_that_agree(qtbot: QtBot, window: MainWindow) -> None:
    """'Dee: 1 ties' was wrong twice over: the count is the map's, and one tie is '1 tie'."""
    ecomap = window.case.map
    seen: dict[str, str] = {}
    window.view.setFocus()
    for _ in ecomap.nodes:
        qtbot.keyClick(window.view, Qt.Key.Key_Tab)
        [chosen] = window.scene.selected_node_ids()
        seen[chosen] = window.status_message.text()
    for node in ecomap.nodes:
        count = len(ecomap.ties_of(node.id))
        words = "no ties" if count == 0 else "1 tie" if count == 1 else f"{count} ties"
        assert seen[node.id] == f"{node.label}: {words}"
    assert any(text.endswith(": 1 tie") for text in seen.values())


def test_a_press_just_outside_a_person_ties_at_any_zoom(qtbot: QtBot, window: MainWindow) -> None:
    """Zoomed out, a press a few pixels outside a person's edge starts a tie, not a rubber band."""
    ecomap = window.case.map
    window.view.zoom_by(0.5)
    QApplication.processEvents()
    zoom = window.view.zoom()
    assert zoom < 0.6
    gp = next(n for n in ecomap.nodes if n.label == "GP")
    target = next(n for n in ecomap.nodes if n.label == "Housing officer")
    assert ecomap.tie_between(gp.id, target.id) is None
    item = window.scene.node_items[gp.id]
    centre = window.view.mapFromScene(gp.x, gp.y)
    outside = centre + QPoint(round(item.radius * zoom) + 5, 0)  # 5 pixels beyond the edge
    end = window.view.mapFromScene(target.x, target.y)
    send_mouse(window, QMouseEvent.Type.MouseButtonPress, outside, LEFT)
    for step in range(1, 6):
        send_mouse(window, QMouseEvent.Type.MouseMove, outside + (end - outside) * step / 5, LEFT)
    send_mouse(window, QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert ecomap.tie_between(gp.id, target.id) is not None


def test_ctrl_f_goes_to_the_find_box_even_from_session_mode_or_a_closed_panel(qtbot: QtBot, window: MainWindow) -> None:
    window.docks[Panel.PEOPLE].close()
    window.set_session_mode(True)
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert not window.view_state.session_mode
    assert window.docks[Panel.PEOPLE].isVisible()
    find = window.palette_panel.filter_edit
    assert find.hasFocus()
    qtbot.keyClicks(find, "Jobcentre")
    qtbot.keyClick(find, Qt.Key.Key_Return)
    editor = window.editor.editor
    assert editor is not None, "Enter in Find opens the name box for the entry found"


def test_a_right_click_on_a_tie_selects_it_and_offers_its_choices(qtbot: QtBot, window: MainWindow) -> None:
    tie = next(iter(window.case.map.ties))
    point = window.view.mapFromScene(point_only_on(window, tie.id))
    offered: list[str] = []

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu)
        offered.extend(a.text().split("\t")[0] for a in popup.actions() if not a.isSeparator())
        popup.close()

    QTimer.singleShot(50, read_and_close)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, window.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(window.view.viewport(), event)
    assert window.scene.selected_tie_ids() == [tie.id]
    assert offered[:3] == ["&Bonding (B)", "B&ridging (Br)", "&Linking (L)"]
    assert "&Delete" in offered
