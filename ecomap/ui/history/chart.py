"""The history chart: one measure across the saved versions, painted as lines, with its values in words.

Ties by capital are three lines told apart by colour, dash pattern and marker shape (so they read in
greyscale) with a legend naming each with its letter mark. The client's effective size needs the maps: it
is worked out only when that measure is shown, a few versions per turn of the event loop, and kept.
"""

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ecomap.casefile.versions_table import VersionSummary
from ecomap.errors import EcomapError
from ecomap.language import QT_TRANSLATE_NOOP, TranslatedWords, translate
from ecomap.model.drawing import AXIS_INK, GRID_INK, LINE_INK, MUTED_INK, PAPER, SHADE_INK, TEXT_INK
from ecomap.model.enums import Capital
from ecomap.model.metrics import measure
from ecomap.model.network import EcoMap
from ecomap.model.notation import CAPITAL_MARKS, CAPITAL_NAMES, CAPITAL_NAMES_IN_TEXT
from ecomap.ui.canvas.style import capital_colour, colour

EMPTY_MESSAGE = QT_TRANSLATE_NOOP("HistoryChart", "No saved versions yet")
NO_MAPS_MESSAGE = QT_TRANSLATE_NOOP("HistoryChart", "The saved maps are not available here")
DESCRIBED_FIRST, DESCRIBED_LAST = 2, 10
"""With more versions than both together, the description names the first few and the latest ones."""
WORK_BUDGET = 0.02
"""Seconds of effective-size work per turn of the event loop, so the window stays responsive."""
NEUTRAL = colour(LINE_INK)
GRID = colour(GRID_INK)
AXIS = colour(AXIS_INK)
TEXT, BAND = colour(TEXT_INK), colour(SHADE_INK)
FOCUS = QColor("#2F6FB0")
"""The frame of the chart while it has the keyboard focus."""


class SeriesKind(StrEnum):
    """What the chart shows."""

    CAPITAL = "capital"
    STRONG = "strong"
    STRESSFUL = "stressful"
    NODES = "nodes"
    DOMAINS = "domains"
    EFFECTIVE_SIZE = "effective_size"


_SERIES_ENGLISH = {
    SeriesKind.CAPITAL: QT_TRANSLATE_NOOP("HistoryChart", "Ties by capital"),
    SeriesKind.STRONG: QT_TRANSLATE_NOOP("HistoryChart", "Strong ties"),
    SeriesKind.STRESSFUL: QT_TRANSLATE_NOOP("HistoryChart", "Stressful ties"),
    SeriesKind.NODES: QT_TRANSLATE_NOOP("HistoryChart", "People and places"),
    SeriesKind.DOMAINS: QT_TRANSLATE_NOOP("HistoryChart", "Domains reached"),
    SeriesKind.EFFECTIVE_SIZE: QT_TRANSLATE_NOOP("HistoryChart", "Client's effective size"),
}
SERIES_TITLES: TranslatedWords[SeriesKind] = TranslatedWords("HistoryChart", _SERIES_ENGLISH)
CAPITAL_LOOKS: dict[Capital, tuple[Qt.PenStyle, str]] = {
    Capital.BONDING: (Qt.PenStyle.SolidLine, "circle"),
    Capital.BRIDGING: (Qt.PenStyle.DashLine, "square"),
    Capital.LINKING: (Qt.PenStyle.DotLine, "triangle"),
}
"""Each capital's line pattern and marker shape: the chart reads without colour."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the chart: its name in words, legend text, look, and a value per version (None: a gap)."""

    name: str
    legend: str
    colour: QColor
    style: Qt.PenStyle
    marker: str
    values: list[float | None]


