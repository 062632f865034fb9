"""``ecomap check``: it proves a good case whole and names every kind of tampering.

Tampering is done as an attacker would: with a raw SQLite connection, the
append-only trigger dropped for the edit and then recreated exactly as the
schema defines it, so the schema itself still looks right.
"""

import json
import os
import sqlite3
from pathlib import Path

import pytest

from ecomap.casefile import CaseFile
from ecomap.casefile.check import check_case_file
from ecomap.casefile.schema import GENESIS_SHA256
from ecomap.casefile.versions_table import chain_hash
from ecomap.errors import InputError
from ecomap.model.case import CaseDetails, Version
from tests.casefile.test_safety import build_corrupt_pages
from tests.casefile.test_store import make_map, schema_sql, snapshot
from tests.conftest import SAM_JSON, assert_one_line_error, run_ecomap

Edit = str | tuple[str, tuple[object, ...]]


def tamper(path: Path, *edits: Edit) -> None:
    """Run ``edits`` (SQL, or SQL with parameters) on the versions table behind the triggers' back."""
    raw = sqlite3.connect(path)
    try:
        raw.execute("DROP TRIGGER versions_no_update")
        raw.execute("DROP TRIGGER versions_no_delete")
        for edit in edits:
            statement, parameters = (edit, ()) if isinstance(edit, str) else edit
            raw.execute(statement, parameters)
        raw.execute(schema_sql("versions_no_update"))
        raw.execute(schema_sql("versions_no_delete"))
        raw.commit()
    finally:
        raw.close()


def raw_execute(path: Path, statement: str, parameters: tuple[object, ...] = ()) -> None:
    raw = sqlite3.connect(path)
    try:
        raw.execute(statement, parameters)
        raw.commit()
    finally:
        raw.close()


def check_problems(path: Path) -> list[str]:
    """Run ``ecomap check`` expecting problems; return them, checking the file was not changed."""
    before = snapshot(path)
    result = run_ecomap("check", path)
    assert snapshot(path) == before
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == f"{path}: {len(lines) - 1} problem(s) found"
    assert all(line.startswith(f"{path}: ") for line in lines)
    return [line.removeprefix(f"{path}: ") for line in lines[:-1]]


@pytest.fixture
def four_versions(tmp_path: Path) -> Path:
    """sam.json imported twice: versions 1 to 4."""
    case = tmp_path / "case.ecomap"
    for _ in range(2):
        assert run_ecomap("import", SAM_JSON, "-o", case).returncode == 0
    return case


def test_a_good_case_checks_ok(sam_case: Path) -> None:
    before = snapshot(sam_case)
    result = run_ecomap("check", sam_case)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"{sam_case}: ok: 2 versions; hash chain intact (latest ")
    assert snapshot(sam_case) == before
    report = check_case_file(sam_case)
    assert report.ok
    assert report.versions == 2
    assert not report.has_draft
    assert line.endswith(f"(latest {report.head_sha256[:16]})")


def test_an_empty_case_and_a_case_with_a_draft_check_ok(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, CaseDetails()).close()
    result = run_ecomap("check", path)
    assert result.returncode == 0
    assert ": ok: 0 versions;" in result.stdout
    with CaseFile.open(path, writable=True) as case:
        case.write_draft(make_map(), None)
    result = run_ecomap("check", path)
    assert result.returncode == 0
    assert ": ok: 0 versions, an unsaved draft;" in result.stdout


def test_an_altered_version_body_is_a_hash_mismatch(sam_case: Path) -> None:
    # Change one character of the stored JSON: "Dad" becomes "Dan".
    tamper(sam_case, "UPDATE versions SET body = CAST(replace(CAST(body AS TEXT), '\"Dad\"', '\"Dan\"') AS BLOB)")
    problems = check_problems(sam_case)
    assert "version 1: content does not match its hash; it was altered after saving" in problems
    assert "version 2: content does not match its hash; it was altered after saving" in problems
    assert not any(p.startswith("schema") for p in problems)
    # Reading the altered version is refused; the untouched listing still works.
    assert_one_line_error(run_ecomap("show", sam_case, "--version", "1"), "version 1 does not match its recorded hash")
    assert run_ecomap("versions", sam_case).returncode == 0


