"""The palette: people and places from the catalogue, by domain, to add to the map fast.

Double-click or Enter on an entry asks for it to be added; entries can also be
dragged onto the canvas, carried as :data:`PALETTE_MIME` (UTF-8 JSON with the
entry's label, kind and domain values). Typing in "Find…" filters the list
(ignoring case, spaces and punctuation, and knowing other names: "Jobcentre"
and "JCP" find "Job centre"; see :mod:`ecomap.model.name_matching`); Enter there
adds the best match, or the typed name as a new person when nothing matches,
and Down moves into the list. Entries show their label in the program's
language (:attr:`~ecomap.model.catalogue.CatalogueEntry.palette_label`) and
are added under it; a drag carries the English label, as the catalogue knows it.
"""

import json
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMimeData, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFocusEvent, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.catalogue import CATALOGUE, CatalogueEntry
from ecomap.model.enums import Domain, Kind
from ecomap.model.name_matching import best_match, entry_matches, new_entry
from ecomap.model.notation import DOMAIN_FILLS, DOMAIN_NAMES, DOMAIN_NAMES_IN_TEXT, KIND_NAMES_IN_TEXT
from ecomap.model.rules import MAX_LABEL_LENGTH
from ecomap.ui.panels.samples import node_icon

PALETTE_MIME = "application/x-ecomap-palette"
"""Drag-and-drop type of a palette entry: UTF-8 JSON ``{"label", "kind", "domain"}`` (enum values)."""

ENTRY_ROLE = Qt.ItemDataRole.UserRole
NOTHING_MATCHES = QT_TRANSLATE_NOOP(
    "Palette", "Nothing matches. Clear the search, or double-click the map to add anyone."
)
"""In English: translated where shown."""
ROW_HEIGHT_FACTOR = 1.9
"""Rows are this many text lines tall: big enough to hit on a touch screen."""


