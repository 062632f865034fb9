"""File > Import… in the real window: easyNWK as a new case, JSON versions added to this case, bad files refused
in the command line's words, read-only cases left alone, and the dialog that asks where the versions go."""

import gzip
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ecomap.casefile import CaseFile
from ecomap.casefile.check import check_case_file
from ecomap.interchange.ecomap_json import case_to_document, document_bytes
from ecomap.interchange.reader import read_case
from ecomap.model.case import Case, CaseDetails
from ecomap.ui.importing import FoundCase, ImportTarget, ImportTargetDialog
from ecomap.ui.main_window import MainWindow
from ecomap.ui.open_case import OpenCase
from tests.conftest import EASYNWK_SAMPLE, EXAMPLE_JSON, SAM_JSON, run_ecomap
from tests.strategies import cases


class User:
    """The person at the import's questions: answers given in order, every question and error box recorded."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, window: MainWindow, **answers: Any) -> None:
        self.answers = {name: list(given) for name, given in answers.items()}
        self.asked: dict[str, list[tuple[Any, ...]]] = {}
        self.errors: list[tuple[str, str]] = []
        importer = window.importer
        for name in ("ask_import_path", "ask_import_target", "ask_new_case_path", "ask_confirm_append"):
            monkeypatch.setattr(importer, name, self._answerer(name))
        monkeypatch.setattr(
            window.context, "show_error", lambda headline, detail: self.errors.append((headline, detail))
        )

    def _answerer(self, name: str) -> Callable[..., Any]:
        def answer(*args: Any) -> Any:
            self.asked.setdefault(name, []).append(args)
            assert self.answers.get(name), f"unexpected question {name}{args}"
            return self.answers[name].pop(0)

        return answer


def import_from_menu(window: MainWindow) -> None:
    """File > Import… as the user finds it, next to Open."""
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert texts.index("&Import…") == texts.index("&Open…") + 3, "after Open, Open recent and Open from team store"
    [action] = [a for a in file_menu.actions() if a.text() == "&Import…"]
    action.trigger()


def _about_ids(action: dict[str, Any]) -> set[str]:
    """The node ids a format 2 action is about."""
    about = action["about"] or {}
    return {about["node"]} if "node" in about else set(about.get("tie", []))


def lee_review_json(folder: Path) -> Path:
    """Two later reviews of the example's client, Lee, as Ecomap JSON (what another Ecomap exported)."""
    document = json.loads(EXAMPLE_JSON.read_text(encoding="utf-8"))
    latest = document["versions"][-1]
    later = json.loads(json.dumps(latest))
    later["map"]["nodes"] = [n for n in later["map"]["nodes"] if n["id"] != later["map"]["ties"][0]["target"]]
    gone = {n["id"] for n in latest["map"]["nodes"]} - {n["id"] for n in later["map"]["nodes"]}
    later["map"]["ties"] = [t for t in later["map"]["ties"] if not {t["source"], t["target"]} & gone]
    later["plan"] = [a for a in later.get("plan", []) if not _about_ids(a) & gone]
    document["versions"] = [
        {**latest, "label": "9-month review", "date": "2026-10-12", "note": "Kept every appointment."},
        {**later, "label": "12-month review", "date": "2026-11-30", "note": ""},
    ]
    path = folder / "lee reviews.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def check_passes(path: Path, versions: int) -> None:
    result = run_ecomap("check", path)
    assert result.returncode == 0, result.stderr
    assert f"ok: {versions} version{'s' if versions != 1 else ''}; hash chain intact" in result.stdout


