"""The plan on the map and around it (issue 14): flags on what has an open action, the actions due when a version
is saved, and what became of each action in the compare view, on the real window.

Actions are added and changed through the editor's one push path, with the plan's undo commands, as the Plan
panel does; each test undoes and redoes. The example case's own plan is taken away first (in the same way), so
each test knows every action there is.
"""

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter, QTextDocument, QUndoStack
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from ecomap.model.drawing import FLAG_FILL
from ecomap.model.elements import Tie
from ecomap.model.enums import Capital, Strength
from ecomap.model.network import EcoMap
from ecomap.model.plan import AboutNode, AboutTie, Action, Status
from ecomap.model.plan_flags import flagged
from ecomap.ui.canvas.flag_item import FlagItem
from ecomap.ui.canvas.scene import MapScene
from ecomap.ui.commands import AddTieCommand, DeleteCommand, EditTiesCommand, MapCommand
from ecomap.ui.dialogs import SaveVersionDialog
from ecomap.ui.main_window import MainWindow
from ecomap.ui.plan_commands import AddActionCommand, EditActionCommand, RemoveActionCommand
from tests.strategies import ecomaps
from tests.ui.test_files import on_next_modal

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The editor on the example case, the working map's plan emptied."""
    ecomap = window.scene.map
    assert ecomap is not None
    for action in list(ecomap.plan.actions):
        assert window.editor.push(RemoveActionCommand(ecomap, action.id))
    assert window.scene.flags.visible() == []
    return window


def add(window: MainWindow, action: Action) -> Action:
    """Add ``action`` (with a free id) to the working map's plan as one undo step."""
    ecomap = window.scene.map
    assert ecomap is not None
    action = Action(ecomap.plan.new_action_id(), action.text, action.about, action.owner, action.due, action.status)
    assert window.editor.push(AddActionCommand(ecomap, action))
    return action


def edit(window: MainWindow, action_id: str, **changes: object) -> None:
    ecomap = window.scene.map
    assert ecomap is not None
    assert window.editor.push(EditActionCommand(ecomap, action_id, changes))


def flags_for(window: MainWindow, action_id: str) -> list[FlagItem]:
    """The flags shown for the action ``action_id``."""
    return [item for item in window.scene.flags.visible() if any(a.id == action_id for a in item.placed.actions)]


def flag_for(window: MainWindow, action_id: str) -> FlagItem:
    [flag] = flags_for(window, action_id)
    return flag


def centre(item: FlagItem) -> QPointF:
    return item.mapToScene(item.boundingRect().center())


def undo(window: MainWindow) -> None:
    window.undo_stack.undo()


def redo(window: MainWindow) -> None:
    window.undo_stack.redo()


def tooltip_at(window: MainWindow, point: QPointF) -> str:
    """What the canvas's tooltip says where the pointer rests on scene point ``point``."""
    viewport = window.view.viewport()
    where = window.view.mapFromScene(point)
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, where, viewport.mapToGlobal(where)))
    shown = QTextDocument()
    shown.setHtml(QToolTip.text())
    return shown.toPlainText()


def test_a_person_with_an_open_action_gets_a_flag_that_goes_when_the_action_is_done(window: MainWindow) -> None:
    action = add(window, Action("", "Go to the recovery café on Thursday with Gary", AboutNode("cafe"), owner="Lee"))
    flag = flag_for(window, action.id)
    assert flag.placed.node_id == "cafe"
    assert flag.parentItem() is window.scene.node_items["cafe"], "it moves with the café"
    cafe = window.scene.map.node("cafe")  # type: ignore[union-attr]
    assert QPointF(cafe.x, cafe.y) != centre(flag)
    assert max(abs(centre(flag).x() - cafe.x), abs(centre(flag).y() - cafe.y)) < 40, "it sits by the café"
    assert "Open action: Go to the recovery café on Thursday with Gary (Lee)" in flag.toolTip()

    edit(window, action.id, status=Status.DOING)
    assert "under way" in flag_for(window, action.id).toolTip()
    edit(window, action.id, status=Status.DONE)
    assert flags_for(window, action.id) == []
    undo(window)
    assert len(flags_for(window, action.id)) == 1
    undo(window)
    undo(window)
    assert flags_for(window, action.id) == [], "undoing the action takes its flag away"
    redo(window)
    assert len(flags_for(window, action.id)) == 1
    redo(window)
    redo(window)
    assert flags_for(window, action.id) == []


