"""A write the disk refused (full, or failing), told as one line naming the case file and what was kept.

SQLite reports a full disk as "database or disk is full" and a failing one
as "disk I/O error", naming no file, and the operating system's errors name
the temporary file being written rather than the case. Every case-file write
that fails this way (a save, an autosave, a new case, a copy, a change of
protection) reaches the user as an :class:`~ecomap.errors.InputError` on the
case itself, in plain words, with what happened to it: SQLite rolls an
unfinished write back, at once or at the next open, so the case is as it was.
"""

import contextlib
import errno
import os
from collections.abc import Iterator

from ecomap.casefile import engine
from ecomap.errors import InputError

NOTHING_SAVED = "nothing was saved; the case is as it was before"
NOT_CREATED = "the case was not created"
LEFT_AS_IT_WAS = "the case was left as it was"
NO_COPY = "no copy was made; the case is as it was"

_SQLITE_REASONS = {
    13: "the disk is full",  # SQLITE_FULL
    10: "the disk reported an error while writing",  # SQLITE_IOERR (and its extended codes)
    14: "a working file beside it could not be created",  # SQLITE_CANTOPEN
    8: "a file could not be opened for writing",  # SQLITE_READONLY (SQLite could open it only for reading)
}
_SQLITE_WORDS = {
    "database or disk is full": _SQLITE_REASONS[13],
    "disk I/O error": _SQLITE_REASONS[10],
    "unable to open database": _SQLITE_REASONS[14],
    "readonly database": _SQLITE_REASONS[8],
}
_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EIO: "the disk reported an error while writing",
}

DISK_ERRORS: tuple[type[BaseException], ...] = (OSError, engine.OperationalError)
"""What a write can fail with when the disk refuses it (besides SQLite's own checks, which are not wrapped)."""


@contextlib.contextmanager
def told_as_write_failure(path: str | os.PathLike[str], outcome: str) -> Iterator[None]:
    """Turn a full or failing disk met in the block into :func:`write_failed`'s one line on ``path``."""
    try:
        yield
    except DISK_ERRORS as error:
        raise write_failed(path, error, outcome) from None


def write_failed(path: str | os.PathLike[str], error: BaseException, outcome: str) -> InputError:
    """The one line for ``error``, met while writing the case at ``path``; ``outcome`` says what was kept."""
    return InputError(path, f"could not be written: {reason(error)}; {outcome}")


def reason(error: BaseException) -> str:
    """What went wrong, in plain words, with SQLite's or the system's own words after them."""
    if isinstance(error, OSError):
        own = error.strerror or type(error).__name__
        plain = _OS_REASONS.get(error.errno or 0)
        return f"{plain} ({own})" if plain else own
    code = getattr(error, "sqlite_errorcode", None)
    own = " ".join(str(error).split()) or type(error).__name__
    plain = _SQLITE_REASONS.get(code & 0xFF) if isinstance(code, int) else None
    # An error from inside a statement (sqlcipher_export, say) may arrive as a bare SQLITE_ERROR: its words tell.
    plain = plain or next((words for text, words in _SQLITE_WORDS.items() if text in own), None)
    return f"{plain} (SQLite: {own})" if plain else f"SQLite: {own}"
