"""The list of the History panel: the working draft, then each saved version as a few lines of plain text.

Rows are built from version summaries only (no map is read) and only when
first shown; every row has the same height, so 500 versions list at once.
A screen reader hears each row's words (its accessible name: title, date,
counts and note) and what choosing it does (its accessible description).
"""

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ecomap.casefile.versions_table import VersionSummary
from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.dates import written_date
from ecomap.model.enums import Capital
from ecomap.model.notation import CAPITAL_MARKS, CAPITAL_NAMES_IN_TEXT

ROW_ROLE = Qt.ItemDataRole.UserRole
PAD_X, PAD_Y = 8, 6
SECONDARY = QColor("#555555")
SEPARATOR = QColor("#D6D6D6")
DRAFT_DETAIL = QT_TRANSLATE_NOOP("VersionList", "The map you are editing")
DRAFT_NOTE = QT_TRANSLATE_NOOP("VersionList", "Save it as a version to keep it, dated")
NO_NOTE = QT_TRANSLATE_NOOP("VersionList", "No note")
DATE_SAMPLE = "30 Sep 2026"
"""Every row breaks its lines where this and :func:`details_sample` would: no row's height depends on its text."""


def version_title(summary: VersionSummary) -> str:
    """'3 · 6-month review' ('Version 3' without a label)."""
    if summary.label.strip():
        return f"{summary.number} · {summary.label}"
    return translate("VersionList", "Version {number}").format(number=summary.number)


def stress_words(count: int) -> str:
    """'2 stressful': how many ties are stressful."""
    return translate("VersionList", "%n stressful", None, count)


def details_sample() -> str:
    """The widest a row's counts are likely to be, in the current language."""
    return f"B 00 · Br 00 · L 00 · {stress_words(88)}"


@dataclass(frozen=True, slots=True)
class VersionRow:
    """One row: what it shows (title, date, details, note), its tooltip (escaped) and its words for screen readers
    (``spoken``: everything the row says; ``hint``: what choosing it does)."""

    number: int | None
    title: str
    date: str
    details: tuple[str, ...]
    note: str
    tooltip: str
    spoken: str
    hint: str

    @property
    def text(self) -> str:
        """The row as plain text, one line per part."""
        return "\n".join(part for part in (self.title, self.date, " · ".join(self.details), self.note) if part)


def draft_row(label: str) -> VersionRow:
    detail = translate("VersionList", DRAFT_DETAIL)
    tip = f"<qt><b>{html.escape(label)}</b><br>{html.escape(detail)}.</qt>"
    spoken = translate("VersionList", "{draft}: the map you are editing.").format(draft=label)
    hint = translate("VersionList", "Not saved as a version. Choose it to edit the map.")
    return VersionRow(None, label, "", (detail,), translate("VersionList", DRAFT_NOTE), tip, spoken, hint)


def version_row(summary: VersionSummary, count: int) -> VersionRow:
    """The row of ``summary``, one of ``count`` saved versions."""
    counts = summary.counts
    marks = " · ".join(f"{CAPITAL_MARKS[c]} {counts.by_capital[c.value]}" for c in Capital)
    stress = stress_words(counts.stressful)
    words = ", ".join(f"{CAPITAL_NAMES_IN_TEXT[c]} {counts.by_capital[c.value]}" for c in Capital)
    ties = translate("VersionList", "Ties: {counts}; {stressful}.").format(counts=words, stressful=stress)
    note = summary.note.strip()
    first = note.splitlines()[0] if note else ""
    long_date = written_date(summary.date, long=True)
    title = version_title(summary)
    tip = f"<qt><b>{html.escape(title)}</b><br>{html.escape(long_date)}<br>{html.escape(ties)}"
    if note:
        tip += f"<p style='white-space:pre-wrap'>{html.escape(note)}</p>"  # not user text: the note's frame
    said_note = (
        translate("VersionList", "Note: {note}").format(note=note) if note else translate("VersionList", "No note.")
    )
    return VersionRow(
        summary.number,
        title,
        written_date(summary.date),
        (marks, stress),
        (first + " …" if first != note else first) or translate("VersionList", NO_NOTE),
        tip + "</qt>",
        f"{title}, {long_date}. {ties} {said_note}",
        translate(
            "VersionList", "Saved version {number} of {count}. Choose it to show it on the map, read-only."
        ).format(number=summary.number, count=count),
    )


