"""Paths where a practitioner's work was lost or a case got stuck, each tried on the real window."""

import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ecomap.casefile import CaseFile, engine
from ecomap.model.case import CaseDetails
from ecomap.report import export
from ecomap.report.options import ReportOptions
from ecomap.ui.main_window import MainWindow
from ecomap.ui.new_case_form import NewCaseAnswer
from ecomap.ui.open_case import OpenCase
from ecomap.ui.pdf_export import PdfChoices
from tests.conftest import run_ecomap
from tests.ui.test_files import Answers, add_person, labels_in_file


def as_another_program(path: Path, sql: str, *parameters: object) -> list[tuple[object, ...]]:
    """Run ``sql`` on the case file through a second connection (closed after), as another program would."""
    other = engine.connect(str(path))
    try:
        with other:
            return other.execute(sql, parameters).fetchall()
    finally:
        other.close()


def version_count(path: Path) -> int:
    """How many versions the file holds, read as a second program would (the file may carry a
    trigger that Ecomap's own checks would refuse)."""
    return int(str(as_another_program(path, "SELECT count(*) FROM versions")[0][0]))


# -- 1. a close after a save that failed -------------------------------------------------------


def test_a_save_that_fails_unexpectedly_keeps_the_window_open_with_the_work(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[[OpenCase], MainWindow], example_copy: Path
) -> None:
    window = make_window(OpenCase.open(example_copy))
    answers = Answers(monkeypatch, window.files)
    add_person(window, "Aunt Jo")
    answers.give("ask_save_changes", "save")

    def broken_save() -> str:
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(window.case, "save", broken_save)
    assert window.close() is False
    assert window.isVisible()
    assert window.isWindowModified()
    assert any(n.label == "Aunt Jo" for n in window.case.map.nodes)
    [(headline, detail)] = answers.errors
    assert headline == "The map was not saved."
    assert "unexpected error (RuntimeError)" in detail
    monkeypatch.undo()  # the disk is fine again: the same close now saves and closes
    answers = Answers(monkeypatch, window.files).give("ask_save_changes", "save")
    assert window.close() is True
    assert "Aunt Jo" in (labels_in_file(example_copy) or set())


def test_a_close_that_raises_keeps_the_window_open(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[[OpenCase], MainWindow], example_copy: Path
) -> None:
    window = make_window(OpenCase.open(example_copy))
    answers = Answers(monkeypatch, window.files)
    add_person(window, "Aunt Jo")

    def broken_question() -> str:
        raise RuntimeError("a dialog that failed")

    monkeypatch.setattr(window.files, "ask_save_changes", broken_question)
    assert window.close() is False
    assert window.isVisible()
    assert window.isWindowModified()
    assert answers.errors == [
        (
            "Ecomap did not close, so that nothing is lost.",
            "An unexpected error (RuntimeError) happened while closing the case.",
        )
    ]


# -- 2. "not saved" when it was ---------------------------------------------------------------


