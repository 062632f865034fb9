"""Undo commands: one per user action, each calling the model and never an item.

The scene follows the model's events, so undo and redo need no knowledge of
the canvas. ``redo()`` never pushes commands. Every command is a
:class:`MapCommand`: the editor applies it once (so the model can refuse it,
and so what follows from it can be worked out), marks it done and pushes it;
the stack's first ``redo()`` then does nothing, and the edit is announced once.
"""

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Strength
from ecomap.model.network import EcoMap, RemovedNode

MOVE_BY_KEY_ID = 1001
"""Command id under which arrow-key nudges of one selection merge into one step."""


def tie_title(ecomap: EcoMap, tie: Tie) -> str:
    """ "tie to Gran" for a tie of the client's, "tie Mum – Gran" otherwise (a name for an Undo item's words)."""
    client = ecomap.client.id
    if client in (tie.source, tie.target):
        return translate("Commands", "tie to {name}").format(name=_name(ecomap.node(tie.other_end(client))))
    ends = ecomap.node(tie.source).label, ecomap.node(tie.target).label
    return translate("Commands", "tie {one} – {other}").format(one=ends[0], other=ends[1])


def _name(node: Node) -> str:
    """A node's label, or "unnamed"."""
    return node.label or translate("Commands", "unnamed")


class MapCommand(QUndoCommand):
    """A change to the map: :meth:`apply` makes it, :meth:`revert` takes it back.

    :meth:`mark_done` says it has just been applied, so the ``redo()`` that
    ``QUndoStack.push`` calls at once is skipped (applying twice would be wrong
    for some commands and announces the edit twice for all).
    """

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self._done = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def mark_done(self) -> None:
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.apply()

    def undo(self) -> None:
        self.revert()


class StepCommand(MapCommand):
    """Several commands as one step on the undo stack (an edit, and the moves that follow it):
    applied in order, reverted in reverse."""

    def __init__(self, text: str, commands: list[MapCommand]) -> None:
        super().__init__(text)
        self.commands = commands

    def apply(self) -> None:
        for command in self.commands:
            command.apply()

    def revert(self) -> None:
        for command in reversed(self.commands):
            command.revert()


class AddNodeCommand(MapCommand):
    def __init__(self, ecomap: EcoMap, node: Node) -> None:
        super().__init__(
            translate("Commands", "Add {name}").format(name=node.label)
            if node.label
            else translate("Commands", "Add person")
        )
        self._map, self.node = ecomap, node

    def apply(self) -> None:
        self._map.add_node(self.node)

    def revert(self) -> None:
        self._map.remove_node(self.node.id)


class AddTieCommand(MapCommand):
    def __init__(self, ecomap: EcoMap, tie: Tie) -> None:
        super().__init__(translate("Commands", "Add {tie}").format(tie=tie_title(ecomap, tie)))
        self._map, self.tie = ecomap, tie

    def apply(self) -> None:
        self._map.add_tie(self.tie)

    def revert(self) -> None:
        self._map.remove_tie(self.tie.id)


class DeleteCommand(MapCommand):
    """Delete nodes (with their ties) and ties; undo puts each back where it was."""

    def __init__(self, ecomap: EcoMap, node_ids: list[str], tie_ids: list[str]) -> None:
        self._map = ecomap
        self._node_ids = [n for n in dict.fromkeys(node_ids) if not ecomap.node(n).is_client]
        gone = set(self._node_ids)
        self._tie_ids = [t for t in dict.fromkeys(tie_ids) if not ({ecomap.tie(t).source, ecomap.tie(t).target} & gone)]
        if len(self._node_ids) == 1 and not self._tie_ids:
            text = translate("Commands", "Delete {name}").format(name=_name(ecomap.node(self._node_ids[0])))
        elif not self._node_ids and len(self._tie_ids) == 1:
            text = translate("Commands", "Delete {tie}").format(tie=tie_title(ecomap, ecomap.tie(self._tie_ids[0])))
        else:
            count = len(self._node_ids) + len(self._tie_ids)  # (a plain name: lupdate reads no call in translate())
            text = translate("Commands", "Delete %n item(s)", None, count)
        super().__init__(text)
        self._removed_nodes: list[RemovedNode] = []
        self._removed_ties: list[tuple[Tie, int]] = []
        # Undo reverses the removals exactly: each index was recorded in the
        # state the map was in at that moment.

    @property
    def is_empty(self) -> bool:
        return not (self._node_ids or self._tie_ids)

    def apply(self) -> None:
        self._removed_ties = [self._map.remove_tie(t) for t in self._tie_ids]
        self._removed_nodes = [self._map.remove_node(n) for n in self._node_ids]

    def revert(self) -> None:
        for removed in reversed(self._removed_nodes):
            self._map.restore_node(removed)
        for tie, index in reversed(self._removed_ties):
            self._map.add_tie(tie, index)


