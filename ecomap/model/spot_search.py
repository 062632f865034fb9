"""Finding a free spot for one person: where in their sector and band to look, and whether a spot has room.

A spot has room when the person keeps clear of everyone and everything
already placed, their ties to those placed run clear (straight, or bent round
someone) with a free place for each tie's mark, and their label finds a clear
side: all decided exactly as :func:`~ecomap.model.map_layout.layout_map`
will draw it. Auto-arrange asks this of each person in turn; placing a new
person asks it once, against the map as it is drawn.
"""

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from ecomap.model.clearance import TIE_CLEARANCE, Clearance, NodeShape
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Domain, Kind
from ecomap.model.geometry import DOMAIN_SECTORS, ring_radii
from ecomap.model.map_layout import commit_label, commit_tie, place_label, place_tie, tie_route
from ecomap.model.map_text import LabelText
from ecomap.model.notation import NODE_RADII

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Array = NDArray[np.float64]

SPACING = 10.0
"""Two people keep at least this much room between their edges."""
RING_MARGIN = 4.0
"""A person's edge keeps this far inside the rings that bound their band."""
CLIENT_ROOM = 24.0
"""Room between the client's circle and the nearest person: enough for a tie's mark."""
SPOT_STEP = 11.0
"""Free spots are looked for on a polar grid about this far apart."""

Point = tuple[float, float]


def reach(kind: Kind, band: int, scale: float) -> tuple[float, float]:
    """The distances from the client that the centre of a person of ``kind`` in ``band``
    (0 close, 1 middle, 2 outer) may take when the rings are ``scale`` times their standard size."""
    radius = NODE_RADII[kind]
    rings = ring_radii(scale)
    inner = rings[band - 1] + radius + RING_MARGIN if band else 0.0
    inner = max(inner, NODE_RADII[Kind.CLIENT] + CLIENT_ROOM + radius)
    return inner, max(rings[band] - radius - RING_MARGIN, inner)


def grid(domain: Domain, kind: Kind, inner: float, outer: float, ideal: Point) -> tuple["Array", "Array"]:
    """The spots of a polar grid inside ``domain``'s sector (the whole person inside its lines)
    between ``inner`` and ``outer``, nearest ``ideal`` first: their angles (radians) and distances."""
    import numpy as np

    start, end = DOMAIN_SECTORS[domain]
    radius = NODE_RADII[kind]
    rings = max(1, math.ceil((outer - inner) / SPOT_STEP))
    angles, distances = [], []
    for ring in range(rings + 1):
        distance = inner + (outer - inner) * ring / rings
        margin = math.degrees(math.asin(min(1.0, (radius + 2) / max(distance, 1.0))))
        low, high = start + margin, end - margin
        if high < low:
            continue
        steps = max(1, math.ceil(math.radians(high - low) * distance / SPOT_STEP))
        angles.append(np.radians(np.linspace(low, high, steps + 1)))
        distances.append(np.full(steps + 1, distance))
    if not angles:
        return np.zeros(0), np.zeros(0)
    all_angles, all_distances = np.concatenate(angles), np.concatenate(distances)
    xs, ys = all_distances * np.cos(all_angles), -all_distances * np.sin(all_angles)
    order = np.argsort((xs - ideal[0]) ** 2 + (ys - ideal[1]) ** 2, kind="stable")
    return all_angles[order], all_distances[order]


def scene_points(angles: "Array", distances: "Array") -> list[Point]:
    import numpy as np

    xs, ys = distances * np.cos(angles), -distances * np.sin(angles)
    return list(zip(xs.tolist(), ys.tolist(), strict=True))


def is_open(clearance: Clearance, spot: Point, node: Node) -> bool:
    """Whether the person alone fits at ``spot``: clear of everyone, every label, mark and heading,
    and of every tie already drawn."""
    radius = NODE_RADII[node.kind]
    return clearance.disc_is_clear(spot, radius, SPACING) and not clearance.segment_through(
        spot, radius, node.id, TIE_CLEARANCE + 2
    )


def settle(
    node: Node,
    spot: Point,
    ties: list[Tie],
    text: LabelText,
    clearance: Clearance,
    shapes: dict[str, NodeShape],
    *,
    client_id: str,
    straight: bool = True,
    forced: bool = False,
) -> bool:
    """Put ``node`` at ``spot`` if its ``ties`` (to people in ``shapes``) and its label find room
    there as the layout will draw them; ``straight``: its tie to the client may not bend. Tried on a
    copy of ``clearance`` first, so a refusal leaves no trace; on success everything is added.
    ``forced``: put them there anyway, their ties and label where they cover least."""
    node = replace(node, x=spot[0], y=spot[1])
    shape = NodeShape.of(node.id, node.kind, spot)
    trial = clearance.branch()
    trial.add_node(shape)
    placed_ties = []
    for tie in ties:
        other = shapes[tie.other_end(node.id)]
        source, target = (shape, other) if tie.source == node.id else (other, shape)
        route = tie_route(source, target, trial, straight_only=straight and client_id in tie.pair and not forced)
        if route is None:
            if not forced:
                return False
            route = (source.centre, target.centre)
        placed = place_tie(tie, route, source.radius, target.radius, trial, strict=not forced)
        if placed is None:
            return False
        commit_tie(placed, tie, trial)
        placed_ties.append((placed, tie))
    label = place_label(node, text, trial, strict=not forced)
    if label is None:
        return False
    clearance.add_node(shape)
    for placed, tie in placed_ties:
        commit_tie(placed, tie, clearance)
    commit_label(label, clearance)
    shapes[node.id] = shape
    return True
