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
import tempfile
from pathlib import Path

from ecomap.atomic import fsync_directory, link_into_place
from ecomap.casefile import engine
from ecomap.casefile.check import check_case_file
from ecomap.casefile.connection import check_encrypted, connect_read_only
from ecomap.casefile.header import read_header
from ecomap.casefile.store import CaseFile
from ecomap.casefile.write_failures import NO_COPY, told_as_write_failure
from ecomap.errors import InputError
from ecomap.model.case import CaseDetails
from ecomap.model.network import EcoMap


def copy_case_file(
    source: Path | None,
    target: Path,
    details: CaseDetails,
    draft: EcoMap,
    based_on: int | None,
    *,
    passphrase: str | None = None,
) -> Path:
    """Write a copy of the case at ``source`` to ``target`` with ``details`` and ``draft`` as its working map.

    ``source`` None (a case never saved) makes a new case file holding only
    the details and the draft. ``target`` must not exist. With ``passphrase``
    (the source's, if it is protected) the copy is protected by the same
    passphrase: a copy of a protected case is never in the clear. Returns
    ``target``.
    """
    if os.path.lexists(target):
        raise InputError(target, "already exists; Ecomap never replaces a case file: choose another name")
    if not target.parent.is_dir():
        raise InputError(target, "its folder does not exist")
    with told_as_write_failure(target, NO_COPY):
        workshop = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
        built = workshop / target.name
        try:
            _build(source, built, target, details, draft, based_on, passphrase)
        except InputError as error:
            if error.path != str(built):
                raise
            raise InputError(target, error.message) from None  # a full disk met by the case-file API, say
        finally:
            shutil.rmtree(workshop, ignore_errors=True)
    return target


def _build(
    source: Path | None,
    built: Path,
    target: Path,
    details: CaseDetails,
    draft: EcoMap,
    based_on: int | None,
    passphrase: str | None,
) -> None:
    """The copy at ``built``, in the private folder, checked, then linked into place at ``target``."""
    if source is None:
        CaseFile.create(built, details, passphrase=passphrase).close()
    else:
        _back_up(source, built, passphrase)
    with CaseFile.open(built, writable=True, passphrase=passphrase) as copy:
        if copy.details != details:
            copy.set_details(details)
        copy.write_draft(draft, based_on)  # clears the autosave too
    report = check_case_file(built, passphrase=passphrase)
    if not report.ok:
        raise InputError(target, f"the copy did not pass its check ({report.problems[0]}); nothing was written")
    link_into_place(built, target)
    fsync_directory(target.parent)


def _back_up(source: Path, built: Path, passphrase: str | None) -> None:
    """Every page of ``source`` into the new file ``built`` (readable by its owner only).

    SQLite's backup API copies between two databases keyed alike; a protected
    copy is keyed with the source's passphrase (and gets a salt of its own).
    """
    protected = read_header(source) is None
    fd = os.open(built, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    with connect_read_only(source, passphrase=passphrase) as reading:
        writing = engine.connect(built.absolute().as_uri() + "?mode=rw", uri=True)
        with contextlib.closing(writing):
            if protected:
                engine.apply_key(writing, passphrase or "")  # connect_read_only refused it without one
            reading.backup(writing)
    if protected:
        check_encrypted(built)
