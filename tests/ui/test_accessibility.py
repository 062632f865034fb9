"""What a screen reader finds in the editor, read through Qt's accessibility layer in this process.

The canvas is a list of the map's people, places and ties, each with a name
and a description, and the keyboard's walk over them moves the reader's
focus; the History list's and the change list's entries are named and
described; and no button, box, field or list of the main window or of its
dialogs goes unnamed (shown by a test that adds an unnamed button and sees
it caught). Ctrl+Tab takes the keyboard through the panels in order.
"""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QStyle
from pytestqt.qtbot import QtBot

from ecomap.model.case import CaseDetails
from ecomap.model.elements import Node
from ecomap.model.enums import Domain, Kind
from ecomap.model.geometry import polar_to_scene, ring_radii
from ecomap.ui.canvas.accessibility import CanvasItemAccessible, item_interfaces
from ecomap.ui.canvas.view import MapView
from ecomap.ui.commands import AddNodeCommand, EditNodeCommand
from ecomap.ui.main_window import MainWindow
from ecomap.ui.view_state import Panel
from tests.ui.accessibility_check import Unnamed, report, unnamed_controls

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def interface(widget: object) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)  # type: ignore[arg-type]
    assert found is not None
    assert found.isValid()
    return found


def said(entry: QAccessibleInterface) -> tuple[str, str]:
    return entry.text(NAME), entry.text(DESCRIPTION)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def node_named(window: MainWindow, label: str) -> Node:
    return next(node for node in window.case.map.nodes if node.label == label)


# -- the canvas --------------------------------------------------------------------------


def test_the_canvas_is_a_list_of_every_person_place_and_tie_named_and_described(window: MainWindow) -> None:
    ecomap = window.case.map
    canvas = interface(window.view)
    assert canvas.role() == QAccessible.Role.List
    assert canvas.text(NAME) == "Ecomap canvas"
    items = item_interfaces(window.view)
    assert len(items) == len(ecomap.nodes) + len(ecomap.ties)
    assert all(item.role() == QAccessible.Role.ListItem for item in items)
    assert canvas.childCount() == len(items) + 3, "then the viewport and the two scroll bars, as before"
    names = [item.text(NAME) for item in items]
    assert names[: len(ecomap.nodes)] == [node.label for node in ecomap.nodes], "people and places first, in Tab order"
    assert all(name and description for name, description in map(said, items))

    client = items[0]
    assert client.text(NAME) == "Lee"
    assert client.text(DESCRIPTION).startswith(f"the client, {len(ecomap.ties_of(ecomap.client.id))} tie")
    mum = items[[node.id for node in ecomap.nodes].index(node_named(window, "Mum (Carol)").id)]
    assert mum.text(NAME) == "Mum (Carol)"
    assert mum.text(DESCRIPTION).startswith(
        "person, family, close ring; tie to the client: bonding, strong, flows both ways; 2 other tie"
    )
    assert mum.text(DESCRIPTION).endswith("notes: Lives ten minutes' walk away")
    job_centre = next(item for item in items if item.text(NAME) == "Job centre")
    assert job_centre.text(DESCRIPTION).startswith(
        "organisation, work and education, middle ring; tie to the client: linking, moderate, "
        "flows from Job centre to Lee"
    )
    tie = next(item for item in items if item.text(NAME) == "Tie: Lee – Mum (Carol)")
    assert tie.text(DESCRIPTION) == "bonding, strong, flows both ways; notes: Helps her with the shopping now"
    stressful = next(item for item in items if item.text(NAME) == "Tie: Mum (Carol) – Brother Ryan")
    assert stressful.text(DESCRIPTION).startswith("bonding, moderate, stressful, flows both ways")


def test_each_item_knows_its_place_in_the_canvas_and_on_the_screen(window: MainWindow) -> None:
    canvas = interface(window.view)
    items = item_interfaces(window.view)
    for index, item in enumerate(items):
        assert canvas.indexOfChild(item) == index
        assert item.parent().text(NAME) == canvas.text(NAME)
        assert item.object() is None
        assert item.childCount() == 0
    on_screen = window.view.viewport().rect()
    on_screen.moveTopLeft(window.view.viewport().mapToGlobal(on_screen.topLeft()))
    mum_id = node_named(window, "Mum (Carol)").id
    mum = next(item for item in items if isinstance(item, CanvasItemAccessible) and item.stop == ("node", mum_id))
    assert on_screen.contains(mum.rect())
    assert not mum.state().offscreen
    assert mum.state().selectable
    assert not mum.state().selected
    found = canvas.childAt(mum.rect().center().x(), mum.rect().center().y())
    assert found is not None
    assert found.text(NAME) == "Mum (Carol)", "what is under a point: the person there"
    window.scene.select_only([window.scene.node_items[mum_id]])
    assert mum.state().selected


