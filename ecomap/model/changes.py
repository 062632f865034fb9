"""What changed between two versions, one entry per change, grouped and worded for people.

The editor's change list, the compare view's marks and the PDF all read these
entries, so a change is named the same way everywhere. Each entry says what it
is about (node ids, a tie's pair of ends) so a view can find and mark it.
"""

from dataclasses import dataclass
from enum import StrEnum

from ecomap.model.diff import MapDiff, diff_maps
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Flow, Strength
from ecomap.model.network import EcoMap
from ecomap.model.notation import DOMAIN_NAMES

STRENGTH_RANK = {Strength.TENUOUS: 0, Strength.MODERATE: 1, Strength.STRONG: 2}


class ChangeKind(StrEnum):
    """The kinds of change, in the order they are listed."""

    NEW_TIE = "new_tie"
    NEW_PERSON = "new_person"
    ENDED_TIE = "ended_tie"
    GONE_PERSON = "gone_person"
    STRONGER = "stronger"
    WEAKER = "weaker"
    RETYPED = "retyped"
    STRESS_BEGAN = "stress_began"
    STRESS_ENDED = "stress_ended"
    FLOW = "flow"
    DETAILS = "details"


GROUPS: dict[ChangeKind, str] = {
    ChangeKind.NEW_TIE: "New",
    ChangeKind.NEW_PERSON: "New",
    ChangeKind.ENDED_TIE: "Ended",
    ChangeKind.GONE_PERSON: "Ended",
    ChangeKind.STRONGER: "Stronger",
    ChangeKind.WEAKER: "Weaker",
    ChangeKind.RETYPED: "Re-typed",
    ChangeKind.STRESS_BEGAN: "Stress",
    ChangeKind.STRESS_ENDED: "Stress",
    ChangeKind.FLOW: "Other",
    ChangeKind.DETAILS: "Other",
}
"""The headings changes are grouped under (design §11), in order of first appearance."""


@dataclass(frozen=True, slots=True)
class Change:
    """One change from the earlier map to the later one.

    ``node_ids`` name the people it is about; ``pair`` is the tie's two ends
    (None for a change to a person). Ended ties and gone people are found in
    the earlier map, everything else in the later one.
    """

    kind: ChangeKind
    sentence: str
    node_ids: tuple[str, ...]
    pair: frozenset[str] | None = None

    @property
    def group(self) -> str:
        return GROUPS[self.kind]

    @property
    def in_earlier_map(self) -> bool:
        return self.kind in (ChangeKind.ENDED_TIE, ChangeKind.GONE_PERSON)


def describe_changes(a: EcoMap, b: EcoMap, diff: MapDiff | None = None) -> list[Change]:
    """Every change from ``a`` to ``b``, sorted by kind (new first) and then as the diff lists them."""
    diff = diff if diff is not None else diff_maps(a, b)
    client_ids = {a.client.id, b.client.id}
    names = {n.id: n.label or "unnamed" for n in a.nodes} | {n.id: n.label or "unnamed" for n in b.nodes}

    def who(tie: Tie) -> str:
        """A tie by its far end when the client is one end ("Gran"), else by both ("Mum – Gran")."""
        ends = [end for end in (tie.source, tie.target) if end not in client_ids]
        if len(ends) == 1:
            return names[ends[0]]
        return f"{names[tie.source]} – {names[tie.target]}"

    changes = [
        _on_tie(ChangeKind.NEW_TIE, f"New {tie.capital.value} tie: {who(tie)}, {_looks(tie)}", tie)
        for tie in diff.added_ties
    ]
    changes += [Change(ChangeKind.NEW_PERSON, f"New on the map: {_person(n)}", (n.id,)) for n in diff.added_nodes]
    changes += [
        _on_tie(ChangeKind.ENDED_TIE, f"Ended: {who(tie)} (was {tie.capital.value}, {_looks(tie)})", tie)
        for tie in diff.removed_ties
    ]
    changes += [
        Change(ChangeKind.GONE_PERSON, f"No longer on the map: {_person(n)}", (n.id,)) for n in diff.removed_nodes
    ]
    for change in diff.changed_ties:
        old, new, fields = change.old, change.new, change.changes
        name = who(new)
        if "strength" in fields:
            kind = (
                ChangeKind.STRONGER if STRENGTH_RANK[new.strength] > STRENGTH_RANK[old.strength] else ChangeKind.WEAKER
            )
            changes.append(_on_tie(kind, f"{name}: {old.strength.value} → {new.strength.value}", new))
        if "capital" in fields:
            sentence = f"{name}: {old.capital.value} → {new.capital.value} capital"
            changes.append(_on_tie(ChangeKind.RETYPED, sentence, new))
        if "stressful" in fields:
            kind = ChangeKind.STRESS_BEGAN if new.stressful else ChangeKind.STRESS_ENDED
            sentence = f"{name}: {'became stressful' if new.stressful else 'no longer stressful'}"
            changes.append(_on_tie(kind, sentence, new))
        if "flow" in fields:
            sentence = f"{name}: flow {_flow(old.flow, new, names)} → {_flow(new.flow, new, names)}"
            changes.append(_on_tie(ChangeKind.FLOW, sentence, new))
        if "notes" in fields:
            changes.append(_on_tie(ChangeKind.DETAILS, f"{name}: notes on the tie changed", new))
    for node_change in diff.changed_nodes:
        old_node, new_node = node_change.old, node_change.new
        parts = []
        for field, (before, after) in node_change.changes.items():
            if field == "label":
                parts.append(f"renamed from {before or 'unnamed'}")
            elif field == "domain":
                parts.append(f"moved from {DOMAIN_NAMES[before].lower()} to {DOMAIN_NAMES[after].lower()}")
            elif field == "kind":
                parts.append(f"now a {after.value} (was a {before.value})")
            else:
                parts.append("notes changed")
        sentence = f"{new_node.label or 'unnamed'}: {'; '.join(parts)}"
        changes.append(Change(ChangeKind.DETAILS, sentence, (old_node.id,)))
    order = list(ChangeKind)
    return sorted(changes, key=lambda change: order.index(change.kind))


def group_changes(changes: list[Change]) -> list[tuple[str, list[Change]]]:
    """``changes`` under their headings ("New", "Ended", ...), headings in order of first appearance."""
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.group, []).append(change)
    return list(groups.items())


def _on_tie(kind: ChangeKind, sentence: str, tie: Tie) -> Change:
    return Change(kind, sentence, (tie.source, tie.target), tie.pair)


def _looks(tie: Tie) -> str:
    return tie.strength.value + (", stressful" if tie.stressful else "")


def _person(node: Node) -> str:
    return f"{node.label or 'unnamed'} ({DOMAIN_NAMES[node.domain].lower()})"


def _flow(flow: Flow, tie: Tie, names: dict[str, str]) -> str:
    if flow is Flow.TO_TARGET:
        return f"to {names[tie.target]}"
    if flow is Flow.TO_SOURCE:
        return f"to {names[tie.source]}"
    return "both ways" if flow is Flow.BOTH else "none"
