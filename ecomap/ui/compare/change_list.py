"""The list of changes beside the compare map: sentences under their headings, in plain text.

Choosing a sentence (a click, the arrow keys, Enter) asks for the thing it is
about to be shown on the map; :meth:`ChangeList.show_selected` does the
reverse when something is chosen on the map. First, under "Plan", what became
of each action of the earlier version's plan ("Done: Go to the recovery café
with Gary — Recovery café is now on the map, strong").

A screen reader hears each sentence with the heading it is under (its
accessible description), and each heading with how many lines it holds.
"""

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.case import Version
from ecomap.model.change_words import NO_CHANGES, heading, no_changes
from ecomap.model.changes import Change, group_changes
from ecomap.model.dates import written_date
from ecomap.model.review import Fate

# NO_CHANGES: what the list says when nothing changed, in English (it shows it translated), for its tests.
__all__ = ["NO_CHANGES", "PLAN", "WORKING_DRAFT", "ChangeList", "version_title"]

CHANGE_ROLE = Qt.ItemDataRole.UserRole
FATE_ROLE = Qt.ItemDataRole(Qt.ItemDataRole.UserRole + 1)
PLAN = QT_TRANSLATE_NOOP("ChangeList", "Plan")
"""The heading of what became of the earlier plan's actions (in English; the list shows it translated)."""


WORKING_DRAFT = 0
"""The number the compare view gives the working draft (saved versions count from 1)."""


def version_title(number: int, version: Version) -> str:
    """``Version 1 (Start of order, 12 Jan 2026)``, or ``the working draft``."""
    if number == WORKING_DRAFT:
        return translate("ChangeList", "the working draft")
    details = ", ".join(part for part in (version.label, written_date(version.date)) if part)
    return translate("ChangeList", "Version {number} ({details})").format(number=number, details=details)


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their sentence wrapped to the column (Qt's tree views size rows for one line)."""

    def __init__(self, tree: "ChangeList") -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        depth = 1 if index.parent().isValid() else 0
        wrapped = QStyleOptionViewItem(option)
        self.initStyleOption(wrapped, index)
        # The cell as the tree will draw it: the column less the indent (the
        # root decoration counts as one level), wrapping as the style does.
        wrapped.rect = QRect(0, 0, max(40, self.tree.columnWidth(0) - self.tree.indentation() * (depth + 1)), 1)
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        style = self.tree.style()
        return style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, wrapped, QSize(), self.tree)


class ChangeList(QTreeWidget):
    """Headings ("New", "Ended", ...) with the sentences under them; each sentence is one :class:`Change`."""

    change_chosen = Signal(object)
    """A sentence was chosen: the :class:`Change` to show."""
    fate_chosen = Signal(object)
    """A sentence of the plan was chosen: the :class:`~ecomap.model.review.Fate` whose action's subject to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setHeaderLabels([translate("ChangeList", "Changes")])  # hidden, but a screen reader reads it ("1")
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # By pixel: scrolling by item takes rows of wrapped sentences for one line each, and would
        # leave a chosen sentence below the view thinking it shown.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIndentation(14)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setAccessibleName(translate("ChangeList", "Changes"))
        self.setAccessibleDescription(
            translate("ChangeList", "What changed, grouped. Choose a change to show it on the map.")
        )
        self.changes: list[Change] = []
        self.fates: list[Fate] = []
        self._items: list[QTreeWidgetItem] = []
        self._groups: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        self.currentItemChanged.connect(lambda item, _previous: self._choose(item))
        self.itemClicked.connect(lambda item, _column: self._choose(item))
        self.itemActivated.connect(lambda item, _column: self._choose(item))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # rows wrap to the new width

    def set_changes(self, changes: list[Change], plan: Sequence[tuple[Fate, str]] = ()) -> None:
        """Under "Plan" each earlier action's fate and its sentence (if any), then ``changes`` under their headings."""
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self.changes = list(changes)
        self.fates = [fate for fate, _sentence in plan]
        self._items = []
        self._groups = []
        if plan:  # first: at a review, whether the agreed steps happened comes before the rest
            top = self._heading(heading(translate("ChangeList", PLAN), len(plan)), len(plan))
            for number, (_fate, sentence) in enumerate(plan):
                self._sentence(top, sentence, FATE_ROLE, number)
            top.setExpanded(True)
        if not changes:
            empty = QTreeWidgetItem([no_changes()])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(empty)
            self._groups.append((empty, []))
        for title, group in group_changes(self.changes):
            top = self._heading(heading(title, len(group)), len(group))
            for change in group:
                self._items.append(self._sentence(top, change.sentence, CHANGE_ROLE, len(self._items)))
            top.setExpanded(True)
        self.setCurrentIndex(QModelIndex())  # nothing chosen until the user chooses

    def _heading(self, text: str, count: int) -> QTreeWidgetItem:
        top = QTreeWidgetItem([text])
        top.setData(
            0, Qt.ItemDataRole.AccessibleDescriptionRole, translate("ChangeList", "Heading of %n line(s)", None, count)
        )
        top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        self.addTopLevelItem(top)
        self._groups.append((top, []))
        return top

    def _sentence(self, top: QTreeWidgetItem, sentence: str, role: Qt.ItemDataRole, index: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(top, [sentence])
        item.setData(0, role, index)
        item.setToolTip(0, f"<p style='white-space:pre-wrap'>{html.escape(sentence)}</p>")  # not user text: its frame
        under = translate("ChangeList", "Under {heading}. Choose it to show it on the map.").format(heading=top.text(0))
        item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, under)
        self._groups[-1][1].append(item)
        return item

    def item_for(self, change: Change) -> QTreeWidgetItem:
        return self._items[self.changes.index(change)]

    def sentences(self) -> dict[str, list[str]]:
        """The headings as shown, each with its sentences (for tests and screen readers)."""
        return {top.text(0): [item.text(0) for item in items] for top, items in self._groups}

    def show_selected(self, changes: list[Change]) -> None:
        """Mark the sentences about what is selected on the map, without asking to show it again."""
        self.blockSignals(True)
        try:
            self.clearSelection()
            for number, change in enumerate(changes):
                item = self.item_for(change)
                item.setSelected(True)
                if number == 0:
                    self.setCurrentItem(item, 0, self.selectionModel().SelectionFlag.NoUpdate)
                    self.scrollToItem(item)
        finally:
            self.blockSignals(False)
        self.viewport().update()

    def _choose(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        index = item.data(0, CHANGE_ROLE)
        if isinstance(index, int):
            self.change_chosen.emit(self.changes[index])
        fate = item.data(0, FATE_ROLE)
        if isinstance(fate, int):
            self.fate_chosen.emit(self.fates[fate])
