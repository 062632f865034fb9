"""The Plan panel at work in the editor: it shows the plan of the map on the canvas and turns edits into commands.

The panel follows the canvas: the working draft's plan, editable, with the
prompts of the working map updated as the map changes; or a saved version's
plan as it stood, read-only, with that version's prompts. Every change goes
through the editor's one push path as a plan command, so "modified",
autosave and Undo/Redo work as for the map. New actions get ids that no saved
version of the case has used, so an id always means the same action.
"""

from typing import Any

from PySide6.QtCore import QObject

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.network import EcoMap
from ecomap.model.plan import About, AboutNode, AboutTie, Action
from ecomap.model.prompts import Prompt, prompts_for
from ecomap.ui.context import EditorContext
from ecomap.ui.files import FILE_ERRORS
from ecomap.ui.panels.plan_panel import PlanPanel
from ecomap.ui.plan_commands import AddActionCommand, EditActionCommand, RemoveActionCommand
from ecomap.ui.plan_suggestions import new_step, owner_suggestions, step_about, suggested_step
from ecomap.ui.view_state import Panel

SELECT_ONE = QT_TRANSLATE_NOOP("PlanController", "Select one person, place or tie first: the action is about it")


def selection_about(ecomap: EcoMap, node_ids: list[str], tie_ids: list[str]) -> AboutNode | AboutTie | None:
    """What an action about the selection is about: one person or place, or one tie; None for anything else."""
    if len(node_ids) == 1 and not tie_ids:
        return AboutNode(node_ids[0])
    if len(tie_ids) == 1 and not node_ids:
        tie = ecomap.tie(tie_ids[0])
        return AboutTie((tie.source, tie.target))
    return None


