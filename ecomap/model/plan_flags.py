"""Where the flags of open actions sit: beside the person, place or tie an action is about, clear of all drawn.

A flag marks what the plan has an open action about (planned or under way,
design §14): a node, or a tie that is on the map. An action about a tie
that is not drawn yet (often the point: "get back in touch with Aunt Sue")
flags that tie's ends other than the client: the client is an end of
nearly every such action, so a flag there would say nothing, while the flag
on Aunt Sue says that something is planned with her. An action about a
capital, a domain or nothing has no one place on the map: no flag.

Flags are placed after the layout (:mod:`ecomap.model.map_layout`) and leave
it as it is, so the map's legibility (design §17) is what it was: a node's
flag takes the first place round it, upper right first, and a tie's stands
on its capital mark (or, failing that, just off the tie further along), at
the first place that touches no person, label, other mark, heading or other
flag and, where it can, no tie. The canvas, pictures
and the PDF draw :attr:`PlacedFlag.flag` as :mod:`ecomap.model.drawing` says.
"""

import itertools
import math
from collections.abc import Iterator
from dataclasses import dataclass

from ecomap.language import translate
from ecomap.model.boxes import Box, Point, boxes_overlap, grow, path_box, segment_box
from ecomap.model.clearance import Clearance
from ecomap.model.dates import written_date
from ecomap.model.drawing import FLAG_POLE_WIDTH, FLAG_SIZE, Flag, flag_at
from ecomap.model.label_spots import touching_distance
from ecomap.model.map_layout import MapLayout, PlacedTie
from ecomap.model.network import EcoMap
from ecomap.model.notation import FLAG_GAP, NODE_RADII, STRENGTH_WIDTHS
from ecomap.model.plan import AboutNode, AboutTie, Action, Status
from ecomap.model.plan_words import tie_words
from ecomap.model.tie_paths import Route

FLAG_SLACK = 1.5
"""A flag keeps this much clear of what it must not touch."""
TIE_SLACK = FLAG_SLACK + max(STRENGTH_WIDTHS.values()) / 2
"""And this far from the middle of a tie's line."""
DIRECTIONS = 16
"""A node's flag is tried at this many places round it."""
FIRST_DIRECTION = 14
"""Upper right (directions count from the right, clockwise on screen)."""
ALONG_STEP = 8.0
"""A tie's flag is tried at places this far apart along it."""
FALLBACKS = 8
"""Where no place is free, the flag takes whichever of its first few places covers least."""


@dataclass(frozen=True, slots=True)
class PlacedFlag:
    """A flag where it is drawn, on the node ``node_id`` or the tie ``tie_id``, for the open ``actions``."""

    node_id: str | None
    tie_id: str | None
    flag: Flag
    actions: tuple[Action, ...]

    @property
    def box(self) -> Box:
        return self.flag.box


def flagged(ecomap: EcoMap) -> tuple[dict[str, list[Action]], dict[str, list[Action]]]:
    """The open actions of ``ecomap``'s plan by the node id and by the tie id they flag (see the module)."""
    nodes: dict[str, list[Action]] = {}
    ties: dict[str, list[Action]] = {}
    client = ecomap.client.id
    for action in ecomap.plan.actions:
        if not action.status.is_open:
            continue
        about = action.about
        if isinstance(about, AboutNode) and ecomap.has_node(about.node):
            nodes.setdefault(about.node, []).append(action)
        elif isinstance(about, AboutTie):
            tie = ecomap.tie_between(*about.ends)
            if tie is not None:
                ties.setdefault(tie.id, []).append(action)
                continue
            ends = [end for end in about.ends if end != client and ecomap.has_node(end)]
            for end in ends:
                nodes.setdefault(end, []).append(action)
    return nodes, ties


def place_flags(ecomap: EcoMap, layout: MapLayout) -> list[PlacedFlag]:
    """The flags of ``ecomap``'s open actions as drawn on ``layout`` (nodes in the map's order, then ties)."""
    nodes, ties = flagged(ecomap)
    if not nodes and not ties:
        return []
    regions = [_node_region(layout, node_id) for node_id in nodes if node_id in layout.node_shapes]
    regions += [_tie_region(layout.ties[tie_id]) for tie_id in ties if tie_id in layout.ties]
    obstacles = _Obstacles(layout, regions if len(regions) <= LOCAL_UP_TO else None)
    placed: list[PlacedFlag] = []
    for node in ecomap.nodes:
        if node.id in nodes and node.id in layout.node_shapes:
            places = [_round_node(layout.node_shapes[node.id].centre, NODE_RADII[node.kind])]
            centre = obstacles.choose(places, _Own())
            placed.append(PlacedFlag(node.id, None, flag_at(centre), tuple(nodes[node.id])))
            obstacles.clearance.add_mark(placed[-1].box, f"flag {node.id}")
    for tie in ecomap.ties:
        if tie.id in ties and tie.id in layout.ties:
            on = layout.ties[tie.id]
            own = _Own(tie.id, frozenset((tie.source, tie.target)))
            centre = obstacles.choose([_on_mark(on.mark_box), _along_tie(on)], own)
            placed.append(PlacedFlag(None, tie.id, flag_at(centre), tuple(ties[tie.id])))
            obstacles.clearance.add_mark(placed[-1].box, f"flag {tie.id}")
    return placed


