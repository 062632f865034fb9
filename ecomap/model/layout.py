"""Automatic placement of nodes that have no position yet (imports, new nodes)."""

from collections import defaultdict
from collections.abc import Iterable

from ecomap.model.geometry import DOMAIN_SECTORS, STRENGTH_RADIUS, polar_to_scene
from ecomap.model.network import EcoMap

_STAGGER = 18.0
"""Alternate nodes in a crowded sector in and out by this much so labels clear."""


def radial_positions(ecomap: EcoMap, node_ids: Iterable[str]) -> dict[str, tuple[float, float]]:
    """Positions for ``node_ids``: each in its domain's sector, nearer the client
    the stronger its tie to the client, spread evenly across the sector.

    Deterministic: the same map gives the same positions. The client, if
    asked for, goes to the centre.
    """
    client_id = ecomap.client.id
    groups: dict[tuple[object, float], list[str]] = defaultdict(list)
    positions: dict[str, tuple[float, float]] = {}
    for node_id in node_ids:
        if node_id == client_id:
            positions[node_id] = (0.0, 0.0)
            continue
        node = ecomap.node(node_id)
        tie = ecomap.tie_between(client_id, node_id)
        radius = STRENGTH_RADIUS[tie.strength if tie else None]
        groups[(node.domain, radius)].append(node_id)
    for (domain, radius), members in groups.items():
        start, end = DOMAIN_SECTORS[domain]  # type: ignore[index]
        step = (end - start) / len(members)
        crowded = len(members) > 3
        for number, node_id in enumerate(members):
            angle = start + step * (number + 0.5)
            offset = (_STAGGER if number % 2 else -_STAGGER) if crowded else 0.0
            positions[node_id] = polar_to_scene(angle, radius + offset)
    return positions


def place(ecomap: EcoMap, node_ids: Iterable[str]) -> None:
    """Move ``node_ids`` to their :func:`radial_positions`."""
    for node_id, (x, y) in radial_positions(ecomap, list(node_ids)).items():
        ecomap.move_node(node_id, x, y)
