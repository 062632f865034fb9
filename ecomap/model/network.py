"""The map of one moment: nodes and ties under the domain rules, with change events."""

import math
from collections.abc import Iterable, ValuesView
from dataclasses import dataclass, replace
from typing import Any

from ecomap.model.elements import NODE_FIELDS, TIE_FIELDS, Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.errors import ModelError
from ecomap.model.events import Event
from ecomap.model.plan import AboutDomain, Action, Plan
from ecomap.model.rules import MAX_LABEL_LENGTH, MAX_NOTES_LENGTH, check_id, check_ring_scale, check_text


@dataclass(frozen=True, slots=True)
class RemovedNode:
    """What :meth:`EcoMap.remove_node` took out, so an undo can put it back."""

    node: Node
    index: int
    ties: tuple[tuple[Tie, int], ...]
    actions: tuple[Action, ...] = ()
    """The plan's actions that were about the node (or a tie of it), as they were before it went."""


def _insert(mapping: dict[str, Any], key: str, value: Any, index: int | None) -> None:
    if index is None or index >= len(mapping):
        mapping[key] = value
        return
    items = list(mapping.items())
    items.insert(max(index, 0), (key, value))
    mapping.clear()
    mapping.update(items)


def _index_of(mapping: dict[str, Any], key: str) -> int:
    for index, existing in enumerate(mapping):
        if existing == key:
            return index
    raise KeyError(key)


