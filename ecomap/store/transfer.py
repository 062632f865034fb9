"""Moving a case between a file and the team store: ``push`` and ``pull``, bytes and hashes kept."""

from dataclasses import replace
from pathlib import Path

from ecomap.casefile import CaseFile
from ecomap.casefile.creating import build_case_file
from ecomap.casefile.engine import Connection
from ecomap.casefile.schema import GENESIS_SHA256
from ecomap.casefile.versions_table import VersionRow, insert_rows, row_from_body
from ecomap.casefile.working_map import Draft, put_working_map
from ecomap.errors import InputError
from ecomap.model.case import CaseDetails
from ecomap.store.connecting import STORE_PREFIX, connect, told_as_store_failure
from ecomap.store.team_case import StoreCase, check_schema


def file_rows(case_file: CaseFile) -> list[VersionRow]:
    """Every version of ``case_file`` as stored, each checked against the hash chain."""
    rows, prev = [], GENESIS_SHA256
    for number in range(1, case_file.version_count + 1):
        row = row_from_body(number, prev, case_file.version_body(number))
        rows.append(row)
        prev = row.sha256
    return rows


def push(path: Path, url: str, *, as_ref: str | None = None, passphrase: str | None = None) -> str:
    """Upload the case file at ``path`` to the store, or append the versions the store lacks; one sentence."""
    with CaseFile.open(path, passphrase=passphrase) as case_file:
        details = case_file.details
        rows = file_rows(case_file)
        draft = case_file.draft()
    ref = as_ref if as_ref is not None else details.reference
    if not ref.strip():
        raise InputError(path, "has no case reference: give the store's name for it with --as REF")
    details = replace(details, reference=ref)
    created = _create_with(url, details, rows, draft, detail=path.name)
    if not created:
        with StoreCase.open(url, ref, writable=True, action="push", detail=path.name) as case:
            if not case.writable:
                raise InputError(case.path, "is not assigned to you, so you cannot push to it; nothing was changed")
            added = case.extend_with(rows)
    total = len(rows)
    if created:
        return f"Pushed {path.name} to {STORE_PREFIX}{ref}: {total} version{'s' * (total != 1)}."
    if added == 0:
        return f"{STORE_PREFIX}{ref} already has every version of {path.name}; nothing to push."
    return f"Pushed {added} new version{'s' * (added != 1)} of {path.name} to {STORE_PREFIX}{ref}."


def _create_with(url: str, details: CaseDetails, rows: list[VersionRow], draft: Draft | None, *, detail: str) -> bool:
    """Create ``store:REF`` holding ``rows`` and ``draft``, all in one transaction (a push that fails leaves
    no case behind), assigned to this login if it is a worker; False, with nothing done, if the store has
    a case by that reference already."""
    name = STORE_PREFIX + details.reference
    with connect(url) as connection, told_as_store_failure(name):
        check_schema(connection, name)
        with connection.transaction():
            made = connection.execute(
                "SELECT ecomap.create_case(%s, %s, %s, %s)",
                (details.reference, details.client, details.worker, details.notes),
            ).fetchone()
            if made is None or made[0] is None:
                return False
            connection.execute("SELECT ecomap.consult(%s, 'push', %s, true)", (details.reference, detail))
            case = StoreCase(url, connection, int(made[0]), details.reference, writable=True)
            case.extend_with(rows)
            if draft is not None:
                case.write_draft(draft.map, draft.based_on)
    return True


def pull(ref: str, target: Path, url: str, *, passphrase: str | None = None) -> str:
    """Write ``store:REF`` to a new case file at ``target`` (protected by ``passphrase`` if given), with its
    versions' bytes and hashes as the store holds them and the shared draft; one sentence."""
    with StoreCase.open(url, ref, action="pull", detail=target.name) as case:
        details = case.details
        rows = case.rows()
        draft = case.draft()

    def fill(connection: Connection, _now: str) -> None:
        insert_rows(connection, rows)
        if draft is not None:
            put_working_map(connection, "draft", draft.map, draft.based_on, draft.saved_at)

    build_case_file(target, details, fill, passphrase)
    return f"Wrote {STORE_PREFIX}{ref} to {target}: {len(rows)} version{'s' * (len(rows) != 1)}."
