"""Small plain-text controls the panels share: literal labels, one-of-several buttons, notes boxes, page stacks."""

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QWidget,
)


def plain_label(text: str = "", *, name: str = "", wrap: bool = True, bold: bool = False) -> QLabel:
    """A label that shows its text literally (user text may look like markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setAccessibleName(name)
    if bold:
        font = QFont()  # only the weight is set: the size still follows the window's text size
        font.setBold(True)
        label.setFont(font)
    return label


def choice_style(colour: str) -> str:
    base, tint = QColor(colour), QColor(colour)
    tint.setRgb(*(255 - round((255 - part) * 0.22) for part in (base.red(), base.green(), base.blue())))
    return (
        "QToolButton { background: #FFFFFF; color: #1A1A1A; border: 1px solid #8C8C8C; border-radius: 5px;"
        " padding: 5px 6px; }"
        "QToolButton:hover { border-color: #333333; }"
        f"QToolButton:checked {{ background: {tint.name()}; border: 3px solid {base.name()}; padding: 3px 4px; }}"
        "QToolButton:focus { border-style: dashed; }"
        "QToolButton:disabled { color: #6E6E6E; background: #F2F2F2; border-color: #C8C8C8; }"
        f"QToolButton:checked:disabled {{ background: {tint.name()}; border: 3px solid #9A9A9A; }}"
    )


class ChoiceButtons(QWidget):
    """Checkable buttons for one field, at most one checked; :attr:`chosen` fires on a user's click only."""

    chosen = Signal(object)

    def __init__(
        self,
        field: str,
        options: Sequence[tuple[object, str, QIcon | None, str, str]],
        cells: Sequence[tuple[int, int, int, int]],
        icon_size: QSize | None = None,
        *,
        under: bool = False,
    ) -> None:
        """``options`` are (value, text, icon, tooltip, colour); ``cells`` (row, column, rows, columns) place them."""
        super().__init__()
        self.setAccessibleName(field)
        self._group = QButtonGroup(self)
        self.buttons: dict[object, QToolButton] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for number, (value, text, icon, tip, colour) in enumerate(options):
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(34)
            button.setMinimumWidth(40)
            style = Qt.ToolButtonStyle
            button.setToolButtonStyle(style.ToolButtonTextUnderIcon if under else style.ToolButtonTextBesideIcon)
            if icon is not None and icon_size is not None:
                button.setIcon(icon)
                button.setIconSize(icon_size)
            button.setStyleSheet(choice_style(colour))
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, value=value: self.chosen.emit(value))
            self._group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button, *cells[number])
            self.set_text(value, text)

    def set_text(self, value: object, text: str) -> None:
        button = self.buttons[value]
        button.setText(text)
        button.setAccessibleName(f"{self.accessibleName()}: {text}")

    def set_value(self, value: object | None) -> None:
        """Check the button for ``value``; None (the selection is mixed) checks none."""
        self._group.setExclusive(False)
        for option, button in self.buttons.items():
            button.setChecked(option == value)
        self._group.setExclusive(True)

    def set_editable(self, editable: bool, disabled: Sequence[object] = ()) -> None:
        for value, button in self.buttons.items():
            button.setEnabled(editable and value not in disabled)


class NotesEdit(QPlainTextEdit):
    """Multi-line notes; :attr:`focus_lost` tells the panel to commit them."""

    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


def notes_edit(name: str) -> NotesEdit:
    notes = NotesEdit()
    notes.setAccessibleName(name)
    notes.setTabChangesFocus(True)
    notes.setPlaceholderText("Anything worth remembering (shown in the PDF unless left out)")
    lines = notes.fontMetrics().lineSpacing()
    notes.setMinimumHeight(3 * lines + 12)
    notes.setMaximumHeight(6 * lines + 12)
    notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return notes


class PageStack(QStackedWidget):
    """A stack as tall as its current page needs at the width it is given (a wrapped label grows taller
    as the panel narrows or the text grows; a plain stack would keep its height and cut the text)."""

    def hasHeightForWidth(self) -> bool:
        page = self.currentWidget()
        return page is not None and page.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else -1
