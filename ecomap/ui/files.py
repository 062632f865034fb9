"""The File menu's work: new, open, save, versions, recent cases, autosave, recovery, closing.

It works through an :class:`~ecomap.ui.context.EditorContext` and knows no window. Questions
(a protected case's passphrase among them: :mod:`ecomap.ui.unlocking`) go through small ``ask_*``
methods and errors through the context's ``show_error``, so tests answer them without a dialog.
A case of the team store is opened and saved here too (:mod:`ecomap.ui.store_editing`; a server
lost while editing: :mod:`ecomap.ui.store_link`).
Nothing here prints: names never reach a log. A close goes ahead only when the work is safe or
the user chose to discard it; an unexpected error stops it too.
"""

import datetime as dt
import os
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QMenu

from ecomap.casefile import engine
from ecomap.errors import AutosaveUnreadableError, DraftConflictError, EcomapError
from ecomap.language import translate
from ecomap.model.case import CaseDetails
from ecomap.model.errors import ModelError
from ecomap.model.plan_words import due_sentence
from ecomap.model.review import due_actions
from ecomap.ui import dialogs, passphrase_dialog
from ecomap.ui.autosave import Autosave
from ecomap.ui.autosave import recovery_folder_for as recovery_folder_for
from ecomap.ui.case_paths import choose_new_case_path, error_line, same_file
from ecomap.ui.commands import EditNodeCommand
from ecomap.ui.context import EditorContext
from ecomap.ui.dialogs import CASE_SUFFIX, SaveAnswer
from ecomap.ui.file_words import case_name, file_stem, saved_now, suggest_label
from ecomap.ui.left_behind_offer import offer_left_behind
from ecomap.ui.new_case_form import NewCaseAnswer, ask_new_case
from ecomap.ui.open_case import OpenCase, Recovery, is_unnamed_client, local_time
from ecomap.ui.recent_cases import RecentCases
from ecomap.ui.store_editing import StoreEditing
from ecomap.ui.store_place import is_store_path
from ecomap.ui.unlocking import Unlock
from ecomap.ui.unsaved_cases import LeftBehind

FILE_ERRORS = (EcomapError, ModelError, OSError, engine.Error)
"""What reading or writing a case can raise that the user should be told about."""


