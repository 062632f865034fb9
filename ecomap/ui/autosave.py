"""Autosave: unsaved changes kept safe from a crash a few seconds after editing stops.

A case with a file keeps them in the file's autosave row; a new case without
a file yet keeps them in a recovery file of its own (:mod:`ecomap.ui.unsaved_cases`), protected
by the case's passphrase if it has one.
Quiet by design: it says what it did in the status line, never in a dialog.
"""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from ecomap.ui.context import EditorContext
from ecomap.ui.dialogs import one_line
from ecomap.ui.unsaved_cases import RecoveryFile

AUTOSAVE_DELAY_MS = 3000


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
                    self.context.notify(f"Autosaved at {clock}, in case Ecomap stops; Save gives the case a file")
                else:
                    self.recovery_file.clear()
            elif modified:
                case.autosave()
                self.kept = True
                self.context.notify(f"Autosaved at {clock}, in case Ecomap stops; Save keeps the changes")
            elif self.kept:
                # Undone back to the saved map: a crash now has nothing to offer back.
                case.discard_autosave()
                self.kept = False
        except self._errors as error:
            self.context.notify(f"Autosave failed: {one_line(str(error)) or type(error).__name__}")

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
                self.context.notify(f"The autosaved changes could not be removed: {one_line(str(error))}")
        if discard or not self.context.modified:
            self.recovery_file.discard()
        else:
            self.recovery_file.forget()
        self.kept = False
