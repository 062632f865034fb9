"""The network-promoter plan: the small steps agreed with the client, each about part of the map (design §14).

A map carries the plan as it stood that day, as a saved version carries its
map: an ordered list of :class:`Action` records with ids that stay the same
from version to version. The plan checks every change against the rules of
§14 (an action about a node needs that node on the map; one about a tie needs
both its ends there, though the tie itself may not exist yet) and announces
it, like the map's nodes and ties, so the views can follow.
"""

from collections.abc import Callable, Iterable, ValuesView
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from typing import Any

from ecomap.model.enums import Capital, Domain
from ecomap.model.errors import ModelError
from ecomap.model.events import Event
from ecomap.model.rules import MAX_LABEL_LENGTH, MAX_NOTES_LENGTH, check_date, check_id, check_text

MAX_ACTION_TEXT = 500
"""An action is a small step in a sentence or two (design §14)."""


class Status(StrEnum):
    """Where an agreed action stands."""

    PLANNED = "planned"
    DOING = "doing"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        """Still to happen: planned or under way."""
        return self in (Status.PLANNED, Status.DOING)


@dataclass(frozen=True, slots=True)
class AboutNode:
    """An action about a person, group or place on the map."""

    node: str


@dataclass(frozen=True, slots=True)
class AboutTie:
    """An action about the tie between two nodes, which need not exist yet (that is often the point)."""

    ends: tuple[str, str]

    @property
    def pair(self) -> frozenset[str]:
        return frozenset(self.ends)


@dataclass(frozen=True, slots=True)
class AboutCapital:
    """An action about a kind of social capital as a whole ("more bridging")."""

    capital: Capital


@dataclass(frozen=True, slots=True)
class AboutDomain:
    """An action about an area of life ("someone from work or learning")."""

    domain: Domain


About = AboutNode | AboutTie | AboutCapital | AboutDomain | None
"""What an action is about; ``None``: the network as a whole."""

ACTION_FIELDS = ("text", "about", "owner", "due", "status", "outcome")
"""The fields of an action that an edit may change (``id`` never changes)."""


@dataclass(frozen=True, slots=True)
class Action:
    """One agreed step: what, about what, who does it, by when, and where it stands."""

    id: str
    text: str
    about: About = None
    owner: str = ""
    due: str | None = None
    status: Status = Status.PLANNED
    outcome: str = ""

    def is_due(self, today: str) -> bool:
        """Open and due by ``today`` (YYYY-MM-DD), overdue included."""
        return self.status.is_open and self.due is not None and self.due <= today

    def is_overdue(self, today: str) -> bool:
        """Open and due before ``today``."""
        return self.status.is_open and self.due is not None and self.due < today


def about_nodes(about: About) -> tuple[str, ...]:
    """The node ids ``about`` names: one for a node, two for a tie, none otherwise."""
    if isinstance(about, AboutNode):
        return (about.node,)
    if isinstance(about, AboutTie):
        return about.ends
    return ()


def check_action(action: Action, path: str, has_node: Callable[[str], bool]) -> None:
    """Refuse an action that breaks a rule of §14 on a map whose nodes ``has_node`` knows."""
    check_id(action.id, f"{path}.id")
    if not isinstance(action.text, str) or not action.text.strip():
        raise ModelError("must say what the step is", f"{path}.text")
    check_text(action.text, f"{path}.text", MAX_ACTION_TEXT, multiline=True)
    check_text(action.owner, f"{path}.owner", MAX_LABEL_LENGTH, multiline=False)
    check_text(action.outcome, f"{path}.outcome", MAX_NOTES_LENGTH, multiline=True)
    if action.due is not None:
        check_date(action.due, f"{path}.due")
    if not isinstance(action.status, Status):
        raise ModelError(f"{action.status!r} is not a status (planned, doing, done or dropped)", f"{path}.status")
    _check_about(action.about, f"{path}.about", has_node)


