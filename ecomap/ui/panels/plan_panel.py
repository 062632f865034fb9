"""The Plan panel: where the network is thin, and the actions agreed with the client, edited by mouse or keys.

The panel shows what it is given (:meth:`PlanPanel.set_prompts`, the table's
model) and asks for every change by signal; the
:class:`~ecomap.ui.plan_controller.PlanController` turns the requests into
undo commands. On a saved version it shows that version's plan read-only.
Keys in the table: arrows and Tab move between cells, F2 or Enter (or
typing) edits one, Insert adds an action, Delete removes the selected one.
Its words are in the program's language (context "PlanPanel").
"""

import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.prompts import Prompt
from ecomap.ui.panels.controls import ContentScroll, notes_edit, plain_label
from ecomap.ui.panels.dock_width import WideWhileShown
from ecomap.ui.panels.plan_table import COLUMNS, PlanDelegate, PlanTableModel

THIN = QT_TRANSLATE_NOOP("PlanPanel", "Where the network is thin")
NO_PROMPTS = QT_TRANSLATE_NOOP(
    "PlanPanel", "Nothing stands out: the map has close ties, new circles and people who open doors."
)
NO_ACTIONS = QT_TRANSLATE_NOOP(
    "PlanPanel", "No actions yet. Make a prompt above into one, or add your own (Insert in the table)."
)
NO_ACTIONS_HERE = QT_TRANSLATE_NOOP("PlanPanel", "No actions in this plan.")
"""The panel's words in English (translated where shown)."""
PANEL_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Insert, Qt.Key.Key_F2)
"""Keys the table takes before the window's shortcuts do (the map's Delete, Add person and Rename)."""
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
TEXT_SHARE = 0.38
"""The least share of the table's width the action's words keep when the small columns give way."""
MIN_COLUMN = 36


