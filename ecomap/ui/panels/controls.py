"""Small plain-text controls the panels share: literal labels, one-of-several buttons, notes boxes, page stacks.

And a scroll area as tall as its content while there is room (the Plan panel's prompts).
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from ecomap.language import translate


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
        "QToolButton:hover { border-color: #333333; }"  # not user text: a style sheet
        f"QToolButton:checked {{ background: {tint.name()}; border: 3px solid {base.name()}; padding: 3px 4px; }}"
        "QToolButton:focus { border-style: dashed; }"
        "QToolButton:disabled { color: #6E6E6E; background: #F2F2F2; border-color: #C8C8C8; }"
        f"QToolButton:checked:disabled {{ background: {tint.name()}; border: 3px solid #9A9A9A; }}"
    )


ARROW = " → "
"""A choice's text breaks before its arrow first ("Dee" over "→ Probation officer"), then between words."""
MAX_LINES = 3
"""Lines for each side of the arrow; a longer name ends in "…" after a whole word (the tooltip has it all)."""
NARROWEST = 40
"""No choice is narrower than this (pixels): a finger's width."""
LONGEST_WORD = 12
"""A word wider than this many average characters does not widen the panel: it is cut to the width given."""


def choice_words(text: str) -> list[list[str]]:
    """The words of ``text`` in groups that start on a line of their own: the giver, then "→ receiver"
    (the arrow kept with the receiver's first word)."""
    giver, arrow, receiver = text.partition(ARROW)
    if not arrow:
        return [text.split()]
    first, *rest = receiver.split() or [""]
    return [giver.split(), [f"→ {first}", *rest]]


def wrap_choice(text: str, fits: Callable[[str], bool], *, max_lines: int = MAX_LINES) -> list[str]:
    """``text`` in lines that each ``fits``, broken between words (and before the arrow first, if it has one)."""
    if fits(text):
        return [text]
    return [line for words in choice_words(text) for line in _wrap_words(words, fits, max_lines)]


def _wrap_words(words: list[str], fits: Callable[[str], bool], max_lines: int) -> list[str]:
    lines: list[str] = []
    for word in words:
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and fits(joined):
            lines[-1] = joined
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1].split()
        while len(last) > 1 and not fits(" ".join(last) + " …"):
            last.pop()
        lines[-1] = " ".join(last) + " …"
    return lines


class ChoiceButton(QToolButton):
    """A choice's button whose words wrap onto more lines when the panel is narrow or the text large:
    no word is cut, and a long text does not widen the panel. :attr:`full_text` is its text on one line."""

    def __init__(self) -> None:
        super().__init__()
        self.full_text = ""
        self._chrome = 0

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._measure()

    def _measure(self) -> None:
        """How much of the button's width is not text (border, padding, icon), measured on the whole text."""
        self.setText(self.full_text.replace("&", "&&"))  # a single & would underline the next letter
        text = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.text()).width()
        if self.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
            text = max(text, self.iconSize().width())  # the wider of the two sets the width
        breathing_room = 2 * self.fontMetrics().horizontalAdvance(" ")  # QToolButton's hint adds it, nothing drawn
        self._chrome = super().sizeHint().width() - text - breathing_room
        self._wrap()

    def _wrap(self) -> None:
        metrics = self.fontMetrics()
        room = max(self.width(), self.minimumSizeHint().width()) - self._chrome

        def fits(line: str) -> bool:
            return metrics.horizontalAdvance(line) <= room

        lines = [line if fits(line) else metrics.elidedText(line, Qt.TextElideMode.ElideRight, room)
                 for line in wrap_choice(self.full_text, fits)]  # fmt: skip
        wrapped = "\n".join(lines).replace("&", "&&")
        if wrapped != self.text():
            self.setText(wrapped)

    def minimumSizeHint(self) -> QSize:
        """As narrow as its widest word (or :data:`LONGEST_WORD` characters), as tall as its lines."""
        metrics = self.fontMetrics()
        words = [word for group in choice_words(self.full_text) for word in group] or [""]
        widest = min(max(map(metrics.horizontalAdvance, words)), metrics.averageCharWidth() * LONGEST_WORD)
        return QSize(max(NARROWEST, self._chrome + widest), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measure()


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
        self.buttons: dict[object, ChoiceButton] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for number, (value, text, icon, tip, colour) in enumerate(options):
            button = ChoiceButton()
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(34)  # (a minimum width set here would override minimumSizeHint's)
            style = Qt.ToolButtonStyle
            beside = style.ToolButtonTextBesideIcon if icon is not None else style.ToolButtonTextOnly
            button.setToolButtonStyle(style.ToolButtonTextUnderIcon if under else beside)
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
        """Show ``text`` on ``value``'s button, wrapped as the width needs; its accessible name has it whole."""
        button = self.buttons[value]
        button.set_full_text(text)
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
    notes.setPlaceholderText(translate("Controls", "Anything worth remembering (shown in the PDF unless left out)"))
    lines = notes.fontMetrics().lineSpacing()
    notes.setMinimumHeight(3 * lines + 12)
    notes.setMaximumHeight(6 * lines + 12)
    notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return notes


class ContentScroll(QScrollArea):
    """A scroll area as tall as its content while there is room, scrolling when its panel is short
    (at least four lines tall); its content must be given this as an event filter (the Plan panel's prompts)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content changed, or its text size: the wish follows
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        width = self.viewport().width() if self.isVisible() else widget.sizeHint().width()
        height = widget.heightForWidth(width) if widget.hasHeightForWidth() else -1
        return QSize(super().sizeHint().width(), height if height >= 0 else widget.sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), min(self.sizeHint().height(), 4 * self.fontMetrics().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the content wraps onto fewer or more lines


class PageStack(QStackedWidget):
    """A stack as tall as its current page needs at the width it is given (a wrapped label grows taller
    as the panel narrows or the text grows; a plain stack would keep its height and cut the text)."""

    def hasHeightForWidth(self) -> bool:
        page = self.currentWidget()
        return page is not None and page.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else -1