def test_the_items_follow_the_map_as_it_changes_and_undoes(window: MainWindow) -> None:
    ecomap = window.case.map
    before = len(item_interfaces(window.view))
    inner, outer = ring_radii(ecomap.ring_scale)[1:]
    gran = Node("gran", "Gran", Kind.PERSON, Domain.FAMILY, *polar_to_scene(25, (inner + outer) / 2))
    window.editor.push(AddNodeCommand(ecomap, gran))
    window.scene.flush_layout()
    items = item_interfaces(window.view)
    assert len(items) == before + 1
    added = next(item for item in items if item.text(NAME) == "Gran")
    assert added.text(DESCRIPTION) == "person, family, outer ring; no tie to the client"
    window.editor.push(EditNodeCommand(ecomap, "gran", {"label": "Nan"}))
    window.scene.flush_layout()
    assert added.text(NAME) == "Nan", "an item says what the map says now"
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.scene.flush_layout()
    assert len(item_interfaces(window.view)) == before
    assert "gran" not in {item.stop[1] for item in item_interfaces(window.view)}  # type: ignore[attr-defined]
    assert not window.view.access.items.get(("node", "gran")), "its interface was given back to Qt"


def test_walking_the_map_by_keyboard_moves_the_screen_reader_s_focus(qtbot: QtBot, window: MainWindow) -> None:
    ecomap = window.case.map
    window.view.setFocus()
    settle()
    canvas = interface(window.view)
    people = list(ecomap.nodes)
    for node in people[:3]:
        qtbot.keyClick(window.view, Qt.Key.Key_Tab)
        settle()
        assert window.view.access.last_announced == ("node", node.id), "a focus event for the person Tab reached"
        focused = canvas.focusChild()
        assert isinstance(focused, CanvasItemAccessible)
        assert focused.text(NAME) == node.label
        assert focused.state().focused
        assert focused.state().selected
    earlier = next(item for item in item_interfaces(window.view) if item.text(NAME) == people[0].label)
    assert not earlier.state().focused
    assert not earlier.state().selected
    qtbot.keyClick(window.view, Qt.Key.Key_Backtab, SHIFT)
    settle()
    assert window.view.access.last_announced == ("node", people[1].id)
    window.scene.select_only([window.scene.tie_items[next(iter(ecomap.ties)).id]])
    settle()
    focused = canvas.focusChild()
    assert focused is not None
    assert focused.text(NAME).startswith("Tie: ")
    assert window.view.access.last_announced == ("tie", next(iter(ecomap.ties)).id)


