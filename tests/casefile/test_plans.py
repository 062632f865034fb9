"""The plan in the case file (design §14): saved inside each version's hash, in the draft and the autosave,
checked by ``ecomap check``; case files from before plans (schemas 1 and 2) open with empty plans and keep
every hash; a file that may hold plans (schema 3) is refused by an Ecomap that knows nothing of them.
"""

import hashlib
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecomap.casefile import CaseFile, schema
from ecomap.casefile.check import check_case_file
from ecomap.casefile.header import read_header
from ecomap.casefile.versions_table import chain_hash
from ecomap.errors import InputError
from ecomap.model.canonical import canonical_bytes
from ecomap.model.case import CaseDetails, Version
from ecomap.model.network import EcoMap
from ecomap.model.plan import AboutNode, AboutTie, Action, Status
from tests.casefile.test_check import check_problems, raw_execute, tamper
from tests.casefile.test_store import make_map, snapshot
from tests.conftest import FIXTURES, run_ecomap
from tests.strategies import versions

GOLDEN_2 = FIXTURES / "casefiles" / "schema-2.ecomap"
GOLDEN_2_SHA256 = "b914e5a5a37fc8d3e8a399b35e7c7a4d908716f1854207ae34ad98bee50069c0"
"""Written once at schema 2, before plans (``ecomap import sam.json``, then a draft and an autosave, each with
one person moved); never regenerate it."""
GOLDEN_1 = FIXTURES / "casefiles" / "schema-1.ecomap"


def planned_map() -> EcoMap:
    """:func:`make_map` with a plan: about a person, about a tie not drawn yet, and about nothing."""
    ecomap = make_map(3)
    for action in (
        Action("a1", "Ring Person 0 on Sunday", AboutNode("p0"), owner="Client", due="2026-02-01"),
        Action("a2", "Introduce Person 1 to Person 2", AboutTie(("p1", "p2")), status=Status.DOING),
        Action("a3", "Look for a club", None, status=Status.DROPPED, outcome="Not now"),
    ):
        ecomap.plan.add_action(action)
    return ecomap


def raw_rows(path: Path) -> list[tuple[Any, ...]]:
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return raw.execute("SELECT number, body, prev_sha256, sha256 FROM versions ORDER BY number").fetchall()
    finally:
        raw.close()


def user_version(path: Path) -> int:
    header = read_header(path)
    assert header is not None
    return header.user_version


@pytest.fixture
def planned_case(tmp_path: Path) -> Path:
    """A case of two versions: the first without a plan, the second with :func:`planned_map`'s."""
    path = tmp_path / "planned.ecomap"
    first = Version("Start", "2026-01-12", "", make_map(3))
    second = Version("Review", "2026-04-12", "", planned_map())
    CaseFile.create(path, CaseDetails(client="Ana"), [first, second]).close()
    return path


# -- old files --------------------------------------------------------------------


def test_the_schema_2_golden_file_is_the_one_written_before_plans() -> None:
    assert hashlib.sha256(GOLDEN_2.read_bytes()).hexdigest() == GOLDEN_2_SHA256
    assert user_version(GOLDEN_2) == 2


@pytest.mark.parametrize("golden", [GOLDEN_1, GOLDEN_2], ids=["schema-1", "schema-2"])
def test_an_old_file_migrates_with_empty_plans_and_every_hash_kept(tmp_path: Path, golden: Path) -> None:
    path = tmp_path / golden.name
    shutil.copyfile(golden, path)
    before = raw_rows(path)
    with CaseFile.open(path) as case:  # read-only: migrated in memory, the file untouched
        assert [len(v.map.plan) for v in case.versions()] == [0, 0]
    assert raw_rows(path) == before
    assert check_case_file(path).ok
    with CaseFile.open(path, writable=True) as case:
        working = [case.draft(), case.autosave()]
        assert all(len(draft.map.plan) == 0 for draft in working if draft is not None)
        case.append_version(Version("With a plan", "2026-07-01", "", planned_map()))
    assert user_version(path) == schema.SCHEMA_VERSION == 3
    after = raw_rows(path)
    assert after[:2] == before  # bodies and hashes byte for byte
    assert after[2][2] == before[1][3]  # the new version follows on from the old chain
    assert check_case_file(path).ok
    with CaseFile.open(path) as case:
        assert case.version(3).map == planned_map()
    plan = run_ecomap("plan", path, "--version", "2", "--json")
    assert plan.returncode == 0, plan.stderr
    assert json.loads(plan.stdout) == {"version": 2, "actions": []}


def test_the_schema_2_golden_file_keeps_its_draft_and_autosave(tmp_path: Path) -> None:
    path = tmp_path / "schema-2.ecomap"
    shutil.copyfile(GOLDEN_2, path)
    with CaseFile.open(path) as case:
        draft, autosave = case.draft(), case.autosave()
        assert draft is not None
        assert autosave is not None
        assert (draft.map.node("boxing").x, draft.map.node("boxing").y) == (10.0, -300.0)
        assert (autosave.map.node("coach").x, autosave.map.node("coach").y) == (-50.0, 200.0)
        assert draft.based_on == autosave.based_on == 2
    result = run_ecomap("check", path)
    assert result.returncode == 0, result.stderr
    assert ": ok: 2 versions, an unsaved draft;" in result.stdout


