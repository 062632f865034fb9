"""The legend: the notation painted with the map's live counts beside each entry.

Its entries are the model's :data:`~ecomap.model.drawing.LEGEND` (as the picture's
and the PDF's legends are), then the flag of an open action
(:mod:`ecomap.model.flag_legend`), always: the panel is where the notation is
learnt, and it keeps its size when the first action is agreed. Every colour,
width, dash, hatch, arrow, badge and flag is drawn by the shared samples, so
the legend shows what the canvas draws. Its words are in the program's
language (the model's legend is, each time it is read; the panel's own words
have the context "Legend").
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model import notation
from ecomap.model.drawing import LEGEND, MUTED_INK, PAPER, TEXT_INK, LegendEntry, NodeSample, TieSample
from ecomap.model.enums import Capital, Kind, Strength
from ecomap.model.flag_legend import flag_detail, flag_heading, flag_sentence, flag_title
from ecomap.model.metrics import MapCounts
from ecomap.ui.canvas.style import colour
from ecomap.ui.panels.samples import paint_flag_sample, paint_node_sample, paint_tie_sample

BASE_POINT_SIZE = 10.0
MARGIN = 10.0
SAMPLE_WIDTH = 64.0
GAP = 10.0
CELL_GAP = 6.0
ROW_SPACING = 6.0
SECTION_SPACING = 12.0
SMALLEST = 0.7
"""When the dock is short the legend shrinks, down to this fraction, rather than lose anything."""
SHAPE_SCALE = 0.55
"""Node shapes are drawn at this fraction of their canvas size (the client stays the biggest)."""
STRENGTH_LOOKS: dict[Strength, str] = {
    Strength.STRONG: QT_TRANSLATE_NOOP("Legend", "thick"),
    Strength.MODERATE: QT_TRANSLATE_NOOP("Legend", "thin"),
    Strength.TENUOUS: QT_TRANSLATE_NOOP("Legend", "dashed"),
}
"""Strength in words, for the accessible description (in English: translated where used)."""


def flag_detail_here() -> str:
    """The flag's meaning in the panel: the canvas says which action in the flag's tooltip."""
    return translate("Legend", "{meaning}; point at a flag to read it").format(meaning=flag_detail())


Draw = Callable[[QPainter, QRectF], None]


@dataclass(frozen=True, slots=True)
class _Entry:
    """One entry of the legend: a sample (``width`` x ``size`` at text scale 1) and its words.

    Consecutive entries with the same ``columns`` and ``under`` share a grid of up to
    ``columns`` columns, as many as fit; ``under`` puts the words under the sample
    (with one column they go beside it). Headings have no sample.
    """

    title: str
    draw: Draw | None = None
    detail: str = ""
    width: float = SAMPLE_WIDTH
    size: float = 22.0
    columns: int = 1
    under: bool = False


@dataclass(frozen=True, slots=True)
class _Placed:
    entry: _Entry
    sample: QRectF
    title: QRectF
    detail: QRectF
    centred: bool = False


class LegendWidget(QWidget):
    """The notation with live counts; fits a narrow dock and reads in greyscale.

    When the dock is too short for everything, the meanings of the capital
    types are left out (they stay in the accessible description).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: MapCounts | None = None
        self._scale = 1.0
        self._minimum = 0
        self.setAccessibleName(translate("Legend", "Legend"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._update_description()

    # -- the interface ---------------------------------------------------------------

    def set_counts(self, counts: MapCounts) -> None:
        self._counts = counts
        self._update_description()
        self._changed()

    def set_text_scale(self, scale: float) -> None:
        self._scale = max(0.5, float(scale))
        self._changed()

    def lines(self, *, compact: bool = False) -> list[str]:
        """The legend's words, one entry per line (title — detail), as painted."""
        return [
            " — ".join(part for part in (entry.title, entry.detail) if part).replace("\u00a0", " ")
            for entry in self._entries(compact)
        ]

    # -- sizes -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        width = max(self.width(), 260) if self.isVisible() else 260
        return QSize(260, int(self._layout(width, compact=False)[1]) + 1)

    def minimumSizeHint(self) -> QSize:
        width = self.width() if self.isVisible() else 260
        return QSize(200, int(self._layout(width, compact=True)[1] * SMALLEST) + 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._changed()

    def _changed(self) -> None:
        minimum = self.minimumSizeHint().height()
        if minimum != self._minimum:
            self._minimum = minimum
            self.updateGeometry()
        self.update()

    def _fit(self) -> tuple[list[_Placed], float]:
        """The layout to paint and its scale: everything if it fits; else without meanings, shrunk if need be."""
        width, height = float(self.width()), float(self.height())
        placed, needed = self._layout(width, compact=False)
        if needed <= height:
            return placed, 1.0
        placed, needed = self._layout(width, compact=True)
        if needed <= height:
            return placed, 1.0
        factor = max(SMALLEST, height / needed)
        return self._layout(width / factor, compact=True)[0], factor

    # -- content ---------------------------------------------------------------------

    def _count(self, entry: LegendEntry) -> str:
        """ ": 9" after a title, from the counts (none before the first counts arrive)."""
        counts = self._counts
        if counts is None or entry.count is None:
            return ""
        table, key = entry.count
        value = counts.stressful if table == "stressful" else getattr(counts, table).get(key, 0)
        return f":\u00a0{value}"

    def _entries(self, compact: bool) -> list[_Entry]:
        """The model's legend, laid out for the panel: capitals one a line with their meanings
        beside them, lines two a line with their words under them, the client's shape on a line
        of its own and the other shapes two a line; then the flag, its meaning beside it."""
        client = 2 * notation.NODE_RADII[Kind.CLIENT] * SHAPE_SCALE + 4
        side = 2 * max(notation.NODE_RADII[k] for k in Kind if k is not Kind.CLIENT) * SHAPE_SCALE + 4
        entries = []
        for section in LEGEND:
            entries.append(_Entry(section.title))
            for entry in section.entries:
                title = entry.title + self._count(entry)
                sample = entry.sample
                if isinstance(sample, NodeSample):
                    width = client if sample.kind is Kind.CLIENT else side
                    columns = 1 if sample.kind is Kind.CLIENT else 2
                    entries.append(_Entry(title, self._node_drawer(sample), width=width, size=width, columns=columns))
                elif sample.capital is not None:
                    entries.append(_Entry(title, self._tie_drawer(sample), "" if compact else entry.detail))
                else:
                    entries.append(_Entry(title, self._tie_drawer(sample), size=16.0, columns=2, under=True))
        entries.append(_Entry(flag_heading()))
        detail = "" if compact else flag_detail_here()
        entries.append(_Entry(flag_title(), self._flag_drawer, detail, width=side, size=side * 0.8))
        return entries

    def _flag_drawer(self, painter: QPainter, rect: QRectF) -> None:
        paint_flag_sample(painter, rect.center(), self._shapes())

    def _tie_drawer(self, sample: TieSample) -> Draw:
        def draw(painter: QPainter, rect: QRectF) -> None:
            y = rect.center().y()
            start, end = QPointF(rect.left() + 2, y), QPointF(rect.right() - 2, y)
            paint_tie_sample(painter, start, end, sample, mark_scale=self._scale)

        return draw

    def _node_drawer(self, sample: NodeSample) -> Draw:
        def draw(painter: QPainter, rect: QRectF) -> None:
            paint_node_sample(painter, rect.center(), sample, SHAPE_SCALE * self._shapes())

        return draw

    def _shapes(self) -> float:
        """How much samples grow with the text: less than the text, so they never crowd it out."""
        return min(self._scale, 1.3)

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        title = QFont(self.font())
        title.setPointSizeF(BASE_POINT_SIZE * self._scale)
        heading = QFont(title)
        heading.setBold(True)
        detail = QFont(title)
        detail.setPointSizeF(BASE_POINT_SIZE * 0.9 * self._scale)
        return title, heading, detail

    # -- layout and painting -----------------------------------------------------------

    def _layout(self, width: float, *, compact: bool) -> tuple[list[_Placed], float]:
        """Where every entry goes at ``width``, and the height it all takes."""
        title_font, heading_font, detail_font = self._fonts()
        inner = max(80.0, width - 2 * MARGIN)
        placed: list[_Placed] = []
        entries = self._entries(compact)
        y, index = MARGIN, 0
        while index < len(entries):
            entry = entries[index]
            if entry.draw is None:
                y += SECTION_SPACING if index else 0.0
                title = QRectF(MARGIN, y, inner, _wrapped(QFontMetricsF(heading_font), entry.title, inner))
                placed.append(_Placed(entry, QRectF(), title, QRectF()))
                y = title.bottom() + ROW_SPACING
                index += 1
                continue
            group = [entry]
            for other in entries[index + 1 :]:
                if other.draw is None or (other.columns, other.under) != (entry.columns, entry.under):
                    break
                group.append(other)
            y = self._place_group(group, placed, y, inner, (title_font, detail_font)) + ROW_SPACING
            index += len(group)
        return placed, y - ROW_SPACING + MARGIN

    def _place_group(
        self, group: list[_Entry], placed: list[_Placed], y: float, inner: float, fonts: tuple[QFont, QFont]
    ) -> float:
        """Set ``group`` out in as many columns as fit; returns its bottom."""
        metrics, detail_metrics = QFontMetricsF(fonts[0]), QFontMetricsF(fonts[1])
        grow, first = self._shapes(), group[0]
        side, size = first.width * grow, first.size * grow
        widest = max(metrics.horizontalAdvance(entry.title) for entry in group)
        needed = widest if first.under else side + CELL_GAP + widest
        columns = max(1, min(first.columns, len(group), int((inner + GAP) // (needed + GAP))))
        under = first.under and columns > 1
        cell = (inner - GAP * (columns - 1)) / columns
        for start in range(0, len(group), columns):
            bottom = y
            for column, entry in enumerate(group[start : start + columns]):
                left = MARGIN + column * (cell + GAP)
                if under:
                    sample = QRectF(left + 4, y, cell - 8, size)
                    title = QRectF(left, sample.bottom() + 2, cell, _wrapped(metrics, entry.title, cell))
                    detail = QRectF()
                else:
                    text = max(30.0, cell - side - CELL_GAP)
                    heights = _wrapped(metrics, entry.title, text), _wrapped(detail_metrics, entry.detail, text)
                    sample = QRectF(left, y, side, max(size, sum(heights)))
                    top = y + (sample.height() - sum(heights)) / 2
                    title = QRectF(left + side + CELL_GAP, top, text, heights[0])
                    detail = QRectF(title.left(), title.bottom(), text, heights[1])
                placed.append(_Placed(entry, sample, title, detail, centred=under))
                bottom = max(bottom, sample.bottom(), title.bottom(), detail.bottom())
            y = bottom + ROW_SPACING
        return y - ROW_SPACING

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), colour(PAPER))
        title_font, heading_font, detail_font = self._fonts()
        left = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        centred = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        placed, factor = self._fit()
        painter.scale(factor, factor)
        for place in placed:
            entry = place.entry
            if entry.draw is not None:
                entry.draw(painter, place.sample)
            painter.setFont(title_font if entry.draw is not None else heading_font)
            painter.setPen(colour(TEXT_INK))
            painter.drawText(place.title, centred if place.centred else left, entry.title)
            if entry.detail:
                painter.setFont(detail_font)
                painter.setPen(colour(MUTED_INK))
                painter.drawText(place.detail, left, entry.detail)
        painter.end()

    def _update_description(self) -> None:
        words = [
            translate(
                "Legend",
                "Tie colour and letter show the kind of social capital; line weight shows strength, "
                "cross-strokes mark a stressful tie and arrows show which way energy flows.",
            )
        ]
        if (counts := self._counts) is not None:
            nodes, ties, domains = counts.nodes, counts.ties, counts.domains  # (lupdate: a plural's count is a name)
            named = translate("Legend", "{name} ({mark}) {count}")
            capital = ", ".join(
                named.format(
                    name=notation.CAPITAL_NAMES_IN_TEXT[c],
                    mark=notation.CAPITAL_MARKS[c],
                    count=counts.by_capital.get(c, 0),
                )
                for c in Capital
            )
            strength = ", ".join(
                named.format(
                    name=notation.STRENGTH_NAMES_IN_TEXT[s],
                    mark=translate("Legend", STRENGTH_LOOKS[s]),
                    count=counts.by_strength.get(s, 0),
                )
                for s in Strength
            )
            words.append(
                translate(
                    "Legend", "{nodes}, {ties}: {capitals}; {strengths}; {stressful} stressful; {domains} reached."
                ).format(
                    nodes=translate("Legend", "%n people and places", None, nodes),
                    ties=translate("Legend", "%n ties", None, ties),
                    capitals=capital,
                    strengths=strength,
                    stressful=counts.stressful,
                    domains=translate("Legend", "%n areas of life", None, domains),
                )
            )
        meaning = translate("Legend", "{name}: {meaning}.")
        words += [meaning.format(name=notation.CAPITAL_NAMES[c], meaning=notation.CAPITAL_MEANINGS[c]) for c in Capital]
        words.append(translate("Legend", "The client is the large circle; a person a circle, a pet a diamond, "
                                         "a group a rounded square, an organisation a square."))  # fmt: skip
        words.append(flag_sentence())
        self.setAccessibleDescription(" ".join(words))


def _wrapped(metrics: QFontMetricsF, text: str, width: float) -> float:
    """The height of ``text`` word-wrapped to ``width``."""
    if not text:
        return 0.0
    return metrics.boundingRect(QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text).height()