class PlanTable(QTableView):
    """The actions, a row each: a cell at a time by keyboard, a row selected as the action in hand."""

    remove_requested = Signal()
    add_requested = Signal()

    def __init__(self, model: PlanTableModel, owners: Callable[[], list[str]]) -> None:
        super().__init__()
        self.setModel(model)
        self.delegate = PlanDelegate(owners, self)
        self.setItemDelegate(self.delegate)
        self.setAccessibleName(translate("PlanPanel", "Actions"))
        self.setAccessibleDescription(
            translate("PlanPanel", "F2 or Enter edits a cell, Insert adds an action, Delete removes one")
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.setTabKeyNavigation(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("text"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(MIN_COLUMN)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow column's heading ends in "…"
        self._rows_due = QTimer(self)  # rows as tall as their words, once for many changes
        self._rows_due.setSingleShot(True)
        self._rows_due.setInterval(0)
        self._rows_due.timeout.connect(self.resizeRowsToContents)
        header.sectionResized.connect(lambda *_sizes: self._rows_due.start())
        model.dataChanged.connect(lambda *_args: self._rows_due.start())
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self.fontMetrics().height() * 7)

    def column_wishes(self) -> dict[str, int]:
        """The width each small column would like: room for its usual words at the table's text size."""
        characters = {"about": 16, "owner": 10, "due": 12, "status": 10}
        return {field: self.fontMetrics().averageCharWidth() * n + 12 for field, n in characters.items()}

    def size_columns(self) -> None:
        """The small columns as wide as they like while the action's words keep a fair share; narrower when
        the table is narrow (a small screen, the largest text), so that nothing scrolls sideways."""
        wishes = self.column_wishes()
        room = self.viewport().width()
        for_text = max(room * TEXT_SHARE, self.fontMetrics().averageCharWidth() * 10)
        scale = min(1.0, max(0.0, room - for_text) / sum(wishes.values()))
        for field, wish in wishes.items():
            self.setColumnWidth(COLUMNS.index(field), max(MIN_COLUMN, int(wish * scale)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.size_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.size_columns()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.state() != QAbstractItemView.State.EditingState:
            assert isinstance(event, QKeyEvent)
            if event.key() in PANEL_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, plain = event.key(), not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.state() != QAbstractItemView.State.EditingState and plain:
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_requested.emit()
                return
            if key == Qt.Key.Key_Insert:
                self.add_requested.emit()
                return
            if key in ENTER_KEYS and self.currentIndex().isValid():
                self.edit(self.currentIndex())
                return
        super().keyPressEvent(event)


class PlanPanel(QWidget):
    """Prompts with "Make it an action", the actions' table with add and remove, and the outcome box."""

    make_action_requested = Signal(object)
    """A :class:`~ecomap.model.prompts.Prompt` to make into an action."""
    add_requested = Signal()
    remove_requested = Signal(str)
    edit_requested = Signal(str, object)
    """An action's id and the fields to change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("PlanPanel", "Plan"))
        self.editable = False
        self._prompts: list[Prompt] = []
        self._outcome_base = ""
        self._outcome_of: str | None = None
        self._widener: WideWhileShown | None = None
        self.model = PlanTableModel(self)
        self.model.edit_requested.connect(self.edit_requested)
        self.table = PlanTable(self.model, list)
        self.table.add_requested.connect(self._add)
        self.table.remove_requested.connect(self._remove)
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_outcome())
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._rows_changed)
        self.model.dataChanged.connect(lambda *_args: self._show_outcome())

        self.state_note = plain_label(name=translate("PlanPanel", "What this plan is"))
        self.prompt_rows = QWidget()
        self.prompt_rows.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.prompt_layout = QVBoxLayout(self.prompt_rows)
        self.prompt_layout.setContentsMargins(0, 0, 0, 0)
        self.prompt_layout.setSpacing(4)
        self.prompt_area = ContentScroll()
        self.prompt_area.setFrameShape(QFrame.Shape.NoFrame)
        self.prompt_area.setWidgetResizable(True)
        self.prompt_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.prompt_area.setWidget(self.prompt_rows)
        self.prompt_rows.installEventFilter(self.prompt_area)
        self.prompt_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.prompt_buttons: list[QPushButton] = []

        self.add_button = QPushButton(translate("PlanPanel", "A&dd action"))
        self.add_button.setAccessibleName(translate("PlanPanel", "Add an action"))
        self.add_button.setToolTip(translate("PlanPanel", "Add an action of your own (Insert in the table)"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(translate("PlanPanel", "&Remove"))
        self.remove_button.setAccessibleName(translate("PlanPanel", "Remove the selected action"))
        self.remove_button.setToolTip(
            translate("PlanPanel", "Remove the selected action (Delete in the table); Undo puts it back")
        )
        self.remove_button.clicked.connect(self._remove)
        self.empty_note = plain_label(name=translate("PlanPanel", "No actions yet"))  # its words: _rows_changed
        self.outcome = notes_edit(translate("PlanPanel", "Outcome of the selected action"))
        self.outcome.focus_lost.connect(self._commit_outcome)
        self._lay_out()
        self.set_prompts([])
        self.set_editable(False, "")
        self._rows_changed()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.state_note)
        layout.addWidget(plain_label(translate("PlanPanel", THIN), bold=True))
        layout.addWidget(self.prompt_area)
        layout.addSpacing(4)
        bottom_layout = layout
        bottom_layout.addWidget(plain_label(translate("PlanPanel", "Actions"), bold=True))
        bottom_layout.addWidget(self.table, 1)
        bottom_layout.addWidget(self.empty_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        bottom_layout.addLayout(buttons)
        outcome_label = plain_label(translate("PlanPanel", "O&utcome"), bold=True)
        outcome_label.setBuddy(self.outcome)
        bottom_layout.addWidget(outcome_label)
        bottom_layout.addWidget(self.outcome)
        self.table.size_columns()

    def sizeHint(self) -> QSize:
        return QSize(300, 600)  # as narrow as the tabs beside it; wider while in front (:meth:`wish_width`)

    def wish_width(self) -> int:
        """The width at which the table shows every column and a fair share of each action's words."""
        metrics = self.table.fontMetrics()
        return sum(self.table.column_wishes().values()) + metrics.averageCharWidth() * 24 + 40

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        dock = self._dock()
        if self._widener is None and dock is not None and isinstance(dock.parentWidget(), QMainWindow):
            self._widener = WideWhileShown(dock, dock.parentWidget(), self.wish_width)  # type: ignore[arg-type]
            QTimer.singleShot(0, self._widener.widen_if_in_front)  # shown for the first time, maybe in front

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 240)

    # -- what it is shown ----------------------------------------------------------------

    def set_prompts(self, prompts: Sequence[Prompt]) -> None:
        """Show these prompts, each with its "Make it an action" button (nothing is rebuilt if they are the same)."""
        if list(prompts) == self._prompts and self.prompt_layout.count():
            return
        self._prompts = list(prompts)
        while self.prompt_layout.count():
            item = self.prompt_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone now, not at the next turn of the event loop
                widget.deleteLater()
        self.prompt_buttons = []
        if not prompts:
            nothing = translate("PlanPanel", NO_PROMPTS)
            self.prompt_layout.addWidget(plain_label(nothing, name=translate("PlanPanel", THIN)))
        for prompt in prompts:
            self.prompt_layout.addWidget(self._prompt_row(prompt))
        self.prompt_layout.addStretch(1)
        self._draw_editable()
        chain = [*self.prompt_buttons, self.table, self.add_button, self.remove_button, self.outcome]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)  # top to bottom, as they are seen

    def _prompt_row(self, prompt: Prompt) -> QWidget:
        row = QFrame()
        row.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        words = plain_label(prompt.text, name=translate("PlanPanel", THIN))
        words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(words)
        button = QPushButton(translate("PlanPanel", "Make it an action"))
        button.setAccessibleName(translate("PlanPanel", "Make it an action: {prompt}").format(prompt=prompt.text))
        button.setToolTip(translate("PlanPanel", "Add an action about this to the plan, in words you can then change"))
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _checked=False, prompt=prompt: self.make_action_requested.emit(prompt))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        self.prompt_buttons.append(button)
        return row

    def set_owner_suggestions(self, owners: Callable[[], list[str]]) -> None:
        """Where the owner cell's suggestions come from (asked each time it opens)."""
        self.table.delegate.owners = owners

    @property
    def prompts(self) -> list[Prompt]:
        return list(self._prompts)

    def set_editable(self, editable: bool, note: str) -> None:
        """Editable (the working draft), or read-only with ``note`` saying why ("Version 2's plan …")."""
        self.editable = editable
        self.state_note.setText(note)
        self.state_note.setVisible(bool(note))
        self.model.set_editable(editable)
        self._rows_changed()

    def _draw_editable(self) -> None:
        for button in self.prompt_buttons:
            button.setVisible(self.editable)
        self.add_button.setEnabled(self.editable)
        self.remove_button.setEnabled(self.editable and self.current_action_id() is not None)
        chosen = self.current_action_id() is not None
        self.outcome.setReadOnly(not self.editable or not chosen)
        if not chosen:
            hint = translate("PlanPanel", "Select an action to see or note what came of it")
        elif self.editable:
            hint = translate("PlanPanel", "What happened: did the step happen, and what came of it?")
        else:
            hint = translate("PlanPanel", "Nothing noted")
        self.outcome.setPlaceholderText(hint)

    def _rows_changed(self, *_args: object) -> None:
        empty = self.model.rowCount() == 0
        self.empty_note.setVisible(empty)
        self.empty_note.setText(translate("PlanPanel", NO_ACTIONS if self.editable else NO_ACTIONS_HERE))
        self.table.resizeRowsToContents()  # now, so that a new row can be scrolled to
        self._show_outcome()

    # -- the action in hand --------------------------------------------------------------

    def current_action_id(self) -> str | None:
        return self.model.action_id(self.table.currentIndex().row())

    def select_action(self, action_id: str, field: str = "text", *, edit: bool = False) -> None:
        """Make ``action_id`` the action in hand, its ``field`` the current cell; ``edit`` opens its editor."""
        row = self.model.row_of(action_id)
        if row < 0:
            return
        index = self.model.index(row, COLUMNS.index(field))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        if edit:  # on the next turn of the event loop: a menu that asked for it gives the focus back first
            QTimer.singleShot(0, lambda: self._edit(action_id, field))

    def _edit(self, action_id: str, field: str) -> None:
        row = self.model.row_of(action_id)
        if row < 0 or not self.editable:
            return
        index = self.model.index(row, COLUMNS.index(field))
        self.table.setCurrentIndex(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(index)

    def bring_to_front(self) -> None:
        """Raise the dock the panel sits in (it may be a tab behind People and places)."""
        dock = self._dock()
        if dock is not None:
            dock.raise_()

    def _dock(self) -> QDockWidget | None:
        parent: QObject | None = self.parent()
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parent()
        return parent

    def _show_outcome(self) -> None:
        action = self.model.action_at(self.table.currentIndex().row())
        if self.outcome.hasFocus() and action is not None and action.id == self._outcome_of:
            return  # being typed: the box keeps what is typed
        self._outcome_of = action.id if action is not None else None
        self._outcome_base = action.outcome if action is not None else ""
        self.outcome.setPlainText(self._outcome_base)
        self._draw_editable()

    def _commit_outcome(self) -> None:
        text = self.outcome.toPlainText()
        if self.editable and self._outcome_of is not None and text != self._outcome_base:
            self._outcome_base = text
            self.edit_requested.emit(self._outcome_of, {"outcome": text})

    def _add(self) -> None:
        if self.editable:
            self.add_requested.emit()

    def _remove(self) -> None:
        action_id = self.current_action_id()
        if self.editable and action_id is not None:
            self.remove_requested.emit(action_id)
