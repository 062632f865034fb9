"""File > Export PDF summary… in the real window: the options, the file written, progress, cancel, opening it."""

import threading
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QProgressDialog
from pytestqt.qtbot import QtBot

from ecomap.casefile import CaseFile
from ecomap.model.elements import Node
from ecomap.model.enums import Domain, Kind
from ecomap.model.pseudonymise import reference_pseudonym
from ecomap.report import export
from ecomap.report.options import DEFAULT_MARKING, Paper, ReportOptions
from ecomap.ui.commands import AddNodeCommand
from ecomap.ui.main_window import MainWindow
from ecomap.ui.open_case import OpenCase
from ecomap.ui.pdf_export import PdfChoices, PdfOptionsDialog
from tests.ui.test_files import Answers


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


class User:
    """The person at the export's questions: the options and path given, the PDFs opened, the errors seen."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, window: MainWindow, choices: PdfChoices | None, path: Path):
        self.opened: list[Path] = []
        self.errors: list[tuple[str, str]] = []
        self.asked_path: list[str] = []
        exporter = window.pdf_export
        monkeypatch.setattr(exporter, "ask_options", lambda _summaries: choices)
        monkeypatch.setattr(exporter, "ask_path", lambda suggested: self.asked_path.append(suggested) or str(path))
        monkeypatch.setattr(exporter, "open_file", self.opened.append)
        monkeypatch.setattr(
            window.context, "show_error", lambda headline, detail: self.errors.append((headline, detail))
        )


def test_export_from_the_file_menu_writes_the_summary_and_opens_it(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "summary.pdf"
    user = User(monkeypatch, window, PdfChoices(ReportOptions(), open_when_done=True), target)

    file_menu = window.menuBar().actions()[0].menu()
    [action] = [a for a in file_menu.actions() if a.text() == "Export &PDF summary…"]
    action.trigger()

    assert user.errors == []
    assert user.opened == [target]
    assert user.asked_path[0].endswith(".pdf")
    text = pdf_text(target)
    assert "Lee" in text
    assert DEFAULT_MARKING in text
    assert "Page 1 of" in text
    assert window.status_message.text() == "Exported the PDF summary to summary.pdf"


def test_a_pseudonymised_summary_of_chosen_versions_names_no_one(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "shared.pdf"
    options = ReportOptions(versions=(1, 3), pseudonymise=True, marking="", paper=Paper.LETTER)
    user = User(monkeypatch, window, PdfChoices(options, open_when_done=False), target)
    window.pdf_export.export()

    assert user.opened == []
    reference = window.case.details.reference
    assert reference not in user.asked_path[0], "the suggested file name hides the reference too"
    assert reference_pseudonym(reference).removeprefix("Case ") in user.asked_path[0]
    reader = pypdf.PdfReader(target)
    text = pdf_text(target)
    client = window.case.details.client
    assert client.split()[0] not in text
    assert "Carol" not in text
    assert "3-month review" not in " ".join(text.split())
    assert DEFAULT_MARKING not in text
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (612, 792)


@pytest.fixture
def long_case(example_copy: Path, tmp_path: Path) -> Path:
    """The example with 40 more versions: its summary takes long enough to be cancelled midway."""
    path = tmp_path / "long.ecomap"
    with CaseFile.open(example_copy) as case:
        details, versions = case.details, case.versions()
    later = [replace(versions[-1], label=f"Review {n}", date=f"2027-{1 + n % 12:02d}-01") for n in range(40)]
    CaseFile.create(path, details, [*versions, *later]).close()
    return path


def test_cancel_on_the_progress_bar_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, settings: QSettings, long_case: Path, tmp_path: Path
) -> None:
    window = MainWindow(OpenCase.open(long_case), settings=settings)
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "cancelled.pdf"
    user = User(monkeypatch, window, PdfChoices(ReportOptions(), open_when_done=True), target)
    seen: list[str] = []
    pressed = threading.Event()
    step = export._Steps.step

    def step_after_cancel(steps: "export._Steps") -> None:
        """The work's third step waits (at most 10 s) for the Cancel below: it lands midway, every time."""
        if steps.done == 2:
            pressed.wait(10)
        step(steps)

    def press_cancel() -> None:
        bars = [bar for bar in window.findChildren(QProgressDialog) if bar.isVisible()]
        if not bars:
            QTimer.singleShot(1, press_cancel)
            return
        seen.append(bars[0].labelText())
        bars[0].cancel()
        pressed.set()

    monkeypatch.setattr(export._Steps, "step", step_after_cancel)
    before = sorted(p for p in tmp_path.iterdir() if p.name != "settings.ini")
    QTimer.singleShot(0, press_cancel)
    assert window.pdf_export.export() is None
    assert pressed.is_set()

    assert seen == ["Making the PDF summary…"]
    assert not target.exists()
    assert sorted(p for p in tmp_path.iterdir() if p.name != "settings.ini") == before  # nor a temporary file
    assert user.opened == []
    assert window.status_message.text() == "PDF export cancelled; nothing was written"
    assert window.view_state.busy == ""
    window.case.close()


