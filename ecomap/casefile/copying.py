"""A whole copy of a case under a new name: every saved version as it is, and the given working map as its draft.

The versions are copied by SQLite's backup API from a consistent snapshot of
the case file (never its bytes, which another connection may be writing), so
their saved times and hash chain stay exactly as they are. The copy is built
in a private folder beside the target: its details and draft set and its
autosave cleared through the case-file API, then checked as ``ecomap check``
checks a file, and only then linked into place, never over an existing file.
Nothing is left behind if any step fails: no half-written copy, no journal.
"""

import contextlib
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from ecomap.atomic import fsync_directory
from ecomap.casefile.check import check_case_file
from ecomap.casefile.connection import connect_read_only
from ecomap.casefile.store import CaseFile, _move_into_place
from ecomap.errors import InputError
from ecomap.model.case import CaseDetails
from ecomap.model.network import EcoMap


def copy_case_file(
    source: Path | None, target: Path, details: CaseDetails, draft: EcoMap, based_on: int | None
) -> Path:
    """Write a copy of the case at ``source`` to ``target`` with ``details`` and ``draft`` as its working map.

    ``source`` None (a case never saved) makes a new case file holding only
    the details and the draft. ``target`` must not exist. Returns ``target``.
    """
    if os.path.lexists(target):
        raise InputError(target, "already exists; Ecomap never replaces a case file: choose another name")
    if not target.parent.is_dir():
        raise InputError(target, "its folder does not exist")
    workshop = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        built = workshop / target.name
        if source is None:
            CaseFile.create(built, details).close()
        else:
            _back_up(source, built)
        with CaseFile.open(built, writable=True) as copy:
            if copy.details != details:
                copy.set_details(details)
            copy.write_draft(draft, based_on)  # clears the autosave too
        report = check_case_file(built)
        if not report.ok:
            raise InputError(target, f"the copy did not pass its check ({report.problems[0]}); nothing was written")
        _move_into_place(built, target)
        fsync_directory(target.parent)
    finally:
        shutil.rmtree(workshop, ignore_errors=True)
    return target


def _back_up(source: Path, built: Path) -> None:
    """Every page of ``source`` into the new file ``built`` (readable by its owner only)."""
    fd = os.open(built, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    with connect_read_only(source) as reading:
        writing = sqlite3.connect(built.absolute().as_uri() + "?mode=rw", uri=True, isolation_level=None)
        with contextlib.closing(writing):
            reading.backup(writing)
