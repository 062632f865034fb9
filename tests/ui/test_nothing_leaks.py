"""Nothing about a client leaves a protected case in the clear (design §13; issue 13, "Nothing leaks").

A canary client name and a canary person are put in a case; after a whole editing session in the real window,
after an editor killed (SIGKILL) with unsaved changes, and after the recovery in a new window, every file the
test's Ecomaps could write is searched for them (UTF-8 and UTF-16-LE, any case): the case file and its journal,
the recovery folder, the temporary folders, the settings files, the run's own XDG folders, and the recent files
list; so are the error lines of the command line. A protected case shows the canary nowhere; the same session
on an unprotected case finds it in the case file, so the scan can fail.
"""

import os
import select
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from ecomap.model.case import CaseDetails
from ecomap.report.options import ReportOptions
from ecomap.ui.main_window import MainWindow
from ecomap.ui.new_case_form import NewCaseAnswer
from ecomap.ui.open_case import OpenCase
from ecomap.ui.plaintext_note import NOTES
from ecomap.ui.printing_summary import SummaryChoice
from tests.conftest import own_home, run_ecomap
from tests.ui.test_files import Answers, add_person, on_next_modal

CLIENT = "Zebulon Quixotic-Canary"
PERSON = "Ottoline Canarywood"
AFTER_THE_CRASH = "Ottoline Canarywood-Junior"
CANARIES = ("Zebulon", "Quixotic", "Ottoline", "Canarywood")
"""The words looked for: each part of the client's name and of the people's."""
PASSPHRASE = "a long passphrase for the canary case"


def canaries_in(data: bytes) -> list[str]:
    """The canary words ``data`` holds, as UTF-8 or UTF-16-LE text, in any case."""
    lowered = data.lower()
    return [
        word
        for word in CANARIES
        if word.lower().encode("utf-8") in lowered or word.lower().encode("utf-16-le") in lowered
    ]


def scan(places: Iterable[Path], texts: Iterable[str] = ()) -> dict[str, list[str]]:
    """Where the canary is found: each file under ``places`` (its name and its bytes), and each of ``texts``."""
    found: dict[str, list[str]] = {}
    for place in places:
        files = [place] if place.is_file() else sorted(p for p in place.rglob("*") if p.is_file())
        for file in files:
            words = sorted(set(canaries_in(file.read_bytes()) + canaries_in(file.name.encode())))
            if words:
                found[str(file)] = words
    for text in texts:
        words = canaries_in(text.encode("utf-8"))
        if words:
            found[f"text {text!r}"] = words
    return found


def recent_texts(window: MainWindow) -> list[str]:
    """The recent files list as kept (paths) and as File > Open recent shows it (words and tips)."""
    menu = QMenu()
    window.files.fill_recent_menu(menu)
    shown = [text for action in menu.actions() for text in (action.text(), action.toolTip())]
    return [*window.files.recent_files(), *shown]


def assert_only_in_the_case(found: dict[str, list[str]], case: Path, *, protected: bool) -> None:
    """Protected: the canary is nowhere. Unprotected: it is in the case file (the scan works), and only there
    (or in the case's journal)."""
    if protected:
        assert found == {}, f"a protected case's client or people found in the clear: {found}"
        return
    assert str(case) in found, "the scan did not find the canary in an unprotected case file: it cannot fail"
    assert set(found) <= {str(case), f"{case}-journal"}, found