def test_a_version_whose_draft_cannot_be_written_is_not_saved_and_a_retry_saves_one(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[[OpenCase], MainWindow], example_copy: Path
) -> None:
    window = make_window(OpenCase.open(example_copy))
    answers = Answers(monkeypatch, window.files)
    before = version_count(example_copy)
    add_person(window, "Aunt Jo")
    as_another_program(  # a second program breaks the draft table meanwhile
        example_copy, "CREATE TRIGGER refuse_draft BEFORE INSERT ON draft BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    answers.give("ask_version", ("Review", "2026-11-30", ""))
    window.files.save_version()
    assert answers.errors
    assert answers.errors[0][0] == "The version was not saved."
    assert version_count(example_copy) == before, "nothing was saved, as the message says"
    assert window.isWindowModified()

    as_another_program(example_copy, "DROP TRIGGER refuse_draft")
    answers.give("ask_version", ("Review", "2026-11-30", ""))
    window.files.save_version()
    assert version_count(example_copy) == before + 1, "the retry saved exactly one version"
    assert not window.isWindowModified()
    window.case.close()
    result = run_ecomap("check", example_copy)
    assert result.returncode == 0, result.stdout + result.stderr


# -- 3. stuck read-only ---------------------------------------------------------------------


def break_autosave(path: Path) -> None:
    as_another_program(
        path,
        "INSERT OR REPLACE INTO autosave (id, based_on, saved_at, body) VALUES (1, 1, '2026-11-30T10:00:00Z', ?)",
        b"{not a map",
    )


def test_an_unreadable_autosave_neither_locks_the_case_nor_keeps_it_shut(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[[OpenCase], MainWindow], example_copy: Path
) -> None:
    break_autosave(example_copy)
    window = make_window(OpenCase.new_unsaved())
    answers = Answers(monkeypatch, window.files)
    answers.give("ask_open_without_autosave", False)
    window.files.open_case(str(example_copy))
    assert window.case.path is None, "declined: the case was not opened"
    assert "autosaved unsaved changes cannot be read" in answers.asked[-1][1][0]

    answers.give("ask_open_without_autosave", True)
    window.files.open_case(str(example_copy))
    assert window.case.path == example_copy
    assert not window.case.read_only, "the first attempt let go of the case's lock"
    assert window.editor_actions["save"].isEnabled()
    with CaseFile.open(example_copy) as case:
        assert case.autosave() is None


# -- 4. a new case never saved ----------------------------------------------------------------

KILLED_NEW_CASE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from ecomap.model.elements import Node
    from ecomap.model.enums import Domain, Kind
    from ecomap.ui.commands import AddNodeCommand
    from ecomap.ui.main_window import MainWindow
    from ecomap.ui.open_case import OpenCase

    app = QApplication([])
    window = MainWindow(OpenCase.new_unsaved(), settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
    window.files.keeper.delay_ms = 20
    ecomap = window.case.map
    window.editor.push(AddNodeCommand(ecomap, Node("auntjo", "Aunt Jo", Kind.PERSON, Domain.FAMILY, 300.0, -260.0)))
    deadline = time.monotonic() + 20
    while not window.status_message.text().startswith("Autosaved") and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    print(window.status_message.text(), flush=True)
    time.sleep(60)
    """
)


def test_a_new_case_never_saved_is_autosaved_and_offered_back_after_a_crash(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[[OpenCase], MainWindow], tmp_path: Path
) -> None:
    settings_file = tmp_path / "settings.ini"  # the fixture's settings: the same recovery folder
    command = [sys.executable, "-c", KILLED_NEW_CASE, str(settings_file)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().startswith("Autosaved at")
        recovery = list((tmp_path / "recovery").glob("unsaved-*.ecomap"))
        assert len(recovery) == 1
        assert recovery[0].read_bytes().startswith(b"SQLite format 3\x00")  # a case file, checked like one
    finally:
        child.kill()
        child.wait(timeout=30)

    window = make_window(OpenCase.new_unsaved())
    answers = Answers(monkeypatch, window.files).give("ask_recover_new_case", True)
    window.files.offer_left_behind()
    assert window.case.path is None
    assert window.case.map.node("auntjo").label == "Aunt Jo"
    assert window.isWindowModified()

    # Saving it to a case file of the user's choosing ends the recovery file.
    answers.give("ask_new_case", NewCaseAnswer(CaseDetails("X1", "Sam Smith", "A. Patel")))
    answers.give("ask_save_path", str(tmp_path / "sam"))
    assert window.files.save()
    assert list((tmp_path / "recovery").glob("unsaved-*.ecomap")) == []
    assert "Aunt Jo" in (labels_in_file(tmp_path / "sam.ecomap") or set())


def test_a_new_case_discarded_at_close_leaves_no_recovery_file(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[[OpenCase], MainWindow], tmp_path: Path
) -> None:
    window = make_window(OpenCase.new_unsaved())
    answers = Answers(monkeypatch, window.files)
    add_person(window, "Aunt Jo")
    window.files.autosave()
    assert len(list((tmp_path / "recovery").glob("unsaved-*.ecomap"))) == 1
    second = make_window(OpenCase.new_unsaved())  # another Ecomap starting meanwhile is not offered it
    Answers(monkeypatch, second.files)
    second.files.offer_left_behind()
    answers.give("ask_save_changes", "discard")
    assert window.close()
    assert list((tmp_path / "recovery").glob("unsaved-*.ecomap")) == []


# -- 6. edits during a PDF export ------------------------------------------------------------


def test_while_the_pdf_is_made_the_window_is_busy_and_the_case_cannot_change(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    make_window: Callable[[OpenCase], MainWindow],
    example_copy: Path,
    tmp_path: Path,
) -> None:
    window = make_window(OpenCase.open(example_copy))
    Answers(monkeypatch, window.files)
    exporter = window.pdf_export
    monkeypatch.setattr(exporter, "ask_options", lambda _s: PdfChoices(ReportOptions(), open_when_done=False))
    monkeypatch.setattr(exporter, "ask_path", lambda _suggested: str(tmp_path / "summary.pdf"))
    seen: dict[str, object] = {}
    map_before = window.case.map.copy()

    def during_the_export() -> None:
        seen["busy"] = window.view_state.busy
        seen["save enabled"] = window.editor_actions["save"].isEnabled()
        seen["export enabled"] = window.editor_actions["export_pdf"].isEnabled()
        seen["scene editable"] = window.scene.editable
        gp = next(n for n in window.case.map.nodes if n.label == "GP")
        window.scene.select_only([window.scene.node_items[gp.id]])
        qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Delete)  # a keyboard edit mid-export
        seen["closed"] = window.close()

    looked = threading.Event()
    step = export._Steps.step

    def step_after_looking(steps: "export._Steps") -> None:
        """The work's second step waits (at most 10 s) until the window was looked at, mid-export."""
        if steps.done == 1:
            looked.wait(10)
        step(steps)

    monkeypatch.setattr(export._Steps, "step", step_after_looking)
    QTimer.singleShot(0, lambda: (during_the_export(), looked.set()))
    written = exporter.export()
    assert looked.is_set()
    assert seen == {
        "busy": "Making the PDF summary",
        "save enabled": False,
        "export enabled": False,
        "scene editable": False,
        "closed": False,
    }
    assert written == tmp_path / "summary.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert window.case.map == map_before
    assert window.isVisible()
    assert window.view_state.busy == ""
    assert window.editor_actions["save"].isEnabled()
    QApplication.processEvents()
