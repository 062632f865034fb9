"""A tie on the canvas: drawn from the shared layout in Hartman's notation, with its capital mark."""

import functools
import html

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ecomap.model.boxes import Box, box_around
from ecomap.model.elements import Tie
from ecomap.model.enums import Capital
from ecomap.model.font_metrics import ascent, descent, text_width
from ecomap.model.geometry import tie_geometry
from ecomap.model.map_layout import PlacedTie, mark_size
from ecomap.model.notation import CAPITAL_MARKS, CAPITAL_NAMES, FLOW_NAMES, MARK_FONT_SIZE
from ecomap.model.tie_paths import TieGeometry
from ecomap.ui.canvas.style import capital_colour, hatch_pen, scene_font, tie_pen

TIE_Z = 1.0
HIT_WIDTH = 12.0
_SELECTED = QPen(QColor(60, 60, 60, 90), 11.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
_MARK_FILL = QBrush(QColor("#FFFFFF"))
_MARK_TEXT = QPen(QColor("#222222"))


@functools.cache
def _mark_font() -> QFont:
    return scene_font(MARK_FONT_SIZE, bold=True)


@functools.cache
def _mark_text(capital: Capital) -> tuple[QStaticText, float]:
    """The capital's letter mark laid out once, and its width."""
    text = QStaticText(CAPITAL_MARKS[capital])
    text.setTextFormat(Qt.TextFormat.PlainText)
    text.prepare(QTransform(), _mark_font())
    return text, text_width(CAPITAL_MARKS[capital], MARK_FONT_SIZE, bold=True)


class TieItem(QGraphicsItem):
    """The view of one :class:`~ecomap.model.elements.Tie`; holds its id and draws it.

    It is drawn as the map's layout places it (:meth:`show_placed`: its route, bent round
    anyone in its way, and its mark slid to free space); while one of its ends is dragged it
    runs straight with its mark in the middle, until the layout places it again.
    """

    def __init__(self, tie: Tie, ends: tuple[QPointF, float, QPointF, float] | None = None) -> None:
        super().__init__()
        self.tie_id = tie.id
        self.tie = tie
        self._ends: tuple[QPointF, float, QPointF, float] = ends or (QPointF(), 0.0, QPointF(), 0.0)
        self._shape: QPainterPath | None = None
        self.placed: PlacedTie | None = None
        self.setZValue(TIE_Z)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self._recompute()

    def describe(self, tie: Tie, source_label: str = "", target_label: str = "") -> None:
        """Take ``tie`` as what this item shows and say it in the tooltip; drawn after the next
        :meth:`set_ends` or :meth:`show_placed`."""
        self.tie = tie
        parts = [
            f"{source_label} – {target_label}",
            f"{CAPITAL_NAMES[tie.capital]}, {tie.strength.value}" + (", stressful" if tie.stressful else ""),
            FLOW_NAMES[tie.flow].replace("the first", source_label).replace("the second", target_label),
        ]
        if tie.notes:
            parts.append(tie.notes)
        self.setToolTip(f"<p style='white-space:pre-wrap'>{html.escape(chr(10).join(parts))}</p>")

    def set_ends(self, source: QPointF, source_radius: float, target: QPointF, target_radius: float) -> None:
        """Straight between its ends (one of them being dragged, or not yet laid out)."""
        self._ends = (source, source_radius, target, target_radius)
        self.placed = None
        self._recompute()

    def show_placed(self, placed: PlacedTie) -> None:
        """Draw the tie as the layout places it."""
        if placed == self.placed:
            return
        self.placed = placed
        self._show(placed.geometry, placed.mark_box)

    def _recompute(self) -> None:
        source, source_radius, target, target_radius = self._ends
        tie = self.tie
        geometry = tie_geometry(
            (source.x(), source.y()),
            source_radius,
            (target.x(), target.y()),
            target_radius,
            stressful=tie.stressful,
            flow=tie.flow,
        )
        width, height = mark_size(tie.capital)
        self._show(geometry, box_around(geometry.middle, width / 2, height / 2))

    def _show(self, geometry: TieGeometry, mark_box: Box) -> None:
        """Work out everything paint needs once per change, so a repaint only draws."""
        self.prepareGeometryChange()
        tie = self.tie
        self._geometry = geometry
        self._shape = None
        self._path = QPainterPath(QPointF(*geometry.path[0])) if geometry.path else QPainterPath()
        for point in geometry.path[1:]:
            self._path.lineTo(QPointF(*point))
        self._hatches = [QLineF(*a, *b) for a, b in geometry.hatches]
        self._arrows = [QPolygonF([QPointF(*corner) for corner in triangle]) for triangle in geometry.arrows]
        self._pen = tie_pen(tie.capital, tie.strength)
        self._hatch_pen = hatch_pen(tie.capital)
        self._fill = QBrush(capital_colour(tie.capital))
        self._mark_pen = QPen(capital_colour(tie.capital), 1.0)
        text, width = _mark_text(tie.capital)
        left, top, right, bottom = mark_box
        self._mark_text = text
        self._mark_box = QRectF(left, top, right - left, bottom - top)
        # The letters centred in the box, their baseline where the model's font metrics put it.
        baseline = (top + bottom) / 2 + (ascent(MARK_FONT_SIZE, bold=True) - descent(MARK_FONT_SIZE, bold=True)) / 2
        self._mark_origin = QPointF((left + right) / 2 - width / 2, baseline - QFontMetricsF(_mark_font()).ascent())
        self._bounds = self._path.boundingRect().united(self._mark_box).adjusted(-14, -14, 14, 14)
        self.update()

    @property
    def line(self) -> QLineF:
        """From where the drawn line starts to where it ends (a bent tie curves between them)."""
        return QLineF(QPointF(*self._geometry.start), QPointF(*self._geometry.end))

    @property
    def path_points(self) -> tuple[tuple[float, float], ...]:
        """The drawn line as points: two for a straight tie, more for one bent round someone."""
        return self._geometry.path

    @property
    def mark_rect(self) -> QRectF:
        return QRectF(self._mark_box)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """The line widened for clicking, made when first asked for (not on every drag step)."""
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(HIT_WIDTH)
            self._shape = stroker.createStroke(self._path)
            self._shape.addRect(self._mark_box)
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self._geometry.visible:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(_SELECTED)
            painter.drawPath(self._path)
        painter.setPen(self._pen)
        painter.drawPath(self._path)
        if self._hatches:
            painter.setPen(self._hatch_pen)
            painter.drawLines(self._hatches)
        if self._arrows:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._fill)
            for triangle in self._arrows:
                painter.drawPolygon(triangle)
        painter.setPen(self._mark_pen)
        painter.setBrush(_MARK_FILL)
        painter.drawRoundedRect(self._mark_box, 3, 3)
        painter.setPen(_MARK_TEXT)
        painter.setFont(_mark_font())
        painter.drawStaticText(self._mark_origin, self._mark_text)
