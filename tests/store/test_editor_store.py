"""The editor on the team store, with the real window and a real PostgreSQL cluster: File > Open from team
store… (a password asked for, never kept), saving a version, a supervisor's read-only view, a draft someone
else saved meanwhile, and a server lost while editing (the map kept on this computer, saved when it is back)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from ecomap.casefile import CaseFile
from ecomap.model.elements import Node
from ecomap.model.enums import Domain, Kind
from ecomap.store.team_case import StoreCase
from ecomap.store.team_store import TeamStore
from ecomap.store.transfer import push
from ecomap.ui.app import create_window
from ecomap.ui.commands import AddNodeCommand
from ecomap.ui.main_window import MainWindow
from ecomap.ui.open_case import OpenCase
from ecomap.ui.store_dialog import STORE_KEY, StoreDialog, StorePasswordDialog
from tests.conftest import EXAMPLE_CASE
from tests.store.cluster import Cluster
from tests.store.conftest import PASSWORD, Store

REF = "PR-2026-0318"
"""The example case's reference: its name in the store once pushed."""
SHOTS = os.environ.get("ECOMAP_TEST_SHOTS")
"""A folder to save pictures of the dialog and the window in, to look at them (unset: none saved)."""


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a file of the test's own: the user's settings are never touched."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def no_password_from_elsewhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """libpq finds no password but the one a test gives (no ~/.pgpass, no PGPASSWORD)."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("ECOMAP_STORE", raising=False)


@pytest.fixture
def ann(store: Store, tmp_path: Path) -> str:
    """Worker ann's connection string (with her password), the example case pushed by her as ``store:REF``."""
    url = store.add_worker("ann", tmp=tmp_path)
    example = tmp_path / "example.ecomap"
    example.write_bytes(EXAMPLE_CASE.read_bytes())
    push(example, url)
    return url


@pytest.fixture
def make_window(qtbot: QtBot, settings: QSettings, tmp_path: Path) -> Callable[[OpenCase], MainWindow]:
    """Real windows on the test's own settings and recovery folder, closed at the end without a question."""

    def forget_changes(window: MainWindow) -> None:
        window.undo_stack.setClean()
        window.context.recovered_unsaved = False

    def make(case: OpenCase) -> MainWindow:
        window = MainWindow(case, settings=settings, recovery_folder=tmp_path / "recovery")
        qtbot.addWidget(window, before_close_func=forget_changes)
        window.show()
        return window

    return make


