"""File > Case details… on the real window: the dialog, one undo step, the title, the case file and the PDF."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from ecomap.casefile import CaseFile, engine
from ecomap.model.case import CaseDetails
from ecomap.report.options import ReportOptions
from ecomap.ui.case_details import CaseDetailsDialog, DetailsAnswer
from ecomap.ui.main_window import MainWindow
from ecomap.ui.open_case import OpenCase
from ecomap.ui.pdf_export import PdfChoices
from tests.ui.test_files import on_next_modal
from tests.ui.test_pdf_export import pdf_text

EXAMPLE = CaseDetails(
    "PR-2026-0318",
    "Lee Marsh",
    "Hannah Okafor",
    "12-month community order for repeated shoplifting linked to heroin and crack use, with a drug "
    "rehabilitation requirement. Lives alone in a supported housing flat.",
)
NEW = CaseDetails("PR-2026-0999", "Lee Marsh", "Sam Adeyemi", "Transferred to a new officer.")


class Asked:
    """The user at the Case details question: each answer given in turn, each question recorded."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, window: MainWindow, *answers: DetailsAnswer | None) -> None:
        self.answers = list(answers)
        self.asked: list[dict[str, Any]] = []
        self.errors: list[tuple[str, str]] = []
        monkeypatch.setattr(window.case_details, "ask_case_details", self._answer)
        monkeypatch.setattr(
            window.context, "show_error", lambda headline, detail: self.errors.append((headline, detail))
        )

    def _answer(self, initial: CaseDetails, *, centre_label: str | None, why_read_only: str) -> DetailsAnswer | None:
        self.asked.append({"initial": initial, "centre_label": centre_label, "why_read_only": why_read_only})
        assert self.answers, "unexpected question"
        return self.answers.pop(0)


def on_disk(path: Path | None) -> CaseDetails:
    """The details the case file holds, read afresh (read-only: the window keeps the file open for editing)."""
    assert path is not None
    with CaseFile.open(path) as case_file:
        return case_file.details


def file_menu_action(window: MainWindow, words: str) -> Any:
    file_menu = window.menuBar().actions()[0].menu()
    [action] = [a for a in file_menu.actions() if a.text().replace("&", "") == words]
    return action


