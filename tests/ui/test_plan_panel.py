"""The Plan panel in the real window: prompts made into actions, actions edited by mouse and keys, undo, versions."""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from ecomap.casefile.store import CaseFile
from ecomap.model.catalogue import FIELD_ROLES
from ecomap.model.enums import Capital, Domain
from ecomap.model.errors import ModelError
from ecomap.model.network import EcoMap
from ecomap.model.notation import TEXT_SCALES
from ecomap.model.plan import About, AboutCapital, AboutDomain, AboutNode, AboutTie, Action, Status
from ecomap.model.plan_words import about_words
from ecomap.ui.commands import DeleteCommand, MapCommand
from ecomap.ui.main_window import MainWindow
from ecomap.ui.open_case import OpenCase
from ecomap.ui.panels.plan_panel import PlanPanel
from ecomap.ui.panels.plan_table import COLUMNS, DueDateEdit, StatusCombo
from ecomap.ui.plan_commands import AddActionCommand, EditActionCommand, RemoveActionCommand
from ecomap.ui.plan_suggestions import NEW_STEP
from ecomap.ui.view_state import Panel
from tests.conftest import EXAMPLE_CASE, run_ecomap
from tests.ui.test_files import Answers

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NEW_CIRCLES = "Try one group or place that opens new circles: a club, a café or a course"


def show_plan(window: MainWindow) -> PlanPanel:
    window.view_state.set_panel(Panel.PLAN, True)
    window.docks[Panel.PLAN].raise_()
    QApplication.processEvents()
    return window.plan_panel


def thin_draft(window: MainWindow) -> PlanPanel:
    """The working draft made from version 1 of the example, whose network is thin in three places."""
    window.history.new_draft_from(1)
    QApplication.processEvents()
    return show_plan(window)


def new_action(window: MainWindow, before: list[Action]) -> Action:
    """The one action of the working plan that was not in ``before``."""
    ids = {action.id for action in before}
    [added] = [action for action in window.case.map.plan.actions if action.id not in ids]
    return added


def rows(panel: PlanPanel) -> list[tuple[str, ...]]:
    """What the table says, row by row, cell by cell."""
    model = panel.model
    return [tuple(model.index(r, c).data() for c in range(len(COLUMNS))) for r in range(model.rowCount())]


def cell_centre(panel: PlanPanel, row: int, field: str) -> QPoint:
    return panel.table.visualRect(panel.model.index(row, COLUMNS.index(field))).center()


def key(
    qtbot: QtBot, widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


# -- prompts ----------------------------------------------------------------------------------


def test_a_prompt_made_into_an_action_by_mouse_and_undone(qtbot: QtBot, window: MainWindow) -> None:
    panel = thin_draft(window)
    assert [p.code for p in panel.prompts] == ["no_bridging", "empty_domain", "stress_outweighs"]
    button = panel.prompt_buttons[0]
    assert button.isVisible()
    assert button.accessibleName().startswith("Make it an action: There is no tie yet to a group")
    before, rows_before = list(window.case.map.plan.actions), rows(panel)
    assert len(before) == 4
    steps = window.undo_stack.count()
    qtbot.mouseClick(button, LEFT)
    action = new_action(window, before)
    assert action.id == "a9", "a1 to a8 are taken by the saved versions: an id never means two actions"
    assert action.about == AboutCapital(Capital.BRIDGING)
    assert action.text == NEW_CIRCLES
    assert rows(panel) == [*rows_before, (NEW_CIRCLES, "bridging (new circles)", "", "", "Planned")]
    assert panel.current_action_id() == action.id, "the new action is the one in hand"
    assert window.isWindowModified()
    assert window.undo_stack.count() == steps + 1
    window.editor_actions.undo.trigger()
    assert list(window.case.map.plan.actions) == before
    assert rows(panel) == rows_before
    window.editor_actions.redo.trigger()
    assert list(window.case.map.plan.actions) == [*before, action]
    assert rows(panel)[-1] == (NEW_CIRCLES, "bridging (new circles)", "", "", "Planned")


def test_the_prompts_follow_the_map_as_it_changes(qtbot: QtBot, window: MainWindow) -> None:
    panel = thin_draft(window)
    ecomap = window.case.map
    client = ecomap.client.id
    tie = next(t for t in ecomap.ties_of(client) if t.capital is Capital.BONDING)
    window.scene.select_only([window.scene.tie_items[tie.id]])
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_R)  # the tie becomes bridging
    assert "no_bridging" not in [p.code for p in panel.prompts]
    assert not any("new circles" in b.accessibleName() for b in panel.prompt_buttons)
    window.editor_actions.undo.trigger()
    QApplication.processEvents()
    assert panel.prompts[0].code == "no_bridging"