class VersionRowsModel(QAbstractListModel):
    """The working draft (row 0), then the versions newest first; a row is worked out when first asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.newest_first: list[VersionSummary] = []
        self.draft_label = ""
        self._rows: dict[int, VersionRow] = {}

    def set_versions(self, newest_first: list[VersionSummary], draft_label: str) -> None:
        self.beginResetModel()
        self.newest_first, self.draft_label, self._rows = newest_first, draft_label, {}
        self.endResetModel()

    def number_at(self, row: int) -> int | None:
        return self.newest_first[row - 1].number if row > 0 else None

    def row(self, row: int) -> VersionRow:
        if row not in self._rows:
            newest_first = self.newest_first
            self._rows[row] = (
                version_row(newest_first[row - 1], len(newest_first)) if row else draft_row(self.draft_label)
            )
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.newest_first) + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.row(index.row())
        roles: dict[int, object] = {
            Qt.ItemDataRole.DisplayRole: row.text,
            ROW_ROLE: row,
            Qt.ItemDataRole.ToolTipRole: row.tooltip,
            Qt.ItemDataRole.AccessibleTextRole: row.spoken,
            Qt.ItemDataRole.AccessibleDescriptionRole: row.hint,
        }
        return roles.get(role)


Laid = list[tuple[str, str, str]]
"""A row's lines as painted: (style, left text, right text); style is "title", "detail" or "note"."""


class VersionRowDelegate(QStyledItemDelegate):
    """Paints a row as lines of plain text: the date goes under the title and the details wrap when narrow."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._breaks: dict[tuple[int, str], tuple[bool, bool]] = {}

    def frame(self, font: QFont) -> tuple[int, bool, bool]:
        """The text width, whether the date goes under the title, and whether the details wrap.

        The breaks are decided as if the scroll bar showed, so a row's height stays put when it comes and goes.
        """
        view = self._view
        scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        narrowest = max(60, view.width() - 2 * view.frameWidth() - scroll_bar - 2 * PAD_X)
        key = (narrowest, font.key())
        if key not in self._breaks:
            metrics = QFontMetrics(font)
            under = narrowest - metrics.horizontalAdvance(DATE_SAMPLE + "   ") < narrowest // 2
            self._breaks[key] = (under, metrics.horizontalAdvance(details_sample()) > narrowest)
        return (max(60, view.viewport().width() - 2 * PAD_X), *self._breaks[key])

    def lines(self, row: VersionRow, font: QFont) -> Laid:
        width, under, wrap = self.frame(font)
        regular, bold = QFontMetrics(font), QFontMetrics(bold_font(font))
        elide = Qt.TextElideMode.ElideRight
        if row.date and not under:
            room = width - regular.horizontalAdvance(row.date + "   ")
            laid = [("title", bold.elidedText(row.title, elide, room), row.date)]
        else:
            laid = [("title", bold.elidedText(row.title, elide, width), "")]
            laid += [("detail", row.date, "")] if row.date else []
        details = row.details if wrap else (" · ".join(row.details),)
        laid += [("detail", regular.elidedText(text, elide, width), "") for text in details]
        return [*laid, ("note", regular.elidedText(row.note, elide, width), "")]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Every row is as tall as a version's: title (and date), the counts, the note; the view sets the width."""
        _width, under, wrap = self.frame(option.font)
        return QSize(1, (3 + under + wrap) * line_spacing(option.font) + 2 * PAD_Y)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, VersionRow):
            return
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        styled.text = ""
        widget = styled.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, styled, painter, widget)
        selected = bool(styled.state & QStyle.StateFlag.State_Selected)
        main = styled.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect, bold = styled.rect, bold_font(styled.font)
        painter.save()
        painter.setPen(SEPARATOR)
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        box = QRect(rect.left() + PAD_X, rect.top() + PAD_Y, rect.width() - 2 * PAD_X, line_spacing(styled.font))
        for kind, left, right in self.lines(row, styled.font):
            painter.setFont(bold if kind == "title" else styled.font)
            painter.setPen(main if selected or kind != "note" else SECONDARY)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
            if right:
                painter.setFont(styled.font)
                painter.setPen(main if selected else SECONDARY)
                painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
            box.translate(0, box.height())
        painter.restore()


def bold_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def line_spacing(font: QFont) -> int:
    return max(QFontMetrics(font).lineSpacing(), QFontMetrics(bold_font(font)).lineSpacing())


class VersionList(QListView):
    """The rows, one chosen at a time; arrow keys and clicks move the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = VersionRowsModel(self)
        self.setModel(self.rows)
        self.setItemDelegate(VersionRowDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setAccessibleName(translate("VersionList", "Versions"))
        self.setAccessibleDescription(
            translate("VersionList", "Newest first, under the working draft. Choose a row to look at that version.")
        )

    def set_versions(self, newest_first: Sequence[VersionSummary], draft_label: str) -> None:
        self.rows.set_versions(list(newest_first), draft_label)

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """The chosen row always shows as chosen: Ctrl+click does not clear it."""
        flag = QItemSelectionModel.SelectionFlag
        return flag.ClearAndSelect if index.isValid() else flag.NoUpdate

    def row_texts(self) -> list[str]:
        """Every row's text as shown, top to bottom (for tests and screen-reader checks)."""
        return [self.rows.row(row).text for row in range(self.rows.rowCount())]

    def minimumSizeHint(self) -> QSize:
        """Room for one whole row and a bit of the next, so the list never shrinks to a sliver."""
        row = self.sizeHintForRow(0) if self.rows.rowCount() else 4 * line_spacing(self.font())
        return QSize(super().minimumSizeHint().width(), int(row * 1.5) + 2 * self.frameWidth())
