"""Recovery files for new cases not yet saved: autosave for a case that has no file of its own.

A session's first minutes are when a crash hurts most, and a new case has
nowhere to autosave until the user gives it a file. So it gets a recovery
file: a case file of its own in the user's data folder (``recovery/``),
holding its details and its autosave, written and checked like any case file,
and protected like one: the recovery file of a protected new case is created
with its passphrase, so nothing of it is ever on disk in the clear. The file
is held open with the editing lock while its editor runs, so a second Ecomap
never offers it; it is deleted when the case is saved to a file of the user's
choosing or the user discards it, and offered back on the next start if
Ecomap ended first (a protected one without reading it: who it is about is
known only once its passphrase is given). Qt-free: the folder is given.
"""

import contextlib
import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from ecomap.casefile import CaseFile
from ecomap.errors import CaseLockedError, EcomapError, InputError, PassphraseNeededError
from ecomap.language import translate
from ecomap.model.case import CaseDetails
from ecomap.model.network import EcoMap

SUFFIX = ".ecomap"


@dataclass(frozen=True, slots=True)
class LeftBehind:
    """A new case's unsaved work that an earlier Ecomap left (it ended before the case was saved)."""

    path: Path
    details: CaseDetails
    map: EcoMap | None
    """The work; None for a protected file not yet opened (its passphrase reads it: :meth:`RecoveryFile.adopt`)."""
    saved_at: str
    """When autosave kept it (UTC, ``YYYY-MM-DDTHH:MM:SSZ``); for a protected file not yet opened, when it was
    last written."""
    protected: bool = False


class RecoveryFile:
    """The recovery file of one unsaved new case, open (and locked) while its editor runs."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path: Path | None = None
        self._file: CaseFile | None = None

    @property
    def exists(self) -> bool:
        return self._file is not None

    def adopt(self, path: Path, passphrase: str | None = None) -> LeftBehind:
        """Carry on with a recovery file left behind (the user took its work back): the work in it.

        A protected one needs its ``passphrase`` (the errors of
        :meth:`~ecomap.casefile.CaseFile.open` otherwise); it is keyed once, here.
        """
        self.forget()
        case_file = CaseFile.open(path, writable=True, passphrase=passphrase)
        try:
            autosave, details = case_file.autosave(), case_file.details
            if autosave is None:
                raise InputError(path, translate("UnsavedCases", "holds no unsaved work"))
        except BaseException:
            case_file.close()
            raise
        self._file, self.path = case_file, path
        return LeftBehind(path, details, autosave.map, autosave.saved_at, protected=case_file.protected)

    @property
    def passphrase(self) -> str | None:
        return self._file.passphrase if self._file is not None else None

    def change_protection(self, new_passphrase: str | None) -> None:
        """The new case was protected, or its passphrase changed or removed: the recovery file follows
        (written again whole and renamed over; on failure it is as it was)."""
        if self._file is not None:
            self._file.change_protection(new_passphrase)

    def write(self, details: CaseDetails, ecomap: EcoMap, passphrase: str | None = None) -> None:
        """Keep ``ecomap`` safe (creating the file on the first write, protected by ``passphrase`` if given)."""
        if self._file is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / f"unsaved-{uuid.uuid4().hex[:12]}{SUFFIX}"
            self._file = CaseFile.create(path, details, passphrase=passphrase)
            self.path = path
        elif self._file.details != details:
            self._file.set_details(details)
        self._file.write_autosave(ecomap, None)

    def clear(self) -> None:
        """Nothing unsaved any more (undone back to the empty case): keep the file, forget the map."""
        if self._file is not None:
            self._file.clear_autosave()

    def discard(self) -> None:
        """The work is saved elsewhere, or the user discarded it: delete the file."""
        path = self.path
        self.forget()
        if path is not None:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def forget(self) -> None:
        """Close the file and let it be (Ecomap is ending with the work unsaved: offered next time)."""
        if self._file is not None:
            self._file.close()
        self._file = None
        self.path = None


def left_behind(folder: Path) -> tuple[list[LeftBehind], list[Path]]:
    """The recovery files in ``folder`` that hold work and that no running Ecomap has open, newest
    first; and those that cannot be read (to say so, not to delete: they may be someone's work).
    A protected one is listed unread (``map`` None): only its passphrase can tell what it holds."""
    found: list[LeftBehind] = []
    broken: list[Path] = []
    if not folder.is_dir():
        return found, broken
    for path in sorted(folder.glob(f"unsaved-*{SUFFIX}")):
        try:
            with CaseFile.open(path, writable=True) as case_file:  # writable: skip one an editor holds
                autosave = case_file.autosave()
                details = case_file.details
        except CaseLockedError:
            continue
        except PassphraseNeededError:
            found.append(LeftBehind(path, CaseDetails(), None, _written_at(path), protected=True))
            continue
        except (EcomapError, OSError):
            broken.append(path)
            continue
        if autosave is None:
            with contextlib.suppress(OSError):
                path.unlink()  # nothing in it worth offering
            continue
        found.append(LeftBehind(path, details, autosave.map, autosave.saved_at))
    found.sort(key=lambda left: left.saved_at, reverse=True)
    return found, broken


def _written_at(path: Path) -> str:
    """When ``path`` was last written, as autosave writes its times (UTC, ``YYYY-MM-DDTHH:MM:SSZ``)."""
    try:
        moment = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError:
        moment = dt.datetime.now(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