# -- the keyboard ---------------------------------------------------------------------------------


def test_an_action_added_and_every_cell_edited_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    panel = show_plan(window)
    table = panel.table
    table.setFocus()
    before = list(window.case.map.plan.actions)
    steps = window.undo_stack.count()
    key(qtbot, table, Qt.Key.Key_Insert)
    action = new_action(window, before)
    assert action.about is None
    row = panel.model.row_of(action.id)
    editor = focused()
    assert isinstance(editor, QLineEdit)
    assert editor.accessibleName() == "Action text"
    assert editor.selectedText() == NEW_STEP, "the words are ready to be typed over"
    qtbot.keyClicks(editor, "Ask the college about the evening course")
    key(qtbot, editor, Qt.Key.Key_Return)
    assert window.case.map.plan.action(action.id).text == "Ask the college about the evening course"

    key(qtbot, table, Qt.Key.Key_Right)
    key(qtbot, table, Qt.Key.Key_Right)
    assert table.currentIndex().column() == COLUMNS.index("owner")
    key(qtbot, table, Qt.Key.Key_F2)
    owner = focused()
    assert isinstance(owner, QLineEdit)
    assert owner.accessibleName() == "Who does it"
    completer = owner.completer()
    assert completer is not None
    offered = completer.model().stringList()  # type: ignore[attr-defined]
    assert offered[:2] == ["Lee Marsh", window.case.details.worker]
    assert set(FIELD_ROLES) <= set(offered)
    qtbot.keyClicks(owner, "Community mentor")
    key(qtbot, owner, Qt.Key.Key_Return)
    assert window.case.map.plan.action(action.id).owner == "Community mentor"
    assert focused() is table, "the keyboard is back in the table"
    window.activateWindow()  # offscreen, the suggestions' list window stays the active one once hidden
    QApplication.processEvents()

    key(qtbot, table, Qt.Key.Key_Right)
    key(qtbot, table, Qt.Key.Key_Return)  # Enter edits the cell too
    due = focused()
    assert isinstance(due, DueDateEdit)
    assert due.due() is None
    key(qtbot, due, Qt.Key.Key_Up)  # from no date, a step starts at today
    key(qtbot, due, Qt.Key.Key_Return)
    today = dt.date.today()
    assert window.case.map.plan.action(action.id).due == today.isoformat()
    assert rows(panel)[row][COLUMNS.index("due")] == f"{today.day} {today.strftime('%b')} {today.year}"
    key(qtbot, table, Qt.Key.Key_F2)
    key(qtbot, focused(), Qt.Key.Key_Delete)  # no date again
    key(qtbot, focused(), Qt.Key.Key_Return)
    assert window.case.map.plan.action(action.id).due is None

    key(qtbot, table, Qt.Key.Key_Tab)
    assert table.currentIndex().column() == COLUMNS.index("status")
    key(qtbot, table, Qt.Key.Key_F2)
    status = focused()
    assert isinstance(status, StatusCombo)
    key(qtbot, status, Qt.Key.Key_Down)
    key(qtbot, status, Qt.Key.Key_Down)
    key(qtbot, status, Qt.Key.Key_Return)
    assert window.case.map.plan.action(action.id).status is Status.DONE
    assert rows(panel)[row][COLUMNS.index("status")] == "Done"

    key(qtbot, window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # O&utcome
    assert panel.outcome.hasFocus()
    qtbot.keyClicks(panel.outcome, "Went twice; starts in September")
    key(qtbot, panel.outcome, Qt.Key.Key_Tab)  # leaving the box keeps it
    assert window.case.map.plan.action(action.id).outcome == "Went twice; starts in September"

    assert window.undo_stack.count() == steps + 7  # add, words, owner, date, no date, status, outcome
    for _ in range(7):
        window.editor_actions.undo.trigger()
    assert list(window.case.map.plan.actions) == before


def test_delete_removes_the_action_in_hand_and_undo_and_redo_bring_model_and_panel_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = thin_draft(window)
    plan_before, rows_before = list(window.case.map.plan.actions), rows(panel)
    assert len(rows_before) == 4
    qtbot.mouseClick(panel.table.viewport(), LEFT, pos=cell_centre(panel, 1, "about"))
    assert panel.current_action_id() == plan_before[1].id
    key(qtbot, panel.table, Qt.Key.Key_Delete)
    assert list(window.case.map.plan.actions) == [plan_before[0], *plan_before[2:]]
    assert rows(panel) == [rows_before[0], *rows_before[2:]]
    assert panel.current_action_id() == plan_before[2].id, "the next action is in hand"
    assert window.scene.map is window.case.map
    assert len(window.case.map.nodes) == len(window.case.version(1).map.nodes), "the map's Delete did nothing"
    key(qtbot, panel.table, Qt.Key.Key_Z, CTRL)
    assert list(window.case.map.plan.actions) == plan_before
    assert rows(panel) == rows_before
    window.editor_actions.redo.trigger()
    assert rows(panel) == [rows_before[0], *rows_before[2:]]
    qtbot.mouseClick(panel.remove_button, LEFT)  # the button removes the action in hand too
    assert len(window.case.map.plan) == 2


def test_empty_words_are_refused_and_an_unchanged_cell_is_no_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    panel = thin_draft(window)
    before = list(window.case.map.plan.actions)
    steps = window.undo_stack.count()
    qtbot.mouseClick(panel.table.viewport(), LEFT, pos=cell_centre(panel, 0, "text"))  # a double-click's first
    qtbot.mouseDClick(panel.table.viewport(), LEFT, pos=cell_centre(panel, 0, "text"))
    editor = focused()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    key(qtbot, editor, Qt.Key.Key_Return)
    assert list(window.case.map.plan.actions) == before
    assert "needs a few words" in window.status_message.text()
    key(qtbot, panel.table, Qt.Key.Key_F2)
    key(qtbot, focused(), Qt.Key.Key_Return)
    assert window.undo_stack.count() == steps


# -- about the selection ---------------------------------------------------------------------------


def test_add_action_about_a_person_from_the_context_menu(qtbot: QtBot, window: MainWindow) -> None:
    ecomap = window.case.map
    before = list(ecomap.plan.actions)
    gp = next(n for n in ecomap.nodes if n.label == "GP")
    point = window.view.mapFromScene(gp.x, gp.y)
    offered: list[str] = []

    def choose() -> None:
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu)
        offered.extend(a.objectName() for a in popup.actions() if a.isEnabled())
        chosen = next(a for a in popup.actions() if a.objectName() == "plan_about")
        qtbot.mouseClick(popup, LEFT, pos=popup.actionGeometry(chosen).center())

    QTimer.singleShot(50, choose)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, window.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(window.view.viewport(), event)
    QApplication.processEvents()
    window.activateWindow()  # offscreen, the menu's window stays the active one once closed
    QApplication.processEvents()
    assert "plan_about" in offered
    action = new_action(window, before)
    assert action.about == AboutNode(gp.id)
    assert window.docks[Panel.PLAN].isVisible(), "the Plan panel comes to the front"
    editor = focused()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "A step about GP"
    qtbot.keyClicks(editor, "Book a review of the medication")
    key(qtbot, editor, Qt.Key.Key_Return)
    assert window.case.map.plan.action(action.id).text == "Book a review of the medication"
    assert rows(window.plan_panel)[-1][:2] == ("Book a review of the medication", "GP")