def test_a_rename_by_keyboard_leaves_the_keyboard_and_the_reader_on_the_person(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Enter in the name field gives the keyboard back to the canvas on the same person (a field that hides
    while focused would hand the keyboard on as Tab does, to the next person)."""
    mum = node_named(window, "Mum (Carol)")
    window.view.setFocus()
    window.scene.select_only([window.scene.node_items[mum.id]])
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    assert field is not None
    assert interface(field).text(NAME) == "Name"
    qtbot.keyClicks(field, "Mam")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle()
    assert window.case.map.node(mum.id).label == "Mam"
    assert window.scene.selected_node_ids() == [mum.id]
    assert window.view.hasFocus()
    focused = interface(window.view).focusChild()
    assert focused is not None
    assert focused.text(NAME) == "Mam"


def test_nothing_is_announced_while_the_keyboard_is_elsewhere(window: MainWindow) -> None:
    window.palette_panel.filter_edit.setFocus()
    settle()
    window.view.access.last_announced = None
    window.scene.select_only([window.scene.node_items[node_named(window, "GP").id]])
    assert window.view.access.last_announced is None
    assert interface(window.view).focusChild() is None or not isinstance(
        interface(window.view).focusChild(), CanvasItemAccessible
    )


# -- the History list and the change list -------------------------------------------------


def test_every_row_of_the_history_list_is_named_and_described(window: MainWindow) -> None:
    window.view_state.set_panel(Panel.HISTORY, True)
    window.docks[Panel.HISTORY].raise_()
    settle()
    listing = window.history.panel.list
    versions = interface(listing)
    assert versions.text(NAME) == "Versions"
    assert versions.text(DESCRIPTION)
    rows = [versions.child(n) for n in range(versions.childCount())]
    entries = [row for row in rows if row is not None and row.role() == QAccessible.Role.ListItem]
    assert len(entries) == listing.rows.rowCount() == len(window.case.summaries()) + 1
    assert said(entries[0]) == (
        "Working draft: the map you are editing.",
        "Not saved as a version. Choose it to edit the map.",
    )
    newest = window.case.summaries()[-1]
    name, description = said(entries[1])
    assert name.startswith(f"{newest.number} · {newest.label}, ")
    assert "Ties: bonding " in name
    assert description.startswith(f"Saved version {newest.number} of {len(window.case.summaries())}.")


def test_every_line_of_the_change_list_is_named_and_described(window: MainWindow) -> None:
    window.show_compare(1, 3)
    settle()
    changes = window.compare_widget.change_list
    tree = interface(changes)
    assert tree.text(NAME) == "Changes"
    assert tree.text(DESCRIPTION)
    headings = {changes.topLevelItem(n).text(0) for n in range(changes.topLevelItemCount())}
    entries = [tree.child(n) for n in range(tree.childCount())]
    header = [
        entry.text(NAME) for entry in entries if entry is not None and entry.role() == QAccessible.Role.ColumnHeader
    ]
    assert header == ["Changes"], "the hidden header is read out too: not as '1'"
    said_entries = [said(entry) for entry in entries if entry is not None and entry.role() == QAccessible.Role.TreeItem]
    assert len(said_entries) == sum(1 + len(lines) for lines in changes.sentences().values())
    assert all(name and description for name, description in said_entries)
    heading = next(s for s in said_entries if s[0] in headings)
    assert heading[1].startswith("Heading of ")
    sentence = next(s for s in said_entries if s[0] not in headings)
    assert sentence[1].startswith("Under ")
    assert sentence[1].endswith("Choose it to show it on the map.")
    for view in (window.compare_widget.marked_view, window.compare_widget.earlier_view):
        assert all(item.text(NAME) for item in item_interfaces(view)), "a compare map lists its people too"
    window.leave_compare()


# -- no unnamed control --------------------------------------------------------------------


def assert_all_named(root: object) -> None:
    found = unnamed_controls(root)  # type: ignore[arg-type]
    assert not found, "unnamed for a screen reader:\n" + report(found)


def assert_none_unnamed(found: list[Unnamed]) -> None:
    """No finding (each told once, however many of the states looked at showed it)."""
    told = list(dict.fromkeys(str(item) for item in found))
    assert not told, "unnamed for a screen reader:\n" + "\n".join(told)


def test_no_control_of_the_main_window_is_unnamed(qtbot: QtBot, window: MainWindow) -> None:
    found = unnamed_controls(window)
    for panel in (Panel.HISTORY, Panel.PLAN, Panel.PEOPLE):  # the panels behind another's tab, in front in turn
        window.view_state.set_panel(panel, True)
        window.docks[panel].raise_()
        settle()
        found += unnamed_controls(window)
    window.palette_panel.filter_edit.setText("Mu")  # its clear button shows
    settle()
    found += unnamed_controls(window)
    window.palette_panel.filter_edit.clear()
    assert_none_unnamed(found)


def test_no_control_is_unnamed_in_session_mode_with_a_tie_chosen(qtbot: QtBot, window: MainWindow) -> None:
    window.scene.select_only([window.scene.tie_items[next(iter(window.case.map.ties)).id]])
    qtbot.keyClick(window.view, Qt.Key.Key_F11)
    settle()
    assert window.view_state.session_mode
    assert window.session_ties.isVisible()
    found = unnamed_controls(window)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert_none_unnamed(found)


def test_no_control_of_the_compare_view_is_unnamed(window: MainWindow) -> None:
    window.show_compare(1, 3)
    settle()
    found = unnamed_controls(window)
    window.compare_widget.side_button.click()
    settle()
    found += unnamed_controls(window)
    window.leave_compare()
    assert_none_unnamed(found)


def dialogs(window: MainWindow, settings: QSettings) -> list[QDialog]:
    from ecomap.report.options import Paper
    from ecomap.ui.case_details import CaseDetailsDialog
    from ecomap.ui.cohort_dialog import CohortDialog
    from ecomap.ui.data_export import DataOptionsDialog
    from ecomap.ui.dialogs import NewCaseDialog, SaveVersionDialog
    from ecomap.ui.guide import GuideWindow
    from ecomap.ui.image_options import ImageOptionsDialog, ShownMap
    from ecomap.ui.passphrase_dialog import ChoosePassphraseDialog, EnterPassphraseDialog
    from ecomap.ui.pdf_export import PdfOptionsDialog
    from ecomap.ui.store_dialog import StoreDialog

    summaries = window.case.summaries()
    details = CaseDetails("PR-1", "Lee Marsh", "Sam", "Notes")
    return [
        CaseDetailsDialog(window, details, centre_label="Lee"),
        PdfOptionsDialog(
            window, summaries, marking="OFFICIAL", paper=Paper.A4, open_when_done=True, draft_unsaved=True
        ),
        StoreDialog(window, settings, lambda _parent, _where, _attempt: None),
        CohortDialog(window, settings),
        DataOptionsDialog(window, summaries, working_map=True),
        ImageOptionsDialog(window, ShownMap(window.case.map, "6-month review", "2026-07-13"), details, caption=True),
        NewCaseDialog(window),
        SaveVersionDialog(window, "3-month review", 4),
        ChoosePassphraseDialog(window, "lee.ecomap", current=None),
        EnterPassphraseDialog(window, "lee.ecomap"),
        GuideWindow("# Guide\n\nText.", window),
    ]


def test_no_control_of_the_dialogs_is_unnamed(qtbot: QtBot, window: MainWindow, settings: QSettings) -> None:
    problems = []
    for dialog in dialogs(window, settings):
        qtbot.addWidget(dialog)
        dialog.show()  # not exec(): the test looks, then closes it
        settle()
        problems += [f"{dialog.windowTitle()}: {item}" for item in unnamed_controls(dialog)]
        dialog.reject()
    assert not problems, "unnamed for a screen reader:\n" + "\n".join(problems)


def test_the_check_catches_a_button_with_only_an_icon(qtbot: QtBot, window: MainWindow) -> None:
    button = QPushButton()
    button.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
    window.statusBar().addPermanentWidget(button)
    settle()
    assert button.isVisible()
    found = unnamed_controls(window)
    button_role = QAccessible.Role.PushButton.name  # "Button"
    assert [(item.role, item.widget) for item in found if "QStatusBar" in item.where] == [(button_role, "QPushButton")]
    with pytest.raises(AssertionError, match=f"{button_role} QPushButton"):
        assert_all_named(window)
    button.setAccessibleName("Delete")
    assert not [item for item in unnamed_controls(window) if "QStatusBar" in item.where]
    button.setIcon(QIcon())


# -- focus order -----------------------------------------------------------------------------


def test_ctrl_tab_goes_from_the_map_through_the_panels_left_then_right_and_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Tab and Shift+Tab walk the people and ties inside the map; Ctrl+Tab leaves it for the panels, in the
    order they stand (left, then right; the Legend has nothing to land on) and back to the map. (That each
    landing has a name is checked with every other control that takes Tab.)"""
    window.view.setFocus()
    settle()
    panes = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget() or window.view, Qt.Key.Key_Tab, CTRL)
        settle()
        focused = QApplication.focusWidget()
        assert focused is not None
        assert focused.isVisible()
        panes.append(window.status_message.text().removeprefix("Keyboard in: ").split(" (")[0])
        if focused is window.view:
            break
    assert panes == ["People and places", "History", "Plan", "Details", "the map"]
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.view.hasFocus(), "Tab stays in the map, walking its people and ties"


def test_every_canvas_gets_its_items_wherever_it_is_made(qtbot: QtBot, window: MainWindow) -> None:
    from ecomap.ui.canvas.scene import MapScene

    scene = MapScene()
    scene.set_map(window.case.map.copy())
    view = MapView(scene)
    scene.setParent(view)
    qtbot.addWidget(view)
    assert len(item_interfaces(view)) == len(window.case.map.nodes) + len(window.case.map.ties)
