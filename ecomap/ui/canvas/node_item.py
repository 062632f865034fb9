"""A node on the canvas: a shape by kind, filled by domain, with its plain-text label where the layout puts it."""

import html
import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QCursor, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from ecomap.model.boxes import box_around
from ecomap.model.drawing import TEXT_INK
from ecomap.model.elements import Node
from ecomap.model.font_metrics import text_width
from ecomap.model.label_spots import label_boxes
from ecomap.model.map_layout import PlacedLabel
from ecomap.model.map_text import label_half_extent, label_text
from ecomap.model.notation import NODE_RADII
from ecomap.ui.canvas.item_words import node_tooltip
from ecomap.ui.canvas.style import colour, halo_brush, node_brush, node_path, node_pen, scene_font

RIM_BAND = 7.0
"""How far inside or outside a node's edge a press starts a new tie instead of a move, in scene
units; at least :data:`RIM_PIXELS` on screen whatever the zoom (:meth:`NodeItem.set_rim_reach`)."""
RIM_PIXELS = 8.0

NODE_Z = 2.0


class NodeItem(QGraphicsPathItem):
    """The view of one :class:`~ecomap.model.elements.Node`; holds its id and draws it.

    Its label is drawn where the map's layout (:mod:`ecomap.model.map_layout`) puts it:
    :meth:`show_label` takes the placed label; until the scene's next layout pass a new or
    changed node shows its label on the side facing away from the client.
    """

    def __init__(self, node: Node, text_scale: float = 1.0) -> None:
        super().__init__()
        self.node_id = node.id
        self.node = node
        self._text_scale = text_scale
        self.label_halo = QGraphicsRectItem(self)
        self.label_halo.setPen(QPen(Qt.PenStyle.NoPen))
        self.label_halo.setBrush(halo_brush())
        self.label_lines: list[QGraphicsSimpleTextItem] = []
        self.placed: PlacedLabel | None = None
        self.setZValue(NODE_Z)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsScenePositionChanges
        )
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._rim = RIM_BAND
        self._reach_shape: QPainterPath | None = None
        self.set_node(node)

    @property
    def radius(self) -> float:
        return NODE_RADII[self.node.kind]

    @property
    def label_item(self) -> QGraphicsSimpleTextItem:
        """The label's first line."""
        return self._line_item(0)

    def label_text(self) -> str:
        """The label as drawn, its lines joined by spaces."""
        return " ".join(item.text() for item in self.label_lines if item.isVisible())

    def set_editable(self, editable: bool) -> None:
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, editable)

    def set_text_scale(self, scale: float) -> None:
        self._text_scale = scale
        self._show_provisional_label()

    def set_node(self, node: Node, *, provisional: bool = True) -> None:
        """Show ``node``; its label on its first-choice side until the next layout (unless
        ``provisional`` is false: a layout follows at once)."""
        kind_changed = node.kind is not self.node.kind or not self.path().elementCount()
        label_changed = provisional and (node.label != self.node.label or kind_changed or self.placed is None)
        self.node = node
        if kind_changed:
            self.setPath(node_path(node.kind))
            self._reach_shape = None
        self.setPen(node_pen(node.kind))
        self.setBrush(node_brush(node.kind, node.domain))
        if self.pos() != QPointF(node.x, node.y):
            self.setPos(node.x, node.y)
        if label_changed:
            self._show_provisional_label()
        # Tooltips guess rich text: escaped, every character shows as typed.
        tip = html.escape(node_tooltip(node))
        self.setToolTip(f"<p style='white-space:pre-wrap'>{tip}</p>")  # not user text: the tip's plain-text frame

    def _show_provisional_label(self) -> None:
        """The label on its first-choice side, until the layout places it among the others."""
        text = label_text(self.node, self._text_scale)
        centre = (self.node.x, self.node.y)
        if text.inside:
            box = box_around(centre, *text.block.half_extent())
        else:
            box = label_boxes(centre, self.radius, *label_half_extent(text))[0]
        self.show_label(PlacedLabel(self.node.id, text, box), provisional=True)

    def show_label(self, placed: PlacedLabel, *, provisional: bool = False) -> None:
        """Draw the label as placed (its box in scene units, with the node at the model's position)."""
        if not provisional and placed == self.placed:
            return
        self.placed = None if provisional else placed
        block = placed.text.block
        font = scene_font(block.size, bold=block.bold) if block.lines else None
        left, top, right, bottom = placed.box
        dx, dy = -self.node.x, -self.node.y
        middle = (left + right) / 2 + dx
        ascent = QFontMetricsF(font).ascent() if font is not None else 0.0
        for number, (line, baseline) in enumerate(zip(block.lines, block.baselines(top), strict=True)):
            item = self._line_item(number)
            assert font is not None
            item.setFont(font)
            item.setText(line)
            item.setPos(middle - text_width(line, block.size, bold=block.bold) / 2, baseline + dy - ascent)
            item.setVisible(True)
        for item in self.label_lines[len(block.lines) :]:
            item.setVisible(False)
        self.label_halo.setRect(QRectF(left + dx, top + dy, right - left, bottom - top))
        self.label_halo.setVisible(bool(block.lines) and not placed.inside)

    def _line_item(self, number: int) -> QGraphicsSimpleTextItem:
        while len(self.label_lines) <= number:
            item = QGraphicsSimpleTextItem(self)
            item.setBrush(colour(TEXT_INK))
            item.setVisible(False)
            self.label_lines.append(item)
        return self.label_lines[number]

    def set_rim_reach(self, reach: float) -> None:
        """How far from the edge a press still takes the rim (scene units): the view keeps it
        :data:`RIM_PIXELS` on screen, so a press just outside a small node ties, not rubber-bands."""
        reach = max(RIM_BAND, reach)
        if reach != self._rim:
            self.prepareGeometryChange()
            self._rim = reach
            self._reach_shape = None

    def on_rim(self, local: QPointF) -> bool:
        distance: float = math.hypot(local.x(), local.y())
        return abs(distance - self.radius) <= self._rim

    def shape(self) -> QPainterPath:
        """The node and a band round it as wide as the rim reaches: a press there takes the node."""
        if self._reach_shape is None:
            reach = QPainterPath()
            outer = self.radius + self._rim
            reach.addEllipse(QPointF(0, 0), outer, outer)
            self._reach_shape = reach.united(self.path())
        return self._reach_shape

    def boundingRect(self) -> QRectF:
        outer = self.radius + self._rim
        return super().boundingRect().united(QRectF(-outer, -outer, 2 * outer, 2 * outer))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemScenePositionHasChanged:
            scene = self.scene()
            if scene is not None:
                scene.node_item_moved(self)  # type: ignore[attr-defined]
        return super().itemChange(change, value)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        movable = bool(self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        if movable and self.on_rim(event.pos()):
            self.setCursor(QCursor(Qt.CursorShape.CrossCursor))
        else:
            self.setCursor(QCursor(Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.ArrowCursor))
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        movable = bool(self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        if movable and event.button() == Qt.MouseButton.LeftButton and self.on_rim(event.pos()) and scene:
            scene.begin_tie_gesture(self, event.scenePos())  # type: ignore[attr-defined]
            event.accept()
            return
        super().mousePressEvent(event)