class FileController(QObject):
    """The File menu of one editor, and the autosave behind it."""

    version_saved = Signal(int)
    """A version was saved, with its number."""

    def __init__(self, context: EditorContext, recovery_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.keeper = Autosave(context, recovery_folder, FILE_ERRORS)
        self.keeper.setParent(self)
        self.recent = RecentCases(context.settings)
        self.store = StoreEditing(context)

    @property
    def case(self) -> OpenCase:
        return self.context.case

    # -- the File menu -------------------------------------------------------

    def new_case(self) -> None:
        """Ask who the case is about and where to keep it, then start it with only the client."""
        decision = self.settle_changes()
        if decision is None:
            return
        answer = self.ask_new_case()
        if answer is None:
            return
        details = answer.details
        path = self._choose_new_path(details)
        if path is None:
            return
        try:
            case = OpenCase.create(path, details, passphrase=answer.passphrase)
        except FILE_ERRORS as error:
            self.context.show_error(translate("Files", "The case was not created."), error_line(error))
            return
        self.context.settings.setValue("worker", details.worker)
        self._switch_to(case, discard=decision == "discard")
        if case.protected:
            self.context.notify(
                translate("Files", "Created {file}, protected by its passphrase").format(file=path.name)
            )
        else:
            self.context.notify(translate("Files", "Created {file}").format(file=path.name))

    def open_case(self, path: str | None = None, *, passphrase: str | None = None) -> None:
        """Open ``path`` (or one the user picks); on failure the current case stays open. A protected case
        is tried with ``passphrase`` first, then its passphrase is asked (three tries)."""
        decision = self.settle_changes()
        if decision is None:
            return
        if path is None:
            path = self.ask_open_path()
            if path is None:
                return
        target = Path(os.path.abspath(Path(path).expanduser()))
        current = self.case.path
        if current is not None and same_file(current, target):
            self.context.notify(translate("Files", "{file} is already open").format(file=target.name))
            return
        case = self._open(target, passphrase)
        if case is None:
            return
        self._switch_to(case, discard=decision == "discard")
        if not case.read_only:
            self.context.notify(translate("Files", "Opened {file}").format(file=target.name))
        self.offer_recovery()

    def open_store_case(self, url: str | None = None, ref: str | None = None) -> None:
        """File > Open from team store… (the store and case chosen in its dialog), or ``store:REF`` of the
        store at ``url`` (``ecomap store:REF``); on failure the current case stays open."""
        decision = self.settle_changes()
        if decision is None:
            return
        chosen = (url, ref) if url and ref else self.store.ask_store_case()
        case = self.store.open(*chosen) if chosen is not None else None
        if case is None:
            return
        self._switch_to(case, discard=decision == "discard")
        self.context.notify(self.store.opened_words(case))
        self.offer_recovery()

    def _open(self, target: Path, passphrase: str | None = None) -> OpenCase | None:
        """The case at ``target``, or None after telling the user why not (or the user cancelled the
        passphrase). Unsaved changes that cannot be read do not keep the case shut: the user may open
        it without them."""
        unlock = Unlock(target, self.ask_passphrase, passphrase)
        try:
            return unlock.open(lambda key: OpenCase.open(target, passphrase=key))
        except AutosaveUnreadableError as error:
            if not self.ask_open_without_autosave(error_line(error)):
                return None
        except FILE_ERRORS as error:
            self.context.show_error(translate("Files", "The case could not be opened."), error_line(error))
            return None
        try:
            return OpenCase.open(target, discard_broken_autosave=True, passphrase=unlock.passphrase)
        except FILE_ERRORS as error:
            self.context.show_error(translate("Files", "The case could not be opened."), error_line(error))
            return None

    def save(self) -> bool:
        """File > Save: write the working map as the saved draft. True if it was saved."""
        case = self.case
        if case.read_only:
            self._read_only_notice()
            return False
        if case.path is None:
            return self._give_file()
        return self._write_draft(saved_now())

    def save_version(self) -> bool:
        """Save the working map as the next dated version (and as the saved draft), in one step. True if saved."""
        case = self.case
        if case.read_only:
            self._read_only_notice()
            return False
        if case.path is None and not self._give_file():
            return False
        answer = self.ask_version(suggest_label(case.summaries(), dt.date.today()))
        if answer is None:
            return False
        label, date, note = answer
        try:
            self.keeper.link.attempt(case, lambda: case.save_version(label, date, note))
        except Exception as error:  # noqa: BLE001 - saving is one transaction: nothing was saved
            self._not_saved(translate("Files", "The version was not saved."), error)
            return False
        number = case.based_on or 0
        self._mark_saved(translate("Files", "Saved version {number}: {label}").format(number=number, label=label))
        self.version_saved.emit(number)
        return True

    def export_image(self) -> None:
        """Save the map on the canvas as a PNG or SVG picture, with the options asked first."""
        from ecomap.ui.image_options import ImageExporter  # Qt's SVG module loads when a picture is made

        ImageExporter(self.context, self._directory()).export()

    def close_case(self) -> bool:
        """Offer to save changes, then close the case's file. False if the case stays open: the user
        cancelled, the save failed, or a task is still reading the case."""
        if not self.context.view_state.can_leave_case:
            busy = self.context.view_state.busy
            self.context.notify(
                translate("Files", "{task} is still going on: wait until it is done, or cancel it").format(task=busy)
            )
            return False
        decision = self.settle_changes()
        if decision is None:
            return False
        self.end_case(discard=decision == "discard")
        return True

    # -- recent cases ----------------------------------------------------------

    def recent_files(self) -> list[str]:
        return self.recent.paths()

    def fill_recent_menu(self, menu: QMenu) -> None:
        self.recent.fill_menu(menu, self.open_case)

    # -- autosave and recovery --------------------------------------------------

    def autosave(self) -> None:
        """Keep unsaved changes safe from a crash now (the timer does this once editing pauses)."""
        self.keeper.write()

    def offer_recovery(self) -> None:
        """If the case holds changes a crash left, offer them back."""
        case = self.case
        recovery = case.recovery
        if recovery is None:
            return
        when = recovery.local_time()
        if self.ask_recover(recovery):
            case.accept_recovery()
            self.context.set_case(case)  # the same case, showing the recovered map
            self.keeper.kept = True
            self.context.recovered_unsaved = True
            self.context.notify(
                translate("Files", "Recovered the unsaved changes from {when}: save to keep them").format(when=when)
            )
            return
        try:
            case.decline_recovery()
            self.context.notify(translate("Files", "Discarded the unsaved changes from {when}").format(when=when))
        except FILE_ERRORS as error:
            self.context.show_error(
                translate("Files", "The unsaved changes could not be discarded."), error_line(error)
            )

    def offer_left_behind(self) -> None:
        """At start: a new case that an earlier Ecomap never saved (it ended first) is offered back."""
        offer_left_behind(self)

    # -- questions for the user (tests replace these) -------------------------

    def ask_save_changes(self) -> SaveAnswer:
        return dialogs.ask_save_changes(self.context.dialog_parent, case_name(self.case.details))

    def ask_recover(self, recovery: Recovery) -> bool:
        return dialogs.ask_recover(self.context.dialog_parent, recovery.local_time(), case_name(self.case.details))

    def ask_recover_new_case(self, left: LeftBehind) -> bool:
        when, parent = local_time(left.saved_at), self.context.dialog_parent
        if left.protected:  # who it is about is locked inside it
            return passphrase_dialog.ask_recover_protected(parent, when)
        return dialogs.ask_recover(parent, when, case_name(left.details), never_saved=True)

    def ask_passphrase(self, path: Path, attempt: int) -> str | None:
        """The passphrase of the protected case at ``path`` (try ``attempt``, from 1), or None if cancelled."""
        return passphrase_dialog.ask_passphrase(self.context.dialog_parent, path.name, attempt)

    def ask_open_without_autosave(self, problem: str) -> bool:
        return dialogs.ask_open_without_autosave(self.context.dialog_parent, problem)

    def ask_open_path(self) -> str | None:
        return dialogs.choose_case_to_open(self.context.dialog_parent, str(self._directory()))

    def ask_save_path(self, suggested: str) -> str | None:
        """Where to keep a new case file (an existing one is refused after, never replaced)."""
        return dialogs.choose_new_case_file(self.context.dialog_parent, suggested)

    def ask_new_case(self, initial: CaseDetails | None = None) -> NewCaseAnswer | None:
        """The case details and any passphrase: for a new case, or (``initial`` given) at a first save."""
        first_save = initial is not None
        initial = initial or CaseDetails(worker=str(self.context.settings.value("worker", "") or ""))
        protected = first_save and self.case.protected
        return ask_new_case(self.context.dialog_parent, initial, first_save=first_save, protected_already=protected)

    def ask_version(self, default_label: str) -> tuple[str, str, str] | None:
        """(label, date YYYY-MM-DD, note) for the next version, or None if cancelled; the plan's actions due
        by today are listed, so that the worker can bring them up to date with the client first."""
        today = dt.date.today().isoformat()
        due = [due_sentence(action, today) for action in due_actions(self.case.map, today)]
        number = len(self.case.summaries()) + 1
        return dialogs.ask_version_details(self.context.dialog_parent, default_label, number, due)

    # -- the steps behind the menu ---------------------------------------------

    def settle_changes(self) -> Literal["clean", "saved", "discard"] | None:
        """Before this case is left: save or discard its changes (discarding waits until it
        really closes); None if the user cancelled or the save did not happen."""
        if not self.context.modified or self.case.read_only:
            return "clean"
        answer = self.ask_save_changes()
        if answer == "save":  # a store out of reach: the work is kept on this computer, and may close
            return "saved" if self.save() or self.keeper.link.kept_locally else None
        return "discard" if answer == "discard" else None

    def end_case(self, *, discard: bool) -> None:
        self.keeper.case_closing(discard=discard)
        self.case.close()

    def _switch_to(self, case: OpenCase, *, discard: bool) -> None:
        self.end_case(discard=discard)
        self.context.set_case(case)
        self.keeper.timer.stop()
        if case.path is not None and not is_store_path(case.path):
            self.recent.remember(case.path)

    def _give_file(self) -> bool:
        """A first save of a case started without a file: its details, where to keep it, then the map."""
        case = self.case
        details, passphrase = case.details, case.passphrase
        if not details.client.strip():
            asked = self.ask_new_case(details)
            if asked is None:
                return False
            details, passphrase = asked.details, asked.passphrase or passphrase
        path = self._choose_new_path(details)
        if path is None:
            return False
        before = case.details, case.passphrase
        case.details = details
        try:
            case.change_protection(passphrase)  # no file yet: the file about to be made is protected by it
            case.attach(path)
        except FILE_ERRORS as error:
            case.details = before[0]
            case.change_protection(before[1])
            self.context.show_error(translate("Files", "The case was not saved."), error_line(error))
            return False
        self._name_client(details)
        self.recent.remember(path)
        self.context.view_state.rename_case_to(case.details, path)
        self.context.view_state.set_protected(case.protected)
        if not self._write_draft(translate("Files", "Saved as {file}").format(file=path.name)):
            return False
        self.keeper.recovery_file.discard()
        return True

    def _write_draft(self, message: str) -> bool:
        try:
            self.keeper.link.attempt(self.case, self.case.save)
        except DraftConflictError as conflict:  # someone else saved the team store's draft meanwhile
            return self.store.settle(conflict, self.save_version, self.keeper.saved)
        except Exception as error:  # noqa: BLE001 - whatever went wrong, the map was not saved
            self._not_saved(translate("Files", "The map was not saved."), error)
            return False
        self._mark_saved(message)
        return True

    def _not_saved(self, headline: str, error: Exception) -> None:
        """Say why; a team store out of reach says where the work is kept instead."""
        self.context.show_error(headline, self.keeper.link.explain(self.case, error) or _explained(error))

    def _name_client(self, details: CaseDetails) -> None:
        """The client node still has no name ("Client", in any language): give it the first name typed (undoable)."""
        client = self.case.map.client
        first_name = details.client.split()[0] if details.client.split() else ""
        if first_name and is_unnamed_client(client.label):
            self.context.editor.push(EditNodeCommand(self.case.map, client.id, {"label": first_name}))

    def _choose_new_path(self, details: CaseDetails) -> Path | None:
        """A file name for a new case; an existing file is refused (a case is never replaced)."""
        suggested = self._directory() / f"{file_stem(details)}{CASE_SUFFIX}"
        return choose_new_case_path(self.ask_save_path, self.context.show_error, suggested)

    def _mark_saved(self, message: str) -> None:
        self.keeper.saved()
        self.context.undo_stack.setClean()
        self.context.recovered_unsaved = False
        link = self.keeper.link
        self.context.notify(f"{message}. {link.resumed_words(self.case)}" if link.resumed else message)

    def _read_only_notice(self) -> None:
        reason = self.case.read_only_reason
        self.context.notify(
            translate("Files", "Read-only: this case is {reason}; nothing is saved here").format(reason=reason)
        )

    def _directory(self) -> Path:
        """Where file dialogs start: the last folder used, else the current case's, else Documents."""
        last = str(self.context.settings.value("last_directory", "") or "")
        if last and os.path.isdir(last):
            return Path(last)
        if self.case.path is not None:
            return self.case.path.parent
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and os.path.isdir(documents) else Path.home()


def _explained(error: BaseException) -> str:
    """An expected error in its own words; anything else says it was unexpected and what kind."""
    if isinstance(error, FILE_ERRORS):
        return error_line(error)
    unexpected = translate("Files", "An unexpected error ({kind}) stopped it: {reason}. Nothing was changed.")
    return unexpected.format(kind=type(error).__name__, reason=error_line(error))
