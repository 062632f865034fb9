"""File > New case's form: who the case is about, and whether a passphrase protects it from its first byte.

It is :class:`~ecomap.ui.dialogs.NewCaseDialog` with one more choice,
"Protect this case with a passphrase": ticked, it shows the new passphrase
typed twice, the advice to use several words and the warning that nobody can
recover a forgotten passphrase. The same form is shown at the first save of
a case started without a file; a case already protected (its recovery file
too) says so instead of offering the choice.
"""

from dataclasses import dataclass, field

from PySide6.QtWidgets import QCheckBox, QDialog, QVBoxLayout, QWidget

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.case import CaseDetails
from ecomap.ui.dialogs import NewCaseDialog, plain_label
from ecomap.ui.passphrase_dialog import NewPassphraseFields

FIRST_SAVE_INTRO = QT_TRANSLATE_NOOP("NewCaseForm", "Before the map is saved for the first time, say whose map it is.")
PROTECTED_ALREADY = QT_TRANSLATE_NOOP(
    "NewCaseForm", "This case is protected by a passphrase: its file will be protected by it too."
)
"""The form's words in English (translated where they are shown)."""


@dataclass(frozen=True, slots=True)
class NewCaseAnswer:
    """What the form was left with: the case's details, and the passphrase that protects it (None: none)."""

    details: CaseDetails
    passphrase: str | None = field(default=None, repr=False)


class ProtectedNewCaseDialog(NewCaseDialog):
    """The New case form with the choice of a passphrase."""

    def __init__(
        self,
        parent: QWidget | None,
        initial: CaseDetails,
        *,
        first_save: bool = False,
        protected_already: bool = False,
    ) -> None:
        if first_save:
            super().__init__(
                parent,
                initial,
                accept_text=translate("NewCaseForm", "Choose where to save…"),
                intro=translate("NewCaseForm", FIRST_SAVE_INTRO),
            )
        else:
            super().__init__(parent, initial)
        self.protect = QCheckBox(translate("NewCaseForm", "&Protect this case with a passphrase"))
        self.protect.setAccessibleDescription(
            translate("NewCaseForm", "The case file is encrypted: it opens only with the passphrase")
        )
        self.fields = NewPassphraseFields(self)
        self.fields.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        at = layout.indexOf(self.buttons)
        if protected_already:
            self.protect.hide()
            layout.insertWidget(at, plain_label(translate("NewCaseForm", PROTECTED_ALREADY), hint=True))
        else:
            layout.insertWidget(at, self.protect)
            layout.insertWidget(at + 1, self.fields)
        self.protect.toggled.connect(self._protect_toggled)

    def _protect_toggled(self, on: bool) -> None:
        self.fields.setVisible(on)
        if on:
            self.fields.first.setFocus()
        self.adjustSize()

    def accept(self) -> None:
        if self.protect.isChecked() and not self.fields.check():
            return
        super().accept()

    def answer(self) -> NewCaseAnswer:
        passphrase = self.fields.passphrase() if self.protect.isChecked() else None
        return NewCaseAnswer(self.details(), passphrase)


def ask_new_case(
    parent: QWidget | None, initial: CaseDetails, *, first_save: bool, protected_already: bool = False
) -> NewCaseAnswer | None:
    dialog = ProtectedNewCaseDialog(parent, initial, first_save=first_save, protected_already=protected_already)
    return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