def test_a_failed_export_says_why_and_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "summary.pdf"
    user = User(monkeypatch, window, PdfChoices(ReportOptions(), open_when_done=True), target)
    assert window.pdf_export.export() is None
    [(headline, detail)] = user.errors
    assert headline == "The PDF summary was not made."
    assert str(target) in detail
    assert "\n" not in detail
    assert not target.parent.exists()
    assert user.opened == []


def test_a_case_without_saved_versions_is_told_to_save_one_first(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    first = window.case
    window.context.set_case(OpenCase.new_unsaved())
    first.close()
    user = User(monkeypatch, window, None, tmp_path / "x.pdf")
    assert window.pdf_export.export() is None
    [(headline, _detail)] = user.errors
    assert headline == "There is no saved version to summarise yet."
    assert user.asked_path == []


def test_the_options_dialog(qtbot: QtBot, window: MainWindow) -> None:
    dialog = PdfOptionsDialog(
        window,
        window.case.summaries(),
        marking="OFFICIAL",
        paper=Paper.A4,
        open_when_done=True,
        draft_unsaved=True,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choices() == PdfChoices(ReportOptions(marking="OFFICIAL"), open_when_done=True)
    assert dialog.draft_note.isVisible()
    assert [dialog.versions.item(r).text() for r in range(3)] == [
        "1 · Start of order (12 Jan 2026)",
        "2 · 3-month review (13 Apr 2026)",
        "3 · 6-month review (13 Jul 2026)",
    ]

    # Untick version 2 with the keyboard: the summary covers 1 and 3.
    dialog.versions.setFocus()
    dialog.versions.setCurrentRow(1)
    qtbot.keyClick(dialog.versions, Qt.Key.Key_Space)
    assert dialog.choices().options.versions == (1, 3)

    assert not dialog.keep_notes.isEnabled()
    qtbot.mouseClick(dialog.pseudonymise, Qt.MouseButton.LeftButton, pos=dialog.pseudonymise.rect().center())
    assert dialog.keep_notes.isEnabled()
    dialog.keep_notes.setChecked(True)
    dialog.marking.clear()
    dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.LETTER))
    assert dialog.choices().options == ReportOptions(
        versions=(1, 3), pseudonymise=True, keep_notes=True, marking="", paper=Paper.LETTER
    )
    qtbot.mouseClick(dialog.pseudonymise, Qt.MouseButton.LeftButton, pos=dialog.pseudonymise.rect().center())
    assert not dialog.choices().options.keep_notes

    for row in range(3):
        dialog.versions.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isHidden()
    assert not dialog.export_button.isEnabled()


def test_the_options_dialog_keeps_the_case_reference_only_when_asked(qtbot: QtBot, window: MainWindow) -> None:
    dialog = PdfOptionsDialog(
        window, window.case.summaries(), marking="", paper=Paper.A4, open_when_done=False, draft_unsaved=False
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keep_reference.text() == "Keep the case reference"
    assert not dialog.keep_reference.isEnabled()
    qtbot.mouseClick(dialog.pseudonymise, Qt.MouseButton.LeftButton, pos=dialog.pseudonymise.rect().center())
    assert dialog.keep_reference.isEnabled()
    assert not dialog.keep_reference.isChecked()
    assert dialog.choices().options == ReportOptions(pseudonymise=True, marking="")
    # On its words: a check box as wide as the dialog takes clicks on its (indented) box and words only.
    words = QPoint(dialog.keep_reference.sizeHint().width() - 10, dialog.keep_reference.height() // 2)
    qtbot.mouseClick(dialog.keep_reference, Qt.MouseButton.LeftButton, pos=words)
    assert dialog.choices().options == ReportOptions(pseudonymise=True, keep_reference=True, marking="")
    qtbot.mouseClick(dialog.pseudonymise, Qt.MouseButton.LeftButton, pos=dialog.pseudonymise.rect().center())
    assert not dialog.keep_reference.isChecked()
    assert not dialog.choices().options.keep_reference


def test_names_the_font_cannot_show_are_pointed_out_after_the_export(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    # (QTest cannot type these characters; the inspector's name field takes them as typed.)
    ecomap = window.case.map
    window.editor.push(AddNodeCommand(ecomap, Node("li", "李小龍", Kind.PERSON, Domain.FRIENDS, 40.0, -260.0)))
    answers = Answers(monkeypatch, window.files).give("ask_version", ("9-month review", "2026-10-12", ""))
    window.editor_actions["save_version"].trigger()
    assert answers.errors == []
    target = tmp_path / "names.pdf"
    user = User(monkeypatch, window, PdfChoices(ReportOptions(), open_when_done=True), target)

    assert window.pdf_export.export() == target

    assert user.errors == [
        (
            "names.pdf was made, but not everything prints as typed.",
            "3 character(s) in names or notes are not in the PDF's font and print as boxes: 李 小 龍",
        )
    ]
    assert user.opened == [target]