def spoken(value: float | None) -> str:
    if value is None:
        return translate("HistoryChart", "not known")
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def describe(title: str, numbers: Sequence[int], lines: Sequence[Line]) -> str:
    """The values in words: "Ties by capital: version 1: bonding 5, bridging 1, linking 4; version 2: ..."."""
    if not numbers:
        return translate("HistoryChart", "{title}: no saved versions yet.").format(title=title)
    positions = list(range(len(numbers)))
    if len(numbers) > DESCRIBED_FIRST + DESCRIBED_LAST:
        positions = positions[:DESCRIBED_FIRST] + positions[-DESCRIBED_LAST:]
    parts = []
    for place, position in enumerate(positions):
        if place == DESCRIBED_FIRST and len(positions) < len(numbers):
            skipped = translate("HistoryChart", "versions {first} to {last} not read out")
            parts.append(skipped.format(first=numbers[DESCRIBED_FIRST], last=numbers[-DESCRIBED_LAST - 1]))
        if len(lines) == 1:
            words = spoken(lines[0].values[position])
        else:
            words = ", ".join(f"{line.name} {spoken(line.values[position])}" for line in lines)
        said = translate("HistoryChart", "version {number}: {values}")
        parts.append(said.format(number=numbers[position], values=words))
    return f"{title}: " + "; ".join(parts) + "."


