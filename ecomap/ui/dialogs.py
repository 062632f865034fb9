"""The editor's dialogs and prompts: new case, save version, save changes, recover, errors.

Every piece of user text (names, labels, file names, error lines) is shown
as plain text: a client called ``<b>Zoë</b>`` appears exactly so.
"""

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QDate, QDir, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecomap.casefile import VersionSummary
from ecomap.model.case import CaseDetails
from ecomap.model.rules import MAX_LABEL_LENGTH

SaveAnswer = Literal["save", "discard", "cancel"]
APP_TITLE = "Ecomap"
CASE_SUFFIX = ".ecomap"
CASE_FILTER = "Ecomap cases (*.ecomap)"
IMAGE_FILTERS = {"PNG image (*.png)": ".png", "SVG image (*.svg)": ".svg"}
DATE_DISPLAY = "d MMM yyyy"
"""How dates read in the editor: 28 Nov 2026 (stored as 2026-11-28)."""
FIELD_WIDTH = 320
MESSAGE_WIDTH = 380


def plain_label(text: str, *, hint: bool = False) -> QLabel:
    """A label that never interprets markup; ``hint`` makes it a wrapped explanatory line."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(hint)
    return label


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    text: str,
    informative: str = "",
) -> QMessageBox:
    """A message box showing ``text`` and ``informative`` literally."""
    box = QMessageBox(parent)
    box.setWindowTitle(APP_TITLE)
    box.setIcon(icon)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    _settle_labels(box)
    return box


def _settle_labels(box: QMessageBox) -> None:
    """Plain text in every label of ``box`` (the informative one follows the box's format only in
    some styles), and wide enough that a sentence or a path does not wrap into a narrow column."""
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
        if label.objectName() == "qt_msgbox_informativelabel":
            label.setMinimumWidth(MESSAGE_WIDTH)


def error_box(parent: QWidget | None, headline: str, detail: str) -> QMessageBox:
    """``headline`` (what did not happen) over ``detail`` (the one-line reason)."""
    box = message_box(parent, QMessageBox.Icon.Warning, headline, detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def save_changes_box(parent: QWidget | None, case_name: str) -> QMessageBox:
    """Save / Discard / Cancel before the case is closed; Save is the default, Escape cancels."""
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        f"Save changes to the map of {case_name} before closing?",
        "Autosave keeps your changes only in case Ecomap stops unexpectedly. Save keeps them in the case "
        "file; Discard deletes them, the autosaved copy too.",
    )
    Button = QMessageBox.StandardButton
    box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
    box.button(Button.Discard).setText("Discard")
    box.setDefaultButton(Button.Save)
    box.setEscapeButton(Button.Cancel)
    return box


class RecoveryBox(QMessageBox):
    """Recover / Discard the changes a crash left; Escape recovers, so nothing is lost by mistake."""

    def __init__(self, parent: QWidget | None, when: str, case_name: str, *, never_saved: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_TITLE)
        self.setIcon(QMessageBox.Icon.Question)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if never_saved:
            self.setText(f"Recover the new case from {when}?")
            self.setInformativeText(
                f"Ecomap closed before the new case of {case_name} was saved to a file. Recover brings it "
                "back (save it to keep it); Discard deletes it for good."
            )
        else:
            self.setText(f"Recover unsaved changes from {when}?")
            self.setInformativeText(
                f"Ecomap closed without saving the map of {case_name}. Recover brings the changes back "
                "(they stay unsaved until you save); Discard deletes them for good."
            )
        _settle_labels(self)
        self.recover_button = self.addButton("Recover", QMessageBox.ButtonRole.AcceptRole)
        self.discard_button = self.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
        self.setDefaultButton(self.recover_button)
        self.setEscapeButton(self.recover_button)

    def recovered(self) -> bool:
        """After ``exec()``: whether the user chose Recover."""
        return self.clickedButton() is not self.discard_button


class NewCaseDialog(QDialog):
    """Who the case is about: reference, client's name (required) and worker."""

    def __init__(
        self,
        parent: QWidget | None = None,
        initial: CaseDetails | None = None,
        *,
        accept_text: str = "Create case…",
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self._notes = initial.notes if initial else ""
        initial = initial or CaseDetails()
        self.setWindowTitle("New case")
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(plain_label(intro, hint=True))
        self.form = form = QFormLayout()  # File > Case details… adds the case notes to it
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reference = self._field(form, "Case &reference", "Case reference", initial.reference, "e.g. X123456")
        self.client = self._field(form, "&Client's name", "Client's name", initial.client, "Required")
        self.worker = self._field(form, "&Worker", "Worker", initial.worker, "Your name")
        layout.addLayout(form)
        self.hint = plain_label("The client's first name labels the centre of the map.", hint=True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(accept_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.client.textChanged.connect(self._update_ok)
        self._update_ok()
        (self.client if initial.reference and not initial.client else self.reference).setFocus()

    def _field(self, form: QFormLayout, caption: str, name: str, text: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(MAX_LABEL_LENGTH)
        edit.setMinimumWidth(FIELD_WIDTH)
        label = QLabel(caption)
        label.setBuddy(edit)
        form.addRow(label, edit)
        return edit

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.client.text().strip()))

    def accept(self) -> None:
        if self.client.text().strip():
            super().accept()

    def details(self) -> CaseDetails:
        return CaseDetails(
            reference=one_line(self.reference.text()),
            client=one_line(self.client.text()),
            worker=one_line(self.worker.text()),
            notes=self._notes,
        )


class SaveVersionDialog(QDialog):
    """Label (required), date and note of the version about to be saved, and the plan's actions now due."""

    def __init__(
        self,
        parent: QWidget | None = None,
        default_label: str = "",
        number: int = 1,
        today: QDate | None = None,
        due: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Save version")
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                f"This map becomes version {number} of the case. A saved version is kept exactly as it "
                "is: it cannot be changed or deleted afterwards.",
                hint=True,
            )
        )
        self.due = plain_label(due_list(due), hint=True)
        self.due_box = QGroupBox("Due or overdue in the plan")
        QVBoxLayout(self.due_box).addWidget(self.due)
        self.due_box.setVisible(bool(due))
        layout.addWidget(self.due_box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.label = QLineEdit(default_label)
        self.label.setAccessibleName("Version label")
        self.label.setPlaceholderText("e.g. Start of order, 3-month review")
        self.label.setMaxLength(MAX_LABEL_LENGTH)
        self.label.setMinimumWidth(FIELD_WIDTH)
        self.label.selectAll()
        self.today = today or QDate.currentDate()
        self.date = QDateEdit(self.today)
        self.date.setAccessibleName("Date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_DISPLAY)
        self.future = QCheckBox("Date it after today on purpose")
        self.future.setAccessibleDescription("A version is dated the day it is saved unless you say otherwise")
        self.future.hide()
        self.note = QPlainTextEdit()
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("What changed, what was agreed (optional)")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(90)
        for caption, widget in (("&Label", self.label), ("&Date", self.date), ("&Note", self.note)):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.future)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Save version")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.label.textChanged.connect(self._update_ok)
        self.date.dateChanged.connect(self._update_ok)
        self.future.toggled.connect(self._update_ok)
        self._update_ok()
        self.label.setFocus()

    def _ready(self) -> bool:
        """A label, and a date no later than today unless the user ticked that it is on purpose."""
        later = self.date.date() > self.today
        return bool(self.label.text().strip()) and (not later or self.future.isChecked())

    def _update_ok(self) -> None:
        later = self.date.date() > self.today
        self.future.setVisible(later)
        if not later:
            self.future.setChecked(False)
        self.ok_button.setEnabled(self._ready())

    def accept(self) -> None:
        if self._ready():
            super().accept()

    def values(self) -> tuple[str, str, str]:
        """(label, date as YYYY-MM-DD, note)."""
        return one_line(self.label.text()), self.date.date().toString("yyyy-MM-dd"), self.note.toPlainText().strip()


DUE_HINT = "If one has happened or changed, you can cancel, update it with the client, and save after."
DUE_SHOWN = 6  # due actions the save dialog lists before saying how many more


def due_list(due: Sequence[str]) -> str:
    """The plan's due actions as the save dialog lists them, a line each, then a hint."""
    more = [f"… and {len(due) - DUE_SHOWN} more"] if len(due) > DUE_SHOWN else []
    return "\n".join([*(f"• {line}" for line in due[:DUE_SHOWN]), *more, "", DUE_HINT])


# -- asking: each shows its dialog and returns the answer --------------------------


def ask_save_changes(parent: QWidget | None, name: str) -> SaveAnswer:
    box = save_changes_box(parent, name)
    box.exec()
    clicked = box.standardButton(box.clickedButton())
    if clicked == QMessageBox.StandardButton.Save:
        return "save"
    return "discard" if clicked == QMessageBox.StandardButton.Discard else "cancel"


def ask_recover(parent: QWidget | None, when: str, name: str, *, never_saved: bool = False) -> bool:
    box = RecoveryBox(parent, when, name, never_saved=never_saved)
    box.exec()
    return box.recovered()


def ask_open_without_autosave(parent: QWidget | None, problem: str) -> bool:
    """The case's autosaved changes cannot be read: open it without them (they are deleted)?"""
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        "The unsaved changes kept in this case cannot be read.",
        f"{problem}\n\nOpen the case without them? Its saved versions and saved map are not affected; "
        "the unreadable changes are deleted.",
    )
    open_button = box.addButton("Open without them", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)
    box.exec()
    return box.clickedButton() is open_button


def ask_case_details(parent: QWidget | None, initial: CaseDetails, *, first_save: bool) -> CaseDetails | None:
    if first_save:
        intro = "Before the map is saved for the first time, say whose map it is."
        dialog = NewCaseDialog(parent, initial, accept_text="Choose where to save…", intro=intro)
    else:
        dialog = NewCaseDialog(parent, initial)
    return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_version_details(
    parent: QWidget | None, default_label: str, number: int, due: Sequence[str] = ()
) -> tuple[str, str, str] | None:
    dialog = SaveVersionDialog(parent, default_label, number, due=due)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_case_to_open(parent: QWidget | None, directory: str) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(parent, "Open case", directory, f"{CASE_FILTER};;All files (*)")
    return path or None


def choose_new_case_file(parent: QWidget | None, suggested: str) -> str | None:
    """A name for a new case file; no overwrite question, as the caller refuses existing files."""
    options = QFileDialog.Option.DontConfirmOverwrite
    path, _filter = QFileDialog.getSaveFileName(parent, "Save case as", suggested, CASE_FILTER, options=options)
    return path or None


def choose_image_file(parent: QWidget | None, suggested: str) -> str | None:
    """A PNG or SVG file name, its extension added from the chosen filter if missing."""
    path, chosen = QFileDialog.getSaveFileName(parent, "Export map as image", suggested, ";;".join(IMAGE_FILTERS))
    if not path:
        return None
    if Path(path).suffix.lower() not in IMAGE_FILTERS.values():
        path += IMAGE_FILTERS.get(chosen, ".png")
    return path


def case_name(details: CaseDetails) -> str:
    """How prompts name the case: its reference, else the client, else "this new case"."""
    return details.reference.strip() or details.client.strip() or "this new case"


def suggest_label(summaries: list[VersionSummary], today: dt.date) -> str:
    """ "Start of order" first; then "3-month review" counted from the first version's date."""
    if not summaries:
        return "Start of order"
    try:
        months = round((today - dt.date.fromisoformat(summaries[0].date)).days / 30.44)
    except ValueError:
        months = 0
    return f"{months}-month review" if months >= 1 else "Review"


def file_stem(details: CaseDetails) -> str:
    """A file name from the case reference (never the client's name: file names are seen)."""
    stem = "".join("-" if c in '/\\:*?"<>|' or not c.isprintable() else c for c in details.reference)
    return stem.strip(" .-") or "New case"


def recent_entry(path: str) -> str:
    """How a recent case reads in the menu: ``X123.ecomap   (~/Cases)``."""
    folder, home = os.path.dirname(path), QDir.homePath()
    if folder == home or folder.startswith(home + os.sep):
        folder = "~" + folder[len(home) :]
    return f"{os.path.basename(path)}   ({folder})"


def one_line(text: str) -> str:
    """``text`` with every run of white space (line breaks included) made one space."""
    return " ".join(text.split())
