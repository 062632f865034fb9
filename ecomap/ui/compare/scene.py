"""A read-only map scene for comparing: the canvas's scene and items, framed on the people, with marks.

It is a :class:`~ecomap.ui.canvas.scene.MapScene` shown not editable, so the
notation is exactly the canvas's; its undo stack is its own and never used.
"""

from PySide6.QtCore import QObject, QRectF
from PySide6.QtWidgets import QGraphicsItem

from ecomap.model.changes import Change, ChangeKind
from ecomap.model.network import EcoMap
from ecomap.ui.canvas.scene import MapScene
from ecomap.ui.compare.marks import ChangeBadge, badge_text, make_ghost
from ecomap.ui.compare.placement import Placeable, place_badges
from ecomap.ui.compare.union import UnionMap

FRAME_MARGIN = 24.0
MIN_FRAME = QRectF(-160, -160, 320, 320)
"""Even a map of the client alone is shown at a sensible size."""


class CompareScene(MapScene):
    """One map to look at, not to edit; :attr:`frame` (if set) is what "fit" shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.badges: list[ChangeBadge] = []
        self.frame: QRectF | None = None

    def show_map(self, ecomap: EcoMap) -> None:
        """Draw ``ecomap`` plainly (one side of side by side)."""
        self.badges = []
        self.set_map(ecomap, editable=False)

    def show_marked(self, union: UnionMap) -> None:
        """Draw the union with ghosts for what ended and a badge on each changed tie or person."""
        self.show_map(union.map)
        for node_id in union.ghost_nodes:
            make_ghost(self.node_items[node_id])
        for tie_id in union.ghost_ties:
            make_ghost(self.tie_items[tie_id])
        marked: dict[QGraphicsItem, list[Change]] = {}
        for change in union.changes:
            item = self.item_for(change)
            if item is not None:
                marked.setdefault(item, []).append(change)
        people = (ChangeKind.NEW_PERSON, ChangeKind.GONE_PERSON)
        came_or_went = frozenset(c.node_ids[0] for c in union.changes if c.kind in people)
        self.badges = [
            ChangeBadge(item, changes, badge_text(changes, came_or_went), self.text_scale)
            for item, changes in marked.items()
        ]
        for badge in self.badges:
            self.addItem(badge)
        placeable: list[Placeable] = list(self.badges)
        layout = self.layout
        words = [heading.box for heading in (*layout.ring_names, *layout.headings.values())] if layout else []
        place_badges(self.node_items.values(), self.tie_items.values(), placeable, words)

    def item_for(self, change: Change) -> QGraphicsItem | None:
        """The tie or person ``change`` is about, as drawn here (None if this map lacks it)."""
        if self.map is None:
            return None
        if change.pair is not None:
            ends = tuple(change.pair)
            tie = self.map.tie_between(ends[0], ends[1]) if len(ends) == 2 else None
            return None if tie is None else self.tie_items.get(tie.id)
        return self.node_items.get(change.node_ids[0]) if change.node_ids else None

    def people_rect(self, *, badges: bool = True) -> QRectF:
        """The whole map (its rings, everyone and their names, the ties) and the badges (unless
        ``badges`` is false), with a margin."""
        rect = QRectF(MIN_FRAME)
        if self.layout is not None:
            left, top, right, bottom = self.layout.bounds()
            rect = rect.united(QRectF(left, top, right - left, bottom - top))
        for item in self.node_items.values():
            rect = rect.united(item.sceneBoundingRect().united(item.label_halo.sceneBoundingRect()))
        for tie in self.tie_items.values():  # a tie bent round someone may bow beyond the people
            rect = rect.united(tie.sceneBoundingRect())
        for badge in self.badges if badges else []:
            rect = rect.united(badge.sceneBoundingRect())
        return rect.adjusted(-FRAME_MARGIN, -FRAME_MARGIN, FRAME_MARGIN, FRAME_MARGIN)

    def content_rect(self) -> QRectF:
        return QRectF(self.frame) if self.frame is not None else self.people_rect()
