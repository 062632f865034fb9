"""Autosave: unsaved changes kept safe from a crash a few seconds after editing stops.

A case with a file keeps them in the file's autosave row; a new case without
a file yet keeps them in a recovery file of its own (:mod:`ecomap.ui.unsaved_cases`), protected
by the case's passphrase if it has one. A case of the team store keeps them in
the store, for this login only; if the store cannot be reached they are kept
on this computer until it answers again (:mod:`ecomap.ui.store_link`).
Quiet by design: it says what it did in the status line, never in a dialog.
"""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer

from ecomap.errors import StoreUnreachableError
from ecomap.language import translate
from ecomap.ui.context import EditorContext
from ecomap.ui.dialogs import one_line
from ecomap.ui.store_link import StoreLink
from ecomap.ui.unsaved_cases import RecoveryFile

AUTOSAVE_DELAY_MS = 3000


def recovery_folder_for(settings: QSettings | None) -> Path:
    """Where a new case without a file is autosaved: ``recovery`` in the user's data folder; beside
    the settings file when the editor was given settings of its own (tests, screenshots)."""
    if settings is not None:
        return Path(settings.fileName()).parent / "recovery"
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(data or Path.home() / ".ecomap") / "recovery"


class Autosave(QObject):
    """Writes the working map of ``context``'s case once editing pauses."""

    def __init__(self, context: EditorContext, recovery_folder: Path, errors: tuple[type[BaseException], ...]) -> None:
        super().__init__()
        self.context = context
        self._errors = errors
        self.delay_ms = AUTOSAVE_DELAY_MS
        """Idle time after the last edit before it writes (tests shorten it)."""
        self.recovery_file = RecoveryFile(recovery_folder)
        """Where a new case without a file of its own is kept."""
        self.link = StoreLink(self.recovery_file)
        """A store case's writes, and its local copy while the store is out of reach."""
        self.kept = False
        """Whether the case's file holds an autosave of this session's changes."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.write)
        context.undo_stack.indexChanged.connect(lambda _index: self.timer.start(self.delay_ms))

    def write(self) -> None:
        """Keep the unsaved changes now (or forget those kept, if the map is back as saved)."""
        case = self.context.case
        if case.read_only:
            return
        modified = self.context.modified
        clock = dt.datetime.now().strftime("%H:%M")
        try:
            if case.path is None:
                if modified:
                    self.recovery_file.write(case.details, case.map, case.passphrase)
                    self.context.notify(
                        translate(
                            "Autosave", "Autosaved at {time}, in case Ecomap stops; Save gives the case a file"
                        ).format(time=clock)
                    )
                else:
                    self.recovery_file.clear()
            elif modified:
                self.link.attempt(case, case.autosave)
                self.kept = True
                said = (
                    translate(
                        "Autosave",
                        "Autosaved at {time} in the team store, in case Ecomap stops; Save keeps the changes",
                    )
                    if case.store_case is not None
                    else translate("Autosave", "Autosaved at {time}, in case Ecomap stops; Save keeps the changes")
                )
                self.context.notify(said.format(time=clock))
            elif self.kept or self.link.kept_locally:
                # Undone back to the saved map: a crash now has nothing to offer back.
                self.link.attempt(case, case.discard_autosave)
                self.kept = False
            if self.link.resumed:
                self.context.notify(self.link.resumed_words(case))
        except StoreUnreachableError:
            self.context.notify(self.link.kept_words(case))
        except self._errors as error:
            failed = translate("Autosave", "Autosave failed: {error}")
            self.context.notify(failed.format(error=one_line(str(error)) or type(error).__name__))

    def saved(self) -> None:
        """The map was saved: nothing is waiting to be kept."""
        self.timer.stop()
        self.kept = False

    def case_closing(self, *, discard: bool) -> None:
        """The case is being left: what was kept goes with it if discarded (or never needed)."""
        self.timer.stop()
        case = self.context.case
        if discard:
            try:
                case.discard_autosave()
            except self._errors as error:
                not_removed = translate("Autosave", "The autosaved changes could not be removed: {error}")
                self.context.notify(not_removed.format(error=one_line(str(error))))
        if discard or not self.context.modified:
            self.recovery_file.discard()
        else:
            self.recovery_file.forget()
        self.link.forget()
        self.kept = False
