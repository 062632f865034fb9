"""The two versions drawn as one map: the later map plus what the earlier one had and lost.

Plain Python (no Qt): the compare view draws the union with the canvas's own
items. People in both versions stand where the later version put them; people
no longer on the map stand where the earlier version had them, so nothing
moves between the marked map and the side-by-side pair. The union's rings
are the larger of the two versions' (it holds people placed on either), and
the side-by-side pair is drawn on the same rings.
"""

from dataclasses import dataclass, replace

from ecomap.model.changes import Change, describe_changes
from ecomap.model.diff import MapDiff, diff_maps
from ecomap.model.elements import Tie
from ecomap.model.network import EcoMap, claim_tie_id


@dataclass(frozen=True, slots=True)
class UnionMap:
    """The union of ``earlier`` and ``later`` and the changes between them.

    ``ghost_nodes`` and ``ghost_ties`` (tie ids in :attr:`map`) are the people
    and ties only the earlier map has.
    """

    map: EcoMap
    earlier: EcoMap
    later: EcoMap
    changes: tuple[Change, ...]
    ghost_nodes: frozenset[str]
    ghost_ties: frozenset[str]

    def earlier_in_place(self) -> EcoMap:
        """The earlier map with everyone where the union has them (for side by side)."""
        return _placed(self.earlier, self.map)

    def later_in_place(self) -> EcoMap:
        """The later map (its own positions are the union's), as a copy to draw."""
        return _placed(self.later, self.map)


def union_of(earlier: EcoMap, later: EcoMap, diff: MapDiff | None = None) -> UnionMap:
    """``later`` plus ``earlier``'s removed people (at their old places) and removed ties."""
    diff = diff if diff is not None else diff_maps(earlier, later)
    changes = tuple(describe_changes(earlier, later, diff))
    # Only a file edited by hand could name the client differently in two
    # versions; the earlier client is then the later one, not a second client.
    same = {earlier.client.id: later.client.id}
    nodes = list(later.nodes)
    ghost_nodes = [node for node in diff.removed_nodes if not node.is_client]
    nodes.extend(ghost_nodes)
    ties = list(later.ties)
    taken = {tie.id for tie in ties}
    ghost_ties: list[Tie] = []
    for tie in diff.removed_ties:
        source, target = same.get(tie.source, tie.source), same.get(tie.target, tie.target)
        if source == target:
            continue
        tie_id = tie.id if tie.id not in taken else claim_tie_id(taken)
        taken.add(tie_id)
        ghost_ties.append(replace(tie, id=tie_id, source=source, target=target))
    present = {tie.pair for tie in ties}
    ghost_ties = [tie for tie in ghost_ties if tie.pair not in present]
    ties.extend(ghost_ties)
    return UnionMap(
        map=EcoMap(nodes, ties, ring_scale=max(earlier.ring_scale, later.ring_scale)),
        earlier=earlier,
        later=later,
        changes=changes,
        ghost_nodes=frozenset(node.id for node in ghost_nodes),
        ghost_ties=frozenset(tie.id for tie in ghost_ties),
    )


def _placed(ecomap: EcoMap, positions: EcoMap) -> EcoMap:
    nodes = []
    for node in ecomap.nodes:
        if positions.has_node(node.id):
            where = positions.node(node.id)
            node = replace(node, x=where.x, y=where.y)
        nodes.append(node)
    return EcoMap(nodes, ecomap.ties, ring_scale=positions.ring_scale)
