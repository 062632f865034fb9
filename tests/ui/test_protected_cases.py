"""Protected cases in the real window: a new protected case, opening one (three tries), File > Protect, Change
passphrase and Remove protection, the title, the key derived once per open, and a protected new case's recovery
file; every question answered through the window's ``ask_*`` methods, every file checked on disk."""

import contextlib
import os
import resource
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ecomap.casefile import CaseFile, engine
from ecomap.casefile.check import check_case_file
from ecomap.errors import PassphraseNeededError, WrongPassphraseError
from ecomap.model.case import CaseDetails
from ecomap.ui.app import run
from ecomap.ui.main_window import MainWindow
from ecomap.ui.new_case_form import NewCaseAnswer
from ecomap.ui.open_case import OpenCase
from ecomap.ui.passphrase_dialog import EnterPassphraseDialog
from ecomap.ui.screenshot import screenshot
from tests.conftest import EXAMPLE_CASE, run_ecomap
from tests.ui.test_app import when_shown
from tests.ui.test_files import Answers, add_person

PASSPHRASE = "otter lantern seventeen harbour"
NEW_PASSPHRASE = "quiet meadow copper kettle"
CANARY = "Quillon Featherstonehaugh"
"""A client's name found nowhere but inside the encrypted file."""
SQLITE_MAGIC = b"SQLite format 3\x00"


def assert_unreadable(path: Path, *names: str) -> None:
    """``path`` is encrypted: not SQLite on disk, and none of ``names`` in it (UTF-8 or UTF-16)."""
    data = path.read_bytes()
    assert not data.startswith(SQLITE_MAGIC)
    for name in names:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert name.encode(encoding) not in data, (name, encoding)


def give_protection_answers(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, **answers: Any
) -> list[tuple[str, tuple[Any, ...]]]:
    """Answer the protection commands' questions (each name once); any other question fails the test."""
    asked: list[tuple[str, tuple[Any, ...]]] = []

    def answerer(name: str) -> Callable[..., Any]:
        def answer(*args: Any) -> Any:
            asked.append((name, args))
            assert name in answers, f"unexpected question {name}"
            return answers.pop(name)

        return answer

    for name in ("ask_new_passphrase", "ask_changed_passphrase", "ask_remove_protection"):
        monkeypatch.setattr(window.protection, name, answerer(name))
    return asked


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> Answers:
    return Answers(monkeypatch, window.files)


@pytest.fixture
def protected_case(tmp_path: Path) -> Path:
    """A copy of the example (Lee Marsh, three versions) protected by :data:`PASSPHRASE`."""
    path = tmp_path / "lee.ecomap"
    shutil.copyfile(EXAMPLE_CASE, path)
    with CaseFile.open(path, writable=True) as case_file:
        case_file.change_protection(PASSPHRASE)
    return path


def enabled(window: MainWindow) -> dict[str, bool]:
    return {name: window.editor_actions[name].isEnabled() for name in ("protect", "change_passphrase", "unprotect")}


# -- a new protected case ---------------------------------------------------------------------------