class EcoMap:
    """One version of a client's network: exactly one client, rules always kept.

    Every change goes through a method that checks the rules and then emits
    an event (``node_added``, ``tie_changed``, ...) for the views to follow.
    Nodes and ties are immutable records; an update replaces the record.

    ``ring_scale`` is the size of the map's closeness rings against the
    standard ones (1.0; 2.0 doubles every ring's radius): the rings of a map
    grow together when its people need the room (design §17). Like the
    positions, it is how the map is drawn, not what the network says.
    """

    def __init__(
        self,
        nodes: Iterable[Node] = (),
        ties: Iterable[Tie] = (),
        *,
        ring_scale: float = 1.0,
        plan: Iterable[Action] = (),
    ) -> None:
        self.node_added: Event[[Node, int]] = Event()
        self.node_removed: Event[[Node, int]] = Event()
        self.node_changed: Event[[Node, Node]] = Event()
        self.tie_added: Event[[Tie, int]] = Event()
        self.tie_removed: Event[[Tie, int]] = Event()
        self.tie_changed: Event[[Tie, Tie]] = Event()
        self.rings_changed: Event[[float, float]] = Event()
        self._ring_scale = check_ring_scale(ring_scale)
        self._nodes: dict[str, Node] = {}
        self._ties: dict[str, Tie] = {}
        self._pairs: dict[frozenset[str], str] = {}
        self._incident: dict[str, dict[str, None]] = {}
        self._client_id = ""
        for number, node in enumerate(nodes):
            self._check_new_node(node, f"nodes[{number}]")
            self._store_node(node, None)
        if not self._client_id:
            raise ModelError("no node has kind 'client'; a map needs exactly one", "nodes")
        for number, tie in enumerate(ties):
            self._check_new_tie(tie, f"ties[{number}]")
            self._store_tie(tie, None)
        self.plan = Plan(plan, has_node=self.has_node)
        """The steps agreed with the client that day (design §14); they follow the map's nodes."""

    @classmethod
    def with_client(cls, label: str, node_id: str = "client") -> "EcoMap":
        """A new map holding only the client, at the centre."""
        return cls([Node(id=node_id, label=label, kind=Kind.CLIENT)])

    # -- reading ---------------------------------------------------------

    @property
    def nodes(self) -> ValuesView[Node]:
        return self._nodes.values()

    @property
    def ties(self) -> ValuesView[Tie]:
        return self._ties.values()

    @property
    def ring_scale(self) -> float:
        """The rings' size against the standard rings (1.0)."""
        return self._ring_scale

    @property
    def client(self) -> Node:
        return self._nodes[self._client_id]

    def node(self, node_id: str) -> Node:
        try:
            return self._nodes[node_id]
        except KeyError:
            raise ModelError(f"no node with id {node_id!r}") from None

    def tie(self, tie_id: str) -> Tie:
        try:
            return self._ties[tie_id]
        except KeyError:
            raise ModelError(f"no tie with id {tie_id!r}") from None

    def has_node(self, node_id: str) -> bool:
        return node_id in self._nodes

    def has_tie(self, tie_id: str) -> bool:
        return tie_id in self._ties

    def tie_between(self, a: str, b: str) -> Tie | None:
        tie_id = self._pairs.get(frozenset((a, b)))
        return None if tie_id is None else self._ties[tie_id]

    def ties_of(self, node_id: str) -> list[Tie]:
        return [self._ties[t] for t in self._incident.get(node_id, {})]

    def node_index(self, node_id: str) -> int:
        return _index_of(self._nodes, node_id)

    def tie_index(self, tie_id: str) -> int:
        return _index_of(self._ties, tie_id)

    def new_node_id(self, stem: str = "n") -> str:
        """An id not used by any node: ``stem``, or ``stem`` plus a number."""
        return _fresh_id(stem, self._nodes)

    def new_tie_id(self) -> str:
        """An id not used by any tie: ``t1``, ``t2``, ..."""
        return _fresh_id("t", self._ties, always_number=True)

    def copy(self) -> "EcoMap":
        """An equal map with no subscribers."""
        return EcoMap(self._nodes.values(), self._ties.values(), ring_scale=self._ring_scale, plan=self.plan.actions)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EcoMap):
            return NotImplemented
        return (
            self._ring_scale == other._ring_scale
            and tuple(self.nodes) == tuple(other.nodes)
            and tuple(self.ties) == tuple(other.ties)
            and self.plan == other.plan
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        rings = f", rings x{self._ring_scale:g}" if self._ring_scale != 1.0 else ""
        plan = f", {len(self.plan)} actions" if len(self.plan) else ""
        return f"<EcoMap {len(self._nodes)} nodes, {len(self._ties)} ties{rings}{plan}>"

    # -- editing ---------------------------------------------------------

    def set_ring_scale(self, value: float) -> float:
        """Make the rings ``value`` times the standard size; returns the scale as it was.

        Emits ``rings_changed(old, new)`` only when the scale changes.
        """
        new = check_ring_scale(value)
        old = self._ring_scale
        if new != old:
            self._ring_scale = new
            self.rings_changed.emit(old, new)
        return old

    def add_node(self, node: Node, index: int | None = None) -> None:
        """Add ``node`` at ``index`` (default: last)."""
        self._check_new_node(node, "node")
        self._store_node(node, index)
        self.node_added.emit(node, self.node_index(node.id) if index is not None else len(self._nodes) - 1)

    def remove_node(self, node_id: str) -> RemovedNode:
        """Remove a node and its ties; the client cannot be removed.

        An action about the node, or about a tie of it, stays in the plan and
        becomes about the node's domain (about the network as a whole for a
        node in no domain); :meth:`restore_node` puts everything back.
        """
        node = self.node(node_id)
        if node.is_client:
            raise ModelError("the client cannot be removed from their own map")
        about_instead = AboutDomain(node.domain) if node.domain is not Domain.OTHER else None
        actions = tuple(self.plan.update_action(a.id, about=about_instead) for a in self.plan.about_node(node_id))
        removed_ties = tuple((tie, self.remove_tie(tie.id)[1]) for tie in reversed(self.ties_of(node_id)))
        index = self.node_index(node_id)
        del self._nodes[node_id]
        del self._incident[node_id]
        self.node_removed.emit(node, index)
        return RemovedNode(node, index, tuple(reversed(removed_ties)), actions)

    def restore_node(self, removed: RemovedNode) -> None:
        """Undo :meth:`remove_node`: the node, its ties and what its actions were about, where they were."""
        self.add_node(removed.node, removed.index)
        for tie, index in removed.ties:
            self.add_tie(tie, index)
        for action in removed.actions:
            self.plan.update_action(action.id, about=action.about)

    def update_node(self, node_id: str, **changes: Any) -> Node:
        """Change fields of a node; returns the node as it was."""
        old = self.node(node_id)
        unknown = set(changes) - set(NODE_FIELDS)
        if unknown:
            raise ModelError(f"a node has no editable field {sorted(unknown)[0]!r}")
        new = replace(old, **changes)
        if (new.kind is Kind.CLIENT) != (old.kind is Kind.CLIENT):
            raise ModelError("the client stays the client; another node cannot become the client")
        _check_node_fields(new, "node")
        if new == old:
            return old
        self._nodes[node_id] = new
        self.node_changed.emit(old, new)
        return old

    def move_node(self, node_id: str, x: float, y: float) -> Node:
        """Move a node; returns the node as it was."""
        return self.update_node(node_id, x=float(x), y=float(y))

    def add_tie(self, tie: Tie, index: int | None = None) -> None:
        """Add ``tie`` at ``index`` (default: last)."""
        self._check_new_tie(tie, "tie")
        self._store_tie(tie, index)
        self.tie_added.emit(tie, self.tie_index(tie.id) if index is not None else len(self._ties) - 1)

    def remove_tie(self, tie_id: str) -> tuple[Tie, int]:
        """Remove a tie; returns it with the index it had."""
        tie = self.tie(tie_id)
        index = self.tie_index(tie_id)
        del self._ties[tie_id]
        del self._pairs[tie.pair]
        del self._incident[tie.source][tie_id]
        del self._incident[tie.target][tie_id]
        self.tie_removed.emit(tie, index)
        return tie, index

    def update_tie(self, tie_id: str, **changes: Any) -> Tie:
        """Change what a tie says (capital, strength, ...); returns it as it was."""
        old = self.tie(tie_id)
        unknown = set(changes) - set(TIE_FIELDS)
        if unknown:
            raise ModelError(f"a tie has no editable field {sorted(unknown)[0]!r}")
        new = replace(old, **changes)
        _check_tie_fields(new, "tie")
        if new == old:
            return old
        self._ties[tie_id] = new
        self.tie_changed.emit(old, new)
        return old

    def replace_with(self, other: "EcoMap") -> None:
        """Make this map equal to ``other`` in place, through the editing calls above,
        so whoever listens sees each change (a new draft from a saved version, and its undo).

        Both maps must have the same client: a case has one client throughout.
        """
        if other.client.id != self.client.id:
            raise ModelError("the other map belongs to a different client")
        for action in reversed(tuple(self.plan.actions)):
            self.plan.remove_action(action.id)
        self.set_ring_scale(other.ring_scale)
        for tie in reversed(tuple(self.ties)):
            self.remove_tie(tie.id)
        for node in reversed(tuple(self.nodes)):
            if not node.is_client:
                self.remove_node(node.id)
        client = other.client
        self.update_node(
            client.id, label=client.label, domain=client.domain, x=client.x, y=client.y, notes=client.notes
        )
        for index, node in enumerate(other.nodes):
            if not node.is_client:
                self.add_node(node, index)
        for tie in other.ties:
            self.add_tie(tie)
        for action in other.plan.actions:
            self.plan.add_action(action)

    # -- internals -------------------------------------------------------

    def _check_new_node(self, node: Node, path: str) -> None:
        _check_node_fields(node, path)
        if node.id in self._nodes:
            raise ModelError(f"duplicate node id {node.id!r}", f"{path}.id")
        if node.is_client and self._client_id:
            client = self._nodes[self._client_id]
            raise ModelError(
                f"a second client ({node.label!r}; {client.label!r} is already the client); a map has exactly one",
                f"{path}.kind",
            )

    def _store_node(self, node: Node, index: int | None) -> None:
        _insert(self._nodes, node.id, node, index)
        self._incident[node.id] = {}
        if node.is_client:
            self._client_id = node.id

    def _check_new_tie(self, tie: Tie, path: str) -> None:
        _check_tie_fields(tie, path)
        if tie.id in self._ties:
            raise ModelError(f"duplicate tie id {tie.id!r}", f"{path}.id")
        for end in ("source", "target"):
            node_id = getattr(tie, end)
            if node_id not in self._nodes:
                raise ModelError(f"no node with id {node_id!r}", f"{path}.{end}")
        if tie.source == tie.target:
            raise ModelError(f"both ends are {tie.source!r}; a tie joins two different nodes", path)
        existing = self._pairs.get(tie.pair)
        if existing is not None:
            raise ModelError(
                f"{tie.source!r} and {tie.target!r} are already joined by tie {existing!r}; at most one tie per pair",
                path,
            )

    def _store_tie(self, tie: Tie, index: int | None) -> None:
        _insert(self._ties, tie.id, tie, index)
        self._pairs[tie.pair] = tie.id
        self._incident[tie.source][tie.id] = None
        self._incident[tie.target][tie.id] = None


def claim_tie_id(taken: set[str]) -> str:
    """The first of ``t1``, ``t2``, ... not in ``taken``; adds it to ``taken``."""
    number = 1
    while f"t{number}" in taken:
        number += 1
    taken.add(f"t{number}")
    return f"t{number}"


def _fresh_id(stem: str, used: dict[str, Any], *, always_number: bool = False) -> str:
    if not always_number and stem not in used:
        return stem
    number = len(used) + 1
    while f"{stem}{number}" in used:
        number += 1
    return f"{stem}{number}"


def _check_node_fields(node: Node, path: str) -> None:
    check_id(node.id, f"{path}.id")
    check_text(node.label, f"{path}.label", MAX_LABEL_LENGTH, multiline=False)
    check_text(node.notes, f"{path}.notes", MAX_NOTES_LENGTH, multiline=True)
    if not isinstance(node.kind, Kind):
        raise ModelError(f"{node.kind!r} is not a node kind", f"{path}.kind")
    if not isinstance(node.domain, Domain):
        raise ModelError(f"{node.domain!r} is not a domain", f"{path}.domain")
    for axis in ("x", "y"):
        value = getattr(node, axis)
        if isinstance(value, bool) or not isinstance(value, float) or not math.isfinite(value):
            raise ModelError(f"{value!r} is not a finite number", f"{path}.{axis}")


def _check_tie_fields(tie: Tie, path: str) -> None:
    check_id(tie.id, f"{path}.id")
    check_text(tie.notes, f"{path}.notes", MAX_NOTES_LENGTH, multiline=True)
    for field, kind in (("capital", Capital), ("strength", Strength), ("flow", Flow)):
        if not isinstance(getattr(tie, field), kind):
            raise ModelError(f"{getattr(tie, field)!r} is not a valid {field}", f"{path}.{field}")
    if not isinstance(tie.stressful, bool):
        raise ModelError(f"{tie.stressful!r} is not true or false", f"{path}.stressful")
