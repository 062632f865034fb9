"""How a tie is drawn along its path: the stroked line, arrowheads, stress hatching and where its mark sits.

A tie's *route* runs from the centre of one node to the centre of the other:
two points for a straight tie, or a curve (as points close together) for a
tie bent around someone in its way. Everything here is measured along the
route, so a bent tie gets the same arrowheads, hatching and mark as a
straight one. The canvas, pictures and the PDF all draw from this.
"""

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from ecomap.model.enums import Flow
from ecomap.model.notation import ARROW_HALF_WIDTH, ARROW_LENGTH, HATCH_HALF_LENGTH, HATCH_SPACING

Point = tuple[float, float]

MARK_CLEARANCE = 11.0
"""Half the length of line left free of hatching around the capital mark."""
CURVE_STEPS = 16
"""A bent tie is drawn as this many short straight pieces."""


@dataclass(frozen=True, slots=True)
class TieGeometry:
    """Everything needed to draw a tie, for the canvas and the PDF alike.

    ``path`` is the stroked line, from ``start`` to ``end`` (at the node edges,
    pulled back where an arrowhead sits); ``arrows`` are filled triangles
    (tip, one corner, the other); ``hatches`` the stress cross-strokes;
    ``middle`` is where the capital mark goes.
    """

    start: Point
    end: Point
    arrows: tuple[tuple[Point, Point, Point], ...]
    hatches: tuple[tuple[Point, Point], ...]
    middle: Point
    visible: bool
    path: tuple[Point, ...] = ()


class Route:
    """A polyline measured along its length: points and directions at any distance from its start."""

    def __init__(self, points: Sequence[Point]) -> None:
        self.points = tuple(points)
        self.lengths = [0.0]
        for a, b in itertools.pairwise(self.points):
            self.lengths.append(self.lengths[-1] + math.dist(a, b))

    @property
    def length(self) -> float:
        return self.lengths[-1]

    def _segment(self, distance: float) -> int:
        lengths = self.lengths
        for index in range(1, len(lengths)):
            if distance <= lengths[index]:
                return index - 1
        return len(lengths) - 2

    def at(self, distance: float) -> Point:
        index = self._segment(distance)
        (x1, y1), (x2, y2) = self.points[index], self.points[index + 1]
        piece = self.lengths[index + 1] - self.lengths[index]
        share = 0.0 if piece <= 0 else (distance - self.lengths[index]) / piece
        return (x1 + (x2 - x1) * share, y1 + (y2 - y1) * share)

    def direction(self, distance: float) -> Point:
        """The unit direction of travel at ``distance``."""
        index = self._segment(distance)
        (x1, y1), (x2, y2) = self.points[index], self.points[index + 1]
        piece = math.hypot(x2 - x1, y2 - y1) or 1.0
        return ((x2 - x1) / piece, (y2 - y1) / piece)

    def between(self, begin: float, finish: float) -> tuple[Point, ...]:
        """The part of the route from ``begin`` to ``finish`` (distances along it)."""
        inner = [point for point, distance in zip(self.points, self.lengths, strict=True) if begin < distance < finish]
        return (self.at(begin), *inner, self.at(finish))


def curved_route(source: Point, target: Point, bend: float) -> tuple[Point, ...]:
    """A gentle curve from ``source`` to ``target`` whose middle stands ``bend`` units off the
    straight line: a positive bend bows it to the right of the way from source to target as
    seen on screen (y down), a negative one to the left."""
    (x1, y1), (x2, y2) = source, target
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    normal = (-(y2 - y1) / length, (x2 - x1) / length)
    # A quadratic Bézier's middle lies half way between the chord's middle and its control point.
    control = ((x1 + x2) / 2 + normal[0] * 2 * bend, (y1 + y2) / 2 + normal[1] * 2 * bend)
    points = []
    for step in range(CURVE_STEPS + 1):
        t = step / CURVE_STEPS
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
        points.append((a * x1 + b * control[0] + c * x2, a * y1 + b * control[1] + c * y2))
    return tuple(points)


def route_geometry(
    route: Sequence[Point],
    source_radius: float,
    target_radius: float,
    *,
    stressful: bool,
    flow: Flow,
    mark_at: float | None = None,
) -> TieGeometry:
    """The drawing of a tie along ``route`` (centre to centre); the mark ``mark_at`` units from
    the source's centre along it (default: half way)."""
    measured = Route(route)
    length = measured.length
    mark = length / 2 if mark_at is None else mark_at
    middle = measured.at(mark)
    if length <= source_radius + target_radius + 1.0:
        return TieGeometry(middle, middle, (), (), middle, False, (middle, middle))
    begin, finish = source_radius, length - target_radius
    arrows = []
    line_begin, line_finish = begin, finish
    if flow in (Flow.TO_TARGET, Flow.BOTH):
        ux, uy = measured.direction(finish)
        arrows.append(_arrow(measured.at(finish), -ux, -uy, -uy, ux))
        line_finish = finish - ARROW_LENGTH * 0.8
    if flow in (Flow.TO_SOURCE, Flow.BOTH):
        ux, uy = measured.direction(begin)
        arrows.append(_arrow(measured.at(begin), ux, uy, -uy, ux))
        line_begin = begin + ARROW_LENGTH * 0.8
    hatches: list[tuple[Point, Point]] = []
    if stressful:
        position = begin + ARROW_LENGTH + HATCH_SPACING / 2
        last = finish - ARROW_LENGTH - HATCH_SPACING / 2
        while position <= last:
            if abs(position - mark) > MARK_CLEARANCE:
                px, py = measured.at(position)
                ux, uy = measured.direction(position)
                nx_, ny_ = -uy * HATCH_HALF_LENGTH, ux * HATCH_HALF_LENGTH
                hatches.append(((px + nx_, py + ny_), (px - nx_, py - ny_)))
            position += HATCH_SPACING
    path = measured.between(line_begin, line_finish)
    return TieGeometry(path[0], path[-1], tuple(arrows), tuple(hatches), middle, True, path)


def _arrow(tip: Point, back_x: float, back_y: float, nx_: float, ny_: float) -> tuple[Point, Point, Point]:
    bx, by = tip[0] + back_x * ARROW_LENGTH, tip[1] + back_y * ARROW_LENGTH
    return (
        tip,
        (bx + nx_ * ARROW_HALF_WIDTH, by + ny_ * ARROW_HALF_WIDTH),
        (bx - nx_ * ARROW_HALF_WIDTH, by - ny_ * ARROW_HALF_WIDTH),
    )
