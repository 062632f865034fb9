"""Changes between two versions in plain sentences, for people rather than scripts."""

from typing import Any

from ecomap.model.case import Version
from ecomap.model.diff import MapDiff
from ecomap.model.elements import Tie
from ecomap.model.enums import Flow


def _flow_words(flow: Flow, tie: Tie, labels: dict[str, str]) -> str:
    """A flow in words: "none", "to Mum", "to Sam", "both ways"."""
    if flow is Flow.TO_TARGET:
        return f"to {labels[tie.target]}"
    if flow is Flow.TO_SOURCE:
        return f"to {labels[tie.source]}"
    return "both ways" if flow is Flow.BOTH else "none"


def _plain(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def diff_sentences(diff: MapDiff, a: Version, b: Version) -> list[str]:
    """The changes from ``a`` to ``b`` as short sentences a manager can read."""
    if diff.is_empty:
        return ["No changes."]
    label_a = {n.id: n.label for n in a.map.nodes}
    label_b = {n.id: n.label for n in b.map.nodes}

    def pair(tie: Tie, labels: dict[str, str]) -> str:
        return f"{labels[tie.source]} – {labels[tie.target]}"

    lines = [f"New: {n.label} ({n.domain.value})" for n in diff.added_nodes]
    lines += [f"Gone: {n.label} ({n.domain.value})" for n in diff.removed_nodes]
    lines += [
        f"New tie: {pair(t, label_b)}, {t.capital.value}, {t.strength.value}" + (", stressful" if t.stressful else "")
        for t in diff.added_ties
    ]
    lines += [
        f"Ended: {pair(t, label_a)} (was {t.capital.value}, {t.strength.value}"
        + (", stressful)" if t.stressful else ")")
        for t in diff.removed_ties
    ]
    for change in diff.changed_ties:
        parts = []
        for name, (old, new) in change.changes.items():
            if name == "stressful":
                parts.append("stress began" if new else "stress ended")
            elif name == "notes":
                parts.append("notes changed")
            elif name == "flow":
                parts.append(f"flow {_flow_words(old, change.new, label_b)} → {_flow_words(new, change.new, label_b)}")
            else:
                parts.append(f"{name} {_plain(old)} → {_plain(new)}")
        lines.append(f"Changed: {pair(change.new, label_b)}: {'; '.join(parts)}")
    for node_change in diff.changed_nodes:
        parts = [
            "notes changed" if name == "notes" else f"{name} {_plain(old)} → {_plain(new)}"
            for name, (old, new) in node_change.changes.items()
        ]
        lines.append(f"Changed: {node_change.new.label}: {'; '.join(parts)}")
    return lines
