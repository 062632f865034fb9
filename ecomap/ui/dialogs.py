"""The editor's dialogs and prompts: new case, save version, save changes, recover, errors.

Every piece of user text (names, labels, file names, error lines) is shown
as plain text: a client called ``<b>Zoë</b>`` appears exactly so.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QDate, Qt
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

from ecomap.language import translate
from ecomap.model.case import CaseDetails
from ecomap.model.rules import MAX_LABEL_LENGTH
from ecomap.ui.file_words import case_filter
from ecomap.ui.file_words import one_line as one_line
from ecomap.ui.file_words import recent_entry as recent_entry

SaveAnswer = Literal["save", "discard", "cancel"]
APP_TITLE = "Ecomap"
CASE_SUFFIX = ".ecomap"
DATE_DISPLAY = "d MMM yyyy"  # not user text (a Qt date format)
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
        translate("Dialogs", "Save changes to the map of {case} before closing?").format(case=case_name),
        translate(
            "Dialogs",
            "Autosave keeps your changes only in case Ecomap stops unexpectedly. Save keeps them in the case "
            "file; Discard deletes them, the autosaved copy too.",
        ),
    )
    Button = QMessageBox.StandardButton
    box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
    box.button(Button.Save).setText(translate("Dialogs", "Save"))  # the text above names both buttons
    box.button(Button.Discard).setText(translate("Dialogs", "Discard"))
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
            self.setText(translate("Dialogs", "Recover the new case from {when}?").format(when=when))
            self.setInformativeText(
                translate(
                    "Dialogs",
                    "Ecomap closed before the new case of {case} was saved to a file. Recover brings it "
                    "back (save it to keep it); Discard deletes it for good.",
                ).format(case=case_name)
            )
        else:
            self.setText(translate("Dialogs", "Recover unsaved changes from {when}?").format(when=when))
            self.setInformativeText(
                translate(
                    "Dialogs",
                    "Ecomap closed without saving the map of {case}. Recover brings the changes back "
                    "(they stay unsaved until you save); Discard deletes them for good.",
                ).format(case=case_name)
            )
        _settle_labels(self)
        self.recover_button = self.addButton(translate("Dialogs", "Recover"), QMessageBox.ButtonRole.AcceptRole)
        self.discard_button = self.addButton(translate("Dialogs", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
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
        accept_text: str = "",
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self._notes = initial.notes if initial else ""
        initial = initial or CaseDetails()
        self.setWindowTitle(translate("Dialogs", "New case"))
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(plain_label(intro, hint=True))
        self.form = form = QFormLayout()  # File > Case details… adds the case notes to it
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        fields = (
            (translate("Dialogs", "Case &reference"), initial.reference, translate("Dialogs", "e.g. X123456")),
            (translate("Dialogs", "&Client's name"), initial.client, translate("Dialogs", "Required")),
            (translate("Dialogs", "&Worker"), initial.worker, translate("Dialogs", "Your name")),
        )
        self.reference, self.client, self.worker = (self._field(form, *field) for field in fields)
        layout.addLayout(form)
        self.hint = plain_label(
            translate("Dialogs", "The client's first name labels the centre of the map."), hint=True
        )
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(accept_text or translate("Dialogs", "Create case…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.client.textChanged.connect(self._update_ok)
        self._update_ok()
        (self.client if initial.reference and not initial.client else self.reference).setFocus()

    def _field(self, form: QFormLayout, caption: str, text: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(caption.replace("&", ""))  # its caption, as a screen reader says it
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
        self.setWindowTitle(translate("Dialogs", "Save version"))
        layout = QVBoxLayout(self)
        intro = translate(
            "Dialogs",
            "This map becomes version {number} of the case. A saved version is kept exactly as it "
            "is: it cannot be changed or deleted afterwards.",
        )
        layout.addWidget(plain_label(intro.format(number=number), hint=True))
        self.due = plain_label(due_list(due), hint=True)
        self.due_box = QGroupBox(translate("Dialogs", "Due or overdue in the plan"))
        QVBoxLayout(self.due_box).addWidget(self.due)
        self.due_box.setVisible(bool(due))
        layout.addWidget(self.due_box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.label = QLineEdit(default_label)
        self.label.setAccessibleName(translate("Dialogs", "Version label"))
        self.label.setPlaceholderText(translate("Dialogs", "e.g. Start of order, 3-month review"))
        self.label.setMaxLength(MAX_LABEL_LENGTH)
        self.label.setMinimumWidth(FIELD_WIDTH)
        self.label.selectAll()
        self.today = today or QDate.currentDate()
        self.date = QDateEdit(self.today)
        self.date.setAccessibleName(translate("Dialogs", "Date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_DISPLAY)
        self.future = QCheckBox(translate("Dialogs", "Date it after today on purpose"))
        self.future.setAccessibleDescription(
            translate("Dialogs", "A version is dated the day it is saved unless you say otherwise")
        )
        self.future.hide()
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(translate("Dialogs", "Note"))
        self.note.setPlaceholderText(translate("Dialogs", "What changed, what was agreed (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(90)
        captions = translate("Dialogs", "&Label"), translate("Dialogs", "&Date"), translate("Dialogs", "&Note")
        for caption, widget in zip(captions, (self.label, self.date, self.note), strict=True):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.future)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("Dialogs", "Save version"))
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


DUE_SHOWN = 6  # due actions the save dialog lists before saying how many more


def due_list(due: Sequence[str]) -> str:
    """The plan's due actions as the save dialog lists them, a line each, then a hint."""
    left_out = len(due) - DUE_SHOWN  # (a plain name: lupdate skips a call whose count is an expression)
    more = [translate("Dialogs", "… and %n more", None, left_out)] if left_out > 0 else []
    hint = translate(
        "Dialogs", "If one has happened or changed, you can cancel, update it with the client, and save after."
    )
    return "\n".join([*(f"• {line}" for line in due[:DUE_SHOWN]), *more, "", hint])


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
        translate("Dialogs", "The unsaved changes kept in this case cannot be read."),
        problem
        + "\n\n"
        + translate(
            "Dialogs",
            "Open the case without them? Its saved versions and saved map are not affected; "
            "the unreadable changes are deleted.",
        ),
    )
    open_button = box.addButton(translate("Dialogs", "Open without them"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)
    box.exec()
    return box.clickedButton() is open_button


def ask_case_details(parent: QWidget | None, initial: CaseDetails, *, first_save: bool) -> CaseDetails | None:
    if first_save:
        intro = translate("Dialogs", "Before the map is saved for the first time, say whose map it is.")
        dialog = NewCaseDialog(parent, initial, accept_text=translate("Dialogs", "Choose where to save…"), intro=intro)
    else:
        dialog = NewCaseDialog(parent, initial)
    return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_version_details(
    parent: QWidget | None, default_label: str, number: int, due: Sequence[str] = ()
) -> tuple[str, str, str] | None:
    dialog = SaveVersionDialog(parent, default_label, number, due=due)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_case_to_open(parent: QWidget | None, directory: str) -> str | None:
    every_file = translate("Files", "All files (*)")
    filters = f"{case_filter()};;{every_file}"
    path, _filter = QFileDialog.getOpenFileName(parent, translate("Dialogs", "Open case"), directory, filters)
    return path or None


def choose_new_case_file(parent: QWidget | None, suggested: str) -> str | None:
    """A name for a new case file; no overwrite question, as the caller refuses existing files."""
    options = QFileDialog.Option.DontConfirmOverwrite
    caption = translate("Dialogs", "Save case as")
    path, _filter = QFileDialog.getSaveFileName(parent, caption, suggested, case_filter(), options=options)
    return path or None


def choose_image_file(parent: QWidget | None, suggested: str) -> str | None:
    """A PNG or SVG file name, its extension added from the chosen filter if missing."""
    filters = {translate("Files", "PNG image (*.png)"): ".png", translate("Files", "SVG image (*.svg)"): ".svg"}
    caption = translate("Dialogs", "Export map as image")
    path, chosen = QFileDialog.getSaveFileName(parent, caption, suggested, ";;".join(filters))
    if not path:
        return None
    if Path(path).suffix.lower() not in filters.values():
        path += filters.get(chosen, ".png")
    return path