def test_a_single_changed_byte_is_found(sam_case: Path) -> None:
    raw = sqlite3.connect(sam_case)
    body = bytearray(raw.execute("SELECT body FROM versions WHERE number = 2").fetchone()[0])
    raw.close()
    position = body.index(b"boxing club")
    body[position] = ord("B")
    tamper(sam_case, ("UPDATE versions SET body = ? WHERE number = 2", (bytes(body),)))
    problems = check_problems(sam_case)
    assert problems == [
        "version 2: content does not match its hash; it was altered after saving",
        "version 2: label, date, note or time saved differ from its content",
    ]


def test_a_version_rehashed_after_altering_still_breaks_the_chain(four_versions: Path) -> None:
    # An attacker who recomputes version 2's own hash cannot fix the link
    # version 3 holds to it.
    raw = sqlite3.connect(four_versions)
    body, prev = raw.execute("SELECT body, prev_sha256 FROM versions WHERE number = 2").fetchone()
    raw.close()
    forged = bytes(body).replace(b'"Coach Malik"', b'"Coach Mallk"')
    tamper(
        four_versions, ("UPDATE versions SET body = ?, sha256 = ? WHERE number = 2", (forged, chain_hash(prev, forged)))
    )
    problems = check_problems(four_versions)
    assert problems == ["version 3: does not follow on from the version before (hash chain broken)"]


def test_a_version_deleted_from_the_middle_is_missing(four_versions: Path) -> None:
    tamper(four_versions, "DELETE FROM versions WHERE number = 2")
    problems = check_problems(four_versions)
    assert "version 3: expected version 2 here; versions are missing" in problems
    assert "version 3: does not follow on from the version before (hash chain broken)" in problems
    assert len(problems) == 2


def test_the_latest_version_deleted_is_not_detectable_but_the_rest_is_intact(four_versions: Path) -> None:
    # A hash chain proves what is there; it cannot know a last version existed.
    # (Documented limit: the count the user remembers is the only witness.)
    tamper(four_versions, "DELETE FROM versions WHERE number = 4")
    result = run_ecomap("check", four_versions)
    assert result.returncode == 0
    assert ": ok: 3 versions;" in result.stdout


def test_a_changed_summary_column_is_a_count_mismatch(sam_case: Path) -> None:
    tamper(sam_case, "UPDATE versions SET ties = ties + 1, linking = 0 WHERE number = 2")
    assert check_problems(sam_case) == ["version 2: its listed counts differ from its map"]


def test_a_changed_label_column_is_found(sam_case: Path) -> None:
    tamper(sam_case, "UPDATE versions SET label = 'Review (edited)' WHERE number = 2")
    assert check_problems(sam_case) == ["version 2: label, date, note or time saved differ from its content"]


def test_a_dropped_trigger_is_a_schema_problem(sam_case: Path) -> None:
    raw_execute(sam_case, "DROP TRIGGER versions_no_update")
    assert check_problems(sam_case) == ["schema: it has no 'versions_no_update'"]


def test_an_added_object_is_a_schema_problem(sam_case: Path) -> None:
    raw_execute(sam_case, "CREATE INDEX by_date ON versions (date)")
    assert check_problems(sam_case) == ["schema: it holds an unexpected 'by_date'"]


def test_a_garbage_draft_is_a_draft_problem(sam_case: Path) -> None:
    raw_execute(sam_case, "INSERT INTO draft (id, based_on, saved_at, body) VALUES (1, 2, 'now', ?)", (b"\x00garbage",))
    problems = check_problems(sam_case)
    assert len(problems) == 1
    assert problems[0].startswith("draft: cannot be read")


