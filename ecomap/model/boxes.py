"""Plane geometry for legibility: boxes, discs and segments, their overlaps, and a grid to find what is near.

Boxes are ``(left, top, right, bottom)`` in scene units (y grows downwards).
Everything here is plain floats: a map's few hundred shapes are checked
faster than numpy could be set up for them.
"""

import itertools
import math
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

Point = tuple[float, float]
Box = tuple[float, float, float, float]
"""left, top, right, bottom"""

T = TypeVar("T")


def box_around(centre: Point, half_width: float, half_height: float) -> Box:
    x, y = centre
    return (x - half_width, y - half_height, x + half_width, y + half_height)


def grow(box: Box, margin: float) -> Box:
    return (box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin)


def boxes_overlap(a: Box, b: Box) -> bool:
    """Whether two boxes share more than an edge."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def box_overlap_area(a: Box, b: Box) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def box_disc_distance(box: Box, centre: Point) -> float:
    """How far the point ``centre`` is from ``box`` (0 inside it)."""
    x, y = centre
    dx = max(box[0] - x, 0.0, x - box[2])
    dy = max(box[1] - y, 0.0, y - box[3])
    return math.hypot(dx, dy)


def segment_distance(point: Point, start: Point, end: Point) -> float:
    """The distance from ``point`` to the segment from ``start`` to ``end``."""
    px, py = point
    ax, ay = start
    dx, dy = end[0] - ax, end[1] - ay
    length_squared = dx * dx + dy * dy
    t = 0.0 if length_squared == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length_squared))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def polyline_distance(point: Point, path: tuple[Point, ...]) -> float:
    """The distance from ``point`` to the nearest of the segments joining ``path``'s points."""
    return min(segment_distance(point, a, b) for a, b in itertools.pairwise(path))


def clear_of_polyline(point: Point, path: tuple[Point, ...], distance: float) -> bool:
    """Whether ``point`` is at least ``distance`` from every segment of ``path`` (quicker than
    :func:`polyline_distance` when only that is asked: far segments are passed over by their boxes)."""
    px, py = point
    for (ax, ay), (bx, by) in itertools.pairwise(path):
        if px + distance < min(ax, bx) or px - distance > max(ax, bx):
            continue
        if py + distance < min(ay, by) or py - distance > max(ay, by):
            continue
        if segment_distance(point, (ax, ay), (bx, by)) < distance:
            return False
    return True


def segment_box(start: Point, end: Point) -> Box:
    return (min(start[0], end[0]), min(start[1], end[1]), max(start[0], end[0]), max(start[1], end[1]))


def path_box(path: Iterable[Point]) -> Box:
    xs, ys = zip(*path, strict=True)
    return (min(xs), min(ys), max(xs), max(ys))


def union(boxes: Iterable[Box]) -> Box | None:
    result: Box | None = None
    for box in boxes:
        result = (
            box
            if result is None
            else (
                min(result[0], box[0]),
                min(result[1], box[1]),
                max(result[2], box[2]),
                max(result[3], box[3]),
            )
        )
    return result


class Grid(Generic[T]):
    """Items filed under the square cells their boxes touch, so that what is near a box is found
    without looking at everything."""

    def __init__(self, cell: float = 96.0, parent: "Grid[T] | None" = None) -> None:
        self.cell: float = parent.cell if parent is not None else cell
        self.parent = parent
        self._cells: dict[tuple[int, int], list[tuple[Box, T]]] = {}

    def child(self) -> "Grid[T]":
        """A grid that sees everything in this one and keeps what is added to it to itself (for trying)."""
        return Grid(parent=self)

    def _keys(self, box: Box) -> list[tuple[int, int]]:
        size = self.cell
        columns = range(math.floor(box[0] / size), math.floor(box[2] / size) + 1)
        rows = range(math.floor(box[1] / size), math.floor(box[3] / size) + 1)
        return [(column, row) for column in columns for row in rows]

    def add(self, box: Box, item: T) -> None:
        entry = (box, item)
        for key in self._keys(box):
            self._cells.setdefault(key, []).append(entry)

    def scan(self, box: Box) -> Iterator[tuple[Box, T]]:
        """Every item whose box may meet ``box``; an item filed in several cells may come more than
        once (for questions a repeat does not change, such as "is anything there?")."""
        if self.parent is not None:
            yield from self.parent.scan(box)
        cells = self._cells
        if cells:
            for key in self._keys(box):
                yield from cells.get(key, ())

    def near(self, box: Box) -> list[tuple[Box, T]]:
        """Every item whose box may meet ``box`` (each once; callers that need an order sort)."""
        found: list[tuple[Box, T]] = self.parent.near(box) if self.parent is not None else []
        cells = self._cells
        if not cells:
            return found
        keys = self._keys(box)
        if len(keys) == 1:
            found.extend(cells.get(keys[0], ()))
            return found
        seen: set[int] = set()
        for key in keys:
            for entry in cells.get(key, ()):
                if id(entry) not in seen:
                    seen.add(id(entry))
                    found.append(entry)
        return found
