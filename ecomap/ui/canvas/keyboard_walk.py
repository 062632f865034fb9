"""Where the keyboard goes on the map: Tab through people then ties, Shift+arrow to the nearest person.

Plain functions over the model (no Qt), used by the canvas editor's key
handling: :func:`step` gives what Tab or Shift+Tab selects next, and
:func:`nearest_in_direction` the person Shift+arrow adds to the selection
(:func:`nobody_further` says so when nobody lies that way).
"""

import math
from typing import Literal

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.network import EcoMap

Stop = tuple[Literal["node", "tie"], str]
"""One stop of the walk: a person or place by node id, or a tie by tie id."""


def walk_order(ecomap: EcoMap) -> list[Stop]:
    """Every person and place in the order they were added, then every tie in the same order."""
    return [("node", node.id) for node in ecomap.nodes] + [("tie", tie.id) for tie in ecomap.ties]


def step(ecomap: EcoMap, nodes: list[str], ties: list[str], *, forward: bool) -> Stop | None:
    """The stop after (or before) the selection: after the last selected one going forward, before
    the first going back; the first (or last) stop when nothing is selected. None on an empty walk."""
    order = walk_order(ecomap)
    if not order:
        return None
    chosen = {("node", node_id) for node_id in nodes} | {("tie", tie_id) for tie_id in ties}
    positions = [index for index, stop in enumerate(order) if stop in chosen]
    if not positions:
        return order[0] if forward else order[-1]
    index = positions[-1] + 1 if forward else positions[0] - 1
    return order[index % len(order)]


DIRECTIONS = {"left": (-1.0, 0.0), "right": (1.0, 0.0), "up": (0.0, -1.0), "down": (0.0, 1.0)}
"""Unit vectors in scene units (y grows downwards)."""

NOBODY_FURTHER = {
    "left": QT_TRANSLATE_NOOP("Canvas", "Nobody further left of {name}"),
    "right": QT_TRANSLATE_NOOP("Canvas", "Nobody further right of {name}"),
    "up": QT_TRANSLATE_NOOP("Canvas", "Nobody further up from {name}"),
    "down": QT_TRANSLATE_NOOP("Canvas", "Nobody further down from {name}"),
}
"""What Shift+arrow says when nobody lies that way."""

CONE = math.radians(60)
"""How far off the arrow's line a person may be and still count as lying that way."""


def nearest_in_direction(ecomap: EcoMap, nodes: list[str], direction: str) -> str | None:
    """The unselected person or place nearest the last selected one in ``direction`` (within 60
    degrees of it, nearer the line counting more), or None when nobody lies that way."""
    if not nodes:
        return None
    origin = ecomap.node(nodes[-1])
    dx, dy = DIRECTIONS[direction]
    best: tuple[float, str] | None = None
    for node in ecomap.nodes:
        if node.id in nodes:
            continue
        vx, vy = node.x - origin.x, node.y - origin.y
        distance = math.hypot(vx, vy)
        if distance == 0:
            continue
        off_line = math.acos(max(-1.0, min(1.0, (vx * dx + vy * dy) / distance)))
        if off_line > CONE:
            continue
        score = distance * (1 + 2 * off_line / CONE)  # straight ahead wins over slightly nearer but aside
        if best is None or score < best[0]:
            best = (score, node.id)
    return best[1] if best else None


def nobody_further(direction: str, name: str) -> str:
    """ "Nobody further left of Mum": Shift+arrow found nobody that way."""
    return translate("Canvas", NOBODY_FURTHER[direction]).format(name=name)
