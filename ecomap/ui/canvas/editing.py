"""What the user can do to the map from the canvas: each action becomes one undo command."""

import uuid
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack

from ecomap.language import translate
from ecomap.model.catalogue import lookup
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Domain, Flow, Kind
from ecomap.model.errors import ModelError
from ecomap.model.following import following_moves
from ecomap.model.geometry import sector_of
from ecomap.model.network import EcoMap
from ecomap.model.notation import LABEL_GAP, NODE_RADII
from ecomap.model.rules import default_capital
from ecomap.model.spot_search import is_open
from ecomap.ui.background_work import Cancelled, run_in_background
from ecomap.ui.canvas import keyboard_walk
from ecomap.ui.canvas.item_words import already_tied, shown_name
from ecomap.ui.canvas.label_editor import LabelEditor
from ecomap.ui.canvas.node_item import RIM_PIXELS, NodeItem
from ecomap.ui.canvas.scene import MapScene
from ecomap.ui.canvas.tie_item import TieItem
from ecomap.ui.canvas.view import MapView
from ecomap.ui.commands import (
    AddNodeCommand,
    AddTieCommand,
    DeleteCommand,
    EditNodeCommand,
    EditTiesCommand,
    MapCommand,
    MoveNodesCommand,
    StepCommand,
)
from ecomap.ui.selection_words import describe_selection, tie_count

ARRANGE_HERE_UP_TO = 40
"""Maps up to this many nodes are arranged at once (well under a second); larger ones on a worker
thread with a progress bar."""
NUDGE = 10.0
FINE_NUDGE = 2.0
FLOW_CYCLE = (Flow.NONE, Flow.TO_TARGET, Flow.TO_SOURCE, Flow.BOTH)