def palette_mime_data(entry: CatalogueEntry) -> QMimeData:
    """The drag payload for ``entry``."""
    mime = QMimeData()
    payload = {"label": entry.label, "kind": entry.kind.value, "domain": entry.domain.value}
    mime.setData(PALETTE_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText(entry.palette_label)  # dropped as text elsewhere: the words the palette shows
    return mime


def entry_from_mime(mime: QMimeData) -> CatalogueEntry | None:
    """The entry a drag carries, or None unless it is a well-formed palette payload.

    Strict: exactly the three keys, a one-line label within the model's limit,
    a known kind other than the client, and a known domain.
    """
    if not mime.hasFormat(PALETTE_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(PALETTE_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(payload, dict) or set(payload) != {"label", "kind", "domain"}:
        return None
    label, kind, domain = payload["label"], payload["kind"], payload["domain"]
    if not all(isinstance(value, str) for value in (label, kind, domain)):
        return None
    if len(label) > MAX_LABEL_LENGTH or any(ord(char) < 0x20 or ord(char) == 0x7F for char in label):
        return None
    if kind not in {k.value for k in Kind} - {Kind.CLIENT.value} or domain not in {d.value for d in Domain}:
        return None
    return CatalogueEntry(label, Kind(kind), Domain(domain))


class _RowDelegate(QStyledItemDelegate):
    """Taller rows than the style's default."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        height = int(option.fontMetrics.height() * ROW_HEIGHT_FACTOR)
        return QSize(hint.width(), max(hint.height(), height))


class _EntryTree(QTreeWidget):
    """Domain headers with their entries below; Enter adds, entries drag as palette payloads."""

    entry_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[QTreeWidgetItem, list[tuple[QTreeWidgetItem, CatalogueEntry]]]] = []
        self.items: dict[CatalogueEntry, QTreeWidgetItem] = {}
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(6)
        self.setIconSize(QSize(22, 22))
        self.setItemDelegate(_RowDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.itemDoubleClicked.connect(lambda item, _column: self._choose(item))

    def fill(self, catalogue: dict[Domain, tuple[CatalogueEntry, ...]]) -> None:
        header_font = QFont()  # bold; the size follows the view's
        header_font.setBold(True)
        for domain, entries in catalogue.items():
            name, in_text = DOMAIN_NAMES[domain], DOMAIN_NAMES_IN_TEXT[domain]
            header = QTreeWidgetItem(self, [name])
            # Enabled (a disabled parent greys its entries) but never selected; moveCursor steps over it.
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setFont(0, header_font)
            header.setForeground(0, QBrush(QColor("#1A1A1A")))
            header.setBackground(0, QBrush(QColor(DOMAIN_FILLS[domain])))
            header.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{name}:")
            rows = []
            for entry in entries:
                label = entry.palette_label
                item = QTreeWidgetItem(header, [label])
                item.setData(0, ENTRY_ROLE, entry)
                item.setIcon(0, node_icon(entry.kind, entry.domain))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
                tip = translate("Palette", "{entry}: {kind}, {domain}")
                item.setToolTip(0, tip.format(entry=label, kind=KIND_NAMES_IN_TEXT[entry.kind], domain=in_text))
                spoken = translate("Palette", "{entry}, {domain}").format(entry=label, domain=in_text)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
                rows.append((item, entry))
                self.items[entry] = item
            header.setExpanded(True)
            self.groups.append((header, rows))

    def visible_rows(self) -> list[tuple[QTreeWidgetItem, CatalogueEntry | None]]:
        """Headers (with None) and entries the filter leaves showing, top to bottom."""
        rows: list[tuple[QTreeWidgetItem, CatalogueEntry | None]] = []
        for header, entries in self.groups:
            if not header.isHidden():
                rows.append((header, None))
                rows.extend((item, entry) for item, entry in entries if not item.isHidden())
        return rows

    def show_first(self) -> None:
        """Make the first showing entry current, unless the current one is showing."""
        shown = [item for item, entry in self.visible_rows() if entry is not None]
        current = self.currentItem()
        if shown and current not in shown:
            self.setCurrentItem(shown[0])

    def mimeTypes(self) -> list[str]:
        return [PALETTE_MIME]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        entries = [entry for entry in map(entry_of, items) if entry is not None]
        return palette_mime_data(entries[0]) if entries else QMimeData()

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def moveCursor(self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Arrow keys, Home, End and paging step over the domain headers onto entries."""
        index = super().moveCursor(cursorAction, modifiers)
        item = self.itemFromIndex(index)
        if item is None or entry_of(item) is not None:
            return index
        rows = [row for row, _entry in self.visible_rows()]
        position = rows.index(item) if item in rows else 0
        action = QAbstractItemView.CursorAction
        upward = cursorAction in (action.MoveUp, action.MovePageUp, action.MovePrevious, action.MoveLeft)
        before = [row for row in reversed(rows[:position]) if entry_of(row) is not None]
        after = [row for row in rows[position + 1 :] if entry_of(row) is not None]
        chosen = (before + after) if upward else (after + before)
        return self.indexFromItem(chosen[0]) if chosen else index

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.show_first()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)

    def _choose(self, item: QTreeWidgetItem | None) -> None:
        entry = entry_of(item)
        if entry is not None:
            self.entry_chosen.emit(entry)


def entry_of(item: QTreeWidgetItem | None) -> CatalogueEntry | None:
    """The catalogue entry a tree row stands for (None for a domain header)."""
    entry = None if item is None else item.data(0, ENTRY_ROLE)
    return entry if isinstance(entry, CatalogueEntry) else None


class PalettePanel(QWidget):
    """People and places to add, grouped by domain, with a filter box."""

    add_requested = Signal(str, object, object)
    """(label, Kind, Domain): the user chose an entry (double-click or Enter), or pressed Enter in
    "Find…" on a name that matches no entry (the catalogue's kind and domain for it, else a person in
    "other")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Palette", "People and places"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("Palette", "Find…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumHeight(30)
        self.filter_edit.setAccessibleName(translate("Palette", "Find a person or place"))
        clear = self.filter_edit.findChild(QAction, "_q_qlineeditclearaction")  # not user text: Qt's own name
        if clear is not None:  # the button that empties the box: read out by its action's words
            clear.setText(translate("Palette", "Clear the search"))
        self.filter_edit.setToolTip(
            translate(
                "Palette",
                "Type to filter the list; Enter adds the best match, or what you typed as someone new"
                " if nothing matches; Down moves into the list",
            )
        )
        self.tree = _EntryTree()
        self.tree.setAccessibleName(translate("Palette", "People and places to add"))
        self.tree.setAccessibleDescription(
            translate(
                "Palette", "Grouped by area of life. Enter or double-click adds the entry to the map; drag to place it."
            )
        )
        self.hint = QLabel(translate("Palette", "Double-click, press Enter or drag onto the map to add."))
        self.empty = QLabel(translate("Palette", NOTHING_MATCHES))
        names = (translate("Palette", "How to add"), translate("Palette", "No matches"))
        for label, name in zip((self.hint, self.empty), names, strict=True):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAccessibleName(name)
            colours = label.palette()
            colours.setColor(QPalette.ColorRole.WindowText, QColor("#555555"))
            label.setPalette(colours)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self.setFocusProxy(self.filter_edit)

        self.tree.fill(CATALOGUE)
        self.tree.entry_chosen.connect(self._request)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self._add_first_match)
        self.filter_edit.installEventFilter(self)

    def sizeHint(self) -> QSize:
        return QSize(230, 480)

    def visible_entries(self) -> list[CatalogueEntry]:
        """The entries the filter leaves showing, top to bottom."""
        return [entry for _item, entry in self.tree.visible_rows() if entry is not None]

    def set_filter(self, text: str) -> None:
        """Show only entries matching ``text`` (as typing it in "Find…" does)."""
        self.filter_edit.setText(text)

    def _filter_changed(self, text: str) -> None:
        for header, entries in self.tree.groups:
            for item, entry in entries:
                item.setHidden(not entry_matches(entry, text))
            header.setHidden(all(item.isHidden() for item, _entry in entries))
        shown = self.visible_entries()
        best = best_match(text, shown) if text.strip() else None
        if best is not None:
            self.tree.setCurrentItem(self.tree.items[best])  # what Enter in "Find…" adds
        else:
            self.tree.show_first()
        self.empty.setText(self._nothing_matches_text(text))
        self.empty.setVisible(not shown)

    @staticmethod
    def _nothing_matches_text(text: str) -> str:
        """What the palette says when ``text`` finds nothing: what Enter would add."""
        new = new_entry(text)
        if new is None:
            return translate("Palette", NOTHING_MATCHES)
        words = (
            translate("Palette", "Nothing matches. Enter adds \u201c{name}\u201d as a new {kind}.")
            if new.domain is Domain.OTHER
            else translate("Palette", "Nothing matches. Enter adds \u201c{name}\u201d as a new {kind} in {domain}.")
        )
        return words.format(name=new.label, kind=KIND_NAMES_IN_TEXT[new.kind], domain=DOMAIN_NAMES_IN_TEXT[new.domain])

    def _request(self, entry: CatalogueEntry) -> None:
        """Ask for ``entry``: one of the list under the label it shows; a typed name as typed."""
        label = entry.palette_label if entry in self.tree.items else entry.label
        self.add_requested.emit(label, entry.kind, entry.domain)

    def _add_first_match(self) -> None:
        """Enter in "Find…": the best match, or the typed name as someone new when nothing matches."""
        text = self.filter_edit.text()
        if not text.strip():
            return
        shown = self.visible_entries()
        chosen = best_match(text, shown) if shown else new_entry(text)
        if chosen is not None:
            self._request(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.visible_entries():
                self.tree.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
        return super().eventFilter(watched, event)