def test_a_new_protected_case_is_never_in_the_clear_and_reopens_with_its_passphrase(
    monkeypatch: pytest.MonkeyPatch,
    make_window: Callable[[OpenCase], MainWindow],
    window: MainWindow,
    answers: Answers,
    tmp_path: Path,
) -> None:
    answers.give("ask_new_case", NewCaseAnswer(CaseDetails("X1", CANARY, "A. Patel"), PASSPHRASE))
    answers.give("ask_save_path", str(tmp_path / "x1"))
    window.files.new_case()
    path = tmp_path / "x1.ecomap"
    assert window.case.path == path
    assert_unreadable(path, CANARY, "Quillon")
    assert window.windowTitle().startswith("X1 – x1.ecomap (protected)")
    assert CANARY not in window.windowTitle(), "other programs can read a window's title"
    assert "protected" in window.status_message.text()

    add_person(window, "Aunt Jo")
    for label in ("Start of order", "Review", "Final review"):
        answers.give("ask_version", (label, "2026-11-30", ""))
        window.files.save_version()
    add_person(window, "Uncle Bram")
    window.files.autosave()  # unsaved changes kept in the file: encrypted too
    assert_unreadable(path, CANARY, "Quillon", "Aunt Jo", "Uncle Bram", "Start of order")
    answers.give("ask_save_changes", "discard")
    assert window.close()

    window = make_window(OpenCase.new_unsaved())  # Ecomap started again
    answers = Answers(monkeypatch, window.files)
    answers.give("ask_passphrase", "otter lantern", "Otter Lantern Seventeen Harbour", PASSPHRASE)
    window.files.open_case(str(path))
    assert [args for name, args in answers.asked if name == "ask_passphrase"] == [(path, 1), (path, 2), (path, 3)]
    assert window.case.path == path
    assert [s.label for s in window.case.summaries()] == ["Start of order", "Review", "Final review"]
    assert "Aunt Jo" in {node.label for node in window.case.map.nodes}
    assert "Uncle Bram" not in {node.label for node in window.case.map.nodes}, "discarded at close"
    assert "x1.ecomap (protected)" in window.windowTitle()
    assert check_case_file(path, passphrase=PASSPHRASE).ok
    assert answers.errors == []


def test_three_wrong_passphrases_refuse_the_case_and_change_nothing(
    window: MainWindow, answers: Answers, protected_case: Path, example_copy: Path
) -> None:
    before = protected_case.read_bytes()
    answers.give("ask_passphrase", "one", "two", "three")
    window.files.open_case(str(protected_case))
    assert [args[1] for name, args in answers.asked if name == "ask_passphrase"] == [1, 2, 3]
    assert answers.errors == [
        (
            "The case could not be opened.",
            f"{protected_case}: is protected and the passphrase was not right three times; it was not opened",
        )
    ]
    assert window.case.path == example_copy, "the case that was open stays open"
    assert protected_case.read_bytes() == before
    assert str(protected_case) not in window.files.recent_files()

    answers.errors.clear()
    answers.give("ask_passphrase", None)  # Cancel: nothing said, nothing opened
    window.files.open_case(str(protected_case))
    assert answers.errors == []
    assert window.case.path == example_copy
    assert protected_case.read_bytes() == before


def test_the_key_is_derived_once_per_open_never_per_save(
    window: MainWindow, answers: Answers, protected_case: Path
) -> None:
    answers.give("ask_passphrase", PASSPHRASE)
    before = engine.keyed_connections
    window.files.open_case(str(protected_case))
    assert engine.keyed_connections - before == 1
    for number in (4, 5, 6):
        add_person(window, f"Helper {number}")
        answers.give("ask_version", (f"Review {number}", "2026-11-30", ""))
        window.files.save_version()
        window.files.autosave()
    add_person(window, "Neighbour")
    window.files.autosave()
    assert window.files.save()
    assert len(window.case.summaries()) == 6
    assert engine.keyed_connections - before == 1


def test_a_passphrase_given_beforehand_is_tried_first(
    window: MainWindow, answers: Answers, protected_case: Path, example_copy: Path
) -> None:
    window.files.open_case(str(protected_case), passphrase=PASSPHRASE)  # ECOMAP_PASSPHRASE, say: nothing asked
    assert window.case.path == protected_case
    window.files.open_case(str(example_copy))
    answers.give("ask_passphrase", PASSPHRASE)
    window.files.open_case(str(protected_case), passphrase="a stale passphrase")
    assert [args for name, args in answers.asked if name == "ask_passphrase"] == [(protected_case, 2)]
    assert window.case.path == protected_case


