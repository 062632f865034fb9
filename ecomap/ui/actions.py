"""The editor's QActions, menus, context menu and canvas keys, built from the action table.

:mod:`ecomap.ui.action_table` says what there is; this module makes it Qt:
one :class:`QAction` per entry, wired to the handler the window gives for
its name, enabled by the view state and the selection (:meth:`EditorActions.update`).
The table's English words are translated here, as the actions, menus and help
are made (the language is chosen at start-up, before the window).
"""

from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import reduce

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QGraphicsView, QMenu, QMenuBar, QWidget

from ecomap.language import translate
from ecomap.ui.action_table import ACTIONS, GESTURES, MENUS, ActionSpec, Applies, _with_mnemonic
from ecomap.ui.canvas.scene import MapScene
from ecomap.ui.view_state import ViewState

LAST_KEYBOARD_KEY = 0x01000053
"""Qt key codes from here on are Super, Menu, Help and the media keys ("Undo", "Open"): left out."""


def key_sequences(keys: tuple[str, ...]) -> list[QKeySequence]:
    """The key sequences of ``keys`` (``std:Name`` for a standard key, which may be several here;
    the dedicated media keys some platforms add are left out)."""
    sequences: list[QKeySequence] = []
    for key in keys:
        if key.startswith("std:"):
            bindings = QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, key[4:]))
            sequences += [binding for binding in bindings if _on_a_keyboard(binding)]
        else:
            sequences.append(QKeySequence(key))
    unique = {sequence.toString(): sequence for sequence in sequences}  # a standard key may repeat one given
    return list(unique.values())


class EditorActions:
    """Every action of the table as a QAction on ``parent``; ``handlers`` maps names to what they do."""

    def __init__(
        self,
        parent: QWidget,
        handlers: Mapping[str, Callable[[], object]],
        undo_stack: QUndoStack,
    ) -> None:
        self._parent = parent
        self._actions: dict[str, QAction] = {}
        self._specs: dict[str, ActionSpec] = {}
        missing = [spec.name for spec in ACTIONS if spec.name not in handlers]
        if missing:
            raise ValueError(f"no handler for {', '.join(missing)}")  # not user text: a programming error
        for spec in ACTIONS:
            self._actions[spec.name] = self._make(spec, handlers[spec.name])
            self._specs[spec.name] = spec
        self.undo = undo_stack.createUndoAction(parent, translate("Actions", "&Undo"))
        self.undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo = undo_stack.createRedoAction(parent, translate("Actions", "&Redo"))
        self.redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        for action in (self.undo, self.redo):
            parent.addAction(action)
        self._canvas_keys = {key: spec.name for spec in ACTIONS for key in spec.canvas_keys}
        self.recent_menu: QMenu | None = None

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def _make(self, spec: ActionSpec, handler: Callable[[], object]) -> QAction:
        words = translate("Actions", spec.text)
        text = _with_mnemonic(words, spec.mnemonic) if spec.mnemonic else words  # the canvas's key, in any language
        if spec.canvas_keys and not spec.keys:
            text += "\t" + spec.canvas_keys[0]  # shown where a shortcut would be; the canvas handles it
        action = QAction(text, self._parent)
        action.setShortcuts(key_sequences(spec.keys))
        action.setIconText(words.replace("&", ""))
        what = translate("Actions", spec.help)
        action.setStatusTip(what[:1].upper() + what[1:])
        action.setCheckable(spec.checkable)
        action.setObjectName(spec.name)
        action.triggered.connect(lambda _checked=False: handler())
        self._parent.addAction(action)
        return action

    # -- menus -----------------------------------------------------------------------

    def build_menus(self, bar: QMenuBar, fill_recent: Callable[[QMenu], None]) -> dict[str, QMenu]:
        """The menu bar, from the table: each menu's actions in table order, separated by kind; the menus by
        their table names ("File", "Tie/Flow")."""
        menus: dict[str, QMenu] = {}
        for key, words in MENUS.items():
            parent_key, _, _sub = key.partition("/")
            title = translate("Actions", words)
            menus[key] = menus[parent_key].addMenu(title) if _sub else bar.addMenu(title)
        last_group: dict[str, str] = {}
        for spec in ACTIONS:
            if not spec.menu:
                continue
            menu = menus[spec.menu]
            group = spec.name.split(".")[0] if "." in spec.name else _group_of(spec)
            if spec.menu in last_group and last_group[spec.menu] != group:
                menu.addSeparator()
            last_group[spec.menu] = group
            if spec.name == "flow.next":  # the submenu of flows follows the key that cycles them
                menu.addAction(self._actions[spec.name])
                menu.addMenu(menus["Tie/Flow"])  # not user text: the submenu's key
                continue
            menu.addAction(self._actions[spec.name])
            if spec.name == "open":
                recent = menu.addMenu(translate("Actions", "Open &recent"))
                recent.aboutToShow.connect(lambda menu=recent: fill_recent(menu))
                self.recent_menu = recent
        edit = menus["Edit"]
        first = edit.actions()[0]
        edit.insertActions(first, [self.undo, self.redo])
        edit.insertSeparator(first)
        return menus

    def context_menu(self, parent: QWidget, *, ties: bool, nodes: bool, anything: bool) -> QMenu:
        """The canvas's context menu for what is selected: the tie's choices, then the person's,
        then delete; with nothing selected, adding someone and fitting the map."""
        menu = QMenu(parent)
        menu.setFont(parent.font())  # a menu is a window of its own: it takes the window's text size
        wanted = [spec for spec in ACTIONS if spec.context_menu]
        if ties:
            for spec in wanted:
                if spec.applies is Applies.TIE:
                    menu.addAction(self._actions[spec.name])
            menu.addSeparator()
        names = ["rename", "tie"] if nodes else []
        names += ["plan_about"] if nodes or ties else []
        names += ["delete"] if anything else ["add_person", "fit"]
        for name in names:
            menu.addAction(self._actions[name])
        return menu

    def pop_up_context_menu(self, view: QGraphicsView, scene: MapScene, at: QPoint) -> None:
        """Right-click on the canvas at ``at`` (viewport): what is under it is selected, then its menu."""
        item = scene.itemAt(view.mapToScene(at), view.transform())
        if item is not None and not item.isSelected():
            scene.select_only([item.parentItem() or item])
        menu = self.context_menu(
            view,
            ties=bool(scene.selected_tie_ids()),
            nodes=bool(scene.selected_node_ids()),
            anything=bool(scene.selectedItems()),
        )
        menu.exec(view.mapToGlobal(at))

    def session_actions(self) -> list[QAction]:
        """The large buttons of session mode: the way out first (a narrow screen hides the last ones
        behind the toolbar's » button), then adding and tying, undo and redo, fitting and larger text."""
        chosen = [self._actions[spec.name] for spec in ACTIONS if spec.session_bar and spec.name != "leave_session"]
        return [self._actions["leave_session"], *chosen[:2], self.undo, self.redo, *chosen[2:]]

    # -- state -----------------------------------------------------------------------

    def update(
        self,
        state: ViewState,
        *,
        node_selected: bool,
        tie_selected: bool,
        can_undo: bool,
        can_redo: bool,
        recent_files: bool = False,
        one_selected: bool = False,
    ) -> None:
        """Enable each action where it applies (``recent_files``: File > Open recent lists a case;
        ``one_selected``: one person, place or tie is selected, and nothing else)."""
        idle = not state.busy
        for name, spec in self._specs.items():
            on = {
                Applies.ALWAYS: idle,
                Applies.EDITING: state.editable,
                Applies.NODE: state.editable and node_selected,
                Applies.TIE: state.editable and tie_selected,
                Applies.ONE: state.editable and one_selected,
                Applies.PLAIN: state.editable and not state.protected,
                Applies.PROTECTED: state.editable and state.protected,
                Applies.RECENT: idle and recent_files,
            }[spec.applies]
            self._actions[name].setEnabled(on)
        self._actions["leave_session"].setEnabled(state.session_mode)
        self.undo.setEnabled(state.editable and can_undo)
        self.redo.setEnabled(state.editable and can_redo)

    def run_canvas_key(self, key: str) -> bool:
        """Do what the single key ``key`` (a QKeySequence string) does on the canvas; False if nothing."""
        name = self._canvas_keys.get(key)
        if name is None or not self._actions[name].isEnabled():
            return False
        self._actions[name].trigger()
        return True

    # -- help ------------------------------------------------------------------------

    def shortcut_lines(self) -> Iterator[tuple[str, str]]:
        """(keys, what they do) for every key and gesture, for Help > Keyboard shortcuts."""
        for gesture in GESTURES:
            yield translate("Actions", gesture.keys), translate("Actions", gesture.help)
        undo, redo = translate("Actions", "undo the last change"), translate("Actions", "redo it")
        for action, what in ((self.undo, undo), (self.redo, redo)):
            yield _keys_text(action.shortcuts()), what
        for spec in ACTIONS:
            anywhere = _keys_text(key_sequences(spec.keys))
            on_the_map = translate("Actions", "{keys} on the map").format(keys=_or(spec.canvas_keys))
            if anywhere and spec.canvas_keys:
                keys = translate("Actions", "{keys}, or {map_keys}").format(keys=anywhere, map_keys=on_the_map)
            else:
                keys = anywhere or (on_the_map if spec.canvas_keys else "")
            if keys:
                yield keys, translate("Actions", spec.help)