def flag_words(flag: PlacedFlag, ecomap: EcoMap) -> str:
    """What a flag's tooltip says: "Open action: Go to the recovery café with Gary (Lee, due 3 Feb 2026)"."""
    lines = [_action_line(action, flag, ecomap) for action in flag.actions]
    if len(lines) == 1:
        return translate("PlanFlags", "Open action: {action}").format(action=lines[0])
    return translate("PlanFlags", "Open actions:") + "\n" + "\n".join(f"• {line}" for line in lines)


def _action_line(action: Action, flag: PlacedFlag, ecomap: EcoMap) -> str:
    details = []
    if action.status is Status.DOING:
        details.append(translate("PlanWords", "under way"))
    if action.owner.strip():
        details.append(" ".join(action.owner.split()))
    if action.due:
        details.append(translate("PlanFlags", "due {date}").format(date=written_date(action.due)))
    if flag.node_id is not None and isinstance(action.about, AboutTie):
        tie = tie_words(ecomap, action.about.ends)
        details.append(translate("PlanFlags", "about {tie}, not on the map yet").format(tie=tie))
    text = " ".join(action.text.split())
    return text + (f" ({', '.join(details)})" if details else "")


# -- where a flag may go ----------------------------------------------------------------

LOCAL_UP_TO = 40
"""Up to this many flags, only what is near them is looked at (a big map with a flag or two files a
few dozen things, not thousands); more, and the whole map is."""
_REACH = FLAG_GAP + 2 * (FLAG_SIZE[0] + FLAG_SIZE[1]) + TIE_SLACK
"""Beyond where any place tried for a flag, and what it must keep clear of, can reach."""


def _node_region(layout: MapLayout, node_id: str) -> Box:
    shape = layout.node_shapes[node_id]
    return grow(shape.box, shape.radius + _REACH)


def _tie_region(tie: PlacedTie) -> Box:
    box = path_box(tie.route)
    mark = tie.mark_box
    return grow((min(box[0], mark[0]), min(box[1], mark[1]), max(box[2], mark[2]), max(box[3], mark[3])), _REACH)


