"""A tie on the canvas: drawn from the shared geometry in Hartman's notation with a capital mark."""

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

from ecomap.model.elements import Tie
from ecomap.model.enums import Capital
from ecomap.model.geometry import tie_geometry
from ecomap.model.notation import CAPITAL_MARKS, CAPITAL_NAMES, FLOW_NAMES, MARK_FONT_SIZE, MARK_PADDING
from ecomap.ui.canvas.style import capital_colour, hatch_pen, label_font, tie_pen

TIE_Z = 1.0
HIT_WIDTH = 12.0
_SELECTED = QPen(QColor(60, 60, 60, 90), 11.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
_MARK_FILL = QBrush(QColor("#FFFFFF"))
_MARK_TEXT = QPen(QColor("#222222"))


@functools.cache
def _mark_font() -> QFont:
    return label_font(MARK_FONT_SIZE, bold=True)


@functools.cache
def _mark(capital: Capital) -> tuple[QStaticText, float, float]:
    """The capital's letter mark laid out once: the text and the size of its box."""
    metrics = QFontMetricsF(_mark_font())
    text = QStaticText(CAPITAL_MARKS[capital])
    text.setTextFormat(Qt.TextFormat.PlainText)
    text.prepare(QTransform(), _mark_font())
    width = metrics.horizontalAdvance(CAPITAL_MARKS[capital]) + 2 * MARK_PADDING
    return text, width, metrics.height() + MARK_PADDING


class TieItem(QGraphicsItem):
    """The view of one :class:`~ecomap.model.elements.Tie`; holds its id and draws it."""

    def __init__(self, tie: Tie, ends: tuple[QPointF, float, QPointF, float] | None = None) -> None:
        super().__init__()
        self.tie_id = tie.id
        self.tie = tie
        self._ends: tuple[QPointF, float, QPointF, float] = ends or (QPointF(), 0.0, QPointF(), 0.0)
        self._shape: QPainterPath | None = None
        self.setZValue(TIE_Z)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self._recompute()

    def describe(self, tie: Tie, source_label: str = "", target_label: str = "") -> None:
        """Take ``tie`` as what this item shows and say it in the tooltip; drawn after the next
        :meth:`set_ends`."""
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
        self._ends = (source, source_radius, target, target_radius)
        self._recompute()

    def _recompute(self) -> None:
        """Work out everything paint needs once per change, so a repaint only draws."""
        source, source_radius, target, target_radius = self._ends
        self.prepareGeometryChange()
        tie = self.tie
        geometry = tie_geometry(
            (source.x(), source.y()),
            source_radius,
            (target.x(), target.y()),
            target_radius,
            stressful=tie.stressful,
            flow=tie.flow,
        )
        self._geometry = geometry
        self._shape = None
        self._line = QLineF(*geometry.start, *geometry.end)
        self._hatches = [QLineF(*a, *b) for a, b in geometry.hatches]
        self._arrows = [QPolygonF([QPointF(*corner) for corner in triangle]) for triangle in geometry.arrows]
        self._pen = tie_pen(tie.capital, tie.strength)
        self._hatch_pen = hatch_pen(tie.capital)
        self._fill = QBrush(capital_colour(tie.capital))
        self._mark_pen = QPen(capital_colour(tie.capital), 1.0)
        text, width, height = _mark(tie.capital)
        self._mark_text = text
        self._mark_box = QRectF(geometry.middle[0] - width / 2, geometry.middle[1] - height / 2, width, height)
        self._mark_origin = QPointF(self._mark_box.x() + MARK_PADDING, self._mark_box.y() + MARK_PADDING / 2)
        x1, y1, x2, y2 = source.x(), source.y(), target.x(), target.y()
        self._bounds = QRectF(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1)).adjusted(-14, -14, 14, 14)
        self.update()

    @property
    def line(self) -> QLineF:
        """The drawn line, from the edge of one node to the edge of the other."""
        return self._line

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """The line widened for clicking, made when first asked for (not on every drag step)."""
        if self._shape is None:
            line = QPainterPath(QPointF(*self._geometry.start))
            line.lineTo(QPointF(*self._geometry.end))
            stroker = QPainterPathStroker()
            stroker.setWidth(HIT_WIDTH)
            self._shape = stroker.createStroke(line)
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self._geometry.visible:
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(_SELECTED)
            painter.drawLine(self._line)
        painter.setPen(self._pen)
        painter.drawLine(self._line)
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
