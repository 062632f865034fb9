"""Where things sit on the map: closeness rings and domain sectors, in scene units.

The client is at (0, 0); y grows downwards; angles are degrees counter-clockwise
from the positive x-axis as seen on screen (so 90 is straight up). The canvas,
the PDF and the importers all read these numbers.
"""

import math

from ecomap.model.enums import Domain, Flow, Kind, Strength
from ecomap.model.notation import NODE_RADII
from ecomap.model.tie_paths import TieGeometry, route_geometry

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


BAND_INDEX: dict[Strength | None, int] = {
    Strength.STRONG: 0,
    Strength.MODERATE: 1,
    Strength.TENUOUS: 2,
    None: 2,
}
"""The ring band a node belongs in by the strength of its tie to the client (none: the outer band)."""


def ring_radii(scale: float = 1.0) -> tuple[float, float, float]:
    """The three rings of a map whose rings have grown ``scale`` times (design §17)."""
    return (RING_RADII[0] * scale, RING_RADII[1] * scale, RING_RADII[2] * scale)


def polar_to_scene(angle_degrees: float, distance: float) -> tuple[float, float]:
    """Scene coordinates of a point at ``angle_degrees`` and ``distance`` from the client."""
    radians = math.radians(angle_degrees)
    return distance * math.cos(radians), -distance * math.sin(radians)


Point = tuple[float, float]


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
    """The drawing of a straight tie between two nodes at ``source`` and ``target``."""
    return route_geometry((source, target), source_radius, target_radius, stressful=stressful, flow=flow)


def sector_of(x: float, y: float) -> Domain:
    """The domain whose sector holds the point (x, y)."""
    angle = math.degrees(math.atan2(-y, x)) % 360.0
    for domain, (start, end) in DOMAIN_SECTORS.items():
        if start <= angle < end:
            return domain
    return Domain.OTHER