def test_a_draft_that_is_json_but_no_map_is_a_draft_problem(sam_case: Path) -> None:
    body = json.dumps({"nodes": [{"id": "x"}], "ties": []}).encode()
    raw_execute(sam_case, "INSERT INTO draft (id, based_on, saved_at, body) VALUES (1, NULL, 'now', ?)", (body,))
    problems = check_problems(sam_case)
    assert len(problems) == 1
    assert problems[0].startswith("draft: cannot be read")


@pytest.mark.parametrize("based_on", [7, "two", 0])
def test_a_draft_based_on_no_version_is_a_draft_problem(sam_case: Path, based_on: object) -> None:
    body = sqlite3.connect(sam_case).execute("SELECT body FROM versions WHERE number = 1").fetchone()[0]
    draft = json.dumps(json.loads(body)["map"]).encode()
    raw_execute(sam_case, "INSERT INTO draft (id, based_on, saved_at, body) VALUES (1, ?, 'now', ?)", (based_on, draft))
    assert check_problems(sam_case) == [f"draft: based on version {based_on}, which does not exist"]


def test_hashes_that_are_not_text_are_reported_not_crashed_on(sam_case: Path) -> None:
    tamper(sam_case, "UPDATE versions SET prev_sha256 = X'00FF' WHERE number = 1")
    problems = check_problems(sam_case)
    assert problems[0] == "version 1: its hashes are not stored as text (hash chain broken)"
    assert_one_line_error(run_ecomap("show", sam_case, "--version", "1"), "does not match its recorded hash")


def test_a_hash_that_is_not_ascii_is_a_mismatch(sam_case: Path) -> None:
    tamper(sam_case, "UPDATE versions SET prev_sha256 = 'ü' || substr(prev_sha256, 2) WHERE number = 2")
    problems = check_problems(sam_case)
    assert "version 2: does not follow on from the version before (hash chain broken)" in problems
    assert "version 2: content does not match its hash; it was altered after saving" in problems
    assert_one_line_error(run_ecomap("show", sam_case), "version 2 does not match its recorded hash")


def test_a_body_that_is_not_canonical_is_reported(sam_case: Path) -> None:
    # Re-encoded with spaces and re-hashed consistently: readable, but not the
    # bytes Ecomap writes.
    raw = sqlite3.connect(sam_case)
    bodies = [bytes(row[0]) for row in raw.execute("SELECT body FROM versions ORDER BY number")]
    raw.close()
    spaced = [json.dumps(json.loads(body), sort_keys=True).encode() for body in bodies]
    first = chain_hash(GENESIS_SHA256, spaced[0])
    second = chain_hash(first, spaced[1])
    tamper(
        sam_case,
        ("UPDATE versions SET body = ?, sha256 = ? WHERE number = 1", (spaced[0], first)),
        ("UPDATE versions SET body = ?, prev_sha256 = ?, sha256 = ? WHERE number = 2", (spaced[1], first, second)),
    )
    assert check_problems(sam_case) == [
        "version 1: content is not in canonical form",
        "version 2: content is not in canonical form",
    ]


