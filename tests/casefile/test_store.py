"""The case file API and the file format facts of design §4, on real SQLite files.

The helpers here (``make_map``, ``make_version``, ``sam``, ``schema_sql``,
``snapshot``) are shared by the other case-file test modules.
"""

import hashlib
import os
import re
import sqlite3
import stat
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecomap.casefile import CaseFile, case_reading, connection, creating, engine
from ecomap.casefile.check import check_case_file
from ecomap.casefile.schema import APPLICATION_ID, SCHEMA_VERSION, SCHEMAS, object_name
from ecomap.errors import InputError
from ecomap.interchange.reader import read_case
from ecomap.model.canonical import canonical_bytes, map_to_dict, version_to_dict
from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.errors import ModelError
from ecomap.model.metrics import count
from ecomap.model.network import EcoMap
from tests.conftest import SAM_JSON, run_ecomap
from tests.strategies import versions

ISO_SECOND = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


# -- shared helpers ------------------------------------------------------------


def make_map(people: int = 3, seed: int = 0) -> EcoMap:
    """A valid map: the client and ``people`` family members, each tied to the client."""
    nodes = [Node(id="client", label="Client", kind=Kind.CLIENT)]
    nodes += [
        Node(id=f"p{k}", label=f"Person {k}", domain=Domain.FAMILY, x=float(k * 10), y=float(seed), notes="n" * seed)
        for k in range(people)
    ]
    ties = [Tie(id=f"t{k}", source="client", target=f"p{k}", capital=Capital.BONDING) for k in range(people)]
    return EcoMap(nodes, ties)


def make_version(label: str, date: str = "2026-01-12", people: int = 3, seed: int = 0) -> Version:
    return Version(label=label, date=date, note=f"note for {label}", map=make_map(people, seed))


def sam() -> Case:
    """The contract example, read as the importer reads it."""
    case, _format = read_case(SAM_JSON)
    return case


def schema_sql(name: str, version: int = SCHEMA_VERSION) -> str:
    """The exact statement the schema defines for ``name``."""
    return next(sql for sql in SCHEMAS[version] if object_name(sql) == name)


