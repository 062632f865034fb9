"""The editor's actions, menus and shortcuts: every command reachable by keyboard."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QMenu

from ecomap.model.enums import Capital, Flow, Strength
from ecomap.model.notation import CAPITAL_MARKS, CAPITAL_NAMES, FLOW_NAMES, STRENGTH_NAMES
from ecomap.ui.help import show_shortcuts

if TYPE_CHECKING:
    from ecomap.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


class EditorActions:
    """Builds the menu bar and the canvas's context menu for ``window``."""

    def __init__(self, window: "MainWindow") -> None:
        self.window = window
        self._editing: list[QAction] = []
        editor, files, view = window.editor, window.files, window.view
        stack = window.undo_stack

        self.new = self._action("&New case…", files.new_case, Key.New)
        self.open = self._action("&Open…", files.open_case, Key.Open)
        self.save = self._action("&Save", files.save, Key.Save, editing=True)
        self.save_version = self._action("Save &version…", files.save_version, "Ctrl+Shift+S", editing=True)
        self.export_image = self._action("&Export map as image…", files.export_image, "Ctrl+E")
        self.export_pdf = self._action("Export &PDF summary…", window.pdf_export.export, "Ctrl+Shift+E")
        self.close = self._action("&Close", window.close, Key.Close)
        self.quit = self._action("&Quit", window.close, Key.Quit)

        self.undo = stack.createUndoAction(window, "&Undo")
        self.undo.setShortcuts(QKeySequence.keyBindings(Key.Undo))
        self.redo = stack.createRedoAction(window, "&Redo")
        self.redo.setShortcuts(QKeySequence.keyBindings(Key.Redo))
        self.add_person = self._action("&Add person…", lambda: editor.add_person(), "Ins", editing=True)
        self.connect = self._action("&Tie selected (T)", editor.connect_selected, editing=True)
        self.delete = self._action("&Delete", editor.delete_selected, Key.Delete, editing=True)
        self.select_all = self._action("Select &all", editor.select_all, Key.SelectAll)
        self.arrange = self._action("Auto-a&rrange", editor.auto_arrange, "Ctrl+Shift+A", editing=True)
        self.rename = self._action("&Rename (Enter)", self._rename, "F2", editing=True)

        self.capital = {
            c: self._action(
                f"{CAPITAL_NAMES[c]} ({CAPITAL_MARKS[c]})", lambda c=c: editor.set_ties(capital=c), editing=True
            )
            for c in Capital
        }
        self.strength = {
            s: self._action(f"{STRENGTH_NAMES[s]} ({key})", lambda s=s: editor.set_ties(strength=s), editing=True)
            for s, key in zip(Strength, "123", strict=True)
        }
        self.stress = self._action("Stressful on/off (S)", editor.toggle_stress, editing=True)
        self.flow = {
            f: self._action(f"&{FLOW_NAMES[f]}", lambda f=f: editor.set_ties(flow=f), editing=True) for f in Flow
        }

        self.zoom_in = self._action("Zoom &in", lambda: window.zoom_by(1.25), Key.ZoomIn)
        self.zoom_out = self._action("Zoom &out", lambda: window.zoom_by(0.8), Key.ZoomOut)
        self.fit = self._action("&Fit to window", window.fit, "Ctrl+0")
        self.sectors = self._action("Show domain &sectors", self._toggle_sectors)
        self.sectors.setCheckable(True)
        self.sectors.setChecked(True)
        self.larger = self._action("&Larger text", lambda: window.change_text_size(+1), "Ctrl+Shift+=")
        self.smaller = self._action("S&maller text", lambda: window.change_text_size(-1), "Ctrl+Shift+-")
        self.session_mode = self._action("Session &mode (full screen)", self._toggle_session, Key.FullScreen)
        self.session_mode.setCheckable(True)
        self.leave_session = self._action("Leave session mode", lambda: self._set_session(False))
        self.leave_session.setShortcut(QKeySequence("Esc"))
        self.leave_session.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.leave_session.setEnabled(False)
        self.shortcuts = self._action("&Keyboard shortcuts", lambda: show_shortcuts(window), Key.HelpContents)

        bar = window.menuBar()
        menu = bar.addMenu("&File")
        for action in (self.new, self.open):
            menu.addAction(action)
        self.recent_menu = menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent_menu(self.recent_menu))
        menu.addSeparator()
        for action in (self.save, self.save_version):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.export_image)
        menu.addAction(self.export_pdf)
        menu.addSeparator()
        menu.addAction(self.close)
        menu.addAction(self.quit)

        menu = bar.addMenu("&Edit")
        for action in (self.undo, self.redo):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.add_person, self.connect, self.rename, self.delete, self.select_all):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.arrange)

        tie_menu = bar.addMenu("&Tie")
        self._fill_tie_menu(tie_menu)

        menu = bar.addMenu("&View")
        for action in (self.zoom_in, self.zoom_out, self.fit, self.sectors):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.larger, self.smaller, self.session_mode):
            menu.addAction(action)
        menu.addSeparator()
        for dock, text in (
            (window.palette_dock, "&People and places panel"),
            (window.inspector_dock, "&Details panel"),
            (window.legend_dock, "Le&gend panel"),
            (window.history.dock, "&History panel: versions, compare, chart"),
        ):
            toggle = dock.toggleViewAction()
            toggle.setText(text)
            menu.addAction(toggle)
        self.history = window.history.dock.toggleViewAction()
        self.history.setShortcut("Ctrl+H")
        self.changes_since = self._action("&Changes since the last version", window.history.compare_draft, "Ctrl+D")
        menu.addAction(self.changes_since)

        menu = bar.addMenu("&Help")
        menu.addAction(self.shortcuts)

        view.contextMenuEvent = self._context_menu  # type: ignore[method-assign]

    def _action(self, text: str, slot: object, shortcut: object = None, *, editing: bool = False) -> QAction:
        action = QAction(text, self.window)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        elif shortcut:
            action.setShortcut(QKeySequence(str(shortcut)))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        if editing:
            self._editing.append(action)
        return action

    def _fill_tie_menu(self, menu: QMenu) -> None:
        for action in self.capital.values():
            menu.addAction(action)
        menu.addSeparator()
        for action in self.strength.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.stress)
        flows = menu.addMenu("&Flow of energy (F cycles)")
        for action in self.flow.values():
            flows.addAction(action)

    def set_editable(self, editable: bool) -> None:
        for action in self._editing:
            action.setEnabled(editable)

    def session_actions(self) -> list[QAction]:
        return [self.add_person, self.connect, self.undo, self.redo, self.fit, self.larger, self.leave_session]

    def _rename(self) -> None:
        chosen = self.window.scene.selected_node_ids()
        if len(chosen) == 1:
            self.window.editor.edit_label(chosen[0])

    def _toggle_sectors(self) -> None:
        self.window.scene.set_show_sectors(self.sectors.isChecked())

    def _toggle_session(self) -> None:
        self._set_session(self.session_mode.isChecked())

    def _set_session(self, on: bool) -> None:
        self.session_mode.setChecked(on)
        self.leave_session.setEnabled(on)
        self.window.set_session_mode(on)

    def _context_menu(self, event: QContextMenuEvent) -> None:
        window = self.window
        scene_point = window.view.mapToScene(event.pos())
        item = window.scene.itemAt(scene_point, window.view.transform())
        if item is not None and not item.isSelected():
            target = item.parentItem() or item
            window.scene.select_only([target])
        menu = QMenu(window.view)
        if window.scene.selected_tie_ids():
            self._fill_tie_menu(menu)
            menu.addSeparator()
        if window.scene.selected_node_ids():
            menu.addAction(self.rename)
            menu.addAction(self.connect)
        if window.scene.selectedItems():
            menu.addAction(self.delete)
        else:
            menu.addAction(self.add_person)
            menu.addAction(self.fit)
        menu.exec(window.view.mapToGlobal(QPoint(event.pos())))