def test_ecomap_case_tries_the_passphrase_it_was_given_then_asks(
    qtbot: QtBot, protected_case: Path, settings: QSettings
) -> None:
    names = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    seen: list[str] = []

    def type_it(dialog: QWidget) -> None:
        assert isinstance(dialog, EnterPassphraseDialog)
        seen.append(dialog.wrong.text())
        QTest.keyClicks(dialog.passphrase_field, PASSPHRASE)
        QTest.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)
        when_shown(MainWindow, close)

    def close(window: QWidget, waited: int = 0) -> None:
        if "lee.ecomap" not in window.windowTitle() and waited < 200:  # still inside the open, after the prompt
            QTimer.singleShot(10, lambda: close(window, waited + 1))
            return
        seen.append(window.windowTitle())
        window.close()

    when_shown(EnterPassphraseDialog, type_it)
    try:
        assert run(str(protected_case), ["ecomap"], settings=settings, passphrase="a stale one") == 0
    finally:
        QCoreApplication.setApplicationName(names[0])
        QCoreApplication.setOrganizationName(names[1])
    assert seen[0] == "That passphrase did not open lee.ecomap. 2 tries are left."
    assert "lee.ecomap (protected)" in seen[1]


def test_a_screenshot_of_a_protected_case_needs_its_passphrase_and_never_asks(
    protected_case: Path, tmp_path: Path
) -> None:
    out = tmp_path / "shot.png"
    with pytest.raises(PassphraseNeededError, match=r"lee\.ecomap: is protected"):
        screenshot(str(protected_case), str(out))
    with pytest.raises(WrongPassphraseError, match=r"lee\.ecomap: is protected: wrong passphrase"):
        screenshot(str(protected_case), str(out), passphrase="not it")
    assert not out.exists()
    screenshot(str(protected_case), str(out), passphrase=PASSPHRASE, size=(800, 500))
    assert out.read_bytes().startswith(b"\x89PNG")


# -- File > Protect, Change passphrase, Remove protection -------------------------------------------


def test_protect_change_and_remove_from_the_file_menu(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, answers: Answers, example_copy: Path
) -> None:
    path = example_copy
    assert enabled(window) == {"protect": True, "change_passphrase": False, "unprotect": False}
    add_person(window, "Aunt Jo")  # unsaved: it stays unsaved, and is saved into the protected file later
    asked = give_protection_answers(monkeypatch, window, ask_new_passphrase=PASSPHRASE)
    window.editor_actions["protect"].trigger()
    assert asked == [("ask_new_passphrase", ())]
    assert_unreadable(path, "Lee Marsh", "Hannah Okafor")
    assert "example.ecomap (protected)" in window.windowTitle()
    assert window.isWindowModified()
    assert enabled(window) == {"protect": False, "change_passphrase": True, "unprotect": True}
    result = run_ecomap("check", path, environment={"ECOMAP_PASSPHRASE": PASSPHRASE})
    assert result.returncode == 0, result.stderr
    assert "protected (SQLCipher 4" in result.stdout
    assert run_ecomap("check", path, environment={"ECOMAP_PASSPHRASE": "wrong"}).returncode == 2
    assert window.files.save()
    assert_unreadable(path, "Aunt Jo")

    asked = give_protection_answers(monkeypatch, window, ask_changed_passphrase=NEW_PASSPHRASE)
    window.editor_actions["change_passphrase"].trigger()
    assert asked == [("ask_changed_passphrase", (PASSPHRASE,))], "checked against the passphrase in use"
    assert_unreadable(path, "Lee Marsh", "Aunt Jo")
    with pytest.raises(WrongPassphraseError):
        CaseFile.open(path, passphrase=PASSPHRASE)
    assert check_case_file(path, passphrase=NEW_PASSPHRASE).ok
    assert "changed the passphrase" in window.status_message.text().lower()

    asked = give_protection_answers(monkeypatch, window, ask_remove_protection=True)
    window.editor_actions["unprotect"].trigger()
    assert asked == [("ask_remove_protection", (NEW_PASSPHRASE,))]
    data = path.read_bytes()
    assert data.startswith(SQLITE_MAGIC)
    assert b"Aunt Jo" in data, "plain SQLite: readable by anyone who has the file"
    assert "(protected)" not in window.windowTitle()
    assert enabled(window) == {"protect": True, "change_passphrase": False, "unprotect": False}
    result = run_ecomap("check", path)
    assert result.returncode == 0, result.stderr
    add_person(window, "Cousin Di")
    assert window.files.save(), "the case is still open and writable on the rewritten file"
    assert answers.errors == []


