"""``ecomap check``: prove a case file is whole and unaltered, without changing it."""

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ecomap.casefile import engine
from ecomap.casefile.connection import connect_read_only, integrity_lines, journal_path, schema_problem
from ecomap.casefile.engine import Connection, DatabaseError
from ecomap.casefile.header import read_header
from ecomap.casefile.schema import GENESIS_SHA256
from ecomap.casefile.versions_table import chain_hash
from ecomap.model.canonical import (
    action_from_dict,
    canonical_bytes,
    map_from_dict,
    version_from_dict,
    version_to_dict,
)
from ecomap.model.errors import ModelError
from ecomap.model.metrics import count
from ecomap.model.plan import Status, field_names

_COUNT_COLUMNS = "nodes, ties, bonding, bridging, linking, strong, moderate, tenuous, stressful, domains"


@dataclass
class CheckReport:
    """What :func:`check_case_file` found: problems (empty when all is well) and facts."""

    versions: int = 0
    head_sha256: str = GENESIS_SHA256
    has_draft: bool = False
    protection: str = ""
    """How the file is protected ('' for plain SQLite), e.g. 'SQLCipher 4.19.0, PBKDF2-HMAC-SHA512 256000'."""
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_case_file(path: str | Path, *, passphrase: str | None = None) -> CheckReport:
    """Check everything: SQLite integrity (and every page's HMAC, if the case is
    protected), schema, every version against the hash chain and the model
    rules, the summary columns and the draft.

    Raises :class:`~ecomap.errors.InputError` for a file that is not a case
    (or is too damaged to open at all); returns a report otherwise.
    """
    case_path = Path(path)
    report = CheckReport()
    for suffix in ("-journal", "-wal"):
        if journal_path(case_path, suffix).exists():
            report.notes.append(
                f"a {suffix} file lies beside it: a write was interrupted or is in progress; "
                "the check reads the case as it will be once that write is rolled back"
            )
    with connect_read_only(case_path, verified=False, passphrase=passphrase) as connection:
        try:
            if read_header(case_path) is None:
                _check_cipher(connection, report)
            _check_integrity(connection, report)
            _check_details(connection, report)
            _check_versions(connection, report)
            _check_draft(connection, report)
        except DatabaseError as error:
            report.problems.append(f"SQLite cannot read the file: {error}")
    header = read_header(case_path)
    if header is not None and header.wal:
        report.problems.append("the file is in write-ahead-log mode; case files use journal_mode DELETE")
    return report


def _check_cipher(connection: Connection, report: CheckReport) -> None:
    """A protected file: SQLCipher in force at its version 4 settings, and every page's HMAC intact."""
    version = engine.cipher_version(connection)
    iterations = connection.execute("PRAGMA kdf_iter").fetchone()[0]
    report.protection = f"SQLCipher {version.split()[0]}, PBKDF2-HMAC-SHA512 {iterations} iterations, HMAC-SHA512"
    report.problems.extend(f"encryption: {problem}" for problem in engine.settings_problems(connection))
    failures = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
    report.problems.extend(f"encryption: {line} (the page was changed outside SQLCipher)" for line in failures[:20])


def _check_integrity(connection: Connection, report: CheckReport) -> None:
    rows = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
    if rows != ["ok"]:
        report.problems.extend(f"SQLite integrity check: {line}" for line in integrity_lines(rows))
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    problem = schema_problem(connection, version)
    if problem:
        report.problems.append(f"schema: {problem}")


def _check_details(connection: Connection, report: CheckReport) -> None:
    rows = connection.execute("SELECT COUNT(*) FROM case_details").fetchone()[0]
    if rows != 1:
        report.problems.append(f"case details: expected one row, found {rows}")


CHECKED_COLUMNS = f"number, label, date, note, saved_at, {_COUNT_COLUMNS}, body, prev_sha256, sha256"
"""The columns :func:`check_version_rows` reads, in order (the team store's versions have them too)."""


def _check_versions(connection: Connection, report: CheckReport) -> None:
    check_version_rows(connection.execute(f"SELECT {CHECKED_COLUMNS} FROM versions ORDER BY number"), report)


