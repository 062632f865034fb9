"""Auto-arrange: lay a whole map out again so that it reads at a glance (design §17).

Every person goes into their domain's sector and the ring band their tie to
the client says, with their label on a clear side, no one on anyone's tie to
the client, and room around them. People are placed one at a time, in the
order their labels will be placed in (:func:`~ecomap.model.map_layout.label_order`),
each at the free spot nearest to where they would ideally be: spread evenly
across their sector and band, next to the people they are tied to. Then the
map is laid out as every view will draw it and measured (:mod:`ecomap.model.legibility`);
if anything still overlaps (a tie's mark with nowhere to go, a tie with no
way round someone), or someone found no free spot, the rings grow and the
whole map is placed again. The same map at the same text size always gets
the same arrangement.
"""

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ecomap.model.clearance import TIE_CLEARANCE, Clearance, NodeShape
from ecomap.model.elements import Node
from ecomap.model.enums import Domain
from ecomap.model.geometry import DOMAIN_SECTORS, polar_to_scene, ring_radii
from ecomap.model.legibility import Legibility, band_of, measure
from ecomap.model.map_layout import (
    commit_label,
    heading_obstacles,
    label_order,
    layout_map,
    place_label,
    shortens_labels,
    ties_by_step,
)
from ecomap.model.map_text import label_half_extent, label_text
from ecomap.model.network import EcoMap
from ecomap.model.notation import NODE_RADII
from ecomap.model.rules import MAX_RING_SCALE
from ecomap.model.spot_search import CLIENT_ROOM, SPACING, grid, is_open, reach, scene_points, settle

GROWTH = 1.12
"""Each time a map does not fit, its rings grow by this much."""
FILL = 1.0
"""The share of a band's room people and their labels could fill at best (so the rings start no
larger than they must be)."""
SHADOW_MARGIN = 1.5
"""A spot counts as behind someone (from the client) a little before a tie would touch them."""
CAREFUL_UP_TO = 60
"""Maps of up to this many nodes (the largest design §17 holds to every rule) are arranged until
nothing overlaps, however much the rings must grow."""
LARGE_MAP_ROOM = 1.2
LARGE_MAP_GROWTH = 1.3
LARGE_MAP_TRIES = 3
"""A larger map starts with a little more room than it needs on paper and gets this many tries."""
TRIES = 15
"""The free spots nearest the ideal that are tried for room for a person's label and ties; if
none has it, the rings grow (further spots would be far from where the person belongs anyway)."""

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Array = NDArray[np.float64]

Progress = Callable[[int, int], bool]
"""Called with (people placed, people in all); returns False to stop."""


class Cancelled(Exception):
    """The caller's progress function asked to stop."""


@dataclass(frozen=True, slots=True)
class Arrangement:
    """Where Auto-arrange puts everyone, the size of the rings it needs, and how the result reads."""

    positions: dict[str, tuple[float, float]]
    ring_scale: float
    legibility: Legibility

    def apply_to(self, ecomap: EcoMap) -> EcoMap:
        """A copy of ``ecomap`` with this arrangement."""
        arranged = ecomap.copy()
        arranged.set_ring_scale(self.ring_scale)
        for node_id, (x, y) in self.positions.items():
            arranged.move_node(node_id, x, y)
        return arranged


def arrange(ecomap: EcoMap, text_scale: float = 1.0, *, progress: Progress | None = None) -> Arrangement:
    """The arrangement of ``ecomap`` at ``text_scale``.

    A map of up to :data:`CAREFUL_UP_TO` nodes gets the smallest rings at which everyone fits
    without an overlap (growing them as often as it takes). A larger map, which design §17 no
    longer holds to every rule, gets a few tries at growing rings, the last one placing anyone
    who finds no free spot at the best spot there is, so that its time stays in proportion.
    """
    plan = Plan(ecomap, text_scale)
    careful = len(ecomap.nodes) <= CAREFUL_UP_TO
    scale = plan.starting_scale() * (1.0 if careful else LARGE_MAP_ROOM)
    best: Arrangement | None = None
    attempts = 0
    while True:
        last = scale >= MAX_RING_SCALE or (not careful and attempts == LARGE_MAP_TRIES - 1)
        positions = plan.place(scale, progress, attempts, forgiving=last)
        attempts += 1
        if positions is not None:
            trial = Arrangement(positions, scale, Legibility())
            arranged = trial.apply_to(ecomap)
            result = Arrangement(positions, scale, measure(arranged, layout_map(arranged, text_scale)))
            if result.legibility.problems == 0:
                return result
            if best is None or result.legibility.problems < best.legibility.problems:
                best = result
        if last:
            break
        scale = min(scale * (GROWTH if careful else LARGE_MAP_GROWTH), MAX_RING_SCALE)
    assert best is not None  # the last try forgives, so it always places everyone
    return best


