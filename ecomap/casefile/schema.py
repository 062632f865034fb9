"""The case file's schema: its SQL, its identifiers and the migrations between versions.

``SCHEMA_VERSION`` is stored in ``PRAGMA user_version``; every older value
has an entry in ``MIGRATIONS`` that lifts a file one step, and a file with
a newer value is refused.
"""

import re
from collections.abc import Callable

from ecomap.casefile.engine import Connection

APPLICATION_ID = 0x45434D50
"""``PRAGMA application_id`` of every case file: the bytes "ECMP"."""

SCHEMA_VERSION = 3
"""The schema this code writes; ``PRAGMA user_version`` of a current file."""

GENESIS_SHA256 = "0" * 64
"""The ``prev_sha256`` of version 1: there is no version before it."""

_SCHEMA_1 = (
    """CREATE TABLE case_details (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    reference TEXT NOT NULL,
    client TEXT NOT NULL,
    worker TEXT NOT NULL,
    notes TEXT NOT NULL,
    created_at TEXT NOT NULL
)""",
    """CREATE TABLE versions (
    number INTEGER PRIMARY KEY CHECK (number >= 1),
    label TEXT NOT NULL,
    date TEXT NOT NULL,
    note TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    nodes INTEGER NOT NULL,
    ties INTEGER NOT NULL,
    bonding INTEGER NOT NULL,
    bridging INTEGER NOT NULL,
    linking INTEGER NOT NULL,
    strong INTEGER NOT NULL,
    moderate INTEGER NOT NULL,
    tenuous INTEGER NOT NULL,
    stressful INTEGER NOT NULL,
    domains INTEGER NOT NULL,
    body BLOB NOT NULL,
    prev_sha256 TEXT NOT NULL,
    sha256 TEXT NOT NULL
)""",
    """CREATE TRIGGER versions_no_update BEFORE UPDATE ON versions
BEGIN SELECT RAISE(ABORT, 'versions are append-only'); END""",
    """CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions
BEGIN SELECT RAISE(ABORT, 'versions are append-only'); END""",
    """CREATE TRIGGER versions_in_order BEFORE INSERT ON versions
WHEN NEW.number != (SELECT COALESCE(MAX(number), 0) + 1 FROM versions)
BEGIN SELECT RAISE(ABORT, 'versions are numbered 1, 2, 3 in the order saved'); END""",
    """CREATE TABLE draft (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    based_on INTEGER,
    saved_at TEXT NOT NULL,
    body BLOB NOT NULL
)""",
)

_AUTOSAVE = """CREATE TABLE autosave (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    based_on INTEGER,
    saved_at TEXT NOT NULL,
    body BLOB NOT NULL
)"""
"""Schema 2: the editor's autosave of unsaved changes, apart from the saved draft,
so that a crash can be recovered from without the recovery counting as saved."""

SCHEMAS: dict[int, tuple[str, ...]] = {1: _SCHEMA_1, 2: (*_SCHEMA_1, _AUTOSAVE), 3: (*_SCHEMA_1, _AUTOSAVE)}
"""The complete SQL of every schema version this code can read.

Schema 3 has the tables of schema 2: what it adds is inside the version
bodies, the draft and the autosave, whose maps may now carry a plan (design
§14). Its number tells an Ecomap that knows nothing of plans to refuse the
file rather than read it and, on saving, drop the plan from the draft.
"""


def _add_autosave(connection: Connection) -> None:
    connection.execute(_AUTOSAVE)


def _allow_plans(connection: Connection) -> None:
    """Schema 2 -> 3: nothing to change. A saved version has an empty plan, which its body leaves out,
    so every body, and so every hash in the chain, stays as it was."""


MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _add_autosave, 2: _allow_plans}
"""``MIGRATIONS[n]`` lifts a schema-``n`` file to ``n + 1`` inside a transaction."""

ALLOWED_EXTRA = frozenset({"sqlite_stat1", "sqlite_stat4"})
"""Objects SQLite itself may add (``ANALYZE``); harmless, so tolerated."""


def normalise_sql(sql: str) -> str:
    """SQL with runs of whitespace collapsed, for comparing stored schema text."""
    return re.sub(r"\s+", " ", sql).strip()


def object_name(sql: str) -> str:
    """The name a ``CREATE TABLE/TRIGGER/INDEX`` statement defines."""
    match = re.match(r"CREATE \w+ (\w+)", normalise_sql(sql))
    assert match, sql
    return match.group(1)


def expected_objects(version: int) -> dict[str, str]:
    """Name -> normalised SQL of every object a schema-``version`` file holds."""
    return {object_name(sql): normalise_sql(sql) for sql in SCHEMAS[version]}
