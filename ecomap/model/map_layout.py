"""Where every word, mark and line of a map is drawn: one layout that the canvas, pictures and the PDF all read.

Given a map (its people where they are) and a text size, :func:`layout_map`
decides what nothing else may decide differently: each label's lines and
side of its node, the route of each tie (straight, or bent around someone in
its way), where along it the capital mark sits, and the headings around the
rings. It is deterministic: the same map at the same text size is always
laid out the same way, so the canvas, a picture and the PDF agree.

People are taken one by one (the client, then the close ring, the middle and
the outer, each in the map's order). At each one's turn, the ties to those
taken before are routed and their marks slid along them to the free place
nearest their middle; then the label goes on the first side around its node,
starting with the one facing away from the client, that covers no one and
nothing placed before.
"""

import itertools
import math
from dataclasses import dataclass, field

from ecomap.model.boxes import (
    Box,
    Point,
    box_around,
    clear_of_polyline,
    grow,
    path_box,
    segment_box,
    union,
)
from ecomap.model.clearance import TIE_CLEARANCE, Clearance, NodeShape
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow
from ecomap.model.font_metrics import line_height, text_width
from ecomap.model.geometry import BAND_INDEX, ring_radii
from ecomap.model.label_spots import label_boxes
from ecomap.model.map_text import Heading, LabelText, label_half_extent, label_text, ring_names, sector_headings
from ecomap.model.network import EcoMap
from ecomap.model.notation import ARROW_LENGTH, CAPITAL_MARKS, MARK_FONT_SIZE, MARK_PADDING, NODE_RADII
from ecomap.model.tie_paths import Route, TieGeometry, curved_route, route_geometry

WHOLE_LABELS_UP_TO = 25
"""Maps of up to this many nodes show every label whole; larger ones may shorten labels (design §17)."""
PLAIN_LAYOUT_ABOVE = 400
"""Maps larger than this are drawn plainly (labels below, marks in the middle, ties straight):
placing so many with care would cost more than a redraw may, and no one reads such a map by its labels."""
LABEL_SLACK = 1.5
"""Labels are placed this much clear of everything, so that a font drawn a hair wider still clears."""
MARK_SLACK = 1.5
MARK_STEP = 5.0
"""A tie's mark is tried at places this far apart along the tie (or further apart on a long tie)."""
MARK_SPOTS = 24
FALLBACKS = 8
"""Where nothing is free, a label or mark takes whichever of its first few places covers least."""
MAX_BEND = 0.6
"""A bent tie's middle stands at most this share of its length off the straight line."""
BEND_MARGIN = 3.0
"""A bend is chosen to clear people by this much more than it must (the curve is not quite
where the quick reckoning puts it)."""
BEND_TRIES = 6
MOST_TO_BEND_ROUND = 4
"""A tie running through more people than this (a map drawn with everyone on top of each other)
is left straight: no gentle curve gets round so many, and trying would slow every redraw."""
ROUTE_CLEARANCE = TIE_CLEARANCE + 0.5
"""Ties are routed a little wider of people than the rule asks."""


@dataclass(frozen=True, slots=True)
class PlacedLabel:
    """A node's label: its text, and the box its words (with their halo) take."""

    node_id: str
    text: LabelText
    box: Box

    @property
    def inside(self) -> bool:
        return self.text.inside


@dataclass(frozen=True, slots=True)
class PlacedTie:
    """A tie as drawn: its route (centre to centre), its drawing along it, and its mark's box."""

    tie_id: str
    route: tuple[Point, ...]
    geometry: TieGeometry
    mark_box: Box
    ends: tuple[str, str] = ("", "")

    @property
    def bent(self) -> bool:
        return len(self.route) > 2