class Plan:
    """What arranging a map needs to know of it: who goes in which sector and band, in what order,
    where ideally, and how big each one's label is."""

    def __init__(self, ecomap: EcoMap, text_scale: float) -> None:
        self.map = ecomap
        self.text_scale = text_scale
        self.client = ecomap.client
        self.order = label_order(ecomap)
        self.steps = ties_by_step(ecomap, self.order)
        shorten = shortens_labels(ecomap)
        self.labels = {node.id: label_text(node, text_scale, shorten=shorten) for node in ecomap.nodes}
        self.band = {node.id: band_of(ecomap, node.id) for node in ecomap.nodes if not node.is_client}
        self.slots = self._slots()

    def tied_to_client(self, node_id: str) -> bool:
        return self.map.tie_between(self.client.id, node_id) is not None

    def _slots(self) -> dict[str, tuple[float, int, int]]:
        """Each person's share of their sector and band: (lean, place, of how many), the order
        following whom they are tied to, so that ties between sectors stay short."""
        groups: dict[tuple[Domain, int], list[Node]] = defaultdict(list)
        for node in self.order[1:]:
            groups[(node.domain, self.band[node.id])].append(node)
        slots = {}
        for (domain, _band), members in groups.items():
            leans = {node.id: self._lean(node, domain) for node in members}
            ordered = sorted(members, key=lambda node: leans[node.id])
            for place, node in enumerate(ordered):
                slots[node.id] = (leans[node.id], place, len(ordered))
        return slots

    def _lean(self, node: Node, domain: Domain) -> float:
        """Which way (degrees from the middle of its sector) a person's ties to others pull it."""
        middle = sum(DOMAIN_SECTORS[domain]) / 2
        pulls = []
        for tie in self.map.ties_of(node.id):
            other = self.map.node(tie.other_end(node.id))
            if other.is_client:
                continue
            towards = sum(DOMAIN_SECTORS[other.domain]) / 2
            pulls.append((towards - middle + 180.0) % 360.0 - 180.0)
        return sum(pulls) / len(pulls) if pulls else 0.0

    def reach(self, node: Node, scale: float) -> tuple[float, float]:
        """The distances from the client that the person's centre may take at ``scale``."""
        return reach(node.kind, self.band[node.id], scale)

    def ideal(self, node: Node, scale: float) -> tuple[float, float]:
        """Where the person would best go: (angle in degrees, distance)."""
        start, end = DOMAIN_SECTORS[node.domain]
        _lean, place, count = self.slots[node.id]
        inner, outer = self.reach(node, scale)
        depth = 0.5 if count <= 2 else (0.3 if place % 2 else 0.7)
        return start + (end - start) * (place + 0.5) / count, inner + (outer - inner) * depth

    def ideal_positions(self, scale: float) -> dict[str, tuple[float, float]]:
        positions = {self.client.id: (0.0, 0.0)}
        for node in self.order[1:]:
            positions[node.id] = polar_to_scene(*self.ideal(node, scale))
        return positions

    def starting_scale(self) -> float:
        """The smallest ring size at which each band of each sector has room, on paper, for its
        people and their labels."""
        needs: dict[tuple[Domain, int], float] = defaultdict(float)
        for node in self.order[1:]:
            half_width, half_height = label_half_extent(self.labels[node.id])
            radius = NODE_RADII[node.kind]
            around = 2 * radius + SPACING
            needs[(node.domain, self.band[node.id])] += around * around + (2 * half_width + 6) * (2 * half_height + 6)
        scale = 1.0
        while scale < MAX_RING_SCALE and any(
            self._room(domain, band, scale) * FILL < need for (domain, band), need in needs.items()
        ):
            scale *= 1.08
        return min(scale, MAX_RING_SCALE)

    def _room(self, domain: Domain, band: int, scale: float) -> float:
        start, end = DOMAIN_SECTORS[domain]
        rings = ring_radii(scale)
        inner = max(rings[band - 1] if band else 0.0, NODE_RADII[self.client.kind] + CLIENT_ROOM)
        return math.radians(end - start) / 2 * max(rings[band] ** 2 - inner**2, 0.0)

    # -- placing ---------------------------------------------------------------

    def place(
        self, scale: float, progress: Progress | None, attempt: int, *, forgiving: bool = False
    ) -> dict[str, tuple[float, float]] | None:
        """Everyone placed at ``scale``, or None if someone found no free spot (``forgiving``: they
        go to the best spot there is instead, overlaps and all)."""
        clearance = Clearance()
        headings, names = heading_obstacles(scale, self.text_scale, sectors=True)
        for heading in (*headings.values(), *names):
            clearance.add_heading(heading.box, "heading")
        client = self.client
        shapes = {client.id: NodeShape.of(client.id, client.kind, (0.0, 0.0))}
        clearance.add_node(shapes[client.id])
        label = place_label(replace(client, x=0.0, y=0.0), self.labels[client.id], clearance)
        assert label is not None
        commit_label(label, clearance)
        positions = {client.id: (0.0, 0.0)}
        self.rays: list[tuple[float, float, float]] = []
        total = len(self.order) - 1
        for number, node in enumerate(self.order[1:]):
            if progress is not None and not progress(number + attempt * total, total * (attempt + 1)):
                raise Cancelled
            spot = self.free_spot(node, scale, clearance, shapes)
            if spot is None:
                if not forgiving:
                    return None
                spot = self.best_spot(node, scale, clearance, shapes)
            positions[node.id] = spot
        return positions

    def free_spot(
        self, node: Node, scale: float, clearance: Clearance, shapes: dict[str, NodeShape]
    ) -> tuple[float, float] | None:
        """The free spot nearest the person's ideal one, taken: the person, the routes and marks
        of their ties to those placed before, and their label, all added to ``clearance``."""
        tied = self.tied_to_client(node.id)
        angles, distances = grid(
            node.domain, node.kind, *self.reach(node, scale), polar_to_scene(*self.ideal(node, scale))
        )
        spots = scene_points(angles, distances)
        clear_view = self.clear_view(node, angles, distances)
        # A tie to the client bends around someone only where no spot lets it run straight.
        for straight in (True, False) if tied else (True,):
            tried = 0
            for spot, seen in zip(spots, clear_view, strict=True):
                if straight and tied and not seen:
                    continue  # someone stands between this spot and the client
                if not is_open(clearance, spot, node):
                    continue
                ties = self.steps[node.id]
                text = self.labels[node.id]
                if settle(node, spot, ties, text, clearance, shapes, client_id=self.client.id, straight=straight):
                    self._cast_shadow(spot, NODE_RADII[node.kind])
                    return spot
                tried += 1
                if tried == TRIES:
                    break
        return None

    def best_spot(
        self, node: Node, scale: float, clearance: Clearance, shapes: dict[str, NodeShape]
    ) -> tuple[float, float]:
        """For someone with no free spot: the nearest spot to their ideal one where they at least
        overlap no one, or the ideal one, taken as the layout will draw it, overlaps and all."""
        ideal = polar_to_scene(*self.ideal(node, scale))
        angles, distances = grid(node.domain, node.kind, *self.reach(node, scale), ideal)
        spot = next((spot for spot in scene_points(angles, distances) if is_open(clearance, spot, node)), ideal)
        text = self.labels[node.id]
        settle(node, spot, self.steps[node.id], text, clearance, shapes, client_id=self.client.id, forced=True)
        return spot

    def _cast_shadow(self, spot: tuple[float, float], radius: float) -> None:
        """Note who now stands in the way of a straight tie from the client to spots further out."""
        distance = math.hypot(*spot)
        room = radius + TIE_CLEARANCE + SHADOW_MARGIN
        self.rays.append((math.atan2(-spot[1], spot[0]), math.asin(min(1.0, room / distance)), distance - room))

    def clear_view(self, node: Node, angles: "Array", distances: "Array") -> list[bool]:
        """For each spot, whether a straight tie from the client could reach it past those placed."""
        import numpy as np

        seen = np.ones(len(angles), dtype=bool)
        start, end = (math.radians(angle) for angle in DOMAIN_SECTORS[node.domain])
        for towards, half, shade in self.rays:
            if _overlaps_arc(towards, half, start, end):
                turn = np.abs((angles - towards + math.pi) % (2 * math.pi) - math.pi)
                seen &= ~((turn < half) & (distances > shade))
        result: list[bool] = seen.tolist()
        return result


def _overlaps_arc(towards: float, half: float, start: float, end: float) -> bool:
    """Whether the directions within ``half`` of ``towards`` meet the arc from ``start`` to ``end`` (radians)."""
    middle, width = (start + end) / 2, (end - start) / 2
    return abs((towards - middle + math.pi) % (2 * math.pi) - math.pi) < width + half
