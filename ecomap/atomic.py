"""Write files so that they appear whole or not at all: temp file, fsync, rename."""

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ecomap.errors import InputError


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` only if the block succeeds.

    The data goes to a temporary file beside ``path`` (readable by the owner
    only), is flushed to disk, then renamed over ``path``; on any error the
    temporary file is removed and ``path`` is left as it was. An error of
    the system's (a full disk, say) names ``path``, not the temporary file.
    """
    target = Path(path)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise _naming(error, target) from None
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        if isinstance(error, OSError):
            raise _naming(error, target) from None
        raise
    fsync_directory(target.parent)


def _naming(error: OSError, target: Path) -> OSError:
    """``error`` as the same kind of error (``PermissionError``, ...) on ``target``."""
    if error.errno is None:
        return error
    return OSError(error.errno, error.strerror, os.fspath(target))


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_output(path) as stream:
        stream.write(data)


def fsync_directory(directory: str | os.PathLike[str]) -> None:
    """Make a rename in ``directory`` durable (a no-op where unsupported)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        # A folder one may write but not list (mode -wx): the rename is done
        # and only its durability is left to the file system; not an error.
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def link_into_place(temp: Path, target: Path) -> None:
    """Rename the finished ``temp`` to ``target``, never replacing a file that
    appeared at ``target`` meanwhile (two imports creating one case at once).

    A hard link fails if ``target`` exists; where the file system has no hard
    links, fall back to a rename after a last look.
    """
    try:
        os.link(temp, target)
    except FileExistsError:
        raise InputError(target, "already exists (it was created while this case was being written)") from None
    except OSError:
        if os.path.lexists(target):
            raise InputError(target, "already exists (it was created while this case was being written)") from None
        os.replace(temp, target)
        return
    temp.unlink()