@dataclass(frozen=True)
class MapLayout:
    """Everything drawn on a map besides the people themselves, in scene units."""

    ring_scale: float
    text_scale: float
    sectors: bool
    labels: dict[str, PlacedLabel]
    ties: dict[str, PlacedTie]
    headings: dict[Domain, Heading]
    """The domain names around the rings (none when the sectors are hidden)."""
    ring_names: list[Heading]
    node_shapes: dict[str, NodeShape] = field(default_factory=dict)

    @property
    def rings(self) -> tuple[float, float, float]:
        return ring_radii(self.ring_scale)

    def clearance(self) -> Clearance:
        """Everything this layout draws, filed for finding what is near."""
        clearance = Clearance()
        for shape in self.node_shapes.values():
            clearance.add_node(shape)
        for number, heading in enumerate((*self.headings.values(), *self.ring_names)):
            clearance.add_heading(heading.box, f"heading{number}")
        for label in self.labels.values():
            if not label.inside and label.text.lines:
                clearance.add_label(label.box, label.node_id)
        for tie_id, tie in self.ties.items():
            clearance.add_mark(tie.mark_box, tie_id)
            for start, end in itertools.pairwise(tie.route):
                clearance.add_segment(start, end, tie.ends)
        return clearance

    def bounds(self) -> Box:
        """The part of the scene the map takes: rings, headings, people, labels and ties."""
        reach = self.rings[2] + 2
        boxes: list[Box] = [(-reach, -reach, reach, reach)]
        boxes += [heading.box for heading in self.headings.values()]
        boxes += [shape.box for shape in self.node_shapes.values()]
        boxes += [label.box for label in self.labels.values()]
        boxes += [grow(path_box(tie.route), 6.0) for tie in self.ties.values() if tie.bent]
        result = union(boxes)
        assert result is not None
        return result


def mark_size(capital: Capital) -> tuple[float, float]:
    """The width and height of a capital's mark box (its letters, padded)."""
    text = CAPITAL_MARKS[capital]
    return (
        text_width(text, MARK_FONT_SIZE, bold=True) + 2 * MARK_PADDING,
        line_height(MARK_FONT_SIZE, bold=True) + MARK_PADDING,
    )


def label_order(ecomap: EcoMap) -> list[Node]:
    """The order labels are placed in: the client, then the close ring, the middle and the outer,
    each in the map's order (a function of what the map says, not of where people are, so that
    Auto-arrange can plan for it)."""
    client = ecomap.client
    bands: list[list[Node]] = [[], [], []]
    for node in ecomap.nodes:
        if node.id != client.id:
            tie = ecomap.tie_between(client.id, node.id)
            bands[BAND_INDEX[tie.strength if tie else None]].append(node)
    return [client, *bands[0], *bands[1], *bands[2]]


def shortens_labels(ecomap: EcoMap) -> bool:
    return len(ecomap.nodes) > WHOLE_LABELS_UP_TO


def heading_obstacles(
    ring_scale: float, text_scale: float, *, sectors: bool
) -> tuple[dict[Domain, Heading], list[Heading]]:
    headings = sector_headings(ring_scale, text_scale) if sectors else {}
    return headings, ring_names(ring_scale, text_scale)


def ties_by_step(ecomap: EcoMap, order: list[Node]) -> dict[str, list[Tie]]:
    """Each tie filed under whichever of its ends comes later in ``order``: it is routed and its
    mark placed at that end's step, before that end's label (a tie to the client first, then the
    others in the map's order)."""
    rank = {node.id: number for number, node in enumerate(order)}
    client = ecomap.client.id
    steps: dict[str, list[Tie]] = {node.id: [] for node in order}
    for tie in sorted(ecomap.ties, key=lambda tie: client not in tie.pair):
        later = tie.source if rank[tie.source] > rank[tie.target] else tie.target
        steps[later].append(tie)
    return steps


