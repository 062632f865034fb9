"""Old case files keep loading: the golden schema-1 file, and the migration mechanism.

A future schema is staged by patching ``ecomap.casefile.schema`` (the one
place the schema constants live; every other module reads them through it
at call time, which ``test_schema_constants_are_read_through_the_schema_module``
guards).
"""

import ast
import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ecomap.casefile import CaseFile, schema
from ecomap.casefile.check import check_case_file
from ecomap.casefile.header import read_header
from ecomap.errors import InputError
from ecomap.model.case import CaseDetails
from tests.casefile.test_store import make_version, sidecars, snapshot
from tests.conftest import FIXTURES, ROOT, SAM_JSON, run_ecomap

GOLDEN = FIXTURES / "casefiles" / "schema-1.ecomap"
NOW = schema.SCHEMA_VERSION
"""The schema this Ecomap writes; staged schemas come after it."""
GOLDEN_SHA256 = "e31627096a1f5d7fb2a19152cdc8645b1758a831150b0bc383118706a665b713"
"""Written once by Ecomap 0.1.0 (``ecomap import sam.json``); never regenerate it."""

ATTACHMENTS = """CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
)"""
SIGNATURES = """CREATE TABLE signatures (
    version INTEGER NOT NULL,
    signed_by TEXT NOT NULL
)"""


# -- the golden file --------------------------------------------------------------


def normalised(version: dict[str, Any]) -> dict[str, Any]:
    """A sam.json version with every default written out, positions as floats."""
    nodes = []
    for node in version["map"]["nodes"]:
        full = {"domain": "other", "x": 0.0, "y": 0.0, "notes": "", **node}
        nodes.append(full | {"x": float(full["x"]), "y": float(full["y"])})
    ties = [{"stressful": False, "flow": "none", "notes": "", **tie} for tie in version["map"]["ties"]]
    return {
        "label": version.get("label", ""),
        "date": version["date"],
        "note": version.get("note", ""),
        "map": {"nodes": nodes, "ties": ties},
        "plan": [],
    }


@pytest.fixture
def golden(tmp_path: Path) -> Path:
    """A copy of the golden file: tests never open the original."""
    copy = tmp_path / "schema-1.ecomap"
    shutil.copyfile(GOLDEN, copy)
    return copy


def test_the_golden_file_is_the_one_written_at_schema_1() -> None:
    assert hashlib.sha256(GOLDEN.read_bytes()).hexdigest() == GOLDEN_SHA256
    header = read_header(GOLDEN)
    assert header is not None
    assert (header.application_id, header.user_version, header.wal) == (schema.APPLICATION_ID, 1, False)


def test_the_golden_file_opens_checks_ok_and_shows_what_was_imported(golden: Path) -> None:
    before = snapshot(golden)
    checked = run_ecomap("check", golden)
    assert checked.returncode == 0, checked.stderr
    assert ": ok: 2 versions;" in checked.stdout
    source = json.loads(SAM_JSON.read_text(encoding="utf-8"))
    for number, version in enumerate(source["versions"], start=1):
        result = run_ecomap("show", golden, "--version", str(number), "--json")
        assert result.returncode == 0, result.stderr
        shown = json.loads(result.stdout)
        assert shown == {
            "format": "ecomap",
            "format_version": 2,
            "case": source["case"],
            "versions": [normalised(version)],
        }
        positions = [node[axis] for node in shown["versions"][0]["map"]["nodes"] for axis in ("x", "y")]
        assert all(type(value) is float for value in positions)
    assert snapshot(golden) == before


def test_the_golden_file_takes_new_versions_and_keeps_the_old_ones(golden: Path) -> None:
    with CaseFile.open(golden) as case:
        old = [case.version_body(n) for n in (1, 2)]
    result = run_ecomap("import", SAM_JSON, "-o", golden)
    assert result.returncode == 0, result.stderr
    with CaseFile.open(golden) as case:
        assert case.version_count == 4
        assert [case.version_body(n) for n in (1, 2)] == old
    assert check_case_file(golden).ok
    header = read_header(golden)
    assert header is not None
    assert header.user_version == schema.SCHEMA_VERSION


# -- the migration mechanism ---------------------------------------------------------


def add_attachments(connection: sqlite3.Connection) -> None:
    connection.execute(ATTACHMENTS)


def add_signatures(connection: sqlite3.Connection) -> None:
    connection.execute(SIGNATURES)


def stage(monkeypatch: pytest.MonkeyPatch, *steps: tuple[str, Callable[[sqlite3.Connection], None]]) -> None:
    """Make the code believe in schemas 2, 3, ...: each step adds one table by one migration."""
    current = schema.SCHEMA_VERSION
    for table, migration in steps:
        monkeypatch.setitem(schema.SCHEMAS, current + 1, (*schema.SCHEMAS[current], table))
        monkeypatch.setitem(schema.MIGRATIONS, current, migration)
        current += 1
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current)


def raw_state(path: Path) -> dict[str, Any]:
    """What a plain SQLite connection sees in ``path``."""
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            "application_id": raw.execute("PRAGMA application_id").fetchone()[0],
            "user_version": raw.execute("PRAGMA user_version").fetchone()[0],
            "tables": sorted(row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")),
            "versions": raw.execute(
                "SELECT number, body, prev_sha256, sha256 FROM versions ORDER BY number"
            ).fetchall(),
        }
    finally:
        raw.close()


