"""What a controller may use of the editor: the open case, the undo path, messages, dialogs and the view state.

Controllers (files, history, compare, PDF export, returning people, actions)
receive an :class:`EditorContext` and talk back through it and their own
signals; none of them knows the window. The window makes the one
:class:`WindowContext` and wires the controllers to it.
"""

from typing import Protocol

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ecomap.ui import dialogs
from ecomap.ui.canvas.editing import CanvasEditor
from ecomap.ui.open_case import OpenCase
from ecomap.ui.view_state import ViewState


class EditorContext(Protocol):
    """The small surface a controller works through."""

    @property
    def case(self) -> OpenCase: ...

    @property
    def undo_stack(self) -> QUndoStack: ...

    @property
    def editor(self) -> CanvasEditor: ...

    @property
    def view_state(self) -> ViewState: ...

    @property
    def settings(self) -> QSettings: ...

    @property
    def dialog_parent(self) -> QWidget: ...

    @property
    def modified(self) -> bool: ...

    recovered_unsaved: bool

    def set_case(self, case: OpenCase) -> None: ...

    def notify(self, text: str) -> None: ...

    def show_error(self, headline: str, detail: str) -> None: ...


class WindowContext(QObject):
    """The :class:`EditorContext` of one window: owns the open case and tells whoever listens of changes."""

    message = Signal(str)
    """Something to say in the status bar."""
    case_replaced = Signal()
    """Another case (or a new unsaved one) is now the open case."""
    modified_changed = Signal()
    """The case's unsaved state may have changed (the title's mark follows)."""

    def __init__(
        self,
        case: OpenCase,
        undo_stack: QUndoStack,
        editor: CanvasEditor,
        view_state: ViewState,
        settings: QSettings,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self._case = case
        self._undo_stack = undo_stack
        self._editor = editor
        self._view_state = view_state
        self._settings = settings
        self._parent = dialog_parent
        self._recovered_unsaved = False
        undo_stack.cleanChanged.connect(lambda _clean: self.modified_changed.emit())

    @property
    def case(self) -> OpenCase:
        return self._case

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    @property
    def editor(self) -> CanvasEditor:
        return self._editor

    @property
    def view_state(self) -> ViewState:
        return self._view_state

    @property
    def settings(self) -> QSettings:
        return self._settings

    @property
    def dialog_parent(self) -> QWidget:
        return self._parent

    @property
    def recovered_unsaved(self) -> bool:
        """True while the map shows recovered changes not yet saved (modified with a clean stack)."""
        return self._recovered_unsaved

    @recovered_unsaved.setter
    def recovered_unsaved(self, value: bool) -> None:
        self._recovered_unsaved = value
        self.modified_changed.emit()

    @property
    def modified(self) -> bool:
        """Whether the working map has changes not saved to the case."""
        return not self._undo_stack.isClean() or self._recovered_unsaved

    def set_case(self, case: OpenCase) -> None:
        """Make ``case`` the open case (the caller closed the one before): its draft, editable unless read-only."""
        self._case = case
        self._recovered_unsaved = False
        self._undo_stack.clear()
        self.case_replaced.emit()  # the canvas and the History panel show it
        reason = case.read_only_reason
        self._view_state.open_case(case.details, case.path, reason, protected=case.protected)  # then it is drawn
        self.modified_changed.emit()

    def notify(self, text: str) -> None:
        self.message.emit(text)

    def show_error(self, headline: str, detail: str) -> None:
        _show_error_box(self._parent, headline, detail)


def _show_error_box(parent: QWidget, headline: str, detail: str) -> None:
    dialogs.error_box(parent, headline, detail).exec()