def test_damaged_pages_are_reported_one_per_line(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    build_corrupt_pages(path)
    problems = check_problems(path)
    assert problems
    assert all(p.startswith(("SQLite integrity check: ", "SQLite cannot read the file: ")) for p in problems)
    assert not any("***" in p for p in problems)


@pytest.mark.parametrize("content", [b"just text\n", b""])
def test_check_refuses_a_file_that_is_not_a_case(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.ecomap"
    path.write_bytes(content)
    before = snapshot(path)
    assert_one_line_error(run_ecomap("check", path), str(path), "not an Ecomap case file")
    assert snapshot(path) == before
    assert os.listdir(tmp_path) == ["notes.ecomap"]


def test_check_refuses_a_missing_file(tmp_path: Path) -> None:
    assert_one_line_error(run_ecomap("check", tmp_path / "nope.ecomap"), "nope.ecomap", "no such file")
    assert os.listdir(tmp_path) == []


def test_who_was_on_the_map_is_read_from_checked_versions_only(sam_case: Path) -> None:
    with CaseFile.open(sam_case) as case:
        seen = list(case.people_seen())
        expected = [
            (number, node.id, node.label, node.notes)
            for number in range(1, case.version_count + 1)
            for node in case.version(number).map.nodes
            if not node.is_client
        ]
    assert seen == expected
    assert any(label == "Dad" for _n, _id, label, _notes in seen)

    tamper(sam_case, "UPDATE versions SET body = CAST(replace(CAST(body AS TEXT), '\"Dad\"', '\"Dan\"') AS BLOB)")
    with CaseFile.open(sam_case) as case, pytest.raises(InputError, match="version 1 does not match its recorded hash"):
        list(case.people_seen())


# -- a map whose rings grew ------------------------------------------------------------


def test_a_version_with_grown_rings_keeps_the_hash_chain_and_reads_back(tmp_path: Path) -> None:
    # Old versions first (written before rings could grow), then one with rings twice the size.
    case_path = tmp_path / "sam.ecomap"
    assert run_ecomap("import", SAM_JSON, "-o", case_path).returncode == 0
    with CaseFile.open(case_path) as case:
        old_bodies = [case.version_body(number) for number in (1, 2)]
        grown = case.version(2).map.copy()
    grown.set_ring_scale(2.0)
    with CaseFile.open(case_path, writable=True) as case:
        case.append_version(Version("Rings grown", "2026-05-01", "", grown))
        case.write_draft(grown, based_on=3)

    result = run_ecomap("check", case_path)
    assert result.returncode == 0, result.stderr
    assert ": ok: 3 versions, an unsaved draft; hash chain intact" in result.stdout
    with CaseFile.open(case_path) as case:
        assert [case.version_body(number) for number in (1, 2)] == old_bodies
        assert all(b"ring_scale" not in body for body in old_bodies)
        assert b'"ring_scale":2.0' in case.version_body(3)
        assert case.version(3).map == grown
        assert case.version(3).map.ring_scale == 2.0
        draft = case.draft()
        assert draft is not None
        assert draft.map.ring_scale == 2.0

    shown = run_ecomap("show", case_path, "--version", "3", "--json")
    assert shown.returncode == 0, shown.stderr
    [version] = json.loads(shown.stdout)["versions"]
    assert version["map"]["ring_scale"] == 2.0
    standard = json.loads(run_ecomap("show", case_path, "--version", "2", "--json").stdout)
    assert "ring_scale" not in standard["versions"][0]["map"]
    document = tmp_path / "shown.json"
    document.write_text(shown.stdout, encoding="utf-8")
    again = tmp_path / "again.ecomap"
    assert run_ecomap("import", document, "-o", again).returncode == 0
    assert run_ecomap("check", again).returncode == 0
    with CaseFile.open(again) as case:
        assert case.version(1).map.ring_scale == 2.0
        assert case.version(1).map == grown


def test_a_body_stating_the_standard_ring_size_is_not_canonical(sam_case: Path) -> None:
    # A body that states the standard size is readable, but not the bytes Ecomap writes:
    # the key is written only when the rings are not standard.
    raw = sqlite3.connect(sam_case)
    body = bytes(raw.execute("SELECT body FROM versions WHERE number = 2").fetchone()[0])
    first = raw.execute("SELECT sha256 FROM versions WHERE number = 1").fetchone()[0]
    raw.close()
    data = json.loads(body)
    data["map"]["ring_scale"] = 1.0
    stated = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    tamper(
        sam_case,
        ("UPDATE versions SET body = ?, sha256 = ? WHERE number = 2", (stated, chain_hash(first, stated))),
    )
    assert check_problems(sam_case) == ["version 2: content is not in canonical form"]