def test_an_easynwk_record_opens_as_a_new_case_file(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path, example_copy: Path
) -> None:
    source = tmp_path / "rosa.json"
    shutil.copyfile(EASYNWK_SAMPLE, source)
    before = example_copy.read_bytes()
    user = User(
        monkeypatch,
        window,
        ask_import_path=[str(source)],
        ask_import_target=["new"],
        ask_new_case_path=[str(tmp_path / "Rosa")],
    )
    import_from_menu(window)

    assert user.errors == []
    [(found, refusal)] = user.asked["ask_import_target"]
    assert found.format_name == "easyNWK"
    assert found.path == source
    assert refusal.startswith(f"{source}: is for another client")
    assert user.asked["ask_new_case_path"] == [(str(tmp_path / "New case.ecomap"),)], "beside the file; no reference"
    created = tmp_path / "Rosa.ecomap"
    assert window.case.path == created
    assert not window.case.read_only
    assert window.case.details.client == "Rosa Braunsteigl-Müller"
    assert [(s.number, s.label, s.date) for s in window.case.summaries()] == [(1, "Erstgespräch", "2024-02-26")]
    texts = window.history.panel.list.row_texts()
    assert len(texts) == 2
    assert texts[1].startswith("1 · Erstgespräch")
    expected, _format = read_case(source)
    assert window.scene.map == expected.versions[0].map, "the working draft is the last imported version"
    assert "Rosa" in window.windowTitle()
    assert window.status_message.text() == "Imported 1 version from rosa.json into Rosa.ecomap"
    with CaseFile.open(created) as stored:
        assert stored.details == expected.details
        assert [v.map for v in stored.versions()] == [v.map for v in expected.versions]
    assert example_copy.read_bytes() == before, "the case left behind is untouched"
    check_passes(created, 1)


def test_a_json_files_versions_are_added_to_the_open_case(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path, example_copy: Path
) -> None:
    source = lee_review_json(tmp_path)
    draft_before, based_on = window.case.map.copy(), window.case.based_on
    user = User(monkeypatch, window, ask_import_path=[str(source)], ask_import_target=["append"])
    user.answers["ask_confirm_append"] = [True]
    import_from_menu(window)

    assert user.errors == []
    [(found, refusal)] = user.asked["ask_import_target"]
    assert refusal == ""
    assert found.format_name == "Ecomap JSON"
    assert found.count == 2
    [(confirmed, first_number)] = user.asked["ask_confirm_append"]
    assert confirmed is found
    assert first_number == 4
    labels = [(s.number, s.label, s.date) for s in window.case.summaries()]
    assert labels[3:] == [(4, "9-month review", "2026-10-12"), (5, "12-month review", "2026-11-30")]
    texts = window.history.panel.list.row_texts()
    assert [text.splitlines()[0] for text in texts[:3]] == [
        "Working draft",
        "5 · 12-month review",
        "4 · 9-month review",
    ]
    assert len(texts) == 6
    assert window.case.map == draft_before, "the draft is left as it was"
    assert window.case.based_on == based_on
    assert window.status_message.text() == "Added versions 4 and 5 from lee reviews.json"

    window.case.close()  # re-opened from disk: the versions are there, after the three it had
    with CaseFile.open(example_copy) as stored:
        assert stored.version_count == 5
        assert [v.map for v in stored.versions([4, 5])] == [v.map for v in found.case.versions]
        assert stored.version(4).note == "Kept every appointment."
    check_passes(example_copy, 5)


