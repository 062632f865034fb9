"""One case API, two backends: a CASE argument opens a case file or ``store:REF`` in the team store.

The command line, the editor and the reports call :func:`open_case` and read
what it returns through the same methods (:class:`~ecomap.casefile.case_reading.CaseReading`
and the draft and saving methods both backends have); none of them branches on
the backend. A :class:`CaseStore` lists and opens cases: the team store, or a
folder of case files.
"""

import os
from pathlib import Path
from typing import Protocol

from ecomap.casefile import CaseFile
from ecomap.casefile.check import CheckReport, check_case_file
from ecomap.store.connecting import describe, is_store_name, store_reference, store_url
from ecomap.store.team_case import StoreCase
from ecomap.store.team_store import CaseListing, TeamStore

OpenedCase = CaseFile | StoreCase


class CaseStore(Protocol):
    """Somewhere cases are kept: what a login may list, and opening one by its reference."""

    name: str

    def cases(self) -> list[CaseListing]: ...

    def open(self, ref: str, *, writable: bool = False, action: str = "open") -> OpenedCase: ...


def open_case(
    case: str | os.PathLike[str],
    *,
    writable: bool = False,
    passphrase: str | None = None,
    store: str | None = None,
    action: str = "open",
    detail: str = "",
) -> OpenedCase:
    """Open CASE: ``store:REF`` in the team store at ``store`` (or ``ECOMAP_STORE``), recorded there as
    ``action``; anything else as a case file (``passphrase`` used if it is protected)."""
    if is_store_name(case):
        name = os.fspath(case)
        return StoreCase.open(store_url(store), store_reference(name), writable=writable, action=action, detail=detail)
    return CaseFile.open(case, writable=writable, passphrase=passphrase)


def check_case(case: str, *, passphrase: str | None = None, store: str | None = None) -> CheckReport:
    """``ecomap check``: a case file, or a case in the team store (the check is audited there)."""
    if is_store_name(case):
        from ecomap.store.checking import check_store_case

        with StoreCase.open(store_url(store), store_reference(case), action="check") as opened:
            return check_store_case(opened)
    return check_case_file(case, passphrase=passphrase)


class TeamCaseStore:
    """The team store as a :class:`CaseStore`."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.name = describe(url)

    def cases(self) -> list[CaseListing]:
        with TeamStore(self.url) as store:
            return store.cases()

    def open(self, ref: str, *, writable: bool = False, action: str = "open") -> OpenedCase:
        return StoreCase.open(self.url, ref, writable=writable, action=action)


class FolderStore:
    """A folder of case files as a :class:`CaseStore` (a case's reference is its file's name, without .ecomap)."""

    def __init__(self, folder: Path, passphrase: str | None = None) -> None:
        self.folder = folder
        self.name = str(folder)
        self._passphrase = passphrase

    def cases(self) -> list[CaseListing]:
        listed = []
        for path in sorted(self.folder.glob("*.ecomap")):
            with CaseFile.open(path, passphrase=self._passphrase) as case_file:
                details, summaries = case_file.details, case_file.summaries()
            latest = summaries[-1].date if summaries else None
            listed.append(CaseListing(path.stem, details.client, details.worker, len(summaries), latest))
        return listed

    def open(self, ref: str, *, writable: bool = False, action: str = "open") -> OpenedCase:
        return CaseFile.open(self.folder / f"{ref}.ecomap", writable=writable, passphrase=self._passphrase)