def _round_node(centre: Point, radius: float) -> Iterator[Point]:
    """Places for a flag all round a node just clear of it, upper right first, then alternately either side."""
    half_width, half_height = FLAG_SIZE[0] / 2, FLAG_SIZE[1] / 2
    order = [FIRST_DIRECTION]
    for turn in range(1, DIRECTIONS // 2 + 1):
        order += [(FIRST_DIRECTION + turn) % DIRECTIONS, (FIRST_DIRECTION - turn) % DIRECTIONS]
    for index in dict.fromkeys(order):
        angle = 2 * math.pi * index / DIRECTIONS
        ux, uy = math.cos(angle), math.sin(angle)
        distance = touching_distance(abs(ux), abs(uy), half_width, half_height, radius + FLAG_GAP)
        yield (centre[0] + ux * distance, centre[1] + uy * distance)


def _on_mark(mark: Box) -> Iterator[Point]:
    """Places for a tie's flag planted on its capital mark: its pole standing on the mark's top edge,
    hanging from its bottom edge, or standing by its right or left side."""
    left, top, right, bottom = mark
    width, height = FLAG_SIZE
    pole = (left + right) / 2 - FLAG_POLE_WIDTH / 2 + width / 2  # the box's centre, with the pole mid-mark
    yield (pole, top - height / 2)
    yield (pole, bottom + height / 2)
    yield (right + width / 2, bottom - height / 2)
    yield (left - width / 2, bottom - height / 2)


def _along_tie(tie: PlacedTie) -> Iterator[Point]:
    """Places for a tie's flag just off its line, either side, from its mark further along it both ways."""
    route = Route(tie.route)
    left, top, right, bottom = tie.mark_box
    mark = ((left + right) / 2, (top + bottom) / 2)
    steps = max(1, int(route.length / 2))
    at = min((route.length * i / steps for i in range(steps + 1)), key=lambda d: math.dist(route.at(d), mark))
    offsets = []
    step = ALONG_STEP
    while at - step > 0 or at + step < route.length:
        offsets += [offset for offset in (-step, step) if 0 < at + offset < route.length]
        step += ALONG_STEP
    for offset in offsets:
        x, y = route.at(at + offset)
        dx, dy = route.direction(at + offset)
        for nx, ny in ((dy, -dx), (-dy, dx)):  # above the line (on screen) first
            distance = touching_distance(abs(nx), abs(ny), FLAG_SIZE[0] / 2, FLAG_SIZE[1] / 2, TIE_SLACK)
            yield (x + nx * distance, y + ny * distance)


@dataclass(frozen=True, slots=True)
class _Own:
    """What a flag may touch: its own tie's mark and line (a node's flag: nothing)."""

    mark: str | None = None
    ends: frozenset[str] = frozenset()


class _Obstacles:
    """What a flag keeps clear of: people, labels, marks, headings and flags placed before (as
    :meth:`MapLayout.clearance` files them) and, where it can, the ties' lines; only what lies in
    ``regions`` when given."""

    def __init__(self, layout: MapLayout, regions: list[Box] | None) -> None:
        def near(box: Box) -> bool:
            return regions is None or any(boxes_overlap(box, region) for region in regions)

        self.clearance = clearance = Clearance()
        for shape in layout.node_shapes.values():
            if near(shape.box):
                clearance.add_node(shape)
        for number, heading in enumerate((*layout.headings.values(), *layout.ring_names)):
            if near(heading.box):
                clearance.add_heading(heading.box, f"heading{number}")
        for label in layout.labels.values():
            if not label.inside and label.text.lines and near(label.box):
                clearance.add_label(label.box, label.node_id)
        # Ties' lines in a plain list: filed in a grid, a long line would be filed in hundreds of cells.
        self.lines: list[tuple[Box, Point, Point, frozenset[str]]] = []
        for tie_id, tie in layout.ties.items():
            if near(tie.mark_box):
                clearance.add_mark(tie.mark_box, tie_id)
            for start, end in itertools.pairwise(tie.route):
                box = segment_box(start, end)
                if near(box):
                    self.lines.append((box, start, end, frozenset(tie.ends)))

    def choose(self, tiers: list[Iterator[Point]], own: _Own) -> Point:
        """The first place of the first tier that has one clear of everything and of every tie, or
        else clear of everything but ties; failing all, whichever of the first few covers least."""
        tried: list[tuple[Point, Box]] = []
        for places in tiers:
            clear_of_boxes: Point | None = None
            for centre in places:
                box = flag_at(centre).box
                tried.append((centre, box))
                if not self.clear(box, own):
                    continue
                if not self.meets_a_tie(box, own):
                    return centre
                if clear_of_boxes is None:
                    clear_of_boxes = centre
            if clear_of_boxes is not None:
                return clear_of_boxes
        return min(tried[:FALLBACKS], key=lambda entry: self.clearance.covered_area(entry[1]))[0]

    def clear(self, box: Box, own: _Own) -> bool:
        """Whether ``box`` (with a little room) meets no person, label, heading, or mark but ``own``'s."""
        clearance = self.clearance
        if clearance.nodes_hitting(box, FLAG_SLACK) or clearance.boxes_hitting(clearance.labels, box, FLAG_SLACK):
            return False
        if clearance.boxes_hitting(clearance.headings, box, FLAG_SLACK):
            return False
        return all(owner == own.mark for owner in clearance.boxes_hitting(clearance.marks, box, FLAG_SLACK))

    def meets_a_tie(self, box: Box, own: _Own) -> bool:
        """Whether ``box`` (with room for a strong line's width) meets a tie's line other than ``own``'s."""
        wide = grow(box, TIE_SLACK)
        return any(
            _segment_meets_box(start, end, wide)
            for line_box, start, end, ends in self.lines
            if ends != own.ends and boxes_overlap(line_box, wide)
        )


def _segment_meets_box(start: Point, end: Point, box: Box) -> bool:
    """Whether the segment from ``start`` to ``end`` passes through ``box`` (Liang-Barsky clipping)."""
    (x1, y1), (x2, y2) = start, end
    dx, dy = x2 - x1, y2 - y1
    low, high = 0.0, 1.0
    for p, q in ((-dx, x1 - box[0]), (dx, box[2] - x1), (-dy, y1 - box[1]), (dy, box[3] - y1)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True