def snapshot(path: Path) -> tuple[bytes, int]:
    """The bytes and modification time of ``path``: what 'unchanged' means."""
    return path.read_bytes(), path.stat().st_mtime_ns


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[Path]:
    return [p for p in (path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal")) if p.exists()]


# -- create, open, append, read ------------------------------------------------


def test_create_then_reopen_gives_back_the_details_and_versions(tmp_path: Path) -> None:
    source = sam()
    path = tmp_path / "sam.ecomap"
    with CaseFile.create(path, source.details, source.versions) as case:
        assert case.writable
        assert case.version_count == 2
    assert sorted(os.listdir(tmp_path)) == ["sam.ecomap"]
    with CaseFile.open(path) as case:
        assert not case.writable
        assert case.details == source.details
        stored = case.versions()
    assert [v.label for v in stored] == ["Referral", "Review"]
    assert [v.date for v in stored] == ["2026-03-02", "2026-06-01"]
    for got, want in zip(stored, source.versions, strict=True):
        assert ISO_SECOND.fullmatch(got.saved_at)
        assert got.map == want.map
        assert replace(got, saved_at="") == want


def test_versions_are_numbered_one_to_n_in_the_order_saved(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, CaseDetails(client="Ana")).close()
    with CaseFile.open(path, writable=True) as case:
        assert case.version_count == 0
        assert case.summaries() == []
        first = case.append_version(make_version("first"))
        assert ISO_SECOND.fullmatch(first.saved_at)
        case.append_versions([make_version("second"), make_version("third")])
        case.append_version(make_version("fourth"))
    with CaseFile.open(path) as case:
        summaries = case.summaries()
        assert [s.number for s in summaries] == [1, 2, 3, 4]
        assert [s.label for s in summaries] == ["first", "second", "third", "fourth"]
        assert [case.version(n).label for n in (1, 2, 3, 4)] == ["first", "second", "third", "fourth"]
        assert all(ISO_SECOND.fullmatch(s.saved_at) for s in summaries)
        assert summaries[1].saved_at == summaries[2].saved_at  # saved together, stamped together
        assert case.resolve_number(None) == 4
        with pytest.raises(InputError, match=r"has no version 5 \(it has 4: 1 to 4\)"):
            case.version(5)
        with pytest.raises(InputError, match="has no version 0"):
            case.resolve_number(0)


def test_summaries_come_from_the_columns_and_match_the_counts_of_each_map(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = sam()
    extra = [make_version("big", people=7, seed=2), make_version("empty", people=0)]
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, source.details, [*source.versions, *extra]).close()

    def no_decoding(*_args: object) -> None:
        raise AssertionError("summaries() decoded a version")

    with CaseFile.open(path) as case:
        monkeypatch.setattr(case_reading, "version_from_dict", no_decoding)
        summaries = case.summaries()
        monkeypatch.undo()
        assert [s.counts for s in summaries] == [count(v.map) for v in [*source.versions, *extra]]
        assert [(s.counts.nodes, s.counts.ties) for s in summaries] == [(5, 6), (6, 8), (7, 7), (0, 0)]
        assert summaries[0].note == ""
        assert summaries[1].note == "Joined the boxing club."


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(versions(), min_size=1, max_size=4), st.integers(min_value=0, max_value=3))
def test_a_saved_version_reads_back_byte_identical(batch: list[Version], created_with: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.ecomap"
        # Some versions go in at creation, the rest are appended later.
        head, tail = batch[:created_with], batch[created_with:]
        with CaseFile.create(path, CaseDetails(), head) as case:
            stored = case.versions()
            stored += case.append_versions(tail)
            for number, version in enumerate(stored, start=1):
                assert case.version_body(number) == canonical_bytes(version_to_dict(version))
        with CaseFile.open(path) as case:
            for number, (version, original) in enumerate(zip(stored, batch, strict=True), start=1):
                body = case.version_body(number)
                assert body == canonical_bytes(version_to_dict(version))
                again = case.version(number)
                assert canonical_bytes(version_to_dict(again)) == body
                assert again == version
                assert map_to_dict(again.map) == map_to_dict(original.map)
        assert check_case_file(path).ok


def test_append_versions_saves_all_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, CaseDetails(client="Ana"), [make_version("one")]).close()
    before = path.read_bytes()
    batch = [make_version("two"), make_version("three"), make_version("bad", date="2026-13-01")]
    with CaseFile.open(path, writable=True) as case:
        with pytest.raises(ModelError, match="not a real date"):
            case.append_versions(batch, details=CaseDetails(client="Ana", worker="Changed"))
        assert case.version_count == 1
        assert case.details.worker == ""
        # The connection is still usable: the failed transaction was rolled back.
        case.append_version(make_version("two"))
        assert case.version_count == 2
    with CaseFile.open(path) as case:
        assert [s.label for s in case.summaries()] == ["one", "two"]
    assert path.read_bytes() != before
    assert check_case_file(path).ok
    assert sidecars(path) == []


def test_a_failed_batch_leaves_the_file_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, CaseDetails(), [make_version("one")]).close()
    before = path.read_bytes()
    big = [make_version(f"v{k}", people=40, seed=k) for k in range(5)]  # several pages
    with CaseFile.open(path, writable=True) as case, pytest.raises(ModelError):
        case.append_versions([*big, make_version("bad", date="12 Jan 2026")])
    assert path.read_bytes() == before
    assert sidecars(path) == []


