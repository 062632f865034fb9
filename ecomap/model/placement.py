"""Where a person goes when Ecomap places them: a free spot in their domain's sector and ring band (design §17).

A new person typed in, a person whose domain or tie to the client changed,
a person imported without a position: each goes to the free spot nearest
the middle of their sector and band (or nearest where the user pointed, if
that is in it), clear of everyone and everything already drawn, never on top
of someone. Where the band has no room, the rings grow, everyone moving out
with them so that closeness still reads the same, until it has.
"""

import math
from dataclasses import dataclass, replace

from ecomap.model.elements import Node, Tie
from ecomap.model.geometry import DOMAIN_SECTORS, polar_to_scene, sector_of
from ecomap.model.legibility import band_of, in_band, measure
from ecomap.model.map_layout import layout_map, shortens_labels
from ecomap.model.map_text import label_text
from ecomap.model.network import EcoMap
from ecomap.model.rules import MAX_RING_SCALE
from ecomap.model.spot_search import grid, is_open, reach, scene_points, settle

Point = tuple[float, float]

GROWTH = 1.1
"""Each time a band has no room, the rings grow by this much."""
TRIES = 40
"""Spots tried (nearest the ideal first) before the rings grow."""
CHECKS = 6
"""Spots found free that are checked against the whole map as drawn (a new person can move
others' labels) before the rings grow."""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the person goes, and, if the rings had to grow, their new size and where everyone
    else moved to with them."""

    position: Point
    ring_scale: float
    moves: dict[str, Point]


def belongs(ecomap: EcoMap, node: Node) -> bool:
    """Whether ``node`` sits where the map says it belongs: in its domain's sector and ring band."""
    return node.is_client or (sector_of(node.x, node.y) is node.domain and in_band(ecomap, node))


def place_person(ecomap: EcoMap, node_id: str, text_scale: float = 1.0, *, near: Point | None = None) -> Placement:
    """A free spot for ``node_id`` (already on ``ecomap``; where it is now does not matter) with
    everyone else where they are, growing the rings if its band has no room."""
    node = ecomap.node(node_id)
    if node.is_client:
        return Placement((0.0, 0.0), ecomap.ring_scale, {})
    others = ecomap.copy()
    others.remove_node(node_id)
    band = band_of(ecomap, node_id)
    text = label_text(node, text_scale, shorten=shortens_labels(ecomap))
    ties = ecomap.ties_of(node_id)
    baseline = measure(others, layout_map(others, text_scale)).problems
    factor = 1.0
    while True:
        scale = ecomap.ring_scale * factor
        grown = _grown(others, factor)
        layout = layout_map(grown, text_scale)
        inner, outer = reach(node.kind, band, scale)
        ideal = _ideal(node, inner, outer, near, factor)
        spots = scene_points(*grid(node.domain, node.kind, inner, outer, ideal))
        checked = 0
        for straight in (True, False):
            clearance = layout.clearance()
            tried = 0
            for spot in spots:
                if not is_open(clearance, spot, node):
                    continue
                trial, shapes = clearance.branch(), dict(layout.node_shapes)
                if settle(node, spot, ties, text, trial, shapes, client_id=ecomap.client.id, straight=straight):
                    checked += 1
                    if _reads_as_well(grown, node, ties, spot, text_scale, baseline):
                        moves = {other.id: (other.x, other.y) for other in grown.nodes} if factor > 1 else {}
                        return Placement(spot, scale, moves)
                    if checked == CHECKS:
                        break
                tried += 1
                if tried == TRIES:
                    break
        if scale * GROWTH > MAX_RING_SCALE:
            moves = {other.id: (other.x, other.y) for other in grown.nodes} if factor > 1 else {}
            return Placement(ideal, scale, moves)
        factor *= GROWTH


def _grown(ecomap: EcoMap, factor: float) -> EcoMap:
    """``ecomap`` with its rings ``factor`` times larger and everyone moved out with them."""
    if factor == 1.0:
        return ecomap
    grown = ecomap.copy()
    grown.set_ring_scale(ecomap.ring_scale * factor)
    for other in ecomap.nodes:
        grown.move_node(other.id, other.x * factor, other.y * factor)
    return grown


def _ideal(node: Node, inner: float, outer: float, near: Point | None, factor: float) -> Point:
    """Where to look first: where the user pointed if that is in the person's sector and band,
    otherwise the middle of both."""
    if near is not None:
        x, y = near[0] * factor, near[1] * factor
        if sector_of(x, y) is node.domain and inner <= math.hypot(x, y) <= outer:
            return (x, y)
    start, end = DOMAIN_SECTORS[node.domain]
    return polar_to_scene((start + end) / 2, (inner + outer) / 2)


def _reads_as_well(others: EcoMap, node: Node, ties: list[Tie], spot: Point, text_scale: float, baseline: int) -> bool:
    """Whether the map with the person at ``spot`` has no more problems than it had without them."""
    trial = others.copy()
    trial.add_node(replace(node, x=spot[0], y=spot[1]))
    for tie in ties:
        trial.add_tie(tie)
    return measure(trial, layout_map(trial, text_scale)).problems <= baseline
