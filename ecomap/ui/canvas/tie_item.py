"""A tie on the canvas: drawn from the shared layout in Hartman's notation, with its capital mark."""

import html

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ecomap.model.drawing import LINE_INK, Badge, badge_at, capital_badge, tie_layer
from ecomap.model.elements import Tie
from ecomap.model.geometry import tie_geometry
from ecomap.model.map_layout import PlacedTie
from ecomap.model.tie_paths import TieGeometry
from ecomap.ui.canvas.item_words import tie_tooltip
from ecomap.ui.canvas.style import BadgeStrokes, TieStrokes, colour, paint_badge, paint_tie

TIE_Z = 1.0
TIE_LAYER_STEP = 0.05
"""Ties stack by the model's :func:`~ecomap.model.drawing.tie_layer`, from :data:`TIE_Z` up by this
a layer: all of them under the people (at 2) and above a compare view's ghosts of people (at 1.5)."""
HIT_WIDTH = 12.0
_SELECTED = QPen(colour(LINE_INK, 90 / 255), 11.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
"""A soft grey band under a selected tie."""


def tie_z(tie: Tie) -> float:
    """The z-value of ``tie``'s item: its layer in the model's stacking order."""
    return TIE_Z + tie_layer(tie) * TIE_LAYER_STEP


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
        self.setZValue(tie_z(tie))
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self._recompute()

    def describe(self, tie: Tie, source_label: str = "", target_label: str = "") -> None:
        """Take ``tie`` as what this item shows and say it in the tooltip; drawn after the next
        :meth:`set_ends` or :meth:`show_placed`."""
        self.tie = tie
        self.setZValue(tie_z(tie))
        tip = html.escape(tie_tooltip(tie, source_label, target_label))
        self.setToolTip(f"<p style='white-space:pre-wrap'>{tip}</p>")  # not user text: the tip's plain-text frame

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
        self._show(placed.geometry, capital_badge(self.tie.capital, placed.mark_box))

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
        self._show(geometry, badge_at(tie.capital, geometry.middle))

    def _show(self, geometry: TieGeometry, badge: Badge) -> None:
        """Work out everything paint needs once per change, so a repaint only draws."""
        self.prepareGeometryChange()
        self._geometry = geometry
        self._shape = None
        self._strokes = TieStrokes.of(geometry)
        self._look = (self.tie.capital, self.tie.strength)
        self.badge = badge
        self._badge_strokes = BadgeStrokes.of(badge)
        """The capital badge as drawn, where the layout puts it."""
        self._mark_box = self._badge_strokes.rect
        self._bounds = self._strokes.path.boundingRect().united(self._mark_box).adjusted(-14, -14, 14, 14)
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
            self._shape = stroker.createStroke(self._strokes.path)
            self._shape.addRect(self._mark_box)
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self._geometry.visible:
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_SELECTED)
            painter.drawPath(self._strokes.path)
        paint_tie(painter, self._strokes, *self._look)
        paint_badge(painter, self.badge, self._badge_strokes)