def test_the_draft_is_written_read_cleared_and_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, CaseDetails(), [make_version("one")]).close()
    working = make_map(people=5, seed=3)
    with CaseFile.open(path, writable=True) as case:
        assert case.draft() is None
        saved_at = case.write_draft(make_map(people=1), based_on=None)
        assert ISO_SECOND.fullmatch(saved_at)
        case.write_draft(working, based_on=1)  # replaces the first
        draft = case.draft()
        assert draft is not None
        assert draft.map == working
        assert draft.based_on == 1
    with CaseFile.open(path) as case:
        draft = case.draft()
        assert draft is not None
        assert map_to_dict(draft.map) == map_to_dict(working)
        assert draft.based_on == 1
        assert case.version_count == 1  # a draft is not a version
    report = check_case_file(path)
    assert report.ok
    assert report.has_draft
    with CaseFile.open(path, writable=True) as case:
        case.clear_draft()
        assert case.draft() is None
    with CaseFile.open(path) as case:
        assert case.draft() is None
        assert case.version(1).label == "one"


def test_a_version_and_its_draft_are_saved_in_one_transaction(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, CaseDetails(), [make_version("one")]).close()
    working = make_map(people=4, seed=2)
    with CaseFile.open(path, writable=True) as case:
        case.write_autosave(make_map(people=5), based_on=1)
        stored = case.append_version(Version(label="two", date="2026-02-01", note="", map=working), draft=working)
        draft = case.draft()
        assert draft is not None
        assert (draft.map, draft.based_on, draft.saved_at) == (working, 2, stored.saved_at)
        assert case.autosave() is None  # saved, so nothing is unsaved any more
        # A draft that cannot be written takes its version with it (fault injected by
        # another connection, as another program would).
        raw = engine.connect(str(path))  # the case file's own library: never two on one open file
        raw.execute("CREATE TRIGGER no_draft BEFORE INSERT ON draft BEGIN SELECT RAISE(ABORT, 'no draft today'); END")
        raw.commit()
        case.write_autosave(make_map(people=6), based_on=2)
        with pytest.raises(engine.IntegrityError, match="no draft today"):
            case.append_version(make_version("three"), draft=make_map(people=7))
        assert case.version_count == 2
        assert case.autosave() is not None
        draft = case.draft()
        assert draft is not None
        assert draft.based_on == 2
        case.append_version(make_version("three"))  # without a draft the trigger is not reached
        assert case.version_count == 3
        raw.execute("DROP TRIGGER no_draft")
        raw.commit()
        raw.close()
    assert check_case_file(path).ok


def test_details_are_updated_alone_or_with_new_versions(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, CaseDetails(reference="R1", client="Ana")).close()
    with CaseFile.open(path, writable=True) as case:
        case.set_details(CaseDetails(reference="R1", client="Ana", worker="Jo", notes="two\nlines"))
    with CaseFile.open(path) as case:
        assert case.details == CaseDetails(reference="R1", client="Ana", worker="Jo", notes="two\nlines")
    with CaseFile.open(path, writable=True) as case:
        case.append_versions([make_version("one")], details=CaseDetails(reference="R2", client="Ana"))
        with pytest.raises(ModelError):
            case.set_details(CaseDetails(client="bad\x00name"))
    with CaseFile.open(path) as case:
        assert case.details == CaseDetails(reference="R2", client="Ana")
        assert case.version_count == 1


def test_a_read_only_case_refuses_every_write_and_stays_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, CaseDetails(), [make_version("one")]).close()
    before = snapshot(path)
    with CaseFile.open(path) as case:
        for write in (
            lambda: case.append_version(make_version("two")),
            lambda: case.append_versions([]),
            lambda: case.write_draft(make_map(), None),
            lambda: case.clear_draft(),
            lambda: case.set_details(CaseDetails(client="X")),
        ):
            with pytest.raises(InputError, match="is open read-only"):
                write()
    assert snapshot(path) == before


