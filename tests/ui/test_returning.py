"""A person added again who was on an earlier version: offered back as the same person."""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ecomap.model.diff import diff_maps
from ecomap.model.elements import Node
from ecomap.model.enums import Domain, Kind
from ecomap.ui.main_window import MainWindow
from tests.casefile.test_check import tamper
from tests.ui.test_canvas import LEFT, at, type_label


def add_by_double_click(qtbot: object, window: MainWindow, name: str, x: float = -60.0) -> None:
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=at(window, x, -300.0))  # type: ignore[attr-defined]
    type_label(qtbot, window, name)


def test_saying_it_is_the_same_person_takes_their_earlier_id(qtbot: object, window: MainWindow) -> None:
    asked: list[tuple[str, int, str]] = []
    window.returning.ask = lambda name, number, label: asked.append((name, number, label)) or True
    ecomap = window.case.map
    assert not ecomap.has_node("old_crowd")

    add_by_double_click(qtbot, window, "OLD crowd (Estate)")

    assert asked == [("Old crowd (estate)", 2, "3-month review")]
    assert ecomap.has_node("old_crowd")
    assert ecomap.node("old_crowd").label == "OLD crowd (Estate)"
    earlier = window.case.version(1).map
    assert "old_crowd" not in {n.id for n in diff_maps(earlier, ecomap).removed_nodes}
    assert window.undo_stack.undoText() == "Add OLD crowd (Estate)"
    window.undo_stack.undo()
    assert not ecomap.has_node("old_crowd")
    window.undo_stack.redo()
    assert ecomap.has_node("old_crowd")


def test_someone_new_keeps_a_new_id_and_nobody_is_asked_about_new_names(qtbot: object, window: MainWindow) -> None:
    asked: list[str] = []
    window.returning.ask = lambda name, number, label: asked.append(name) or False
    ecomap = window.case.map

    add_by_double_click(qtbot, window, "Old crowd (estate)")
    add_by_double_click(qtbot, window, "Auntie Jo", x=60.0)

    assert asked == ["Old crowd (estate)"]
    assert not ecomap.has_node("old_crowd")
    added = [n for n in ecomap.nodes if n.label in ("Old crowd (estate)", "Auntie Jo")]
    assert len(added) == 2
    for _ in range(2):
        window.undo_stack.undo()
    assert not [n for n in ecomap.nodes if n.label in ("Old crowd (estate)", "Auntie Jo")]


def test_the_question_names_the_person_and_version_literally(qtbot: object, window: MainWindow) -> None:
    ecomap, case = window.case.map, window.case
    ecomap.add_node(Node("tag", "<b>Old</b>", Kind.PERSON, Domain.FRIENDS, 50.0, -280.0))
    case.save_version("Review & <i>more</i>", "2026-10-01", "")
    ecomap.remove_node("tag")

    seen: list[tuple[Qt.TextFormat, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append((box.textFormat(), box.text()))
        next(b for b in box.buttons() if b.text() == "Same person").click()

    QTimer.singleShot(0, answer)
    result = window.returning.offer(Node("new1", "<b>old</b>", Kind.PERSON, Domain.FRIENDS, 0.0, -280.0))
    assert seen == [
        (
            Qt.TextFormat.PlainText,
            "<b>Old</b> was on the map in version 4 (Review & <i>more</i>). Is this the same person?",
        )
    ]
    assert result.id == "tag"
    assert result.label == "<b>old</b>"


def test_a_case_altered_outside_ecomap_still_lets_people_be_added(
    qtbot: object, window: MainWindow, example_copy: Path
) -> None:
    asked: list[str] = []
    window.returning.ask = lambda name, number, label: asked.append(name) or True
    tamper(example_copy, "UPDATE versions SET body = CAST(replace(CAST(body AS TEXT), 'Carol', 'Karen') AS BLOB)")
    add_by_double_click(qtbot, window, "Old crowd (estate)")
    assert asked == []  # the earlier versions cannot be trusted, so nobody is matched with them
    assert [n.id for n in window.case.map.nodes if n.label == "Old crowd (estate)"] != ["old_crowd"]
    assert any(n.label == "Old crowd (estate)" for n in window.case.map.nodes)
