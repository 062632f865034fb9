"""Undo commands for the plan: add, remove and change an action, each calling the model's :class:`Plan` API.

Like the map's commands (:mod:`ecomap.ui.commands`) they hold ids and old and
new values, never a widget: the Plan panel follows the plan's events, so undo
and redo need no knowledge of it. They go through the editor's one push path
(:meth:`~ecomap.ui.canvas.editing.CanvasEditor.push`), so the model can refuse
an edit, and "modified", autosave and Undo/Redo work as for the map.
"""

from collections.abc import Mapping
from typing import Any

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.network import EcoMap
from ecomap.model.plan import Action, Status
from ecomap.ui.commands import MapCommand

SHORT_TEXT = 40
"""Characters of an action's text that an Undo item quotes."""


def short_text(text: str) -> str:
    """An action's text on one line, cut to :data:`SHORT_TEXT` characters with "…" (for Undo's words)."""
    line = " ".join(text.split())
    return line if len(line) <= SHORT_TEXT else line[: SHORT_TEXT - 1].rstrip() + "…"


class AddActionCommand(MapCommand):
    """Add an action to the map's plan (last, or at ``index``)."""

    def __init__(self, ecomap: EcoMap, action: Action, index: int | None = None) -> None:
        super().__init__(translate("PlanCommands", "Add action: {action}").format(action=short_text(action.text)))
        self._map, self.action, self._index = ecomap, action, index

    def apply(self) -> None:
        self._map.plan.add_action(self.action, self._index)

    def revert(self) -> None:
        self._map.plan.remove_action(self.action.id)


class RemoveActionCommand(MapCommand):
    """Remove an action; undo puts it back where it was, as it was."""

    def __init__(self, ecomap: EcoMap, action_id: str) -> None:
        action = ecomap.plan.action(action_id)
        super().__init__(translate("PlanCommands", "Remove action: {action}").format(action=short_text(action.text)))
        self._map, self.action = ecomap, action
        self._index = ecomap.plan.index(action_id)

    def apply(self) -> None:
        self.action, self._index = self._map.plan.remove_action(self.action.id)

    def revert(self) -> None:
        self._map.plan.add_action(self.action, self._index)


FIELD_WORDS = {
    "text": QT_TRANSLATE_NOOP("PlanCommands", "Reword action: {action}"),
    "about": QT_TRANSLATE_NOOP("PlanCommands", "Change what an action is about: {action}"),
    "owner": QT_TRANSLATE_NOOP("PlanCommands", "Change who does {action}"),
    "due": QT_TRANSLATE_NOOP("PlanCommands", "Change the due date of {action}"),
    "outcome": QT_TRANSLATE_NOOP("PlanCommands", "Change the outcome of {action}"),
}
STATUS_MARKS = {
    Status.PLANNED: QT_TRANSLATE_NOOP("PlanCommands", "Mark planned: {action}"),
    Status.DOING: QT_TRANSLATE_NOOP("PlanCommands", "Mark under way: {action}"),
    Status.DONE: QT_TRANSLATE_NOOP("PlanCommands", "Mark done: {action}"),
    Status.DROPPED: QT_TRANSLATE_NOOP("PlanCommands", "Mark dropped: {action}"),
}
CHANGE = QT_TRANSLATE_NOOP("PlanCommands", "Change {action}")
"""What an edit of other or several fields says."""


def _edit_words(changes: Mapping[str, Any]) -> str:
    """What an edit of these fields does, in English, around the action's text ("Mark done: {action}")."""
    if set(changes) == {"status"} and isinstance(changes["status"], Status):
        return STATUS_MARKS[changes["status"]]
    if len(changes) == 1:
        return FIELD_WORDS.get(next(iter(changes)), CHANGE)
    return CHANGE


class EditActionCommand(MapCommand):
    """Change one or more fields of one action (text, about, owner, due, status, outcome)."""

    def __init__(self, ecomap: EcoMap, action_id: str, changes: Mapping[str, Any]) -> None:
        action = ecomap.plan.action(action_id)
        super().__init__(translate("PlanCommands", _edit_words(changes)).format(action=short_text(action.text)))
        self._map, self._id = ecomap, action_id
        self._new = dict(changes)
        self._old = {name: getattr(action, name) for name in changes}

    @property
    def action_id(self) -> str:
        return self._id

    def apply(self) -> None:
        self._map.plan.update_action(self._id, **self._new)

    def revert(self) -> None:
        self._map.plan.update_action(self._id, **self._old)
