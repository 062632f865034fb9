"""File > Protect with a passphrase…, Change passphrase… and Remove protection…: the case written again, atomically.

Each asks first: Protect, the new passphrase twice with the warning that
nobody can recover it; Change, the current passphrase (checked against the
one in use) and the new one twice; Remove, a plain-words confirmation that
anyone who has the file could read it, with the current passphrase. Then
:meth:`~ecomap.ui.open_case.OpenCase.change_protection` writes the whole file
again beside the old one, checks it, and renames it over: a failure leaves
the file as it was and says so in one error box. The case stays open on the
new file with one keyed connection; the working map, its unsaved changes
(they need not be saved first: they stay unsaved, and protected alike) and
the undo history are untouched. A new case without a file yet can be
protected too: its recovery file is written again encrypted, and the file its
first save makes is protected from the first byte.
"""

from PySide6.QtCore import QObject

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.ui import passphrase_dialog
from ecomap.ui.case_paths import error_line
from ecomap.ui.context import EditorContext
from ecomap.ui.files import FILE_ERRORS
from ecomap.ui.unsaved_cases import RecoveryFile

UNCHANGED = QT_TRANSLATE_NOOP("Protection", "The file was left as it was.")


class ProtectionController(QObject):
    """The three protection commands of one editor; the questions they ask are methods tests replace."""

    def __init__(self, context: EditorContext, recovery_file: RecoveryFile) -> None:
        super().__init__()
        self.context = context
        self.recovery_file = recovery_file

    # -- the commands --------------------------------------------------------------------

    def protect(self) -> bool:
        """File > Protect with a passphrase…; True if the case is protected now."""
        if not self._may_change(protected=False):
            return False
        passphrase = self.ask_new_passphrase()
        if passphrase is None:
            return False
        done = translate("Protection", "{file} is protected now: it opens only with its passphrase")
        return self._apply(passphrase, translate("Protection", "The case was not protected."), done)

    def change_passphrase(self) -> bool:
        """File > Change passphrase…; True if the case is protected by the new one now."""
        if not self._may_change(protected=True):
            return False
        passphrase = self.ask_changed_passphrase(self.context.case.passphrase)
        if passphrase is None:
            return False
        done = translate("Protection", "Changed the passphrase of {file}: the old one no longer opens it")
        return self._apply(passphrase, translate("Protection", "The passphrase was not changed."), done)

    def remove_protection(self) -> bool:
        """File > Remove protection…; True if the case file is plain now."""
        if not self._may_change(protected=True):
            return False
        if not self.ask_remove_protection(self.context.case.passphrase):
            return False
        done = translate("Protection", "Removed the protection of {file}: anyone who has the file can read it now")
        return self._apply(None, translate("Protection", "The protection was not removed."), done)

    # -- questions for the user (tests replace these) -------------------------------------

    def ask_new_passphrase(self) -> str | None:
        """A new passphrase, typed twice (None: cancelled)."""
        parent, unsaved = self.context.dialog_parent, self.context.modified
        return passphrase_dialog.ask_new_passphrase(parent, self._file_name(), unsaved=unsaved)

    def ask_changed_passphrase(self, current: str | None) -> str | None:
        """The current passphrase (checked against ``current``), then a new one typed twice (None: cancelled)."""
        parent, unsaved = self.context.dialog_parent, self.context.modified
        return passphrase_dialog.ask_changed_passphrase(parent, self._file_name(), current, unsaved=unsaved)

    def ask_remove_protection(self, current: str | None) -> bool:
        """Whether the user confirmed, with the current passphrase (checked against ``current``)."""
        return passphrase_dialog.ask_remove_protection(self.context.dialog_parent, self._file_name(), current)

    # -- the steps behind them ----------------------------------------------------------------

    def _may_change(self, *, protected: bool) -> bool:
        """Whether the command applies now (its menu item is greyed otherwise; a key or a test may still ask)."""
        state = self.context.view_state
        if not state.editable:
            if state.read_only:
                why = translate("Protection", "The protection cannot be changed now: this case is {reason}")
                self.context.notify(why.format(reason=state.read_only_reason))
            else:
                self.context.notify(
                    translate("Protection", "The protection cannot be changed now: the working draft is not shown")
                )
            return False
        if self.context.case.protected != protected:
            if protected:
                self.context.notify(translate("Protection", "This case is not protected"))
            else:
                self.context.notify(translate("Protection", "This case is protected already"))
            return False
        return True

    def _apply(self, passphrase: str | None, headline: str, done: str) -> bool:
        """Protect the case by ``passphrase`` (None: remove the protection); an error box if it failed, else
        ``done`` (its ``{file}`` the file's name, as it was before)."""
        name = self._file_name()
        case = self.context.case
        try:
            if case.path is None:
                self.recovery_file.change_protection(passphrase)
            case.change_protection(passphrase)
        except FILE_ERRORS as error:
            unchanged = translate("Protection", UNCHANGED)
            self.context.show_error(headline, f"{error_line(error).rstrip('.')}. {unchanged}")
            return False
        self.context.view_state.set_protected(case.protected)
        self.context.notify(done.format(file=name))
        return True

    def _file_name(self) -> str:
        path = self.context.case.path
        return path.name if path is not None else translate("Protection", "This new case")