def tick_step(top: float, room: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50... that puts at most ``room`` intervals between 0 and ``top``."""
    room = max(1, room)
    step = 1
    while math.ceil(top / step) > room:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2
    return step


class MetricsChart(QWidget):
    """A measure across versions: x is the version number, y the value on whole-number ticks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summaries: list[VersionSummary] = []
        self._kind = SeriesKind.CAPITAL
        self._highlight: int | None = None
        self._load_map: Callable[[int], EcoMap] | None = None
        self._effective: dict[int, float | None] = {}
        self._pending: list[int] = []
        self._timer = QTimer(self)  # interval 0: works whenever the event loop is idle
        self._timer.timeout.connect(self._work)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._stamp = 0
        self._layer: tuple[tuple[object, ...], QPixmap] | None = None
        """The lines, drawn once per change of data or size: choosing a version only moves the mark."""
        self._changed()

    # -- the interface ---------------------------------------------------------------

    def set_versions(
        self, summaries: Sequence[VersionSummary], load_map: Callable[[int], EcoMap] | None = None
    ) -> None:
        """Show these versions (oldest first); ``load_map(number)`` gives a saved map for the effective size.

        Effective sizes already worked out are kept while ``load_map`` is the same
        object (saved versions never change); a different one starts afresh.
        """
        self._summaries = sorted(summaries, key=lambda summary: summary.number)
        if load_map is not self._load_map:
            self._effective.clear()
        self._load_map = load_map
        self._changed()

    def set_series_kind(self, kind: SeriesKind) -> None:
        self._kind = SeriesKind(kind)
        self._changed()

    def series_kind(self) -> SeriesKind:
        return self._kind

    def highlight(self, number: int | None) -> None:
        """Mark version ``number`` (None: no mark, as for the working draft)."""
        self._highlight = number
        self.update()

    def highlighted(self) -> int | None:
        return self._highlight

    def busy(self) -> bool:
        """Whether effective sizes are still being worked out."""
        return bool(self._pending)

    def lines(self) -> list[Line]:
        """The lines as drawn now: one per capital, or one for any other measure."""
        if self._kind is SeriesKind.CAPITAL:
            return [
                Line(
                    CAPITAL_NAMES_IN_TEXT[capital],
                    f"{CAPITAL_MARKS[capital]} {CAPITAL_NAMES[capital]}",
                    capital_colour(capital),
                    *CAPITAL_LOOKS[capital],
                    [float(s.counts.by_capital[capital.value]) for s in self._summaries],
                )
                for capital in Capital
            ]
        values: list[float | None]
        if self._kind is SeriesKind.EFFECTIVE_SIZE:
            values = [self._effective.get(s.number) for s in self._summaries]
        else:
            values = [float(self._count(s)) for s in self._summaries]
        title = SERIES_TITLES[self._kind]
        return [Line(title.lower(), title, NEUTRAL, Qt.PenStyle.SolidLine, "circle", values)]

    def _count(self, summary: VersionSummary) -> int:
        counts, kind = summary.counts, self._kind
        if kind in (SeriesKind.STRONG, SeriesKind.STRESSFUL):
            return counts.by_strength["strong"] if kind is SeriesKind.STRONG else counts.stressful
        return counts.nodes if kind is SeriesKind.NODES else counts.domains

    def message(self) -> str:
        """What the chart says instead of (or while) drawing: "" when the lines say it all."""
        if not self._summaries:
            return translate("HistoryChart", EMPTY_MESSAGE)
        if self._kind is SeriesKind.EFFECTIVE_SIZE:
            if self._load_map is None:
                return translate("HistoryChart", NO_MAPS_MESSAGE)
            if self._pending:
                words = translate("HistoryChart", "Working out… {done} of {total}")
                return words.format(done=len(self._summaries) - len(self._pending), total=len(self._summaries))
        return ""

    # -- effective size, a few versions at a time ---------------------------------------

    def _changed(self) -> None:
        self._stamp += 1
        self._pending = []
        if self._kind is SeriesKind.EFFECTIVE_SIZE and self._load_map is not None:
            self._pending = [s.number for s in self._summaries if s.number not in self._effective]
        if self._pending:
            self._timer.start()
        else:
            self._timer.stop()
        self._describe()
        self.update()

    def _work(self) -> None:
        started = time.perf_counter()
        while self._pending and self._load_map is not None and time.perf_counter() - started < WORK_BUDGET:
            number = self._pending.pop(0)
            try:
                self._effective[number] = measure(self._load_map(number)).effective_size
            except EcomapError:
                self._effective[number] = None  # an unreadable version is a gap
        if not self._pending:
            self._timer.stop()
        self._stamp += 1
        self._describe()
        self.update()

    def _describe(self) -> None:
        title = SERIES_TITLES[self._kind]
        self.setAccessibleName(translate("HistoryChart", "Chart: {title}").format(title=title))
        message = self.message()
        if message:
            self.setAccessibleDescription(f"{title}: {message}.")
        else:
            self.setAccessibleDescription(describe(title, [s.number for s in self._summaries], self.lines()))

    # -- sizes and painting -----------------------------------------------------------

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(300, max(180, 9 * line))

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(160, 8 * line)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), colour(PAPER))
        painter.setPen(QPen(FOCUS if self.hasFocus() else AXIS, 2.0 if self.hasFocus() else 1.0))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setFont(self.font())
        metrics = QFontMetricsF(self.font())
        area = QRectF(self.rect()).adjusted(8, 6, -10, -6)
        message = self.message()
        if not self._summaries or (message and not self._pending):
            painter.setPen(TEXT)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, message)
            return
        lines = self.lines()
        if len(lines) > 1:
            area.setTop(self._paint_legend(painter, metrics, lines, area) + 4)
        if message:
            painter.setPen(TEXT)
            painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, message)
            area.setTop(area.top() + metrics.lineSpacing())
        self._paint_plot(painter, metrics, lines, area)

    def _paint_legend(self, painter: QPainter, metrics: QFontMetricsF, lines: Sequence[Line], area: QRectF) -> float:
        """Each line's sample and name, flowing onto more rows when narrow; returns the bottom."""
        sample = 1.3 * metrics.height()
        x, y, row = area.left(), area.top(), metrics.lineSpacing()
        for line in lines:
            width = sample + 4 + metrics.horizontalAdvance(line.legend)
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + row
            middle = y + row / 2
            self._paint_line(painter, line, [QPointF(x + 1, middle), QPointF(x + sample - 1, middle)], False, metrics)
            self._paint_marker(painter, line, QPointF(x + sample / 2, middle), metrics)
            painter.setPen(TEXT)
            painter.drawText(QRectF(x + sample + 4, y, width, row), Qt.AlignmentFlag.AlignVCenter, line.legend)
            x += width + metrics.horizontalAdvance("  ")
        return y + row

    def _paint_plot(self, painter: QPainter, metrics: QFontMetricsF, lines: Sequence[Line], area: QRectF) -> None:
        row = metrics.lineSpacing()
        plot_top = area.top() + row / 2
        plot_bottom = area.bottom() - 2 * row - 4  # the version numbers and the "Version" caption below
        height = max(1.0, plot_bottom - plot_top)
        known = [value for line in lines for value in line.values if value is not None]
        step = tick_step(max(known, default=1.0) or 1.0, int(height // (1.5 * row)))
        top = step * max(1, math.ceil(max(known, default=1.0) / step))
        ticks = list(range(0, int(top) + 1, step))
        left = area.left() + max(metrics.horizontalAdvance(str(tick)) for tick in ticks) + 6
        plot = QRectF(left, plot_top, max(1.0, area.right() - left), height)

        def y_of(value: float) -> float:
            return plot.bottom() - value / top * plot.height()

        for tick in ticks:
            y = y_of(tick)
            painter.setPen(QPen(AXIS if tick == 0 else GRID, 1.0))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(TEXT)
            box = QRectF(area.left(), y - row / 2, left - area.left() - 4, row)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick))
        numbers = [s.number for s in self._summaries]
        inset = max(8.0, metrics.horizontalAdvance(str(numbers[-1])) / 2 + 2)
        span = plot.width() - 2 * inset
        gap = span / (len(numbers) - 1) if len(numbers) > 1 else 0.0
        xs = [plot.center().x()] if len(numbers) == 1 else [plot.left() + inset + i * gap for i in range(len(numbers))]
        if self._highlight in numbers:
            x = xs[numbers.index(self._highlight)]
            half = max(4.0, min(gap * 0.4, 14.0))
            painter.fillRect(QRectF(x - half, plot.top(), 2 * half, plot.height()).intersected(plot), BAND)
            painter.setPen(QPen(colour(MUTED_INK), 1.0, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        label_width = metrics.horizontalAdvance(str(max(numbers))) + metrics.horizontalAdvance("  ")
        every = tick_step(label_width / gap, 1) if gap else 1
        last = len(numbers) - 1  # the latest version is always named, round numbers too where there is room
        labelled = [p for p, number in enumerate(numbers) if number % every == 0 and xs[last] - xs[p] >= label_width]
        painter.setPen(TEXT)
        for position in [*labelled, last]:
            font = self.font()
            font.setBold(numbers[position] == self._highlight)
            painter.setFont(font)
            box = QRectF(xs[position] - label_width, plot.bottom() + 3, 2 * label_width, row)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(numbers[position]))
        painter.setFont(self.font())
        caption = QRectF(plot.left(), plot.bottom() + 3 + row, plot.width(), row)
        painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, translate("HistoryChart", "Version"))
        ratio = self.devicePixelRatioF()
        key = (self._stamp, self.width(), self.height(), self.font().key(), ratio, plot.top())
        if self._layer is None or self._layer[0] != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            layer = QPainter(pixmap)
            layer.setRenderHint(QPainter.RenderHint.Antialiasing)
            markers = gap == 0.0 or gap >= 3 * metrics.height() / 4
            for line in lines:
                points = [QPointF(x, y_of(v)) if v is not None else None for x, v in zip(xs, line.values, strict=True)]
                self._paint_line(layer, line, points, markers, metrics)
            layer.end()
            self._layer = (key, pixmap)
        painter.drawPixmap(0, 0, self._layer[1])

    def _paint_line(
        self, painter: QPainter, line: Line, points: Sequence[QPointF | None], markers: bool, metrics: QFontMetricsF
    ) -> None:
        """The line through ``points``, broken at gaps; markers on every point (always on a lone one)."""
        path = QPainterPath()
        lone: list[QPointF] = []
        for index, point in enumerate(points):
            if point is None:
                continue
            before = points[index - 1] if index else None
            after = points[index + 1] if index + 1 < len(points) else None
            if before is None:
                path.moveTo(point)
                if after is None:
                    lone.append(point)
            else:
                path.lineTo(point)
        pen = QPen(line.colour, 2.2, line.style, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        for point in points if markers else lone:
            if point is not None:
                self._paint_marker(painter, line, point, metrics)

    def _paint_marker(self, painter: QPainter, line: Line, centre: QPointF, metrics: QFontMetricsF) -> None:
        radius = max(3.5, metrics.height() * 0.24)
        painter.setPen(QPen(colour(PAPER), 1.0))
        painter.setBrush(line.colour)
        x, y = centre.x(), centre.y()
        if line.marker == "square":
            side = radius * 0.9
            painter.drawRect(QRectF(x - side, y - side, 2 * side, 2 * side))
        elif line.marker == "triangle":
            r = radius * 1.2
            painter.drawPolygon(
                QPolygonF([QPointF(x, y - r), QPointF(x + r, y + r * 0.8), QPointF(x - r, y + r * 0.8)])
            )
        else:
            painter.drawEllipse(centre, radius, radius)