def layout_map(ecomap: EcoMap, text_scale: float = 1.0, *, sectors: bool = True) -> MapLayout:
    """The layout of ``ecomap`` as drawn at ``text_scale`` (with the domain headings when ``sectors``).

    Person by person in :func:`label_order`: first the ties to people placed before (their
    routes and marks), then the person's label. Auto-arrange places people in the same steps,
    so what it plans is exactly what is drawn.
    """
    ring_scale = ecomap.ring_scale
    headings, names = heading_obstacles(ring_scale, text_scale, sectors=sectors)
    clearance = Clearance()
    for domain, heading in headings.items():
        clearance.add_heading(heading.box, domain.value)
    for number, name in enumerate(names):
        clearance.add_heading(name.box, f"ring{number}")
    shapes = {node.id: NodeShape.of(node.id, node.kind, (node.x, node.y)) for node in ecomap.nodes}
    for shape in shapes.values():
        clearance.add_node(shape)
    plain = len(ecomap.nodes) > PLAIN_LAYOUT_ABOVE
    shorten = shortens_labels(ecomap)
    order = label_order(ecomap)
    steps = ties_by_step(ecomap, order)
    labels: dict[str, PlacedLabel] = {}
    ties: dict[str, PlacedTie] = {}
    for node in order:
        for tie in steps[node.id]:
            source, target = shapes[tie.source], shapes[tie.target]
            route = None if plain else tie_route(source, target, clearance)
            placed_tie = place_tie(
                tie, route or (source.centre, target.centre), source.radius, target.radius, clearance, plain=plain
            )
            assert placed_tie is not None
            ties[tie.id] = placed_tie
            commit_tie(placed_tie, tie, clearance)
        placed = place_label(node, label_text(node, text_scale, shorten=shorten), clearance, plain=plain)
        assert placed is not None
        labels[node.id] = placed
        commit_label(placed, clearance)
    ties = {tie.id: ties[tie.id] for tie in ecomap.ties}
    return MapLayout(ring_scale, text_scale, sectors, labels, ties, headings, names, shapes)


def commit_tie(placed: PlacedTie, tie: Tie, clearance: Clearance) -> None:
    """File a placed tie's mark and the pieces of its route, for what comes after to keep clear of."""
    clearance.add_mark(placed.mark_box, tie.id)
    ends = (tie.source, tie.target)
    for start, end in itertools.pairwise(placed.route):
        clearance.add_segment(start, end, ends)


def commit_label(placed: PlacedLabel, clearance: Clearance) -> None:
    if not placed.inside and placed.text.lines:
        clearance.add_label(placed.box, placed.node_id)


def place_label(
    node: Node, text: LabelText, clearance: Clearance, *, plain: bool = False, strict: bool = False
) -> PlacedLabel | None:
    """``node``'s label on the first clear side of it, or (unless ``strict``) where it covers least."""
    centre = (node.x, node.y)
    if text.inside:
        return PlacedLabel(node.id, text, box_around(centre, *text.block.half_extent()))
    half_width, half_height = label_half_extent(text)
    boxes = label_boxes(centre, NODE_RADII[node.kind], half_width, half_height)
    if plain:
        return PlacedLabel(node.id, text, boxes[0])
    for box in boxes:
        if clearance.label_is_clear(grow(box, LABEL_SLACK)):
            return PlacedLabel(node.id, text, box)
    if strict:
        return None
    least = min(range(FALLBACKS), key=lambda index: (clearance.covered_area(boxes[index]), index))
    return PlacedLabel(node.id, text, boxes[least])


def tie_route(
    source: NodeShape, target: NodeShape, clearance: Clearance, *, straight_only: bool = False
) -> tuple[Point, ...] | None:
    """Straight from centre to centre if that passes clear of everyone else; otherwise the
    gentlest curve that does, bowing away from whoever is in the way (unless ``straight_only``);
    None if neither does."""
    ends = (source.node_id, target.node_id)
    start, end = source.centre, target.centre
    blockers = clearance.blockers(start, end, ends, ROUTE_CLEARANCE)
    if not blockers:
        return (start, end)
    length = math.dist(start, end)
    if length < 1e-6 or straight_only or len(blockers) > MOST_TO_BEND_ROUND:
        return None
    # Everyone near enough to be in the way of the deepest curve, with where they stand along
    # the line (t, 0 to 1) and off it (p, positive on the side a positive bend bows to).
    deepest = MAX_BEND * length
    reach = deepest + clearance.largest_radius + ROUTE_CLEARANCE
    (x1, y1), (x2, y2) = start, end
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    near = []
    for _box, shape in clearance.nodes.near(grow(segment_box(start, end), reach)):
        if shape.node_id not in ends:
            dx, dy = shape.centre[0] - x1, shape.centre[1] - y1
            near.append((shape, (dx * ux + dy * uy) / length, -dx * uy + dy * ux))
    for bend in _bends(near, deepest):
        route = curved_route(start, end, bend)
        # Only those the quick reckoning puts near the curve need measuring.
        close = [
            shape
            for shape, t, p in near
            if abs(p - 4 * min(max(t, 0.0), 1.0) * (1 - min(max(t, 0.0), 1.0)) * bend)
            < shape.radius + ROUTE_CLEARANCE + 0.3 * abs(bend) + 4
        ]
        if all(clear_of_polyline(shape.centre, route, shape.radius + ROUTE_CLEARANCE) for shape in close):
            return route
    return None