def test_the_real_migration_adds_the_autosave_table(golden: Path) -> None:
    with CaseFile.open(golden) as case:  # read-only: migrated in memory
        assert case.autosave() is None
    assert raw_state(golden)["user_version"] == 1
    with CaseFile.open(golden, writable=True) as case:
        case.write_autosave(case.version(2).map, 2)
    state = raw_state(golden)
    assert state["user_version"] == NOW
    assert "autosave" in state["tables"]
    assert check_case_file(golden).ok


def test_schema_constants_are_read_through_the_schema_module() -> None:
    # A module binding SCHEMA_VERSION (or SCHEMAS, MIGRATIONS) at import time
    # would keep the old value when the schema moves on.
    bound = []
    for path in sorted((ROOT / "ecomap").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "ecomap.casefile.schema":
                names = {alias.name for alias in node.names} & {"SCHEMA_VERSION", "SCHEMAS", "MIGRATIONS"}
                bound += [f"{path.relative_to(ROOT)}: {name}" for name in sorted(names)]
    assert bound == []


def test_a_writable_open_migrates_an_old_file(golden: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = raw_state(golden)
    assert before["user_version"] == 1
    stage(monkeypatch, (ATTACHMENTS, add_attachments))
    with CaseFile.open(golden, writable=True) as case:
        assert case.version_count == 2
        case.append_version(make_version("after the migration"))
    after = raw_state(golden)
    assert after["user_version"] == NOW + 1
    assert after["application_id"] == schema.APPLICATION_ID
    assert after["tables"] == sorted([*before["tables"], "autosave", "attachments"])
    assert after["versions"][:2] == before["versions"]
    assert sidecars(golden) == []
    assert check_case_file(golden).ok
    with CaseFile.open(golden) as case:
        assert [s.label for s in case.summaries()] == ["Referral", "Review", "after the migration"]


def test_a_read_only_open_migrates_in_memory_only(golden: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(golden)
    stage(monkeypatch, (ATTACHMENTS, add_attachments))
    with CaseFile.open(golden) as case:
        assert case.version(2).label == "Review"
        memory = case._connection  # the migrated schema is only visible from inside
        assert memory.execute("PRAGMA user_version").fetchone()[0] == NOW + 1
        assert memory.execute("SELECT COUNT(*) FROM attachments").fetchone()[0] == 0
    assert snapshot(golden) == before
    assert sidecars(golden) == []
    assert check_case_file(golden).ok  # an old file is a good file


def test_several_steps_run_in_one_transaction(golden: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stage(monkeypatch, (ATTACHMENTS, add_attachments), (SIGNATURES, add_signatures))
    with CaseFile.open(golden, writable=True):
        pass
    state = raw_state(golden)
    assert state["user_version"] == NOW + 2
    assert {"attachments", "signatures"} <= set(state["tables"])


def fail_after_work(connection: sqlite3.Connection) -> None:
    connection.execute(SIGNATURES)  # some of the work is done ...
    connection.execute("INSERT INTO signatures VALUES (1, 'someone')")
    raise RuntimeError("migration bug")  # ... then it fails


def test_a_migration_that_raises_leaves_the_file_as_it_was(golden: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(golden)
    # The first step succeeds, the second fails: nothing of either may remain.
    stage(monkeypatch, (ATTACHMENTS, add_attachments), (SIGNATURES, fail_after_work))
    with pytest.raises(RuntimeError, match="migration bug"):
        CaseFile.open(golden, writable=True)
    assert snapshot(golden)[0] == before[0]
    assert raw_state(golden)["user_version"] == 1
    assert sidecars(golden) == []
    # The failed open released its lock; a working migration now succeeds.
    monkeypatch.setitem(schema.MIGRATIONS, NOW + 1, add_signatures)
    with CaseFile.open(golden, writable=True) as case:
        assert case.version_count == 2
    assert raw_state(golden)["user_version"] == NOW + 2


def test_a_migration_that_sqlite_refuses_is_a_clear_error(golden: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(golden)

    def bad_sql(connection: sqlite3.Connection) -> None:
        connection.execute("ALTER TABLE no_such_table ADD COLUMN x TEXT")

    stage(monkeypatch, (ATTACHMENTS, bad_sql))
    for writable in (True, False):
        with pytest.raises(InputError, match=rf"could not be updated from case file format 1 to {NOW + 1} \(no such"):
            CaseFile.open(golden, writable=writable)
    assert snapshot(golden)[0] == before[0]


def test_a_migration_that_leaves_the_wrong_schema_is_not_committed(
    golden: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(golden)

    def wrong_table(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE attachments (id INTEGER PRIMARY KEY)")

    stage(monkeypatch, (ATTACHMENTS, wrong_table))
    with pytest.raises(InputError, match="'attachments' is not defined as Ecomap defines it"):
        CaseFile.open(golden, writable=True)
    assert snapshot(golden)[0] == before[0]
    assert raw_state(golden)["user_version"] == 1


def test_a_file_from_a_newer_ecomap_is_refused_and_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "future.ecomap"
    stage(monkeypatch, (ATTACHMENTS, add_attachments))
    CaseFile.create(path, CaseDetails(client="Ana"), [make_version("one")]).close()
    assert raw_state(path)["user_version"] == NOW + 1
    monkeypatch.undo()  # back to this Ecomap, which knows up to schema NOW
    before = snapshot(path)
    for writable in (False, True):
        with pytest.raises(InputError, match="was written by a newer Ecomap"):
            CaseFile.open(path, writable=writable)
    with pytest.raises(InputError, match="was written by a newer Ecomap"):
        check_case_file(path)
    assert snapshot(path) == before
