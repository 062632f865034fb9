"""The key under the compare map: each badge and the ghost look, with what they mean, in plain words."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.ui.compare.marks import BADGE_OUTLINE, BADGE_TEXT_COLOUR, ENDED_FILL, GHOST_GREY, NEW_FILL, PLAIN_FILL

KEY_ENTRIES: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("CompareMarks", "+ new"), NEW_FILL, QT_TRANSLATE_NOOP("CompareKey", "new person or tie")),
    (QT_TRANSLATE_NOOP("CompareMarks", "× ended"), ENDED_FILL, QT_TRANSLATE_NOOP("CompareKey", "tie ended")),
    (QT_TRANSLATE_NOOP("CompareMarks", "▲ stronger"), PLAIN_FILL, QT_TRANSLATE_NOOP("CompareKey", "tie got stronger")),
    ("+", NEW_FILL, QT_TRANSLATE_NOOP("CompareKey", "tie to a new person")),
    ("×", ENDED_FILL, QT_TRANSLATE_NOOP("CompareKey", "tie to someone gone")),
    (QT_TRANSLATE_NOOP("CompareMarks", "▼ weaker"), PLAIN_FILL, QT_TRANSLATE_NOOP("CompareKey", "tie got weaker")),
    (
        QT_TRANSLATE_NOOP("CompareMarks", "↻ re-typed"),
        PLAIN_FILL,
        QT_TRANSLATE_NOOP("CompareKey", "capital type changed"),
    ),
    (QT_TRANSLATE_NOOP("CompareMarks", "× gone"), ENDED_FILL, QT_TRANSLATE_NOOP("CompareKey", "no longer on the map")),
    (
        QT_TRANSLATE_NOOP("CompareMarks", "stress began"),
        PLAIN_FILL,
        QT_TRANSLATE_NOOP("CompareKey", "became stressful"),
    ),
    ("⇄", PLAIN_FILL, QT_TRANSLATE_NOOP("CompareKey", "flow changed")),
    ("✎", PLAIN_FILL, QT_TRANSLATE_NOOP("CompareKey", "notes or details")),
    (
        QT_TRANSLATE_NOOP("CompareMarks", "stress ended"),
        PLAIN_FILL,
        QT_TRANSLATE_NOOP("CompareKey", "no longer stressful"),
    ),
)
"""Badge text (as the badges say it: context CompareMarks), its fill, and what it means, in English and in the
order read across three columns."""

MAX_COLUMNS = 3


def badge_style(fill: str) -> str:
    return (
        f"QLabel {{ background: {fill}; color: {BADGE_TEXT_COLOUR}; border: 1px solid {BADGE_OUTLINE};"
        " border-radius: 7px; padding: 0px 5px; }"  # not user text: a style sheet
    )


GHOST_STYLE = (
    f"QLabel {{ color: {GHOST_GREY}; border: 1px dashed {GHOST_GREY};"  # not user text: a style sheet
    " border-radius: 7px; padding: 0px 5px; }"
)


class CompareKey(QWidget):
    """What the marks on the compare map mean, in as many columns as the width allows.

    It never makes the window wider: in a narrow window it has fewer columns
    and more rows.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("CompareKey", "Key to the marks"))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(6, 2, 6, 2)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        self.title = _plain(translate("CompareKey", "Key:"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.badges: list[QLabel] = []
        self.meanings: list[QLabel] = []
        entries = [
            (translate("CompareMarks", text), badge_style(fill), translate("CompareKey", meaning))
            for text, fill, meaning in KEY_ENTRIES
        ]
        entries.append(
            (
                translate("CompareKey", "faded grey"),
                GHOST_STYLE,
                translate("CompareKey", "only in the earlier version"),
            )
        )
        for text, style, meaning in entries:
            badge = _plain(text)
            badge.setStyleSheet(style)
            badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.badges.append(badge)
            self.meanings.append(_plain(meaning))
        self.ghost_meaning = self.meanings[-1]
        self.columns = 0
        self._arrange(MAX_COLUMNS)

    def set_earlier(self, number: int) -> None:
        """Say which version the ghosts come from."""
        self.ghost_meaning.setText(translate("CompareKey", "only in version {number}").format(number=number))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Every column may have to hold the widest badge and the widest meaning.
        widest = max(b.sizeHint().width() for b in self.badges) + max(m.sizeHint().width() for m in self.meanings)
        room = event.size().width() - 12 - self.title.sizeHint().width()
        self._arrange(max(1, min(MAX_COLUMNS, room // (widest + 2 * self.grid.horizontalSpacing()))))

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for widget in (self.title, *self.badges, *self.meanings):
            self.grid.removeWidget(widget)
        for column in range(2 * MAX_COLUMNS + 1):
            self.grid.setColumnStretch(column, 0)
        rows = -(-len(self.badges) // columns)
        self.grid.addWidget(self.title, 0, 0, rows, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for number, (badge, meaning) in enumerate(zip(self.badges, self.meanings, strict=True)):
            row, column = divmod(number, columns)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            self.grid.addWidget(badge, row, 2 * column + 1, align)
            self.grid.addWidget(meaning, row, 2 * column + 2)
        self.grid.setColumnStretch(2 * columns, 1)
        self.setFixedHeight(self.grid.sizeHint().height())


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
