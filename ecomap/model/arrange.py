"""Auto-arrange: lay the whole map out again, the client centred and every domain in its sector.

Four steps, all deterministic:

1. every node starts where :func:`~ecomap.model.layout.radial_positions`
   puts it: in its domain's sector, at the ring its tie to the client says;
2. a seeded ``networkx.spring_layout`` (the client fixed at the centre) lets
   connected people draw together (maps of :data:`SPRING_LIMIT` nodes or
   more skip this step);
3. each node goes back into its own domain's sector and its strength's ring
   band, the nodes sharing a sector and band spread evenly across the
   sector in the order the spring left them;
4. nodes closer than :data:`SPACING` times their radii, or whose labels
   would overlap, are pushed apart, and put back into their sector and band,
   in turns, until nothing overlaps or no room is left.

networkx and numpy are imported inside :func:`arrange`: the command line and
the editor's start-up never pay for them.
"""

import math
from collections import defaultdict
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING

from ecomap.model.elements import Node
from ecomap.model.enums import Kind, Strength
from ecomap.model.geometry import DOMAIN_SECTORS, RING_RADII
from ecomap.model.label_lines import label_lines
from ecomap.model.layout import radial_positions
from ecomap.model.network import EcoMap
from ecomap.model.notation import LABEL_FONT_SIZE, LABEL_GAP, LABEL_MAX_WIDTH, NODE_RADII

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Array = NDArray[np.float64]

SPACING = 1.3
"""Two nodes keep their centres at least this times the sum of their radii apart
(2.6 radii for two of a size)."""

LABEL_CHARACTER_WIDTH = 0.62 * LABEL_FONT_SIZE
LABEL_HEIGHT = 1.6 * LABEL_FONT_SIZE
LABEL_CLEARANCE = 6.0
"""Labels are estimated (the model has no fonts) and kept this far apart."""

RING_MARGIN = 10.0
"""A node's centre keeps this far from the ring lines that bound its band."""

SPRING_LENGTH = 70.0
"""The spring layout's ideal distance between nodes, in scene units."""
SPRING_ITERATIONS = 40
PULL = {Strength.STRONG: 1.5, Strength.MODERATE: 1.0, Strength.TENUOUS: 0.6}
CLIENT_PULL = 0.2
SPRING_SEED = 20260112
SPRING_LIMIT = 300
"""Larger maps skip the spring step: its cost grows with the square of the
nodes, and networkx wants scipy from 500 up."""

SEPARATION_ROUNDS = 150
CHECK_EVERY = 5
"""Rounds between redrawing the list of nearby pairs and checking for progress."""
MIN_SPACING_SHARE = 0.3
"""In a room too small for them, pairs may come as close as this share of their spacing."""
BOX_RELAX = 0.75
CIRCLE_RELAX = 0.8
CIRCLE_AFTER = 0.6
"""Crowded pairs give up label room first (by BOX_RELAX a time); their nodes' own
spacing gives way (by CIRCLE_RELAX) once the labels are down to CIRCLE_AFTER."""

BANDS: dict[Strength | None, tuple[float, float]] = {
    Strength.STRONG: (0.0, RING_RADII[0] - RING_MARGIN),
    Strength.MODERATE: (RING_RADII[0] + RING_MARGIN, RING_RADII[1] - RING_MARGIN),
    Strength.TENUOUS: (RING_RADII[1] + RING_MARGIN, RING_RADII[2] - RING_MARGIN),
    None: (RING_RADII[1] + RING_MARGIN, RING_RADII[2] - RING_MARGIN),
}
"""Distances from the client a node's centre may take, by the strength of its tie
to the client (``None``: not tied to the client, so in the outer band)."""


def min_distance(a: Kind, b: Kind) -> float:
    """How close the centres of two nodes of kinds ``a`` and ``b`` may come."""
    return SPACING * (NODE_RADII[a] + NODE_RADII[b])


