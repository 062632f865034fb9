"""The palette's "Find…" box on the real window: other names find entries, and Enter adds what
nothing matches as someone new (issue 12, item 7)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ecomap.model.elements import Node
from ecomap.model.enums import Domain, Kind
from ecomap.ui.main_window import MainWindow


def find_and_press_enter(qtbot: QtBot, window: MainWindow, typed: str) -> Node:
    """Type into "Find…", press Enter there, then Enter in the name editor that opens: as a user does."""
    palette = window.palette_panel
    palette.filter_edit.setFocus()
    qtbot.keyClicks(palette.filter_edit, typed)
    with qtbot.waitSignal(palette.add_requested):
        qtbot.keyClick(palette.filter_edit, Qt.Key.Key_Return)
    editor = window.editor.editor
    assert editor is not None, "Enter in Find… opened no name editor"
    before = {node.id for node in window.case.map.nodes}
    QTest.keyClick(editor, Qt.Key.Key_Return)
    added = [node for node in window.case.map.nodes if node.id not in before]
    assert len(added) == 1
    return added[0]


@pytest.mark.parametrize(
    ("typed", "label", "kind", "domain"),
    [
        ("Jobcentre", "Job centre", Kind.ORGANISATION, Domain.SERVICES),
        ("JCP", "Job centre", Kind.ORGANISATION, Domain.SERVICES),
        ("doctor", "GP", Kind.ORGANISATION, Domain.SERVICES),
        ("alcoholics anonymous", "Recovery group", Kind.GROUP, Domain.COMMUNITY),
    ],
)
def test_find_knows_other_names_and_enter_adds_the_entry(
    qtbot: QtBot, window: MainWindow, typed: str, label: str, kind: Kind, domain: Domain
) -> None:
    palette = window.palette_panel
    qtbot.keyClicks(palette.filter_edit, typed)
    assert [entry.label for entry in palette.visible_entries()] == [label]
    assert not palette.empty.isVisible()
    palette.filter_edit.clear()
    node = find_and_press_enter(qtbot, window, typed)
    assert (node.label, node.kind, node.domain) == (label, kind, domain)


def test_when_nothing_matches_find_says_enter_adds_the_name_and_enter_adds_a_person(
    qtbot: QtBot, window: MainWindow
) -> None:
    palette = window.palette_panel
    qtbot.keyClicks(palette.filter_edit, "   ")  # blank: everything shows, and Enter adds nobody
    with qtbot.assertNotEmitted(palette.add_requested):
        qtbot.keyClick(palette.filter_edit, Qt.Key.Key_Return)
    assert window.editor.editor is None
    palette.filter_edit.clear()
    qtbot.keyClicks(palette.filter_edit, "Xyz")
    assert palette.visible_entries() == []
    qtbot.waitUntil(palette.empty.isVisible)
    assert "Enter adds \u201cXyz\u201d as a new person" in palette.empty.text()
    palette.filter_edit.clear()
    assert not palette.empty.isVisible()
    node = find_and_press_enter(qtbot, window, "Xyz")
    assert (node.label, node.kind, node.domain) == ("Xyz", Kind.PERSON, Domain.OTHER)
    assert window.undo_stack.canUndo()


def test_a_new_name_the_catalogue_knows_gets_its_kind_and_domain(qtbot: QtBot, window: MainWindow) -> None:
    palette = window.palette_panel
    qtbot.keyClicks(palette.filter_edit, "Aunt  Jo")
    assert palette.visible_entries() == []
    assert "Enter adds \u201cAunt Jo\u201d as a new person in family" in palette.empty.text()
    palette.filter_edit.clear()
    node = find_and_press_enter(qtbot, window, "Aunt  Jo")
    assert (node.label, node.kind, node.domain) == ("Aunt Jo", Kind.PERSON, Domain.FAMILY)


def test_the_entry_enter_adds_is_the_current_one_and_an_exact_name_wins(qtbot: QtBot, window: MainWindow) -> None:
    palette = window.palette_panel
    qtbot.keyClicks(palette.filter_edit, "Dr")
    assert [entry.label for entry in palette.visible_entries()] == ["GP", "Drug and alcohol service"]
    qtbot.keyClick(palette.filter_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(palette.filter_edit, "rug")
    current = palette.tree.currentItem()
    assert current is not None
    assert current.text(0) == "Drug and alcohol service"
    palette.filter_edit.clear()
    node = find_and_press_enter(qtbot, window, "Dr")
    assert node.label == "GP"