def test_an_ecomap_from_before_plans_refuses_a_file_that_may_hold_them(
    planned_case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(planned_case)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.delitem(schema.SCHEMAS, 3)
    for writable in (False, True):
        with pytest.raises(InputError, match=r"newer Ecomap \(case file format 3; this Ecomap reads up to 2\)"):
            CaseFile.open(planned_case, writable=writable)
    assert snapshot(planned_case) == before


# -- saved versions, draft and autosave ------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(versions(with_plan=True), st.data())
def test_a_plan_saved_with_a_version_reads_back_and_its_hash_covers_it(version: Version, data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.ecomap"
        CaseFile.create(path, CaseDetails(), [version]).close()
        with CaseFile.open(path, writable=True) as case:
            assert case.version(1).map == version.map
            assert list(case.version(1).map.plan.actions) == list(version.map.plan.actions)
            case.write_draft(version.map, 1)
            case.write_autosave(version.map, 1)
            for working in (case.draft(), case.autosave()):
                assert working is not None
                assert working.map == version.map
        assert check_case_file(path).ok
        if not len(version.map.plan):
            return
        # Change one field of one stored action behind the triggers' back: the hash gives it away.
        (_number, body, _prev, _sha256) = raw_rows(path)[0]
        stored = json.loads(body)
        action = data.draw(st.sampled_from(stored["map"]["plan"]))
        field = data.draw(st.sampled_from(["text", "owner", "status", "due", "outcome"]))
        action[field] = {
            "text": action["text"] + "!",
            "owner": action["owner"] + "x",
            "status": "done" if action["status"] != "done" else "dropped",
            "due": "2030-01-01" if action["due"] != "2030-01-01" else None,
            "outcome": action["outcome"] + "x",
        }[field]
        tamper(path, ("UPDATE versions SET body = ? WHERE number = 1", (canonical_bytes(stored),)))
        report = check_case_file(path)
        assert report.problems == ["version 1: content does not match its hash; it was altered after saving"]


def test_a_dropped_action_is_found_by_the_command(planned_case: Path) -> None:
    (_number, body, _prev, _sha256) = raw_rows(planned_case)[1]
    stored = json.loads(body)
    del stored["map"]["plan"][1]
    tamper(planned_case, ("UPDATE versions SET body = ? WHERE number = 2", (canonical_bytes(stored),)))
    assert check_problems(planned_case) == ["version 2: content does not match its hash; it was altered after saving"]


def rehash_version_2(path: Path, edit: Any) -> None:
    """Edit version 2's stored body with ``edit(body_dict)`` and recompute its hash, as someone who knows the
    chain would: only the rules of the plan can then give the edit away."""
    rows = raw_rows(path)
    stored = json.loads(rows[1][1])
    edit(stored)
    body = canonical_bytes(stored)
    tamper(path, ("UPDATE versions SET body = ?, sha256 = ? WHERE number = 2", (body, chain_hash(rows[1][2], body))))


def about_a_ghost(body: dict[str, Any]) -> None:
    body["map"]["plan"][0]["about"] = {"node": "ghost"}


def with_status(status: str) -> Any:
    def edit(body: dict[str, Any]) -> None:
        body["map"]["plan"][1]["status"] = status

    return edit


def with_extra_field(body: dict[str, Any]) -> None:
    body["map"]["plan"][2]["colour"] = "red"


def with_a_duplicate(body: dict[str, Any]) -> None:
    body["map"]["plan"].append(dict(body["map"]["plan"][0]))


def with_long_text(body: dict[str, Any]) -> None:
    body["map"]["plan"][0]["text"] = "x" * 501


def with_empty_plan(body: dict[str, Any]) -> None:
    body["map"]["plan"] = []


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (about_a_ghost, "version 2: content cannot be read (plan[0].about.node: no node with id 'ghost' on this map)"),
        (
            with_status("maybe"),
            "version 2: its plan cannot be read (plan[1].status: 'maybe' is not one of planned, doing, done, dropped)",
        ),
        (with_extra_field, "version 2: its plan cannot be read (plan[2]: not an action as Ecomap stores it"),
        (with_a_duplicate, "version 2: content cannot be read (plan[3].id: duplicate action id 'a1')"),
        (with_long_text, "version 2: content cannot be read (plan[0].text: is 501 characters long"),
        (with_empty_plan, "version 2: content is not in canonical form"),
    ],
    ids=["about a node not on the map", "bad status", "unknown field", "duplicate id", "text too long", "[] stated"],
)
def test_check_reports_a_plan_that_breaks_the_rules(planned_case: Path, edit: Any, problem: str) -> None:
    rehash_version_2(planned_case, edit)
    problems = check_problems(planned_case)
    assert len(problems) == 1, problems
    assert problems[0].startswith(problem), problems


def test_check_reports_a_draft_whose_plan_breaks_the_rules(planned_case: Path) -> None:
    with CaseFile.open(planned_case, writable=True) as case:
        case.write_draft(planned_map(), 2)
    raw = sqlite3.connect(planned_case)
    body = json.loads(raw.execute("SELECT body FROM draft").fetchone()[0])
    raw.close()
    body["plan"][0]["status"] = "someday"
    raw_execute(planned_case, "UPDATE draft SET body = ?", (canonical_bytes(body),))
    assert check_problems(planned_case) == [
        "draft: its plan cannot be read (plan[0].status: 'someday' is not one of planned, doing, done, dropped)"
    ]
