"""The case being edited (OpenCase, Qt-free): saving a version whole, opens that give back
what they took, and the editing lock against a second process. Real files, real processes."""

import os
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from ecomap.casefile import CaseFile, engine
from ecomap.errors import AutosaveUnreadableError, CaseLockedError, InputError
from ecomap.model.case import CaseDetails
from ecomap.ui.open_case import OpenCase
from tests.casefile.test_safety import alter, held_open
from tests.casefile.test_store import make_map, make_version, schema_sql
from tests.conftest import run_ecomap

DETAILS = CaseDetails(reference="C-1", client="Sam Example", worker="Ana")


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    raw = engine.connect(f"{path.as_uri()}?mode=ro", uri=True)  # the case files' one SQLite library
    try:
        return raw.execute(sql).fetchall()
    finally:
        raw.close()


def assert_writable_again(path: Path) -> None:
    """Nothing in this process still holds the case: it opens for writing."""
    with CaseFile.open(path, writable=True) as case:  # not CaseLockedError
        assert case.writable


# -- saving a version: the version and the draft together or not at all ----------------


def test_a_version_whose_draft_cannot_be_written_is_not_saved_at_all(tmp_path: Path) -> None:
    path = tmp_path / "case.ecomap"
    case = OpenCase.create(path, DETAILS)
    try:
        case.map = make_map(people=2)
        case.save_version("Referral", "2026-01-12", "")
        case.map = make_map(people=4, seed=1)
        case.autosave()
        # Another connection makes every write of the draft fail, as a full disk would.
        alter(path, "CREATE TRIGGER no_draft BEFORE INSERT ON draft BEGIN SELECT RAISE(ABORT, 'no draft today'); END")
        with pytest.raises(engine.IntegrityError, match="no draft today"):
            case.save_version("Review", "2026-02-01", "")
        # The user is told it was not saved, and it was not: no version 2 to save twice.
        assert query(path, "SELECT number, label FROM versions") == [(1, "Referral")]
        assert query(path, "SELECT based_on FROM draft") == [(1,)]
        assert query(path, "SELECT COUNT(*) FROM autosave") == [(1,)]  # the unsaved changes are still safe
        assert case.based_on == 1
        assert [s.label for s in case.summaries()] == ["Referral"]

        alter(path, "DROP TRIGGER no_draft")
        case.save_version("Review", "2026-02-01", "")  # the retry saves it once
        assert query(path, "SELECT number, label FROM versions") == [(1, "Referral"), (2, "Review")]
        assert query(path, "SELECT based_on FROM draft") == [(2,)]
        assert query(path, "SELECT COUNT(*) FROM autosave") == [(0,)]
        assert case.based_on == 2
    finally:
        case.close()
    result = run_ecomap("check", path)
    assert result.returncode == 0, result.stdout + result.stderr


# -- a failed open gives back the file and its lock ---------------------------------------


def case_with_autosave(path: Path) -> Path:
    """A case with two versions, a saved draft and unsaved changes kept by autosave."""
    case = OpenCase.create(path, DETAILS)
    try:
        case.map = make_map(people=2)
        case.save_version("Referral", "2026-01-12", "")
        case.map = make_map(people=3, seed=1)
        case.save_version("Review", "2026-02-01", "")
        case.map = make_map(people=5, seed=2)
        case.autosave()
    finally:
        case.close()
    return path


def break_draft(path: Path) -> None:
    alter(path, "UPDATE draft SET body = CAST('{not json' AS BLOB)")


def break_latest_version(path: Path) -> None:
    """No draft, so the latest version is read, and its content no longer matches its hash."""
    alter(
        path,
        "DELETE FROM draft",
        "DROP TRIGGER versions_no_update",
        "UPDATE versions SET body = CAST('{}' AS BLOB) WHERE number = 2",
        schema_sql("versions_no_update"),
    )


