"""The File menu's work on cases of the team store: opening one (the dialog, a password), and a draft conflict.

:class:`~ecomap.ui.files.FileController` hands these steps here. Opening
asks for a password when the server wants one (never kept); a case the
login may read but not change opens read-only. Saving the shared draft over
one that someone else saved since it was opened is refused by the store
(:class:`~ecomap.errors.DraftConflictError`): a message box says who and when,
and offers to reload their draft (this map's changes are dropped, the undo
history with them) or to save this map as a new version, after any of theirs.
The questions are methods that tests may replace.
"""

from collections.abc import Callable
from typing import Literal

from PySide6.QtWidgets import QMessageBox, QWidget

from ecomap.errors import AutosaveUnreadableError, DraftConflictError, EcomapError
from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.store.connecting import describe
from ecomap.ui import dialogs
from ecomap.ui.case_paths import error_line
from ecomap.ui.context import EditorContext
from ecomap.ui.dialogs import message_box
from ecomap.ui.open_case import OpenCase, local_time
from ecomap.ui.store_dialog import ask_store_password, choose_store_case, connect_asking

ConflictAnswer = Literal["reload", "version"] | None
RELOAD = "reloadTheirs"
MINE = "saveMineAsVersion"
FILE_ONLY_HEADLINES = {
    "save a copy of it": QT_TRANSLATE_NOOP(  # not user text: the key, as window_handlers names the command
        "StoreEditing", "{case} is kept in the team store, not in a file: Ecomap cannot save a copy of it here."
    ),
    "protect it with a passphrase": QT_TRANSLATE_NOOP(  # not user text: the key
        "StoreEditing",
        "{case} is kept in the team store, not in a file: Ecomap cannot protect it with a passphrase here.",
    ),
}
"""The whole sentence for each command :meth:`StoreEditing.refuse_file_only` is given (its English words)."""


