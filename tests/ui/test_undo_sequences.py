"""Any sequence of edits, undone completely, gives back the map it started from (hypothesis)."""

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from ecomap.model.canonical import map_to_dict
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.network import EcoMap
from ecomap.ui.commands import (
    AddNodeCommand,
    AddTieCommand,
    DeleteCommand,
    EditNodeCommand,
    EditTiesCommand,
    MoveNodesCommand,
)
from tests.strategies import ecomaps, line_text


@dataclass
class Step:
    kind: str
    a: int
    b: int
    value: object


steps = st.lists(
    st.builds(
        Step,
        st.sampled_from(["add", "tie", "delete", "move", "rename", "capital", "flow", "delete_tie", "domain"]),
        st.integers(0, 50),
        st.integers(0, 50),
        st.one_of(line_text, st.sampled_from(list(Capital)), st.sampled_from(list(Flow)), st.floats(-300, 300)),
    ),
    max_size=25,
)


def command_for(ecomap: EcoMap, step: Step, counter: int) -> object | None:
    nodes = list(ecomap.nodes)
    ties = list(ecomap.ties)
    node = nodes[step.a % len(nodes)]
    other = nodes[step.b % len(nodes)]
    if step.kind == "add":
        return AddNodeCommand(
            ecomap, Node(f"new{counter}", str(step.value)[:20], Kind.PERSON, Domain.FRIENDS, 5.0, 5.0)
        )
    if step.kind == "tie" and node.id != other.id and ecomap.tie_between(node.id, other.id) is None:
        return AddTieCommand(ecomap, Tie(ecomap.new_tie_id(), node.id, other.id, Capital.BONDING, Strength.STRONG))
    if step.kind == "delete":
        return DeleteCommand(ecomap, [node.id, other.id], [])
    if step.kind == "move" and isinstance(step.value, float):
        return MoveNodesCommand(ecomap, {node.id: ((node.x, node.y), (step.value, -step.value))})
    if step.kind == "rename" and isinstance(step.value, str):
        return EditNodeCommand(ecomap, node.id, {"label": step.value})
    if step.kind == "domain":
        return EditNodeCommand(ecomap, node.id, {"domain": list(Domain)[step.b % len(Domain)]})
    if ties and step.kind == "capital" and isinstance(step.value, Capital):
        return EditTiesCommand(ecomap, [ties[step.a % len(ties)].id], {"capital": step.value})
    if ties and step.kind == "flow" and isinstance(step.value, Flow):
        chosen = [t.id for t in ties[: 1 + step.b % len(ties)]]
        return EditTiesCommand(ecomap, chosen, {"flow": step.value})
    if ties and step.kind == "delete_tie":
        return DeleteCommand(ecomap, [], [ties[step.a % len(ties)].id, ties[step.b % len(ties)].id])
    return None


@settings(max_examples=120, deadline=None)
@given(ecomaps(max_nodes=6), steps)
def test_undoing_every_step_restores_the_map_and_redoing_restores_the_end(
    qapp: object, start: EcoMap, sequence: list[Step]
) -> None:
    ecomap = start.copy()
    stack = QUndoStack()
    snapshots = [map_to_dict(ecomap)]
    for counter, step in enumerate(sequence):
        command = command_for(ecomap, step, counter)
        if command is None or (isinstance(command, DeleteCommand) and command.is_empty):
            continue
        stack.push(command)  # type: ignore[arg-type]
        snapshots.append(map_to_dict(ecomap))
    final = map_to_dict(ecomap)
    for expected in reversed(snapshots[:-1]):
        stack.undo()
        assert map_to_dict(ecomap) == expected
    assert ecomap == start
    while stack.canRedo():
        stack.redo()
    assert map_to_dict(ecomap) == final
