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
        self.largest_radius = max(NODE_RADII.values())

    def branch(self) -> "Clearance":
        """A copy to try things on: it sees all that is here; what is added to it stays in it."""
        trial = Clearance.__new__(Clearance)
        trial.nodes, trial.labels, trial.marks = self.nodes.child(), self.labels.child(), self.marks.child()
        trial.headings, trial.segments = self.headings.child(), self.segments.child()
        trial.largest_radius = self.largest_radius
        return trial

    # -- filling -------------------------------------------------------------

    def add_node(self, shape: NodeShape) -> None:
        self.nodes.add(shape.box, shape)

    def add_label(self, box: Box, owner: str) -> None:
        self.labels.add(box, owner)

    def add_mark(self, box: Box, owner: str) -> None:
        self.marks.add(box, owner)

    def add_heading(self, box: Box, name: str) -> None:
        self.headings.add(box, name)

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
        return not (
            self.nodes_hitting(box)
            or self.boxes_hitting(self.labels, box)
            or self.boxes_hitting(self.marks, box)
            or self.boxes_hitting(self.headings, box)
        )

    def mark_is_clear(self, box: Box, margin: float = 1.0) -> bool:
        """Whether a tie mark's box meets no person, name, other mark or heading."""
        return not (
            self.nodes_hitting(box, margin)
            or self.boxes_hitting(self.labels, box, margin)
            or self.boxes_hitting(self.marks, box, margin)
            or self.boxes_hitting(self.headings, box, margin)
        )

    def covered_area(self, box: Box) -> float:
        """How much of ``box`` lies under what is placed (for choosing the least bad place)."""
        area = sum(shape.overlap_area(box) for _box, shape in self.nodes.near(box))
        for grid in (self.labels, self.marks, self.headings):
            area += sum(box_overlap_area(box, other) for other, _owner in grid.near(box))
        return area

    def disc_is_clear(self, centre: Point, radius: float, spacing: float) -> bool:
        """Whether a node of ``radius`` at ``centre`` keeps ``spacing`` from every node and
        stays off every label and heading."""
        reach = radius + spacing + self.largest_radius
        for _box, shape in self.nodes.near(box_around(centre, reach, reach)):
            gap = (centre[0] - shape.centre[0]) ** 2 + (centre[1] - shape.centre[1]) ** 2
            if gap < (radius + shape.radius + spacing) ** 2:
                return False
        own = box_around(centre, radius, radius)
        if self.boxes_hitting(self.headings, own, 2.0):
            return False
        return not any(
            box_disc_distance(other, centre) < radius + 2.0 for other, _owner in self.labels.near(grow(own, 2.0))
        )

    def segment_through(self, centre: Point, radius: float, node_id: str, clearance: float = TIE_CLEARANCE) -> bool:
        """Whether a node at ``centre`` would sit on a tie (other than its own) already placed."""
        reach = radius + clearance
        for _box, (start, end, ends) in self.segments.near(box_around(centre, reach, reach)):
            if node_id not in ends and segment_distance(centre, start, end) < reach:
                return True
        return False

    def blockers(self, start: Point, end: Point, ends: tuple[str, ...], clearance: float = TIE_CLEARANCE) -> list[str]:
        """The nodes (other than ``ends``) that a straight tie from ``start`` to ``end`` would pass
        through: nearer their centre than their radius plus ``clearance``."""
        near = self.nodes.near(grow(segment_box(start, end), self.largest_radius + clearance))
        return [
            shape.node_id
            for _box, shape in near
            if shape.node_id not in ends and segment_distance(shape.centre, start, end) < shape.radius + clearance
        ]
