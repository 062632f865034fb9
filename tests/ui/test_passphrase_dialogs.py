"""The passphrase dialogs as a person meets them: typed into, refused, shown, and the words they say."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ecomap.casefile.check import check_case_file
from ecomap.model.case import CaseDetails
from ecomap.ui.main_window import MainWindow
from ecomap.ui.new_case_form import NewCaseAnswer, ProtectedNewCaseDialog
from ecomap.ui.passphrase_dialog import ChoosePassphraseDialog, EnterPassphraseDialog, RemoveProtectionDialog
from tests.ui.test_files import on_next_modal

PASSPHRASE = "otter lantern seventeen harbour"


def field(dialog: QWidget, name: str) -> QLineEdit:
    [edit] = [edit for edit in dialog.findChildren(QLineEdit) if edit.accessibleName() == name]
    return edit


def shown_text(dialog: QWidget) -> str:
    """Every line the dialog shows now, as one text."""
    return "\n".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def click_ok(
    dialog: ChoosePassphraseDialog | EnterPassphraseDialog | RemoveProtectionDialog | ProtectedNewCaseDialog,
) -> None:
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_the_new_case_form_offers_a_passphrase_typed_twice_and_refuses_empty_and_different_ones(
    qtbot: QtBot, window: MainWindow
) -> None:
    answers: list[NewCaseAnswer | None] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ProtectedNewCaseDialog)
        assert isinstance(dialog.protect, QCheckBox)
        assert dialog.protect.text().replace("&", "") == "Protect this case with a passphrase"
        assert not dialog.fields.isVisible(), "hidden until asked for"
        QTest.keyClicks(field(dialog, "Case reference"), "X9")
        QTest.keyClicks(field(dialog, "Client's name"), "Sam Lane")
        QTest.mouseClick(dialog.protect, Qt.MouseButton.LeftButton)
        assert dialog.fields.isVisible()
        first, second = field(dialog, "New passphrase"), field(dialog, "New passphrase again")
        assert first.echoMode() == second.echoMode() == QLineEdit.EchoMode.Password
        text = shown_text(dialog)
        assert "Nobody can recover it: not Ecomap, not your IT team" in text
        assert "several words" in text

        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # nothing typed
        assert dialog.isVisible()
        assert "cannot be empty" in dialog.fields.problem.text()
        QTest.keyClicks(first, PASSPHRASE)
        QTest.keyClicks(second, PASSPHRASE.replace("harbour", "harbor"))
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.fields.problem.isVisible()
        assert "not the same" in dialog.fields.problem.text()
        assert second.text() == "", "the second one is typed again"

        dialog.fields.show_toggle.click()
        assert first.echoMode() == QLineEdit.EchoMode.Normal
        assert first.text() == PASSPHRASE
        QTest.keyClicks(second, PASSPHRASE)
        assert not dialog.fields.problem.isVisible()
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_next_modal(qtbot, fill)
    answers.append(window.files.ask_new_case())
    assert answers == [NewCaseAnswer(CaseDetails("X9", "Sam Lane"), PASSPHRASE)]
    assert PASSPHRASE not in repr(answers[0]), "a passphrase never shows in a repr (a log, a test report)"


def test_an_unticked_new_case_form_gives_no_passphrase(qtbot: QtBot) -> None:
    dialog = ProtectedNewCaseDialog(None, CaseDetails(client="Sam Lane"))
    qtbot.addWidget(dialog)
    dialog.show()
    click_ok(dialog)
    assert dialog.answer() == NewCaseAnswer(CaseDetails(client="Sam Lane"), None)


def test_the_open_prompt_names_the_file_only_and_counts_the_tries(qtbot: QtBot, window: MainWindow) -> None:
    def wrong_then_type(dialog: QWidget) -> None:
        assert isinstance(dialog, EnterPassphraseDialog)
        text = shown_text(dialog)
        assert "lee.ecomap is protected by a passphrase" in text
        assert "That passphrase did not open lee.ecomap. 2 tries are left." in text
        assert "Lee Marsh" not in text
        click_ok(dialog)
        assert dialog.isVisible(), "an empty passphrase is refused in the dialog"
        assert "Type the passphrase" in shown_text(dialog)
        QTest.keyClicks(dialog.passphrase_field, PASSPHRASE)
        QTest.keyClick(dialog.passphrase_field, Qt.Key.Key_Return)

    on_next_modal(qtbot, wrong_then_type)
    assert window.files.ask_passphrase(Path("/cases/lee.ecomap"), 2) == PASSPHRASE
    on_next_modal(qtbot, lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Escape))
    assert window.files.ask_passphrase(Path("/cases/lee.ecomap"), 3) is None


def test_the_last_try_says_so(qtbot: QtBot) -> None:
    dialog = EnterPassphraseDialog(None, "lee.ecomap", 3)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "This is the last try." in shown_text(dialog)


def test_change_passphrase_checks_the_current_one_first(qtbot: QtBot) -> None:
    dialog = ChoosePassphraseDialog(None, "lee.ecomap", current=PASSPHRASE)
    qtbot.addWidget(dialog)
    dialog.show()
    current = field(dialog, "Current passphrase")
    QTest.keyClicks(current, "otter lantern")
    QTest.keyClicks(field(dialog, "New passphrase"), "quiet meadow copper kettle")
    QTest.keyClicks(field(dialog, "New passphrase again"), "quiet meadow copper kettle")
    click_ok(dialog)
    assert dialog.isVisible()
    assert "not the passphrase this case is protected by now" in shown_text(dialog)
    current.clear()
    QTest.keyClicks(current, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        click_ok(dialog)
    assert dialog.passphrase() == "quiet meadow copper kettle"
    assert "the old one will no longer open it" in dialog.intro.text()


def test_remove_protection_says_plainly_what_it_means_and_needs_the_passphrase(qtbot: QtBot) -> None:
    dialog = RemoveProtectionDialog(None, "lee.ecomap", PASSPHRASE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Anyone who has the file, or a copy of it, will be able to read everything in it" in shown_text(dialog)
    click_ok(dialog)
    assert dialog.isVisible()
    assert "not the passphrase" in shown_text(dialog)
    QTest.keyClicks(dialog.current, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        click_ok(dialog)


def test_protecting_through_the_real_dialog(
    qtbot: QtBot, window: MainWindow, example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def type_twice(dialog: QWidget) -> None:
        assert isinstance(dialog, ChoosePassphraseDialog)
        assert dialog.windowTitle() == "Protect with a passphrase"
        assert "example.ecomap will be encrypted" in dialog.intro.text()
        QTest.keyClicks(dialog.fields.first, PASSPHRASE)
        QTest.keyClicks(dialog.fields.second, PASSPHRASE)
        QTest.keyClick(dialog.fields.second, Qt.Key.Key_Return)

    on_next_modal(qtbot, type_twice)
    window.editor_actions["protect"].trigger()
    assert not example_copy.read_bytes().startswith(b"SQLite format 3")
    assert check_case_file(example_copy, passphrase=PASSPHRASE).ok
    assert "(protected)" in window.windowTitle()


def test_a_protected_new_case_left_behind_is_offered_without_a_name(qtbot: QtBot) -> None:
    from ecomap.ui.passphrase_dialog import ask_recover_protected

    seen: list[str] = []

    def read_and_recover(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + "\n" + box.informativeText())
        [recover] = [b for b in box.buttons() if b.text() == "Recover"]
        recover.click()

    on_next_modal(qtbot, read_and_recover)
    assert ask_recover_protected(None, "14:02") is True
    assert seen[0].startswith("Recover the protected new case from 14:02?")
    assert "asks for its passphrase" in seen[0]
    assert "this new case" not in seen[0]