def _bends(near: list[tuple[NodeShape, float, float]], deepest: float) -> list[float]:
    """The bends (how far a curve's middle stands off the straight line; see :func:`curved_route`)
    worth trying, gentlest first: a curve stands 4 t (1 - t) times its bend off the line at t, so
    each person near the line rules out the bends that would bring the curve within reach of them."""
    blocked: list[tuple[float, float]] = []
    for shape, t, p in near:
        room = shape.radius + ROUTE_CLEARANCE + BEND_MARGIN
        depth = 4 * t * (1 - t)
        if depth < 0.05:
            if abs(p) < room and -0.02 < t < 1.02:
                return []  # right by one end: no curve gets round them
            continue
        blocked.append(((p - room) / depth, (p + room) / depth))
    candidates = sorted({0.0, *(edge for interval in blocked for edge in interval)}, key=lambda bend: (abs(bend), bend))
    return [
        bend for bend in candidates if abs(bend) <= deepest and not any(low < bend < high for low, high in blocked)
    ][:BEND_TRIES]


def place_tie(
    tie: Tie,
    route: tuple[Point, ...],
    source_radius: float,
    target_radius: float,
    clearance: Clearance,
    *,
    plain: bool = False,
    strict: bool = False,
) -> PlacedTie | None:
    """The tie drawn along ``route``, its mark at the free place nearest the middle (or, unless
    ``strict``, where it covers least)."""
    measured = Route(route)
    width, height = mark_size(tie.capital)
    spots = mark_spots(measured.length, source_radius, target_radius, tie.flow, max(width, height) / 2)
    boxes = [box_around(measured.at(spot), width / 2, height / 2) for spot in spots]
    chosen = 0
    if not plain:
        for index, box in enumerate(boxes):
            if clearance.mark_is_clear(box, MARK_SLACK):
                chosen = index
                break
        else:
            if strict:
                return None
            chosen = min(
                range(min(FALLBACKS, len(boxes))), key=lambda index: (clearance.covered_area(boxes[index]), index)
            )
    geometry = route_geometry(
        route, source_radius, target_radius, stressful=tie.stressful, flow=tie.flow, mark_at=spots[chosen]
    )
    return PlacedTie(tie.id, route, geometry, boxes[chosen], (tie.source, tie.target))


def mark_spots(length: float, source_radius: float, target_radius: float, flow: Flow, half: float) -> list[float]:
    """Distances along a tie (from the source's centre) where its mark may sit, nearest the
    middle first, keeping off the nodes and the arrowheads."""
    low = source_radius + half + 2 + (ARROW_LENGTH if flow in (Flow.TO_SOURCE, Flow.BOTH) else 0.0)
    high = length - target_radius - half - 2 - (ARROW_LENGTH if flow in (Flow.TO_TARGET, Flow.BOTH) else 0.0)
    middle = length / 2
    if high <= low:
        return [middle]
    middle = min(max(middle, low), high)
    spots = [middle]
    # Close together near the middle; on a long tie, no more than about MARK_SPOTS places in all.
    stride = max(MARK_STEP, (high - low) / MARK_SPOTS)
    step = stride
    while middle - step >= low or middle + step <= high:
        spots += [spot for spot in (middle - step, middle + step) if low <= spot <= high]
        step += stride
    return spots