def test_a_tie_s_action_flags_the_tie_and_one_about_a_tie_not_made_flags_the_other_person(window: MainWindow) -> None:
    ecomap = window.scene.map
    assert ecomap is not None
    tie = ecomap.tie_between("client", "mum")
    assert tie is not None
    call = add(window, Action("", "Call Mum on Sunday", AboutTie(("client", "mum"))))
    flag = flag_for(window, call.id)
    assert (flag.placed.tie_id, flag.placed.node_id) == (tie.id, None)
    mark = window.scene.tie_items[tie.id].mark_rect
    drawn = flag.sceneBoundingRect().adjusted(1, 1, -1, -1)  # the flag's own box
    assert drawn.intersects(mark.adjusted(-1, -1, 1, 1)), "it stands on (or hangs from) the tie's mark"
    assert not drawn.intersects(mark.adjusted(1, 1, -1, -1)), "without hiding it"
    edit(window, call.id, status=Status.DROPPED)
    assert flags_for(window, call.id) == []

    assert ecomap.tie_between("client", "football") is None or ecomap.tie_between("mum", "football") is None
    pair = ("mum", "football") if ecomap.tie_between("mum", "football") is None else ("client", "football")
    meet = add(window, Action("", "Mum comes to watch a match", AboutTie(pair)))
    flagged = sorted(item.placed.node_id or "" for item in flags_for(window, meet.id))
    assert flagged == sorted(end for end in pair if end != "client")
    assert "not on the map yet" in flags_for(window, meet.id)[0].toolTip()
    undo(window)
    assert flags_for(window, meet.id) == []
    redo(window)
    assert len(flags_for(window, meet.id)) == len(flagged)


def test_resting_the_pointer_on_a_flag_says_the_open_action(window: MainWindow) -> None:
    action = add(window, Action("", "Ask about the forklift course", AboutNode("warehouse"), due="2030-03-01"))
    flag = flag_for(window, action.id)
    window.view.centerOn(flag)
    assert tooltip_at(window, centre(flag)) == "Open action: Ask about the forklift course (due 1 Mar 2030)"
    warehouse = window.scene.map.node("warehouse")  # type: ignore[union-attr]
    assert "Open action" not in tooltip_at(window, QPointF(warehouse.x, warehouse.y)), "the person says who they are"


