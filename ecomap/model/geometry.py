"""Where things sit on the map: closeness rings and domain sectors, in scene units.

The client is at (0, 0); y grows downwards; angles are degrees counter-clockwise
from the positive x-axis as seen on screen (so 90 is straight up). The canvas,
the PDF and the importers all read these numbers.
"""

import math

from ecomap.model.enums import Domain, Strength

RING_RADII: tuple[float, float, float] = (100.0, 200.0, 300.0)
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


def polar_to_scene(angle_degrees: float, distance: float) -> tuple[float, float]:
    """Scene coordinates of a point at ``angle_degrees`` and ``distance`` from the client."""
    radians = math.radians(angle_degrees)
    return distance * math.cos(radians), -distance * math.sin(radians)