@pytest.fixture
def temporary(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The temporary folder of this process while the test runs (Python's and Qt's)."""
    folder = tmp_path / "temporary"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


def unlock_with(monkeypatch: pytest.MonkeyPatch, window: MainWindow, passphrase: str) -> list[str]:
    """The user types ``passphrase`` whenever a window asks for one; the files it was asked for."""
    asked: list[str] = []

    def ask(path: Path, _attempt: int) -> str:
        asked.append(path.name)
        return passphrase

    monkeypatch.setattr(window.files, "ask_passphrase", ask)
    return asked


def rename(window: MainWindow, node_id: str, name: str) -> None:
    """Select the person, Edit > Rename, type the new name over the old, Enter: as a user does."""
    window.scene.select_only([window.scene.node_items[node_id]])
    window.editor_actions["rename"].trigger()
    editor = window.editor.editor
    assert editor is not None
    editor.selectAll()
    QTest.keyClicks(editor, name)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.case.map.node(node_id).label == name


def editing_session(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, case: Path, passphrase: str | None
) -> list[Path]:
    """File > New case (protected by ``passphrase`` if given), a person drawn then renamed, autosave, a version
    saved, the PDF summary made for printing (the printer cancelled), more drawing, autosave, the work saved,
    then File > Open recent on the case again. Returns what the temporary folder held while the summary was."""
    answers = Answers(monkeypatch, window.files)
    answers.give("ask_new_case", NewCaseAnswer(CaseDetails("X77", CLIENT, "A. Patel"), passphrase))
    answers.give("ask_save_path", str(case))
    window.files.new_case()
    assert window.case.path == case
    assert window.case.protected is (passphrase is not None)

    window.files.keeper.delay_ms = 20
    person = add_person(window, "Ottoline")
    rename(window, person.id, PERSON)
    qtbot.waitUntil(lambda: window.status_message.text().startswith("Autosaved at "), timeout=5000)
    answers.give("ask_version", ("Start of order", "2026-03-02", f"{PERSON} visits weekly"))
    window.editor_actions["save_version"].trigger()
    assert [s.label for s in window.case.summaries()] == ["Start of order"]

    held: list[list[Path]] = []

    def cancel_at_the_printer(_printer: QPrinter, *, pages: int) -> None:
        held.append(sorted(Path(tempfile.gettempdir()).rglob("*")))  # the summary is made and held now
        assert pages >= 1

    monkeypatch.setattr(window.printing, "ask_summary_options", lambda _summaries: SummaryChoice(ReportOptions()))
    monkeypatch.setattr(window.printing, "ask_printer", cancel_at_the_printer)
    assert not window.printing.print_summary()
    assert len(held) == 1, "the summary was made and the printer asked"

    add_person(window, "Aunt Jo")
    qtbot.waitUntil(lambda: window.status_message.text().startswith("Autosaved at "), timeout=5000)
    assert window.files.save()
    asked = unlock_with(monkeypatch, window, passphrase or "")
    window.files.open_case(str(case))  # already open: nothing asked
    assert asked == []
    assert answers.errors == []
    return held[0]


CRASHING_EDITOR = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from ecomap.cli import main
    from ecomap.model.elements import Node
    from ecomap.model.enums import Domain, Kind
    from ecomap.ui.commands import AddNodeCommand
    from ecomap.ui.main_window import MainWindow

    case, name = sys.argv[1], sys.argv[2]
    app = QApplication([])

    def edit():
        up = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and str(w.case.path) == case]
        if not up or up[0].view_state.busy:
            QTimer.singleShot(20, edit)
            return
        window = up[0]
        window.files.keeper.delay_ms = 20
        person = Node("after", name, Kind.PERSON, Domain.FAMILY, -300.0, 260.0)
        window.editor.push(AddNodeCommand(window.case.map, person))

        def wait():
            if window.status_message.text().startswith("Autosaved"):
                print("AUTOSAVED", flush=True)
            else:
                QTimer.singleShot(10, wait)

        wait()

    QTimer.singleShot(0, edit)
    sys.exit(main([case]))  # the real ``ecomap CASE``: the passphrase from ECOMAP_PASSPHRASE
    """
)


