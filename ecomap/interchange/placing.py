"""Where imported people without a position go: arranged so the map reads at a glance (design §17).

A map none of whose people has a position (a GraphML file from another
tool, a hand-written JSON document) is arranged as *Auto-arrange* would
arrange it: positions and, where its people need the room, larger rings.
A map where only some lack one keeps everyone who has one where they are;
the others are placed one at a time, in the map's order, each in a free
spot in their domain's sector and ring band (the rings growing, everyone
moving out with them, when a band has no room). All at the standard text
size.

Both take time that grows faster than the map, so they are kept to maps
that can read at a glance: arranging to maps of at most
:data:`ARRANGED_UP_TO` nodes, placing one by one (much slower per person)
to maps of at most :data:`PLACED_UP_TO`, the largest map design §17 holds
to its rules. On a larger map the people without a position are spread
evenly over their sector and band instead (at the rings Auto-arrange would
start from, if no one has a position). The layout code loads only when
someone needs placing.
"""

from collections.abc import Iterable

from ecomap.model.network import EcoMap

ARRANGED_UP_TO = 150
"""The most nodes a map none of whose people has a position may have to be arranged (a few seconds
at most; 400 nodes take minutes)."""
PLACED_UP_TO = 60
"""The most nodes a map where some people have a position may have for the others to be placed one
by one (a few seconds at most)."""


def place_unplaced(ecomap: EcoMap, node_ids: Iterable[str]) -> None:
    """Give ``node_ids`` (nodes of ``ecomap`` that came without a position) their positions, in place."""
    unplaced = set(node_ids)
    people = [node.id for node in ecomap.nodes if not node.is_client]
    missing = [node_id for node_id in people if node_id in unplaced]
    if not missing:
        return
    everyone = len(missing) == len(people)
    if len(ecomap.nodes) > (ARRANGED_UP_TO if everyone else PLACED_UP_TO):
        _spread(ecomap, missing, everyone=everyone)
    elif everyone:
        from ecomap.model.arrange import arrange

        arrangement = arrange(ecomap)
        _settle(ecomap, arrangement.positions, arrangement.ring_scale)
    else:
        _place_one_by_one(ecomap, missing)


def _place_one_by_one(ecomap: EcoMap, missing: list[str]) -> None:
    """Place ``missing`` in turn with everyone placed so far fixed; those not yet placed are left
    off the map meanwhile (they would sit on the client)."""
    from ecomap.model.placement import place_person

    work = ecomap.copy()
    for node_id in missing:
        work.remove_node(node_id)
    for node_id in missing:
        work.add_node(ecomap.node(node_id))
        for tie in ecomap.ties_of(node_id):
            if work.has_node(tie.other_end(node_id)):
                work.add_tie(tie)
        placement = place_person(work, node_id)
        work.set_ring_scale(placement.ring_scale)
        for other_id, (x, y) in placement.moves.items():
            work.move_node(other_id, x, y)
        work.move_node(node_id, *placement.position)
    _settle(ecomap, {node.id: (node.x, node.y) for node in work.nodes}, work.ring_scale)


def _spread(ecomap: EcoMap, missing: list[str], *, everyone: bool) -> None:
    """The quick way for a very large map: each of ``missing`` at its ideal spot (evenly over its
    sector and band), at the rings Auto-arrange would start from if no one has a position yet."""
    from ecomap.model.arrange import Plan

    plan = Plan(ecomap, 1.0)
    scale = plan.starting_scale() if everyone else ecomap.ring_scale
    ideal = plan.ideal_positions(scale)
    _settle(ecomap, {node_id: ideal[node_id] for node_id in missing}, scale)


def _settle(ecomap: EcoMap, positions: dict[str, tuple[float, float]], ring_scale: float) -> None:
    ecomap.set_ring_scale(ring_scale)
    for node_id, (x, y) in positions.items():
        ecomap.move_node(node_id, x, y)
