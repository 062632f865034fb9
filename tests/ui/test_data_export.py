"""File > Export data… and File > Save a copy… in the real window: the files written, read back."""

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from ecomap.casefile import CaseFile
from ecomap.interchange.reader import read_case
from ecomap.interchange.schema_check import validate_document
from ecomap.model.case import CaseDetails
from ecomap.model.dates import written_date
from ecomap.model.elements import Node
from ecomap.model.enums import Domain, Kind
from ecomap.model.pseudonymise import reference_pseudonym
from ecomap.ui.commands import AddNodeCommand
from ecomap.ui.data_export import DataChoices, DataExporter, DataOptionsDialog
from ecomap.ui.main_window import MainWindow
from ecomap.ui.open_case import OpenCase
from ecomap.ui.recent_cases import RecentCases
from tests.conftest import run_ecomap
from tests.ui.test_files import on_next_modal

REAL_NAMES = ("Lee", "Marsh", "Carol", "Zoë", "Tomás", "Kelly")


class User:
    """The person at the export's questions: the options and paths given, the errors seen."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
        self.options: list[DataChoices | None] = []
        self.paths: list[Path | None] = []
        self.offered: list[tuple[list[int], bool]] = []
        self.suggested: list[str] = []
        self.errors: list[tuple[str, str]] = []
        exporter = window.data_export
        monkeypatch.setattr(exporter, "ask_options", self._options)
        monkeypatch.setattr(exporter, "ask_path", self._path)
        monkeypatch.setattr(exporter.copier, "ask_path", self._path)
        monkeypatch.setattr(
            window.context, "show_error", lambda headline, detail: self.errors.append((headline, detail))
        )

    def _options(self, summaries: list[object], working_map: bool) -> DataChoices | None:
        self.offered.append(([s.number for s in summaries], working_map))  # type: ignore[attr-defined]
        return self.options.pop(0)

    def _path(self, suggested: str) -> str | None:
        self.suggested.append(suggested)
        path = self.paths.pop(0)
        return None if path is None else str(path)


def add_person(window: MainWindow, label: str = "Aunt Rosa") -> None:
    """An unsaved change on the working map, as the user would make it (one undoable step)."""
    window.editor.push(AddNodeCommand(window.case.map, Node("rosa", label, Kind.PERSON, Domain.FAMILY, 90.0, -80.0)))


def test_pseudonymised_json_of_chosen_versions_validates_and_imports_again(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    user = User(monkeypatch, window)
    target = tmp_path / "shared.json"
    user.options.append(DataChoices(numbers=(1, 3), pseudonymise=True))
    user.paths.append(target)
    file_menu = window.menuBar().actions()[0].menu()
    [action] = [a for a in file_menu.actions() if a.text() == "Export &data…"]
    action.trigger()

    assert user.errors == []
    assert user.offered == [([1, 2, 3], False)], "the working map is version 3 exactly: not offered again"
    reference = window.case.details.reference
    assert reference not in user.suggested[0], "the suggested file name hides the reference too"
    assert Path(user.suggested[0]).name.startswith(reference_pseudonym(reference) + " ")
    assert user.suggested[0].endswith(".json")
    data = target.read_bytes()
    validate_document(json.loads(data), target)
    text = data.decode("utf-8")
    for name in (*REAL_NAMES, reference):
        assert name not in text, name
    case, format_name = read_case(target)
    assert format_name.lower().startswith("ecomap")
    assert [v.label for v in case.versions] == ["Start of order", "6-month review"]
    assert case.details.client == "L.M."
    assert case.details.reference == reference_pseudonym(reference)
    assert "Mum (C.)" in [n.label for n in case.versions[0].map.nodes]
    assert all(not n.notes for v in case.versions for n in v.map.nodes)
    assert window.status_message.text() == "Exported 2 versions (pseudonymised) to shared.json"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_reference_is_kept_only_when_asked(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    user = User(monkeypatch, window)
    user.options.append(DataChoices(numbers=(2,), pseudonymise=True, keep_notes=True, keep_reference=True))
    user.paths.append(tmp_path / "kept.json")
    window.data_export.export()
    case, _format = read_case(tmp_path / "kept.json")
    assert case.details.reference == window.case.details.reference
    assert case.details.client == "L.M."
    assert case.versions[0].note, "notes kept as asked"
    assert "PR-2026-0318" in user.suggested[0]


def test_graphml_holds_the_unsaved_working_map_as_one_more_version(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    add_person(window)
    user = User(monkeypatch, window)
    user.options.append(DataChoices(numbers=(1, 2, 3), working_map=True))
    user.paths.append(tmp_path / "lee.graphml")
    window.editor_actions["export_data"].trigger()

    assert user.offered == [([1, 2, 3], True)]
    case, _format = read_case(tmp_path / "lee.graphml")
    assert [v.label for v in case.versions] == ["Start of order", "3-month review", "6-month review", "Working map"]
    working = case.versions[-1]
    assert working.date == dt.date.today().isoformat()
    assert "Aunt Rosa" in [n.label for n in working.map.nodes]
    assert "Aunt Rosa" not in [n.label for n in case.versions[2].map.nodes]
    assert window.context.modified, "exporting saves nothing"


def test_csv_numbers_the_working_map_as_the_next_version_and_names_no_one(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    add_person(window, "Rosa Lind")
    window.undo_stack.setClean()  # saved as the draft, still not a version: offered all the same
    user = User(monkeypatch, window)
    user.options.append(DataChoices(numbers=(3,), working_map=True, pseudonymise=True))
    user.paths.append(tmp_path / "ties.csv")
    window.data_export.export()

    assert user.offered == [([1, 2, 3], True)]
    text = (tmp_path / "ties.csv").read_text(encoding="utf-8")
    rows = text.splitlines()
    assert rows[0].startswith("version,version_label,version_date,tie_id")
    assert {row.split(",")[0] for row in rows[1:]} == {"3", "4"}
    assert ",Working map," in text
    for name in (*REAL_NAMES, "Rosa", "Lind"):
        assert name not in text, name


def test_the_options_dialog_offers_the_working_map_and_needs_a_version(qtbot: QtBot, window: MainWindow) -> None:
    dialog = DataOptionsDialog(window, window.case.summaries(), working_map=True)
    qtbot.addWidget(dialog)
    items = [dialog.versions.item(row) for row in range(dialog.versions.count())]
    assert [i.text() for i in items][-1] == (
        f"Working map, not saved as a version ({written_date(dt.date.today().isoformat())})"
    )
    assert [i.checkState() == Qt.CheckState.Checked for i in items] == [True, True, True, False]
    assert not dialog.keep_reference.isEnabled()
    dialog.pseudonymise.click()
    dialog.keep_reference.click()
    items[3].setCheckState(Qt.CheckState.Checked)
    items[0].setCheckState(Qt.CheckState.Unchecked)
    assert dialog.choices() == DataChoices(numbers=(2, 3), working_map=True, pseudonymise=True, keep_reference=True)
    dialog.pseudonymise.click()
    assert dialog.choices() == DataChoices(numbers=(2, 3), working_map=True)
    for item in items:
        item.setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.export_button.isEnabled()


def test_a_case_without_versions_offers_its_working_map_chosen(qtbot: QtBot, window: MainWindow) -> None:
    dialog = DataOptionsDialog(window, [], working_map=True)
    qtbot.addWidget(dialog)
    assert dialog.choices() == DataChoices(numbers=(), working_map=True)
    assert dialog.export_button.isEnabled()


@pytest.mark.parametrize(
    ("chosen_filter", "suffix"), [("CSV, one row per tie (*.csv)", ".csv"), ("GraphML", ".graphml")]
)
def test_the_format_comes_from_the_filter_when_the_name_has_no_extension(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, chosen_filter: str, suffix: str
) -> None:
    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        [name] = [f for f in dialog.nameFilters() if f.startswith(chosen_filter)]
        dialog.selectNameFilter(name)
        dialog.selectFile(str(tmp_path / "data"))
        dialog.accept()

    on_next_modal(qtbot, choose)
    exporter = DataExporter(window.context)
    assert exporter.ask_path(str(tmp_path / "x.json")) == str(tmp_path / f"data{suffix}")


def test_a_file_that_cannot_be_written_is_named_in_one_message_and_nothing_is_left(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    user = User(monkeypatch, window)
    existing = tmp_path / "old.json"
    existing.write_text("old", encoding="utf-8")
    user.options += [DataChoices(numbers=(1,))] * 3
    user.paths += [tmp_path / "nowhere" / "x.json", tmp_path / "x.xlsx", existing]
    for _ in range(3):
        window.data_export.export()
    [(headline, missing), (_headline, unknown)] = user.errors
    assert headline == "The data was not exported."
    assert missing == f"{tmp_path / 'nowhere' / 'x.json'}: its folder does not exist"
    assert unknown.startswith(f"{tmp_path / 'x.xlsx'}: cannot be written as '.xlsx'")
    assert json.loads(existing.read_bytes())["format"] == "ecomap", "an existing file is replaced whole"
    assert not (tmp_path / "x.xlsx").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no temporary file left"


# -- File > Save a copy… ------------------------------------------------------------------------------


def test_save_a_copy_holds_every_version_and_the_unsaved_map_and_leaves_the_original(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, example_copy: Path, tmp_path: Path
) -> None:
    add_person(window)
    original = example_copy.read_bytes()
    user = User(monkeypatch, window)
    folder = tmp_path / "copies"
    folder.mkdir()
    target = folder / "lee copy"  # the extension is added
    user.paths.append(target)
    file_menu = window.menuBar().actions()[0].menu()
    [action] = [a for a in file_menu.actions() if a.text() == "Save &a copy…"]
    action.trigger()

    copy = folder / "lee copy.ecomap"
    assert user.errors == []
    assert user.suggested == [str(example_copy.parent / "PR-2026-0318 copy.ecomap")]
    assert os.listdir(folder) == ["lee copy.ecomap"], "no journal, no temporary file"
    assert example_copy.read_bytes() == original, "the original is not written to"
    assert window.case.path == example_copy
    assert window.context.modified, "the original's changes are still unsaved there"
    assert window.status_message.text() == "Saved a copy as lee copy.ecomap; still working on example.ecomap"
    assert RecentCases(window.context.settings).paths()[0] == str(copy)

    result = run_ecomap("check", copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 versions" in result.stdout
    with CaseFile.open(example_copy) as before, CaseFile.open(copy) as after:
        assert after.details == before.details
        assert [after.version_body(n) for n in (1, 2, 3)] == [before.version_body(n) for n in (1, 2, 3)]
        assert after.summaries() == before.summaries()
        draft = after.draft()
        assert draft is not None
        assert draft.based_on == 3
        assert "Aunt Rosa" in [n.label for n in draft.map.nodes]
        assert after.autosave() is None
    reopened = OpenCase.open(copy)
    try:
        assert reopened.map == window.case.map
    finally:
        reopened.close()


def test_save_a_copy_never_replaces_a_file(monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path) -> None:
    user = User(monkeypatch, window)
    taken = tmp_path / "taken.ecomap"
    taken.write_bytes(b"someone else's case")
    user.paths += [taken, None]
    assert window.data_export.save_copy() is None
    assert user.errors == [("taken.ecomap already exists.", "Ecomap never replaces a case file: choose another name.")]
    assert user.suggested[1] == str(taken), "asked again, from the name refused"
    assert taken.read_bytes() == b"someone else's case"


def test_a_case_never_saved_can_be_copied_too(
    monkeypatch: pytest.MonkeyPatch, make_window: object, settings: QSettings, tmp_path: Path
) -> None:
    details = CaseDetails(reference="X-77", client="Sam Okoro", worker="A. Patel")
    window = make_window(OpenCase.new_unsaved(details))  # type: ignore[operator]
    add_person(window)
    user = User(monkeypatch, window)
    user.paths.append(tmp_path / "sam.ecomap")
    window.data_export.save_copy()
    assert user.errors == []
    assert window.case.path is None
    assert window.status_message.text() == "Saved a copy as sam.ecomap"
    with CaseFile.open(tmp_path / "sam.ecomap") as copy:
        assert copy.details == details
        assert copy.version_count == 0
        draft = copy.draft()
        assert draft is not None
        assert {n.label for n in draft.map.nodes} == {"Sam", "Aunt Rosa"}
