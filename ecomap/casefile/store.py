"""The case file API: read the case and its versions, append versions, keep the draft."""

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from ecomap.atomic import fsync_directory
from ecomap.casefile import engine
from ecomap.casefile.case_reading import CaseReading
from ecomap.casefile.connection import connect_read_only, connect_writable, judge_header
from ecomap.casefile.creating import build_case_file
from ecomap.casefile.engine import Connection, DatabaseError
from ecomap.casefile.lock import CaseLock
from ecomap.casefile.protecting import rewritten_copy
from ecomap.casefile.versions_table import (
    SUMMARY_COLUMNS,
    VersionSummary,
    insert_versions,
    row_summary,
)
from ecomap.casefile.working_map import Draft, put_working_map, read_working_map
from ecomap.casefile.write_failures import LEFT_AS_IT_WAS, NOTHING_SAVED, told_as_write_failure
from ecomap.errors import AutosaveUnreadableError, CaseLockedError, InputError
from ecomap.model.case import CaseDetails, Version, utc_now
from ecomap.model.network import EcoMap


class CaseFile(CaseReading):
    """An open ``.ecomap`` file.

    Open with :meth:`open` (read-only unless ``writable``) or :meth:`create`;
    use as a context manager or call :meth:`close`. A writable open holds the
    editing lock; if another program holds it, :meth:`open` raises
    :class:`~ecomap.errors.CaseLockedError`. A protected case (design §13)
    needs its ``passphrase``; without one :meth:`open` raises
    :class:`~ecomap.errors.PassphraseNeededError`, with a wrong one
    :class:`~ecomap.errors.WrongPassphraseError`. The key is derived once,
    when the file is opened; saves reuse the open connection.
    """

    path: Path

    def __init__(
        self,
        path: Path,
        connection: Connection,
        *,
        writable: bool,
        lock: CaseLock | None,
        passphrase: str | None = None,
    ) -> None:
        self.path = path
        self.writable = writable
        self._connection = connection
        self._lock = lock
        self._closer: contextlib.ExitStack | None = None
        self._passphrase = passphrase

    @property
    def protected(self) -> bool:
        """Whether the file is encrypted with a passphrase."""
        return self._passphrase is not None

    @property
    def passphrase(self) -> str | None:
        """The passphrase the case was opened with (None if it is not protected), for a copy or a re-open."""
        return self._passphrase

    # -- opening and closing ---------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, writable: bool = False, passphrase: str | None = None) -> "CaseFile":
        """Open the case at ``path``; ``passphrase`` is used only if the file is protected."""
        case_path = Path(path)
        protected = judge_header(case_path) is None
        kept = passphrase if protected else None
        if not writable:
            stack = contextlib.ExitStack()
            try:
                connection = stack.enter_context(connect_read_only(case_path, passphrase=passphrase))
            except DatabaseError as error:
                stack.close()
                raise InputError(case_path, f"cannot be read (SQLite: {error})") from None
            except BaseException:
                stack.close()
                raise
            case = cls(case_path, connection, writable=False, lock=None, passphrase=kept)
            case._closer = stack
            return case
        lock = CaseLock.try_acquire(case_path)
        if lock is None:
            raise CaseLockedError(case_path, "is open in another Ecomap; close it there first")
        try:
            connection = connect_writable(case_path, passphrase)
        except DatabaseError as error:
            lock.release()
            raise InputError(case_path, f"cannot be opened for writing (SQLite: {error})") from None
        except BaseException:
            lock.release()
            raise
        return cls(case_path, connection, writable=True, lock=lock, passphrase=kept)

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        details: CaseDetails,
        versions: Sequence[Version] = (),
        *,
        passphrase: str | None = None,
    ) -> "CaseFile":
        """Create a case file holding ``details`` and ``versions``, then open it writable.

        The file is built under a temporary name and renamed into place, so
        ``path`` either appears complete or not at all. With ``passphrase``
        it is protected (SQLCipher 4) from its first byte.
        """
        build_case_file(
            Path(path), details, lambda connection, now: insert_versions(connection, versions, now), passphrase
        )
        return cls.open(path, writable=True, passphrase=passphrase)

    def close(self) -> None:
        if self._closer is not None:
            self._closer.close()
            self._closer = None
        else:
            self._connection.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "CaseFile":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------

    @property
    def details(self) -> CaseDetails:
        row = self._connection.execute(
            "SELECT reference, client, worker, notes FROM case_details WHERE id = 1"
        ).fetchone()
        if row is None:
            raise InputError(self.path, "has no case details; it was altered outside Ecomap")
        return CaseDetails(*row)

    @property
    def version_count(self) -> int:
        return int(self._connection.execute("SELECT COUNT(*) FROM versions").fetchone()[0])

    def summaries(self) -> list[VersionSummary]:
        """Every version's label, date and counts, without reading any map."""
        rows = self._connection.execute(f"SELECT {SUMMARY_COLUMNS} FROM versions ORDER BY number")
        return [row_summary(row) for row in rows]

    def _stored(self, number: int | None) -> Iterable[tuple[int, object, object, object]]:
        query = "SELECT number, body, prev_sha256, sha256 FROM versions"
        if number is None:
            return self._connection.execute(f"{query} ORDER BY number")
        return self._connection.execute(f"{query} WHERE number = ?", (number,))

    def draft(self) -> Draft | None:
        """The working map as last saved with Save, if there is one."""
        return self._working_map(
            "draft", lambda reason: InputError(self.path, f"its saved draft cannot be read ({reason})")
        )

    def autosave(self) -> Draft | None:
        """Unsaved changes that autosave kept (left behind by a crash), if any.

        Raises :class:`~ecomap.errors.AutosaveUnreadableError` if they are
        there but cannot be read; :meth:`clear_autosave` removes them.
        """
        return self._working_map("autosave", lambda reason: AutosaveUnreadableError(self.path, reason))

    def _working_map(self, table: str, unreadable: Callable[[str], InputError]) -> Draft | None:
        """The draft or autosave row; ``unreadable(reason)`` is raised if it cannot be read."""
        return read_working_map(self._connection, table, unreadable)

    # -- writing -----------------------------------------------------------

    def append_versions(self, versions: Sequence[Version], details: CaseDetails | None = None) -> list[Version]:
        """Save ``versions`` after the existing ones (and new ``details`` if
        given), all in one transaction: all of it is saved or none.

        Returns the versions as stored (with ``saved_at`` set).
        """
        self._require_writable()
        if details is not None:
            details.check()
        with self._transaction():
            if details is not None:
                self._update_details(details)
            return insert_versions(self._connection, versions, utc_now())

    def append_version(self, version: Version, *, draft: EcoMap | None = None) -> Version:
        """Save ``version`` after the existing ones; returns it as stored.

        With ``draft``, that map is also saved as the working draft, based on
        the new version, and the autosave is cleared (as :meth:`write_draft`
        does), in the same transaction: the version and the draft are saved
        together or not at all, so a failure never leaves a version saved
        that the user was told was not (and would save again).
        """
        self._require_writable()
        saved_at = utc_now()
        with self._transaction():
            stored = insert_versions(self._connection, [version], saved_at)[0]
            if draft is not None:
                number = self._connection.execute("SELECT MAX(number) FROM versions").fetchone()[0]
                self._put_working_map("draft", draft, number, saved_at)
                self._connection.execute("DELETE FROM autosave")
        return stored

    def set_details(self, details: CaseDetails) -> None:
        self._require_writable()
        details.check()
        with self._transaction():
            self._update_details(details)

    def _update_details(self, details: CaseDetails) -> None:
        self._connection.execute(
            "UPDATE case_details SET reference = ?, client = ?, worker = ?, notes = ? WHERE id = 1",
            (details.reference, details.client, details.worker, details.notes),
        )

    def write_draft(self, ecomap: EcoMap, based_on: int | None) -> str:
        """Save the working map (File > Save); clears any autosave. Returns the time saved."""
        return self._write_working_map("draft", ecomap, based_on, clear_autosave=True)

    def write_autosave(self, ecomap: EcoMap, based_on: int | None) -> str:
        """Keep unsaved changes safe from a crash, apart from the saved draft."""
        return self._write_working_map("autosave", ecomap, based_on, clear_autosave=False)

    def clear_draft(self) -> None:
        self._require_writable()
        with self._transaction():
            self._connection.execute("DELETE FROM draft")

    def clear_autosave(self) -> None:
        """Forget unsaved changes (they were saved, or the user discarded them)."""
        self._require_writable()
        with self._transaction():
            self._connection.execute("DELETE FROM autosave")

    def _write_working_map(self, table: str, ecomap: EcoMap, based_on: int | None, *, clear_autosave: bool) -> str:
        self._require_writable()
        saved_at = utc_now()
        with self._transaction():
            self._put_working_map(table, ecomap, based_on, saved_at)
            if clear_autosave:
                self._connection.execute("DELETE FROM autosave")
        return saved_at

    def _put_working_map(self, table: str, ecomap: EcoMap, based_on: int | None, saved_at: str) -> None:
        """Write the draft or autosave row (inside a transaction)."""
        put_working_map(self._connection, table, ecomap, based_on, saved_at)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """All of the block's writes, or (on any error, the commit's included) none.

        A full or failing disk is told as one line naming the case (:mod:`~ecomap.casefile.write_failures`).
        """
        with told_as_write_failure(self.path, NOTHING_SAVED):
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield
                self._connection.execute("COMMIT")
            except BaseException:
                # SQLite rolls back by itself after some errors (a full disk, an
                # I/O error); a second ROLLBACK would replace the real error, and
                # so would one that fails: the journal then rolls back at the next open.
                if self._connection.in_transaction:
                    with contextlib.suppress(engine.Error):
                        self._connection.execute("ROLLBACK")
                raise

    def change_protection(self, new_passphrase: str | None) -> None:
        """Write the whole case again, protected by ``new_passphrase`` (``None``: in plain SQLite).

        Atomic (design §13): a new file is built beside this one, checked, and
        renamed over it; on any failure this file is left exactly as it was.
        The case stays open, locked, on the new file.
        """
        self._require_writable()
        with told_as_write_failure(self.path, LEFT_AS_IT_WAS):
            built, lock = rewritten_copy(self._connection, self.path, new_passphrase)
            self._connection.close()
            try:
                os.replace(built, self.path)
            except BaseException:
                lock.release()
                with contextlib.suppress(OSError):
                    built.unlink()
                self._connection = connect_writable(self.path, self._passphrase)
                raise
        fsync_directory(self.path.parent)
        if self._lock is not None:
            self._lock.release()
        self._lock, self._passphrase = lock, new_passphrase
        self._connection = connect_writable(self.path, new_passphrase)

    def _require_writable(self) -> None:
        if not self.writable:
            raise InputError(self.path, "is open read-only")
