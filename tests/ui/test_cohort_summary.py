"""File > Cohort summary… in the real window: a folder or the team store, the PDF written, progress and Cancel,
the skipped files listed, the passphrase used once and never kept, and the dialog as it looks."""

import os
import shutil
import threading
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from ecomap.casefile import CaseFile
from ecomap.store import cohort_reading
from ecomap.store.transfer import push
from ecomap.ui.cohort_dialog import FOLDER, STORE, CohortChoices, CohortDialog
from ecomap.ui.cohort_summary import CohortSummaryMaker
from ecomap.ui.main_window import MainWindow
from ecomap.ui.store_dialog import STORE_KEY
from tests.conftest import EXAMPLE_CASE
from tests.store.conftest import PASSWORD, Store, cluster, store  # noqa: F401 - the store's fixtures, used below

ACTION = "Cohort summar&y…"
PASSPHRASE = "blue heron at dawn"
NAMES = ("Lee", "Marsh", "Hannah", "Okafor")
"""The example's client and worker: never in a cohort's output."""
SHOTS = os.environ.get("ECOMAP_TEST_SHOTS")
"""A folder to save a picture of the dialog in, to look at it (unset: the test's own folder)."""


@pytest.fixture
def cohort(tmp_path: Path) -> Path:
    """A folder of three copies of the example (one in a subfolder) and a file named like a case that is not."""
    folder = tmp_path / "cohort"
    (folder / "north").mkdir(parents=True)
    for target in (folder / "a.ecomap", folder / "b.ecomap", folder / "north" / "c.ecomap"):
        shutil.copyfile(EXAMPLE_CASE, target)
    (folder / "notes.ecomap").write_text("not a case at all\n", encoding="utf-8")
    return folder


