"""The Plan panel's table of actions: a Qt model over a map's plan, and the editors of its cells.

The model shows the plan of the map it is given and follows the plan's
events; it never changes the plan itself. An edit made in a cell comes out as
:attr:`PlanTableModel.edit_requested` (action id, {field: value}), which the
controller turns into an undo command. Every text is plain: the views draw
display text literally, and tooltips are escaped. The headings and words are
in the program's language (context "PlanTable").
"""

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.dates import written_date
from ecomap.model.network import EcoMap
from ecomap.model.plan import MAX_ACTION_TEXT, Action, Status
from ecomap.model.plan_words import STATUS_WORDS, about_words
from ecomap.model.rules import MAX_LABEL_LENGTH

COLUMNS = ("text", "about", "owner", "due", "status")
"""The fields shown, one a column, in this order."""
HEADERS = {
    "text": QT_TRANSLATE_NOOP("PlanTable", "Action"),
    "about": QT_TRANSLATE_NOOP("PlanTable", "About"),
    "owner": QT_TRANSLATE_NOOP("PlanTable", "Who"),
    "due": QT_TRANSLATE_NOOP("PlanTable", "Due"),
    "status": QT_TRANSLATE_NOOP("PlanTable", "Status"),
}
"""Each column's heading, in English (translated where shown, as the editors' names are)."""
EDITABLE = frozenset({"text", "owner", "due", "status"})
"""Fields edited in their cell (what an action is about is set as it is made; the outcome has its own box)."""
EDITOR_NAMES = {
    "text": QT_TRANSLATE_NOOP("PlanTable", "Action text"),
    "owner": QT_TRANSLATE_NOOP("PlanTable", "Who does it"),
    "due": QT_TRANSLATE_NOOP("PlanTable", "Due date"),
    "status": QT_TRANSLATE_NOOP("PlanTable", "Status"),
}
"""Accessible names of the cells' editors."""
NO_DATE = QDate(1999, 12, 31)
"""The due-date editor's least date, shown as "No date": choosing it clears the due date."""
Index = QModelIndex | QPersistentModelIndex


def tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally, line breaks kept."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


