"""Exclusive editing: one Ecomap at a time may write a case, others read it.

An advisory ``flock`` on the case file itself: it leaves no file behind and
the operating system drops it when the process ends, so a crash never leaves
a case locked. (Independent of SQLite's own byte-range locks on Linux and
macOS.) On systems without ``fcntl`` every open succeeds.

Closing any descriptor of a file drops the POSIX locks this process holds on
it, SQLite's included; so the lock is taken before SQLite opens the file and
released after SQLite closes it, and a second attempt from this same process
is answered from a table without opening the file again.
"""

import os
import sys

if sys.platform != "win32":
    import fcntl


_HELD: set[tuple[int, int]] = set()
"""(device, inode) of every case this process holds the lock on."""


class CaseLock:
    """A held lock; :meth:`release` it after the case's connection is closed."""

    def __init__(self, fd: int | None, key: tuple[int, int] | None = None) -> None:
        self._fd = fd
        self._key = key

    @classmethod
    def try_acquire(cls, path: str | os.PathLike[str]) -> "CaseLock | None":
        """The lock on ``path``, or ``None`` if another program holds it."""
        if sys.platform == "win32":  # pragma: no cover - no flock on Windows
            return cls(None)
        status = os.stat(path)
        key = (status.st_dev, status.st_ino)
        if key in _HELD:
            return None
        fd = os.open(path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        except BaseException:
            os.close(fd)
            raise
        _HELD.add(key)
        return cls(fd, key)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._key is not None:
            _HELD.discard(self._key)
            self._key = None


def is_locked(path: str | os.PathLike[str]) -> bool:
    """Whether another program holds the editing lock on ``path``."""
    lock = CaseLock.try_acquire(path)
    if lock is None:
        return True
    lock.release()
    return False