def _check_about(about: About, path: str, has_node: Callable[[str], bool]) -> None:
    if isinstance(about, AboutNode):
        check_id(about.node, f"{path}.node")
        if not has_node(about.node):
            raise ModelError(f"no node with id {about.node!r} on this map", f"{path}.node")
    elif isinstance(about, AboutTie):
        if len(about.ends) != 2 or about.ends[0] == about.ends[1]:
            raise ModelError("a tie joins two different nodes", f"{path}.tie")
        for end in about.ends:
            check_id(end, f"{path}.tie")
            if not has_node(end):
                raise ModelError(f"no node with id {end!r} on this map", f"{path}.tie")
    elif isinstance(about, AboutCapital):
        if not isinstance(about.capital, Capital):
            raise ModelError(f"{about.capital!r} is not a capital", f"{path}.capital")
    elif isinstance(about, AboutDomain):
        if not isinstance(about.domain, Domain):
            raise ModelError(f"{about.domain!r} is not a domain", f"{path}.domain")
    elif about is not None:
        raise ModelError(f"{about!r} is not something an action can be about", path)


class Plan:
    """The actions of one map, in order, under the rules of §14, with change events.

    ``has_node`` tells whether a node is on the map the plan belongs to; the
    map keeps the two in step (see :meth:`EcoMap.remove_node`).
    """

    def __init__(self, actions: Iterable[Action] = (), *, has_node: Callable[[str], bool]) -> None:
        self.action_added: Event[[Action, int]] = Event()
        self.action_removed: Event[[Action, int]] = Event()
        self.action_changed: Event[[Action, Action]] = Event()
        self._has_node = has_node
        self._actions: dict[str, Action] = {}
        for number, action in enumerate(actions):
            self._check_new(action, f"plan[{number}]")
            self._actions[action.id] = action

    # -- reading ---------------------------------------------------------

    @property
    def actions(self) -> ValuesView[Action]:
        return self._actions.values()

    def action(self, action_id: str) -> Action:
        try:
            return self._actions[action_id]
        except KeyError:
            raise ModelError(f"no action with id {action_id!r}") from None

    def has_action(self, action_id: str) -> bool:
        return action_id in self._actions

    def index(self, action_id: str) -> int:
        for index, existing in enumerate(self._actions):
            if existing == action_id:
                return index
        raise ModelError(f"no action with id {action_id!r}")

    def about_node(self, node_id: str) -> list[Action]:
        """The actions about ``node_id`` or about a tie with it as one end."""
        return [a for a in self._actions.values() if node_id in about_nodes(a.about)]

    def new_action_id(self, taken: Iterable[str] = ()) -> str:
        """An id for a new action: ``a1``, ``a2``, ... used by none here nor in ``taken`` (earlier versions')."""
        used = set(self._actions) | set(taken)
        number = 1
        while f"a{number}" in used:
            number += 1
        return f"a{number}"

    def __len__(self) -> int:
        return len(self._actions)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Plan):
            return NotImplemented
        return tuple(self._actions.values()) == tuple(other._actions.values())

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<Plan {len(self._actions)} actions>"

    # -- editing ---------------------------------------------------------

    def add_action(self, action: Action, index: int | None = None) -> None:
        """Add ``action`` at ``index`` (default: last)."""
        self._check_new(action, "action")
        items = list(self._actions.items())
        at = len(items) if index is None else max(0, min(index, len(items)))
        items.insert(at, (action.id, action))
        self._actions = dict(items)
        self.action_added.emit(action, at)

    def remove_action(self, action_id: str) -> tuple[Action, int]:
        """Remove an action; returns it with the index it had."""
        action = self.action(action_id)
        index = self.index(action_id)
        del self._actions[action_id]
        self.action_removed.emit(action, index)
        return action, index

    def update_action(self, action_id: str, **changes: Any) -> Action:
        """Change fields of an action; returns the action as it was."""
        old = self.action(action_id)
        unknown = set(changes) - set(ACTION_FIELDS)
        if unknown:
            raise ModelError(f"an action has no editable field {sorted(unknown)[0]!r}")
        new = replace(old, **changes)
        check_action(new, "action", self._has_node)
        if new == old:
            return old
        self._actions[action_id] = new
        self.action_changed.emit(old, new)
        return old

    def _check_new(self, action: Action, path: str) -> None:
        if not isinstance(action, Action):
            raise ModelError(f"{action!r} is not an action", path)
        check_action(action, path, self._has_node)
        if action.id in self._actions:
            raise ModelError(f"duplicate action id {action.id!r}", f"{path}.id")


def field_names() -> tuple[str, ...]:
    """Every field of an action, ``id`` first, in the order the interchange writes them."""
    return tuple(f.name for f in fields(Action))
