"""The case being edited: its file, its details, the working map and where it came from.

Qt-free on purpose: the window, the autosave timer and the tests all drive
it the same way. Opening tries to write; if another Ecomap holds the case,
it is opened read-only and ``read_only_reason`` says why. An open that fails
closes the file again, so it never keeps the case locked. A protected case
keeps its one keyed connection for as long as it is open: the key is derived
once per open, never per save (design §8, §13). A case of the team store
(:meth:`OpenCase.open_store`) is read and written the same way, through a
:class:`~ecomap.store.team_case.StoreCase`; its path is a
:class:`~ecomap.ui.store_place.StoreCasePath`, and it is read-only when the
login may read it but not change it (a supervisor's view of a team's case).
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ecomap.casefile import CaseFile, Draft, VersionSummary
from ecomap.errors import AutosaveUnreadableError, CaseLockedError, InputError
from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.dates import written_date
from ecomap.model.elements import Node
from ecomap.model.network import EcoMap
from ecomap.store.connecting import describe
from ecomap.store.opening import OpenedCase
from ecomap.store.team_case import StoreCase
from ecomap.ui.store_place import StoreCasePath

STORE_READ_ONLY = QT_TRANSLATE_NOOP("OpenCase", "not assigned to you, so you may read it but not change it")
"""Why a store case is read-only, in English: it follows "this case is" (translated when the case opens)."""
UNNAMED_CLIENT = QT_TRANSLATE_NOOP("OpenCase", "Client")
"""What the client's node shows until their name is known (in English; a new map gets it translated)."""


@dataclass(frozen=True, slots=True)
class Recovery:
    """Unsaved changes a crash left behind, offered back on open."""

    map: EcoMap
    based_on: int | None
    saved_at: str

    def local_time(self) -> str:
        """When autosave kept them, as the user's clock shows it (``14:02``, or a date if not today)."""
        return local_time(self.saved_at)


def local_time(saved_at: str) -> str:
    """A UTC time as autosave writes it (``YYYY-MM-DDTHH:MM:SSZ``) on the user's clock: ``14:02``, or a date."""
    moment = dt.datetime.strptime(saved_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC).astimezone()
    clock = f"{moment.hour:02d}:{moment.minute:02d}"
    if moment.date() == dt.date.today():
        return clock
    return f"{written_date(moment.date().isoformat())}, {clock}"  # the month in the language spoken, not the locale's