def test_declining_the_confirmation_adds_nothing(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path, example_copy: Path
) -> None:
    user = User(monkeypatch, window, ask_import_path=[str(lee_review_json(tmp_path))], ask_import_target=["append"])
    user.answers["ask_confirm_append"] = [False]
    window.editor_actions["import"].trigger()
    assert user.errors == []
    assert len(window.case.summaries()) == 3
    assert len(window.history.panel.list.row_texts()) == 4


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(incoming=cases(min_versions=1, max_versions=3))
def test_any_documents_versions_are_added_as_they_were_written(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path, example_copy: Path, incoming: Case
) -> None:
    """Whatever labels, notes, dates and maps a document holds, they are stored as written, after the rest."""
    incoming.details = CaseDetails(worker=incoming.details.worker, notes=incoming.details.notes)  # whose: unnamed
    first = len(window.case.summaries()) + 1
    source = tmp_path / f"from {first}.json"
    source.write_bytes(document_bytes(case_to_document(incoming)))
    user = User(monkeypatch, window, ask_import_path=[str(source)], ask_import_target=["append"])
    user.answers["ask_confirm_append"] = [True]
    window.editor_actions["import"].trigger()

    assert user.errors == []
    added = [window.case.version(n) for n in range(first, first + len(incoming.versions))]
    assert [(v.label, v.date, v.note, v.map) for v in added] == [
        (v.label, v.date, v.note, v.map) for v in incoming.versions
    ]
    assert window.case.details.client == "Lee Marsh"
    report = check_case_file(example_copy)
    assert report.ok, report.problems
    assert report.versions == first + len(incoming.versions) - 1


