"""Where a label may sit around its node: places all round it, the side facing away from the client first."""

import functools
import math

from ecomap.model.boxes import Box, Point, box_around
from ecomap.model.notation import LABEL_GAP

DIRECTIONS = 16
"""Labels are tried at this many directions around their node."""


def preferred_direction(centre: Point) -> float:
    """The direction (radians, screen y down) facing away from the client at (0, 0); straight
    down for a node at the centre."""
    x, y = centre
    if math.hypot(x, y) < 1e-6:
        return math.pi / 2
    return math.atan2(y, x)


def label_boxes(centre: Point, radius: float, half_width: float, half_height: float) -> list[Box]:
    """The boxes a label of the given half size may take around a node of ``radius`` at
    ``centre``, each just clear of the node, in order of preference."""
    x, y = centre
    return [
        box_around((x + dx, y + dy), half_width, half_height)
        for dx, dy in _offsets(radius, half_width, half_height, _first_direction(centre))
    ]


def _first_direction(centre: Point) -> int:
    """The index of the direction nearest to facing away from the client."""
    step = 2 * math.pi / DIRECTIONS
    return round(preferred_direction(centre) / step) % DIRECTIONS


@functools.lru_cache(maxsize=4096)
def _offsets(radius: float, half_width: float, half_height: float, first: int) -> tuple[Point, ...]:
    order = [first]
    for turn in range(1, DIRECTIONS // 2 + 1):
        order += [(first + turn) % DIRECTIONS, (first - turn) % DIRECTIONS]
    offsets = []
    for index in dict.fromkeys(order):
        angle = 2 * math.pi * index / DIRECTIONS
        ux, uy = math.cos(angle), math.sin(angle)
        distance = touching_distance(abs(ux), abs(uy), half_width, half_height, radius + LABEL_GAP)
        offsets.append((ux * distance, uy * distance))
    return tuple(offsets)


def touching_distance(ux: float, uy: float, half_width: float, half_height: float, reach: float) -> float:
    """How far along the direction (``ux``, ``uy`` >= 0, a unit vector) a box's centre must go
    for the box's nearest point to be ``reach`` from where it started."""
    candidates = []
    if ux > 1e-9:
        distance = (reach + half_width) / ux
        if uy * distance - half_height <= 1e-9:
            candidates.append(distance)
    if uy > 1e-9:
        distance = (reach + half_height) / uy
        if ux * distance - half_width <= 1e-9:
            candidates.append(distance)
    if candidates:
        return min(candidates)
    # The nearest point is the box's corner: (ux d - hw)^2 + (uy d - hh)^2 = reach^2.
    b = ux * half_width + uy * half_height
    c = half_width * half_width + half_height * half_height - reach * reach
    return b + math.sqrt(max(b * b - c, 0.0))