class User:
    """The person at the cohort summary's questions: the choices and path given, what they were shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, window: MainWindow, choices: CohortChoices | None, path: Path):
        self.opened: list[Path] = []
        self.results: list[tuple[bool, str, str, str]] = []
        self.errors: list[tuple[str, str]] = []
        self.passwords_asked: list[tuple[str, int]] = []
        self.asked_path: list[str] = []
        if choices is not None:
            monkeypatch.setattr(CohortSummaryMaker, "ask_choices", lambda _self: choices)
        self.path = path
        monkeypatch.setattr(CohortSummaryMaker, "ask_path", self._path)
        monkeypatch.setattr(CohortSummaryMaker, "open_file", lambda _self, p: self.opened.append(p))
        monkeypatch.setattr(CohortSummaryMaker, "show_result", lambda _self, *shown: self.results.append(shown))
        monkeypatch.setattr(CohortSummaryMaker, "ask_password", self._password)
        monkeypatch.setattr(
            window.context, "show_error", lambda headline, detail: self.errors.append((headline, detail))
        )

    def _path(self, suggested: str) -> str:
        self.asked_path.append(suggested)
        return str(self.path)

    def _password(self, where: str, attempt: int, _parent: object = None) -> str:
        self.passwords_asked.append((where, attempt))
        return PASSWORD


def trigger(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    [action] = [a for a in file_menu.actions() if a.text() == ACTION]
    assert action.isEnabled()
    action.trigger()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def left_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "settings.ini")


def test_a_folder_gives_the_pdf_and_says_three_read_one_skipped(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, cohort: Path, tmp_path: Path
) -> None:
    target = tmp_path / "cohort summary.pdf"
    user = User(monkeypatch, window, CohortChoices(FOLDER, folder=str(cohort), min_count=2), target)

    trigger(window)

    assert user.errors == []
    assert window.status_message.text() == "Cohort summary written to cohort summary.pdf: 3 cases read, 1 file skipped"
    [(failed, headline, _informative, details)] = user.results
    assert not failed
    assert headline == "The cohort summary was written to cohort summary.pdf: 3 cases read, 1 file skipped."
    assert details == "notes.ecomap: is not an Ecomap case file"
    assert user.opened == [target]
    assert Path(user.asked_path[0]).parent == tmp_path  # beside the folder of cases, not among them
    text = pdf_text(target)
    assert "Across the cohort" in text
    assert not [name for name in NAMES if name in text]
    assert left_in(tmp_path) == ["cohort", "cohort summary.pdf", "example.ecomap"]  # no temporary file left
    assert window.view_state.busy == ""


def test_cancel_while_reading_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, cohort: Path, tmp_path: Path
) -> None:
    target = tmp_path / "cancelled.pdf"
    user = User(monkeypatch, window, CohortChoices(FOLDER, folder=str(cohort)), target)
    pressed = threading.Event()
    seen: list[str] = []
    read_one = cohort_reading.file_facts
    calls: list[Path] = []

    def read_after_cancel(path: Path, passphrase: str | None = None) -> object:
        """The second case waits (at most 10 s) for the Cancel below: it lands midway, every time."""
        calls.append(path)
        if len(calls) == 2:
            pressed.wait(10)
        return read_one(path, passphrase)

    def press_cancel() -> None:
        bars = [bar for bar in window.findChildren(QProgressDialog) if bar.isVisible()]
        if not bars:
            QTimer.singleShot(1, press_cancel)
            return
        seen.append(bars[0].labelText())
        [cancel] = bars[0].findChildren(QPushButton)
        cancel.click()  # as the user does: the work is told at once, at its next step
        pressed.set()

    monkeypatch.setattr(cohort_reading, "file_facts", read_after_cancel)
    QTimer.singleShot(0, press_cancel)
    trigger(window)

    assert pressed.is_set()
    assert seen == ["Reading the cases for the cohort summary…"]
    assert len(calls) == 2  # the reading stopped at the case after the Cancel
    assert not target.exists()
    assert left_in(tmp_path) == ["cohort", "example.ecomap"]
    assert user.opened == []
    assert user.results == []
    assert user.errors == []
    assert window.status_message.text() == "Cohort summary cancelled; nothing was written"
    assert window.view_state.busy == ""


def test_a_passphrase_reads_protected_files_for_this_run_only(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, cohort: Path, tmp_path: Path
) -> None:
    with CaseFile.open(cohort / "b.ecomap", writable=True) as case_file:
        case_file.change_protection(PASSPHRASE)
    target = tmp_path / "without.pdf"
    user = User(monkeypatch, window, CohortChoices(FOLDER, folder=str(cohort), open_when_done=False), target)
    trigger(window)
    assert window.status_message.text() == "Cohort summary written to without.pdf: 2 cases read, 2 files skipped"
    [(_failed, _headline, _informative, details)] = user.results
    assert details.splitlines()[0].startswith("b.ecomap: ")

    target = tmp_path / "with.pdf"
    with_passphrase = CohortChoices(FOLDER, folder=str(cohort), passphrase=PASSPHRASE, open_when_done=False)
    user = User(monkeypatch, window, with_passphrase, target)
    trigger(window)
    assert window.status_message.text() == "Cohort summary written to with.pdf: 3 cases read, 1 file skipped"
    assert user.opened == []
    assert PASSPHRASE not in repr(with_passphrase)  # nor in a traceback's locals


def test_a_folder_with_no_case_says_so_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "broken.ecomap").write_bytes(b"\x00" * 100)
    target = tmp_path / "nothing.pdf"
    user = User(monkeypatch, window, CohortChoices(FOLDER, folder=str(folder)), target)
    trigger(window)
    assert not target.exists()
    [(failed, headline, _informative, details)] = user.results
    assert failed
    assert headline == "No cohort summary was made: no case could be read."
    assert details.startswith("broken.ecomap: ")
    assert window.status_message.text() == "No cohort summary: no case could be read (1 file skipped)"
    assert user.opened == []


def test_the_team_store_asks_the_password_and_remembers_the_store_without_it(
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    store: Store,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
    settings: QSettings,
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("ECOMAP_STORE", raising=False)
    ann = store.add_worker("ann", tmp=tmp_path)
    push(shutil.copyfile(EXAMPLE_CASE, tmp_path / "to push.ecomap"), ann)
    without = store.cluster.url("ann", database=store.database)
    target = tmp_path / "store cohort.pdf"
    user = User(monkeypatch, window, CohortChoices(STORE, store=without, open_when_done=False), target)

    trigger(window)

    assert user.errors == []
    assert [attempt for _store, attempt in user.passwords_asked] == [1]
    assert PASSWORD not in user.passwords_asked[0][0]
    assert window.status_message.text() == "Cohort summary written to store cohort.pdf: 1 case read, no file skipped"
    assert user.results == []
    assert not [name for name in NAMES if name in pdf_text(target)]
    settings.sync()
    assert settings.value(STORE_KEY) == without
    assert PASSWORD not in Path(settings.fileName()).read_text(encoding="utf-8")


def test_the_real_dialog_from_the_menu(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, window: MainWindow, cohort: Path, tmp_path: Path
) -> None:
    target = tmp_path / "from the dialog.pdf"
    user = User(monkeypatch, window, None, target)
    monkeypatch.setattr(CohortDialog, "ask_folder", lambda _dialog, _start: str(cohort))
    answered: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CohortDialog):
            QTimer.singleShot(10, answer)
            return
        assert not dialog.make_button.isEnabled()  # no folder yet
        dialog.choose_button.click()
        dialog.min_count.setValue(3)
        answered.append(dialog.folder_edit.text())
        dialog.make_button.click()

    QTimer.singleShot(0, answer)
    trigger(window)

    assert answered == [str(cohort)]
    assert window.status_message.text() == "Cohort summary written to from the dialog.pdf: 3 cases read, 1 file skipped"
    assert user.opened == [target]


def test_the_dialog_asks_a_passphrase_only_when_wanted_and_looks_right(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, settings: QSettings, cohort: Path, tmp_path: Path
) -> None:
    settings.setValue(STORE_KEY, "host=db.example.org dbname=ecomap user=ann")
    dialog = CohortDialog(None, settings)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_folder", lambda _start: str(cohort))
    dialog.show()
    assert dialog.folder_choice.isChecked()
    assert not dialog.make_button.isEnabled()
    assert dialog.min_count.value() == 5
    dialog.choose_button.click()
    assert dialog.make_button.isEnabled()
    dialog.use_passphrase.setChecked(True)
    assert not dialog.make_button.isEnabled()  # asked for, not given
    dialog.passphrase_edit.setText(PASSPHRASE)
    assert dialog.make_button.isEnabled()
    shot = Path(SHOTS or tmp_path) / "cohort-dialog.png"
    assert dialog.grab().save(str(shot))

    choices = dialog.choices()
    assert (choices.source, choices.folder, choices.passphrase, choices.min_count) == (
        FOLDER,
        str(cohort),
        PASSPHRASE,
        5,
    )

    dialog.store_choice.setChecked(True)
    assert not dialog.passphrase_edit.isEnabled()
    assert dialog.make_button.isEnabled()
    choices = dialog.choices()
    assert (choices.source, choices.store, choices.passphrase) == (
        STORE,
        "host=db.example.org dbname=ecomap user=ann",
        None,
    )
    dialog.store_edit.clear()
    assert not dialog.make_button.isEnabled()
    settings.sync()
    assert PASSPHRASE not in Path(settings.fileName()).read_text(encoding="utf-8")
    assert CohortDialog(None, settings).store_choice.isChecked()  # the source chosen last time
