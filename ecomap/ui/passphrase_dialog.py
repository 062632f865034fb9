"""The passphrase dialogs: choosing one (typed twice, with the warning), typing one to open a case, removing one.

A passphrase is typed hidden (a "Show" box reveals it, to check what was
typed) and never shown anywhere else: it is not remembered, logged or put in
settings. A new passphrase is typed twice; an empty one, or two that differ,
is refused with a message in the dialog. Every dialog that sets one says in
plain words that a forgotten passphrase cannot be recovered by anyone, and
advises several words. The prompt that opens a case names the file only,
never the client (who it is about is inside the locked file).
"""

import hmac

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecomap.casefile import engine
from ecomap.language import translate
from ecomap.ui.dialogs import FIELD_WIDTH, RecoveryBox, plain_label
from ecomap.ui.unlocking import TRIES

SHORT = 12
"""A passphrase shorter than this gets a gentle note (it is not refused)."""
PROBLEM_STYLE = "color: #b00020;"
DIALOG_WIDTH = 460


def same_passphrase(typed: str, expected: str | None) -> bool:
    """Whether ``typed`` is ``expected`` as a case file takes it (Unicode-normalised), compared in constant time."""
    if expected is None:
        return False
    return hmac.compare_digest(engine.normalised(typed).encode(), engine.normalised(expected).encode())


def passphrase_edit(name: str) -> QLineEdit:
    """A hidden-text field for a passphrase, named for screen readers."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setMinimumWidth(FIELD_WIDTH)
    return edit


def problem_label() -> QLabel:
    """A red line saying what is wrong with what was typed; hidden while nothing is."""
    label = plain_label("", hint=True)
    label.setObjectName("passphraseProblem")
    label.setStyleSheet(PROBLEM_STYLE)
    label.hide()
    return label


class ShowToggle(QCheckBox):
    """ "Show": the fields it governs show what was typed while it is ticked."""

    def __init__(self, *edits: QLineEdit) -> None:
        super().__init__(translate("Passphrase", "&Show the passphrase"))
        self._edits = list(edits)
        self.toggled.connect(self._show)

    def govern(self, edit: QLineEdit) -> None:
        self._edits.append(edit)
        self._show(self.isChecked())

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for edit in self._edits:
            edit.setEchoMode(mode)


class NewPassphraseFields(QWidget):
    """A new passphrase typed twice, the Show box, the advice and the warning that nobody can recover it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.first = passphrase_edit(translate("Passphrase", "New passphrase"))
        self.second = passphrase_edit(translate("Passphrase", "New passphrase again"))
        self.show_toggle = ShowToggle(self.first, self.second)
        self.advice = plain_label(
            translate(
                "Passphrase",
                "Choose a long passphrase: several words that you will remember, not a single word or a name.",
            ),
            hint=True,
        )
        self.short = plain_label(
            translate("Passphrase", "This one is short: a few more words make it much harder to guess."), hint=True
        )
        self.short.hide()
        warning = translate(
            "Passphrase",
            "If the passphrase is forgotten, the case cannot be opened again. Nobody can recover it: "
            "not Ecomap, not your IT team, not anyone. Keep it where your service keeps such things.",
        )
        self.warning = plain_label(warning, hint=True)
        self.warning.setObjectName("passphraseWarning")
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)
        self.problem = problem_label()
        captions = translate("Passphrase", "&New passphrase:"), translate("Passphrase", "New passphrase, once &more:")
        for caption, edit in zip(captions, (self.first, self.second), strict=True):
            label = QLabel(caption)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
        layout.addWidget(self.show_toggle)
        for widget in (self.advice, self.short, self.warning, self.problem):
            layout.addWidget(widget)
        self.first.textChanged.connect(self._typed)
        self.second.textChanged.connect(lambda _text: self.problem.hide())

    def _typed(self, text: str) -> None:
        self.problem.hide()
        self.short.setVisible(0 < len(text) < SHORT)

    def passphrase(self) -> str:
        return self.first.text()

    def check(self) -> bool:
        """Whether the two fields hold one usable passphrase; if not, say why under them."""
        first, second = self.first.text(), self.second.text()
        if not first.strip():
            words = translate("Passphrase", "Type a passphrase (it cannot be empty or only spaces).")
        elif first != second:
            words = translate("Passphrase", "The two passphrases are not the same: type them again.")
            self.second.clear()
            self.second.setFocus()
        else:
            self.problem.hide()
            return True
        self.problem.setText(words)
        self.problem.show()
        return False


