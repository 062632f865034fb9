"""Where badges go on the compare map: by what they mark, clear of people, names, lines and each other.

Each badge tries places in order of preference (on its tie's outer part,
then either side of it, further and further off, with a leader line back)
and takes the one that covers least, weighing a badge over a name as worse
than a badge over a line. The geometry is plain floats: a map with hundreds
of changes is placed in a fraction of a second.
"""

import itertools
import math
from collections.abc import Iterable, Iterator
from typing import Protocol

from PySide6.QtCore import QRectF

from ecomap.model.tie_paths import Route
from ecomap.ui.canvas.node_item import NodeItem
from ecomap.ui.canvas.tie_item import TieItem

Rect = tuple[float, float, float, float]
"""left, top, right, bottom"""
Point = tuple[float, float]

TIE_SPOTS = (0.68, 0.32, 0.84, 0.16, 0.5)
"""Where along a tie (0 at its inner end, 1 at its outer end) a badge may sit, in order of preference."""
SIDE_GAPS = ((2.0, 30.0), (18.0, 120.0), (40.0, 240.0), (70.0, 480.0), (110.0, 800.0), (160.0, 1200.0))
"""Places beside a tie: the gap to the line and what it costs (as covered area, for a badge of
:data:`USUAL_AREA`; in proportion for others); a leader line joins such a badge to its tie. On the
line itself costs nothing."""
USUAL_AREA = 1400.0
"""About the size of a one-word badge ("▲ stronger"), in square scene units."""
CELL = 80.0
"""The size of the buckets nearby obstacles are looked up in."""
NODE_WEIGHT = 4.0
LABEL_WEIGHT = 4.0
"""A name half hidden is worse than a badge a little further off."""
BADGE_WEIGHT = 1000.0
"""Covering another badge is worse than anything (even the furthest place costs less)."""
BADGE_MARGIN = 2.0
"""Room kept around a placed badge (its outline included)."""
LINE_COST = 1.5
"""What crossing a unit of another tie's line costs: a badge may cross one, but would rather not."""


class Placeable(Protocol):
    """What placing needs of a badge: its size, what it marks, and a way to put it."""

    @property
    def target(self) -> object: ...

    def size(self) -> tuple[float, float]: ...

    def place_at(self, centre: Point, anchor: Point | None) -> None: ...


class Obstacles:
    """Boxes (with weights) and lines badges should not cover, bucketed so a look-up stays local."""

    def __init__(self) -> None:
        self._boxes: list[tuple[float, float, float, float, float, int]] = []
        self._lines: list[tuple[float, float, float, float, int]] = []
        self._box_cells: dict[tuple[int, int], list[int]] = {}
        self._line_cells: dict[tuple[int, int], list[int]] = {}

    def add_box(self, rect: Rect, weight: float = 1.0, owner: object = None) -> None:
        self._boxes.append((*rect, weight, id(owner)))
        for key in _cells(rect):
            self._box_cells.setdefault(key, []).append(len(self._boxes) - 1)

    def add_line(self, start: Point, end: Point, owner: object = None) -> None:
        self._lines.append((*start, *end, id(owner)))
        length = math.dist(start, end)
        steps = max(1, math.ceil(length / (CELL / 2)))
        keys = set()
        for step in range(steps + 1):
            x = start[0] + (end[0] - start[0]) * step / steps
            y = start[1] + (end[1] - start[1]) * step / steps
            keys.update(_cells((x - 1, y - 1, x + 1, y + 1)))
        for key in keys:
            self._line_cells.setdefault(key, []).append(len(self._lines) - 1)

    def cover(self, rect: Rect, mine: object = None) -> float:
        """How much ``rect`` covers of everything but ``mine``'s own, by weight."""
        left, top, right, bottom = rect
        skip = id(mine)
        keys = _cells(rect)
        total = 0.0
        for number in {n for key in keys for n in self._box_cells.get(key, ())}:
            x1, y1, x2, y2, weight, owner = self._boxes[number]
            if owner == skip and mine is not None:
                continue
            width = min(right, x2) - max(left, x1)
            height = min(bottom, y2) - max(top, y1)
            if width > 0 and height > 0:
                total += width * height * weight
        for number in {n for key in keys for n in self._line_cells.get(key, ())}:
            x1, y1, x2, y2, owner = self._lines[number]
            if (owner == skip and mine is not None) or (x1 < left and x2 < left) or (x1 > right and x2 > right):
                continue
            if (y1 < top and y2 < top) or (y1 > bottom and y2 > bottom):
                continue
            total += _clipped_length(x1, y1, x2, y2, rect) * LINE_COST
        return total