class PlanTableModel(QAbstractTableModel):
    """The actions of one map's plan, one a row, following the plan's events."""

    edit_requested = Signal(str, object)
    """An action's id and the fields a cell's editor changed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._map: EcoMap | None = None
        self._ids: list[str] = []
        self.editable = False
        self.today = dt.date.today().isoformat()

    # -- the map -------------------------------------------------------------------

    def set_map(self, ecomap: EcoMap | None) -> None:
        """Show the plan of ``ecomap`` (None: nothing)."""
        if self._map is not None:
            plan = self._map.plan
            plan.action_added.disconnect(self._added)
            plan.action_removed.disconnect(self._removed)
            plan.action_changed.disconnect(self._changed)
        self.beginResetModel()
        self._map = ecomap
        self._ids = [action.id for action in ecomap.plan.actions] if ecomap is not None else []
        self.today = dt.date.today().isoformat()
        self.endResetModel()
        if ecomap is not None:
            ecomap.plan.action_added.connect(self._added)
            ecomap.plan.action_removed.connect(self._removed)
            ecomap.plan.action_changed.connect(self._changed)

    @property
    def map(self) -> EcoMap | None:
        return self._map

    def set_editable(self, editable: bool) -> None:
        if editable != self.editable:
            self.editable = editable
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def refresh_about(self) -> None:
        """Say again what each action is about (someone was renamed, removed or put back)."""
        if self._ids:
            column = COLUMNS.index("about")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))

    def _added(self, action: Action, index: int) -> None:
        self.beginInsertRows(QModelIndex(), index, index)
        self._ids.insert(index, action.id)
        self.endInsertRows()

    def _removed(self, _action: Action, index: int) -> None:
        self.beginRemoveRows(QModelIndex(), index, index)
        del self._ids[index]
        self.endRemoveRows()

    def _changed(self, _old: Action, new: Action) -> None:
        row = self._ids.index(new.id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- reading ---------------------------------------------------------------------

    def action_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def action_at(self, row: int) -> Action | None:
        action_id = self.action_id(row)
        return self._map.plan.action(action_id) if self._map is not None and action_id is not None else None

    def row_of(self, action_id: str) -> int:
        return self._ids.index(action_id) if action_id in self._ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("PlanTable", HEADERS[COLUMNS[section]])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        action = self.action_at(index.row())
        if action is None or self._map is None:
            return None
        field = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.words(action, field)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(action, field)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.words(action, field, whole=True))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            heading = translate("PlanTable", HEADERS[field])
            return translate("PlanTable", "{heading}: {words}").format(
                heading=heading, words=self.words(action, field, whole=True)
            )
        return None

    def words(self, action: Action, field: str, *, whole: bool = False) -> str:
        """What a cell says (``whole``: the text with its line breaks, and a due date's state)."""
        assert self._map is not None
        if field == "text":
            return action.text if whole else " ".join(action.text.split())
        if field == "about":
            return about_words(action.about, self._map)
        if field == "owner":
            return action.owner or (translate("PlanTable", "nobody yet") if whole else "")
        if field == "due":
            if action.due is None:
                return translate("PlanTable", "no date") if whole else ""
            if whole and action.is_overdue(self.today):
                return translate("PlanTable", "{date} (overdue)").format(date=written_date(action.due))
            return written_date(action.due)
        return STATUS_WORDS[action.status]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        action_id = self.action_id(index.row())
        if role != Qt.ItemDataRole.EditRole or action_id is None or not self.editable:
            return False
        self.edit_requested.emit(action_id, {COLUMNS[index.column()]: value})
        return True


class DueDateEdit(QDateEdit):
    """A date with a calendar that can also be "No date": Delete or Backspace clears it; a step from
    "No date" starts at today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(translate("PlanTable", "d MMM yyyy", "the due date's format (Qt's date format)"))
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(translate("PlanTable", "No date"))
        self.calendarWidget().setCurrentPage(QDate.currentDate().year(), QDate.currentDate().month())

    def set_due(self, due: str | None) -> None:
        self.setDate(QDate.fromString(due, "yyyy-MM-dd") if due else NO_DATE)

    def due(self) -> str | None:
        return None if self.date() == NO_DATE else self.date().toString("yyyy-MM-dd")

    def stepBy(self, steps: int) -> None:
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.setDate(NO_DATE)
            return
        super().keyPressEvent(event)


class StatusCombo(QComboBox):
    """The statuses; one picked from the open list is :attr:`chosen` at once, while arrow keys on the closed
    box only move (Enter, Tab or leaving the cell then keeps the choice)."""

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for status, words in STATUS_WORDS.items():
            self.addItem(words, status.value)
        self._from_list = False
        self.activated.connect(self._activated)

    def _activated(self, _row: int) -> None:
        if self._from_list:
            self.chosen.emit()

    def showPopup(self) -> None:
        self._from_list = True
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._from_list = False
        super().keyPressEvent(event)

    def status(self) -> Status:
        return Status(self.currentData())

    def set_status(self, status: Status) -> None:
        self.setCurrentIndex(max(0, self.findData(Status(status).value)))


class PlanDelegate(QStyledItemDelegate):
    """The cells' editors: a line for the text, a line with suggestions for the owner, a date that can be
    cleared, and a list of statuses."""

    def __init__(self, owners: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.owners = owners
        """Who the owner cell suggests, asked each time it opens."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        field = COLUMNS[index.column()]
        editor: QWidget
        if field == "due":
            editor = DueDateEdit(parent)
        elif field == "status":
            combo = StatusCombo(parent)
            combo.chosen.connect(lambda combo=combo: self._commit(combo))
            editor = combo
        else:
            line = QLineEdit(parent)
            line.setMaxLength(MAX_ACTION_TEXT if field == "text" else MAX_LABEL_LENGTH)
            if field == "owner":
                completer = QCompleter(QStringListModel(self.owners(), line), line)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                line.setCompleter(completer)
                line.setPlaceholderText(translate("PlanTable", "Who does it"))
            editor = line
        editor.setAccessibleName(translate("PlanTable", EDITOR_NAMES[field]))
        return editor

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DueDateEdit):
            editor.set_due(value)
        elif isinstance(editor, StatusCombo):
            editor.set_status(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, DueDateEdit):
            value: object = editor.due()
        elif isinstance(editor, StatusCombo):
            value = editor.status()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)
