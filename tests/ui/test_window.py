"""The window around the canvas: title, undo text, session mode, text size, accessibility."""

from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from ecomap.model.enums import Capital
from ecomap.model.notation import TEXT_SCALES
from ecomap.ui.commands import EditNodeCommand
from ecomap.ui.main_window import MainWindow
from ecomap.ui.view_state import Panel


def test_title_names_the_case_and_marks_changes(window: MainWindow) -> None:
    assert window.windowTitle().startswith("PR-2026-0318 – Lee Marsh – example.ecomap")
    assert not window.isWindowModified()
    tie = next(iter(window.case.map.ties))
    window.scene.select_only([window.scene.tie_items[tie.id]])
    other = Capital.LINKING if tie.capital is not Capital.LINKING else Capital.BONDING
    window.editor_actions[f"capital.{other.value}"].trigger()
    assert window.isWindowModified()
    assert window.editor_actions.undo.text().startswith("&Undo Make")
    window.editor_actions.undo.trigger()
    assert not window.isWindowModified()


def test_session_mode_shows_only_the_canvas_legend_and_big_buttons(qtbot: object, window: MainWindow) -> None:
    window.editor_actions["session_mode"].trigger()
    assert window.session_mode
    assert window.session_bar.isVisible()
    assert not window.menuBar().isVisible()
    assert not window.docks[Panel.PEOPLE].isVisible()
    assert not window.docks[Panel.DETAILS].isVisible()
    assert window.docks[Panel.LEGEND].isVisible()
    texts = [action.text().replace("&", "") for action in window.session_bar.actions()]
    assert "Add person…" in texts
    assert texts[0] == "Leave session mode", "the way out is first: a narrow screen hides the last buttons"
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert not window.session_mode
    assert window.menuBar().isVisible()
    assert window.docks[Panel.PEOPLE].isVisible()


def test_text_size_grows_the_labels_and_is_remembered(window: MainWindow) -> None:
    item = next(iter(window.scene.node_items.values()))
    before = item.label_item.boundingRect().height()
    window.editor_actions["larger"].trigger()
    assert item.label_item.boundingRect().height() > before * 1.1
    assert window.settings.value("text_scale_index") in (2, "2")
    for _ in range(len(TEXT_SCALES)):
        window.editor_actions["larger"].trigger()
    assert window.text_scale_index == len(TEXT_SCALES) - 1


def test_the_selection_is_described_in_words(window: MainWindow) -> None:
    gp = next(n for n in window.case.map.nodes if n.label == "GP")
    window.scene.select_only([window.scene.node_items[gp.id]])
    assert window.view.accessibleDescription() == "Selected: GP, organisation in services, 2 ties"
    window.scene.clearSelection()
    assert window.view.accessibleDescription().startswith("Nothing selected")


def test_every_menu_action_is_reachable_by_keyboard(window: MainWindow) -> None:
    """Every menu, and every item in it (submenus too, filled as when they open), has a mnemonic, or, for a
    command, a shortcut; and no two items of one menu share a mnemonic (Qt would only move between them).

    A disabled entry nothing listens to, such as "No recent cases", is a note, not a command: keyboard
    navigation skips it, so it needs neither.
    """
    assert keyboard_problems(window.menuBar().actions(), "menu bar") == []


def test_an_edit_the_model_refuses_is_explained_and_leaves_no_undo_step(window: MainWindow) -> None:
    ecomap = window.case.map
    gp = next(n for n in ecomap.nodes if n.label == "GP")
    window.editor.push(EditNodeCommand(ecomap, gp.id, {"label": "GP\x07"}))  # a control character
    assert ecomap.node(gp.id).label == "GP"
    assert window.undo_stack.count() == 0
    assert not window.isWindowModified()
    assert "label" in window.status_message.text().lower()


def test_leaving_session_mode_gives_back_the_panels_as_they_were(qtbot: object, window: MainWindow) -> None:
    window.docks[Panel.HISTORY].raise_()
    window.docks[Panel.DETAILS].close()
    QApplication.processEvents()
    window.set_session_mode(True)
    assert not any(
        d.isVisible() for d in (window.docks[Panel.PEOPLE], window.docks[Panel.HISTORY], window.docks[Panel.DETAILS])
    )
    window.set_session_mode(False)
    QApplication.processEvents()
    assert window.docks[Panel.HISTORY].isVisible()  # in front, as before
    assert not window.docks[Panel.PEOPLE].isHidden()  # its tab is still there
    assert window.docks[Panel.DETAILS].isHidden()  # closed before, closed after


def keyboard_problems(actions: list[QAction], where: str) -> list[str]:
    """What keeps the items of one menu (``where``), and of its submenus, from being reached by keyboard."""
    problems: list[str] = []
    taken: dict[str, str] = {}
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        text, submenu = action.text(), action.menu()
        key = QKeySequence.mnemonic(text).toString()
        if key in taken:
            problems.append(f"{where}: {text!r} has the mnemonic of {taken[key]!r}")
        elif key:
            taken[key] = text
        if isinstance(submenu, QMenu):
            if not key:
                problems.append(f"{where}: menu {text!r} has no mnemonic")
            submenu.aboutToShow.emit()  # menus filled as they open (recent cases) are filled now
            problems += keyboard_problems(submenu.actions(), f"{where} > {text}")
        elif not key and action.shortcut().isEmpty() and not is_a_note(action):
            problems.append(f"{where}: {text!r} has neither a mnemonic nor a shortcut")
    return problems


def is_a_note(action: QAction) -> bool:
    """Whether ``action`` is a disabled entry nothing listens to but its menu ("No recent cases")."""
    menu = QMenu()
    own = menu.addAction("Nothing here").receivers(SIGNAL("triggered(bool)"))  # the menu's own connection
    menu.deleteLater()
    return not action.isEnabled() and action.receivers(SIGNAL("triggered(bool)")) <= own