def _on_a_keyboard(sequence: QKeySequence) -> bool:
    if sequence.isEmpty():
        return False
    first = sequence[0]  # type: ignore[index]  # (PySide6's stubs lack QKeySequence's operator[])
    return bool(first.key().value < LAST_KEYBOARD_KEY)


def _keys_text(sequences: list[QKeySequence]) -> str:
    """'Ctrl+Z or Alt+Backspace': the keys on a keyboard, as the platform writes them."""
    texts = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if _on_a_keyboard(s)]
    return _or(list(dict.fromkeys(texts)))


def _or(keys: Sequence[str]) -> str:
    """'F2 or Return or Enter' (in the current language); empty for no keys."""
    if not keys:
        return ""
    return reduce(lambda keys, key: translate("Actions", "{keys} or {key}").format(keys=keys, key=key), keys)


def _group_of(spec: ActionSpec) -> str:
    """Menu separators fall between groups: files, saving, exporting, leaving; adding, arranging; ..."""
    groups = {
        "new": "open",
        "open": "open",
        "open_store": "open",
        "import": "open",
        "clear_recent": "open",
        "save": "save",
        "save_version": "save",
        "save_copy": "save",
        "case_details": "details",
        "protect": "protect",
        "change_passphrase": "protect",
        "unprotect": "protect",
        "export_image": "export",
        "export_pdf": "export",
        "export_data": "export",
        "cohort_summary": "export",
        "print_map": "print",
        "print_preview": "print",
        "print_summary": "print",
        "close": "leave",
        "quit": "leave",
        "arrange": "arrange",
        "stress": "stress",
        "flow.next": "flow",
        "larger": "text",
        "smaller": "text",
        "session_mode": "text",
        "changes_since": "panel",
        "next_pane": "pane",
        "previous_pane": "pane",
    }
    return groups.get(spec.name, "edit" if spec.menu == "Edit" else spec.menu)
