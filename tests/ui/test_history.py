"""The History panel in the real window: looking at saved versions, new drafts from them, comparing."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from ecomap.model.diff import diff_maps
from ecomap.model.enums import Domain
from ecomap.model.map_layout import layout_map
from ecomap.model.metrics import count
from ecomap.model.network import EcoMap
from ecomap.ui.canvas.node_item import NodeItem
from ecomap.ui.canvas.tie_item import TieItem
from ecomap.ui.commands import DeleteCommand, EditNodeCommand, EditTiesCommand, MoveNodesCommand
from ecomap.ui.main_window import MainWindow
from ecomap.ui.open_case import OpenCase
from ecomap.ui.view_state import Panel
from tests.casefile.test_check import tamper
from tests.ui.test_canvas import LEFT, at, type_label
from tests.ui.test_files import Answers


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> Answers:
    return Answers(monkeypatch, window.files)


def row_point(window: MainWindow, number: int | None) -> QPoint:
    """The middle of the History list's row for version ``number`` (None: the working draft)."""
    listing = window.history.panel.list
    row = next(r for r in range(listing.rows.rowCount()) if listing.rows.number_at(r) == number)
    index = listing.rows.index(row, 0)
    listing.scrollTo(index)
    return listing.visualRect(index).center()


def click_row(qtbot: QtBot, window: MainWindow, number: int | None) -> None:
    window.docks[Panel.HISTORY].raise_()
    qtbot.mouseClick(window.history.panel.list.viewport(), LEFT, pos=row_point(window, number))


def shown_labels(window: MainWindow) -> set[str]:
    assert window.scene.map is not None
    return {window.scene.node_items[n.id].node.label for n in window.scene.map.nodes}


def test_choosing_a_version_shows_it_read_only_under_a_banner(qtbot: QtBot, window: MainWindow) -> None:
    draft = window.case.map
    draft_before = draft.copy()
    first = window.case.version(1)

    click_row(qtbot, window, 1)

    assert window.scene.map == first.map
    assert shown_labels(window) == {n.label for n in first.map.nodes}
    assert window.banner.isVisible()
    assert window.banner.message.text() == (
        "Version 1 of 3: Start of order, 12 January 2026. Read-only: you are looking at a saved version."
    )
    assert window.status_line.counts.text().startswith(f"{count(first.map).nodes} people and places")
    assert not window.editable
    assert not window.editor_actions["add_person"].isEnabled()
    assert not window.editor_actions.undo.isEnabled()
    # Nothing on the canvas edits it: a double-click adds no one, Delete removes nothing.
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=at(window, -60.0, -300.0))
    assert window.scene.map == first.map
    window.scene.select_only([window.scene.node_items["mum"]])
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Delete)
    assert window.scene.map.has_node("mum")
    assert window.case.map is draft
    assert draft == draft_before


def test_the_working_draft_comes_back_editable_from_the_list_or_the_banner(qtbot: QtBot, window: MainWindow) -> None:
    click_row(qtbot, window, 2)
    click_row(qtbot, window, None)
    assert window.scene.map is window.case.map
    assert not window.banner.isVisible()
    assert window.editable

    click_row(qtbot, window, 2)
    qtbot.mouseClick(window.banner.back_button, LEFT)
    assert window.scene.map is window.case.map
    assert window.history.panel.current_version() is None
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=at(window, -60.0, -300.0))
    type_label(qtbot, window, "Aunt Jo")
    assert "Aunt Jo" in {n.label for n in window.case.map.nodes}


def test_the_arrow_keys_step_through_the_timeline(qtbot: QtBot, window: MainWindow) -> None:
    click_row(qtbot, window, None)
    listing = window.history.panel.list
    seen = []
    for _ in range(3):
        qtbot.keyClick(listing, Qt.Key.Key_Down)
        seen.append((window.history.shown, window.scene.map == window.case.version(window.history.shown).map))
    assert seen == [(3, True), (2, True), (1, True)]
    assert window.history.panel.chart.highlighted() == 1
    qtbot.keyClick(listing, Qt.Key.Key_Home)
    assert window.history.shown is None
    assert window.scene.map is window.case.map


def test_a_new_draft_from_a_version_is_one_step_that_undo_takes_back(qtbot: QtBot, window: MainWindow) -> None:
    case = window.case
    before = case.map.copy()
    first = case.version(1).map
    click_row(qtbot, window, 1)

    qtbot.mouseClick(window.banner.new_draft_button, LEFT)

    assert window.scene.map is case.map
    assert case.map == first
    assert case.based_on == 1
    assert window.editable
    assert window.isWindowModified()
    assert window.history.panel.current_version() is None
    assert window.undo_stack.undoText() == "Start a new draft from version 1"
    window.undo_stack.undo()
    assert case.map == before
    assert case.based_on == 3
    assert shown_labels(window) == {n.label for n in before.nodes}
    window.undo_stack.redo()
    assert case.map == first