def place_badges(
    node_items: Iterable[NodeItem], tie_items: Iterable[TieItem], badges: list[Placeable], words: Iterable[Rect] = ()
) -> None:
    """Put each badge by what it marks where it covers least (people, names, tie marks and lines, and
    the ring and sector names in ``words``); people's badges first, then the largest."""
    obstacles = Obstacles()
    for box in words:
        obstacles.add_box(box, LABEL_WEIGHT)
    for node in node_items:
        obstacles.add_box(_rect(node.sceneBoundingRect()), NODE_WEIGHT, node)
        if node.label_halo.isVisible():
            obstacles.add_box(_rect(node.label_halo.sceneBoundingRect()), LABEL_WEIGHT)
    for tie in tie_items:
        obstacles.add_box(_rect(tie.mark_rect), owner=tie)  # its letter, where the layout slid it
        points = tie.path_points
        for start, end in itertools.pairwise(points):
            obstacles.add_line(start, end, tie)

    def order(badge: Placeable) -> tuple[bool, float]:
        width, height = badge.size()
        return not isinstance(badge.target, NodeItem), -width * height

    for badge in sorted(badges, key=order):
        width, height = badge.size()
        best: tuple[float, Point, Point | None] | None = None
        for centre, anchor, cost in _spots(badge.target, width, height):
            rect = (centre[0] - width / 2, centre[1] - height / 2, centre[0] + width / 2, centre[1] + height / 2)
            covered = obstacles.cover(rect, badge.target)
            if best is None or covered + cost < best[0]:
                best = (covered + cost, centre, anchor)
            if covered == 0:
                break  # the places come cheapest first: none after this one is better
        assert best is not None
        badge.place_at(best[1], best[2])
        x, y = best[1]
        half_width, half_height = width / 2 + BADGE_MARGIN, height / 2 + BADGE_MARGIN
        obstacles.add_box((x - half_width, y - half_height, x + half_width, y + half_height), BADGE_WEIGHT)


def _spots(target: object, width: float, height: float) -> Iterator[tuple[Point, Point | None, float]]:
    """Where a badge of this size may sit (around a person, or along a tie), cheapest first:
    each place's centre, the point a leader line goes to (if one is needed), and its cost."""
    if isinstance(target, NodeItem):
        x, y, radius = target.pos().x(), target.pos().y(), target.radius
        beside = (
            (0, -radius - height / 2 - 2),
            (radius + width / 2 + 2, -radius / 2),
            (-radius - width / 2 - 2, -radius / 2),
            (radius + width / 2 + 2, radius / 2),
            (-radius - width / 2 - 2, radius / 2),
            (0, -radius - height * 1.5 - 4),
        )
        for number, (dx, dy) in enumerate(beside):
            yield (x + dx, y + dy), None, 40.0 * number * _scale(width, height)
        return
    assert isinstance(target, TieItem)
    points = target.path_points
    if math.hypot(*points[-1]) < math.hypot(*points[0]):
        points = tuple(reversed(points))  # ties crowd together near the client: prefer the outer part
    route = Route(points)
    length = route.length
    if length < 1:
        yield points[0], None, 0.0
        return

    def along(spot: float) -> tuple[Point, Point]:
        """The point ``spot`` of the way along the tie (it may be bent), and the way across it there."""
        dx, dy = route.direction(spot * length)
        return route.at(spot * length), (-dy, dx)

    for spot in TIE_SPOTS:
        yield along(spot)[0], None, 0.0
    for gap, usual_cost in SIDE_GAPS:
        cost = usual_cost * _scale(width, height)
        for spot in TIE_SPOTS:
            anchor, across = along(spot)
            reach = abs(across[0]) * width / 2 + abs(across[1]) * height / 2
            for side in (1.0, -1.0):
                off = side * (reach + gap)
                yield (anchor[0] + across[0] * off, anchor[1] + across[1] * off), anchor, cost


def _rect(box: QRectF) -> Rect:
    return box.left(), box.top(), box.right(), box.bottom()


def _scale(width: float, height: float) -> float:
    """Moving a small badge away costs less, but not so little that it flies far off for a corner."""
    return min(1.0, max(0.6, width * height / USUAL_AREA))


def _cells(rect: Rect) -> list[tuple[int, int]]:
    left, top = int(rect[0] // CELL), int(rect[1] // CELL)
    right, bottom = int(rect[2] // CELL), int(rect[3] // CELL)
    return [(x, y) for x in range(left, right + 1) for y in range(top, bottom + 1)]


def _clipped_length(x1: float, y1: float, x2: float, y2: float, rect: Rect) -> float:
    """How much of the segment lies inside ``rect`` (Liang–Barsky clipping)."""
    dx, dy = x2 - x1, y2 - y1
    low, high = 0.0, 1.0
    for p, q in ((-dx, x1 - rect[0]), (dx, rect[2] - x1), (-dy, y1 - rect[1]), (dy, rect[3] - y1)):
        if p == 0:
            if q < 0:
                return 0.0
            continue
        ratio = q / p
        if p < 0:
            if ratio > high:
                return 0.0
            if ratio > low:
                low = ratio
        else:
            if ratio < low:
                return 0.0
            if ratio < high:
                high = ratio
    return (high - low) * math.hypot(dx, dy) if high > low else 0.0
