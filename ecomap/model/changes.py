"""What changed between two versions, one entry per change, grouped under headings for people.

``ecomap diff``, the editor's change list, the compare view's marks and the
PDF all read these entries, so a change is named the same way everywhere;
the words themselves are in :mod:`ecomap.model.change_words`. Each entry says
what it is about (node ids, a tie's pair of ends) so a view can find and mark it.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from ecomap.model import change_words as words
from ecomap.model.diff import MapDiff, diff_maps
from ecomap.model.elements import Tie
from ecomap.model.enums import Strength
from ecomap.model.network import EcoMap

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
    ChangeKind.NEW_TIE: words.NEW,
    ChangeKind.NEW_PERSON: words.NEW,
    ChangeKind.ENDED_TIE: words.ENDED,
    ChangeKind.GONE_PERSON: words.ENDED,
    ChangeKind.STRONGER: words.STRONGER,
    ChangeKind.WEAKER: words.WEAKER,
    ChangeKind.RETYPED: words.RETYPED,
    ChangeKind.STRESS_BEGAN: words.STRESS,
    ChangeKind.STRESS_ENDED: words.STRESS,
    ChangeKind.FLOW: words.OTHER,
    ChangeKind.DETAILS: words.OTHER,
}
"""The headings changes are grouped under (design §11), in order of first appearance; in English, as
keys (:func:`group_changes` gives them in the current language)."""


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
    names = {n.id: words.name(n.label) for n in a.nodes} | {n.id: words.name(n.label) for n in b.nodes}

    def who(tie: Tie) -> str:
        """A tie by its far end when the client is one end ("Gran"), else by both ("Mum – Gran")."""
        ends = [end for end in (tie.source, tie.target) if end not in client_ids]
        if len(ends) == 1:
            return names[ends[0]]
        return f"{names[tie.source]} – {names[tie.target]}"

    changes = [
        _on_tie(ChangeKind.NEW_TIE, words.new_tie(who(t), t.capital, t.strength, t.stressful), t)
        for t in diff.added_ties
    ]
    changes += [Change(ChangeKind.NEW_PERSON, words.new_person(n.label, n.domain), (n.id,)) for n in diff.added_nodes]
    changes += [
        _on_tie(ChangeKind.ENDED_TIE, words.ended_tie(who(t), t.capital, t.strength, t.stressful), t)
        for t in diff.removed_ties
    ]
    changes += [
        Change(ChangeKind.GONE_PERSON, words.gone_person(n.label, n.domain), (n.id,)) for n in diff.removed_nodes
    ]
    for change in diff.changed_ties:
        old, new, fields = change.old, change.new, change.changes
        name = who(new)
        if "strength" in fields:
            kind = (
                ChangeKind.STRONGER if STRENGTH_RANK[new.strength] > STRENGTH_RANK[old.strength] else ChangeKind.WEAKER
            )
            changes.append(_on_tie(kind, words.strength_changed(name, old.strength, new.strength), new))
        if "capital" in fields:
            changes.append(_on_tie(ChangeKind.RETYPED, words.capital_changed(name, old.capital, new.capital), new))
        if "stressful" in fields:
            kind = ChangeKind.STRESS_BEGAN if new.stressful else ChangeKind.STRESS_ENDED
            changes.append(_on_tie(kind, words.stress_changed(name, new.stressful), new))
        if "flow" in fields:
            sentence = words.flow_changed(name, old.flow, new.flow, names[new.source], names[new.target])
            changes.append(_on_tie(ChangeKind.FLOW, sentence, new))
        if "notes" in fields:
            changes.append(_on_tie(ChangeKind.DETAILS, words.tie_notes_changed(name), new))
    for node_change in diff.changed_nodes:
        parts = []
        for field, (before, after) in node_change.changes.items():
            if field == "label":
                parts.append(words.renamed(before))
            elif field == "domain":
                parts.append(words.moved(before, after))
            elif field == "kind":
                parts.append(words.kind_changed(before, after))
            else:
                parts.append(words.person_notes_changed())
        sentence = words.person_changed(node_change.new.label, parts)
        changes.append(Change(ChangeKind.DETAILS, sentence, (node_change.old.id,)))
    order = list(ChangeKind)
    return sorted(changes, key=lambda change: order.index(change.kind))


def _grouped(changes: Sequence[Change]) -> dict[str, list[Change]]:
    """``changes`` by their group (its heading in English), groups in order of first appearance."""
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.group, []).append(change)
    return groups


def group_changes(changes: Sequence[Change]) -> list[tuple[str, list[Change]]]:
    """``changes`` under their headings ("New", "Ended", ..., in the current language), headings in order
    of first appearance."""
    return [(words.heading_words(title), group) for title, group in _grouped(changes).items()]


def counts_summary(changes: Sequence[Change]) -> str:
    """``"11 new, 3 ended, 5 stronger, ..."``, or that nothing changed."""
    return words.counts_summary((title, len(group)) for title, group in _grouped(changes).items())


def condensed(changes: Sequence[Change]) -> list[str]:
    """The sentences of ``changes``, with every tie whose notes changed named in one sentence at the end."""
    sentences: list[str] = []
    notes: list[str] = []
    for change in changes:
        who = words.who_of_tie_notes(change.sentence) if change.kind is ChangeKind.DETAILS and change.pair else None
        if who is not None:
            notes.append(who)
        else:
            sentences.append(change.sentence)
    if notes:
        sentences.append(words.notes_changed_on_ties(notes))
    return sentences


def change_lines(changes: Sequence[Change], indent: str = "  ") -> list[str]:
    """``changes`` as plain text: each heading with its count, then its sentences indented under it."""
    if not changes:
        return [words.no_changes()]
    lines: list[str] = []
    for title, group in group_changes(changes):
        lines.append(words.heading(title, len(group)))
        lines += [indent + change.sentence for change in group]
    return lines


def _on_tie(kind: ChangeKind, sentence: str, tie: Tie) -> Change:
    return Change(kind, sentence, (tie.source, tie.target), tie.pair)