class CanvasEditor(QObject):
    """Edits the scene's map through the undo stack, in response to the mouse and keys."""

    def __init__(self, scene: MapScene, view: MapView, undo_stack: QUndoStack) -> None:
        super().__init__(view)
        self.scene, self.view, self.undo_stack = scene, view, undo_stack
        self.editor: LabelEditor | None = None
        self.returning: Callable[[Node], Node] = lambda node: node
        """Each new person passes through here before being added (the window offers returning people)."""
        self.run_canvas_key: Callable[[str], bool] = lambda _key: False
        """Does what a single key does on the canvas (from the action table); False if it does nothing."""
        self.pinned: set[str] = set()
        """People the user put where they are by hand: Ecomap does not move them to follow an edit."""
        scene.add_node_requested.connect(self.add_person_at)
        scene.tie_made.connect(self.add_tie)
        scene.move_made.connect(self.move_by_hand)
        # Once a command is done (or undone), its changes are laid out at once, before anything is painted.
        undo_stack.indexChanged.connect(lambda _index: scene.flush_layout())
        scene.edit_label_requested.connect(self.edit_label)
        view.palette_dropped.connect(
            lambda entry, position: self.add_person_at(position, entry.label, entry.kind, entry.domain)
        )
        scene.map_replaced.connect(self.pinned.clear)
        view.zoom_changed.connect(lambda zoom: scene.set_rim_reach(RIM_PIXELS / max(zoom, 0.01)))
        view.key_handler = self.handle_key  # type: ignore[attr-defined]
        view.tab_handler = self.step_selection  # type: ignore[attr-defined]

    @property
    def editable(self) -> bool:
        return self.scene.editable and self.scene.map is not None

    def push(
        self, command: MapCommand, *, settle: Iterable[str] = (), near: dict[str, tuple[float, float]] | None = None
    ) -> bool:
        """Apply ``command`` and push it as one undo step, if the model accepts it; else say why in
        the status bar and push nothing. The one place edits reach the undo stack.

        People in ``settle`` whom the edit puts outside their sector or ring band (and who are
        not pinned where the user put them) move to a free spot where they now belong (nearest
        the point in ``near``, if any), in the same step. The command is applied once, here (an
        exception raised inside ``QUndoStack.push`` would not stop Qt from keeping the command),
        and marked done so the stack does not apply it again: the edit is announced once.
        """
        assert self.scene.map is not None
        ecomap = self.scene.map
        before = ecomap.copy() if settle else ecomap
        try:
            command.apply()
        except ModelError as error:
            self.scene.message.emit(str(error))
            return False
        moves, rings = (
            following_moves(before, ecomap, settle, pinned=self.pinned, near=near, text_scale=self.scene.text_scale)
            if settle
            else ({}, None)
        )
        if moves or rings:
            follow = MoveNodesCommand(ecomap, moves, text="Move", rings=rings)
            follow.apply()
            command = StepCommand(command.text(), [command, follow])
        command.mark_done()
        self.undo_stack.push(command)
        return True

    # -- adding ------------------------------------------------------------

    def add_person_at(
        self,
        position: QPointF,
        label: str = "",
        kind: Kind | None = None,
        domain: Domain | None = None,
        *,
        pointed: bool = True,
    ) -> None:
        """Ask for a name in place; on Enter, add the person (one command).

        The kind and domain are the caller's (a palette entry's), else what the catalogue knows
        of the name, else (``pointed``: a double-click or a drop) the sector pointed at. Where the
        user pointed is kept if it is in that sector and free; otherwise Ecomap places the person
        at the free spot nearest to it in their sector and band.
        """
        if not self.editable:
            return
        assert self.scene.map is not None
        ecomap = self.scene.map

        def commit(text: str) -> None:
            self.editor = None
            name = text or label
            if not name or not self.editable or self.scene.map is not ecomap:
                return
            known = lookup(name)
            where = (position.x(), position.y())
            chosen = domain or (known.domain if known else sector_of(*where) if pointed else Domain.OTHER)
            node = Node(new_node_id(ecomap), name, kind or (known.kind if known else Kind.PERSON), chosen, *where)
            node = self.returning(node)
            keep = pointed and sector_of(*where) is node.domain and self._is_open(node)
            settle = () if keep else (node.id,)
            if self.push(AddNodeCommand(ecomap, node), settle=settle, near={node.id: where} if pointed else None):
                if keep:
                    self.pinned.add(node.id)
                if node.id in self.scene.node_items:
                    self.scene.select_only([self.scene.node_items[node.id]])

        self._open_editor(position + QPointF(0, NODE_RADII[kind or Kind.PERSON] + LABEL_GAP), label, commit)

    def add_person(self, label: str = "", kind: Kind | None = None, domain: Domain | None = None) -> None:
        """Keyboard or palette: a new person, whom Ecomap places once named."""
        self.add_person_at(self.naming_spot(), label, kind, domain, pointed=False)

    def naming_spot(self) -> QPointF:
        """Where to type a new person's name: the middle of the view, below the client."""
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        return QPointF(centre.x(), centre.y() + 60)

    def _is_open(self, node: Node) -> bool:
        """Whether ``node`` would be clear of everyone and everything drawn where it is."""
        layout = self.scene.layout
        return layout is not None and is_open(layout.clearance(), (node.x, node.y), node)

    def edit_label(self, node_id: str) -> None:
        if not self.editable:
            return
        assert self.scene.map is not None
        ecomap = self.scene.map
        item = self.scene.node_items[node_id]

        def commit(text: str) -> None:
            self.editor = None
            if text and ecomap.has_node(node_id) and text != ecomap.node(node_id).label:
                self.push(EditNodeCommand(ecomap, node_id, {"label": text}))

        self._open_editor(item.pos() + QPointF(0, item.radius + LABEL_GAP), ecomap.node(node_id).label, commit)

    def _open_editor(self, position: QPointF, text: str, commit: object) -> None:
        if self.editor is not None:
            self.editor.finish(commit=True)
        self.editor = LabelEditor(self.view, position, text, commit)  # type: ignore[arg-type]

    # -- ties --------------------------------------------------------------

    def connect_selected(self) -> None:
        """Two people selected: tie them; one: tie them to the client."""
        if not self.editable:
            return
        assert self.scene.map is not None
        ecomap = self.scene.map
        chosen = self.scene.selected_node_ids()
        if len(chosen) == 1 and chosen[0] != ecomap.client.id:
            chosen = [ecomap.client.id, chosen[0]]
        if len(chosen) != 2:
            self.scene.message.emit(
                translate("Canvas", "Select one person to tie to the client, or two people to tie together")
            )
            return
        a, b = (ecomap.node(n) for n in chosen)
        if ecomap.tie_between(a.id, b.id) is not None:
            self.scene.message.emit(already_tied(a.label, b.label))
            return
        tie = Tie(ecomap.new_tie_id(), a.id, b.id, default_capital(a, b))
        self.add_tie(AddTieCommand(ecomap, tie))

    def add_tie(self, command: AddTieCommand) -> None:
        """A new tie (a key or a drag from a rim); someone newly tied to the client moves to that ring."""
        if self.push(command, settle=command.tie.pair) and command.tie.id in self.scene.tie_items:
            self.scene.select_only([self.scene.tie_items[command.tie.id]])

    def set_ties(self, **changes: object) -> None:
        if not self.editable:
            return
        assert self.scene.map is not None
        ties = self.scene.selected_tie_ids()
        if not ties:
            self.scene.message.emit(translate("Canvas", "Select a tie first"))
            return
        self.edit_ties(ties, changes)

    def edit_ties(self, tie_ids: list[str], changes: Mapping[str, object]) -> None:
        """Change ties (keys, menus, the Details panel); people whose ring follows from them move to it."""
        assert self.scene.map is not None
        current = [self.scene.map.tie(t) for t in tie_ids]
        if all(all(getattr(t, k) == v for k, v in changes.items()) for t in current):
            return
        ends = [end for tie in current for end in tie.pair] if "strength" in changes else []
        self.push(EditTiesCommand(self.scene.map, tie_ids, changes), settle=ends)

    def edit_node(self, node_id: str, changes: Mapping[str, object]) -> None:
        """Change a person (the Details panel); a new domain takes them into its sector."""
        assert self.scene.map is not None
        self.push(EditNodeCommand(self.scene.map, node_id, changes), settle=[node_id] if "domain" in changes else [])

    def toggle_stress(self) -> None:
        assert self.scene.map is not None
        ties = [self.scene.map.tie(t) for t in self.scene.selected_tie_ids()]
        self.set_ties(stressful=not all(t.stressful for t in ties) if ties else True)

    def cycle_flow(self) -> None:
        assert self.scene.map is not None
        ties = [self.scene.map.tie(t) for t in self.scene.selected_tie_ids()]
        if ties:
            self.set_ties(flow=FLOW_CYCLE[(FLOW_CYCLE.index(ties[0].flow) + 1) % len(FLOW_CYCLE)])
        else:
            self.scene.message.emit(translate("Canvas", "Select a tie first"))

    def auto_arrange(self) -> None:
        """Lay the whole map out again so that it reads at a glance: one undoable step.

        A large map is arranged on a worker thread behind a progress bar with Cancel.
        """
        if not self.editable:
            return
        assert self.scene.map is not None
        from ecomap.model.arrange import Cancelled as ArrangeCancelled
        from ecomap.model.arrange import arrange

        ecomap = self.scene.map
        snapshot = ecomap.copy()
        text_scale = self.scene.text_scale
        count = len(snapshot.nodes)  # (a plain name: lupdate misses a plural whose count is a call)
        if count <= ARRANGE_HERE_UP_TO:
            arrangement = arrange(snapshot, text_scale)
        else:
            try:
                arrangement = run_in_background(
                    self.view,
                    translate("Canvas", "Auto-arrange"),
                    translate("Canvas", "Arranging %n people and places…", None, count),
                    lambda progress: arrange(snapshot, text_scale, progress=progress),
                )
            except (Cancelled, ArrangeCancelled):
                self.scene.message.emit(translate("Canvas", "Auto-arrange cancelled; nothing moved"))
                return
            if ecomap != snapshot:
                return  # the map changed meanwhile: that arrangement is of another map
        moves = {
            node_id: ((ecomap.node(node_id).x, ecomap.node(node_id).y), new)
            for node_id, new in arrangement.positions.items()
            if (ecomap.node(node_id).x, ecomap.node(node_id).y) != new
        }
        rings = (ecomap.ring_scale, arrangement.ring_scale)
        if moves or rings[0] != rings[1]:
            self.push(MoveNodesCommand(ecomap, moves, text=translate("Canvas", "Auto-arrange"), rings=rings))
        self.pinned.clear()

    # -- selection, moving, deleting ------------------------------------------

    def delete_selected(self) -> None:
        if not self.editable:
            return
        assert self.scene.map is not None
        command = DeleteCommand(self.scene.map, self.scene.selected_node_ids(), self.scene.selected_tie_ids())
        if command.is_empty:
            if self.scene.selected_node_ids():
                self.scene.message.emit(translate("Canvas", "The client stays on their own map"))
            return
        self.push(command)

    def nudge(self, dx: float, dy: float) -> None:
        if not self.editable:
            return
        assert self.scene.map is not None
        ecomap = self.scene.map
        moves = {}
        for node_id in self.scene.selected_node_ids():
            node = ecomap.node(node_id)
            moves[node_id] = ((node.x, node.y), (node.x + dx, node.y + dy))
        if moves:
            self.push(MoveNodesCommand(ecomap, moves, merge_key=True))
            self.pinned.update(moves)

    def move_by_hand(self, command: MoveNodesCommand) -> None:
        """A drag ended: the move is one step, and those moved stay where the user put them."""
        if self.push(command):
            self.pinned.update(command.node_ids)

    def step_selection(self, forward: bool) -> bool:
        """Tab / Shift+Tab: select the next / previous person or place, then the ties, in the order
        they were added, and say in the status bar what is selected."""
        ecomap = self.scene.map
        if ecomap is None or not self.scene.node_items:
            return False
        stop = keyboard_walk.step(
            ecomap, self.scene.selected_node_ids(), self.scene.selected_tie_ids(), forward=forward
        )
        if stop is None:
            return False
        kind, item_id = stop
        item = self.scene.node_items[item_id] if kind == "node" else self.scene.tie_items[item_id]
        self.scene.select_only([item])
        self.view.ensureVisible(item)
        if kind == "node":
            node = ecomap.node(item_id)
            self.scene.message.emit(f"{shown_name(node.label)}: {tie_count(len(ecomap.ties_of(node.id)))}")
        else:
            self.scene.message.emit(describe_selection(ecomap, [], [item_id]))  # its words whole, in any language
        return True

    def extend_selection(self, direction: str) -> bool:
        """Shift+arrow: add the nearest person that way to the selection (two selected: T ties them)."""
        ecomap = self.scene.map
        chosen = self.scene.selected_node_ids()
        if ecomap is None or not chosen:
            return False
        nearest = keyboard_walk.nearest_in_direction(ecomap, chosen, direction)
        if nearest is None:
            self.scene.message.emit(keyboard_walk.nobody_further(direction, shown_name(ecomap.node(chosen[-1]).label)))
            return True
        item = self.scene.node_items[nearest]
        item.setSelected(True)
        item.setFocus()
        self.view.ensureVisible(item)
        self.scene.message.emit(describe_selection(ecomap, self.scene.selected_node_ids(), []))
        return True

    def select_all(self) -> None:
        for item in self.scene.items():
            if isinstance(item, (NodeItem, TieItem)):
                item.setSelected(True)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Keys on the canvas: arrows move the selected people (Alt: finer) and Shift+arrow extends the
        selection; then the action table's single keys (design §12) and Esc. True if handled."""
        key, modifiers = Qt.Key(event.key()), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        arrows = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down"}
        if key in arrows and modifiers == Qt.KeyboardModifier.ShiftModifier:
            return self.extend_selection(arrows[key])
        if key in arrows and modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier):
            if not self.scene.selected_node_ids():
                return False
            step = FINE_NUDGE if modifiers == Qt.KeyboardModifier.AltModifier else NUDGE
            dx, dy = keyboard_walk.DIRECTIONS[arrows[key]]
            self.nudge(dx * step, dy * step)
            return True
        if not plain:
            return False
        if self.run_canvas_key(QKeySequence(key).toString()):
            return True
        if key == Qt.Key.Key_Escape:
            self.scene.clearSelection()
            return True
        return False


def new_node_id(ecomap: EcoMap) -> str:
    """A fresh id that no earlier version is likely to hold, so a new person is never
    mistaken for someone removed before (which comparing versions would show as a return)."""
    while True:
        candidate = f"p{uuid.uuid4().hex[:10]}"
        if not ecomap.has_node(candidate):
            return candidate