class Errors:
    """The error boxes a window would show, kept to be read (and to fail on when none is expected)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
        self.shown: list[tuple[str, str]] = []
        monkeypatch.setattr(
            window.context, "show_error", lambda headline, detail: self.shown.append((headline, detail))
        )


def store_open(window: MainWindow, url: str, monkeypatch: pytest.MonkeyPatch) -> Errors:
    errors = Errors(monkeypatch, window)
    window.files.open_store_case(url, REF)
    assert errors.shown == []
    assert window.case.store_case is not None
    return errors


def add_someone(window: MainWindow, name: str) -> None:
    """The user adds a person by name (one undo step), undoes it and does it again."""
    ecomap = window.case.map
    node = Node(ecomap.new_node_id(), name, Kind.PERSON, Domain.FRIENDS, 60.0 * len(ecomap.nodes), 90.0)
    assert window.editor.push(AddNodeCommand(ecomap, node), settle=(node.id,))
    assert any(node.label == name for node in window.case.map.nodes)
    window.undo_stack.undo()
    assert not any(node.label == name for node in window.case.map.nodes)
    window.undo_stack.redo()
    assert any(node.label == name for node in window.case.map.nodes)
    assert window.modified


def labels(case: StoreCase | CaseFile, number: int | None = None) -> set[str]:
    ecomap = case.version(number).map if number else case.draft().map  # type: ignore[union-attr]
    return {node.label for node in ecomap.nodes}


def shoot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))  # type: ignore[attr-defined]


def answer_version(monkeypatch: pytest.MonkeyPatch, window: MainWindow, label: str) -> None:
    today = dt.date.today().isoformat()
    monkeypatch.setattr(window.files, "ask_version", lambda _default: (label, today, ""))


# -- opening ---------------------------------------------------------------------------------------


def test_a_worker_opens_her_case_through_the_dialog_with_a_password_prompt_and_saves_a_version(
    qtbot: QtBot,
    store: Store,
    ann: str,
    settings: QSettings,
    make_window: Callable[[OpenCase], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    without_password = store.cluster.url("ann", None, store.database)
    monkeypatch.setenv("ECOMAP_STORE", without_password)
    window = make_window(OpenCase.new_unsaved())
    errors = Errors(monkeypatch, window)
    seen: dict[str, object] = {}

    def type_password() -> None:
        prompt = QApplication.activeModalWidget()
        assert isinstance(prompt, StorePasswordDialog)
        field = prompt.findChild(QLineEdit)
        assert field is not None
        assert field.echoMode() is QLineEdit.EchoMode.Password
        shoot(prompt, "store-password.png")
        field.setText(PASSWORD)
        prompt.accept()

    def use_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StoreDialog)
        seen["prefilled"] = dialog.store_edit.text()
        QTimer.singleShot(50, type_password)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        rows = [dialog.case_list.topLevelItem(i) for i in range(dialog.case_list.topLevelItemCount())]
        seen["rows"] = [[row.text(c) for c in range(5)] for row in rows if row is not None]
        seen["status"] = dialog.status.text()
        shoot(dialog, "store-dialog.png")
        assert dialog.open_button.isEnabled()
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, use_dialog)
    window.editor_actions["open_store"].trigger()

    assert errors.shown == []
    assert seen["prefilled"] == without_password  # from ECOMAP_STORE
    assert seen["rows"] == [[REF, "Lee Marsh", "Hannah Okafor", "3", seen["rows"][0][4]]]  # type: ignore[index]
    assert "1 case you may open" in str(seen["status"])
    case = window.case
    assert case.store_case is not None
    assert not case.read_only
    assert f"store:{REF} – team store {store.database}" in window.windowTitle()
    assert "Opened store:" in window.status_message.text()
    remembered = str(settings.value(STORE_KEY))
    assert remembered == without_password
    assert PASSWORD not in remembered
    settings.sync()
    assert PASSWORD not in Path(settings.fileName()).read_text(encoding="utf-8")
    assert window.files.recent_files() == []  # a store case is no file to reopen

    add_someone(window, "Sam")
    answer_version(monkeypatch, window, "Back in touch with Sam")
    window.editor_actions["save_version"].trigger()
    assert errors.shown == []
    assert not window.modified
    shoot(window, "store-window.png")
    with StoreCase.open(ann, REF) as stored:
        assert stored.version_count == 4
        assert stored.summaries()[-1].label == "Back in touch with Sam"
        assert "Sam" in labels(stored, 4)
        assert "Sam" in labels(stored)  # the shared draft too
        assert stored.chain() == [row.sha256 for row in stored.rows()]


def test_a_supervisor_opens_a_case_of_her_team_read_only(
    store: Store,
    ann: str,
    tmp_path: Path,
    make_window: Callable[[OpenCase], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sue = store.add_worker("sue", supervisor=True, tmp=tmp_path)
    window = make_window(OpenCase.new_unsaved())
    store_open(window, sue, monkeypatch)
    assert window.case.read_only
    assert "not assigned to you" in window.windowTitle()
    assert f"store:{REF}" in window.windowTitle()
    for name in ("save", "save_version", "protect", "add_person"):
        assert not window.editor_actions[name].isEnabled(), name
    assert window.files.save() is False
    assert "Read-only" in window.status_message.text()
    with StoreCase.open(ann, REF) as stored:
        assert stored.version_count == 3


def test_what_needs_a_case_file_says_how_to_get_one_instead(
    ann: str, make_window: Callable[[OpenCase], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(OpenCase.new_unsaved())
    errors = store_open(window, ann, monkeypatch)
    for name in ("save_copy", "protect"):
        window.editor_actions[name].trigger()
    assert len(errors.shown) == 2
    for headline, detail in errors.shown:
        assert headline.startswith(f"store:{REF} is kept in the team store, not in a file")
        assert f"ecomap pull {REF} -o FILE" in detail
    assert not window.case.protected


def test_ecomap_store_ref_opens_the_editor_on_that_case(
    qtbot: QtBot, store: Store, ann: str, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ECOMAP_STORE", ann)  # as --store would give it, or the environment
    for given in (None, ann):
        window = create_window(f"store:{REF}", settings, store_url=given)
        qtbot.addWidget(window)
        assert window.case.store_case is not None
        assert f"store:{REF} – team store" in window.windowTitle()
        window.case.close()


# -- saving ----------------------------------------------------------------------------------------


def test_a_draft_saved_by_someone_else_meanwhile_offers_to_reload_theirs_or_to_save_mine_as_a_version(
    qtbot: QtBot,
    store: Store,
    ann: str,
    tmp_path: Path,
    make_window: Callable[[OpenCase], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bob = store.add_worker("bob", tmp=tmp_path)
    with TeamStore(store.url()) as admin:
        admin.assign(REF, "bob")
    window = make_window(OpenCase.new_unsaved())
    errors = store_open(window, ann, monkeypatch)
    boxes: list[str] = []

    def choose(button: str) -> Callable[[], None]:
        def click() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            assert box.objectName() == "draftConflict"
            boxes.append(box.text())
            shoot(box, "store-conflict.png")
            chosen = box.findChild(QPushButton, button)
            assert chosen is not None
            chosen.click()

        return click

    with StoreCase.open(bob, REF, writable=True) as theirs:
        bobs_map = theirs.version(3).map.copy()
        bobs_map.add_node(Node("bob-1", "Bob's addition", x=80.0, y=40.0))
        theirs.write_draft(bobs_map, 3)

        add_someone(window, "Sam")
        QTimer.singleShot(0, choose("reloadTheirs"))
        assert window.files.save() is True
        assert boxes
        assert boxes[-1].startswith("bob saved the map of this case at")
        assert "Bob's addition" in {n.label for n in window.case.map.nodes}
        assert "Sam" not in {n.label for n in window.case.map.nodes}
        assert window.undo_stack.count() == 0
        assert not window.modified

        bobs_map.add_node(Node("bob-2", "Bob again", x=-80.0, y=40.0))
        theirs.write_draft(bobs_map, 3)  # he saves again, after her reload
        add_someone(window, "Kim")
        answer_version(monkeypatch, window, "Kim joins")
        QTimer.singleShot(0, choose("saveMineAsVersion"))
        assert window.files.save() is True
        assert len(boxes) == 2
    assert errors.shown == []
    assert not window.modified
    with StoreCase.open(ann, REF) as stored:
        assert stored.version_count == 4
        assert stored.summaries()[-1].label == "Kim joins"
        assert {"Kim", "Bob's addition"} <= labels(stored, 4)
        assert "Bob again" not in labels(stored, 4)
        assert "Kim" in labels(stored)  # her map is the shared draft now


def cut_off(cluster: Cluster, database: str, *, allow: bool) -> None:
    """The store's Ecomap connections ended by the server; with ``allow`` False, new ones refused too (the
    database stops answering, as a stopped server would, without stopping the cluster the tests share)."""
    with cluster.superuser() as admin:
        admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS {str(allow).lower()}')
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND application_name = 'ecomap'",
            (database,),
        )


def test_a_lost_server_keeps_the_map_on_this_computer_and_saving_resumes_when_it_answers_again(
    store: Store,
    ann: str,
    tmp_path: Path,
    make_window: Callable[[OpenCase], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(OpenCase.new_unsaved())
    errors = store_open(window, ann, monkeypatch)
    files = window.files

    # A connection ended while the server still answers: saving connects again, nothing to tell.
    cut_off(store.cluster, store.database, allow=True)
    add_someone(window, "Sam")
    assert files.save() is True
    assert errors.shown == []

    # The server stops answering: autosave keeps the map on this computer and says so.
    cut_off(store.cluster, store.database, allow=False)
    try:
        add_someone(window, "Kim")
        files.autosave()
        said = window.status_message.text()
        assert "cannot be reached" in said
        assert "kept on this computer" in said
        local = files.keeper.recovery_file.path
        assert local is not None
        assert local.is_file()
        assert local.parent == tmp_path / "recovery"
        assert str(local) in said
        with CaseFile.open(local) as kept:
            autosave = kept.autosave()
            assert autosave is not None
            assert "Kim" in {n.label for n in autosave.map.nodes}
        # File > Save cannot reach it either: one message says where the map is.
        assert files.save() is False
        assert len(errors.shown) == 1
        headline, detail = errors.shown[0]
        assert headline == "The map was not saved."
        assert "kept on this computer" in detail
        assert str(local) in detail
        assert window.modified
    finally:
        cut_off(store.cluster, store.database, allow=True)

    # It answers again: the next autosave goes to the store, and the local copy is removed.
    add_someone(window, "Jo")
    files.autosave()
    assert "answers again" in window.status_message.text()
    assert not local.exists()
    with StoreCase.open(ann, REF, writable=True) as stored:
        mine = stored.autosave()
        assert mine is not None
        assert {"Kim", "Jo"} <= {n.label for n in mine.map.nodes}
    assert files.save() is True
    assert not window.modified
    with StoreCase.open(ann, REF) as stored:
        assert {"Sam", "Kim", "Jo"} <= labels(stored)
    assert len(errors.shown) == 1