def break_autosave(path: Path) -> None:
    alter(path, "UPDATE autosave SET body = CAST('{not json' AS BLOB)")


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (break_draft, "its saved draft cannot be read"),
        (break_latest_version, "version 2 does not match its recorded hash"),
        (break_autosave, "its autosaved unsaved changes cannot be read"),
    ],
    ids=["draft", "version", "autosave"],
)
def test_an_open_that_fails_releases_the_case(tmp_path: Path, damage: Callable[[Path], None], message: str) -> None:
    path = case_with_autosave(tmp_path / "case.ecomap")
    damage(path)
    for _ in range(2):  # the second attempt is judged again, not refused as "open in another Ecomap"
        with pytest.raises(InputError, match=message) as raised:
            OpenCase.open(path)
        assert not isinstance(raised.value, CaseLockedError)
    assert_writable_again(path)


@pytest.mark.parametrize(
    "body",
    ["CAST('{not json' AS BLOB)", "'stored as text'", "CAST('{\"nodes\": 3}' AS BLOB)"],
    ids=["not-json", "text", "not-a-map"],
)
def test_unreadable_autosaved_changes_raise_their_own_error(tmp_path: Path, body: str) -> None:
    path = case_with_autosave(tmp_path / "case.ecomap")
    alter(path, f"UPDATE autosave SET body = {body}")
    with pytest.raises(AutosaveUnreadableError) as raised:
        OpenCase.open(path)
    assert str(raised.value).startswith(f"{path}: its autosaved unsaved changes cannot be read (")
    assert "\n" not in str(raised.value)
    assert_writable_again(path)


def test_a_case_opens_without_its_unreadable_autosave_when_the_user_chooses(tmp_path: Path) -> None:
    path = case_with_autosave(tmp_path / "case.ecomap")
    break_autosave(path)
    assert run_ecomap("check", path).returncode != 0  # the damage is real
    with pytest.raises(AutosaveUnreadableError):
        OpenCase.open(path)
    case = OpenCase.open(path, discard_broken_autosave=True)  # the same process, straight after
    try:
        assert not case.read_only, case.read_only_reason
        assert case.recovery is None
        assert case.based_on == 2
        assert case.map == make_map(people=3, seed=1)  # the case as saved
        assert query(path, "SELECT COUNT(*) FROM autosave") == [(0,)]
        case.map = make_map(people=6, seed=3)
        case.save()  # and it is editable
    finally:
        case.close()
    result = run_ecomap("check", path)
    assert result.returncode == 0, result.stdout + result.stderr
    reopened = OpenCase.open(path)
    try:
        assert not reopened.read_only
        assert reopened.map == make_map(people=6, seed=3)
    finally:
        reopened.close()


def test_a_readable_autosave_is_kept_and_offered_whatever_the_choice(tmp_path: Path) -> None:
    path = case_with_autosave(tmp_path / "case.ecomap")
    case = OpenCase.open(path, discard_broken_autosave=True)
    try:
        assert case.recovery is not None
        assert case.recovery.map == make_map(people=5, seed=2)
    finally:
        case.close()
    assert query(path, "SELECT COUNT(*) FROM autosave") == [(1,)]


# -- the editing lock against a second process --------------------------------------------


def stop_by_telling(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None
    child.stdin.write("\n")
    child.stdin.close()
    assert child.wait(timeout=30) == 0


def stop_by_killing(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL


@pytest.mark.parametrize(
    "stop",
    [
        stop_by_telling,
        pytest.param(stop_by_killing, marks=pytest.mark.skipif(os.name != "posix", reason="SIGKILL")),
    ],
    ids=["exits", "killed"],
)
def test_a_case_held_by_another_process_opens_read_only_until_it_lets_go(
    tmp_path: Path, stop: Callable[[subprocess.Popen[str]], None]
) -> None:
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, DETAILS, [make_version("Referral")]).close()
    with held_open(path) as child:
        with pytest.raises(CaseLockedError, match="is open in another Ecomap"):
            CaseFile.open(path, writable=True)
        reader = OpenCase.open(path)
        try:
            assert reader.read_only
            assert reader.read_only_reason == "open in another Ecomap"
            assert reader.summaries()[0].label == "Referral"
            with pytest.raises(InputError, match="is read-only here"):
                reader.save()
        finally:
            reader.close()
        # Closing the read-only case here took nothing from the other process.
        with pytest.raises(CaseLockedError):
            CaseFile.open(path, writable=True)
        assert child.poll() is None
        stop(child)
    case = OpenCase.open(path)
    try:
        assert not case.read_only, case.read_only_reason
        case.save_version("Review", "2026-02-01", "")
    finally:
        case.close()