def check_version_rows(rows: Iterable[Sequence[Any]], report: CheckReport) -> None:
    """Check every version (rows of :data:`CHECKED_COLUMNS`, in order): numbering, hash chain, canonical
    content, the model's rules and the summary columns."""
    expected_number = 1
    prev_sha256 = GENESIS_SHA256
    for row in rows:
        number, label, date, note, saved_at = row[:5]
        columns = tuple(row[5:15])
        body, stored_prev, sha256 = row[15], row[16], row[17]
        body = bytes(body) if isinstance(body, memoryview) else body
        where = f"version {number}"
        report.versions += 1
        if number != expected_number:
            report.problems.append(f"{where}: expected version {expected_number} here; versions are missing")
        expected_number = number + 1
        if not isinstance(body, bytes):
            report.problems.append(f"{where}: its content is not stored as bytes")
            prev_sha256 = sha256
            continue
        if not (isinstance(stored_prev, str) and isinstance(sha256, str)):
            report.problems.append(f"{where}: its hashes are not stored as text (hash chain broken)")
            prev_sha256 = str(sha256)
            continue
        if stored_prev != prev_sha256:
            report.problems.append(f"{where}: does not follow on from the version before (hash chain broken)")
        if chain_hash(stored_prev, body) != sha256:
            report.problems.append(f"{where}: content does not match its hash; it was altered after saving")
        prev_sha256 = sha256
        try:
            data = json.loads(body)
            problem = plan_problem(data.get("map") if isinstance(data, dict) else None)
            if problem:
                report.problems.append(f"{where}: its plan cannot be read ({problem})")
                continue
            version = version_from_dict(data)
            version.check(where)
        except (ValueError, KeyError, TypeError, ModelError) as error:
            report.problems.append(f"{where}: content cannot be read ({error})")
            continue
        if canonical_bytes(version_to_dict(version)) != body:
            report.problems.append(f"{where}: content is not in canonical form")
        if (label, date, note, saved_at) != (version.label, version.date, version.note, version.saved_at):
            report.problems.append(f"{where}: label, date, note or time saved differ from its content")
        counts = count(version.map)
        recounted = (
            counts.nodes,
            counts.ties,
            *counts.by_capital.values(),
            *counts.by_strength.values(),
            counts.stressful,
            counts.domains,
        )
        if columns != recounted:
            report.problems.append(f"{where}: its listed counts differ from its map")
    report.head_sha256 = prev_sha256


def _check_draft(connection: Connection, report: CheckReport) -> None:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in ("draft", "autosave"):
        if table not in tables:
            continue  # autosave arrived with schema 2
        row = connection.execute(f"SELECT based_on, body FROM {table} WHERE id = 1").fetchone()
        if row is None:
            continue
        report.has_draft = report.has_draft or table == "draft"
        based_on, body = row
        if based_on is not None and (not isinstance(based_on, int) or not 1 <= based_on <= report.versions):
            report.problems.append(f"{table}: based on version {based_on}, which does not exist")
        try:
            data = json.loads(body)
            problem = plan_problem(data)
            if problem:
                report.problems.append(f"{table}: its plan cannot be read ({problem})")
                continue
            map_from_dict(data)
        except (ValueError, KeyError, TypeError, ModelError) as error:
            report.problems.append(f"{table}: cannot be read ({error})")


def plan_problem(map_data: object) -> str | None:
    """What is wrong with the form of the plan in a stored map, naming the action; ``None`` if nothing is.

    The rules an action must keep on its map (its node there, its id used
    once) are the model's, checked when the map is read.
    """
    if not isinstance(map_data, dict) or "plan" not in map_data:
        return None
    plan = map_data["plan"]
    if not isinstance(plan, list):
        return "plan: not a list of actions"
    statuses = [status.value for status in Status]
    for number, item in enumerate(plan):
        where = f"plan[{number}]"
        if not isinstance(item, dict) or set(item) != set(field_names()):
            return f"{where}: not an action as Ecomap stores it (with {', '.join(field_names())})"
        if item["status"] not in statuses:
            return f"{where}.status: {item['status']!r} is not one of {', '.join(statuses)}"
        try:
            action_from_dict(item)
        except (ValueError, TypeError) as error:
            return f"{where}.about: {error}"
    return None