class PassphraseDialog(QDialog):
    """What the passphrase dialogs share: a title, an introduction, their fields, and OK / Cancel."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, accept_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(DIALOG_WIDTH)
        self.body = QVBoxLayout(self)
        self.intro = plain_label(intro, hint=True)
        self.body.addWidget(self.intro)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(accept_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        """Put the buttons last (after the subclass added its fields)."""
        self.body.addWidget(self.buttons)

    def current_field(self, caption: str, current: str | None) -> tuple[QLineEdit, QLabel]:
        """The current passphrase's field (checked against ``current`` on OK) and its problem line."""
        self._current = current
        edit = passphrase_edit(translate("Passphrase", "Current passphrase"))
        label = QLabel(caption)
        label.setBuddy(edit)
        problem = problem_label()
        edit.textChanged.connect(lambda _text: problem.hide())
        for widget in (label, edit, problem):
            self.body.addWidget(widget)
        return edit, problem

    def current_is_right(self, edit: QLineEdit, problem: QLabel) -> bool:
        if same_passphrase(edit.text(), self._current):
            return True
        problem.setText(translate("Passphrase", "That is not the passphrase this case is protected by now."))
        problem.show()
        edit.selectAll()
        edit.setFocus()
        return False


class EnterPassphraseDialog(PassphraseDialog):
    """The passphrase of a protected case, to open it: try ``attempt`` of :data:`~ecomap.ui.unlocking.TRIES`."""

    def __init__(self, parent: QWidget | None, file_name: str, attempt: int = 1) -> None:
        super().__init__(
            parent,
            translate("Passphrase", "Protected case – Ecomap"),
            translate("Passphrase", "{file} is protected by a passphrase. Type the passphrase to open it.").format(
                file=file_name
            ),
            translate("Passphrase", "Open"),
        )
        self.wrong = problem_label()
        if attempt > 1:
            left = TRIES - attempt + 1
            if left == 1:
                wrong = translate("Passphrase", "That passphrase did not open {file}. This is the last try.")
            else:
                wrong = translate("Passphrase", "That passphrase did not open {file}. %n tries are left.", None, left)
            self.wrong.setText(wrong.format(file=file_name))
            self.wrong.show()
        self.passphrase_field = passphrase_edit(translate("Passphrase", "Passphrase"))
        label = QLabel(translate("Passphrase", "&Passphrase:"))
        label.setBuddy(self.passphrase_field)
        self.show_toggle = ShowToggle(self.passphrase_field)
        self.empty = problem_label()
        self.passphrase_field.textChanged.connect(lambda _text: self.empty.hide())
        for widget in (self.wrong, label, self.passphrase_field, self.show_toggle, self.empty):
            self.body.addWidget(widget)
        self.finish()
        self.passphrase_field.setFocus()

    def accept(self) -> None:
        if not self.passphrase_field.text():
            self.empty.setText(translate("Passphrase", "Type the passphrase, or Cancel to leave the case closed."))
            self.empty.show()
            return
        super().accept()

    def passphrase(self) -> str:
        return self.passphrase_field.text()


