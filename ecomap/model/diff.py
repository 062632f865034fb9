"""What changed between two maps: nodes matched by id, ties by their pair of ends.

Positions are not compared: moving a node is not a change in the network;
nor is the size of the rings (a map's ``ring_scale``), which only says how
much room the map needed to be drawn.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ecomap.model.elements import TIE_FIELDS, Node, Tie
from ecomap.model.network import EcoMap

NODE_COMPARED = ("label", "kind", "domain", "notes")
"""Node fields the diff compares (not ``x``/``y``)."""


@dataclass(frozen=True, slots=True)
class NodeChange:
    """A node present in both maps whose description changed."""

    old: Node
    new: Node
    changes: Mapping[str, tuple[Any, Any]]


@dataclass(frozen=True, slots=True)
class TieChange:
    """A tie present in both maps (same pair of ends) whose attributes changed.

    ``old`` is turned to ``new``'s orientation, so a flow that reads
    ``to_target`` in both really is the same direction.
    """

    old: Tie
    new: Tie
    changes: Mapping[str, tuple[Any, Any]]


@dataclass(frozen=True, slots=True)
class MapDiff:
    """Differences from map ``a`` to map ``b``, each list sorted for stable output."""

    added_nodes: tuple[Node, ...]
    removed_nodes: tuple[Node, ...]
    changed_nodes: tuple[NodeChange, ...]
    added_ties: tuple[Tie, ...]
    removed_ties: tuple[Tie, ...]
    changed_ties: tuple[TieChange, ...]

    @property
    def is_empty(self) -> bool:
        return not (
            self.added_nodes
            or self.removed_nodes
            or self.changed_nodes
            or self.added_ties
            or self.removed_ties
            or self.changed_ties
        )


def _changes(old: object, new: object, fields: Iterable[str]) -> dict[str, tuple[Any, Any]]:
    return {
        name: (getattr(old, name), getattr(new, name)) for name in fields if getattr(old, name) != getattr(new, name)
    }


def _tie_key(tie: Tie) -> tuple[str, str]:
    return (tie.source, tie.target)


def diff_maps(a: EcoMap, b: EcoMap) -> MapDiff:
    """Compare two maps of the same client."""
    a_nodes = {n.id: n for n in a.nodes}
    b_nodes = {n.id: n for n in b.nodes}
    changed_nodes = []
    for node_id in sorted(a_nodes.keys() & b_nodes.keys()):
        changes = _changes(a_nodes[node_id], b_nodes[node_id], NODE_COMPARED)
        if changes:
            changed_nodes.append(NodeChange(a_nodes[node_id], b_nodes[node_id], changes))

    a_ties = {t.pair: t for t in a.ties}
    b_ties = {t.pair: t for t in b.ties}
    changed_ties = []
    for pair in b_ties.keys() & a_ties.keys():
        new = b_ties[pair]
        old = a_ties[pair].oriented(new.source, new.target)
        changes = _changes(old, new, TIE_FIELDS)
        if changes:
            changed_ties.append(TieChange(old, new, changes))
    changed_ties.sort(key=lambda change: _tie_key(change.new))

    return MapDiff(
        added_nodes=tuple(b_nodes[i] for i in sorted(b_nodes.keys() - a_nodes.keys())),
        removed_nodes=tuple(a_nodes[i] for i in sorted(a_nodes.keys() - b_nodes.keys())),
        changed_nodes=tuple(changed_nodes),
        added_ties=tuple(sorted((b_ties[p] for p in b_ties.keys() - a_ties.keys()), key=_tie_key)),
        removed_ties=tuple(sorted((a_ties[p] for p in a_ties.keys() - b_ties.keys()), key=_tie_key)),
        changed_ties=tuple(changed_ties),
    )


def apply_diff(a: EcoMap, diff: MapDiff) -> EcoMap:
    """``a`` with ``diff`` applied: equal to the map the diff was taken to,
    apart from the positions of nodes both maps share, the order of elements
    and the size of the rings (``a``'s, as the positions are).
    """
    removed_nodes = {n.id for n in diff.removed_nodes}
    changed_nodes = {c.new.id: c.changes for c in diff.changed_nodes}
    nodes = [
        replace(n, **{name: new for name, (_old, new) in changed_nodes.get(n.id, {}).items()})
        for n in a.nodes
        if n.id not in removed_nodes
    ]
    nodes.extend(diff.added_nodes)
    replaced = {t.pair for t in diff.removed_ties} | {c.new.pair for c in diff.changed_ties}
    ties = [t for t in a.ties if t.pair not in replaced]
    ties.extend(c.new for c in diff.changed_ties)
    ties.extend(diff.added_ties)
    taken = {t.id for t in ties}
    seen: set[str] = set()
    unique = []
    for tie in ties:
        if tie.id in seen:
            number = 1
            while f"t{number}" in taken:
                number += 1
            tie = replace(tie, id=f"t{number}")
            taken.add(tie.id)
        seen.add(tie.id)
        unique.append(tie)
    return EcoMap(nodes, unique, ring_scale=a.ring_scale)