BAD_FILES = {
    "plain text": b"Lee's notes from Tuesday\n",
    "unknown key": json.dumps({"format": "ecomap", "format_version": 1, "versions": [], "colour": "blue"}).encode(),
    "bad tie": json.dumps(
        {
            "format": "ecomap",
            "format_version": 1,
            "versions": [
                {
                    "map": {
                        "nodes": [{"id": "c", "label": "Lee", "kind": "client"}],
                        "ties": [{"source": "c", "target": "mum", "capital": "bonding", "strength": "strong"}],
                    }
                }
            ],
        }
    ).encode(),
    "billion laughs": b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n'
    b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns">&lol2;</graphml>',
    "gzip": gzip.compress(SAM_JSON.read_bytes()),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_a_bad_file_gives_one_error_box_in_the_command_lines_words(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path, example_copy: Path, kind: str
) -> None:
    source = tmp_path / "incoming.json"
    source.write_bytes(BAD_FILES[kind])
    before = example_copy.read_bytes()
    user = User(monkeypatch, window, ask_import_path=[str(source)])
    window.editor_actions["import"].trigger()

    [(headline, detail)] = user.errors
    assert headline == "Nothing was imported."
    assert detail.startswith(f"{source}: ")
    assert "ask_import_target" not in user.asked
    assert example_copy.read_bytes() == before
    assert len(window.case.summaries()) == 3
    assert window.undo_stack.count() == 0
    out = tmp_path / "out.ecomap"
    cli = run_ecomap("import", source, "-o", out)
    assert cli.returncode == 2
    assert cli.stderr.strip() == f"ecomap: {detail}", "the same words as the command line"
    assert not out.exists()


def test_another_clients_file_is_not_added_to_this_case(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path, example_copy: Path
) -> None:
    other_copy = tmp_path / "other.ecomap"  # the command line on a copy: the window holds example_copy's lock
    shutil.copyfile(example_copy, other_copy)
    before = example_copy.read_bytes()
    user = User(monkeypatch, window, ask_import_path=[str(SAM_JSON)], ask_import_target=["append"])
    window.editor_actions["import"].trigger()

    [(_found, refusal)] = user.asked["ask_import_target"]
    cli = run_ecomap("import", SAM_JSON, "-o", other_copy)
    assert cli.returncode == 2
    assert cli.stderr.strip() == f"ecomap: {refusal}"
    assert user.errors == [("No versions were added to this case.", refusal)], "one box, if answered anyway"
    assert "ask_confirm_append" not in user.asked
    assert example_copy.read_bytes() == before
    assert len(window.case.summaries()) == 3


def test_a_read_only_case_cannot_take_versions(
    monkeypatch: pytest.MonkeyPatch,
    make_window: Callable[[OpenCase], MainWindow],
    tmp_path: Path,
    example_copy: Path,
) -> None:
    holder = OpenCase.open(example_copy)  # the case is open for editing elsewhere
    try:
        window = make_window(OpenCase.open(example_copy))
        assert window.case.read_only
        before = example_copy.read_bytes()
        user = User(monkeypatch, window, ask_import_path=[str(lee_review_json(tmp_path))], ask_import_target=["append"])
        window.editor_actions["import"].trigger()

        [(_found, refusal)] = user.asked["ask_import_target"]
        assert refusal == "this case is read-only (open in another Ecomap)"
        assert user.errors == [("No versions were added to this case.", refusal)]
        assert example_copy.read_bytes() == before
        assert len(window.case.summaries()) == 3
        window.case.close()
    finally:
        holder.close()


def test_a_new_unsaved_case_offers_only_a_new_case(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[[OpenCase], MainWindow], tmp_path: Path
) -> None:
    window = make_window(OpenCase.new_unsaved())
    user = User(monkeypatch, window, ask_import_path=[str(SAM_JSON)], ask_import_target=[None])
    window.editor_actions["import"].trigger()
    [(_found, refusal)] = user.asked["ask_import_target"]
    assert refusal == "this case has no file yet; save it first (File > Save)"
    assert user.errors == []
    assert window.case.path is None


def test_an_existing_case_file_is_never_replaced(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    taken = tmp_path / "YJ-2026-0042.ecomap"
    taken.write_bytes(b"someone else's case")
    user = User(
        monkeypatch,
        window,
        ask_import_path=[str(SAM_JSON)],
        ask_import_target=["new"],
        ask_new_case_path=[str(taken), str(tmp_path / "sam.ecomap")],
    )
    window.editor_actions["import"].trigger()

    assert user.errors == [
        ("YJ-2026-0042.ecomap already exists.", "Ecomap never replaces a case file: choose another name.")
    ]
    assert taken.read_bytes() == b"someone else's case"
    assert user.asked["ask_new_case_path"][0] == (str(SAM_JSON.parent / "YJ-2026-0042.ecomap"),)
    assert window.case.path == tmp_path / "sam.ecomap"
    assert [s.label for s in window.case.summaries()] == ["Referral", "Review"]
    check_passes(tmp_path / "sam.ecomap", 2)


def test_a_new_case_not_opened_for_unsaved_changes_is_kept_and_remembered(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path, example_copy: Path
) -> None:
    window.editor.edit_node(window.case.map.client.id, {"notes": "Asked about college"})
    monkeypatch.setattr(window.files, "ask_save_changes", lambda: "cancel")
    target = tmp_path / "sam.ecomap"
    user = User(
        monkeypatch, window, ask_import_path=[str(SAM_JSON)], ask_import_target=["new"], ask_new_case_path=[str(target)]
    )
    window.editor_actions["import"].trigger()

    assert user.errors == []
    assert window.case.path == example_copy, "the user chose to stay with their changes"
    assert window.modified
    assert target.exists()
    assert str(target) in window.files.recent_files()
    assert window.status_message.text() == "Imported sam.json into sam.ecomap; it was not opened"


def found_in(path: Path) -> FoundCase:
    case, format_name = read_case(path)
    return FoundCase(path, case, format_name)


def test_the_dialog_offers_this_case_for_its_own_versions_and_explains_a_refusal(qtbot: QtBot, tmp_path: Path) -> None:
    lee = CaseDetails(reference="PR-2026-0318", client="Lee Marsh", worker="Hannah Okafor")
    own = ImportTargetDialog(None, found_in(lee_review_json(tmp_path)), lee, 4, "")
    qtbot.addWidget(own)
    assert own.as_versions.isEnabled()
    assert own.as_versions.isChecked()
    texts = [label.text() for label in own.findChildren(QLabel)]
    assert "4 · 9-month review, 12 Oct 2026\n5 · 12-month review, 30 Nov 2026" not in texts, "numbered in the file"
    assert "1 · 9-month review, 12 Oct 2026\n2 · 12-month review, 30 Nov 2026" in texts
    assert any(text.startswith("Saved as versions 4 and 5, after") for text in texts)
    own.show()
    qtbot.waitExposed(own)
    qtbot.keyClick(own.as_new, Qt.Key.Key_Space)  # choose the other way by keyboard, then Import
    qtbot.mouseClick(own.import_button, Qt.MouseButton.LeftButton)
    assert own.result() == ImportTargetDialog.DialogCode.Accepted
    chosen: ImportTarget = own.choice()
    assert chosen == "new"

    refusal = f"{SAM_JSON}: is for case reference 'YJ-2026-0042', but the case is for 'PR-2026-0318'; not imported"
    other = ImportTargetDialog(None, found_in(SAM_JSON), lee, 4, refusal)
    qtbot.addWidget(other)
    assert other.as_new.isChecked()
    assert not other.as_versions.isEnabled()
    labels = {label.text(): label for label in other.findChildren(QLabel)}
    reason = (
        "Not possible: sam.json is for case reference 'YJ-2026-0042', but the case is for 'PR-2026-0318'; not imported"
    )
    assert reason in labels
    assert labels[reason].isEnabled(), "the reason reads in full contrast"
    for label in labels.values():
        assert label.textFormat() == Qt.TextFormat.PlainText
    other.resize(other.sizeHint())
    other.show()
    qtbot.waitExposed(other)
    other.grab().save("/tmp/import.png")


NETWORK_CANVAS = Path(__file__).resolve().parents[1] / "fixtures" / "network_canvas"


@pytest.mark.parametrize("mapping", [None, NETWORK_CANVAS / "mapping.json"])
def test_a_network_canvas_interview_is_read_with_the_mapping_the_user_chooses(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path, example_copy: Path, mapping: Path | None
) -> None:
    """The editor asks how to map a Network Canvas file: the default, or a mapping file, as ``import --mapping``."""
    source = NETWORK_CANVAS / "newer.graphml"
    target = tmp_path / "interview.ecomap"
    user = User(
        monkeypatch, window, ask_import_path=[str(source)], ask_import_target=["new"], ask_new_case_path=[str(target)]
    )
    monkeypatch.setattr(window.importer, "ask_network_canvas_mapping", user._answerer("ask_network_canvas_mapping"))
    user.answers["ask_network_canvas_mapping"] = [mapping or "default"]
    import_from_menu(window)

    assert user.asked["ask_network_canvas_mapping"] == [(source,)]
    assert user.errors == []
    expected, _ = read_case(source, mapping)
    with CaseFile.open(target) as opened:
        versions = opened.versions()
        assert [version.map for version in versions] == [version.map for version in expected.versions]
    assert read_case(source)[0].versions != read_case(source, NETWORK_CANVAS / "mapping.json")[0].versions


def test_cancelling_the_mapping_question_imports_nothing(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, example_copy: Path
) -> None:
    user = User(monkeypatch, window, ask_import_path=[str(NETWORK_CANVAS / "older.graphml")])
    monkeypatch.setattr(window.importer, "ask_network_canvas_mapping", user._answerer("ask_network_canvas_mapping"))
    user.answers["ask_network_canvas_mapping"] = [None]
    import_from_menu(window)
    assert "ask_import_target" not in user.asked
    assert user.errors == []


def test_the_mapping_question_offers_the_default_and_a_file(window: MainWindow, qtbot: QtBot) -> None:
    """The real question box: its words, and the default mapping chosen by its button."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        seen.extend(button.text() for button in box.findChildren(QPushButton))
        [default] = [button for button in box.buttons() if button.text() == "Use the default mapping"]
        qtbot.mouseClick(default, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    source = NETWORK_CANVAS / "older.graphml"
    assert window.importer.ask_network_canvas_mapping(source) == "default"
    assert seen[0] == "older.graphml is a Network Canvas interview."
    assert "Choose a mapping file…" in seen