def test_the_panel_button_starts_a_new_draft_too(qtbot: QtBot, window: MainWindow) -> None:
    click_row(qtbot, window, 2)
    qtbot.mouseClick(window.history.panel.new_draft_button, LEFT)
    assert window.case.map == window.case.version(2).map
    assert window.history.shown is None


def test_saving_a_version_adds_it_to_the_timeline_at_once(qtbot: QtBot, window: MainWindow, answers: Answers) -> None:
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=at(window, -60.0, -300.0))
    type_label(qtbot, window, "Aunt Jo")
    answers.give("ask_version", ("9-month review", "2026-10-12", "Aunt Jo visits weekly"))
    window.editor_actions["save_version"].trigger()

    texts = window.history.panel.list.row_texts()
    assert texts[1].startswith("4 · 9-month review")
    assert "Aunt Jo visits weekly" in texts[1]
    assert len(texts) == 5
    assert window.history.panel.compare_pair() == (1, 4)
    click_row(qtbot, window, 4)
    assert "Aunt Jo" in shown_labels(window)


def test_compare_from_the_panel_and_pick_a_change_on_the_canvas(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.history.panel
    click_row(qtbot, window, 3)
    assert panel.compare_pair() == (2, 3)
    panel.from_combo.setCurrentIndex(0)
    qtbot.mouseClick(panel.compare_button, LEFT)

    widget = window.compare_widget
    assert window.central.currentWidget() is widget
    assert widget.numbers == (1, 3)
    gone = next(c for c in widget.changes if c.sentence.startswith("Ended"))
    tree = widget.change_list
    item = tree.item_for(gone)
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(item).center())
    picked = widget.marked_scene.selectedItems()
    assert picked
    assert {widget.marked_scene.item_for(gone)} <= set(picked)

    # Choosing a row while comparing goes back to the canvas, showing that version.
    click_row(qtbot, window, 2)
    assert window.central.currentIndex() == 0
    assert window.scene.map == window.case.version(2).map
    assert not window.editable


def test_a_returned_person_compares_as_a_returned_tie(qtbot: QtBot, window: MainWindow) -> None:
    """Deleted between versions and added again under the same name: the same person, not a stranger."""
    window.returning.ask = lambda _name, _number, _label: True
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=at(window, -60.0, -300.0))
    type_label(qtbot, window, "old crowd (estate)")
    earlier = window.case.version(2).map
    changes = diff_maps(earlier, window.case.map)
    assert "old_crowd" not in {n.id for n in changes.removed_nodes}
    assert "old_crowd" not in {n.id for n in changes.added_nodes}


def test_a_read_only_case_offers_no_new_draft(
    qtbot: QtBot, example_copy: Path, settings: QSettings, window: MainWindow
) -> None:
    other = MainWindow(OpenCase.open(example_copy), settings=settings)  # the fixture's window holds the lock
    qtbot.addWidget(other)
    other.show()
    try:
        assert other.case.read_only
        click_row(qtbot, other, 1)
        assert other.banner.isVisible()
        assert other.banner.new_draft_button.isHidden()
        assert not other.history.panel.new_draft_button.isEnabled()
        other.history.new_draft_from(1)
        assert other.case.map != other.case.version(1).map
        click_row(qtbot, other, None)
        assert not other.editable
    finally:
        other.case.close()


def assert_scene_shows(window: MainWindow, ecomap: EcoMap) -> None:
    """Every item draws what the map says now, and nothing else is drawn."""
    scene = window.scene
    assert set(scene.node_items) == {n.id for n in ecomap.nodes}
    assert set(scene.tie_items) == {t.id for t in ecomap.ties}
    for node in ecomap.nodes:
        item = scene.node_items[node.id]
        assert item.node == node
        assert (item.pos().x(), item.pos().y()) == (node.x, node.y)
        assert item.scene() is scene
    layout = layout_map(ecomap, scene.text_scale, sectors=scene.show_sectors)
    for tie in ecomap.ties:
        item = scene.tie_items[tie.id]
        assert item.tie == tie
        # Drawn as the layout of this map places it (bent round anyone in the way, its mark slid).
        expected = layout.ties[tie.id].geometry
        line = item.line
        assert (line.x1(), line.y1(), line.x2(), line.y2()) == pytest.approx((*expected.start, *expected.end))
        assert item.placed == layout.ties[tie.id]
    for node in ecomap.nodes:
        assert scene.node_items[node.id].placed == layout.labels[node.id]
    drawn = [i for i in scene.items() if isinstance(i, NodeItem | TieItem)]
    assert len(drawn) == len(ecomap.nodes) + len(ecomap.ties)