def band_of(ecomap: EcoMap, node_id: str) -> tuple[float, float]:
    """The distances from the client that ``node_id``'s centre may take."""
    node = ecomap.node(node_id)
    tie = ecomap.tie_between(ecomap.client.id, node_id)
    low, high = BANDS[tie.strength if tie else None]
    return max(low, min_distance(Kind.CLIENT, node.kind)), high


def footprint(node: Node) -> tuple[float, float, float]:
    """Half the width, half the height and the vertical centre (from the node's
    centre) of the box a node and the label beneath it take, estimated."""
    radius = NODE_RADII[node.kind]
    if node.is_client:
        # The canvas writes the client's name inside their circle.
        return radius, radius, 0.0
    lines = label_lines(node.label, lambda text: LABEL_CHARACTER_WIDTH * len(text), LABEL_MAX_WIDTH)
    label_width = max((LABEL_CHARACTER_WIDTH * len(line) for line in lines), default=0.0)
    bottom = radius + (LABEL_GAP + LABEL_HEIGHT * len(lines) if lines else 0.0)
    return max(radius, label_width / 2), (bottom + radius) / 2, (bottom - radius) / 2


def arrange(ecomap: EcoMap) -> dict[str, tuple[float, float]]:
    """New positions for every node of ``ecomap`` (the client at ``(0, 0)``).

    The same map always gives the same positions. Where a sector's band is
    too crowded for every node to keep its distance, the nodes still stay in
    it, sharing the room as evenly as they can.
    """
    client = ecomap.client
    others = [node for node in ecomap.nodes if node.id != client.id]
    positions: dict[str, tuple[float, float]] = {client.id: (0.0, 0.0)}
    if not others:
        return positions
    import numpy as np

    start = radial_positions(ecomap, [node.id for node in others])
    spread = _spring(ecomap, start) if len(others) < SPRING_LIMIT else start
    # The client takes part as a node that cannot move: its room is the centre.
    everyone = [client, *others]
    bands = [(0.0, 0.0), *(band_of(ecomap, node.id) for node in others)]
    sectors = [(0.0, 360.0), *(DOMAIN_SECTORS[node.domain] for node in others)]
    rooms = Rooms(np.array(bands), np.radians(sectors), np.array([NODE_RADII[node.kind] for node in everyone]))
    xy = np.array([(0.0, 0.0), *(spread[node.id] for node in others)], dtype=float)
    bad = ~np.isfinite(xy).all(axis=1)
    xy[bad] = np.array([(0.0, 0.0), *(start[node.id] for node in others)], dtype=float)[bad]
    groups = [(node.domain, band) for node, band in zip(everyone, bands, strict=True)]
    xy = _share_sectors(rooms.confine(xy), rooms, groups)
    xy = _separate(xy, rooms, [footprint(node) for node in everyone])
    for node, (x, y) in zip(others, xy[1:].tolist(), strict=True):
        positions[node.id] = (x + 0.0, y + 0.0)
    return positions