class OpenCase:
    """One open case (or an unsaved new one, with ``path`` None)."""

    def __init__(
        self,
        path: Path | None,
        case_file: OpenedCase | None,
        details: CaseDetails,
        ecomap: EcoMap,
        based_on: int | None,
        read_only_reason: str = "",
        *,
        passphrase: str | None = None,
    ) -> None:
        self.path = path
        self._case_file = case_file
        self.details = details
        self.map = ecomap
        self.based_on = based_on
        self.read_only_reason = read_only_reason
        self.recovery: Recovery | None = None
        self._former: dict[str, tuple[Node, int]] | None = None
        self._passphrase = passphrase
        """The passphrase of a case without a file yet: its recovery file and first save are protected by it."""

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def passphrase(self) -> str | None:
        """The passphrase that protects the case (None: not protected), for a copy of it or its recovery file."""
        return self._case_file.passphrase if self._case_file is not None else self._passphrase

    @property
    def protected(self) -> bool:
        return self.passphrase is not None

    # -- opening -----------------------------------------------------------

    @classmethod
    def new_unsaved(cls, details: CaseDetails | None = None, *, passphrase: str | None = None) -> "OpenCase":
        """A blank case not yet given a file (the editor started without a case); protected by
        ``passphrase`` from its first byte if one is given."""
        details = details or CaseDetails()
        ecomap = EcoMap.with_client(client_label(details))
        return cls(None, None, details, ecomap, None, passphrase=passphrase)

    @classmethod
    def create(cls, path: str | Path, details: CaseDetails, *, passphrase: str | None = None) -> "OpenCase":
        """A new case file at ``path`` holding only the client; protected from its first byte by ``passphrase``."""
        case_file = CaseFile.create(path, details, passphrase=passphrase)
        ecomap = EcoMap.with_client(client_label(details))
        try:
            case_file.write_draft(ecomap, None)
        except BaseException:
            case_file.close()
            raise
        return cls(Path(path), case_file, details, ecomap, None)

    @classmethod
    def open(
        cls, path: str | Path, *, discard_broken_autosave: bool = False, passphrase: str | None = None
    ) -> "OpenCase":
        """Open ``path`` for editing, or read-only if another Ecomap has it open.

        A protected case needs its ``passphrase``: without one
        :class:`~ecomap.errors.PassphraseNeededError` is raised, with a wrong
        one :class:`~ecomap.errors.WrongPassphraseError` (the editor asks).

        Unsaved changes that autosave kept and that cannot be read raise
        :class:`~ecomap.errors.AutosaveUnreadableError`; with
        ``discard_broken_autosave`` (the user chose to open the case without
        them) they are deleted and the case opens as saved. Whatever fails,
        the file is closed and its editing lock released before the error
        is raised.
        """
        reason = ""
        try:
            case_file = CaseFile.open(path, writable=True, passphrase=passphrase)
        except CaseLockedError:
            case_file = CaseFile.open(path, passphrase=passphrase)
            reason = translate("OpenCase", "open in another Ecomap")
        try:
            return cls._read(Path(path), case_file, reason, discard_broken_autosave=discard_broken_autosave)
        except BaseException:
            case_file.close()
            raise

    @classmethod
    def open_store(cls, url: str, ref: str, *, discard_broken_autosave: bool = False) -> "OpenCase":
        """Open ``store:REF`` of the store at ``url`` (a libpq connection string) as the login named there:
        for editing if the case is assigned to that login, else read-only (a supervisor). The open is
        recorded in the store's audit log; the errors are those of
        :meth:`~ecomap.store.team_case.StoreCase.open` (one line each), and as for :meth:`open`."""
        store_case = StoreCase.open(url, ref, writable=True)
        reason = "" if store_case.writable else translate("OpenCase", STORE_READ_ONLY)
        try:
            place = StoreCasePath.of(ref, describe(url))
            return cls._read(place, store_case, reason, discard_broken_autosave=discard_broken_autosave)
        except BaseException:
            store_case.close()
            raise

    @property
    def store_case(self) -> StoreCase | None:
        """The team store's case this is, or None for a case file (or a new case)."""
        return self._case_file if isinstance(self._case_file, StoreCase) else None

    @classmethod
    def _read(cls, path: Path, case_file: OpenedCase, reason: str, *, discard_broken_autosave: bool) -> "OpenCase":
        """The case in ``case_file``: its details, working map and any recovery."""
        details = case_file.details
        draft = case_file.draft()
        count = case_file.version_count
        if draft is not None:
            ecomap, based_on = draft.map, draft.based_on
        elif count:
            ecomap, based_on = case_file.version(count).map.copy(), count
        else:
            ecomap, based_on = EcoMap.with_client(client_label(details)), None
        case = cls(path, case_file, details, ecomap, based_on, reason)
        autosave: Draft | None = None
        if not reason:
            try:
                autosave = case_file.autosave()
            except AutosaveUnreadableError:
                if not discard_broken_autosave:
                    raise
                case_file.clear_autosave()
        if autosave is not None and autosave.map != ecomap:
            case.recovery = Recovery(autosave.map, autosave.based_on, autosave.saved_at)
        return case

    # -- reading -----------------------------------------------------------

    def summaries(self) -> list[VersionSummary]:
        return self._case_file.summaries() if self._case_file else []

    def version(self, number: int) -> Version:
        return self._file().version(number)

    def full_case(self) -> Case:
        """The case's details and every saved version, decoded (for the PDF summary)."""
        return self._file().case()

    def former_node(self, label: str) -> tuple[Node, int] | None:
        """A person of that name in a saved version but not on the working map, and the latest
        version holding them; None if there is none. Names match ignoring case and spacing."""
        if self._former is None:
            self._former = {}
            if self.path is not None:
                for number, node_id, name, notes in self._file().people_seen():  # later versions overwrite
                    if name.strip():
                        self._former[_name_key(name)] = (Node(node_id, name, notes=notes), number)
        found = self._former.get(_name_key(label))
        if found is None or self.map.has_node(found[0].id):
            return None
        return found

    # -- writing -----------------------------------------------------------

    def reconnect(self) -> None:
        """A case of the team store whose connection was lost: connect again (errors as on opening)."""
        if self.store_case is not None:
            self.store_case.reconnect()

    def take_their_draft(self) -> EcoMap:
        """Someone else saved the store's shared draft since it was opened here: take theirs as the working
        map (and save over it from now on). Returns the new working map."""
        store_case = self.store_case
        assert store_case is not None
        draft = store_case.take_their_draft()
        count = store_case.version_count
        if draft is not None:
            self.map, self.based_on = draft.map, draft.based_on
        elif count:
            self.map, self.based_on = store_case.version(count).map.copy(), count
        self._former = None
        return self.map

    def attach(self, path: str | Path) -> None:
        """Give an unsaved new case its file (Save as a first save), protected if the case is."""
        self._case_file = CaseFile.create(path, self.details, passphrase=self._passphrase)
        self.path = Path(path)

    def change_protection(self, new_passphrase: str | None) -> None:
        """Protect the case by ``new_passphrase``, or (None) remove its protection.

        A case with a file has the whole file written again and renamed over
        the old one (:meth:`~ecomap.casefile.CaseFile.change_protection`:
        on failure the file is as it was); a case without a file keeps the
        passphrase for its recovery file and its first save.
        """
        if self._case_file is not None:
            self._writable().change_protection(new_passphrase)
        self._passphrase = new_passphrase

    def set_details(self, details: CaseDetails) -> None:
        """Change the case's details (File > Case details…): written to the case file at once, in one
        transaction, and only then taken here; a case without a file keeps them for its first save."""
        if self._case_file is not None:
            self._writable().set_details(details)
        else:
            details.check()
        self.details = details

    def save(self) -> str:
        """Save the working map (File > Save); returns the UTC time saved."""
        return self._writable().write_draft(self.map, self.based_on)

    def autosave(self) -> str:
        """Keep unsaved changes safe from a crash without counting them as saved."""
        return self._writable().write_autosave(self.map, self.based_on)

    def discard_autosave(self) -> None:
        if self._case_file is not None and not self.read_only:
            self._case_file.clear_autosave()

    def save_version(self, label: str, date: str, note: str) -> Version:
        """Save the working map as the next dated version, and as the saved draft."""
        case_file = self._writable()
        version = Version(label=label, date=date, note=note, map=self.map.copy())
        stored = case_file.append_version(version, draft=self.map)  # one transaction: both or neither
        self.based_on = case_file.version_count
        self._former = None
        return stored

    def append_versions(self, versions: Sequence[Version], details: CaseDetails) -> list[Version]:
        """Save imported ``versions`` after the saved ones, with ``details``, in one transaction (all or
        nothing, the hash chain kept); the working map is left as it is. Returns them as stored."""
        stored = self._writable().append_versions(versions, details=details)
        self.details = details
        self._former = None
        return stored

    def accept_recovery(self) -> EcoMap:
        """Take the recovered changes as the working map (still unsaved)."""
        assert self.recovery is not None
        self.map, self.based_on = self.recovery.map, self.recovery.based_on
        self.recovery = None
        return self.map

    def decline_recovery(self) -> None:
        self.recovery = None
        self.discard_autosave()

    def close(self) -> None:
        if self._case_file is not None:
            self._case_file.close()
            self._case_file = None

    def _file(self) -> OpenedCase:
        if self._case_file is None:
            raise InputError(None, translate("OpenCase", "this case has not been saved to a file yet"))
        return self._case_file

    def _writable(self) -> OpenedCase:
        case_file = self._file()
        if self.read_only:
            raise InputError(
                self.path, translate("OpenCase", "is read-only here ({reason})").format(reason=self.read_only_reason)
            )
        return case_file


def _name_key(label: str) -> str:
    return " ".join(label.casefold().split())


def client_label(details: CaseDetails) -> str:
    """The client's node shows their first name; ``Client`` (in the language spoken) if none is known yet."""
    return details.client.split()[0] if details.client.strip() else translate("OpenCase", UNNAMED_CLIENT)


def is_unnamed_client(label: str) -> bool:
    """Whether the client's node still shows the word for a client whose name is not known, in English or
    in the language spoken (a map made in either)."""
    return label in (UNNAMED_CLIENT, translate("OpenCase", UNNAMED_CLIENT))
