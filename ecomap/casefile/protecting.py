"""Protect, re-protect or unprotect a case: the whole file written again under a new passphrase, or none.

SQLCipher's ``sqlcipher_export`` copies every table, index, trigger and row
from the open case into a new file beside it, keyed with the new passphrase
(or with none, for plain SQLite); the Ecomap identifiers it does not copy
are set after it. The new file is then opened afresh with the new passphrase,
verified and checked as ``ecomap check`` checks a file, and locked for
editing, before the caller renames it over the old one (design §13).
"""

import contextlib
import os
import tempfile
from pathlib import Path

from ecomap.casefile import engine
from ecomap.casefile.check import check_case_file
from ecomap.casefile.connection import check_encrypted, configure
from ecomap.casefile.engine import CipherUnavailableError, Connection
from ecomap.casefile.header import SQLITE_MAGIC
from ecomap.casefile.lock import CaseLock
from ecomap.errors import InputError


def rewritten_copy(connection: Connection, path: Path, new_passphrase: str | None) -> tuple[Path, CaseLock]:
    """Build and check the case open on ``connection`` as a new file beside ``path``.

    Returns the new file, owner-readable only, and the editing lock on it.
    On any failure nothing is left behind and ``path`` is untouched.
    """
    if new_passphrase is not None and not new_passphrase:
        raise InputError(path, "the new passphrase is empty")
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    built = Path(name)
    try:
        _export(connection, built, new_passphrase)
        _check(built, path, new_passphrase)
        lock = CaseLock.try_acquire(built)
        if lock is None:  # only this process knows the name; cannot happen short of a bug
            raise InputError(path, "the rewritten copy could not be locked; nothing was changed")
    except BaseException:
        for leftover in (built, built.with_name(built.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise
    return built, lock


def _export(connection: Connection, built: Path, new_passphrase: str | None) -> None:
    key = "" if new_passphrase is None else engine.normalised(new_passphrase)
    if new_passphrase is not None and not engine.cipher_version(connection):
        raise InputError(built, "cannot be protected: the SQLCipher library is not in use; nothing was changed")
    application_id = int(connection.execute("PRAGMA main.application_id").fetchone()[0])
    user_version = int(connection.execute("PRAGMA main.user_version").fetchone()[0])
    connection.execute("ATTACH DATABASE ? AS rewritten KEY ?", (str(built), key))
    try:
        if new_passphrase is not None:
            problems = engine.settings_problems(connection, "rewritten")
            if problems:
                raise CipherUnavailableError("; ".join(problems))
        # A deferred BEGIN: only the new file is written. BEGIN IMMEDIATE would open a write transaction on
        # the case too, and a commit over two files makes SQLite write a super-journal beside the case
        # (CASE-mjXXXXXXX), which a failed commit leaves behind (found by tests/faults).
        connection.execute("BEGIN")
        try:
            connection.execute("SELECT sqlcipher_export('rewritten')")
            connection.execute(f"PRAGMA rewritten.application_id = {application_id}")
            connection.execute(f"PRAGMA rewritten.user_version = {user_version}")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    except CipherUnavailableError as error:
        raise InputError(built, f"cannot be protected ({error}); nothing was changed") from None
    finally:
        connection.execute("DETACH DATABASE rewritten")


def _check(built: Path, path: Path, new_passphrase: str | None) -> None:
    """Prove the new file opens with the new passphrase (and only so), and passes ``ecomap check``."""
    if new_passphrase is None:
        with built.open("rb") as stream:
            if stream.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise InputError(path, "the unprotected copy is not plain SQLite; nothing was changed")
    else:
        check_encrypted(built)
    reopened = engine.connect(f"{built.absolute().as_uri()}?mode=rw", uri=True)
    with contextlib.closing(reopened):
        if new_passphrase is not None:
            engine.apply_key(reopened, new_passphrase)
        configure(reopened, writable=True)  # journal_mode DELETE, as every case file
    report = check_case_file(built, passphrase=new_passphrase)
    if not report.ok:
        raise InputError(path, f"the rewritten copy did not pass its check ({report.problems[0]}); nothing was changed")