def crash_an_editor(case: Path, folder: Path, passphrase: str | None) -> str:
    """``ecomap CASE`` in a process of its own (its own settings, data and temporary folders under ``folder``),
    a person added, autosaved, then killed (SIGKILL). Returns what it wrote on stderr."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("ECOMAP_")}
    for name in ("config", "data", "cache", "state", "temporary"):
        (folder / name).mkdir(parents=True)
    environment |= {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_CACHE_HOME": str(folder / "cache"),
        "XDG_STATE_HOME": str(folder / "state"),
        "TMPDIR": str(folder / "temporary"),
    }
    if passphrase is not None:
        environment["ECOMAP_PASSPHRASE"] = passphrase
    command = [sys.executable, "-c", CRASHING_EDITOR, str(case), AFTER_THE_CRASH]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    try:
        assert child.stdout is not None
        ready, _, _ = select.select([child.stdout], [], [], 60)  # a question the test cannot answer would hang
        assert ready, "the editor never autosaved (stuck behind a question?)"
        assert child.stdout.readline().strip() == "AUTOSAVED"
    finally:
        child.kill()
        _out, stderr = child.communicate(timeout=30)
    assert child.returncode == -9, "killed, not ended"
    assert (folder / "config" / "Ecomap" / "Ecomap.conf").is_file(), "the editor kept its settings where looked"
    return stderr


def failing_commands(case: Path, folder: Path, protected: bool) -> list[str]:
    """What the command line says on stderr when a verb fails on the case (each fails: exit status 2)."""
    folder.mkdir()
    given = {"ECOMAP_PASSPHRASE": PASSPHRASE} if protected else {}
    runs = [
        ({**given, "TMPDIR": str(folder)}, ("show", case, "--version", "9")),
        ({**given, "TMPDIR": str(folder)}, ("export", case, "-o", folder / "no such folder" / "x.pdf")),
    ]
    if protected:
        runs += [
            ({"TMPDIR": str(folder)}, ("show", case)),
            ({"ECOMAP_PASSPHRASE": "not the passphrase", "TMPDIR": str(folder)}, ("versions", case)),
        ]
    said = []
    for environment, args in runs:
        result = run_ecomap(*args, environment=environment)
        assert result.returncode == 2, (args, result.stderr)
        assert case.name in result.stderr or "no such folder" in result.stderr, result.stderr
        said.append(result.stderr)
    return said


@pytest.mark.parametrize("protected", [True, False], ids=["protected", "unprotected"])
def test_a_client_is_found_nowhere_but_in_the_case_after_editing_a_crash_and_a_recovery(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_window: Callable[[OpenCase], MainWindow],
    settings: QSettings,
    temporary: Path,
    tmp_path: Path,
    protected: bool,
) -> None:
    passphrase = PASSPHRASE if protected else None
    cases = tmp_path / "cases"
    cases.mkdir()
    case = cases / "X77.ecomap"
    everywhere = [tmp_path, own_home()]  # the case, settings, recovery, temporary folders; the run's XDG folders

    # A whole editing session in the real window.
    window = make_window(OpenCase.new_unsaved())
    held = editing_session(qtbot, monkeypatch, window, case, passphrase)
    assert held == [], "the PDF summary was made in memory: no temporary file held it"
    settings.sync()
    assert settings.value("recent_files") in ([str(case)], str(case)), "the scan looks at a real recent list"
    assert_only_in_the_case(scan(everywhere, recent_texts(window)), case, protected=protected)
    window.close()

    # An editor killed with unsaved changes (autosaved into the case file).
    stderr = crash_an_editor(case, tmp_path / "crashed", passphrase)
    assert_only_in_the_case(scan(everywhere, [stderr]), case, protected=protected)

    # The recovery, in a new window.
    again = make_window(OpenCase.new_unsaved())
    Answers(monkeypatch, again.files).give("ask_recover", True)
    asked = unlock_with(monkeypatch, again, PASSPHRASE)
    again.files.open_case(str(case))
    assert asked == (["X77.ecomap"] if protected else [])
    assert AFTER_THE_CRASH in {node.label for node in again.case.map.nodes}, "the autosave was recovered"
    assert again.files.save()
    settings.sync()
    found = scan(everywhere, [*recent_texts(again), *failing_commands(case, tmp_path / "command line", protected)])
    assert_only_in_the_case(found, case, protected=protected)
    assert again.close()


# -- the export dialogs ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("protected", [True, False], ids=["protected", "unprotected"])
def test_the_export_and_print_dialogs_say_that_what_they_write_is_not_protected(
    qtbot: QtBot, make_window: Callable[[OpenCase], MainWindow], tmp_path: Path, protected: bool
) -> None:
    details = CaseDetails("X77", CLIENT, "A. Patel")
    opened = OpenCase.create(tmp_path / "X77.ecomap", details, passphrase=PASSPHRASE if protected else None)
    opened.save_version("Start of order", "2026-03-02", "")
    window = make_window(opened)
    said: dict[str, list[str]] = {}
    for action in ("export_pdf", "export_data", "export_image", "print_summary", "save_copy"):

        def look(dialog: QWidget, action: str = action) -> None:
            said[action] = [n.text() for n in dialog.findChildren(QLabel, "plaintext_note") if not n.isHidden()]
            dialog.close()  # Cancel: nothing is written

        on_next_modal(qtbot, look)
        window.editor_actions[action].trigger()
        assert action in said, f"{action} asked nothing"

    if not protected:
        assert all(notes == [] for notes in said.values()), said
        return
    assert said == {
        "export_pdf": [NOTES["pdf"]],
        "export_data": [NOTES["data"]],
        "export_image": [NOTES["image"]],
        "print_summary": [NOTES["print"]],
        "save_copy": [],  # a copy of a protected case is protected by the same passphrase
    }
    assert NOTES["pdf"] == (
        "This case is protected, but the PDF you write will not be: anyone who has the file can read it. "
        "Store it where your service keeps case documents."
    )
    assert list(tmp_path.iterdir()) == [tmp_path / "X77.ecomap"], "every dialog was cancelled: nothing written"


# -- File > Clear recent files ---------------------------------------------------------------------------------------


def test_clear_recent_files_forgets_every_case_and_the_last_folder_and_is_off_when_there_is_none(
    monkeypatch: pytest.MonkeyPatch,
    make_window: Callable[[OpenCase], MainWindow],
    settings: QSettings,
    example_copy: Path,
) -> None:
    window = make_window(OpenCase.new_unsaved())
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    [clear] = [a for a in file_menu.actions() if a.text() == "C&lear recent files"]
    assert clear is window.editor_actions["clear_recent"]
    file_menu.aboutToShow.emit()
    assert not clear.isEnabled(), "nothing to clear yet"

    Answers(monkeypatch, window.files)
    window.files.open_case(str(example_copy))
    assert window.files.recent_files() == [str(example_copy)]
    assert settings.value("last_directory") == str(example_copy.parent)
    assert clear.isEnabled()

    clear.trigger()
    assert window.files.recent_files() == []
    assert settings.value("last_directory") is None
    assert example_copy.is_file(), "the case file itself stays"
    assert window.case.path == example_copy, "the case stays open"
    assert not clear.isEnabled()
    assert window.status_message.text().startswith("Cleared the recent files list")
    settings.sync()
    assert "example" not in Path(settings.fileName()).read_text(encoding="utf-8")
