"""The review of a plan at a later version: where each action stands and what the map did (design §14).

For an action in version N's plan, looked at from a later version M: its
status at M (``None`` when it is no longer in M's plan: "gone"), whether what
it is about is on M's map, and how the tie moved from N to M: for an action
about a tie, the tie between its two ends; for one about a node, the client's
tie to that node. Actions about a capital, a domain or nothing have no place
on the map to look at: both are ``None``.
"""

from dataclasses import dataclass
from enum import StrEnum

from ecomap.model.elements import Tie
from ecomap.model.enums import Strength
from ecomap.model.network import EcoMap
from ecomap.model.plan import About, AboutNode, AboutTie, Action, Status

_RANK = {Strength.TENUOUS: 0, Strength.MODERATE: 1, Strength.STRONG: 2}


class Movement(StrEnum):
    """How a tie moved between two versions."""

    NEW = "new"
    STRONGER = "stronger"
    WEAKER = "weaker"
    SAME = "same"
    ENDED = "ended"


@dataclass(frozen=True, slots=True)
class MapOutcome:
    """What the map did about an action: is its node or tie on the later map, and how did the tie move."""

    on_map: bool | None
    strength: Movement | None
    tie_then: Tie | None = None
    tie_now: Tie | None = None


@dataclass(frozen=True, slots=True)
class Review:
    """An action of version N's plan, reviewed from version ``since`` (N-1) to N: ``plan --json``'s review."""

    since: int
    status_then: Status
    outcome: MapOutcome


@dataclass(frozen=True, slots=True)
class Fate:
    """What became of an action by a later version: its status there (``None``: gone from the plan) and the map."""

    action: Action
    status_now: Status | None
    outcome: MapOutcome

    @property
    def status_word(self) -> str:
        """``done``, ``dropped``, ... or ``gone``, as ``plan`` and the PDF say it."""
        return "gone" if self.status_now is None else self.status_now.value


def tie_in_question(about: About, ecomap: EcoMap) -> Tie | None:
    """The tie an action is about on ``ecomap``: between a tie's two ends, or the client's tie to a node."""
    if isinstance(about, AboutTie):
        return ecomap.tie_between(*about.ends)
    if isinstance(about, AboutNode) and ecomap.has_node(about.node):
        return ecomap.tie_between(ecomap.client.id, about.node)
    return None


def map_outcome(about: About, then: EcoMap, now: EcoMap) -> MapOutcome:
    """What the map did between ``then`` and ``now`` about ``about``."""
    if isinstance(about, AboutTie):
        on_map = now.tie_between(*about.ends) is not None
    elif isinstance(about, AboutNode):
        on_map = now.has_node(about.node)
    else:
        return MapOutcome(None, None)
    before, after = tie_in_question(about, then), tie_in_question(about, now)
    return MapOutcome(on_map, movement(before, after), before, after)


def movement(before: Tie | None, after: Tie | None) -> Movement | None:
    """How a tie moved: new, stronger, weaker, the same or ended; ``None`` when it is on neither map."""
    if before is None:
        return None if after is None else Movement.NEW
    if after is None:
        return Movement.ENDED
    rank_before, rank_after = _RANK[before.strength], _RANK[after.strength]
    if rank_after > rank_before:
        return Movement.STRONGER
    if rank_after < rank_before:
        return Movement.WEAKER
    return Movement.SAME


def review_plan(earlier: EcoMap | None, later: EcoMap, since: int) -> dict[str, Review | None]:
    """Each action of ``later``'s plan, reviewed from ``earlier`` (version ``since``), by action id.

    ``None`` for an action that was not in the earlier plan, and for every
    action when there is no earlier version (``earlier`` is ``None``).
    """
    reviews: dict[str, Review | None] = {}
    for action in later.plan.actions:
        if earlier is None or not earlier.plan.has_action(action.id):
            reviews[action.id] = None
            continue
        then = earlier.plan.action(action.id)
        reviews[action.id] = Review(since, then.status, map_outcome(action.about, earlier, later))
    return reviews


def fates(earlier: EcoMap, later: EcoMap) -> list[Fate]:
    """What became of each action of ``earlier``'s plan by ``later``, in the earlier plan's order."""
    result = []
    for action in earlier.plan.actions:
        status = later.plan.action(action.id).status if later.plan.has_action(action.id) else None
        result.append(Fate(action, status, map_outcome(action.about, earlier, later)))
    return result


def due_actions(ecomap: EcoMap, today: str) -> list[Action]:
    """The open actions of ``ecomap``'s plan that are due by ``today`` (overdue first, then by date)."""
    due = [a for a in ecomap.plan.actions if a.is_due(today)]
    return sorted(due, key=lambda a: a.due or "")
