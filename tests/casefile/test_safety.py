"""Bad, hostile and damaged files, read-only guarantees and locking (design §4, §6).

Every refusal is checked as a user meets it (the real ``ecomap`` command):
exit status 2, one line naming the file, no traceback, and the file exactly
as it was.
"""

import contextlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ecomap.casefile import CaseFile
from ecomap.casefile.lock import SQLITE_LARGEST_DATABASE, WINDOWS_LOCK_OFFSET
from ecomap.casefile.schema import SCHEMA_VERSION
from ecomap.errors import CaseLockedError, InputError
from ecomap.model.case import CaseDetails
from tests.casefile.test_store import make_version, sam, schema_sql, sha256, sidecars, snapshot
from tests.conftest import ROOT, SAM_JSON, assert_one_line_error, run_ecomap

# -- building bad files -----------------------------------------------------------


def good_case(path: Path, versions: int = 12, people: int = 30) -> Path:
    """A real case of many pages (about 40 at 4 KiB), as Ecomap writes it."""
    source = sam()
    extra = [make_version(f"v{k}", people=people, seed=k) for k in range(versions)]
    CaseFile.create(path, source.details, [*source.versions, *extra]).close()
    return path


def alter(path: Path, *statements: str) -> None:
    raw = sqlite3.connect(path)
    try:
        for statement in statements:
            raw.execute(statement)
        raw.commit()
    finally:
        raw.close()


def build_text(path: Path) -> None:
    path.write_text("Sam's ecomap, typed up by hand\n", encoding="utf-8")


def build_json(path: Path) -> None:
    path.write_text('\ufeff {"format": "ecomap", "version": 1}', encoding="utf-8")


def build_graphml(path: Path) -> None:
    path.write_text('<?xml version="1.0"?><graphml></graphml>', encoding="utf-8")


def build_random(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(9000))


def build_empty(path: Path) -> None:
    path.write_bytes(b"")


def build_short_header(path: Path) -> None:
    path.write_bytes(good_case(path.with_suffix(".good")).read_bytes()[:60])


def build_other_database(path: Path) -> None:
    alter(path, "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('x')")


def build_other_application(path: Path) -> None:
    good_case(path)
    alter(path, "PRAGMA application_id = 1234")