def test_create_refuses_a_file_that_exists(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    path.write_bytes(b"precious")
    with pytest.raises(InputError, match="already exists"):
        CaseFile.create(path, CaseDetails(), [make_version("one")])
    assert path.read_bytes() == b"precious"
    assert sorted(os.listdir(tmp_path)) == ["case.ecomap"]


def test_create_never_replaces_a_file_that_appears_while_it_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two imports creating the same case at once: the second must not
    # silently replace the first one's file.
    path = tmp_path / "case.ecomap"
    real = connection.create_database

    def racing(temp: Path, passphrase: str | None = None) -> engine.Connection:
        path.write_bytes(b"the other import's case")
        return real(temp, passphrase)

    monkeypatch.setattr(creating, "create_database", racing)
    with pytest.raises(InputError, match="already exists"):
        CaseFile.create(path, CaseDetails(), [make_version("one")])
    assert path.read_bytes() == b"the other import's case"
    assert sorted(os.listdir(tmp_path)) == ["case.ecomap"]


def test_a_failed_create_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    with pytest.raises(ModelError):
        CaseFile.create(path, CaseDetails(), [make_version("one"), make_version("bad", date="2026-02-30")])
    assert os.listdir(tmp_path) == []


# -- the file format, checked on the file itself --------------------------------


def test_identifiers_are_in_the_file_after_close(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, CaseDetails(), [make_version("one")]).close()
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        raw.close()
    header = path.read_bytes()[:100]
    assert header[68:72] == b"ECMP"
    assert header[18:20] == b"\x01\x01"  # rollback journal, never WAL


def test_a_writable_case_runs_with_delete_journal_and_full_sync(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    with CaseFile.create(path, CaseDetails()) as case:
        connection = case._connection  # the pragmas are per connection
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_a_closed_case_is_one_file_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    with CaseFile.create(path, CaseDetails(), [make_version("one")]) as case:
        case.append_version(make_version("two"))
        case.write_draft(make_map(), 2)
    assert sorted(os.listdir(tmp_path)) == ["case.ecomap"]
    imported = tmp_path / "imported.ecomap"
    assert run_ecomap("import", SAM_JSON, "-o", imported).returncode == 0
    assert run_ecomap("import", SAM_JSON, "-o", imported).returncode == 0
    assert sorted(os.listdir(tmp_path)) == ["case.ecomap", "imported.ecomap"]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(imported.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("UPDATE versions SET label = 'changed' WHERE number = 1", "versions are append-only"),
        ("UPDATE versions SET body = X'00'", "versions are append-only"),
        ("DELETE FROM versions WHERE number = 2", "versions are append-only"),
        ("DELETE FROM versions", "versions are append-only"),
        (
            "INSERT INTO versions SELECT 4, label, date, note, saved_at, nodes, ties, bonding, bridging, linking, "
            "strong, moderate, tenuous, stressful, domains, body, prev_sha256, sha256 FROM versions WHERE number = 1",
            "versions are numbered 1, 2, 3 in the order saved",
        ),
    ],
)
def test_triggers_keep_versions_append_only(tmp_path: Path, statement: str, message: str) -> None:
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, CaseDetails(), [make_version("one"), make_version("two")]).close()
    before = path.read_bytes()
    raw = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match=re.escape(message)):
            raw.execute(statement)
        raw.rollback()
    finally:
        raw.close()
    assert path.read_bytes() == before
    assert check_case_file(path).ok


def test_the_triggers_let_the_next_version_in_order_through(tmp_path: Path) -> None:
    # The counterpart of the refusals above: only out-of-order numbers are refused.
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, CaseDetails(), [make_version("one")]).close()
    columns = (
        "label, date, note, saved_at, nodes, ties, bonding, bridging, linking, "
        "strong, moderate, tenuous, stressful, domains, body, prev_sha256, sha256"
    )
    raw = sqlite3.connect(path)
    try:
        raw.execute(f"INSERT INTO versions SELECT 2, {columns} FROM versions WHERE number = 1")
        assert raw.execute("SELECT COUNT(*) FROM versions").fetchone()[0] == 2
        raw.rollback()
    finally:
        raw.close()


def test_the_summary_columns_cover_every_capital_and_strength() -> None:
    # A new capital or strength needs a schema change (and a migration).
    assert {c.value for c in Capital} == {"bonding", "bridging", "linking"}
    assert {s.value for s in Strength} == {"strong", "moderate", "tenuous"}
    columns = schema_sql("versions")
    assert all(f"{name} INTEGER NOT NULL" in columns for name in ("bonding", "bridging", "linking", "strong"))
