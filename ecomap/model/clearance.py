"""What is already on a map, kept so that the next label, mark, tie or person can be put clear of it.

Nodes are discs (or, for the square shapes, their squares); labels, tie
marks and headings are boxes. Each kind is filed in its own grid so that a
question ("is this box clear of every name and person?") looks only nearby.
The legibility measure, the drawing layout, Auto-arrange and the placing
of a new person all ask through this one class, so they agree on what
counts as in the way.
"""

from dataclasses import dataclass

from ecomap.model.boxes import (
    Box,
    Grid,
    Point,
    box_around,
    box_disc_distance,
    box_overlap_area,
    boxes_overlap,
    grow,
    segment_box,
    segment_distance,
)
from ecomap.model.enums import Kind
from ecomap.model.notation import NODE_RADII, NODE_SHAPES

TIE_CLEARANCE = 4.0
"""A tie passes at least this far outside a node that is not one of its ends (design §17)."""
SQUARE_HALF_SIDE = {"rounded": 0.85, "square": 0.82}
"""The square shapes' half side, as a share of their radius (as the canvas and PDF draw them)."""
TOUCH = 0.01
"""Shapes that meet by less than this are taken as touching, not overlapping (rounding)."""


@dataclass(frozen=True, slots=True)
class NodeShape:
    """A node as an obstacle: where it is and how big."""

    node_id: str
    centre: Point
    radius: float
    square: float
    """Half the side of its square, or 0 for the round shapes (circle, diamond)."""

    @classmethod
    def of(cls, node_id: str, kind: Kind, centre: Point) -> "NodeShape":
        radius = NODE_RADII[kind]
        return cls(node_id, centre, radius, radius * SQUARE_HALF_SIDE.get(NODE_SHAPES[kind], 0.0))

    @property
    def box(self) -> Box:
        reach = self.square or self.radius
        return box_around(self.centre, reach, reach)

    def hits_box(self, box: Box, margin: float = 0.0) -> bool:
        if self.square:
            return boxes_overlap(grow(self.box, margin - TOUCH), box)
        return box_disc_distance(box, self.centre) < self.radius + margin - TOUCH

    def overlap_area(self, box: Box) -> float:
        return box_overlap_area(self.box, box) if self.hits_box(box) else 0.0


class Clearance:
    """The nodes, labels, tie marks and headings placed so far."""

    def __init__(self) -> None:
        self.nodes: Grid[NodeShape] = Grid()
        self.labels: Grid[str] = Grid()
        self.marks: Grid[str] = Grid()
        self.headings: Grid[str] = Grid()
        self.segments: Grid[tuple[Point, Point, tuple[str, ...]]] = Grid()
        self.anything: Grid[NodeShape | None] = Grid()
        """People (their shapes) and boxes (None) together, for the quick "is this clear?" questions."""
        self.largest_radius = max(NODE_RADII.values())

    def branch(self) -> "Clearance":
        """A copy to try things on: it sees all that is here; what is added to it stays in it."""
        trial = Clearance.__new__(Clearance)
        trial.nodes, trial.labels, trial.marks = self.nodes.child(), self.labels.child(), self.marks.child()
        trial.headings, trial.segments = self.headings.child(), self.segments.child()
        trial.anything = self.anything.child()
        trial.largest_radius = self.largest_radius
        return trial

    # -- filling -------------------------------------------------------------

    def add_node(self, shape: NodeShape) -> None:
        self.nodes.add(shape.box, shape)
        self.anything.add(shape.box, shape)

    def add_label(self, box: Box, owner: str) -> None:
        self.labels.add(box, owner)
        self.anything.add(box, None)

    def add_mark(self, box: Box, owner: str) -> None:
        self.marks.add(box, owner)
        self.anything.add(box, None)

    def add_heading(self, box: Box, name: str) -> None:
        self.headings.add(box, name)
        self.anything.add(box, None)

    def add_segment(self, start: Point, end: Point, ends: tuple[str, ...]) -> None:
        """A straight piece of a tie between the nodes ``ends``."""
        self.segments.add(segment_box(start, end), (start, end, ends))

    # -- asking --------------------------------------------------------------

    def nodes_hitting(self, box: Box, margin: float = 0.0) -> list[NodeShape]:
        return [shape for _box, shape in self.nodes.near(grow(box, margin)) if shape.hits_box(box, margin)]

    def boxes_hitting(self, grid: Grid[str], box: Box, margin: float = 0.0) -> list[str]:
        wide = grow(box, margin - TOUCH)
        return [owner for other, owner in grid.near(wide) if boxes_overlap(wide, other)]

    def label_is_clear(self, box: Box) -> bool:
        """Whether a label's box meets no person, name, tie mark or heading."""
        return self._is_clear(box, 0.0)

    def mark_is_clear(self, box: Box, margin: float = 1.0) -> bool:
        """Whether a tie mark's box (with ``margin`` round it) meets no person, name, other mark or heading."""
        return self._is_clear(box, margin)

    def _is_clear(self, box: Box, margin: float) -> bool:
        wide = grow(box, margin - TOUCH)
        for other, shape in self.anything.scan(grow(box, margin)):
            if shape is None:
                if boxes_overlap(wide, other):
                    return False
            elif shape.hits_box(box, margin):
                return False
        return True

    def covered_area(self, box: Box) -> float:
        """How much of ``box`` lies under what is placed (for choosing the least bad place)."""
        area = 0.0
        for other, shape in self.anything.near(box):
            area += box_overlap_area(box, other) if shape is None else shape.overlap_area(box)
        return area

    def disc_is_clear(self, centre: Point, radius: float, spacing: float) -> bool:
        """Whether a node of ``radius`` at ``centre`` keeps ``spacing`` from every node and
        stays off every label, mark and heading."""
        reach = radius + spacing + self.largest_radius
        x, y = centre
        for other, shape in self.anything.scan(box_around(centre, reach, reach)):
            if shape is None:
                if box_disc_distance(other, centre) < radius + 2.0:
                    return False
            elif (x - shape.centre[0]) ** 2 + (y - shape.centre[1]) ** 2 < (radius + shape.radius + spacing) ** 2:
                return False
        return True

    def segment_through(self, centre: Point, radius: float, node_id: str, clearance: float = TIE_CLEARANCE) -> bool:
        """Whether a node at ``centre`` would sit on a tie (other than its own) already placed."""
        reach = radius + clearance
        for _box, (start, end, ends) in self.segments.scan(box_around(centre, reach, reach)):
            if node_id not in ends and segment_distance(centre, start, end) < reach:
                return True
        return False

    def blockers(self, start: Point, end: Point, ends: tuple[str, ...], clearance: float = TIE_CLEARANCE) -> list[str]:
        """The nodes (other than ``ends``) that a straight tie from ``start`` to ``end`` would pass
        through: nearer their centre than their radius plus ``clearance`` (each once)."""
        found: dict[str, None] = {}
        for _box, shape in self.nodes.scan(grow(segment_box(start, end), self.largest_radius + clearance)):
            if (
                shape.node_id not in ends
                and shape.node_id not in found
                and segment_distance(shape.centre, start, end) < shape.radius + clearance
            ):
                found[shape.node_id] = None
        return list(found)
