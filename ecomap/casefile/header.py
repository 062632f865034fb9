"""Read the 100-byte SQLite header, so a file is judged before SQLite opens it."""

import os
import struct
from dataclasses import dataclass

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True, slots=True)
class SQLiteHeader:
    """The facts in a database header that matter for opening a case file."""

    application_id: int
    user_version: int
    wal: bool


def read_header(path: str | os.PathLike[str]) -> SQLiteHeader | None:
    """The header of ``path``, or ``None`` if it is not an SQLite database.

    Raises ``OSError`` if the file cannot be read.
    """
    with open(path, "rb") as stream:
        data = stream.read(HEADER_SIZE)
    if len(data) < HEADER_SIZE or not data.startswith(SQLITE_MAGIC):
        return None
    write_version, read_version = data[18], data[19]
    (user_version,) = struct.unpack(">i", data[60:64])
    (application_id,) = struct.unpack(">I", data[68:72])
    return SQLiteHeader(
        application_id=application_id,
        user_version=user_version,
        wal=write_version == 2 or read_version == 2,
    )
