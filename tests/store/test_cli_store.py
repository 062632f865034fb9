"""The team store from the command line, as a service sets it up and a worker uses it (design §15)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from ecomap.casefile import CaseFile
from tests.conftest import EXAMPLE_CASE, assert_one_line_error, run_ecomap
from tests.store.conftest import ADMIN, PASSWORD, Store

REF = "PR-2026-0318"  # the example case's own reference


def ecomap_as(url: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """``ecomap ARGS`` with the store (and so the login) in ECOMAP_STORE."""
    return run_ecomap(*args, environment={"ECOMAP_STORE": url})


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr)
    return result.stdout


def test_a_service_sets_up_a_store_and_a_worker_pushes_edits_pulls_and_checks(store: Store, tmp_path: Path) -> None:
    admin = store.url()
    assert "ready (schema 1)" in ok(ecomap_as(admin, "store", "init"))  # a second init changes nothing
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    for login, extra in (("alice", []), ("bob", []), ("sue", ["--supervisor"])):
        said = ok(ecomap_as(admin, "store", "worker", login, "--team", "north", "--password-file", secret, *extra))
        assert login in said
        assert "north" in said
    alice, bob, sue = (store.url(login) for login in ("alice", "bob", "sue"))

    assert f"store:{REF}: 3 versions" in ok(ecomap_as(alice, "push", EXAMPLE_CASE))
    listed = json.loads(ok(ecomap_as(alice, "cases", "--json")))
    assert listed == [
        {"ref": REF, "client": "Lee Marsh", "worker": "Hannah Okafor", "versions": 3, "latest": "2026-07-13"}
    ]
    assert json.loads(ok(ecomap_as(bob, "cases", "--json"))) == []
    assert [c["ref"] for c in json.loads(ok(ecomap_as(sue, "cases", "--json")))] == [REF]

    # store:REF wherever a CASE goes, read the same as the file
    for verb in (["versions", "--json"], ["metrics", "--json"], ["show", "--json"], ["plan", "--json"]):
        from_store = ok(ecomap_as(alice, verb[0], f"store:{REF}", *verb[1:]))
        assert from_store == ok(run_ecomap(verb[0], EXAMPLE_CASE, *verb[1:]))
    assert ok(ecomap_as(alice, "diff", f"store:{REF}", "1", "3")) == ok(run_ecomap("diff", EXAMPLE_CASE, "1", "3"))
    pdf = tmp_path / "summary.pdf"
    ok(ecomap_as(alice, "export", f"store:{REF}", "-o", pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "hash chain intact" in ok(ecomap_as(sue, "check", f"store:{REF}"))

    # a new version saved through the case API lands in the store, and pull gives a checked file with its hashes
    from ecomap.store.team_case import StoreCase

    with StoreCase.open(alice, REF, writable=True) as case:
        latest = case.version(3)
        case.append_version(type(latest)(label="9-month review", date="2026-10-12", note="", map=latest.map))
        store_chain = case.chain()
    pulled = tmp_path / "back.ecomap"
    assert "4 versions" in ok(ecomap_as(alice, "pull", REF, "-o", pulled))
    assert "ok: 4 versions" in ok(run_ecomap("check", pulled))
    with CaseFile.open(pulled) as back, CaseFile.open(EXAMPLE_CASE) as original:
        assert [back.version_body(n) for n in (1, 2, 3)] == [original.version_body(n) for n in (1, 2, 3)]
        assert back.version(4).label == "9-month review"
    from ecomap.casefile.check import check_case_file

    assert check_case_file(pulled).head_sha256 == store_chain[-1]

    # pushing the pulled file back adds nothing; the supervisor reads the audit of all of it
    assert "nothing to push" in ok(ecomap_as(alice, "push", pulled))
    audit = json.loads(ok(ecomap_as(sue, "audit", REF, "--json")))
    assert set(audit[0]) == {"at", "who", "ref", "action", "detail"}
    actions = [(entry["who"], entry["action"]) for entry in audit]
    for expected in [
        ("alice", "create"),
        ("alice", "push"),
        ("alice", "show"),
        ("alice", "export"),
        ("alice", "write"),
        ("alice", "pull"),
        ("sue", "check"),
    ]:
        assert expected in actions
    assert [entry["at"] for entry in audit] == sorted(entry["at"] for entry in audit)


def test_a_worker_not_assigned_is_refused_like_a_missing_case_and_the_attempt_is_audited(
    store: Store, tmp_path: Path
) -> None:
    alice = store.add_worker("alice", tmp=tmp_path)
    carol = store.add_worker("carol", "south", tmp=tmp_path)
    ok(ecomap_as(alice, "push", EXAMPLE_CASE))
    refused = ecomap_as(carol, "show", f"store:{REF}")
    assert_one_line_error(refused, f"store:{REF}", "no such case")
    missing = ecomap_as(carol, "show", "store:NO-SUCH")
    assert refused.stderr.replace(REF, "X") == missing.stderr.replace("NO-SUCH", "X")
    audit = json.loads(ok(ecomap_as(store.url(), "audit", REF, "--json")))
    assert {"who": "carol", "action": "refused show"}.items() <= audit[-2].items()
    # once assigned, carol reads it; once revoked, no longer
    ok(ecomap_as(store.url(), "store", "assign", REF, "carol"))
    ok(ecomap_as(carol, "show", f"store:{REF}"))
    ok(ecomap_as(store.url(), "store", "assign", REF, "carol", "--revoke"))
    assert ecomap_as(carol, "show", f"store:{REF}").returncode == 2


@pytest.mark.parametrize(
    ("problem", "fragment"),
    [
        ("unreachable", "cannot be reached"),
        ("wrong password", "wrong user name or password"),
        ("no such case", "no such case"),
        ("no store given", "no team store given"),
    ],
)
def test_bad_store_input_is_one_line_and_changes_nothing(
    store: Store, tmp_path: Path, problem: str, fragment: str
) -> None:
    url = {
        "unreachable": store.cluster.url("alice", PASSWORD, store.database).replace(
            str(store.cluster.root), str(tmp_path)
        ),
        "wrong password": store.url(ADMIN, "not it"),
        "no such case": store.url(),
        "no store given": "",
    }[problem]
    result = run_ecomap("show", "store:NOPE", environment={"ECOMAP_STORE": url})
    assert_one_line_error(result, fragment)


def test_init_refuses_a_newer_schema_and_changes_nothing(store: Store) -> None:
    with store.cluster.superuser(store.database) as db:
        db.execute("ALTER TABLE ecomap.schema_version DISABLE TRIGGER ALL")
        db.execute("SET ROLE ecomap_owner")
        db.execute("UPDATE ecomap.schema_version SET version = 99")
        db.execute("RESET ROLE")
        before = db.execute("SELECT count(*) FROM pg_class WHERE relnamespace = 'ecomap'::regnamespace").fetchone()
    result = run_ecomap("store", "init", "--store", store.url())
    assert_one_line_error(result, "schema 99", "newer", "nothing was changed")
    assert_one_line_error(run_ecomap("cases", "--store", store.url()), "schema 99", "newer Ecomap")
    with store.cluster.superuser(store.database) as db:
        after = db.execute("SELECT count(*) FROM pg_class WHERE relnamespace = 'ecomap'::regnamespace").fetchone()
        assert db.execute("SELECT version FROM ecomap.schema_version").fetchone() == (99,)
    assert before == after


def test_a_push_whose_chain_disagrees_is_refused_with_nothing_changed(store: Store, tmp_path: Path) -> None:
    alice = store.add_worker("alice", tmp=tmp_path)
    ok(ecomap_as(alice, "push", EXAMPLE_CASE))
    other = tmp_path / "other.ecomap"
    shutil.copy(EXAMPLE_CASE, tmp_path / "copy.ecomap")
    with CaseFile.open(tmp_path / "copy.ecomap") as source:
        details, first = source.details, source.version(1)
    CaseFile.create(other, details, [first, first]).close()  # same reference, a different version 1 (saved later)
    before = json.loads(ok(ecomap_as(alice, "versions", f"store:{REF}", "--json")))
    result = ecomap_as(alice, "push", other)
    assert_one_line_error(result, f"store:{REF}", "version 1 differs", "nothing was changed")
    assert json.loads(ok(ecomap_as(alice, "versions", f"store:{REF}", "--json"))) == before


def test_a_pull_that_fails_leaves_no_file(store: Store, tmp_path: Path) -> None:
    alice = store.add_worker("alice", tmp=tmp_path)
    target = tmp_path / "x.ecomap"
    assert_one_line_error(ecomap_as(alice, "pull", "NOPE", "-o", target), "no such case")
    assert list(tmp_path.glob("x.ecomap*")) == []


def test_a_protected_case_is_pushed_with_its_passphrase_and_pulled_protected(store: Store, tmp_path: Path) -> None:
    alice = store.add_worker("alice", tmp=tmp_path)
    secret = tmp_path / "passphrase"
    secret.write_text("a long passphrase\n", encoding="utf-8")
    protected = tmp_path / "protected.ecomap"
    shutil.copy(EXAMPLE_CASE, protected)
    ok(run_ecomap("protect", protected, "--new-passphrase-file", secret))
    assert_one_line_error(ecomap_as(alice, "push", protected), "protected")
    ok(ecomap_as(alice, "push", protected, "--passphrase-file", secret))
    pulled = tmp_path / "pulled.ecomap"
    ok(ecomap_as(alice, "pull", REF, "-o", pulled, "--passphrase-file", secret))
    assert b"Lee" not in pulled.read_bytes()
    assert "protected (SQLCipher" in ok(run_ecomap("check", pulled, "--passphrase-file", secret))
    assert_one_line_error(run_ecomap("check", pulled), "protected")


def test_the_admin_is_not_the_tables_owner_after_init(store: Store) -> None:
    with store.cluster.superuser(store.database) as db:
        member = db.execute("SELECT pg_has_role(%s, 'ecomap_owner', 'MEMBER')", (ADMIN,)).fetchone()
        owners = db.execute(
            "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class WHERE relnamespace = 'ecomap'::regnamespace"
        ).fetchall()
        forced = db.execute(
            "SELECT bool_and(relforcerowsecurity AND relrowsecurity) FROM pg_class "
            "WHERE relnamespace = 'ecomap'::regnamespace AND relkind = 'r'"
        ).fetchone()
    assert member == (False,)
    assert owners == [("ecomap_owner",)]
    assert forced == (True,)


def test_the_editor_on_a_store_case_is_drawn_by_screenshot(store: Store, tmp_path: Path) -> None:
    alice = store.add_worker("alice", tmp=tmp_path)
    ok(ecomap_as(alice, "push", EXAMPLE_CASE))
    picture = tmp_path / "editor.png"
    said = ok(run_ecomap("screenshot", f"store:{REF}", "-o", picture, "--store", alice, "--size", "1200x800"))
    assert f"store:{REF}" in said
    assert picture.read_bytes().startswith(b"\x89PNG")
    assert_one_line_error(run_ecomap("screenshot", "store:NOPE", "-o", picture, "--store", alice), "no such case")


def test_a_first_push_that_fails_leaves_no_case_behind(store: Store, tmp_path: Path) -> None:
    alice = store.add_worker("alice", tmp=tmp_path)
    with store.cluster.superuser(store.database) as db:  # the server refuses the third version's write
        db.execute(
            "CREATE FUNCTION public.no_third() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN IF NEW.number = 3 THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$"
        )
        db.execute(
            "CREATE TRIGGER no_third BEFORE INSERT ON ecomap.versions FOR EACH ROW EXECUTE FUNCTION public.no_third()"
        )
    assert_one_line_error(ecomap_as(alice, "push", EXAMPLE_CASE), f"store:{REF}", "nothing was changed", "disk full")
    with store.cluster.superuser(store.database) as db:
        assert db.execute("SELECT count(*) FROM ecomap.cases").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM ecomap.versions").fetchone() == (0,)
