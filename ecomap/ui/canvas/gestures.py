"""Mouse gestures on the canvas, each a small object with begin, move, finish and cancel."""

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene

from ecomap.model.elements import Tie
from ecomap.model.network import EcoMap
from ecomap.model.rules import default_capital
from ecomap.ui.canvas.item_words import already_tied
from ecomap.ui.canvas.node_item import NodeItem
from ecomap.ui.commands import AddTieCommand, MoveNodesCommand


class NewTieGesture:
    """Drag from a node's rim to another node: a new tie with the default capital."""

    def __init__(self, scene: QGraphicsScene, source: NodeItem, start: QPointF) -> None:
        self.scene = scene
        self.source = source
        self.line = QGraphicsLineItem(QLineF(source.scenePos(), start))
        self.line.setPen(QPen(QColor("#555555"), 2.0, Qt.PenStyle.DashLine))
        self.line.setZValue(10)
        scene.addItem(self.line)

    def move(self, position: QPointF) -> None:
        self.line.setLine(QLineF(self.source.scenePos(), position))

    def target_at(self, position: QPointF) -> NodeItem | None:
        for item in self.scene.items(position):
            node = item if isinstance(item, NodeItem) else item.parentItem()
            if isinstance(node, NodeItem) and node is not self.source:
                return node
        return None

    def finish(self, position: QPointF, ecomap: EcoMap) -> AddTieCommand | str | None:
        """The command to push, a message if the drop makes no tie, or None."""
        self.cancel()
        target = self.target_at(position)
        if target is None:
            return None
        source_node, target_node = ecomap.node(self.source.node_id), ecomap.node(target.node_id)
        existing = ecomap.tie_between(source_node.id, target_node.id)
        if existing is not None:
            return already_tied(source_node.label, target_node.label)
        tie = Tie(
            id=ecomap.new_tie_id(),
            source=source_node.id,
            target=target_node.id,
            capital=default_capital(source_node, target_node),
        )
        return AddTieCommand(ecomap, tie)

    def cancel(self) -> None:
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)


class MoveGesture:
    """A drag of the selected nodes: the model moves once, on release, as one command."""

    def __init__(self, items: list[NodeItem]) -> None:
        self.start = {item.node_id: (item.pos().x(), item.pos().y()) for item in items}
        self.items = items

    def finish(self, ecomap: EcoMap) -> MoveNodesCommand | None:
        moves = {}
        for item in self.items:
            old = self.start[item.node_id]
            new = (item.pos().x(), item.pos().y())
            if new != old and ecomap.has_node(item.node_id):
                moves[item.node_id] = (old, new)
        return MoveNodesCommand(ecomap, moves) if moves else None
