"""Building a new case file: under a temporary name, filled in one transaction, renamed into place whole."""

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ecomap.atomic import fsync_directory, link_into_place
from ecomap.casefile.connection import create_database
from ecomap.casefile.engine import Connection
from ecomap.casefile.write_failures import NOT_CREATED, told_as_write_failure
from ecomap.errors import InputError
from ecomap.model.case import CaseDetails, utc_now


def build_case_file(
    target: Path,
    details: CaseDetails,
    fill: Callable[[Connection, str], object],
    passphrase: str | None,
) -> None:
    """Create the case file ``target`` holding ``details`` and whatever ``fill(connection, now)`` writes.

    ``target`` either appears complete or not at all; with ``passphrase`` it
    is protected (SQLCipher 4) from its first byte.
    """
    if os.path.lexists(target):
        raise InputError(target, "already exists")
    details.check()
    # mkstemp makes an empty file readable by the owner only; SQLite takes
    # an empty file as an empty database and keeps its permissions.
    with told_as_write_failure(target, NOT_CREATED):
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        temp = Path(temp_name)
        try:
            connection = create_database(temp, passphrase)
            try:
                now = utc_now()
                connection.execute("BEGIN IMMEDIATE")
                connection.execute(
                    "INSERT INTO case_details (id, reference, client, worker, notes, created_at) "
                    "VALUES (1, ?, ?, ?, ?, ?)",
                    (details.reference, details.client, details.worker, details.notes, now),
                )
                fill(connection, now)
                connection.execute("COMMIT")
            finally:
                connection.close()
            link_into_place(temp, target)
            fsync_directory(target.parent)
        except BaseException:
            for leftover in (temp, temp.with_name(temp.name + "-journal")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            raise