class StoreEditing:
    """The team store's part of one editor's File menu."""

    def __init__(self, context: EditorContext) -> None:
        self.context = context

    def open(self, url: str, ref: str) -> OpenCase | None:
        """``store:REF`` of the store at ``url``, asking a password if the server wants one; None after
        telling the user why not (or if they cancelled the password)."""
        parent = self.context.dialog_parent
        store, reached, problem = connect_asking(url, parent, self._asking_password)
        if store is None:
            if problem:
                self.context.show_error(
                    translate("StoreEditing", "The case could not be opened from the team store."), problem
                )
            return None
        store.close()
        try:
            try:
                return OpenCase.open_store(reached, ref)
            except AutosaveUnreadableError as error:  # this login's unsaved changes only: the case may open
                if not dialogs.ask_open_without_autosave(parent, error_line(error)):
                    return None
            return OpenCase.open_store(reached, ref, discard_broken_autosave=True)
        except EcomapError as error:
            self.context.show_error(
                translate("StoreEditing", "The case could not be opened from the team store."), error_line(error)
            )
            return None

    def opened_words(self, case: OpenCase) -> str:
        """What the status line says once a store case is open."""
        store_case = case.store_case
        assert store_case is not None
        where = describe(store_case.url)
        if case.read_only:
            words = translate("StoreEditing", "Opened {case} from the {store}, read-only: it is {reason}")
            return words.format(case=store_case.path, store=where, reason=case.read_only_reason)
        return translate("StoreEditing", "Opened {case} from the {store}").format(case=store_case.path, store=where)

    def settle(self, conflict: DraftConflictError, save_version: Callable[[], bool], saved: Callable[[], None]) -> bool:
        """Save was refused: someone else saved the shared draft. Ask, then reload theirs (then ``saved``),
        or save this map as a new version with ``save_version``. True if nothing is left unsaved."""
        answer = self.ask_draft_conflict(conflict)
        if answer == "version":
            return save_version()
        if answer != "reload":
            return False
        self.reload_theirs()
        saved()
        self.context.notify(
            translate("StoreEditing", "Reloaded the map {who} saved; your changes were dropped").format(
                who=conflict.who
            )
        )
        return True

    def refuse_file_only(self, what: str) -> bool:
        """For a store case, say that ``what`` ("save a copy of it") needs a case file, and how to get one;
        True if said (the command stops there)."""
        store_case = self.context.case.store_case
        if store_case is None:
            return False
        headline = (
            translate("StoreEditing", FILE_ONLY_HEADLINES[what])
            if what in FILE_ONLY_HEADLINES
            else translate(
                "StoreEditing", "{case} is kept in the team store, not in a file: Ecomap cannot {what} here."
            )
        )
        advice = translate(
            "StoreEditing",
            "The server keeps it and decides who may read it. To have it as a case file, write it to one with "
            "'{command}' (recorded in the store's audit log), then open that file.",
        )
        self.context.show_error(
            headline.format(case=store_case.path, what=what),
            advice.format(command=f"ecomap pull {store_case.ref} -o FILE"),  # not user text: a command
        )
        return True

    def reload_theirs(self) -> None:
        """Take the shared draft someone else saved as the working map; this map's changes are dropped."""
        case = self.context.case
        case.take_their_draft()
        self.context.set_case(case)  # the same case, showing their map, the undo history cleared
        try:
            case.discard_autosave()
        except EcomapError as error:
            self.context.notify(
                translate("StoreEditing", "The autosaved changes could not be removed: {error}").format(
                    error=error_line(error)
                )
            )

    # -- questions for the user (tests replace these) -------------------------

    def ask_store_case(self) -> tuple[str, str] | None:
        """(connection string, reference) of the case chosen in File > Open from team store…, or None."""
        return choose_store_case(self.context.dialog_parent, self.context.settings, self._asking_password)

    def ask_password(self, store: str, attempt: int, parent: QWidget | None = None) -> str | None:
        """This login's password on ``store`` (try ``attempt``, from 1), or None if cancelled."""
        return ask_store_password(parent or self.context.dialog_parent, store, attempt)

    def _asking_password(self, parent: QWidget | None, store: str, attempt: int) -> str | None:
        return self.ask_password(store, attempt, parent)

    def ask_draft_conflict(self, conflict: DraftConflictError) -> ConflictAnswer:
        """Someone else saved the draft: reload theirs, save this map as a new version, or cancel (None)."""
        box = draft_conflict_box(self.context.dialog_parent, conflict)
        box.exec()
        name = box.clickedButton().objectName() if box.clickedButton() is not None else ""
        return "reload" if name == RELOAD else "version" if name == MINE else None


def draft_conflict_box(parent: QWidget | None, conflict: DraftConflictError) -> QMessageBox:
    """Who saved the shared draft and when, with Reload theirs, Save mine as a new version (the default),
    and Cancel; the first two are named :data:`RELOAD` and :data:`MINE`."""
    box = message_box(
        parent,
        QMessageBox.Icon.Warning,
        translate("StoreEditing", "{who} saved the map of this case at {time}, since you opened it.").format(
            who=conflict.who, time=_when(conflict.when)
        ),
        translate(
            "StoreEditing",
            "Your map was not saved over theirs. Reload theirs shows their map in place of yours (your changes are "
            "dropped); Save mine as a new version keeps your map as the next version, after any of theirs, and as "
            "the shared draft.",
        ),
    )
    box.setObjectName("draftConflict")
    box.addButton(translate("StoreEditing", "Reload theirs"), QMessageBox.ButtonRole.DestructiveRole).setObjectName(
        RELOAD
    )
    mine = box.addButton(translate("StoreEditing", "Save mine as a new version"), QMessageBox.ButtonRole.AcceptRole)
    mine.setObjectName(MINE)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(mine)
    return box


def _when(saved_at: str) -> str:
    """The store's UTC time on the user's clock, or as the store gave it."""
    try:
        return local_time(saved_at)
    except ValueError:
        return saved_at