class ChoosePassphraseDialog(PassphraseDialog):
    """File > Protect with a passphrase… (``current`` None) or File > Change passphrase… (the current one
    typed first, checked against ``current``): the new passphrase twice, with the warning."""

    def __init__(
        self, parent: QWidget | None, file_name: str, *, current: str | None = None, unsaved: bool = False
    ) -> None:
        changing = current is not None
        if changing:
            title = action = translate("Passphrase", "Change passphrase")
            intro = translate(
                "Passphrase", "{file} will open only with the new passphrase; the old one will no longer open it."
            )
        else:
            title, action = translate("Passphrase", "Protect with a passphrase"), translate("Passphrase", "Protect")
            intro = translate(
                "Passphrase",
                "{file} will be encrypted: without the passphrase, nobody can read anything in it, "
                "not even who it is about. Ecomap asks for the passphrase each time the case is opened.",
            )
        intro = intro.format(file=file_name)
        if unsaved:
            unchanged = translate(
                "Passphrase", "Your unsaved changes stay as they are: they are protected too, and Save keeps them."
            )
            intro = f"{intro} {unchanged}"
        super().__init__(parent, title, intro, action)
        self.current: QLineEdit | None = None
        if changing:
            caption = translate("Passphrase", "&Current passphrase:")
            self.current, self.current_problem = self.current_field(caption, current)
        self.fields = NewPassphraseFields(self)
        if changing:
            self.body.addSpacing(8)
        self.body.addWidget(self.fields)
        if self.current is not None:
            self.fields.show_toggle.govern(self.current)
        self.finish()
        (self.current or self.fields.first).setFocus()

    def accept(self) -> None:
        if self.current is not None and not self.current_is_right(self.current, self.current_problem):
            return
        if self.fields.check():
            super().accept()

    def passphrase(self) -> str:
        return self.fields.passphrase()


class RemoveProtectionDialog(PassphraseDialog):
    """File > Remove protection…: says plainly what it means, and asks for the current passphrase."""

    def __init__(self, parent: QWidget | None, file_name: str, current: str | None) -> None:
        intro = translate(
            "Passphrase",
            "{file} will be written again without encryption. Anyone who has the file, or a copy of it, "
            "will be able to read everything in it: the client's name, the people on the map and the notes. "
            "Only do this if your service allows such files unprotected.",
        )
        title = translate("Passphrase", "Remove protection")
        super().__init__(parent, title, intro.format(file=file_name), title)
        caption = translate("Passphrase", "&Current passphrase, to confirm:")
        self.current, self.current_problem = self.current_field(caption, current)
        self.show_toggle = ShowToggle(self.current)
        self.body.addWidget(self.show_toggle)
        self.finish()
        self.current.setFocus()

    def accept(self) -> None:
        if self.current_is_right(self.current, self.current_problem):
            super().accept()


# -- asking: each shows its dialog and returns the answer ----------------------------------


def ask_passphrase(parent: QWidget | None, file_name: str, attempt: int) -> str | None:
    dialog = EnterPassphraseDialog(parent, file_name, attempt)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_passphrase(parent: QWidget | None, file_name: str, *, unsaved: bool) -> str | None:
    dialog = ChoosePassphraseDialog(parent, file_name, unsaved=unsaved)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_changed_passphrase(parent: QWidget | None, file_name: str, current: str | None, *, unsaved: bool) -> str | None:
    dialog = ChoosePassphraseDialog(parent, file_name, current=current, unsaved=unsaved)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_remove_protection(parent: QWidget | None, file_name: str, current: str | None) -> bool:
    return RemoveProtectionDialog(parent, file_name, current).exec() == QDialog.DialogCode.Accepted


def ask_recover_protected(parent: QWidget | None, when: str) -> bool:
    """Recover / Discard a protected new case that Ecomap ended before it was saved (named by no one)."""
    box = RecoveryBox(parent, when, "", never_saved=True)
    box.setText(translate("Passphrase", "Recover the protected new case from {when}?").format(when=when))
    box.setInformativeText(
        translate(
            "Passphrase",
            "Ecomap closed before a new case protected by a passphrase was saved to a file. Recover asks for its "
            "passphrase and brings it back (save it to keep it); Discard deletes it for good.",
        )
    )
    box.exec()
    return box.recovered()