def test_add_action_about_a_tie_or_a_person_by_key(qtbot: QtBot, window: MainWindow) -> None:
    ecomap = window.case.map
    tie = next(t for t in ecomap.ties if t.source != ecomap.client.id and t.target != ecomap.client.id)
    window.scene.select_only([window.scene.tie_items[tie.id]])
    window.view.setFocus()
    before = list(ecomap.plan.actions)
    key(qtbot, window.view, Qt.Key.Key_A)
    action = new_action(window, before)
    assert action.about == AboutTie((tie.source, tie.target))
    key(qtbot, focused(), Qt.Key.Key_Escape)  # the words stay as they were offered
    assert rows(window.plan_panel)[-1][1] == about_words(action.about, ecomap)
    assert rows(window.plan_panel)[-1][1].startswith("the tie between ")

    gp = next(n for n in ecomap.nodes if n.label == "GP")
    window.scene.select_only([window.scene.node_items[gp.id]])
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_P, CTRL | SHIFT)
    assert [a.about for a in window.case.map.plan.actions][-2:] == [action.about, AboutNode(gp.id)]

    window.scene.clearSelection()
    assert not window.editor_actions["plan_about"].isEnabled()
    window.view.setFocus()
    key(qtbot, window.view, Qt.Key.Key_A)
    assert len(window.case.map.plan) == len(before) + 2, "with nothing selected the key does nothing"


