"""File > Case details…: the client's name, case reference, worker and case notes, changed as one undo step.

Where the details go: OK writes them to the case file at once, in one
transaction (:meth:`~ecomap.ui.open_case.OpenCase.set_details`), and only
then shows them: the title, the prompts that name the case, and the PDF
summary, which reads the details from the file. Undo and redo write the old
or the new details back the same way, so what the user sees applied is what
the file holds and a crash loses none of it. Written at once, the step is
never an unsaved change of a case with a file: the modified mark and the
question on closing stay about the map. A new case without a file keeps the
details in memory; there the step is an unsaved change like any other, kept
by autosave in the case's recovery file, and the first save creates the file
with them. A write that fails says so, changes nothing, and leaves the undo
stack (a failed undo or redo drops the step, which can no longer be trusted).

The centre of the map: the client's node shows their first name, but it is
a label of its own that the user may have changed. If it still shows the
old first name (or "Client"), the dialog offers, ticked, to show the new
first name there, in the same undo step.

Where nothing may be changed (a read-only case, a saved version or a
comparison shown in place of the working draft), the dialog shows the
details read-only and says why.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace

import shiboken6
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QWidget

from ecomap.language import QT_TRANSLATE_NOOP, TranslatedWords, translate
from ecomap.model.case import CaseDetails
from ecomap.model.errors import ModelError
from ecomap.ui import dialogs
from ecomap.ui.commands import EditNodeCommand, MapCommand
from ecomap.ui.context import EditorContext
from ecomap.ui.dialogs import NewCaseDialog, plain_label
from ecomap.ui.files import FILE_ERRORS
from ecomap.ui.open_case import client_label, is_unnamed_client

UNDO_TEXT = QT_TRANSLATE_NOOP("CaseDetails", "Change case details")
WRITTEN_AT_ONCE = QT_TRANSLATE_NOOP(
    "CaseDetails", "OK saves the details in the case file at once; Edit > Undo takes them back."
)
KEPT_FOR_FIRST_SAVE = QT_TRANSLATE_NOOP(
    "CaseDetails", "The details stay with this new case and go into its file when you save it."
)
"""Words of the dialog and its undo step, in English (translated where they are shown)."""
FIELD_NAMES = TranslatedWords(
    "CaseDetails",
    {
        "reference": QT_TRANSLATE_NOOP("CaseDetails", "Case reference"),
        "client": QT_TRANSLATE_NOOP("CaseDetails", "Client's name"),
        "worker": QT_TRANSLATE_NOOP("CaseDetails", "Worker"),
        "notes": QT_TRANSLATE_NOOP("CaseDetails", "Case notes"),
    },
)


@dataclass(frozen=True, slots=True)
class DetailsAnswer:
    """What the dialog was left with: the details, and whether the centre of the map takes the new first name."""

    details: CaseDetails
    rename_client: bool = False


class CaseDetailsDialog(NewCaseDialog):
    """The New case form with the case notes added; read-only (only Close) when ``why_read_only`` is given.

    ``centre_label`` is what the client's node shows if it still follows the client's name (their old
    first name, or "Client"); the dialog then offers to show the new first name there.
    """

    def __init__(
        self,
        parent: QWidget | None,
        initial: CaseDetails,
        *,
        centre_label: str | None = None,
        intro: str = "",
        why_read_only: str = "",
    ) -> None:
        super().__init__(parent, initial, accept_text=translate("CaseDetails", "OK"), intro=why_read_only or intro)
        self.setWindowTitle(translate("CaseDetails", "Case details"))
        self._initial = initial
        self._centre = centre_label
        self.hint.hide()  # the offer below says it when it matters
        self.notes = QPlainTextEdit(initial.notes)
        self.notes.setAccessibleName(translate("CaseDetails", "Case notes"))
        self.notes.setPlaceholderText(
            translate("CaseDetails", "The order or plan, and what matters to the client (optional)")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(120)
        caption = QLabel(translate("CaseDetails", "Case &notes"))
        caption.setBuddy(self.notes)
        self.form.addRow(caption, self.notes)
        self.rename_client = QCheckBox()
        self.rename_client.setChecked(True)
        self.rename_client.setAccessibleName(
            translate("CaseDetails", "Show the new first name at the centre of the map")
        )
        self.form.addRow("", self.rename_client)
        self.problem = plain_label("", hint=True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.form.addRow("", self.problem)
        self.read_only = bool(why_read_only)
        if self.read_only:
            for edit in (self.reference, self.client, self.worker, self.notes):
                edit.setReadOnly(True)
                shown = edit.palette()  # the window's grey, not the white of a field to type in
                shown.setColor(QPalette.ColorRole.Base, shown.color(QPalette.ColorRole.Window))
                edit.setPalette(shown)
            self.ok_button.hide()
            close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            close.setText(translate("CaseDetails", "Close"))
            close.setDefault(True)
            close.setFocus()
        self.client.textChanged.connect(self._offer_rename)
        self._offer_rename()

    def _offer_rename(self) -> None:
        """Offer the new first name for the centre while the centre shows the old one and they differ."""
        new = client_label(CaseDetails(client=self.client.text()))
        offered = not self.read_only and self._centre is not None and new != self._centre
        if offered:
            words = translate("CaseDetails", "Show “{new}” at the centre of the map (it shows “{old}” now)").format(
                new=new, old=self._centre
            )
            self.rename_client.setText(words.replace("&", "&&"))  # a name's & is no mnemonic
        self.rename_client.setVisible(offered)

    def accept(self) -> None:
        if self.read_only:
            return
        try:
            self.details().check()
        except ModelError as error:
            self.problem.setText(_field_problem(error))
            self.problem.show()
            return
        super().accept()

    def details(self) -> CaseDetails:
        notes = self.notes.toPlainText()
        if notes != self._initial.notes:
            notes = notes.strip()
        return replace(super().details(), notes=notes)

    def answer(self) -> DetailsAnswer:
        return DetailsAnswer(self.details(), not self.rename_client.isHidden() and self.rename_client.isChecked())


class ChangeCaseDetailsCommand(MapCommand):
    """The case's details from old to new, with the client's node renamed in the same step if asked.

    ``write`` stores details (in the case file, or in memory for a case without one) and may raise
    one of the file errors: then nothing has changed. A failed undo or redo tells ``failed`` and
    drops the step from the stack.
    """

    def __init__(
        self,
        old: CaseDetails,
        new: CaseDetails,
        write: Callable[[CaseDetails], None],
        failed: Callable[[str, BaseException], None],
        rename: MapCommand | None = None,
    ) -> None:
        super().__init__(translate("CaseDetails", UNDO_TEXT))
        self.old, self.new = old, new
        self.rename = rename
        self._write, self._failed = write, failed

    @property
    def details_only(self) -> bool:
        """Whether the step leaves the map alone."""
        return self.rename is None

    def apply(self) -> None:
        if self.rename is not None:
            self.rename.apply()  # the model may refuse it: then nothing is written
        try:
            self._write(self.new)
        except BaseException:
            if self.rename is not None:
                self.rename.revert()
            raise

    def revert(self) -> None:
        self._write(self.old)
        if self.rename is not None:
            self.rename.revert()

    def redo(self) -> None:
        try:
            super().redo()
        except FILE_ERRORS as error:
            self.setObsolete(True)
            self._failed(translate("CaseDetails", "The case details were not changed."), error)

    def undo(self) -> None:
        try:
            super().undo()
        except FILE_ERRORS as error:
            self.setObsolete(True)
            self._failed(translate("CaseDetails", "The case details were not changed back."), error)


class CaseDetailsController:
    """File > Case details… of one editor; the question it asks is a method tests replace."""

    def __init__(self, context: EditorContext) -> None:
        self.context = context
        stack = context.undo_stack
        self._index = stack.index()
        stack.indexChanged.connect(self._index_changed)

    def edit(self) -> None:
        """Show the case's details; apply what the user changed (or only show them where nothing may change)."""
        case = self.context.case
        why = self.why_read_only()
        answer = self.ask_case_details(case.details, centre_label=self._centre_label(), why_read_only=why)
        if answer is None or why:
            return
        if answer.details == case.details and not answer.rename_client:
            return
        self.apply(answer.details, rename_client=answer.rename_client)

    def apply(self, details: CaseDetails, *, rename_client: bool = False) -> bool:
        """Change the case's details as one undo step; True if they were changed."""
        context = self.context
        case = context.case
        rename = None
        client = case.map.client
        if rename_client and client.label != client_label(details):
            rename = EditNodeCommand(case.map, client.id, {"label": client_label(details)})
        if rename is None and details == case.details:
            return False
        command = ChangeCaseDetailsCommand(case.details, details, self._write, self._failed, rename)
        try:
            if not context.editor.push(command):
                return False
        except FILE_ERRORS as error:
            self._failed(translate("CaseDetails", "The case details were not changed."), error)
            return False
        context.notify(
            translate("CaseDetails", "Changed the case details and the name at the centre of the map")
            if rename
            else translate("CaseDetails", "Changed the case details")
        )
        return True

    def why_read_only(self) -> str:
        """Why the details cannot be changed now, in a sentence for the dialog; empty if they can."""
        state = self.context.view_state
        if state.read_only:
            words = translate("CaseDetails", "This case is {reason}: its details can be read here but not changed.")
            return words.format(reason=state.read_only_reason)
        if state.comparing is not None:
            return translate(
                "CaseDetails", "Versions are being compared: close the comparison to change the case details."
            )
        if state.version is not None:
            return translate(
                "CaseDetails", "A saved version is shown: go back to the working draft to change the case details."
            )
        return ""

    # -- the question (tests replace it) ------------------------------------------------

    def ask_case_details(
        self, initial: CaseDetails, *, centre_label: str | None, why_read_only: str
    ) -> DetailsAnswer | None:
        """The details the user left in the dialog, or None (cancelled, or shown read-only)."""
        intro = translate("CaseDetails", WRITTEN_AT_ONCE if self.context.case.path is not None else KEPT_FOR_FIRST_SAVE)
        dialog = CaseDetailsDialog(
            self.context.dialog_parent, initial, centre_label=centre_label, intro=intro, why_read_only=why_read_only
        )
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # -- the steps behind it ------------------------------------------------------------

    def _centre_label(self) -> str | None:
        """What the client's node shows, if it still follows the client's name; else None."""
        case = self.context.case
        shown = case.map.client.label
        return shown if shown == client_label(case.details) or is_unnamed_client(shown) else None

    def _write(self, details: CaseDetails) -> None:
        case = self.context.case
        case.set_details(details)
        self.context.view_state.rename_case_to(details, case.path)

    def _failed(self, headline: str, error: BaseException) -> None:
        detail = dialogs.one_line(str(error)) or type(error).__name__
        path = self.context.case.path
        if path is not None and str(path) not in detail and path.name not in detail:
            detail = f"{path.name}: {detail}"
        self.context.show_error(headline, detail)

    def _index_changed(self, index: int) -> None:
        """A details-only step of a case with a file was saved as it was made, undone or redone: if
        the case had no unsaved changes before it, it has none after it either."""
        stack = self.context.undo_stack
        before, self._index = self._index, index
        if not shiboken6.isValid(stack):  # it says so once more while the window is destroyed
            return
        if abs(index - before) != 1 or stack.cleanIndex() != before or self.context.case.path is None:
            return
        step = stack.command(min(index, before))
        if isinstance(step, ChangeCaseDetailsCommand) and step.details_only:
            stack.setClean()


def _field_problem(error: ModelError) -> str:
    """ "Case notes: is 20001 characters long; ..." from the model's ``case.notes: ...``."""
    field = error.path.rpartition(".")[2]
    name = FIELD_NAMES.get(field, field)
    return f"{name}: {error.message}"
