"""The File menu on the real window: new, open, save, versions, autosave, crash recovery, closing,
locks held by another program, recent cases and export; every question answered by :class:`Answers`."""

import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPointF, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QLineEdit, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ecomap.casefile import CaseFile
from ecomap.model.case import CaseDetails
from ecomap.model.elements import Node
from ecomap.ui.dialogs import NewCaseDialog, SaveVersionDialog, choose_image_file, error_box
from ecomap.ui.files import FileController
from ecomap.ui.main_window import MainWindow
from ecomap.ui.new_case_form import NewCaseAnswer
from ecomap.ui.open_case import OpenCase, Recovery
from tests.conftest import run_ecomap

ASKS = (
    "ask_save_changes",
    "ask_recover",
    "ask_recover_new_case",
    "ask_open_without_autosave",
    "ask_open_path",
    "ask_save_path",
    "ask_new_case",
    "ask_passphrase",
)


class Answers:
    """The user at one window's prompts: answers queued per question, any other question fails."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, files: FileController) -> None:
        self.queue: dict[str, list[Any]] = {}
        self.asked: list[tuple[str, tuple[Any, ...]]] = []
        self.errors: list[tuple[str, str]] = []
        for name in (*ASKS, "ask_version"):
            monkeypatch.setattr(files, name, self._answerer(name))
        monkeypatch.setattr(
            files.context, "show_error", lambda headline, detail: self.errors.append((headline, detail))
        )

    def give(self, name: str, *answers: Any) -> "Answers":
        self.queue.setdefault(name, []).extend(answers)
        return self

    def _answerer(self, name: str) -> Callable[..., Any]:
        def answer(*args: Any) -> Any:
            self.asked.append((name, args))
            assert self.queue.get(name), f"unexpected question {name}{args}"
            return self.queue[name].pop(0)

        return answer


def forget_changes(window: MainWindow) -> None:
    """Before pytest-qt closes a window (which it does before fixtures tear down): nothing to ask."""
    window.undo_stack.setClean()
    window.context.recovered_unsaved = False


@pytest.fixture
def window(qtbot: QtBot, example_copy: Path, settings: QSettings) -> MainWindow:
    """The window on a copy of the example, closed at the end without a question."""
    main = MainWindow(OpenCase.open(example_copy), settings=settings)
    qtbot.addWidget(main, before_close_func=forget_changes)
    main.show()
    return main


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> Answers:
    return Answers(monkeypatch, window.files)


def add_person(window: MainWindow, name: str) -> Node:
    """Double-click on empty canvas (the scene's signal), type the name, Enter: as a user does."""
    window.scene.add_node_requested.emit(QPointF(300, -260))
    editor = window.editor.editor
    assert editor is not None
    QTest.keyClicks(editor, name)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    return next(node for node in window.case.map.nodes if node.label == name)


def labels_in_file(path: Path, table: str = "draft") -> set[str] | None:
    """Node labels of the saved draft (or the autosave) as a second program reads them."""
    with CaseFile.open(path) as case:
        working = case.draft() if table == "draft" else case.autosave()
        return None if working is None else {node.label for node in working.map.nodes}


# -- new case ----------------------------------------------------------------------------


def test_new_case_creates_a_case_file_that_ecomap_check_passes(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    answers.give("ask_new_case", NewCaseAnswer(CaseDetails("X123456", "Sam Smith", "A. Patel")))
    answers.give("ask_save_path", str(tmp_path / "X123456"))
    window.files.new_case()

    case = tmp_path / "X123456.ecomap"
    assert window.case.path == case
    assert [node.label for node in window.case.map.nodes] == ["Sam"]
    assert "X123456 – Sam Smith – X123456.ecomap" in window.windowTitle()
    assert not window.isWindowModified()
    assert window.files.recent_files()[0] == str(case)
    assert window.settings.value("worker") == "A. Patel"
    assert answers.asked[1][1][0].endswith("X123456.ecomap"), "the file name is suggested from the reference"
    result = run_ecomap("check", case)
    assert result.returncode == 0, result.stdout + result.stderr


def test_new_case_never_replaces_an_existing_file(
    window: MainWindow, answers: Answers, tmp_path: Path, example_copy: Path
) -> None:
    before = example_copy.read_bytes()
    other = tmp_path / "other.ecomap"
    answers.give("ask_new_case", NewCaseAnswer(CaseDetails("X1", "Sam")))
    answers.give("ask_save_path", str(example_copy), str(other))
    window.files.new_case()

    assert answers.errors == [
        ("example.ecomap already exists.", "Ecomap never replaces a case file: choose another name.")
    ]
    assert example_copy.read_bytes() == before
    assert window.case.path == other


def test_new_case_offers_to_save_changes_first_and_cancel_changes_nothing(
    qtbot: QtBot, window: MainWindow, answers: Answers, example_copy: Path
) -> None:
    add_person(window, "Aunt Jo")
    answers.give("ask_save_changes", "cancel")
    window.files.new_case()
    assert [name for name, _args in answers.asked] == ["ask_save_changes"]
    assert window.case.path == example_copy
    assert window.isWindowModified()


def test_an_unsaved_case_asks_whose_map_it_is_and_where_at_its_first_save(
    qtbot: QtBot, make_window: Callable[[OpenCase], MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window(OpenCase.new_unsaved())
    answers = Answers(monkeypatch, window.files)
    add_person(window, "Mum")
    answers.give("ask_new_case", NewCaseAnswer(CaseDetails("Y7", "Robin Day", "A. Patel")))
    answers.give("ask_save_path", str(tmp_path / "Y7.ecomap"))
    window.editor_actions["save"].trigger()

    assert window.case.path == tmp_path / "Y7.ecomap"
    assert labels_in_file(tmp_path / "Y7.ecomap") == {"Robin", "Mum"}
    assert not window.isWindowModified()
    assert window.status_message.text() == "Saved as Y7.ecomap"
    window.undo_stack.undo()  # naming the client is one undoable step
    assert window.case.map.client.label == "Client"
    window.undo_stack.redo()
    assert window.case.map.client.label == "Robin"
    assert run_ecomap("check", tmp_path / "Y7.ecomap").returncode == 0


# -- open and save -------------------------------------------------------------------------


def test_open_edit_on_the_canvas_save_and_reopen_shows_the_edit(
    qtbot: QtBot,
    make_window: Callable[[OpenCase], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    example_copy: Path,
) -> None:
    window = make_window(OpenCase.new_unsaved())
    answers = Answers(monkeypatch, window.files).give("ask_open_path", str(example_copy))
    window.editor_actions["open"].trigger()
    assert window.case.path == example_copy
    assert window.status_message.text() == "Opened example.ecomap"

    node = add_person(window, "Aunt Jo")
    assert window.isWindowModified()
    window.undo_stack.undo()
    assert not window.case.map.has_node(node.id)
    assert not window.isWindowModified()
    window.undo_stack.redo()
    assert window.case.map.has_node(node.id)
    assert window.isWindowModified()

    window.editor_actions["save"].trigger()
    assert not window.isWindowModified()
    assert window.status_message.text().startswith("Saved at ")
    assert answers.errors == []
    window.case.close()
    reopened = OpenCase.open(example_copy)
    try:
        assert reopened.map.node(node.id).label == "Aunt Jo"
        assert reopened.recovery is None
    finally:
        reopened.close()


def test_a_file_that_cannot_be_opened_is_explained_and_the_current_case_stays_open(
    window: MainWindow, answers: Answers, tmp_path: Path, example_copy: Path
) -> None:
    notes = tmp_path / "notes.ecomap"
    notes.write_text("not a case\n")
    answers.give("ask_open_path", str(notes))
    window.files.open_case()
    [(headline, detail)] = answers.errors
    assert headline == "The case could not be opened."
    assert "notes.ecomap" in detail
    assert "\n" not in detail
    assert window.case.path == example_copy
    assert window.files.save() is True  # still open for writing


def test_opening_the_case_already_open_is_a_no_op(window: MainWindow, example_copy: Path) -> None:
    window.files.open_case(str(example_copy))
    assert window.status_message.text() == "example.ecomap is already open"
    assert not window.case.read_only


def test_save_version_appends_a_version_with_the_label_date_and_note(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    add_person(window, "Aunt Jo")
    answers.give("ask_version", ("9-month review", "2026-10-12", "Aunt Jo visits weekly"))
    window.editor_actions["save_version"].trigger()

    [(_name, (suggested,))] = answers.asked
    assert suggested.endswith("review")
    assert suggested != "Start of order"
    last = window.case.summaries()[-1]
    assert (last.number, last.label, last.date, last.note) == (
        4,
        "9-month review",
        "2026-10-12",
        "Aunt Jo visits weekly",
    )
    assert window.case.version(4).map.has_node(next(n.id for n in window.case.map.nodes if n.label == "Aunt Jo"))
    assert window.status_message.text() == "Saved version 4: 9-month review"
    assert not window.isWindowModified()


def test_the_first_version_of_a_case_is_suggested_as_start_of_order(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    answers.give("ask_new_case", NewCaseAnswer(CaseDetails("X1", "Sam")))
    answers.give("ask_save_path", str(tmp_path / "x1.ecomap"))
    window.files.new_case()
    answers.give("ask_version", None)
    window.files.save_version()
    assert answers.asked[-1] == ("ask_version", ("Start of order",))
    assert window.case.summaries() == []


# -- autosave and crash recovery ----------------------------------------------------------------


def test_autosave_writes_the_autosave_row_soon_after_editing_stops_without_marking_saved(
    qtbot: QtBot, window: MainWindow, example_copy: Path
) -> None:
    window.files.keeper.delay_ms = 30
    add_person(window, "Aunt Jo")
    qtbot.waitUntil(lambda: window.status_message.text().startswith("Autosaved at "), timeout=3000)
    assert window.status_message.text().endswith(", in case Ecomap stops; Save keeps the changes")
    assert "Aunt Jo" in (labels_in_file(example_copy, "autosave") or set())
    assert "Aunt Jo" not in (labels_in_file(example_copy) or set())
    assert window.isWindowModified()
    assert not window.undo_stack.isClean()

    window.undo_stack.undo()  # back to the saved map: nothing is left to recover
    qtbot.waitUntil(lambda: labels_in_file(example_copy, "autosave") is None, timeout=3000)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: labels_in_file(example_copy, "autosave") is not None, timeout=3000)


def crash_with_an_autosaved_edit(window: MainWindow) -> str:
    """Edit, let autosave write, then end like a crash: the file is let go, autosave stays."""
    node = add_person(window, "Aunt Jo")
    window.files.autosave()
    window.case.close()
    window.undo_stack.setClean()
    return node.id


@pytest.mark.parametrize("recover", [True, False])
def test_reopening_after_a_crash_offers_the_autosaved_changes(
    qtbot: QtBot,
    window: MainWindow,
    make_window: Callable[[OpenCase], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    example_copy: Path,
    recover: bool,
) -> None:
    node_id = crash_with_an_autosaved_edit(window)
    again = make_window(OpenCase.new_unsaved())
    answers = Answers(monkeypatch, again.files).give("ask_recover", recover)
    again.files.open_case(str(example_copy))

    [(_name, (recovery,))] = answers.asked
    assert recovery.map.has_node(node_id)
    assert again.case.map.has_node(node_id) is recover
    assert again.isWindowModified() is recover
    assert again.context.recovered_unsaved is recover
    if recover:
        assert again.status_message.text().startswith("Recovered the unsaved changes from ")
        again.files.save()
        assert "Aunt Jo" in (labels_in_file(example_copy) or set())
        assert not again.isWindowModified()
    assert labels_in_file(example_copy, "autosave") is None


CRASHING_EDITOR = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from ecomap.model.elements import Node
    from ecomap.model.enums import Domain, Kind
    from ecomap.ui.commands import AddNodeCommand
    from ecomap.ui.main_window import MainWindow
    from ecomap.ui.open_case import OpenCase

    app = QApplication([])
    window = MainWindow(OpenCase.open(sys.argv[1]), settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window.files.keeper.delay_ms = 20
    ecomap = window.case.map
    window.editor.push(AddNodeCommand(ecomap, Node("auntjo", "Aunt Jo", Kind.PERSON, Domain.FAMILY, 300.0, -260.0)))
    deadline = time.monotonic() + 20
    while not window.status_message.text().startswith("Autosaved") and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    print("AUTOSAVED", flush=True)
    time.sleep(60)
    """
)


def test_an_editor_killed_mid_session_loses_nothing_autosaved(
    qtbot: QtBot,
    make_window: Callable[[OpenCase], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    example_copy: Path,
    tmp_path: Path,
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CRASHING_EDITOR, str(example_copy), str(tmp_path / "child.ini")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "AUTOSAVED"
    finally:
        child.kill()
        child.wait(timeout=30)
    window = make_window(OpenCase.new_unsaved())
    Answers(monkeypatch, window.files).give("ask_recover", True)
    window.files.open_case(str(example_copy))
    assert not window.case.read_only, "the killed editor's lock went with it"
    assert window.case.map.node("auntjo").label == "Aunt Jo"
    assert window.isWindowModified()


# -- closing -----------------------------------------------------------------------------


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_closing_with_changes_asks_save_discard_or_cancel(
    qtbot: QtBot, window: MainWindow, answers: Answers, example_copy: Path, answer: str
) -> None:
    add_person(window, "Aunt Jo")
    window.files.autosave()
    answers.give("ask_save_changes", answer)
    closed = window.close()

    assert closed is (answer != "cancel")
    assert window.isVisible() is (answer == "cancel")
    if answer == "cancel":
        assert window.isWindowModified()
        assert window.files.save(), "the case is still open for writing"
    saved = labels_in_file(example_copy) or set()
    assert ("Aunt Jo" in saved) is (answer in ("save", "cancel"))
    assert labels_in_file(example_copy, "autosave") is None


def test_closing_without_changes_asks_nothing(window: MainWindow, answers: Answers) -> None:
    assert window.close()
    assert answers.asked == []


# -- a case open in another Ecomap ------------------------------------------------------------


HOLDING_EDITOR = textwrap.dedent(
    """
    import sys
    from ecomap.casefile import CaseFile
    with CaseFile.open(sys.argv[1], writable=True):
        print("LOCKED", flush=True)
        sys.stdin.read()
    """
)


def test_a_case_open_in_another_program_opens_read_only(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path, example_copy: Path
) -> None:
    locked = tmp_path / "locked.ecomap"
    shutil.copyfile(example_copy, locked)
    before = locked.read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDING_EDITOR, str(locked)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdin is not None
        assert holder.stdout.readline().strip() == "LOCKED"
        window.files.open_case(str(locked))

        assert window.case.read_only
        assert "[read-only: open in another Ecomap]" in window.windowTitle()
        assert window.status_message.text() == "Read-only: this case is open in another Ecomap"
        actions = window.editor_actions
        assert not actions["save"].isEnabled()
        assert not actions["save_version"].isEnabled()
        assert not actions["add_person"].isEnabled()
        window.scene.add_node_requested.emit(QPointF(300, -260))
        assert window.editor.editor is None, "no typing a new person onto a read-only map"
        assert window.files.save() is False
        window.files.save_version()
        assert answers.asked == []
        assert answers.errors == []
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    window.case.close()
    assert locked.read_bytes() == before


# -- recent cases and export ---------------------------------------------------------------------


def remember_copies(window: MainWindow, case: Path, copies: list[Path]) -> list[Path]:
    """Copies of ``case``, each remembered as a recent case in turn (the last is the newest)."""
    for copy in copies:
        shutil.copyfile(case, copy)
        window.files.recent.remember(copy)
    return copies


def test_recent_cases_list_existing_files_newest_first_and_open_on_selection(
    window: MainWindow, answers: Answers, tmp_path: Path, example_copy: Path
) -> None:
    copies = remember_copies(window, example_copy, [tmp_path / f"case{n} & co.ecomap" for n in range(10)])
    copies[8].unlink()
    menu = QMenu()
    window.files.fill_recent_menu(menu)

    expected = [str(copies[n]) for n in (9, 7, 6, 5, 4, 3, 2)]
    entries = [a for a in menu.actions() if a.toolTip() in expected]
    assert [a.toolTip() for a in entries] == expected, "at most eight kept, the missing one dropped"
    assert window.files.recent_files() == expected
    assert entries[0].text().startswith("&1 case9 && co.ecomap")
    assert menu.actions()[-1].text() == "C&lear recent files"

    entries[2].trigger()
    assert window.case.path == copies[6]
    assert window.files.recent_files()[0] == str(copies[6])
    window.files.fill_recent_menu(menu)
    menu.actions()[-1].trigger()
    assert window.files.recent_files() == []
    window.files.fill_recent_menu(menu)
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "No recent cases",
        "&Forget one",
        "C&lear recent files",
    ]


def test_one_recent_case_can_be_forgotten_and_its_file_stays(
    window: MainWindow, tmp_path: Path, example_copy: Path
) -> None:
    copies = remember_copies(window, example_copy, [tmp_path / f"case{n}.ecomap" for n in range(3)])
    menu = QMenu()
    window.files.fill_recent_menu(menu)
    [forget] = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert forget is not None
    assert [a.toolTip() for a in forget.actions()] == [str(c) for c in reversed(copies)]
    forget.actions()[1].trigger()  # case1
    assert window.files.recent_files() == [str(copies[2]), str(copies[0])]
    assert copies[1].exists()


# -- the dialogs themselves ------------------------------------------------------------------------


def on_next_modal(qtbot: QtBot, handle: Callable[[QWidget], None]) -> list[QWidget]:
    """Run ``handle`` on the next modal dialog once it is up (as the user would answer it)."""
    seen: list[QWidget] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(10, look)
            return
        seen.append(modal)
        handle(modal)

    QTimer.singleShot(0, look)
    return seen


def press(text: str) -> Callable[[QWidget], None]:
    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
        button.click()

    return handle


def escape(box: QWidget) -> None:
    QTest.keyClick(box, Qt.Key.Key_Escape)


@pytest.mark.parametrize(
    ("handle", "expected"), [(press("Save"), "save"), (press("Discard"), "discard"), (escape, "cancel")]
)
def test_the_save_changes_prompt_names_the_case_literally_and_maps_its_buttons(
    qtbot: QtBot, make_window: Callable[[OpenCase], MainWindow], handle: Callable[[QWidget], None], expected: str
) -> None:
    window = make_window(OpenCase.new_unsaved(CaseDetails(client="<b>Zoë</b>")))
    seen = on_next_modal(qtbot, handle)
    assert window.files.ask_save_changes() == expected
    [box] = seen
    assert isinstance(box, QMessageBox)
    assert box.text() == "Save changes to the map of <b>Zoë</b> before closing?"
    # The same words as the status bar's autosave line: autosave is against a crash, Save keeps, Discard deletes.
    assert "Autosave keeps your changes only in case Ecomap stops" in box.informativeText()
    assert "Discard deletes them, the autosaved copy too" in box.informativeText()
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in box.findChildren(QLabel))


@pytest.mark.parametrize(("handle", "expected"), [(press("Recover"), True), (press("Discard"), False), (escape, True)])
def test_the_recovery_prompt_says_when_and_escape_keeps_the_changes(
    qtbot: QtBot, window: MainWindow, handle: Callable[[QWidget], None], expected: bool
) -> None:
    recovery = Recovery(window.case.map, 3, "2026-11-28T14:02:00Z")
    seen = on_next_modal(qtbot, handle)
    assert window.files.ask_recover(recovery) is expected
    [box] = seen
    assert isinstance(box, QMessageBox)
    assert box.text() == f"Recover unsaved changes from {recovery.local_time()}?"
    assert "PR-2026-0318" in box.informativeText()


def test_error_boxes_show_user_text_literally(qtbot: QtBot) -> None:
    box = error_box(None, "The case could not be opened.", "/cases/<i>Zoë</i>.ecomap: no such file")
    qtbot.addWidget(box)
    labels = {label.text(): label.textFormat() for label in box.findChildren(QLabel) if label.text()}
    assert labels["/cases/<i>Zoë</i>.ecomap: no such file"] == Qt.TextFormat.PlainText


def test_the_new_case_dialog_needs_the_clients_name_and_keeps_what_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    window.settings.setValue("worker", "A. Patel")

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCaseDialog)
        fields = {edit.accessibleName(): edit for edit in dialog.findChildren(QLineEdit)}
        assert set(fields) == {"Case reference", "Client's name", "Worker", "New passphrase", "New passphrase again"}
        assert fields["Worker"].text() == "A. Patel", "the worker is remembered"
        assert not dialog.ok_button.isEnabled(), "the client's name is required"
        QTest.keyClicks(fields["Case reference"], "X9")
        QTest.keyClicks(fields["Client's name"], "  <b>Zo")
        fields["Client's name"].insert("ë")  # QTest types ASCII only; this is what an input method commits
        QTest.keyClicks(fields["Client's name"], "</b> Lane ")
        assert dialog.ok_button.isEnabled()
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_next_modal(qtbot, fill)
    assert window.files.ask_new_case() == NewCaseAnswer(CaseDetails("X9", "<b>Zoë</b> Lane", "A. Patel"))
    on_next_modal(qtbot, lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Escape))
    assert window.files.ask_new_case() is None


def test_the_save_version_dialog_shows_dates_as_people_write_them_and_stores_iso(qtbot: QtBot) -> None:
    dialog = SaveVersionDialog(None, "3-month review", 4, QDate(2026, 11, 28))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.date.text() == "28 Nov 2026"
    assert dialog.date.calendarPopup()
    assert {w.accessibleName() for w in (dialog.label, dialog.date, dialog.note)} == {"Version label", "Date", "Note"}
    assert "version 4" in dialog.findChildren(QLabel)[0].text()
    dialog.label.clear()
    assert not dialog.ok_button.isEnabled(), "a version needs a label"
    QTest.keyClicks(dialog.label, "Review <after court>")
    dialog.date.setDate(QDate(2026, 2, 3))
    QTest.keyClicks(dialog.note, "Two lines")
    QTest.keyClick(dialog.note, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.note, "of note")
    QTest.keyClick(dialog.label, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == ("Review <after court>", "2026-02-03", "Two lines\nof note")


def test_the_version_question_suggests_a_label_and_numbers_the_version(qtbot: QtBot, window: MainWindow) -> None:
    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, SaveVersionDialog)
        assert dialog.label.text() == "Review"
        assert "version 4" in dialog.findChildren(QLabel)[0].text()
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_next_modal(qtbot, accept)
    assert window.files.ask_version("Review") == ("Review", QDate.currentDate().toString("yyyy-MM-dd"), "")


def test_an_exported_image_gets_the_extension_of_the_chosen_kind(qtbot: QtBot, tmp_path: Path) -> None:
    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectNameFilter("SVG image (*.svg)")
        dialog.selectFile(str(tmp_path / "map"))
        dialog.accept()

    on_next_modal(qtbot, choose)
    assert choose_image_file(None, str(tmp_path / "x.png")) == str(tmp_path / "map.svg")
