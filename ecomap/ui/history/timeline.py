"""The History panel: the working draft and the saved versions, newest first, comparing two, and the chart.

The panel never opens maps itself: the list is built from version summaries.
It asks the window for things by signals (:attr:`TimelinePanel.version_chosen`,
:attr:`~TimelinePanel.new_draft_requested`, :attr:`~TimelinePanel.compare_requested`);
the window tells it what is shown with :meth:`TimelinePanel.select_version`.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from ecomap.casefile.versions_table import VersionSummary
from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.dates import written_date
from ecomap.model.network import EcoMap
from ecomap.ui.history.chart import SERIES_TITLES, MetricsChart, SeriesKind
from ecomap.ui.history.version_list import VersionList, version_title
from ecomap.ui.panels.controls import plain_label

NEW_DRAFT_TEXTS = (
    QT_TRANSLATE_NOOP("HistoryPanel", "Start a new draft from this version"),
    QT_TRANSLATE_NOOP("HistoryPanel", "New draft from this version"),
    QT_TRANSLATE_NOOP("HistoryPanel", "New draft"),
)
"""The new-draft button says as much of this as fits (its accessible name is always the first); in English,
translated when the button is made."""
DRAFT_COMPARE_TEXTS = (
    QT_TRANSLATE_NOOP("HistoryPanel", "Changes since the last version"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Changes since last version"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Changes since last"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Changes"),
)
"""The same for the button that compares the working draft with the latest version."""


class _FittingButton(QPushButton):
    """A push button that says the longest of its texts that fits its width, so a narrow dock cuts nothing."""

    def __init__(self, english: Sequence[str]) -> None:
        texts = [translate("HistoryPanel", text) for text in english]
        super().__init__(texts[0])
        self._texts = tuple(texts)
        self.setAccessibleName(texts[0])
        self.setToolTip(texts[0])
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _chrome(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), self).width()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._texts[-1]) + self._chrome(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        room = self.width() - self._chrome()
        metrics = self.fontMetrics()
        text = next((t for t in self._texts if metrics.horizontalAdvance(t) <= room), self._texts[-1])
        if text != self.text():
            self.setText(text)


class _ElidingCombo(QComboBox):
    """A combo box that ends its shown text with "…" when narrow; the full text is in its list and tooltip."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.currentTextChanged.connect(self.setToolTip)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width() - 2
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class TimelinePanel(QWidget):
    """The working draft and the saved versions (newest first), new draft, compare, and the chart below."""

    version_chosen = Signal(object)
    """The user chose a row: the version number (int), or None for the working draft."""
    new_draft_requested = Signal(int)
    """Start a new working draft from this saved version's map."""
    compare_requested = Signal(int, int)
    """Compare version A (from) with version B (to); B is 0 for the working draft."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("HistoryPanel", "History"))
        self._numbers: list[int] = []
        self._rows_of: dict[int, int] = {}
        self._quiet = False

        self.list = VersionList()
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.new_draft_button = _FittingButton(NEW_DRAFT_TEXTS)
        self.new_draft_button.clicked.connect(self._new_draft)

        self.from_combo = _ElidingCombo(translate("HistoryPanel", "Compare from version"))
        self.to_combo = _ElidingCombo(translate("HistoryPanel", "Compare to version"))
        self._choices = QStringListModel(self)
        for combo in (self.from_combo, self.to_combo):
            combo.setModel(self._choices)
            combo.currentIndexChanged.connect(self._update_compare)
        self.compare_button = QPushButton(translate("HistoryPanel", "Compare"))
        self.compare_button.setAccessibleName(translate("HistoryPanel", "Compare the two versions"))
        self.compare_button.clicked.connect(self._compare)
        self.compare_hint = plain_label(
            translate("HistoryPanel", "Save two versions to compare them."),
            name=translate("HistoryPanel", "Why compare is off"),
        )
        self.draft_compare_button = _FittingButton(DRAFT_COMPARE_TEXTS)
        self.draft_compare_button.setToolTip(
            translate("HistoryPanel", "What changed in the working draft since the latest saved version")
        )
        self.draft_compare_button.setAccessibleName(
            translate("HistoryPanel", "Compare the working draft with the latest saved version")
        )
        self.draft_compare_button.clicked.connect(self._compare_draft)

        self.kind_combo = _ElidingCombo(translate("HistoryPanel", "What the chart shows"))
        for kind, title in SERIES_TITLES.items():
            self.kind_combo.addItem(title, kind)
        self.chart = MetricsChart()
        self.kind_combo.currentIndexChanged.connect(
            lambda _i: self.chart.set_series_kind(SeriesKind(self.kind_combo.currentData()))
        )
        self._lay_out()
        self.set_versions([])

    def _lay_out(self) -> None:
        compare = QGridLayout()
        compare.setContentsMargins(0, 0, 0, 0)
        captions = (
            (translate("HistoryPanel", "From"), self.from_combo),
            (translate("HistoryPanel", "To"), self.to_combo),
        )
        for line, (caption, combo) in enumerate(captions):
            label = plain_label(caption, wrap=False)
            label.setBuddy(combo)
            compare.addWidget(label, line, 0)
            compare.addWidget(combo, line, 1)
        compare.addWidget(self.compare_button, 2, 1)
        compare.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_draft_button)
        layout.addSpacing(4)
        layout.addWidget(plain_label(translate("HistoryPanel", "Compare two versions"), bold=True))
        layout.addLayout(compare)
        layout.addWidget(self.compare_hint)
        layout.addWidget(self.draft_compare_button)
        layout.addSpacing(4)
        shows = QGridLayout()
        shows.addWidget(plain_label(translate("HistoryPanel", "Chart"), wrap=False, bold=True), 0, 0)
        shows.addWidget(self.kind_combo, 0, 1)
        shows.setColumnStretch(1, 1)
        layout.addLayout(shows)
        layout.addWidget(self.chart)
        order = (
            self.list,
            self.new_draft_button,
            self.from_combo,
            self.to_combo,
            self.compare_button,
            self.draft_compare_button,
        )
        for first, second in zip((*order, self.kind_combo), (*order[1:], self.kind_combo, self.chart), strict=True):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.list)

    def sizeHint(self) -> QSize:
        return QSize(300, 600)

    # -- the interface ---------------------------------------------------------------

    def set_versions(
        self,
        summaries: Sequence[VersionSummary],
        *,
        draft_label: str = "",
        load_map: Callable[[int], EcoMap] | None = None,
    ) -> None:
        """Show the working draft (as ``draft_label``, else "Working draft") and these versions; ``load_map``
        lets the chart show effective size.

        The row chosen before stays chosen if its version is still there (else the
        working draft is); this emits nothing.
        """
        before = self.current_version()
        ordered = sorted(summaries, key=lambda summary: summary.number)
        self._numbers = [summary.number for summary in ordered]
        self._rows_of = {number: len(ordered) - place for place, number in enumerate(self._numbers)}
        self.list.set_versions(ordered[::-1], draft_label or translate("HistoryPanel", "Working draft"))
        self._choices.setStringList([f"{version_title(s)} ({written_date(s.date)})" for s in ordered])
        self.chart.set_versions(ordered, load_map)
        self.select_version(before if before in self._rows_of else None)

    def select_version(self, number: int | None) -> None:
        """Choose the row of version ``number`` (None: the working draft) without emitting :attr:`version_chosen`.

        For the window to follow what it shows; it updates the buttons, the compare
        choices and the chart's mark as a user's choice does. Unknown numbers raise ValueError.
        """
        if number is not None and number not in self._rows_of:
            raise ValueError(f"there is no version {number}")  # not user text: a programming error
        self._quiet = True
        try:
            index = self.list.rows.index(0 if number is None else self._rows_of[number], 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)
        finally:
            self._quiet = False
        self._follow(number)

    def current_version(self) -> int | None:
        """The chosen version's number, or None when the working draft (or nothing) is chosen."""
        index = self.list.currentIndex()
        return self.list.rows.number_at(index.row()) if index.isValid() else None

    def compare_pair(self) -> tuple[int, int] | None:
        """The versions the compare choices name now (from, to), or None without two versions."""
        first, second = self.from_combo.currentIndex(), self.to_combo.currentIndex()
        if len(self._numbers) < 2 or first < 0 or second < 0:
            return None
        return self._numbers[first], self._numbers[second]

    # -- reacting --------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        number = self.list.rows.number_at(current.row())
        self._follow(number)
        self.version_chosen.emit(number)

    def _follow(self, number: int | None) -> None:
        """After a choice: the buttons, the default pair to compare (before and chosen), the chart's mark."""
        self.new_draft_button.setEnabled(number is not None)
        numbers = self._numbers
        enough = len(numbers) >= 2
        for widget in (self.from_combo, self.to_combo):
            widget.setEnabled(enough)
        self.compare_hint.setVisible(not enough)
        if enough:
            place = numbers.index(number) if number is not None else 0
            first, second = (place - 1, place) if place > 0 else (0, len(numbers) - 1)
            self.from_combo.setCurrentIndex(first)
            self.to_combo.setCurrentIndex(second)
        self._update_compare()
        self.chart.highlight(number)

    def _update_compare(self) -> None:
        pair = self.compare_pair()
        self.compare_button.setEnabled(pair is not None and pair[0] != pair[1])
        self.draft_compare_button.setEnabled(bool(self._numbers))

    def _new_draft(self) -> None:
        number = self.current_version()
        if number is not None:
            self.new_draft_requested.emit(number)

    def _compare_draft(self) -> None:
        if self._numbers:
            self.compare_requested.emit(self._numbers[-1], 0)

    def _compare(self) -> None:
        pair = self.compare_pair()
        if pair is not None and pair[0] != pair[1]:
            self.compare_requested.emit(*pair)