def test_cancelling_a_protection_question_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, answers: Answers, example_copy: Path
) -> None:
    before = example_copy.read_bytes()
    give_protection_answers(monkeypatch, window, ask_new_passphrase=None)
    window.editor_actions["protect"].trigger()
    assert example_copy.read_bytes() == before
    assert "(protected)" not in window.windowTitle()
    assert answers.errors == []


def test_protection_cannot_change_on_a_saved_version_or_a_read_only_case(
    make_window: Callable[[OpenCase], MainWindow], example_copy: Path
) -> None:
    first = make_window(OpenCase.open(example_copy))
    first.history.show(1)
    assert enabled(first) == {"protect": False, "change_passphrase": False, "unprotect": False}
    first.history.show(None)
    assert enabled(first)["protect"]
    second = make_window(OpenCase.open(example_copy))  # another Ecomap has it: read-only here
    assert second.case.read_only
    assert enabled(second) == {"protect": False, "change_passphrase": False, "unprotect": False}
    assert second.protection.protect() is False
    assert "cannot be changed now" in second.status_message.text()


@contextlib.contextmanager
def disk_nearly_full() -> Iterator[None]:
    """Let no file of this process grow past 16 KB inside the block (writes past that fail, EFBIG, as on a full disk).

    The limit is the process's: it is lifted before pytest writes its report (to a log that may be larger).
    """
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16384, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


def test_a_protect_that_fails_leaves_the_file_as_it_was_and_says_so_once(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, answers: Answers, example_copy: Path
) -> None:
    before = example_copy.read_bytes()
    assert len(before) > 16384
    give_protection_answers(monkeypatch, window, ask_new_passphrase=PASSPHRASE)
    with disk_nearly_full():
        window.editor_actions["protect"].trigger()
    [(headline, detail)] = answers.errors
    assert headline == "The case was not protected."
    assert detail.endswith("The file was left as it was.")
    assert example_copy.read_bytes() == before
    assert sorted(p.name for p in example_copy.parent.iterdir() if p.name.startswith(".")) == []
    assert "(protected)" not in window.windowTitle()
    assert enabled(window)["protect"]


# -- a new case without a file yet: its recovery file ------------------------------------------------


def test_a_new_case_protected_before_its_first_save_keeps_its_recovery_file_encrypted(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[[OpenCase], MainWindow], tmp_path: Path
) -> None:
    window = make_window(OpenCase.new_unsaved())
    answers = Answers(monkeypatch, window.files)
    give_protection_answers(monkeypatch, window, ask_new_passphrase=PASSPHRASE)
    assert enabled(window)["protect"]
    window.editor_actions["protect"].trigger()
    assert window.windowTitle().startswith("New case – not saved yet (protected)")
    add_person(window, "Aunt Jo")
    window.files.autosave()
    [recovery] = (tmp_path / "recovery").glob("unsaved-*.ecomap")
    assert_unreadable(recovery, "Aunt Jo")

    answers.give("ask_new_case", NewCaseAnswer(CaseDetails("X2", CANARY)))  # the form says it is protected
    answers.give("ask_save_path", str(tmp_path / "x2"))
    assert window.files.save()
    assert not recovery.exists()
    assert_unreadable(tmp_path / "x2.ecomap", CANARY, "Aunt Jo")
    assert check_case_file(tmp_path / "x2.ecomap", passphrase=PASSPHRASE).ok
    assert "x2.ecomap (protected)" in window.windowTitle()