def test_file_menu_case_details_changes_them_in_one_undo_step_that_file_and_title_follow(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    asked = Asked(monkeypatch, window, DetailsAnswer(NEW))
    assert window.case.details == EXAMPLE
    steps = window.undo_stack.count()

    action = file_menu_action(window, "Case details…")
    assert action.isEnabled()
    action.trigger()

    assert asked.asked == [{"initial": EXAMPLE, "centre_label": "Lee", "why_read_only": ""}]
    assert asked.errors == []
    assert window.case.details == NEW
    assert on_disk(window.case.path) == NEW, "written to the case file at once"
    assert window.windowTitle().startswith("PR-2026-0999 – Lee Marsh – example.ecomap")
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "Change case details"
    assert window.status_message.text() == "Changed the case details"
    assert not window.modified, "already saved: nothing for Save to do, no question on closing"

    window.editor_actions.undo.trigger()
    assert window.case.details == EXAMPLE
    assert on_disk(window.case.path) == EXAMPLE
    assert window.windowTitle().startswith("PR-2026-0318 – Lee Marsh – ")
    assert not window.modified

    window.editor_actions.redo.trigger()
    assert window.case.details == NEW
    assert on_disk(window.case.path) == NEW
    assert window.windowTitle().startswith("PR-2026-0999 – ")
    assert not window.modified


def test_the_pdf_summary_made_afterwards_names_the_new_worker_and_reference(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    Asked(monkeypatch, window, DetailsAnswer(NEW))
    window.editor_actions["case_details"].trigger()

    target = tmp_path / "summary.pdf"
    exporter = window.pdf_export
    monkeypatch.setattr(exporter, "ask_options", lambda _summaries: PdfChoices(ReportOptions(), open_when_done=False))
    asked_paths: list[str] = []
    monkeypatch.setattr(exporter, "ask_path", lambda suggested: asked_paths.append(suggested) or str(target))
    window.editor_actions["export_pdf"].trigger()

    text = pdf_text(target)
    assert "Sam Adeyemi" in text
    assert "PR-2026-0999" in text
    # The old worker is gone from every header; the plan's owners stay as they were typed then.
    assert "Hannah Okafor" not in text.split("Plan and review")[0]
    assert "PR-2026-0318" not in text
    assert Path(asked_paths[0]).name.startswith("PR-2026-0999 summary"), "the file name follows the reference"


def test_a_new_first_name_can_go_to_the_centre_of_the_map_in_the_same_step(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    renamed = CaseDetails("PR-2026-0318", "Leon Marsh", "Hannah Okafor", EXAMPLE.notes)
    Asked(monkeypatch, window, DetailsAnswer(renamed, rename_client=True))
    steps = window.undo_stack.count()
    window.editor_actions["case_details"].trigger()

    assert window.case.map.client.label == "Leon"
    assert window.scene.node_items["client"].node.label == "Leon"
    assert on_disk(window.case.path) == renamed
    assert window.undo_stack.count() == steps + 1, "details and the centre: one step"
    assert window.modified, "the map changed: that is for Save"
    assert window.status_message.text() == "Changed the case details and the name at the centre of the map"

    window.editor_actions.undo.trigger()
    assert window.case.map.client.label == "Lee"
    assert window.case.details == EXAMPLE == on_disk(window.case.path)
    assert not window.modified
    window.editor_actions.redo.trigger()
    assert window.case.map.client.label == "Leon"
    assert on_disk(window.case.path) == renamed


def test_a_centre_the_user_named_otherwise_is_not_offered_a_new_name(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    window.editor.edit_node("client", {"label": "Me"})
    asked = Asked(monkeypatch, window, None)
    window.editor_actions["case_details"].trigger()
    assert asked.asked[0]["centre_label"] is None


def test_the_real_dialog_typed_into_and_ok_changes_the_case(qtbot: QtBot, window: MainWindow) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CaseDetailsDialog)
        assert dialog.windowTitle() == "Case details"
        fields = {edit.accessibleName(): edit for edit in dialog.findChildren(QLineEdit)}
        assert {name: edit.text() for name, edit in fields.items()} == {
            "Case reference": "PR-2026-0318",
            "Client's name": "Lee Marsh",
            "Worker": "Hannah Okafor",
        }
        [notes] = dialog.findChildren(QPlainTextEdit)
        assert notes.toPlainText() == EXAMPLE.notes
        assert dialog.rename_client.isHidden(), "the first name did not change"
        fields["Case reference"].selectAll()
        QTest.keyClicks(fields["Case reference"], "PR-2027-0001")
        fields["Client's name"].clear()
        assert not dialog.ok_button.isEnabled(), "the client's name is required, as for a new case"
        QTest.keyClicks(fields["Client's name"], "Leon <b>Marsh</b>")
        assert not dialog.rename_client.isHidden()
        assert dialog.rename_client.text() == "Show “Leon” at the centre of the map (it shows “Lee” now)"
        assert dialog.rename_client.isChecked()
        fields["Worker"].clear()
        QTest.keyClicks(fields["Worker"], "Sam Adeyemi")
        notes.selectAll()
        QTest.keyClicks(notes, "Moved to a hostel.")
        QTest.keyClick(notes, Qt.Key.Key_Return)
        QTest.keyClicks(notes, "Reporting weekly.")
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    seen = on_next_modal(qtbot, fill)
    window.editor_actions["case_details"].trigger()
    assert len(seen) == 1
    expected = CaseDetails("PR-2027-0001", "Leon <b>Marsh</b>", "Sam Adeyemi", "Moved to a hostel.\nReporting weekly.")
    assert window.case.details == expected == on_disk(window.case.path)
    assert window.case.map.client.label == "Leon"
    assert "PR-2027-0001 – Leon <b>Marsh</b> – example.ecomap" in window.windowTitle()


def test_cancel_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    def cancel(dialog: QWidget) -> None:
        [field] = [e for e in dialog.findChildren(QLineEdit) if e.accessibleName() == "Worker"]
        QTest.keyClicks(field, " and someone")
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    steps = window.undo_stack.count()
    on_next_modal(qtbot, cancel)
    window.editor_actions["case_details"].trigger()
    assert window.case.details == EXAMPLE == on_disk(window.case.path)
    assert window.undo_stack.count() == steps


def test_notes_the_case_file_would_refuse_are_caught_in_the_dialog(qtbot: QtBot) -> None:
    dialog = CaseDetailsDialog(None, EXAMPLE, centre_label="Lee")
    qtbot.addWidget(dialog)
    dialog.notes.setPlainText("x" * 20_001)
    dialog.ok_button.click()
    assert dialog.result() != CaseDetailsDialog.DialogCode.Accepted
    assert not dialog.problem.isHidden()
    assert dialog.problem.text().startswith("Case notes: is 20001 characters long")


def test_a_read_only_case_shows_its_details_and_changes_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, example_copy: Path, settings: QSettings, window: MainWindow
) -> None:
    other = MainWindow(OpenCase.open(example_copy), settings=settings)  # the fixture's window holds the lock
    qtbot.addWidget(other)
    other.show()
    try:
        assert other.case.read_only
        assert other.editor_actions["case_details"].isEnabled(), "the details can still be read"
        with monkeypatch.context() as patch:
            asked = Asked(patch, other, DetailsAnswer(NEW))
            other.editor_actions["case_details"].trigger()
        assert asked.asked[0]["why_read_only"] == (
            "This case is open in another Ecomap: its details can be read here but not changed."
        )
        assert other.case.details == EXAMPLE == on_disk(example_copy)
        assert other.undo_stack.count() == 0

        # The real dialog: read-only fields, and only Close.

        def look(dialog: QWidget) -> None:
            assert isinstance(dialog, CaseDetailsDialog)
            assert all(edit.isReadOnly() for edit in dialog.findChildren(QLineEdit))
            assert dialog.notes.isReadOnly()
            assert dialog.ok_button.isHidden()
            assert dialog.rename_client.isHidden()
            QTest.keyClick(dialog, Qt.Key.Key_Return)  # the default button is Close

        seen = on_next_modal(qtbot, look)
        other.editor_actions["case_details"].trigger()
        assert len(seen) == 1
        assert other.case.details == EXAMPLE
    finally:
        other.case.close()


def test_a_saved_version_on_the_canvas_shows_the_details_read_only(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    window.history.show(1)
    asked = Asked(monkeypatch, window, DetailsAnswer(NEW))
    window.editor_actions["case_details"].trigger()
    assert "saved version is shown" in asked.asked[0]["why_read_only"]
    assert window.case.details == EXAMPLE == on_disk(window.case.path)


def test_a_new_case_without_a_file_keeps_the_details_until_its_first_save(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[[OpenCase], MainWindow], tmp_path: Path
) -> None:
    window = make_window(OpenCase.new_unsaved())
    Asked(monkeypatch, window, DetailsAnswer(NEW, rename_client=True))
    window.editor_actions["case_details"].trigger()
    assert window.case.details == NEW
    assert window.case.map.client.label == "Lee"
    assert window.windowTitle().startswith("PR-2026-0999 – Lee Marsh – not saved yet")
    assert window.modified, "nothing is in a file yet"

    window.files.autosave()  # what a crash would leave: the recovery file has the new details
    recovery = window.files.keeper.recovery_file.path
    assert recovery is not None
    window.files.keeper.recovery_file.forget()  # let go of it to read it, as a new Ecomap would
    assert on_disk(recovery) == NEW

    target = tmp_path / "new.ecomap"
    monkeypatch.setattr(window.files, "ask_save_path", lambda _suggested: str(target))
    assert window.files.save()
    assert on_disk(target) == NEW
    window.editor_actions.undo.trigger()
    assert on_disk(target) == CaseDetails(), "after the first save, undo writes to the new file"
    assert window.case.map.client.label == "Client"


def test_a_write_that_fails_changes_nothing_and_says_why(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
    asked = Asked(monkeypatch, window, DetailsAnswer(NEW), DetailsAnswer(NEW))

    def full_disk(_self: CaseFile, _details: CaseDetails) -> None:
        raise engine.OperationalError("database or disk is full")

    steps = window.undo_stack.count()
    with monkeypatch.context() as failing:
        failing.setattr(CaseFile, "set_details", full_disk)
        window.editor_actions["case_details"].trigger()
    assert asked.errors == [("The case details were not changed.", "example.ecomap: database or disk is full")]
    assert window.case.details == EXAMPLE == on_disk(window.case.path)
    assert window.windowTitle().startswith("PR-2026-0318 – ")
    assert window.undo_stack.count() == steps

    window.editor_actions["case_details"].trigger()
    assert window.undo_stack.count() == steps + 1
    with monkeypatch.context() as failing:
        failing.setattr(CaseFile, "set_details", full_disk)
        window.editor_actions.undo.trigger()
    assert asked.errors[1] == ("The case details were not changed back.", "example.ecomap: database or disk is full")
    assert window.case.details == NEW == on_disk(window.case.path), "what was shown is what the file holds"
    assert window.windowTitle().startswith("PR-2026-0999 – ")
    assert window.undo_stack.count() == steps, "the step that could not be undone is gone"


details_values = st.builds(
    CaseDetails,
    st.sampled_from(["PR-1", "PR-2", "X <i>9</i>"]),
    st.sampled_from(["Lee Marsh", "Leon Marsh", "Zoë & Co"]),
    st.sampled_from(["Hannah Okafor", "Sam Adeyemi", ""]),
    st.sampled_from(["", "line one\nline two"]),
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(details_values, st.sampled_from(["undo", "redo"])), max_size=8))
def test_any_sequence_of_changes_undos_and_redos_keeps_file_window_and_title_together(
    window: MainWindow, steps: list[CaseDetails | str]
) -> None:
    controller = window.case_details
    for step in steps:
        if step == "undo":
            window.undo_stack.undo()
        elif step == "redo":
            window.undo_stack.redo()
        else:
            assert isinstance(step, CaseDetails)
            controller.apply(step)
        assert on_disk(window.case.path) == window.case.details
        assert window.view_state.case_title.details == window.case.details
        assert not window.modified, "details-only steps are saved as they are made"
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert on_disk(window.case.path) == EXAMPLE
    window.undo_stack.clear()