def flag_pixels(window: MainWindow, rect: QRectF) -> int:
    """How many pixels of the flag's colour the canvas draws in scene rectangle ``rect``."""
    image = QImage(80, 80, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    window.scene.render(painter, QRectF(0, 0, 80, 80), rect)
    painter.end()
    wanted = QColor(FLAG_FILL)
    return sum(
        1
        for x in range(80)
        for y in range(80)
        if abs(QColor(image.pixel(x, y)).red() - wanted.red()) < 30
        and abs(QColor(image.pixel(x, y)).green() - wanted.green()) < 30
        and abs(QColor(image.pixel(x, y)).blue() - wanted.blue()) < 30
    )


def test_the_flag_is_drawn_and_follows_its_person_when_dragged(qtbot: QtBot, window: MainWindow) -> None:
    action = add(window, Action("", "Ring the GP about the review", AboutNode("gp")))
    flag = flag_for(window, action.id)
    around = flag.sceneBoundingRect().adjusted(-10, -10, 10, 10)
    assert flag_pixels(window, around) > 20
    window.view.centerOn(window.scene.node_items["gp"])
    gp = window.scene.map.node("gp")  # type: ignore[union-attr]
    offset = centre(flag) - QPointF(gp.x, gp.y)
    start = window.view.mapFromScene(QPointF(gp.x, gp.y))
    qtbot.mousePress(window.view.viewport(), LEFT, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(window.view.viewport(), start + QPoint(-6 * step, 4 * step))
    assert centre(flag_for(window, action.id)) - window.scene.node_items["gp"].pos() == offset, "it moves along"
    qtbot.mouseRelease(window.view.viewport(), LEFT, pos=start + QPoint(-30, 20))
    moved = window.scene.map.node("gp")  # type: ignore[union-attr]
    assert (moved.x, moved.y) != (gp.x, gp.y)
    after = centre(flag_for(window, action.id)) - QPointF(moved.x, moved.y)
    assert max(abs(after.x()), abs(after.y())) < 40, "placed again by the person where they are now"
    undo(window)
    assert centre(flag_for(window, action.id)) - QPointF(gp.x, gp.y) == offset


def test_saving_a_version_lists_the_actions_due_and_still_saves(qtbot: QtBot, window: MainWindow) -> None:
    add(window, Action("", "Call Mum on Sunday", AboutTie(("client", "mum")), owner="Lee", due="2020-03-01"))
    add(window, Action("", "Later step", AboutNode("gp"), due="2099-01-01"))
    add(window, Action("", "Already done", AboutNode("gp"), due="2020-01-01", status=Status.DONE))
    versions = len(window.case.summaries())
    listed: list[str] = []

    def save(dialog: QWidget) -> None:
        assert isinstance(dialog, SaveVersionDialog)
        assert dialog.due_box.isVisible()
        assert dialog.due_box.title() == "Due or overdue in the plan"
        listed.extend(dialog.due.text().splitlines())
        dialog.label.setText("Review")
        qtbot.mouseClick(dialog.ok_button, LEFT)

    on_next_modal(qtbot, save)
    window.editor_actions["save_version"].trigger()
    assert listed[0] == "• Call Mum on Sunday (Lee): due 1 Mar 2020, overdue"
    assert not any("Later step" in line or "Already done" in line for line in listed)
    assert len(window.case.summaries()) == versions + 1, "the list informs; it does not stop the save"
    assert len(window.case.version(versions + 1).map.plan) >= 3


def test_the_save_dialog_says_nothing_of_the_plan_when_nothing_is_due(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[bool] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, SaveVersionDialog)
        seen.append(dialog.due_box.isVisible())
        dialog.reject()

    add(window, Action("", "Later step", AboutNode("gp"), due="2099-01-01"))
    on_next_modal(qtbot, cancel)
    window.editor_actions["save_version"].trigger()
    assert seen == [False]


def test_comparing_with_the_last_version_says_what_became_of_each_action(qtbot: QtBot, window: MainWindow) -> None:
    go = add(window, Action("", "Go to the recovery café with Gary", AboutNode("cafe")))
    meet = add(window, Action("", "Meet the tutor", AboutNode("warehouse")))

    def save(dialog: QWidget) -> None:
        assert isinstance(dialog, SaveVersionDialog)
        qtbot.mouseClick(dialog.ok_button, LEFT)

    on_next_modal(qtbot, save)
    window.editor_actions["save_version"].trigger()
    edit(window, go.id, status=Status.DONE)
    ecomap = window.scene.map
    assert ecomap is not None
    cafe = ecomap.tie_between("client", "cafe")
    assert cafe is not None
    stronger = Strength.MODERATE if cafe.strength is Strength.STRONG else Strength.STRONG
    window.editor.push(EditTiesCommand(ecomap, [cafe.id], {"strength": stronger}))
    window.editor_actions["changes_since"].trigger()
    widget = window.compare_widget
    groups = widget.change_list.sentences()
    assert next(iter(groups)) == "Plan (2)", "the plan comes first"
    plan = groups["Plan (2)"]
    assert plan[0].startswith("Done: Go to the recovery café with Gary — the tie to Recovery café ")
    warehouse = ecomap.tie_between("client", "warehouse")
    assert warehouse is not None
    assert plan[1] == f"Planned: Meet the tutor — the tie to Warehouse job is as it was, {warehouse.strength.value}"
    # Choosing the sentence shows the café on the map.
    tree = widget.change_list
    top = tree.topLevelItem(0)
    assert top is not None
    item = top.child(0)
    assert item is not None
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(item).center())
    assert widget.marked_scene.selectedItems() == [widget.marked_scene.node_items["cafe"]]
    assert meet.id != go.id
    window.leave_compare()
    undo(window)
    undo(window)
    window.editor_actions["changes_since"].trigger()
    assert widget.change_list.sentences()["Plan (2)"][0] == (
        f"Planned: Go to the recovery café with Gary — the tie to Recovery café is as it was, {cafe.strength.value}"
    )


def test_a_saved_version_shows_the_flags_of_its_plan_as_it_stood(qtbot: QtBot, window: MainWindow) -> None:
    action = add(window, Action("", "Ask about the forklift course", AboutNode("warehouse")))

    def save(dialog: QWidget) -> None:
        assert isinstance(dialog, SaveVersionDialog)
        qtbot.mouseClick(dialog.ok_button, LEFT)

    on_next_modal(qtbot, save)
    window.editor_actions["save_version"].trigger()
    number = len(window.case.summaries())
    edit(window, action.id, status=Status.DONE)
    assert flags_for(window, action.id) == []
    window.history.show(number)
    assert flag_for(window, action.id).placed.node_id == "warehouse", "still open in the version as saved"
    assert not window.scene.editable
    window.history.show(None)
    assert flags_for(window, action.id) == []
    undo(window)
    assert len(flags_for(window, action.id)) == 1


@dataclass
class Step:
    kind: str
    a: int
    b: int


plan_steps = st.lists(
    st.builds(
        Step,
        st.sampled_from(["about node", "about pair", "status", "remove", "tie", "delete", "undo", "redo"]),
        st.integers(0, 40),
        st.integers(0, 40),
    ),
    max_size=20,
)


def plan_command(ecomap: EcoMap, step: Step, counter: int) -> MapCommand | None:
    nodes, actions = list(ecomap.nodes), list(ecomap.plan.actions)
    node, other = nodes[step.a % len(nodes)], nodes[step.b % len(nodes)]
    if step.kind == "about node":
        return AddActionCommand(ecomap, Action(f"s{counter}", "A step", AboutNode(node.id)))
    if step.kind == "about pair" and node.id != other.id:
        return AddActionCommand(ecomap, Action(f"s{counter}", "A step", AboutTie((node.id, other.id))))
    if step.kind == "status" and actions:
        status = list(Status)[step.b % len(Status)]
        return EditActionCommand(ecomap, actions[step.a % len(actions)].id, {"status": status})
    if step.kind == "remove" and actions:
        return RemoveActionCommand(ecomap, actions[step.a % len(actions)].id)
    if step.kind == "tie" and node.id != other.id and ecomap.tie_between(node.id, other.id) is None:
        return AddTieCommand(ecomap, Tie(ecomap.new_tie_id(), node.id, other.id, Capital.BONDING, Strength.STRONG))
    if step.kind == "delete" and not node.is_client:
        return DeleteCommand(ecomap, [node.id], [])
    return None


def shown(scene: MapScene) -> set[tuple[str | None, str | None, tuple[str, ...]]]:
    return {
        (item.placed.node_id, item.placed.tie_id, tuple(a.id for a in item.placed.actions))
        for item in scene.flags.visible()
    }


def expected(ecomap: EcoMap) -> set[tuple[str | None, str | None, tuple[str, ...]]]:
    nodes, ties = flagged(ecomap)
    return {(node, None, tuple(a.id for a in acts)) for node, acts in nodes.items()} | {
        (None, tie, tuple(a.id for a in acts)) for tie, acts in ties.items()
    }


@settings(max_examples=60, deadline=None)
@given(ecomaps(max_nodes=6), plan_steps)
def test_after_any_edits_and_undos_the_flags_are_those_of_the_open_actions(
    qapp: object, start: EcoMap, sequence: list[Step]
) -> None:
    """Flags follow the plan, and the map (a person deleted, a tie made), through undo and redo, without a redraw."""
    ecomap = start.copy()
    scene = MapScene()
    scene.set_map(ecomap)
    stack = QUndoStack()
    stack.indexChanged.connect(lambda _index: scene.flush_layout())
    for counter, step in enumerate(sequence):
        if step.kind in ("undo", "redo"):
            (stack.undo if step.kind == "undo" else stack.redo)()
        else:
            command = plan_command(ecomap, step, counter)
            if command is None:
                continue
            command.apply()
            command.mark_done()
            stack.push(command)
        assert shown(scene) == expected(ecomap)
