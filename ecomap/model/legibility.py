"""Whether a map reads at a glance: the counts of design §17, measured on the layout every view draws.

A label overlapping another label, a person, a tie's mark or a heading, or
a person on another person (counted with the labels: either way a name is
hidden); a mark on a person or another mark; a tie passing through someone who is not
one of its ends; a person outside their domain's sector or their ring band;
a label shortened. Each pair is counted once.
"""

import math
from dataclasses import asdict, dataclass

from ecomap.language import translate
from ecomap.model.boxes import box_around, grow, path_box, polyline_distance
from ecomap.model.clearance import TIE_CLEARANCE, TOUCH, Clearance, NodeShape
from ecomap.model.elements import Node
from ecomap.model.geometry import BAND_INDEX, ring_radii, sector_of
from ecomap.model.map_layout import MapLayout, layout_map
from ecomap.model.network import EcoMap


@dataclass(frozen=True, slots=True)
class Legibility:
    """The counts of what keeps a map from reading at a glance (all zero: it reads)."""

    label_overlaps: int = 0
    badge_overlaps: int = 0
    ties_through_nodes: int = 0
    out_of_sector: int = 0
    out_of_band: int = 0
    shortened_labels: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @property
    def problems(self) -> int:
        """Everything that breaks the rules (a shortened label on a large map does not)."""
        return (
            self.label_overlaps + self.badge_overlaps + self.ties_through_nodes + self.out_of_sector + self.out_of_band
        )

    def describe(self) -> list[str]:
        """The problems in words, for the status bar ("2 labels overlap")."""
        # Each count in a plain name: lupdate passes over a translate() whose count is an attribute or a call.
        labels, marks, through = self.label_overlaps, self.badge_overlaps, self.ties_through_nodes
        sectors, bands = self.out_of_sector, self.out_of_band
        words = []
        if labels:
            words.append(translate("Legibility", "%n label(s) overlap", None, labels))
        if marks:
            words.append(translate("Legibility", "%n tie mark(s) covered", None, marks))
        if through:
            words.append(translate("Legibility", "%n tie(s) running through people", None, through))
        if sectors:
            words.append(translate("Legibility", "%n person(s) outside their sector", None, sectors))
        if bands:
            words.append(translate("Legibility", "%n person(s) outside their ring", None, bands))
        return words


def measure(ecomap: EcoMap, layout: MapLayout | None = None, *, text_scale: float = 1.0) -> Legibility:
    """The legibility of ``ecomap`` as ``layout`` draws it (by default, as laid out at ``text_scale``)."""
    if layout is None:
        layout = layout_map(ecomap, text_scale)
    clearance = layout.clearance()
    return Legibility(
        label_overlaps=_label_overlaps(layout, clearance),
        badge_overlaps=_mark_overlaps(layout, clearance),
        ties_through_nodes=_ties_through_nodes(ecomap, layout, clearance),
        out_of_sector=sum(
            1 for node in ecomap.nodes if not node.is_client and sector_of(node.x, node.y) is not node.domain
        ),
        out_of_band=sum(1 for node in ecomap.nodes if not node.is_client and not in_band(ecomap, node)),
        shortened_labels=sum(1 for label in layout.labels.values() if label.text.shortened),
    )


def _label_overlaps(layout: MapLayout, clearance: Clearance) -> int:
    count = 0
    order = {node_id: number for number, node_id in enumerate(layout.labels)}
    for label in layout.labels.values():
        if label.inside or not label.text.lines:
            continue
        box = label.box
        count += sum(
            1 for owner in clearance.boxes_hitting(clearance.labels, box) if order[owner] > order[label.node_id]
        )
        count += len(clearance.boxes_hitting(clearance.headings, box))
        count += len(clearance.boxes_hitting(clearance.marks, box))
        count += len(clearance.nodes_hitting(box))
    # A person on another person hides them, and their name, as surely as a name would.
    order_of_node = {node_id: number for number, node_id in enumerate(layout.node_shapes)}
    for shape in layout.node_shapes.values():
        reach = shape.radius + clearance.largest_radius
        for _box, other in clearance.nodes.near(box_around(shape.centre, reach, reach)):
            if order_of_node[other.node_id] > order_of_node[shape.node_id] and _discs_overlap(shape, other):
                count += 1
    return count


def _discs_overlap(a: NodeShape, b: NodeShape) -> bool:
    return math.dist(a.centre, b.centre) < a.radius + b.radius - TOUCH


def _mark_overlaps(layout: MapLayout, clearance: Clearance) -> int:
    count = 0
    order = {tie_id: number for number, tie_id in enumerate(layout.ties)}
    for tie_id, tie in layout.ties.items():
        box = tie.mark_box
        count += sum(1 for owner in clearance.boxes_hitting(clearance.marks, box) if order[owner] > order[tie_id])
        count += len(clearance.nodes_hitting(box))
    return count


def _ties_through_nodes(ecomap: EcoMap, layout: MapLayout, clearance: Clearance) -> int:
    count = 0
    for tie in ecomap.ties:
        route = layout.ties[tie.id].route
        if len(route) == 2:
            count += len(clearance.blockers(route[0], route[1], (tie.source, tie.target), TIE_CLEARANCE - TOUCH))
            continue
        reach = clearance.largest_radius + TIE_CLEARANCE
        seen: set[str] = set()
        for _box, shape in clearance.nodes.scan(grow(path_box(route), reach)):
            if shape.node_id in (tie.source, tie.target) or shape.node_id in seen:
                continue
            seen.add(shape.node_id)
            if polyline_distance(shape.centre, route) < shape.radius + TIE_CLEARANCE - TOUCH:
                count += 1
    return count


def band_of(ecomap: EcoMap, node_id: str) -> int:
    """The ring band a person belongs in: 0 close, 1 middle, 2 outer (by their tie to the client)."""
    tie = ecomap.tie_between(ecomap.client.id, node_id)
    return BAND_INDEX[tie.strength if tie else None]


def in_band(ecomap: EcoMap, node: Node) -> bool:
    """Whether ``node`` sits between the rings that bound the band its tie to the client says."""
    index = band_of(ecomap, node.id)
    rings = (0.0, *ring_radii(ecomap.ring_scale))
    return rings[index] < math.hypot(node.x, node.y) < rings[index + 1]
