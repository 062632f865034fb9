"""Who sees what is the server's job: raw SQL as each worker's own login (design §15)."""

from pathlib import Path
from typing import Any

import psycopg
import pytest

from ecomap.errors import InputError
from ecomap.model.case import Version
from ecomap.store.team_case import StoreCase
from ecomap.store.transfer import push
from tests.conftest import EXAMPLE_CASE
from tests.store.conftest import Store

REF = "PR-2026-0318"
TABLES = ("cases", "versions", "drafts", "autosaves", "assignments", "audit")


def rows(url: str, statement: str, *params: Any) -> list[tuple[Any, ...]]:
    with psycopg.connect(url, autocommit=True) as db:
        return db.execute(statement.encode(), params or None).fetchall()


def refused(url: str, statement: str, *params: Any) -> str:
    """The server's refusal of ``statement`` as that login (the test fails if it is allowed)."""
    with psycopg.connect(url, autocommit=True) as db, pytest.raises(psycopg.Error) as caught:
        db.execute(statement.encode(), params or None)
    return str(caught.value)


@pytest.fixture
def team(store: Store, tmp_path: Path) -> dict[str, str]:
    """alice has the example case (a version, a draft and an autosave); bob is in her team; sue
    supervises it; carol and sam are in another team; their URLs by login."""
    logins = {
        "alice": store.add_worker("alice", tmp=tmp_path),
        "bob": store.add_worker("bob", tmp=tmp_path),
        "sue": store.add_worker("sue", supervisor=True, tmp=tmp_path),
        "carol": store.add_worker("carol", "south", tmp=tmp_path),
        "sam": store.add_worker("sam", "south", supervisor=True, tmp=tmp_path),
        "admin": store.url(),
    }
    push(EXAMPLE_CASE, logins["alice"])
    with StoreCase.open(logins["alice"], REF, writable=True) as case:
        latest = case.version(3)
        case.write_draft(latest.map, 3)
        case.write_autosave(latest.map, 3)
    return logins


def test_another_workers_case_versions_drafts_and_audit_rows_are_invisible(team: dict[str, str]) -> None:
    for login in ("bob", "carol", "sam"):
        for table in TABLES:
            found = rows(team[login], f"SELECT * FROM ecomap.{table}")
            if table == "audit":  # their own listing or attempts only, never alice's rows
                assert all(row[2] == login for row in found), (login, found)
            else:
                assert found == [], (login, table)
    assert len(rows(team["alice"], "SELECT * FROM ecomap.versions")) == 3
    assert len(rows(team["alice"], "SELECT * FROM ecomap.autosaves")) == 1
    # the supervisor of alice's team reads her case, but not her own unsaved changes
    assert len(rows(team["sue"], "SELECT * FROM ecomap.versions")) == 3
    assert rows(team["sue"], "SELECT * FROM ecomap.autosaves") == []
    assert {row[2] for row in rows(team["sue"], "SELECT * FROM ecomap.audit")} >= {"alice"}


def test_versions_and_the_audit_log_cannot_be_changed_or_deleted_by_anyone(store: Store, team: dict[str, str]) -> None:
    for login in ("alice", "sue", "admin"):
        for statement in (
            "UPDATE ecomap.versions SET label = 'x'",
            "DELETE FROM ecomap.versions",
            "UPDATE ecomap.audit SET who = 'nobody'",
            "DELETE FROM ecomap.audit",
            "TRUNCATE ecomap.audit",
            "INSERT INTO ecomap.audit (ref, action) VALUES ('x', 'forged')",
            "UPDATE ecomap.drafts SET revision = 0",
            "UPDATE ecomap.cases SET head_sha256 = 'x'",
        ):
            assert "permission denied" in refused(team[login], statement), (login, statement)
    # not even the tables' owner: the triggers hold for every role
    with store.cluster.superuser(store.database) as db:
        db.execute("SET ROLE ecomap_owner")
        for statement in (
            "UPDATE ecomap.versions SET label = 'x'",
            "DELETE FROM ecomap.audit",
            "TRUNCATE ecomap.versions",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
                db.execute(statement.encode())
    assert len(rows(team["alice"], "SELECT * FROM ecomap.versions")) == 3


def test_the_functions_refuse_a_case_that_is_not_yours(team: dict[str, str]) -> None:
    case_id = rows(team["alice"], "SELECT id FROM ecomap.cases")[0][0]
    for login in ("bob", "carol", "sue"):
        for statement in (
            "SELECT * FROM ecomap.lock_case(%s)",
            "SELECT ecomap.save_draft(%s, '\\x7b7d', NULL, 'now', NULL)",
            "SELECT ecomap.keep_autosave(%s, '\\x7b7d', NULL, 'now')",
            "SELECT ecomap.clear_draft(%s)",
            "SELECT ecomap.set_details(%s, 'x', 'y', 'z')",
            "SELECT ecomap.append_version(%s, 4, 'l', '2026-01-01', '', 'now', '{0,0,0,0,0,0,0,0,0,0}', '', 'x', 'y')",
        ):
            assert "may not change this case" in refused(team[login], statement, case_id), (login, statement)
    for login in ("alice", "sue"):
        assert "only an Ecomap admin" in refused(team[login], "SELECT ecomap.assign(%s, 'bob', false)", REF)
        assert "only an Ecomap admin" in refused(team[login], "SELECT ecomap.set_worker('bob', 'north', true)")
    assert "not an action" in refused(team["alice"], "SELECT ecomap.consult(%s, 'deleted it', '', false)", REF)
    # even the assigned worker cannot append a version that does not extend the chain; nothing is added
    forged = (
        "SELECT ecomap.append_version(%s, 4, 'l', '2026-01-01', '', 'now', '{0,0,0,0,0,0,0,0,0,0}', '{}', 'x', 'y')"
    )
    assert "does not follow" in refused(team["alice"], forged, case_id)
    assert len(rows(team["alice"], "SELECT * FROM ecomap.versions")) == 3


def test_a_supervisor_reads_their_teams_cases_read_only(team: dict[str, str]) -> None:
    with StoreCase.open(team["sue"], REF, writable=True) as case:
        assert not case.writable
        assert "not assigned to you" in case.read_only_reason
        assert case.version_count == 3
        with pytest.raises(InputError, match="read-only"):
            case.append_version(Version(label="x", date="2026-01-01", note="", map=case.version(1).map))
    with pytest.raises(InputError, match="no such case"):
        StoreCase.open(team["sam"], REF)


def test_an_admin_lists_every_case_and_manages_assignments(team: dict[str, str]) -> None:
    assert rows(team["admin"], "SELECT ref FROM ecomap.cases") == [(REF,)]
    from ecomap.store.team_store import TeamStore

    with TeamStore(team["admin"]) as admin:
        assert "bob now has" in admin.assign(REF, "bob")
        assert "already had" in admin.assign(REF, "bob")
    assert len(rows(team["bob"], "SELECT * FROM ecomap.versions")) == 3
    assert ("assign",) in rows(team["admin"], "SELECT action FROM ecomap.audit")
