"""File handling for the editor window: new, open, save, versions, recent cases, autosave, recovery.

Every question to the user goes through one small ``ask_*`` method, every error through
``show_error``, so tests answer them without a dialog. Nothing here prints: names never reach a log.
"""

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QMenu

from ecomap.errors import EcomapError
from ecomap.model.case import CaseDetails
from ecomap.model.errors import ModelError
from ecomap.ui import dialogs
from ecomap.ui.commands import EditNodeCommand
from ecomap.ui.dialogs import CASE_SUFFIX, SaveAnswer, case_name, file_stem, suggest_label
from ecomap.ui.open_case import OpenCase, Recovery

if TYPE_CHECKING:
    from ecomap.ui.main_window import MainWindow

FILE_ERRORS = (EcomapError, ModelError, OSError, sqlite3.Error)
"""What reading or writing a case can raise that the user should be told about."""
RECENT_KEY = "recent_files"
RECENT_LIMIT = 8
AUTOSAVE_DELAY_MS = 3000


class FileController(QObject):
    """The File menu of one :class:`MainWindow`, and the autosave behind it."""

    case_opened = Signal()
    """A different case (or a new one) is now shown."""
    version_saved = Signal(int)
    """A version was saved, with its number."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self._unsaved_recovery = False
        self._autosaved = False
        self.autosave_delay_ms = AUTOSAVE_DELAY_MS
        """Idle time after the last edit before autosave writes (tests shorten it)."""
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.timeout.connect(self.autosave)
        window.undo_stack.indexChanged.connect(self._edited)

    @property
    def unsaved_recovery(self) -> bool:
        """True while the map shows recovered changes not yet saved (modified with a clean stack)."""
        return self._unsaved_recovery

    @unsaved_recovery.setter
    def unsaved_recovery(self, value: bool) -> None:
        self._unsaved_recovery = value
        self.window.update_title()

    @property
    def case(self) -> OpenCase:
        return self.window.case

    # -- the File menu -------------------------------------------------------

    def new_case(self) -> None:
        """Ask who the case is about and where to keep it, then start it with only the client."""
        decision = self._settle_changes()
        if decision is None:
            return
        details = self.ask_new_case()
        if details is None:
            return
        path = self._choose_new_path(details)
        if path is None:
            return
        try:
            case = OpenCase.create(path, details)
        except FILE_ERRORS as error:
            self.show_error("The case was not created.", _one_line(error))
            return
        self.window.settings.setValue("worker", details.worker)
        self._switch_to(case, discard=decision == "discard")
        self.window.show_message(f"Created {path.name}")

    def open_case(self, path: str | None = None) -> None:
        """Open ``path`` (or one the user picks); on failure the current case stays open."""
        decision = self._settle_changes()
        if decision is None:
            return
        if path is None:
            path = self.ask_open_path()
            if path is None:
                return
        target = Path(os.path.abspath(Path(path).expanduser()))
        current = self.case.path
        if current is not None and _same_file(current, target):
            self.window.show_message(f"{target.name} is already open")
            return
        try:
            case = OpenCase.open(target)
        except FILE_ERRORS as error:
            self.show_error("The case could not be opened.", _one_line(error))
            return
        self._switch_to(case, discard=decision == "discard")
        if not case.read_only:
            self.window.show_message(f"Opened {target.name}")
        self.offer_recovery()

    def save(self) -> bool:
        """File > Save: write the working map as the saved draft. True if it was saved."""
        case = self.case
        if case.read_only:
            self._read_only_notice()
            return False
        if case.path is None:
            return self._give_file()
        return self._write_draft(f"Saved at {_clock()}")

    def save_version(self) -> None:
        """Save the working map as the next dated version (and as the saved draft)."""
        case = self.case
        if case.read_only:
            self._read_only_notice()
            return
        if case.path is None and not self._give_file():
            return
        answer = self.ask_version(suggest_label(case.summaries(), dt.date.today()))
        if answer is None:
            return
        label, date, note = answer
        try:
            case.save_version(label, date, note)
        except FILE_ERRORS as error:
            self.show_error("The version was not saved.", _one_line(error))
            return
        number = case.based_on or 0
        self._mark_saved(f"Saved version {number}: {label}")
        self.version_saved.emit(number)

    def export_image(self) -> None:
        """Save the working map as a PNG or SVG picture."""
        name = f"{file_stem(self.case.details)} {dt.date.today().isoformat()}.png"
        path = self.ask_export_path(str(self._directory() / name))
        if path is None:
            return
        from ecomap.ui.image_export import export_map_image

        try:
            scene = self.window.scene
            export_map_image(self.case.map, path, text_scale=scene.text_scale, show_sectors=scene.show_sectors)
        except FILE_ERRORS as error:
            self.show_error("The picture was not saved.", _one_line(error))
            return
        self.window.show_message(f"Exported the map to {Path(path).name}")

    def close_case(self) -> bool:
        """Offer to save changes, then close the case's file. False if the user cancelled."""
        decision = self._settle_changes()
        if decision is None:
            return False
        self._end_case(discard=decision == "discard")
        return True

    # -- recent cases ----------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.window.settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # an INI file gives back a one-item list as its item
            return [value] if value else []
        return [str(item) for item in value if item] if isinstance(value, list) else []

    def remember(self, path: Path) -> None:
        """Put ``path`` first in the recent cases (at most eight)."""
        entry = os.path.abspath(path)
        recent = [entry, *(p for p in self.recent_files() if p != entry)][:RECENT_LIMIT]
        self.window.settings.setValue(RECENT_KEY, recent)
        self.window.settings.setValue("last_directory", os.path.dirname(entry))

    def fill_recent_menu(self, menu: QMenu) -> None:
        """The recent cases still on disk (others are dropped), then "Clear recent"."""
        menu.clear()
        menu.setToolTipsVisible(True)
        stored = self.recent_files()
        existing = [p for p in stored if os.path.isfile(p)]
        if existing != stored:
            self.window.settings.setValue(RECENT_KEY, existing)
        for number, path in enumerate(existing, start=1):
            action = menu.addAction(f"&{number} " + dialogs.recent_entry(path).replace("&", "&&"))
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, path=path: self.open_case(path))
        if not existing:
            menu.addAction("No recent cases").setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction("Clear recent")
        clear.setEnabled(bool(existing))
        clear.triggered.connect(lambda _checked=False: self.window.settings.setValue(RECENT_KEY, []))

    # -- autosave and recovery --------------------------------------------------

    def _edited(self, _index: int) -> None:
        self.autosave_timer.start(self.autosave_delay_ms)

    def autosave(self) -> None:
        """Keep unsaved changes safe from a crash; quiet (a status line, never a dialog)."""
        case = self.case
        if case.path is None or case.read_only:
            return
        try:
            if self.window.modified:
                case.autosave()
                self._autosaved = True
                self.window.show_message(f"Autosaved at {_clock()}")
            elif self._autosaved:
                # Undone back to the saved map: a crash now has nothing to offer back.
                case.discard_autosave()
                self._autosaved = False
        except FILE_ERRORS as error:
            self.window.show_message(f"Autosave failed: {_one_line(error)}")

    def offer_recovery(self) -> None:
        """If the case holds changes a crash left, offer them back."""
        case = self.case
        recovery = case.recovery
        if recovery is None:
            return
        when = recovery.local_time()
        if self.ask_recover(recovery):
            case.accept_recovery()
            self.window.replace_map()
            self._autosaved = True
            self.unsaved_recovery = True
            self.window.show_message(f"Recovered the unsaved changes from {when}: save to keep them")
            return
        try:
            case.decline_recovery()
            self.window.show_message(f"Discarded the unsaved changes from {when}")
        except FILE_ERRORS as error:
            self.show_error("The unsaved changes could not be discarded.", _one_line(error))

    # -- questions for the user (tests replace these) -------------------------

    def ask_save_changes(self) -> SaveAnswer:
        return dialogs.ask_save_changes(self.window, case_name(self.case.details))

    def ask_recover(self, recovery: Recovery) -> bool:
        return dialogs.ask_recover(self.window, recovery.local_time(), case_name(self.case.details))

    def ask_open_path(self) -> str | None:
        return dialogs.choose_case_to_open(self.window, str(self._directory()))

    def ask_save_path(self, suggested: str) -> str | None:
        """Where to keep a new case file (an existing one is refused after, never replaced)."""
        return dialogs.choose_new_case_file(self.window, suggested)

    def ask_export_path(self, suggested: str) -> str | None:
        return dialogs.choose_image_file(self.window, suggested)

    def ask_new_case(self, initial: CaseDetails | None = None) -> CaseDetails | None:
        """The case details: for a new case, or (``initial`` given) completing them at a first save."""
        first_save = initial is not None
        initial = initial or CaseDetails(worker=str(self.window.settings.value("worker", "") or ""))
        return dialogs.ask_case_details(self.window, initial, first_save=first_save)

    def ask_version(self, default_label: str) -> tuple[str, str, str] | None:
        """(label, date YYYY-MM-DD, note) for the next version, or None if cancelled."""
        return dialogs.ask_version_details(self.window, default_label, len(self.case.summaries()) + 1)

    def show_error(self, headline: str, detail: str) -> None:
        dialogs.error_box(self.window, headline, detail).exec()

    # -- the steps behind the menu ---------------------------------------------

    def _settle_changes(self) -> Literal["clean", "saved", "discard"] | None:
        """Before this case is left: save or discard its changes (discarding waits until it
        really closes); None if the user cancelled or the save did not happen."""
        if not self.window.modified or self.case.read_only:
            return "clean"
        answer = self.ask_save_changes()
        if answer == "save":
            return "saved" if self.save() else None
        return "discard" if answer == "discard" else None

    def _end_case(self, *, discard: bool) -> None:
        self.autosave_timer.stop()
        case = self.case
        if discard:
            try:
                case.discard_autosave()
            except FILE_ERRORS as error:
                self.window.show_message(f"The autosaved changes could not be removed: {_one_line(error)}")
        case.close()
        self._autosaved = False
        self._unsaved_recovery = False

    def _switch_to(self, case: OpenCase, *, discard: bool) -> None:
        self._end_case(discard=discard)
        self.window.set_case(case)
        self.autosave_timer.stop()
        if case.path is not None:
            self.remember(case.path)
        self.case_opened.emit()

    def _give_file(self) -> bool:
        """A first save of a case started without a file: its details, where to keep it, then the map."""
        case = self.case
        details = case.details
        if not details.client.strip():
            asked = self.ask_new_case(details)
            if asked is None:
                return False
            details = asked
        path = self._choose_new_path(details)
        if path is None:
            return False
        before = case.details
        case.details = details
        try:
            case.attach(path)
        except FILE_ERRORS as error:
            case.details = before
            self.show_error("The case was not saved.", _one_line(error))
            return False
        self._name_client(details)
        self.remember(path)
        return self._write_draft(f"Saved as {path.name}")

    def _write_draft(self, message: str) -> bool:
        try:
            self.case.save()
        except FILE_ERRORS as error:
            self.show_error("The map was not saved.", _one_line(error))
            return False
        self._mark_saved(message)
        return True

    def _name_client(self, details: CaseDetails) -> None:
        """The client node still says "Client": give it the first name just entered (undoable)."""
        client = self.case.map.client
        first_name = details.client.split()[0] if details.client.split() else ""
        if first_name and client.label == "Client":
            self.window.editor.push(EditNodeCommand(self.case.map, client.id, {"label": first_name}))

    def _choose_new_path(self, details: CaseDetails) -> Path | None:
        """A file name for a new case; an existing file is refused (a case is never replaced)."""
        suggested = str(self._directory() / f"{file_stem(details)}{CASE_SUFFIX}")
        while True:
            chosen = self.ask_save_path(suggested)
            if chosen is None:
                return None
            path = Path(os.path.abspath(Path(chosen).expanduser()))
            if path.suffix.lower() != CASE_SUFFIX:
                path = path.with_name(path.name + CASE_SUFFIX)
            if not os.path.lexists(path):
                return path
            self.show_error(f"{path.name} already exists.", "Ecomap never replaces a case file: choose another name.")
            suggested = str(path)

    def _mark_saved(self, message: str) -> None:
        self.autosave_timer.stop()
        self._autosaved = False
        self.window.undo_stack.setClean()
        self.unsaved_recovery = False
        self.window.show_message(message)

    def _read_only_notice(self) -> None:
        self.window.show_message(f"Read-only: this case is {self.case.read_only_reason}; nothing is saved here")

    def _directory(self) -> Path:
        """Where file dialogs start: the last folder used, else the current case's, else Documents."""
        last = str(self.window.settings.value("last_directory", "") or "")
        if last and os.path.isdir(last):
            return Path(last)
        if self.case.path is not None:
            return self.case.path.parent
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and os.path.isdir(documents) else Path.home()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _one_line(error: BaseException) -> str:
    return dialogs.one_line(str(error)) or type(error).__name__


def _clock() -> str:
    return dt.datetime.now().strftime("%H:%M")
