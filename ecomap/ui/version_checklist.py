"""The list of versions with a tick box each, as the PDF, data export and print dialogs ask "which versions?"."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ecomap.casefile.versions_table import VersionSummary
from ecomap.language import translate
from ecomap.model.dates import written_date

Row = tuple[int, str, bool]
"""A row: the number it stands for, its words, and whether it starts ticked."""


def version_rows(summaries: Sequence[VersionSummary]) -> list[Row]:
    """One ticked row per saved version: "2 · 3-month review (12 Apr 2026)"."""
    unlabelled = translate("VersionChecklist", "no label")
    return [
        (s.number, f"{s.number} · {s.label.strip() or unlabelled} ({written_date(s.date)})", True) for s in summaries
    ]


def version_checklist(rows: Sequence[Row]) -> QListWidget:
    """A list of ``rows`` with tick boxes, as tall as they need up to a few, wide enough for their words."""
    widget = QListWidget()
    widget.setAccessibleName(translate("VersionChecklist", "Versions to include"))
    for number, text, ticked in rows:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, number)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(max(80, min(220, 26 * len(rows) + 8)))
    widget.setMinimumWidth(min(640, widget.sizeHintForColumn(0) + 40))
    return widget


def ticked_numbers(widget: QListWidget) -> tuple[int, ...]:
    """The numbers of the ticked rows, in the list's order."""
    items = (widget.item(row) for row in range(widget.count()))
    return tuple(
        int(item.data(Qt.ItemDataRole.UserRole)) for item in items if item.checkState() == Qt.CheckState.Checked
    )
