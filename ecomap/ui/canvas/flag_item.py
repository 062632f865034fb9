"""The flags of open actions on the canvas: drawn where the model places them, with the actions in the tooltip.

:func:`~ecomap.model.plan_flags.place_flags` decides where each flag goes,
after the layout; :class:`FlagLayer` makes the items again after every
layout of its scene (the plan's events ask for one). A flag is a child of
its node's or tie's item, so what is under the pointer is still that
person or tie (a right-click selects it), and a node's flag follows a drag;
a tie's flag steps aside while one of its tie's ends is dragged (the tie
runs straight then, until the layout places it again). Flags take no clicks.
"""

import html
from collections.abc import Callable, Mapping

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from ecomap.model.map_layout import MapLayout
from ecomap.model.network import EcoMap
from ecomap.model.plan import Plan
from ecomap.model.plan_flags import PlacedFlag, flag_words, place_flags
from ecomap.ui.canvas.node_item import NodeItem
from ecomap.ui.canvas.style import paint_flag
from ecomap.ui.canvas.tie_item import TieItem

FLAG_Z = 1.0
"""Above the other children of its node or tie (a label's halo, which it keeps clear of anyway)."""


class FlagItem(QGraphicsItem):
    """One flag, drawn in scene units as placed; it takes no clicks (a press goes to what is under it)."""

    def __init__(self, placed: PlacedFlag, words: str) -> None:
        super().__init__()
        self.placed = placed
        self.words = words
        left, top, right, bottom = placed.box
        self._bounds = QRectF(left, top, right - left, bottom - top).adjusted(-1, -1, 1, 1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # Tooltips guess rich text: escaped, every character shows as typed.
        self.setToolTip(f"<p style='white-space:pre-wrap'>{html.escape(words)}</p>")  # not user text: the frame

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_flag(painter, self.placed.flag)


def item_under(scene: QGraphicsScene, position: QPointF, transform: QTransform) -> QGraphicsItem | None:
    """The topmost item at scene ``position`` that takes clicks: what is under a flag, as a flag lets clicks through."""
    under = scene.items(position, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder, transform)
    return next((item for item in under if not isinstance(item, FlagItem)), None)


class FlagLayer:
    """The flags on one scene's map."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self.items: list[FlagItem] = []
        self._relayout: Callable[[], None] = lambda: None

    def watch(self, plan: Plan, relayout: Callable[[], None], *, connect: bool) -> None:
        """Have every change to ``plan`` (or, ``connect`` false, no longer) ask for a layout, which shows the flags."""
        self._relayout = relayout
        for event in (plan.action_added, plan.action_removed, plan.action_changed):
            (event.connect if connect else event.disconnect)(self._plan_changed)

    def _plan_changed(self, *_what: object) -> None:
        self._relayout()

    def show(
        self, ecomap: EcoMap, layout: MapLayout, node_items: Mapping[str, NodeItem], tie_items: Mapping[str, TieItem]
    ) -> None:
        """The flags of ``ecomap``'s open actions as placed on ``layout`` (the old ones go)."""
        self.clear()
        for placed in place_flags(ecomap, layout):
            node_item = node_items.get(placed.node_id or "")
            parent = node_item or tie_items.get(placed.tie_id or "")
            if parent is None:
                continue
            item = FlagItem(placed, flag_words(placed, ecomap))
            item.setZValue(FLAG_Z)
            item.setParentItem(parent)
            if node_item is not None:
                item.setPos(-node_item.node.x, -node_item.node.y)  # drawn in scene units from the node's place
            self.items.append(item)

    def clear(self) -> None:
        for item in self.items:
            if shiboken6.isValid(item) and item.scene() is self._scene:
                self._scene.removeItem(item)
        self.items = []

    def tie_end_moved(self, tie_ids: set[str]) -> None:
        """The ties ``tie_ids`` run straight while one of their ends is dragged: their flags step aside."""
        for item in self.items:
            if item.placed.tie_id in tie_ids and shiboken6.isValid(item):
                item.setVisible(False)

    def around(self, rect: QRectF) -> QRectF:
        """``rect`` grown to hold every flag shown (a flag may stand beyond the map's people and rings)."""
        for item in self.visible():
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def visible(self) -> list[FlagItem]:
        """The flags shown (for tests and screen readers)."""
        return [item for item in self.items if shiboken6.isValid(item) and item.isVisible()]
