"""Where design §17 says a person belongs, restated for the import tests: their sector and ring band."""

import math

from ecomap.model.enums import Strength
from ecomap.model.geometry import DOMAIN_SECTORS, ring_radii
from ecomap.model.network import EcoMap

BANDS: dict[Strength | None, int] = {Strength.STRONG: 0, Strength.MODERATE: 1, Strength.TENUOUS: 2, None: 2}
"""Close ring for a strong tie to the client, middle for moderate, outer for tenuous or none."""


def band_edges(ecomap: EcoMap, node_id: str) -> tuple[float, float]:
    """The inner and outer edge of the ring band ``node_id`` belongs in, at the map's ring size."""
    tie = ecomap.tie_between(ecomap.client.id, node_id)
    band = BANDS[tie.strength if tie else None]
    edges = (0.0, *ring_radii(ecomap.ring_scale))
    return edges[band], edges[band + 1]


def assert_where_it_belongs(ecomap: EcoMap, node_id: str) -> None:
    """``node_id`` sits in its domain's sector and in the ring band of its tie to the client."""
    node = ecomap.node(node_id)
    angle = math.degrees(math.atan2(-node.y, node.x)) % 360.0
    start, end = DOMAIN_SECTORS[node.domain]
    assert start <= angle <= end, (node_id, angle, node.domain)
    inner, outer = band_edges(ecomap, node_id)
    assert inner < math.hypot(node.x, node.y) < outer, (node_id, math.hypot(node.x, node.y), inner, outer)
