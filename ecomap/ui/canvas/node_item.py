"""A node on the canvas: a shape by kind, filled by domain, with a plain-text label below."""

import html
import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from ecomap.model.elements import Node
from ecomap.model.label_lines import label_lines
from ecomap.model.notation import DOMAIN_NAMES, LABEL_FONT_SIZE, LABEL_GAP, LABEL_MAX_WIDTH, NODE_RADII
from ecomap.ui.canvas.style import label_font, node_brush, node_path, node_pen

RIM_BAND = 7.0
"""How far inside or outside a node's edge a press starts a new tie instead of a move."""

NODE_Z = 2.0


class NodeItem(QGraphicsPathItem):
    """The view of one :class:`~ecomap.model.elements.Node`; holds its id and draws it."""

    def __init__(self, node: Node, text_scale: float = 1.0) -> None:
        super().__init__()
        self.node_id = node.id
        self.node = node
        self._text_scale = text_scale
        self.label_halo = QGraphicsRectItem(self)
        self.label_halo.setPen(QPen(Qt.PenStyle.NoPen))
        self.label_halo.setBrush(QBrush(QColor(255, 255, 255, 210)))
        self.label_item = QGraphicsSimpleTextItem(self)
        self.label_more = QGraphicsSimpleTextItem(self)
        """The label's second line, when it needs one."""
        self.setZValue(NODE_Z)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsScenePositionChanges
        )
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_node(node)

    @property
    def radius(self) -> float:
        return NODE_RADII[self.node.kind]

    def set_editable(self, editable: bool) -> None:
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, editable)

    def set_text_scale(self, scale: float) -> None:
        self._text_scale = scale
        self._place_label()

    def set_node(self, node: Node) -> None:
        kind_changed = node.kind is not self.node.kind or not self.path().elementCount()
        self.node = node
        if kind_changed:
            self.setPath(node_path(node.kind))
        self.setPen(node_pen(node.kind))
        self.setBrush(node_brush(node.kind, node.domain))
        self._place_label()
        if self.pos() != QPointF(node.x, node.y):
            self.setPos(node.x, node.y)
        kind = "the client" if node.is_client else f"{node.kind.value}, {DOMAIN_NAMES[node.domain].lower()}"
        tip = f"{node.label or '(unnamed)'}: {kind}" + (f"\n{node.notes}" if node.notes else "")
        # Tooltips guess rich text: escaped, every character shows as typed.
        self.setToolTip(f"<p style='white-space:pre-wrap'>{html.escape(tip)}</p>")

    def _place_label(self) -> None:
        """Below the node on a pale halo, so ties passing behind don't hide it, in up to
        two centred lines; the client's name sits inside their circle, clear of the ties."""
        inside = self.node.is_client
        font = label_font(LABEL_FONT_SIZE * self._text_scale * (1.1 if inside else 1.0), bold=inside)
        metrics = QFontMetricsF(font)
        room = 2 * self.radius - 8 if inside else LABEL_MAX_WIDTH * self._text_scale
        lines = label_lines(self.node.label, metrics.horizontalAdvance, room, max_lines=1 if inside else 2)
        height = metrics.height()
        top = -height / 2 if inside else self.radius + LABEL_GAP
        widest = 0.0
        for number, item in enumerate((self.label_item, self.label_more)):
            text = lines[number] if number < len(lines) else ""
            width = metrics.horizontalAdvance(text)
            widest = max(widest, width)
            item.setFont(font)
            item.setText(text)
            item.setPos(-width / 2, top + number * height)
            item.setVisible(bool(text))
        self.label_halo.setRect(QRectF(-widest / 2 - 2, top, widest + 4, height * max(1, len(lines))))
        self.label_halo.setVisible(bool(lines) and not inside)

    def on_rim(self, local: QPointF) -> bool:
        distance: float = math.hypot(local.x(), local.y())
        return abs(distance - self.radius) <= RIM_BAND

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
