"""Exclusive editing: one Ecomap at a time may write a case, others read it.

The lock leaves no file behind and the operating system drops it when the
process ends, so a crash never leaves a case locked. How it is taken depends
on the platform, chosen once below, at import:

- Linux and macOS: an advisory ``flock`` on the whole case file, independent
  of SQLite's own (``fcntl``) byte-range locks.
- Windows: ``msvcrt.locking`` on one byte at :data:`WINDOWS_LOCK_OFFSET`.
  Windows byte-range locks are mandatory (a locked byte cannot be read or
  written through any other handle, this process's included), so the byte
  must be one SQLite never reads, writes or locks, whatever the page size.
  See :data:`WINDOWS_LOCK_OFFSET` for why it lies past the largest database
  SQLite can make rather than in its lock-byte page.

Closing any descriptor of a file drops the POSIX locks this process holds on
it, SQLite's included; so the lock is taken before SQLite opens the file and
released after SQLite closes it, and a second attempt from this same process
is answered from a table without opening the file again (Windows locks
belong to a handle, so the table serves there too).
"""

import contextlib
import os
import sys

SQLITE_LARGEST_DATABASE = 0xFFFFFFFE * 65536
"""The largest database SQLite can make, in bytes: at most 4294967294 pages
(its hard limit on ``max_page_count``) of at most 65536 bytes."""

WINDOWS_LOCK_OFFSET = 1 << 48
"""Where the Windows editing lock sits: a byte no SQLite database reaches.

SQLite's lock-byte page (the page at 0x40000000, PENDING_BYTE, which SQLite
never reads or writes) is no place for it: SQLite locks its first 512 bytes
(pending, reserved, then 510 shared bytes), so with 512-byte pages the page
holds no other byte, and the bytes just past them (0x40000000 + 512, or
+ 1024) are ordinary data once a file with small pages grows past 1 GiB; a
mandatory lock there would make SQLite's reads of them fail. 2**48 lies past
:data:`SQLITE_LARGEST_DATABASE` (2**48 - 131072) for every page size, so
neither SQLite nor a program copying the file ever reads, writes or locks it.
Windows allows locks past the end of a file, and the C runtime's ``_locking``
locks from the 64-bit file position (``_lseeki64``).
"""

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        """Lock the editing byte of ``fd``'s file; False if another handle holds it."""
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except PermissionError:  # ERROR_LOCK_VIOLATION arrives as EACCES
            return False
        return True

    def _unlock(fd: int) -> None:
        # Closing the handle drops the lock too, but only "when resources
        # allow"; unlocking first frees the case for the next editor at once.
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        """``flock`` ``fd``'s file; False if another open file description holds it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        """Nothing to do: closing the descriptor drops the ``flock``."""


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
        status = os.stat(path)
        key = (status.st_dev, status.st_ino)
        if key in _HELD:
            return None
        fd = os.open(path, os.O_RDONLY)
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            return None
        _HELD.add(key)
        return cls(fd, key)

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _unlock(self._fd)
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