class PlanController(QObject):
    """Keeps the Plan panel in step with the canvas's map and the view state, and edits the plan."""

    def __init__(self, context: EditorContext, panel: PlanPanel) -> None:
        super().__init__(panel)
        self.context = context
        self.panel = panel
        self._history: tuple[object, int, set[str], set[str]] | None = None
        """For one case and its number of versions: the action ids and owners of its saved versions."""
        scene = context.editor.scene
        scene.map_replaced.connect(self._map_replaced)
        scene.map_changed.connect(self._map_changed)
        context.view_state.changed.connect(self._state_changed)
        panel.make_action_requested.connect(self.make_action)
        panel.add_requested.connect(self.add_action)
        panel.remove_requested.connect(self.remove_action)
        panel.edit_requested.connect(self.edit_action)
        panel.set_owner_suggestions(self.owners)

    @property
    def map(self) -> EcoMap | None:
        """The map on the canvas, whose plan the panel shows."""
        return self.context.editor.scene.map

    @property
    def editable(self) -> bool:
        """Whether the plan shown is the working draft's, and may be changed."""
        return self.context.view_state.editable and self.map is self.context.case.map

    # -- following the canvas -------------------------------------------------------------

    def _map_replaced(self) -> None:
        self.panel.model.set_map(self.map)
        self._map_changed()
        self._state_changed()

    def _map_changed(self) -> None:
        ecomap = self.map
        self.panel.set_prompts(prompts_for(ecomap) if ecomap is not None else [])
        self.panel.model.refresh_about()

    def _state_changed(self) -> None:
        state = self.context.view_state
        if state.version is not None:
            note = translate("PlanController", "Version {number}: the plan as it stood then (read-only)").format(
                number=state.version
            )
        elif state.read_only:
            note = translate("PlanController", "Read-only: this case is {reason}").format(reason=state.read_only_reason)
        else:
            note = ""
        self.panel.set_editable(self.editable, note)

    # -- what the user asks for -------------------------------------------------------------

    def make_action(self, prompt: Prompt) -> None:
        """ "Make it an action": a first small step about what the prompt is about, selected in the table."""
        ecomap = self.map
        if ecomap is None or not self.editable:
            return
        action_id = self._add(Action(self.new_id(), suggested_step(prompt, ecomap), prompt.about))
        if action_id is not None:
            self.panel.select_action(action_id)
            self.context.notify(
                translate("PlanController", "Added to the plan: change its words, who does it and by when in the table")
            )

    def add_action(self) -> None:
        """A new action about the network as a whole, its text ready to be typed."""
        self._add_and_edit(None)

    def add_about_selection(self) -> None:
        """ "Add action about this": an action about the selected person, place or tie, its text ready to be typed."""
        ecomap = self.map
        if ecomap is None or not self.editable:
            return
        about = self.selection_about()
        if about is None:
            self.context.notify(translate("PlanController", SELECT_ONE))
            return
        self.context.view_state.set_panel(Panel.PLAN, True)
        self.panel.bring_to_front()
        self._add_and_edit(about, step_about(about, ecomap))

    def selection_about(self) -> AboutNode | AboutTie | None:
        """What an action about the canvas's selection would be about (None: not one thing selected)."""
        scene = self.context.editor.scene
        if scene.map is None:
            return None
        return selection_about(scene.map, scene.selected_node_ids(), scene.selected_tie_ids())

    def remove_action(self, action_id: str) -> None:
        ecomap = self.map
        if ecomap is None or not self.editable or not ecomap.plan.has_action(action_id):
            return
        row = ecomap.plan.index(action_id)
        if self.context.editor.push(RemoveActionCommand(ecomap, action_id)):
            following = self.panel.model.action_id(min(row, self.panel.model.rowCount() - 1))
            if following is not None:
                self.panel.select_action(following)
            self.context.notify(translate("PlanController", "Removed from the plan (Undo puts it back)"))

    def edit_action(self, action_id: str, changes: dict[str, Any]) -> None:
        """Change fields of an action; what would not change, or an action left without words, is not pushed."""
        ecomap = self.map
        if ecomap is None or not self.editable or not ecomap.plan.has_action(action_id):
            return
        action = ecomap.plan.action(action_id)
        if "owner" in changes and isinstance(changes["owner"], str):
            changes = {**changes, "owner": changes["owner"].strip()}
        if "text" in changes and isinstance(changes["text"], str) and not changes["text"].strip():
            self.context.notify(
                translate("PlanController", "An action needs a few words saying what the step is: the words were kept")
            )
            return
        wanted = {name: value for name, value in changes.items() if getattr(action, name, value) != value}
        if wanted:
            self.context.editor.push(EditActionCommand(ecomap, action_id, wanted))

    def _add_and_edit(self, about: About, text: str = "") -> None:
        """Add an action about ``about`` saying ``text`` (else "A new step"), its text ready to be typed over."""
        if self.map is None or not self.editable:
            return
        action_id = self._add(Action(self.new_id(), text or new_step(), about))
        if action_id is not None:
            self.panel.select_action(action_id, edit=True)

    def _add(self, action: Action) -> str | None:
        ecomap = self.map
        assert ecomap is not None
        return action.id if self.context.editor.push(AddActionCommand(ecomap, action)) else None

    # -- the case's history ----------------------------------------------------------------

    def new_id(self) -> str:
        """An action id used by no saved version of the case nor the working draft."""
        assert self.map is not None
        return self.map.plan.new_action_id(taken=self._saved()[0])

    def owners(self) -> list[str]:
        """Who the owner cell suggests: the client, the worker, the field's roles, and owners used in the case."""
        case = self.context.case
        used = self._saved()[1] | {a.owner for a in case.map.plan.actions}
        return owner_suggestions(case.details, case.map, used)

    def _saved(self) -> tuple[set[str], set[str]]:
        """The action ids and owners in every saved version's plan (read once per case and number of versions)."""
        case = self.context.case
        summaries = case.summaries() if case.path is not None else []
        if self._history is not None and self._history[0] is case and self._history[1] == len(summaries):
            return self._history[2], self._history[3]
        ids: set[str] = set()
        owners: set[str] = set()
        for summary in summaries:
            try:
                plan = case.version(summary.number).map.plan
            except FILE_ERRORS:
                continue  # a version that cannot be read is reported where it is shown
            ids |= {a.id for a in plan.actions}
            owners |= {a.owner for a in plan.actions}
        self._history = (case, len(summaries), ids, owners)
        return ids, owners
