"""Where things sit on the map: closeness rings and domain sectors, in scene units.

The client is at (0, 0); y grows downwards; angles are degrees counter-clockwise
from the positive x-axis as seen on screen (so 90 is straight up). The canvas,
the PDF and the importers all read these numbers.
"""

import math
from dataclasses import dataclass

from ecomap.model.enums import Domain, Flow, Kind, Strength
from ecomap.model.notation import ARROW_HALF_WIDTH, ARROW_LENGTH, HATCH_HALF_LENGTH, HATCH_SPACING, NODE_RADII

RING_RADII: tuple[float, float, float] = (120.0, 240.0, 360.0)
"""The three closeness rings: close, middle and outer."""

EASYNWK_SCALE = RING_RADII[2] / 100.0
"""easyNWK distances run 0..100 to its outer horizon; ours reaches the outer ring."""

_SECTOR_ORDER = (
    Domain.FAMILY,
    Domain.FRIENDS,
    Domain.COMMUNITY,
    Domain.WORK_EDUCATION,
    Domain.SERVICES,
    Domain.JUSTICE,
    Domain.OTHER,
)
_SECTOR_WIDTH = 360.0 / len(_SECTOR_ORDER)

DOMAIN_SECTORS: dict[Domain, tuple[float, float]] = {
    domain: (i * _SECTOR_WIDTH, (i + 1) * _SECTOR_WIDTH) for i, domain in enumerate(_SECTOR_ORDER)
}
"""Start and end angle of each domain's sector: family upper right, as in easyNWK."""

STRENGTH_RADIUS: dict[Strength | None, float] = {
    Strength.STRONG: RING_RADII[0] * 0.75,
    Strength.MODERATE: (RING_RADII[0] + RING_RADII[1]) / 2,
    Strength.TENUOUS: (RING_RADII[1] + RING_RADII[2]) / 2,
    None: RING_RADII[2],
}
"""Distance from the client at which a node is placed, by its tie to the client."""


def polar_to_scene(angle_degrees: float, distance: float) -> tuple[float, float]:
    """Scene coordinates of a point at ``angle_degrees`` and ``distance`` from the client."""
    radians = math.radians(angle_degrees)
    return distance * math.cos(radians), -distance * math.sin(radians)


Point = tuple[float, float]

MARK_CLEARANCE = 11.0
"""Half the length of line left free of hatching around the capital mark."""


@dataclass(frozen=True, slots=True)
class TieGeometry:
    """Everything needed to draw a tie, for the canvas and the PDF alike.

    ``start`` and ``end`` are where the line is stroked (at the node edges,
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


def node_radius(kind: Kind) -> float:
    return NODE_RADII[kind]


def tie_geometry(
    source: Point,
    source_radius: float,
    target: Point,
    target_radius: float,
    *,
    stressful: bool,
    flow: Flow,
) -> TieGeometry:
    """The drawing of a tie between two nodes at ``source`` and ``target``."""
    (x1, y1), (x2, y2) = source, target
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    middle = ((x1 + x2) / 2, (y1 + y2) / 2)
    if length <= source_radius + target_radius + 1.0:
        return TieGeometry(middle, middle, (), (), middle, False)
    ux, uy = dx / length, dy / length
    nx_, ny_ = -uy, ux

    def at(distance: float) -> Point:
        return (x1 + ux * distance, y1 + uy * distance)

    begin, finish = source_radius, length - target_radius
    arrows = []
    line_begin, line_finish = begin, finish
    if flow in (Flow.TO_TARGET, Flow.BOTH):
        arrows.append(_arrow(at(finish), -ux, -uy, nx_, ny_))
        line_finish = finish - ARROW_LENGTH * 0.8
    if flow in (Flow.TO_SOURCE, Flow.BOTH):
        arrows.append(_arrow(at(begin), ux, uy, nx_, ny_))
        line_begin = begin + ARROW_LENGTH * 0.8
    hatches: list[tuple[Point, Point]] = []
    if stressful:
        first = begin + ARROW_LENGTH + HATCH_SPACING / 2
        last = finish - ARROW_LENGTH - HATCH_SPACING / 2
        centre = length / 2
        position = first
        while position <= last:
            if abs(position - centre) > MARK_CLEARANCE:
                px, py = at(position)
                hatches.append(
                    (
                        (px + nx_ * HATCH_HALF_LENGTH, py + ny_ * HATCH_HALF_LENGTH),
                        (px - nx_ * HATCH_HALF_LENGTH, py - ny_ * HATCH_HALF_LENGTH),
                    )
                )
            position += HATCH_SPACING
    return TieGeometry(at(line_begin), at(line_finish), tuple(arrows), tuple(hatches), middle, True)


def _arrow(tip: Point, back_x: float, back_y: float, nx_: float, ny_: float) -> tuple[Point, Point, Point]:
    bx, by = tip[0] + back_x * ARROW_LENGTH, tip[1] + back_y * ARROW_LENGTH
    return (
        tip,
        (bx + nx_ * ARROW_HALF_WIDTH, by + ny_ * ARROW_HALF_WIDTH),
        (bx - nx_ * ARROW_HALF_WIDTH, by - ny_ * ARROW_HALF_WIDTH),
    )


def sector_of(x: float, y: float) -> Domain:
    """The domain whose sector holds the point (x, y)."""
    angle = math.degrees(math.atan2(-y, x)) % 360.0
    for domain, (start, end) in DOMAIN_SECTORS.items():
        if start <= angle < end:
            return domain
    return Domain.OTHER