@given(st.lists(st.sampled_from([None, 1, 2, 3]), min_size=1, max_size=8))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_items_kept_between_versions_always_draw_the_version_shown(window: MainWindow, path: list[int | None]) -> None:
    window.history.show(None)
    draft = window.case.map
    if draft.node("mum").label == "Mum (Carol)":  # the working draft differs from every version in people too
        window.editor.push(EditNodeCommand(draft, "mum", {"label": "Mum", "domain": Domain.OTHER}))
        gp = draft.node("gp")
        window.editor.push(MoveNodesCommand(draft, {"gp": ((gp.x, gp.y), (gp.x + 40.0, gp.y - 30.0))}))
        window.editor.push(DeleteCommand(draft, ["ex"], []))
    for number in path:
        window.history.show(number)
        assert_scene_shows(window, window.case.map if number is None else window.case.version(number).map)
    window.history.show(None)


def test_the_banner_and_the_comparison_follow_the_text_size(qtbot: QtBot, window: MainWindow) -> None:
    window.history.show(1)
    window.show_compare(1, 3)
    window.text_scale_index = 10
    window.change_text_size(+1)  # the largest
    size = window.font().pointSizeF()
    assert size > 15
    for widget in (window.banner.message, window.banner.back_button, window.compare_widget.banner_label):
        assert widget.font().pointSizeF() == size
    assert window.compare_widget.heading.font().pointSizeF() == pytest.approx(1.25 * size)
    page = window.compare_widget.pages.currentWidget()
    assert window.compare_widget.key_area.height() <= page.height() // 3 + 1  # the map keeps most of the room


def test_a_version_altered_outside_ecomap_is_refused_with_a_message(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, example_copy: Path
) -> None:
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(window.context, "show_error", lambda headline, detail: errors.append((headline, detail)))
    click_row(qtbot, window, 3)
    tamper(example_copy, "UPDATE versions SET body = CAST(replace(CAST(body AS TEXT), 'Carol', 'Karen') AS BLOB)")

    click_row(qtbot, window, 2)
    [(headline, detail)] = errors
    assert headline == "Version 2 could not be shown."
    assert "version 2 does not match its recorded hash" in detail
    assert window.history.shown == 3  # still showing what it showed, and the list says so
    assert window.history.panel.current_version() == 3

    window.history.panel.from_combo.setCurrentIndex(0)
    window.history.panel.to_combo.setCurrentIndex(1)
    qtbot.mouseClick(window.history.panel.compare_button, LEFT)
    assert errors[-1][0] == "The versions could not be compared."
    assert window.central.currentIndex() == 0


def test_changes_since_the_last_version_compares_the_working_draft(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=at(window, -60.0, -300.0))
    type_label(qtbot, window, "Aunt Jo")
    mum = window.case.map.tie_between("client", "mum")
    assert mum is not None
    window.editor.push(EditTiesCommand(window.case.map, [mum.id], {"stressful": not mum.stressful}))
    before = window.case.map.copy()
    window.docks[Panel.HISTORY].raise_()

    qtbot.mouseClick(window.history.panel.draft_compare_button, LEFT)

    widget = window.compare_widget
    assert window.central.currentWidget() is widget
    assert widget.numbers == (3, 0)
    assert widget.heading.text() == "Version 3 (6-month review, 13 Jul 2026) → the working draft"
    assert widget.marked_title.text() == "The working draft, with the changes since version 3 marked"
    sentences = [change.sentence for change in widget.changes]
    assert any(s.startswith("New on the map: Aunt Jo") for s in sentences)
    assert any(s.startswith("Mum (Carol): ") and "stressful" in s for s in sentences)
    assert not window.editable

    qtbot.mouseClick(widget.back_button, LEFT)
    assert window.editable
    assert window.case.map == before  # looking changed nothing
    window.editor_actions["changes_since"].trigger()  # View > Changes since the last version (Ctrl+D)
    assert window.compare_widget.numbers == (3, 0)


def test_a_case_with_no_saved_version_has_nothing_to_compare_the_draft_with(window: MainWindow) -> None:
    first = window.case
    window.context.set_case(OpenCase.new_unsaved())
    first.close()
    assert not window.history.panel.draft_compare_button.isEnabled()
    window.editor_actions["changes_since"].trigger()
    assert window.central.currentIndex() == 0
    assert window.status_message.text().startswith("Save a version first")