class MoveNodesCommand(MapCommand):
    """Move nodes from old to new positions (a drag, a nudge, placing someone, Auto-arrange),
    and with ``rings`` (old, new) change the size of the map's rings with them."""

    def __init__(
        self,
        ecomap: EcoMap,
        moves: Mapping[str, tuple[tuple[float, float], tuple[float, float]]],
        text: str = "",
        merge_key: bool = False,
        rings: tuple[float, float] | None = None,
    ) -> None:
        if not text:
            count = len(moves)  # (a plain name: lupdate reads no call in translate())
            text = (
                translate("Commands", "Move {name}").format(name=ecomap.node(next(iter(moves))).label)
                if count == 1
                else translate("Commands", "Move %n item(s)", None, count)
            )
        super().__init__(text)
        self._map = ecomap
        self._moves = dict(moves)
        self._merge = merge_key
        self._rings = rings

    @property
    def node_ids(self) -> list[str]:
        """Who moves."""
        return list(self._moves)

    def id(self) -> int:
        return MOVE_BY_KEY_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveNodesCommand) or other._moves.keys() != self._moves.keys():
            return False
        self._moves = {key: (self._moves[key][0], other._moves[key][1]) for key in self._moves}
        return True

    def apply(self) -> None:
        if self._rings is not None:
            self._map.set_ring_scale(self._rings[1])
        for node_id, (_old, (x, y)) in self._moves.items():
            self._map.move_node(node_id, x, y)

    def revert(self) -> None:
        if self._rings is not None:
            self._map.set_ring_scale(self._rings[0])
        for node_id, ((x, y), _new) in self._moves.items():
            self._map.move_node(node_id, x, y)


class EditNodeCommand(MapCommand):
    """Change fields of one node (label, kind, domain, notes)."""

    def __init__(self, ecomap: EcoMap, node_id: str, changes: Mapping[str, Any]) -> None:
        node = ecomap.node(node_id)
        if set(changes) == {"label"}:
            text = translate("Commands", "Rename {old} to {new}").format(old=_name(node), new=changes["label"])
        else:
            text = translate("Commands", "Change {name}").format(name=_name(node))
        super().__init__(text)
        self._map, self._id = ecomap, node_id
        self._new = dict(changes)
        self._old = {name: getattr(node, name) for name in changes}

    def apply(self) -> None:
        self._map.update_node(self._id, **self._new)

    def revert(self) -> None:
        self._map.update_node(self._id, **self._old)


class EditTiesCommand(MapCommand):
    """Change the same fields of one or more ties (capital, strength, stress, flow, notes)."""

    def __init__(self, ecomap: EcoMap, tie_ids: list[str], changes: Mapping[str, Any]) -> None:
        self._map = ecomap
        self._new = dict(changes)
        self._old = {t: {name: getattr(ecomap.tie(t), name) for name in changes} for t in tie_ids}
        count = len(tie_ids)  # (a plain name: lupdate reads no call in translate())
        subject = (
            tie_title(ecomap, ecomap.tie(tie_ids[0])) if count == 1 else translate("Commands", "%n tie(s)", None, count)
        )
        super().__init__(translate("Commands", _describe(changes)).format(ties=subject))

    def apply(self) -> None:
        for tie_id in self._old:
            self._map.update_tie(tie_id, **self._new)

    def revert(self) -> None:
        for tie_id, old in self._old.items():
            self._map.update_tie(tie_id, **old)


class ReplaceMapCommand(MapCommand):
    """Make the working map a copy of another (a saved version); undo brings back the map it was.

    ``on_switch`` is told which version the map is based on after redo (the
    new one) and after undo (the one before), so the case records it.
    """

    def __init__(
        self,
        ecomap: EcoMap,
        target: EcoMap,
        text: str,
        based_on: tuple[int | None, int | None] = (None, None),
        on_switch: Callable[[int | None], None] = lambda _number: None,
    ) -> None:
        super().__init__(text)
        self._map = ecomap
        self._before, self._after = ecomap.copy(), target.copy()
        self._based_on = based_on
        self._on_switch = on_switch

    def apply(self) -> None:
        self._map.replace_with(self._after)
        self._on_switch(self._based_on[1])

    def revert(self) -> None:
        self._map.replace_with(self._before)
        self._on_switch(self._based_on[0])


MAKE_CAPITAL = {
    Capital.BONDING: QT_TRANSLATE_NOOP("Commands", "Make bonding: {ties}"),
    Capital.BRIDGING: QT_TRANSLATE_NOOP("Commands", "Make bridging: {ties}"),
    Capital.LINKING: QT_TRANSLATE_NOOP("Commands", "Make linking: {ties}"),
}
MAKE_STRENGTH = {
    Strength.STRONG: QT_TRANSLATE_NOOP("Commands", "Make strong: {ties}"),
    Strength.MODERATE: QT_TRANSLATE_NOOP("Commands", "Make moderate: {ties}"),
    Strength.TENUOUS: QT_TRANSLATE_NOOP("Commands", "Make tenuous: {ties}"),
}


def _describe(changes: Mapping[str, Any]) -> str:
    """What an edit of these fields of ties says, in English, around the ties' name ("Make strong: {ties}")."""
    if set(changes) == {"capital"}:
        return MAKE_CAPITAL[Capital(changes["capital"])]
    if set(changes) == {"strength"}:
        return MAKE_STRENGTH[Strength(changes["strength"])]
    if set(changes) == {"stressful"}:
        if changes["stressful"]:
            return QT_TRANSLATE_NOOP("Commands", "Mark stressful: {ties}")
        return QT_TRANSLATE_NOOP("Commands", "Mark not stressful: {ties}")
    if set(changes) == {"flow"}:
        return QT_TRANSLATE_NOOP("Commands", "Change flow of {ties}")
    return QT_TRANSLATE_NOOP("Commands", "Change {ties}")