def test_the_first_save_of_a_new_case_can_protect_it(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[[OpenCase], MainWindow], tmp_path: Path
) -> None:
    window = make_window(OpenCase.new_unsaved())
    answers = Answers(monkeypatch, window.files)
    add_person(window, "Aunt Jo")
    answers.give("ask_new_case", NewCaseAnswer(CaseDetails("X3", CANARY), PASSPHRASE))
    answers.give("ask_save_path", str(tmp_path / "x3"))
    assert window.files.save()
    assert_unreadable(tmp_path / "x3.ecomap", CANARY, "Aunt Jo")
    assert "x3.ecomap (protected)" in window.windowTitle()
    assert list((tmp_path / "recovery").glob("unsaved-*.ecomap")) == []


KILLED_PROTECTED_NEW_CASE = textwrap.dedent(
    """
    import os, sys, time
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from ecomap.model.elements import Node
    from ecomap.model.enums import Domain, Kind
    from ecomap.ui.commands import AddNodeCommand
    from ecomap.ui.main_window import MainWindow
    from ecomap.ui.open_case import OpenCase

    app = QApplication([])
    settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
    window = MainWindow(OpenCase.new_unsaved(passphrase=os.environ["TEST_PASSPHRASE"]), settings=settings)
    ecomap = window.case.map
    window.editor.push(AddNodeCommand(ecomap, Node("auntjo", "Aunt Jo", Kind.PERSON, Domain.FAMILY, 300.0, -260.0)))
    window.files.autosave()
    print(window.status_message.text(), flush=True)
    time.sleep(60)
    """
)


def test_a_protected_new_case_left_by_a_crash_is_offered_without_a_name_and_opened_by_its_passphrase(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[[OpenCase], MainWindow], tmp_path: Path
) -> None:
    command = [sys.executable, "-c", KILLED_PROTECTED_NEW_CASE, str(tmp_path / "settings.ini")]
    environment = {**os.environ, "TEST_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=environment)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().startswith("Autosaved at")
    finally:
        child.kill()
        child.wait(timeout=30)
    [recovery] = (tmp_path / "recovery").glob("unsaved-*.ecomap")
    assert_unreadable(recovery, "Aunt Jo")

    window = make_window(OpenCase.new_unsaved())
    answers = Answers(monkeypatch, window.files)
    answers.give("ask_recover_new_case", True).give("ask_passphrase", "one", "two", "three")
    window.files.offer_left_behind()
    [(_name, (left,))] = [asked for asked in answers.asked if asked[0] == "ask_recover_new_case"]
    assert left.protected
    assert left.details == CaseDetails(), "offered without reading it"
    assert left.map is None
    assert answers.errors[0][1].endswith("is protected and the passphrase was not right three times; it was not opened")
    assert recovery.exists(), "not deleted: it is offered again next time"
    assert window.case.path is None
    assert not window.case.protected

    answers.errors.clear()
    answers.give("ask_recover_new_case", True).give("ask_passphrase", PASSPHRASE)
    window.files.offer_left_behind()
    assert window.case.map.node("auntjo").label == "Aunt Jo"
    assert window.case.protected
    assert "(protected)" in window.windowTitle()
    assert window.isWindowModified()
    answers.give("ask_new_case", NewCaseAnswer(CaseDetails("X4", CANARY)))
    answers.give("ask_save_path", str(tmp_path / "x4"))
    assert window.files.save()
    assert not recovery.exists()
    assert_unreadable(tmp_path / "x4.ecomap", CANARY, "Aunt Jo")
    assert check_case_file(tmp_path / "x4.ecomap", passphrase=PASSPHRASE).ok
    assert answers.errors == []


# -- File > Save a copy -------------------------------------------------------------------------------


def test_a_copy_of_a_protected_case_is_protected_by_the_same_passphrase(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, answers: Answers, protected_case: Path, tmp_path: Path
) -> None:
    window.files.open_case(str(protected_case), passphrase=PASSPHRASE)
    copy = tmp_path / "lee copy.ecomap"
    monkeypatch.setattr(window.data_export.copier, "ask_path", lambda _suggested: str(copy))
    assert window.data_export.save_copy() == copy
    assert_unreadable(copy, "Lee Marsh")
    assert check_case_file(copy, passphrase=PASSPHRASE).ok
    assert "protected by the same passphrase" in window.status_message.text()
