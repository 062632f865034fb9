"""The map scene: a view of one EcoMap, kept in step with it through the model's events."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from ecomap.model.elements import Node, Tie
from ecomap.model.events import Event
from ecomap.model.layout_cache import cached_layout, cached_legibility
from ecomap.model.legibility import Legibility
from ecomap.model.map_layout import MapLayout
from ecomap.model.network import EcoMap
from ecomap.ui.canvas.background import backdrop_rect, draw_backdrop
from ecomap.ui.canvas.drag_snapshot import DragSnapshot
from ecomap.ui.canvas.flag_item import FlagLayer, item_under
from ecomap.ui.canvas.gestures import MoveGesture, NewTieGesture
from ecomap.ui.canvas.node_item import NodeItem
from ecomap.ui.canvas.tie_item import TieItem
from ecomap.ui.commands import AddTieCommand

MEASURE_AFTER_MS = 150
"""The status bar's count of what overlaps follows this long after the last change."""


class MapScene(QGraphicsScene):
    """Items for every node and tie of :attr:`map`.

    Items hold ids and draw; they never change the model, and neither does the
    scene: a gesture ends in a command that the scene hands on (:attr:`tie_made`,
    :attr:`move_made`) for the editor to push. A drag moves items only, and the
    move reaches the model as one command on release.
    """

    add_node_requested = Signal(QPointF)
    """Double-click on empty canvas: a new person wanted here."""
    edit_label_requested = Signal(str)  # double-click on a node: edit its label in place
    message = Signal(str)  # something to tell the user in the status bar
    map_changed = Signal()
    """The map changed (for counts and the legend): once per command, however many parts it changed."""
    laid_out = Signal()
    """The layout was made again (after changes): :attr:`layout` and :attr:`legibility` are new."""
    rings_resized = Signal()  # the map's rings changed size: the view should fit the map again
    tie_made = Signal(object)
    """A drag from one person's rim to another's: the :class:`AddTieCommand` to push."""
    move_made = Signal(object)
    """A drag ended with people somewhere new: the :class:`MoveNodesCommand` to push."""
    map_replaced = Signal()  # another map is shown (set_map)

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.map: EcoMap | None = None
        self.node_items: dict[str, NodeItem] = {}
        self.tie_items: dict[str, TieItem] = {}
        self.flags = FlagLayer(self)  # on what the plan has an open action about, placed after each layout
        self.editable = True
        self.show_sectors = True
        self.text_scale = 1.0
        self.layout: MapLayout | None = None
        self.legibility = Legibility()
        self.rim_reach = 0.0
        self._layout_due = False
        self._announce_due = False
        self.measure_due = False
        self._measure_timer = QTimer(self)
        self._measure_timer.setSingleShot(True)
        self._measure_timer.setInterval(MEASURE_AFTER_MS)
        self._measure_timer.timeout.connect(self.flush_measure)
        self._tie_gesture: NewTieGesture | None = None
        self._move_gesture: MoveGesture | None = None
        self._snapshot: DragSnapshot | None = None
        self._update_rect()

    # -- the model -----------------------------------------------------------

    def set_map(self, ecomap: EcoMap, *, editable: bool = True) -> None:
        """Show ``ecomap``, keeping the items of what it shares with the map before (versions redraw little)."""
        if self.map is not None:
            self._subscribe(self.map, connect=False)
        self.end_drag()
        if self._tie_gesture is not None:
            self._tie_gesture.cancel()
            self._tie_gesture = None
        self._move_gesture = None
        self.clearSelection()
        self.map = ecomap
        self.editable = editable
        old_nodes, old_ties = self.node_items, self.tie_items
        self.node_items, self.tie_items = {}, {}  # no tie follows a node while both are being set
        changed: set[str] = set()
        for node in ecomap.nodes:
            item = old_nodes.pop(node.id, None)
            if item is None:
                self._add_node_item(node)
                changed.add(node.id)
                continue
            if item.node != node:
                item.set_node(node, provisional=False)  # the layout below places its label
                changed.add(node.id)
            item.set_editable(editable)
            self.node_items[node.id] = item
        for tie in ecomap.ties:
            tie_item = old_ties.pop(tie.id, None)
            if tie_item is None:
                self._add_tie_item(tie)
                continue
            self.tie_items[tie.id] = tie_item
            if tie_item.tie != tie or tie.source in changed or tie.target in changed:
                # Described now; drawn where the layout below places it.
                source, target = self.node_items[tie.source], self.node_items[tie.target]
                tie_item.describe(tie, source.node.label, target.node.label)
        for gone in (*old_nodes.values(), *old_ties.values()):
            self.removeItem(gone)
        self._subscribe(ecomap, connect=True)
        self.relayout()
        self._announce_due = False
        self.map_replaced.emit()
        self.map_changed.emit()

    def set_rim_reach(self, reach: float) -> None:
        """How far from a person's edge a press starts a tie (scene units; the view keeps it a few pixels)."""
        self.rim_reach = reach
        for item in self.node_items.values():
            item.set_rim_reach(reach)

    def set_editable(self, editable: bool) -> None:
        """Whether the map shown may be changed from the canvas (a long task may take it away for a while)."""
        if editable == self.editable:
            return
        self.editable = editable
        if not editable and self._tie_gesture is not None:
            self._tie_gesture.cancel()
            self._tie_gesture = None
        self._move_gesture = None
        for item in self.node_items.values():
            item.set_editable(editable)

    def _subscribe(self, ecomap: EcoMap, *, connect: bool) -> None:
        pairs: list[tuple[Event[Any], Callable[..., None]]] = [
            (ecomap.node_added, self._on_node_added),
            (ecomap.node_removed, self._on_node_removed),
            (ecomap.node_changed, self._on_node_changed),
            (ecomap.tie_added, self._on_tie_added),
            (ecomap.tie_removed, self._on_tie_removed),
            (ecomap.tie_changed, self._on_tie_changed),
            (ecomap.rings_changed, self._on_rings_changed),
        ]
        for event, handler in pairs:
            (event.connect if connect else event.disconnect)(handler)
        self.flags.watch(ecomap.plan, self.schedule_layout, connect=connect)  # the flags follow the plan

    def _add_node_item(self, node: Node) -> NodeItem:
        item = NodeItem(node, self.text_scale)
        item.set_editable(self.editable)
        item.set_rim_reach(self.rim_reach)
        self.node_items[node.id] = item
        self.addItem(item)
        return item

    def _add_tie_item(self, tie: Tie) -> TieItem:
        source, target = self.node_items[tie.source], self.node_items[tie.target]
        item = TieItem(tie, (source.pos(), source.radius, target.pos(), target.radius))
        item.describe(tie, source.node.label, target.node.label)
        self.tie_items[tie.id] = item
        self.addItem(item)
        return item

    def _refresh_tie(self, item: TieItem, tie: Tie) -> None:
        source, target = self.node_items[tie.source], self.node_items[tie.target]
        item.describe(tie, source.node.label, target.node.label)
        item.set_ends(source.pos(), source.radius, target.pos(), target.radius)

    def _on_node_added(self, node: Node, _index: int) -> None:
        self.end_drag()  # the picture would hold an item that is gone, or miss a new one
        self._add_node_item(node)
        self._changed()

    def _on_node_removed(self, node: Node, _index: int) -> None:
        self.end_drag()  # the picture would hold an item that is gone, or miss a new one
        item = self.node_items.pop(node.id)
        self.removeItem(item)
        self._changed()

    def _on_node_changed(self, _old: Node, new: Node) -> None:
        item = self.node_items[new.id]
        item.set_node(new)
        assert self.map is not None
        for tie in self.map.ties_of(new.id):
            self._refresh_tie(self.tie_items[tie.id], tie)
        self._changed()

    def _on_tie_added(self, tie: Tie, _index: int) -> None:
        self.end_drag()  # the picture would hold an item that is gone, or miss a new one
        self._add_tie_item(tie)
        self._changed()

    def _on_tie_removed(self, tie: Tie, _index: int) -> None:
        self.end_drag()  # the picture would hold an item that is gone, or miss a new one
        self.removeItem(self.tie_items.pop(tie.id))
        self._changed()

    def _on_tie_changed(self, _old: Tie, new: Tie) -> None:
        self._refresh_tie(self.tie_items[new.id], new)
        self._changed()

    def _on_rings_changed(self, _old: float, _new: float) -> None:
        self._changed()
        self.rings_resized.emit()

    def _changed(self) -> None:
        self._announce_due = True
        self.schedule_layout()

    # -- the layout ------------------------------------------------------------

    def schedule_layout(self) -> None:
        """Lay the map out again once the change is complete (once for a command, before the next paint)."""
        if not self._layout_due:
            self._layout_due = True
            QTimer.singleShot(0, self.flush_layout)

    def flush_layout(self) -> None:
        """Lay out and announce a change now (the editor calls this once a command is done)."""
        if self._layout_due:
            self.relayout()
        if self._announce_due:
            self._announce_due = False
            self.map_changed.emit()

    def relayout(self) -> None:
        """Lay the whole map out (labels, tie routes, marks, headings) and show it so."""
        self._layout_due = False
        if self.map is None:
            return
        layout = cached_layout(self.map, self.text_scale, sectors=self.show_sectors)
        self.layout = layout
        for node_id, item in self.node_items.items():
            item.show_label(layout.labels[node_id])
        for tie_id, tie_item in self.tie_items.items():
            tie_item.show_placed(layout.ties[tie_id])
        self.flags.show(self.map, layout, self.node_items, self.tie_items)
        self._update_rect()
        self.update()
        # What still overlaps is for the status bar: measured once changes pause (stepping quickly
        # through versions measures only the one stopped at).
        self.measure_due = True
        self._measure_timer.start()

    def flush_measure(self) -> None:
        """Measure the layout shown, if that is due, and say so (:attr:`laid_out`)."""
        if not self.measure_due:
            return
        self._measure_timer.stop()
        self.flush_layout()
        self.measure_due = False
        if self.map is not None and self.layout is not None:
            self.legibility = cached_legibility(self.map, self.layout)
            self.laid_out.emit()

    def node_item_moved(self, item: NodeItem) -> None:
        """A node item moved (a drag in progress, or the model moved it): its ties follow."""
        if self.map is None or item.node_id not in self.node_items:
            return
        self.flags.tie_end_moved({tie.id for tie in self.map.ties_of(item.node_id)})
        for tie in self.map.ties_of(item.node_id):
            tie_item = self.tie_items.get(tie.id)
            if tie_item is None:
                continue
            source, target = self.node_items[tie.source], self.node_items[tie.target]
            tie_item.set_ends(source.pos(), source.radius, target.pos(), target.radius)

    # -- selection -----------------------------------------------------------

    def selected_node_ids(self) -> list[str]:
        assert self.map is not None
        chosen = {item.node_id for item in self.selectedItems() if isinstance(item, NodeItem)}
        return [n.id for n in self.map.nodes if n.id in chosen]

    def selected_tie_ids(self) -> list[str]:
        assert self.map is not None
        chosen = {item.tie_id for item in self.selectedItems() if isinstance(item, TieItem)}
        return [t.id for t in self.map.ties if t.id in chosen]

    def select_only(self, items: list[QGraphicsItem]) -> None:
        self.clearSelection()
        for item in items:
            item.setSelected(True)
        if items:
            items[0].setFocus()

    # -- appearance ----------------------------------------------------------

    def set_text_scale(self, scale: float) -> None:
        self.text_scale = scale
        for item in self.node_items.values():
            item.set_text_scale(scale)
        self.relayout()

    def set_show_sectors(self, show: bool) -> None:
        self.show_sectors = show
        self.relayout()

    def _update_rect(self) -> None:
        if self.layout is not None:
            self.setSceneRect(backdrop_rect(self.layout).adjusted(-2000, -2000, 2000, 2000))

    def content_rect(self) -> QRectF:
        """What "fit to view" should show: the rings, the headings and everything drawn."""
        if self.layout is None:
            return QRectF(-400, -400, 800, 800)
        left, top, right, bottom = self.layout.bounds()
        rect = QRectF(left, top, right - left, bottom - top)
        for item in self.node_items.values():  # a node dragged since the layout was made
            rect = rect.united(item.sceneBoundingRect().united(item.label_halo.sceneBoundingRect()))
        return self.flags.around(rect).adjusted(-20, -20, 20, 20)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self._snapshot is not None and self._snapshot.draw(painter, QRectF(rect)):
            return
        super().drawBackground(painter, rect)
        if self.layout is not None:
            draw_backdrop(painter, self.layout)

    # -- gestures ------------------------------------------------------------

    def begin_tie_gesture(self, item: NodeItem, position: QPointF) -> None:
        self._tie_gesture = NewTieGesture(self, item, position)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if self._tie_gesture is None and self.editable:
            moving = [i for i in self.selectedItems() if isinstance(i, NodeItem)]
            self._move_gesture = MoveGesture(moving) if moving else None

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._tie_gesture is not None:
            self._tie_gesture.move(event.scenePos())
            event.accept()
            return
        if self._move_gesture is not None and self._snapshot is None and event.buttons() & Qt.MouseButton.LeftButton:
            self.begin_drag(list(self._move_gesture.start))
        super().mouseMoveEvent(event)

    def begin_drag(self, node_ids: list[str]) -> None:
        """The nodes ``node_ids`` start moving: on a big map, the rest is drawn as one still picture."""
        if self.map is None or not self.views() or self._snapshot is not None:
            return
        moving_nodes = {node_id for node_id in node_ids if node_id in self.node_items}
        moving_ties = {tie.id for node_id in moving_nodes for tie in self.map.ties_of(node_id)}
        moving: list[QGraphicsItem] = [self.node_items[node_id] for node_id in moving_nodes]
        moving += [self.tie_items[tie_id] for tie_id in moving_ties if tie_id in self.tie_items]
        still: list[QGraphicsItem] = [item for key, item in self.node_items.items() if key not in moving_nodes]
        still += [item for key, item in self.tie_items.items() if key not in moving_ties]
        self._snapshot = DragSnapshot.take(self.views()[0], moving, still)

    def end_stale_drag_picture(self) -> None:
        """Called before each repaint: a view that zoomed or scrolled mid-drag draws every item again."""
        if self._snapshot is not None and self._snapshot.is_stale():
            self.end_drag()

    def end_drag(self) -> None:
        """The drag is over (or the view moved): every item draws itself again."""
        snapshot, self._snapshot = self._snapshot, None
        if snapshot is not None:
            snapshot.release()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._tie_gesture is not None:
            gesture, self._tie_gesture = self._tie_gesture, None
            assert self.map is not None
            result = gesture.finish(event.scenePos(), self.map)
            if isinstance(result, AddTieCommand):
                self.tie_made.emit(result)
            elif isinstance(result, str):
                self.message.emit(result)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.end_drag()
        move, self._move_gesture = self._move_gesture, None
        if move is not None and self.map is not None:
            command = move.finish(self.map)
            if command is not None:
                self.move_made.emit(command)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.editable:
            return
        item = item_under(self, event.scenePos(), self.views()[0].transform()) if self.views() else None
        if isinstance(item, NodeItem) and not item.path().contains(item.mapFromScene(event.scenePos())):
            item = None  # the band round a person, where a press ties, is empty canvas to a double-click
        node = item if isinstance(item, NodeItem) else (item.parentItem() if item else None)
        if isinstance(node, NodeItem):
            self.edit_label_requested.emit(node.node_id)
        elif item is None:
            self.add_node_requested.emit(event.scenePos())
        event.accept()