# -- versions ---------------------------------------------------------------------------------------


def test_a_saved_version_shows_its_plan_as_it_stood_read_only(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = thin_draft(window)
    qtbot.mouseClick(panel.prompt_buttons[0], LEFT)
    Answers(monkeypatch, window.files).give("ask_version", ("Plan agreed", "2026-11-30", ""))
    window.files.save_version()
    qtbot.mouseClick(panel.prompt_buttons[1], LEFT)  # the draft goes on; version 4 keeps one action
    draft_rows = rows(panel)
    assert len(draft_rows) == 6

    window.history.show(4)
    QApplication.processEvents()
    assert rows(panel) == draft_rows[:5]
    assert "read-only" in panel.state_note.text()
    assert panel.state_note.isVisible()
    assert not panel.add_button.isEnabled()
    assert not panel.remove_button.isEnabled()
    assert not any(b.isVisible() for b in panel.prompt_buttons)
    assert [p.code for p in panel.prompts] == ["no_bridging", "empty_domain", "stress_outweighs"]
    qtbot.mouseClick(panel.table.viewport(), LEFT, pos=cell_centre(panel, 0, "text"))
    for pressed in (Qt.Key.Key_F2, Qt.Key.Key_Insert, Qt.Key.Key_Delete, Qt.Key.Key_X):
        key(qtbot, panel.table, pressed)
        assert focused() is panel.table, "no cell opens for editing"
    assert panel.outcome.isReadOnly()
    assert len(window.case.version(4).map.plan) == 5
    assert len(window.case.map.plan) == 6

    window.history.show(None)
    QApplication.processEvents()
    assert rows(panel) == draft_rows
    assert panel.add_button.isEnabled()
    assert not panel.state_note.isVisible()


def test_saving_a_version_and_opening_the_case_again_keeps_the_plan(
    qtbot: QtBot,
    window: MainWindow,
    example_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_window: Callable[[OpenCase], MainWindow],
) -> None:
    panel = thin_draft(window)
    before = list(window.case.map.plan.actions)
    qtbot.mouseClick(panel.prompt_buttons[1], LEFT)
    first = new_action(window, before)
    window.plan.edit_action(first.id, {"owner": "Peer mentor", "due": "2099-02-01", "status": Status.DOING})
    Answers(monkeypatch, window.files).give("ask_version", ("Plan agreed", "2026-11-30", ""))
    window.files.save_version()
    assert not window.isWindowModified()
    window.plan.remove_action(first.id)
    window.plan.add_action()  # a new action never takes the id of one a saved version holds
    second = new_action(window, before)
    assert (first.id, second.id) == ("a9", "a10")
    window.files.save()
    saved_plan = list(window.case.map.plan.actions)
    window.undo_stack.setClean()
    window.case.close()
    window.close()

    assert run_ecomap("check", example_copy).returncode == 0
    with CaseFile.open(example_copy) as case_file:
        assert list(case_file.version(4).map.plan.actions) == [
            *before,
            Action(first.id, first.text, first.about, "Peer mentor", "2099-02-01", Status.DOING),
        ]
    again = make_window(OpenCase.open(example_copy))
    assert list(again.case.map.plan.actions) == saved_plan
    panel = show_plan(again)
    assert rows(panel)[-1][0] == NEW_STEP
    again.history.show(4)
    QApplication.processEvents()
    assert rows(panel)[-1] == (first.text, "the community", "Peer mentor", "1 Feb 2099", "Under way")
    again.case.close()


# -- plain text and names ---------------------------------------------------------------------------


def test_words_that_look_like_markup_are_shown_as_typed(qtbot: QtBot, window: MainWindow) -> None:
    panel = show_plan(window)
    before = list(window.case.map.plan.actions)
    window.plan.add_action()
    key(qtbot, focused(), Qt.Key.Key_Escape)
    action = new_action(window, before)
    window.plan.edit_action(action.id, {"text": "<b>Meet</b> <img src=x>", "owner": "<i>Lee</i>"})
    row = panel.model.row_of(action.id)
    index = panel.model.index(row, COLUMNS.index("text"))
    assert index.data() == "<b>Meet</b> <img src=x>"
    assert "&lt;b&gt;Meet&lt;/b&gt;" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.model.index(row, COLUMNS.index("owner")).data() == "<i>Lee</i>"


def test_every_control_of_the_panel_and_its_editors_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    panel = thin_draft(window)
    qtbot.mouseClick(panel.prompt_buttons[0], LEFT)
    names = []
    for field in ("text", "owner", "due", "status"):
        panel.select_action(panel.current_action_id() or "", field, edit=True)
        QApplication.processEvents()
        names.append(focused().accessibleName())
        key(qtbot, focused(), Qt.Key.Key_Escape)
    assert names == ["Action text", "Who does it", "Due date", "Status"]
    focusable = [w for w in panel.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()]
    unnamed = [w for w in focusable if not w.accessibleName() and w is not panel.table.viewport()]
    assert unnamed == []


# -- room --------------------------------------------------------------------------------------------


def settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(10)  # the docks are laid out again on the next turns of the event loop


def test_the_column_widens_while_the_plan_is_in_front_and_gives_the_width_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    people, plan = window.docks[Panel.PEOPLE], window.docks[Panel.PLAN]
    settle(qtbot)
    narrow = people.width()
    plan.raise_()
    settle(qtbot)
    table = window.plan_panel.table
    assert plan.width() > narrow + 100
    columns = sum(table.columnWidth(c) for c in range(len(COLUMNS)))
    assert columns <= table.viewport().width(), "every column shows without scrolling sideways"
    people.raise_()
    settle(qtbot)
    assert people.width() == narrow


def test_the_window_still_fits_a_small_screen_with_the_plan_in_front(qtbot: QtBot, window: MainWindow) -> None:
    while window.text_scale_index < len(TEXT_SCALES) - 1:
        window.change_text_size(+1)
    window.history.new_draft_from(1)
    window.resize(1024, 600)
    show_plan(window)
    settle(qtbot)
    assert (window.width(), window.height()) == (1024, 600), "the Plan panel holds the window no larger"
    assert window.docks[Panel.PLAN].geometry().bottom() < window.statusBar().geometry().top()
    assert window.view.width() > 250, "the map keeps room beside the wider panel"
    panel = window.plan_panel
    assert panel.table.height() >= panel.table.minimumHeight()
    assert panel.prompt_area.height() > 0


# -- any sequence of plan edits, undone -----------------------------------------------------------

VALUES: dict[str, list[object]] = {
    "text": ["Call Gary about Thursday", "", "x" * 501, "Two\nlines", "<b>Meet</b>"],
    "owner": ["", "Lee", "Peer mentor", "bell\x07"],
    "due": [None, "2026-02-01", "2026-02-30", "soon"],
    "status": [*Status, "maybe"],
    "outcome": ["", "Went twice", "Did not go"],
    "about": ["none", "node", "tie", "capital", "domain", "nobody"],
}
"""What an edit may set, the model's refusals included (an empty text, a day that does not exist...)."""

plan_steps = st.lists(
    st.tuples(
        st.sampled_from(["add", "remove", "edit", "edit", "delete_person"]),
        st.integers(0, 40),
        st.sampled_from(sorted(VALUES)),
        st.integers(0, 10),
    ),
    max_size=25,
)


def about_of(choice: str, ecomap: EcoMap, number: int) -> About:
    nodes = sorted(node.id for node in ecomap.nodes)
    node, other = nodes[number % len(nodes)], nodes[(number + 1) % len(nodes)]
    return {
        "none": None,
        "node": AboutNode(node),
        "tie": AboutTie((node, other)),
        "capital": AboutCapital(list(Capital)[number % 3]),
        "domain": AboutDomain(list(Domain)[number % len(Domain)]),
        "nobody": AboutNode("nobody-here"),
    }[choice]


def plan_command(ecomap: EcoMap, step: tuple[str, int, str, int]) -> MapCommand | None:
    kind, number, field, pick = step
    actions = list(ecomap.plan.actions)
    chosen = actions[number % len(actions)] if actions else None
    value = VALUES[field][pick % len(VALUES[field])]
    if field == "about":
        value = about_of(str(value), ecomap, number)
    if kind == "add":
        text = str(value) if field == "text" else "A step"
        about = value if field == "about" else None
        return AddActionCommand(ecomap, Action(ecomap.plan.new_action_id(taken=["a1"]), text, about), number % 4)  # type: ignore[arg-type]
    if kind == "remove" and chosen is not None:
        return RemoveActionCommand(ecomap, chosen.id)
    if kind == "edit" and chosen is not None:
        return EditActionCommand(ecomap, chosen.id, {field: value})
    if kind == "delete_person":
        person = sorted(node.id for node in ecomap.nodes)[number % len(ecomap.nodes)]
        return DeleteCommand(ecomap, [person], [])  # the actions about them turn to their domain, and back
    return None


START = CaseFile.open(EXAMPLE_CASE)
EXAMPLE_MAP = START.version(1).map
START.close()


@settings(max_examples=60, deadline=None)
@given(plan_steps)
def test_any_sequence_of_plan_edits_undone_gives_back_the_plan_it_started_from(
    qapp: QApplication, sequence: list[tuple[str, int, str, int]]
) -> None:
    ecomap = EXAMPLE_MAP.copy()
    start = ecomap.copy()
    stack = QUndoStack()
    for step in sequence:
        command = plan_command(ecomap, step)
        if command is None:
            continue
        try:  # as the editor's push does: applied once, here, or refused and not pushed
            command.apply()
        except ModelError:
            continue
        command.mark_done()
        stack.push(command)
    end = ecomap.copy()
    while stack.canUndo():
        stack.undo()
    assert ecomap == start
    assert list(ecomap.plan.actions) == list(start.plan.actions)
    while stack.canRedo():
        stack.redo()
    assert ecomap == end
