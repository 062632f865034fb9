"""Type a label in place: a plain-text line edit floated over the canvas where the label goes."""

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit

from ecomap.language import translate
from ecomap.model.rules import MAX_LABEL_LENGTH


class LabelEditor(QLineEdit):
    """Enter (or leaving the field) commits, Escape cancels; either way it goes away."""

    def __init__(
        self,
        view: QGraphicsView,
        scene_position: QPointF,
        text: str,
        on_commit: Callable[[str], None],
    ) -> None:
        super().__init__(view.viewport())
        self._on_commit = on_commit
        self._done = False
        self.setObjectName("labelEditor")
        self.setAccessibleName(translate("Canvas", "Name"))
        self.setPlaceholderText(translate("Canvas", "Type a name, then Enter"))
        self.setMaxLength(MAX_LABEL_LENGTH)
        self.setText(text)
        self.selectAll()
        self.setMinimumWidth(160)
        self.adjustSize()
        point = view.mapFromScene(scene_position)
        self.move(int(point.x() - self.width() / 2), int(point.y()))
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish(commit=True)

    def finish(self, *, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        self.setObjectName("")
        # One line, no control characters, however the text arrived (a paste).
        text = " ".join("".join(c for c in self.text() if unicodedata.category(c) != "Cc").split())
        parent = self.parentWidget()
        view = parent.parentWidget() if parent is not None else None
        if view is not None:
            # First: a focused field that hides hands the keyboard on as Tab does, and on the canvas
            # Tab selects the next person (a rename would end with someone else selected).
            view.setFocus()
        self.hide()
        self.deleteLater()
        if commit:
            self._on_commit(text)