def build_newer_schema(path: Path) -> None:
    good_case(path)
    alter(path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def build_extra_table(path: Path) -> None:
    good_case(path)
    alter(path, "CREATE TABLE notes_on_the_side (text TEXT)")


def build_extra_trigger(path: Path) -> None:
    good_case(path)
    alter(path, "CREATE TRIGGER spy AFTER INSERT ON draft BEGIN DELETE FROM case_details; END")


def build_dropped_trigger(path: Path) -> None:
    good_case(path)
    alter(path, "DROP TRIGGER versions_no_delete")


def build_changed_trigger(path: Path) -> None:
    good_case(path)
    alter(
        path,
        "DROP TRIGGER versions_no_update",
        "CREATE TRIGGER versions_no_update BEFORE UPDATE ON versions BEGIN SELECT 1; END",
    )


def build_wal(path: Path) -> None:
    good_case(path)
    alter(path, "PRAGMA journal_mode = WAL")


def build_truncated(path: Path) -> None:
    good_case(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def build_corrupt_pages(path: Path) -> None:
    good_case(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    assert pages >= 20
    for page in range(pages // 3, 2 * pages // 3):
        data[page * page_size : page * page_size + 64] = b"\xa5" * 64  # every page header in the middle
    path.write_bytes(bytes(data))


def build_folder(path: Path) -> None:
    path.mkdir()


def build_missing(path: Path) -> None:
    pass


NOT_A_CASE = "is not an Ecomap case file"
ALTERED = "altered outside Ecomap"
BAD_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "text": (build_text, NOT_A_CASE),
    "json": (build_json, f"{NOT_A_CASE} (it looks like an exported JSON file: bring it in with ecomap import)"),
    "graphml": (build_graphml, f"{NOT_A_CASE} (it looks like GraphML or another XML file"),
    "random-bytes": (build_random, NOT_A_CASE),
    "empty": (build_empty, f"is empty; it {NOT_A_CASE}"),
    "short-header": (build_short_header, NOT_A_CASE),
    "other-database": (build_other_database, "is another program's database, not an Ecomap case file"),
    "other-application": (build_other_application, "is another program's database, not an Ecomap case file"),
    "newer-schema": (build_newer_schema, "was written by a newer Ecomap"),
    "extra-table": (build_extra_table, f"{ALTERED} (it holds an unexpected 'notes_on_the_side')"),
    "extra-trigger": (build_extra_trigger, f"{ALTERED} (it holds an unexpected 'spy')"),
    "dropped-trigger": (build_dropped_trigger, f"{ALTERED} (it has no 'versions_no_delete')"),
    "changed-trigger": (build_changed_trigger, "'versions_no_update' is not defined as Ecomap defines it"),
    "wal": (build_wal, "write-ahead logging"),
    "truncated": (build_truncated, "is damaged"),
    "corrupt-pages": (build_corrupt_pages, "is damaged"),
    "folder": (build_folder, "is a folder"),
    "missing": (build_missing, "no such file"),
}
# Refused from the header alone, before SQLite is asked to open anything.
JUDGED_BY_HEADER = [
    "text",
    "random-bytes",
    "empty",
    "short-header",
    "other-database",
    "other-application",
    "newer-schema",
    "wal",
    "folder",
    "missing",
]


def state(path: Path) -> object:
    """Everything about ``path`` a refusal must leave as it was."""
    if path.is_dir():
        return sorted(os.listdir(path))
    if not path.exists():
        return None
    return snapshot(path)


@pytest.mark.parametrize(
    ("verb", "kind"),
    # ``import`` creates a missing case, so "missing" is no bad file for it.
    [
        (verb, kind)
        for verb in ("versions", "show", "import")
        for kind in BAD_FILES
        if (verb, kind) != ("import", "missing")
    ],
)
def test_a_bad_file_is_refused_in_one_line_and_left_untouched(tmp_path: Path, verb: str, kind: str) -> None:
    build, fragment = BAD_FILES[kind]
    path = tmp_path / "case.ecomap"
    build(path)
    before = state(path)
    folder_before = sorted(os.listdir(tmp_path))
    args: list[str | Path] = ["import", SAM_JSON, "-o", path] if verb == "import" else [verb, path]
    result = run_ecomap(*args)
    assert_one_line_error(result, str(path), fragment)
    assert result.stdout == ""
    assert state(path) == before
    assert sorted(os.listdir(tmp_path)) == folder_before  # no journal, no temp file


def test_the_newer_schema_message_tells_the_user_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    build_newer_schema(path)
    result = run_ecomap("versions", path)
    assert_one_line_error(
        result,
        f"case file format {SCHEMA_VERSION + 1}; this Ecomap reads up to {SCHEMA_VERSION}",
        "update Ecomap to open it",
    )


@pytest.mark.parametrize("kind", JUDGED_BY_HEADER)
@pytest.mark.parametrize("writable", [False, True])
def test_the_header_is_judged_before_sqlite_opens_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, writable: bool
) -> None:
    build, fragment = BAD_FILES[kind]
    path = tmp_path / "case.ecomap"
    build(path)

    def no_sqlite(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("SQLite was asked to open a file the header should have refused")

    monkeypatch.setattr(sqlite3, "connect", no_sqlite)
    with pytest.raises(InputError, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        CaseFile.open(path, writable=writable)


@pytest.mark.parametrize("kind", ["truncated", "corrupt-pages", "dropped-trigger", "extra-table"])
def test_a_damaged_or_altered_file_is_refused_through_the_api_too(tmp_path: Path, kind: str) -> None:
    build, fragment = BAD_FILES[kind]
    path = tmp_path / "case.ecomap"
    build(path)
    before = snapshot(path)
    for writable in (False, True):
        with pytest.raises(InputError, match=fragment.replace("(", r"\(").replace(")", r"\)")):
            CaseFile.open(path, writable=writable)
    assert snapshot(path) == before
    assert sidecars(path) == []
    # A refused writable open releases its lock: the next attempt is judged again.
    with pytest.raises(InputError) as refused:
        CaseFile.open(path, writable=True)
    assert not isinstance(refused.value, CaseLockedError)


# -- read-only verbs ----------------------------------------------------------------

READ_VERBS = [
    ["versions", "{case}"],
    ["versions", "{case}", "--json"],
    ["show", "{case}"],
    ["show", "{case}", "--version", "1", "--json"],
    ["diff", "{case}", "1", "2"],
    ["diff", "{case}", "1", "2", "--json"],
    ["metrics", "{case}"],
    ["metrics", "{case}", "--json"],
    ["export", "{case}", "-o", "{out}/out.json"],
    ["export", "{case}", "-o", "{out}/out.csv"],
    ["check", "{case}"],
    ["export", "{case}", "-o", "{out}/map.png"],
    ["export", "{case}", "-o", "{out}/map.svg"],
    ["screenshot", "{case}", "-o", "{out}/window.png", "--version", "1"],
]


@pytest.mark.parametrize("args", READ_VERBS, ids=lambda a: " ".join(a).replace("{case}", "CASE"))
def test_reading_verbs_leave_the_case_byte_identical(sam_case: Path, tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with CaseFile.open(sam_case, writable=True) as case:
        case.write_draft(case.version(2).map, 2)  # a draft too, so every table holds something
    before, digest = snapshot(sam_case), sha256(sam_case)
    result = run_ecomap(*(a.format(case=sam_case, out=out) for a in args))
    assert result.returncode == 0, result.stderr
    assert sha256(sam_case) == digest
    assert snapshot(sam_case) == before
    assert sorted(os.listdir(sam_case.parent)) == ["out", "sam.ecomap"]  # no -journal, ever


def build_hot_journal(committed: Path, folder: Path) -> Path:
    """A copy of ``committed`` taken mid-write: database and hot journal.

    Opens ``committed`` raw, starts a transaction, writes enough with a
    one-page cache that changed pages spill into the database file, copies
    both files, then rolls back.
    """
    folder.mkdir()
    hot = folder / committed.name
    raw = sqlite3.connect(committed, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode = DELETE")
        raw.execute("PRAGMA cache_size = 1")
        raw.execute("BEGIN")
        raw.execute("INSERT INTO draft (id, based_on, saved_at, body) VALUES (1, NULL, 'x', ?)", (b"{" * 60000,))
        shutil.copyfile(committed, hot)
        shutil.copyfile(committed.with_name(committed.name + "-journal"), hot.with_name(hot.name + "-journal"))
        raw.execute("ROLLBACK")
    finally:
        raw.close()
    assert hot.read_bytes() != committed.read_bytes(), "the write did not reach the database file"
    return hot


def test_a_case_with_a_hot_journal_is_read_without_touching_either_file(sam_case: Path, tmp_path: Path) -> None:
    hot = build_hot_journal(sam_case, tmp_path / "crashed")
    journal = hot.with_name(hot.name + "-journal")
    before = (snapshot(hot), snapshot(journal))

    result = run_ecomap("versions", hot, "--json")
    assert result.returncode == 0, result.stderr
    assert [v["label"] for v in json.loads(result.stdout)] == ["Referral", "Review"]
    assert run_ecomap("show", hot, "--version", "2").returncode == 0
    checked = run_ecomap("check", hot)
    assert checked.returncode == 0, checked.stderr
    assert "note: a -journal file lies beside it" in checked.stdout
    with CaseFile.open(hot) as case:
        assert case.draft() is None  # read as it will be once the write is rolled back
        assert case.version_count == 2

    assert (snapshot(hot), snapshot(journal)) == before
    assert sorted(os.listdir(hot.parent)) == [hot.name, journal.name]


def test_a_writable_open_rolls_a_hot_journal_back(sam_case: Path, tmp_path: Path) -> None:
    hot = build_hot_journal(sam_case, tmp_path / "crashed")
    result = run_ecomap("import", SAM_JSON, "-o", hot)
    assert result.returncode == 0, result.stderr
    assert sidecars(hot) == []
    assert run_ecomap("check", hot).returncode == 0
    with CaseFile.open(hot) as case:
        assert case.version_count == 4
        assert case.draft() is None


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_hot_journal_is_found_beside_the_real_file_behind_a_link(sam_case: Path, tmp_path: Path) -> None:
    # SQLite keeps the journal beside the file a link points to, not beside the link.
    hot = build_hot_journal(sam_case, tmp_path / "real")
    link = tmp_path / "shortcut.ecomap"
    link.symlink_to(hot)
    before = snapshot(hot)
    result = run_ecomap("versions", link)
    assert result.returncode == 0, result.stderr
    checked = run_ecomap("check", link)
    assert checked.returncode == 0, checked.stderr
    assert "note: a -journal file lies beside it" in checked.stdout
    assert snapshot(hot) == before
    assert sorted(os.listdir(hot.parent)) == [hot.name, hot.name + "-journal"]


@pytest.mark.parametrize("name", ["Sam #2 (50%) what?.ecomap", "Zoë & Ñúñez=1.ecomap"])
def test_awkward_file_names_work_in_every_mode(sam_case: Path, tmp_path: Path, name: str) -> None:
    # The names reach SQLite as URIs: '#', '?', '%' and '&' must not be read as URI syntax.
    path = tmp_path / name
    assert run_ecomap("import", SAM_JSON, "-o", path).returncode == 0
    assert run_ecomap("import", SAM_JSON, "-o", path).returncode == 0
    assert run_ecomap("check", path).returncode == 0
    hot = build_hot_journal(path, tmp_path / "crashed")
    with CaseFile.open(hot) as case:
        assert case.version_count == 4
    assert sorted(os.listdir(tmp_path)) == sorted(["crashed", name, "sam.ecomap"])


def test_a_journal_that_vanishes_while_being_copied_means_the_write_finished(
    sam_case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The writer commits between the reader's copy of the database (half
    # written) and its copy of the journal; the reader must then read the
    # committed file, not the half-written copy.
    finished = tmp_path / "finished.ecomap"
    shutil.copyfile(sam_case, finished)
    with CaseFile.open(finished, writable=True) as case:
        case.append_version(make_version("third"))
    hot = build_hot_journal(sam_case, tmp_path / "live")
    journal = hot.with_name(hot.name + "-journal")
    real_copy = shutil.copyfile

    def copy_then_commit(source: Path, target: Path) -> object:
        if Path(source) == journal:
            real_copy(finished, hot)  # the writer commits ...
            journal.unlink()  # ... and deletes its journal
        return real_copy(source, target)

    monkeypatch.setattr(shutil, "copyfile", copy_then_commit)
    with CaseFile.open(hot) as case:
        assert [s.label for s in case.summaries()] == ["Referral", "Review", "third"]
        assert case.draft() is None


# -- locking -------------------------------------------------------------------------

HOLD_OPEN = """
import sys
from ecomap.casefile import CaseFile
case = CaseFile.open(sys.argv[1], writable=True)
print("ready", flush=True)
sys.stdin.readline()
case.close()
"""


@contextlib.contextmanager
def held_open(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another Ecomap process holding ``path`` open for writing until the block ends."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout is not None
        assert child.stdin is not None
        assert child.stdout.readline().strip() == "ready"
        yield child
    finally:
        if child.poll() is None:
            with contextlib.suppress(BrokenPipeError):
                if child.stdin is not None:
                    child.stdin.close()
            child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()


def test_the_windows_lock_byte_lies_past_any_database_sqlite_can_make(tmp_path: Path) -> None:
    # Windows locks are mandatory: SQLite must never need the locked byte, for any page size.
    raw = sqlite3.connect(tmp_path / "largest.db")
    try:
        raw.execute("PRAGMA page_size = 65536")  # the largest page SQLite allows
        raw.execute("CREATE TABLE t (x)")
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        most_pages = raw.execute("PRAGMA max_page_count = 99999999999").fetchone()[0]  # capped at the hard limit
    finally:
        raw.close()
    assert page_size * most_pages == SQLITE_LARGEST_DATABASE
    assert SQLITE_LARGEST_DATABASE <= WINDOWS_LOCK_OFFSET < 2**63 - 1  # and a 64-bit lock offset can say it


def test_importing_into_a_case_open_in_another_ecomap_is_refused(sam_case: Path) -> None:
    with held_open(sam_case) as child:
        before = snapshot(sam_case)
        result = run_ecomap("import", SAM_JSON, "-o", sam_case)
        assert_one_line_error(result, str(sam_case), "is open in another Ecomap")
        assert snapshot(sam_case) == before
        # Reading is still fine while it is open elsewhere.
        listed = run_ecomap("versions", sam_case)
        assert listed.returncode == 0
        assert "Review" in listed.stdout
        assert run_ecomap("check", sam_case).returncode == 0
        assert child.poll() is None
    assert child.returncode == 0
    result = run_ecomap("import", SAM_JSON, "-o", sam_case)
    assert result.returncode == 0, result.stderr
    assert f"{sam_case}: now has 4 versions" in result.stdout


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_ecomap_leaves_no_lock_behind(sam_case: Path) -> None:
    with held_open(sam_case) as child:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    result = run_ecomap("import", SAM_JSON, "-o", sam_case)
    assert result.returncode == 0, result.stderr


def test_a_second_writable_open_in_one_process_is_refused(sam_case: Path) -> None:
    with CaseFile.open(sam_case, writable=True) as first:
        with pytest.raises(CaseLockedError, match="is open in another Ecomap"):
            CaseFile.open(sam_case, writable=True)
        with CaseFile.open(sam_case) as reader:
            assert reader.version_count == 2
        # The refused attempt took nothing from the first: it still writes,
        # and other processes are still kept out.
        first.append_version(make_version("third"))
        assert_one_line_error(run_ecomap("import", SAM_JSON, "-o", sam_case), "is open in another Ecomap")
        with CaseFile.open(sam_case) as reader:
            assert reader.version_count == 3
    with CaseFile.open(sam_case, writable=True) as again:
        assert again.version_count == 3


def test_a_lock_is_released_when_the_case_is_closed_and_on_a_failed_open(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, CaseDetails(), [make_version("one")]).close()
    for _ in range(3):
        CaseFile.open(path, writable=True).close()
    alter(path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(InputError, match="newer Ecomap"):
        CaseFile.open(path, writable=True)
    alter(path, f"PRAGMA user_version = {SCHEMA_VERSION}", "DROP TRIGGER versions_no_update")
    with pytest.raises(InputError, match=ALTERED):
        CaseFile.open(path, writable=True)
    alter(path, schema_sql("versions_no_update"))
    with CaseFile.open(path, writable=True) as case:  # not CaseLockedError
        assert case.version_count == 1
