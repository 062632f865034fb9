"""The window around the canvas: title, undo text, session mode, text size, accessibility."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ecomap.model.enums import Capital
from ecomap.model.notation import TEXT_SCALES
from ecomap.ui.commands import EditNodeCommand
from ecomap.ui.main_window import MainWindow


def test_title_names_the_case_and_marks_changes(window: MainWindow) -> None:
    assert window.windowTitle().startswith("PR-2026-0318 – Lee Marsh – example.ecomap")
    assert not window.isWindowModified()
    tie = next(iter(window.case.map.ties))
    window.scene.select_only([window.scene.tie_items[tie.id]])
    window.editor_actions.capital[Capital.LINKING if tie.capital is not Capital.LINKING else Capital.BONDING].trigger()
    assert window.isWindowModified()
    assert window.editor_actions.undo.text().startswith("&Undo Make")
    window.editor_actions.undo.trigger()
    assert not window.isWindowModified()


def test_session_mode_shows_only_the_canvas_legend_and_big_buttons(qtbot: object, window: MainWindow) -> None:
    window.editor_actions.session_mode.trigger()
    assert window.session_mode
    assert window.session_bar.isVisible()
    assert not window.menuBar().isVisible()
    assert not window.palette_dock.isVisible()
    assert not window.inspector_dock.isVisible()
    assert window.legend_dock.isVisible()
    texts = [action.text().replace("&", "") for action in window.session_bar.actions()]
    assert "Add person…" in texts
    assert "Leave session mode" in texts
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert not window.session_mode
    assert window.menuBar().isVisible()
    assert window.palette_dock.isVisible()


def test_text_size_grows_the_labels_and_is_remembered(window: MainWindow) -> None:
    item = next(iter(window.scene.node_items.values()))
    before = item.label_item.boundingRect().height()
    window.editor_actions.larger.trigger()
    assert item.label_item.boundingRect().height() > before * 1.1
    assert window.settings.value("text_scale_index") in (2, "2")
    for _ in range(len(TEXT_SCALES)):
        window.editor_actions.larger.trigger()
    assert window.text_scale_index == len(TEXT_SCALES) - 1


def test_the_selection_is_described_in_words(window: MainWindow) -> None:
    gp = next(n for n in window.case.map.nodes if n.label == "GP")
    window.scene.select_only([window.scene.node_items[gp.id]])
    assert window.view.accessibleDescription() == "Selected: GP, organisation in services, 2 ties"
    window.scene.clearSelection()
    assert window.view.accessibleDescription().startswith("Nothing selected")


def test_every_menu_action_is_reachable_by_keyboard(window: MainWindow) -> None:
    """Each top-level menu item has a mnemonic or a shortcut."""
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()
        for action in menu_action.menu().actions():  # type: ignore[union-attr]
            if action.isSeparator() or action.menu():
                continue
            assert "&" in action.text() or action.shortcut().toString() or "(" in action.text(), action.text()
    assert QApplication.instance() is not None


def test_an_edit_the_model_refuses_is_explained_and_leaves_no_undo_step(window: MainWindow) -> None:
    ecomap = window.case.map
    gp = next(n for n in ecomap.nodes if n.label == "GP")
    window.editor.push(EditNodeCommand(ecomap, gp.id, {"label": "GP\x07"}))  # a control character
    assert ecomap.node(gp.id).label == "GP"
    assert window.undo_stack.count() == 0
    assert not window.isWindowModified()
    assert "label" in window.status_message.text().lower()


def test_leaving_session_mode_gives_back_the_panels_as_they_were(qtbot: object, window: MainWindow) -> None:
    window.history.dock.raise_()
    window.inspector_dock.close()
    QApplication.processEvents()
    window.set_session_mode(True)
    assert not any(d.isVisible() for d in (window.palette_dock, window.history.dock, window.inspector_dock))
    window.set_session_mode(False)
    QApplication.processEvents()
    assert window.history.dock.isVisible()  # in front, as before
    assert not window.palette_dock.isHidden()  # its tab is still there
    assert window.inspector_dock.isHidden()  # closed before, closed after
