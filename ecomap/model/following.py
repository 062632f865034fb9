"""People whom Ecomap placed follow what the map says of them: a new domain, a new tie to the client, a new name.

When an edit changes where someone belongs (their domain's sector, or their
ring band by their tie to the client), and they sat where they belonged
before it, they move to a free spot where they now belong, as part of the
same step. People the user placed by hand (``pinned``), or who sat elsewhere
on purpose, stay where they are.
"""

from collections.abc import Iterable, Mapping

from ecomap.model.network import EcoMap
from ecomap.model.placement import belongs, place_person

Point = tuple[float, float]
Moves = dict[str, tuple[Point, Point]]


def following_moves(
    before: EcoMap,
    after: EcoMap,
    candidates: Iterable[str],
    *,
    pinned: Iterable[str] = (),
    near: Mapping[str, Point] | None = None,
    text_scale: float = 1.0,
) -> tuple[Moves, tuple[float, float] | None]:
    """The moves (old, new) that settle ``candidates`` after an edit turned ``before`` into
    ``after``, and the rings' (old, new) size if they had to grow; nothing for people pinned,
    already where they belong, or placed off their sector or band before the edit. A person in
    ``near`` goes to the free spot nearest that point if it is in their sector and band."""
    held = set(pinned)
    work = after.copy()
    for node_id in dict.fromkeys(candidates):
        if node_id in held or not work.has_node(node_id) or work.node(node_id).is_client:
            continue
        if before.has_node(node_id) and not belongs(before, before.node(node_id)):
            continue  # sat elsewhere on purpose
        if belongs(work, work.node(node_id)):
            continue
        placement = place_person(work, node_id, text_scale, near=(near or {}).get(node_id))
        if placement.moves:
            work.set_ring_scale(placement.ring_scale)
            for other_id, (x, y) in placement.moves.items():
                work.move_node(other_id, x, y)
        work.move_node(node_id, *placement.position)
    moves = {
        node.id: ((node.x, node.y), (work.node(node.id).x, work.node(node.id).y))
        for node in after.nodes
        if (node.x, node.y) != (work.node(node.id).x, work.node(node.id).y)
    }
    rings = (after.ring_scale, work.ring_scale) if work.ring_scale != after.ring_scale else None
    return moves, rings