def _spring(ecomap: EcoMap, start: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """``start`` relaxed by a seeded spring layout; ties pull, every node pushes."""
    import networkx as nx

    client_id = ecomap.client.id
    graph = nx.Graph()
    graph.add_node(client_id)
    graph.add_nodes_from(start)
    for tie in ecomap.ties:
        # Ties to the client are already said by the ring; let them pull lightly.
        pull = CLIENT_PULL if client_id in tie.pair else PULL[tie.strength]
        graph.add_edge(tie.source, tie.target, weight=pull)
    laid = nx.spring_layout(
        graph,
        pos={client_id: (0.0, 0.0), **start},
        fixed=[client_id],
        k=SPRING_LENGTH,
        iterations=SPRING_ITERATIONS,
        seed=SPRING_SEED,
        weight="weight",
        method="force",
    )
    return {node_id: (float(x), float(y)) for node_id, (x, y) in laid.items() if node_id != client_id}


class Rooms:
    """Where each node may go: its sector (angles, radians) and its band (distances)."""

    def __init__(self, bands: "Array", sectors: "Array", radii: "Array") -> None:
        self.bands, self.sectors, self.radii = bands, sectors, radii
        self.centre = sectors.mean(axis=1)
        self.half = (sectors[:, 1] - sectors[:, 0]) / 2

    def angle_offsets(self, xy: "Array") -> "Array":
        """Each point's angle from the middle of its sector, in -pi..pi."""
        import numpy as np

        angle = np.arctan2(-xy[:, 1], xy[:, 0])
        offset: Array = (angle - self.centre + math.pi) % (2 * math.pi) - math.pi
        return offset

    def confine(self, xy: "Array") -> "Array":
        """Each point moved to the nearest place inside its sector and band."""
        import numpy as np

        distance = np.clip(np.hypot(xy[:, 0], xy[:, 1]), self.bands[:, 0], self.bands[:, 1])
        # Keep half a node's width clear of the sector lines, as far as the sector allows.
        reach = self.half - np.minimum(0.5 * self.radii / np.maximum(distance, 1.0), self.half * 0.5)
        angle = self.centre + np.clip(self.angle_offsets(xy), -reach, reach)
        return np.stack([distance * np.cos(angle), -distance * np.sin(angle)], axis=1)


def _share_sectors(xy: "Array", rooms: Rooms, groups: Sequence[Hashable]) -> "Array":
    """Nodes sharing a sector and band spread evenly across it, in the order they had,
    alternately nearer its inner and its outer edge."""
    import numpy as np

    members: dict[Hashable, list[int]] = defaultdict(list)
    for index, group in enumerate(groups):
        members[group].append(index)
    offsets = rooms.angle_offsets(xy)
    distance = np.hypot(xy[:, 0], xy[:, 1])
    for indexes in members.values():
        ordered = sorted(indexes, key=lambda i: (offsets[i], i))
        count = len(ordered)
        for slot, index in enumerate(ordered):
            offsets[index] = rooms.half[index] * ((2 * slot + 1) / count - 1)
            if count > 1:
                # In and out by turns, so that neighbours' labels clear each other.
                low, high = rooms.bands[index]
                distance[index] = low + (high - low) * (0.3 if slot % 2 else 0.7)
    angle = rooms.centre + offsets
    return rooms.confine(np.stack([distance * np.cos(angle), -distance * np.sin(angle)], axis=1))


def _separate(xy: "Array", rooms: Rooms, footprints: list[tuple[float, float, float]]) -> "Array":
    """Push apart nodes (and labels) that are too close, and put each back in its room, in turns.

    Only pairs near enough to touch are looked at; the list of them is drawn
    up again every few rounds, and once more before stopping.
    """
    import numpy as np

    count = len(xy)
    if count < 2:
        return xy
    radii = rooms.radii
    half_width, half_height, drop = (np.array(column) for column in zip(*footprints, strict=True))
    reach = np.maximum(SPACING * radii, np.hypot(half_width, half_height + np.abs(drop))) + 20.0
    shares = np.ones((2, count, count))
    worst = np.inf
    pairs = _Pairs(xy, reach, radii, half_width, half_height, drop, shares)
    for round_number in range(SEPARATION_ROUNDS):
        fresh = round_number % CHECK_EVERY == 0
        if fresh and round_number:
            pairs.keep_shares(shares)
            pairs = _Pairs(xy, reach, radii, half_width, half_height, drop, shares)
        depth, move = pairs.pushes(xy)
        if depth.max(initial=0.0) <= 0.5:
            if fresh:
                break
            pairs.keep_shares(shares)
            pairs = _Pairs(xy, reach, radii, half_width, half_height, drop, shares)
            depth, move = pairs.pushes(xy)
            if depth.max(initial=0.0) <= 0.5:
                break
        if round_number % CHECK_EVERY == CHECK_EVERY - 1:
            total = depth.sum()
            if total > worst * 0.9:
                # No longer improving: that room is too small. Ask less of the
                # pairs still too close, so they share it evenly instead of
                # piling into its corners.
                pairs.relax()
                total = np.inf
            worst = total
        xy = rooms.confine(xy + move)
    return xy


class _Pairs:
    """The pairs of nodes near enough to touch, with what each pair needs."""

    def __init__(
        self,
        xy: "Array",
        reach: "Array",
        radii: "Array",
        half_width: "Array",
        half_height: "Array",
        drop: "Array",
        shares: "Array",
    ) -> None:
        import numpy as np

        dx = np.abs(xy[:, 0, None] - xy[None, :, 0])
        dy = np.abs(xy[:, 1, None] - xy[None, :, 1])
        cutoff = reach[:, None] + reach[None, :]
        near = np.triu((dx < cutoff) & (dy < cutoff), 1)
        first, second = np.nonzero(near)
        self.first, self.second, self.count = first, second, len(xy)
        # How much of their spacing each pair is asked for: as circles, and as label boxes.
        self.circle_share = shares[0, first, second]
        self.box_share = shares[1, first, second]
        self.circle_depth = self.box_depth = np.zeros(len(first))
        self.needed = SPACING * (radii[first] + radii[second])
        self.wide = half_width[first] + half_width[second] + LABEL_CLEARANCE
        self.tall = half_height[first] + half_height[second] + LABEL_CLEARANCE
        self.lift = drop[first] - drop[second]
        # Nodes on the same spot have no direction to part in: give each pair a fixed one.
        spin = first * 2.399963 - second * 1.234567
        self.spin = np.stack([np.cos(spin), np.sin(spin)])

    def keep_shares(self, shares: "Array") -> None:
        shares[0, self.first, self.second] = self.circle_share
        shares[1, self.first, self.second] = self.box_share

    def relax(self) -> None:
        """Ask less of the pairs still too close: of their labels' estimated
        boxes first, and of the nodes themselves only once that is not enough."""
        import numpy as np

        boxes = self.box_depth > 0.5
        self.box_share[boxes] = np.maximum(self.box_share[boxes] * BOX_RELAX, MIN_SPACING_SHARE)
        circles = (self.circle_depth > 0.5) & (~boxes | (self.box_share <= CIRCLE_AFTER))
        self.circle_share[circles] = np.maximum(self.circle_share[circles] * CIRCLE_RELAX, MIN_SPACING_SHARE)

    def pushes(self, xy: "Array") -> tuple["Array", "Array"]:
        """How deep each pair overlaps, and how far each node should move."""
        import numpy as np

        first, second = self.first, self.second
        dx = xy[first, 0] - xy[second, 0]
        dy = xy[first, 1] - xy[second, 1]
        distance = np.hypot(dx, dy)
        same = distance < 1e-6
        if same.any():
            dx = np.where(same, self.spin[0], dx)
            dy = np.where(same, self.spin[1], dy)
            distance = np.where(same, 1.0, distance)
        # Too close as circles, or label boxes overlapping: part along the shorter way out.
        overlap = np.clip(self.needed * self.circle_share - distance, 0.0, None)
        across = self.wide * self.box_share - np.abs(dx)
        box_dy = dy + self.lift
        upright = self.tall * self.box_share - np.abs(box_dy)
        boxed = (across > 0) & (upright > 0)
        sideways = boxed & (across <= upright)
        self.circle_depth = overlap
        self.box_depth = np.where(boxed, np.minimum(across, upright), 0.0)
        depth = np.maximum(overlap, self.box_depth)
        push = overlap * (0.4 / distance)
        along_x = push * dx + np.where(sideways, 0.4 * np.copysign(across, dx), 0.0)
        along_y = push * dy + np.where(boxed & ~sideways, 0.4 * np.copysign(upright, box_dy), 0.0)
        count = self.count
        move = np.stack(
            [
                np.bincount(first, along_x, count) - np.bincount(second, along_x, count),
                np.bincount(first, along_y, count) - np.bincount(second, along_y, count),
            ],
            axis=1,
        )
        return depth, move
