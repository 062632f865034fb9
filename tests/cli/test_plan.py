"""``ecomap plan`` and ``ecomap prompts`` (design §14), run as a user runs them, on a case built from a format-2
document (:mod:`tests.cli.plan_story`) and on format-1 ones; the plan through ``show``, ``export`` and ``import``.
"""

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from ecomap.casefile import CaseFile
from ecomap.model.case import CaseDetails
from tests.cli.plan_story import CAFE_WITH_GARY, full, story
from tests.cli.test_words import MACHINE_WORDS, RAW_CODE
from tests.conftest import SAM_JSON, assert_one_line_error, run_ecomap

STORY = story()
PLANS = [version["plan"] for version in STORY["versions"]]


def json_of(*args: Any) -> Any:
    result = run_ecomap(*args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def output_of(*args: Any) -> str:
    result = run_ecomap(*args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def story_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("story")
    source = folder / "lee.json"
    source.write_text(json.dumps(STORY, ensure_ascii=False), encoding="utf-8")
    case = folder / "lee.ecomap"
    result = run_ecomap("import", source, "-o", case)
    assert result.returncode == 0, result.stderr
    return case


def reviewed(item: dict[str, Any], since: int, then: str, on_map: bool | None, strength: str | None) -> dict[str, Any]:
    return {**full(item), "review": {"since": since, "status_then": then, "on_map": on_map, "strength": strength}}


# -- plan --json ---------------------------------------------------------------------


def test_plan_json_at_the_first_version_has_no_review(story_case: Path) -> None:
    got = json_of("plan", story_case, "--version", "1", "--json")
    assert got == {"version": 1, "actions": [{**full(item), "review": None} for item in PLANS[0]]}


def test_plan_json_reviews_every_kind_of_action_against_the_version_before(story_case: Path) -> None:
    got = json_of("plan", story_case, "--version", "2", "--json")
    a1, a2, a3, a4, a5, a6, a7, a8, a9, a10 = PLANS[1]
    assert got == {
        "version": 2,
        "actions": [
            reviewed(a1, 1, "planned", True, "new"),  # a tie drawn since
            reviewed(a2, 1, "planned", True, "weaker"),  # Lee's tie to Mum: strong to moderate
            reviewed(a3, 1, "planned", True, "stronger"),  # to the tutor: tenuous to moderate
            reviewed(a4, 1, "planned", None, None),  # a capital
            reviewed(a5, 1, "planned", None, None),  # an area of life
            reviewed(a6, 1, "doing", None, None),  # nothing in particular
            reviewed(a7, 1, "planned", True, "ended"),  # the GP is still there, the tie is not
            reviewed(a8, 1, "planned", True, "same"),
            reviewed(a9, 1, "planned", False, None),  # a tie on neither map
            {**full(a10), "review": None},  # not in the plan before
        ],
    }


def test_plan_json_defaults_to_the_latest_version(story_case: Path) -> None:
    got = json_of("plan", story_case, "--json")
    a8, a9, a10, a11 = PLANS[2]
    assert got == {
        "version": 3,
        "actions": [
            reviewed(a8, 2, "doing", True, "ended"),  # Gary is on the map, his tie to Lee is gone
            reviewed(a9, 2, "planned", True, "new"),  # Mum and Gary now tied
            reviewed(a10, 2, "planned", None, None),
            {**full(a11), "review": None},
        ],
    }
    assert json_of("plan", story_case, "--version", "3", "--json") == got


def test_a_format_1_document_gives_empty_plans(sam_case: Path) -> None:
    for number in (1, 2):
        assert json_of("plan", sam_case, "--version", str(number), "--json") == {"version": number, "actions": []}
    assert "No actions in this version's plan." in output_of("plan", sam_case)


# -- prompts --json ---------------------------------------------------------------------


def test_prompts_json_says_where_each_version_is_thin(story_case: Path) -> None:
    assert json_of("prompts", story_case, "--version", "1", "--json") == {
        "version": 1,
        "prompts": [
            {
                "code": "empty_domain",
                "text": "There is nobody on the map from the community yet: a group, a club, faith or recovery.",
                "about": {"domain": "community"},
            }
        ],
    }
    assert json_of("prompts", story_case, "--version", "2", "--json") == {"version": 2, "prompts": []}
    latest = json_of("prompts", story_case, "--json")
    assert latest["version"] == 3
    assert [(p["code"], p["about"]) for p in latest["prompts"]] == [
        ("no_linking", {"capital": "linking"}),
        ("empty_domain", {"domain": "friends"}),
        ("empty_domain", {"domain": "work_education"}),
        ("one_support", {"tie": ["lee", "cafe"]}),  # Mum's tie is stressful now
    ]
    assert latest["prompts"][3]["text"] == "There is one supportive tie so far; one more would share the load."


def test_prompts_of_a_format_1_case(sam_case: Path) -> None:
    got = json_of("prompts", sam_case, "--version", "1", "--json")
    assert got["version"] == 1
    assert [(p["code"], p["about"]) for p in got["prompts"]] == [
        ("no_bridging", {"capital": "bridging"}),  # bonding and linking ties only
        ("empty_domain", {"domain": "community"}),
    ]


# -- what people read -----------------------------------------------------------------------


def test_the_plan_table_reads_as_words(story_case: Path) -> None:
    lines = output_of("plan", story_case, "--version", "2").splitlines()
    assert lines[:3] == [
        "Case P-14, client Lee, worker Sam",
        "Version 2 of 3: 3-month review, 2026-04-12",
        "Plan (10 actions):",
    ]
    assert lines[3].split() == ["Status", "What", "About", "Owner", "Due", "Since", "version", "1"]
    assert len(lines) == 14
    cafe = next(line for line in lines if "recovery café" in line)
    assert cafe.split()[0] == "Done"
    assert cafe.rstrip().endswith("then Planned; the tie to Recovery café is now on the map, strong")
    mum = next(line for line in lines if "Ring Mum" in line)
    assert mum.startswith("  Under way  Ring Mum on Sundays")
    assert mum.rstrip().endswith("then Planned; the tie to Mum is weaker (strong to moderate)")
    tutor = next(line for line in lines if "college tutor" in line)
    assert tutor.split()[:9] == ["Done", "Meet", "the", "college", "tutor", "College", "tutor", "Sam", "2026-03-01"]
    assert next(line for line in lines if "work experience" in line).split()[0] == "Dropped"
    assert "work or learning" in next(line for line in lines if "work experience" in line)
    assert "the network as a whole" in next(line for line in lines if "how the week" in line)
    assert next(line for line in lines if "boxing" in line).rstrip().endswith("new in this plan")
    first = output_of("plan", story_case, "--version", "1").splitlines()
    assert first[3].split() == ["Status", "What", "About", "Owner", "Due"]  # nothing to review at version 1


def test_the_prompts_read_one_line_each(story_case: Path) -> None:
    lines = output_of("prompts", story_case).splitlines()
    assert lines == [
        "Case P-14, client Lee, worker Sam",
        "Version 3 of 3: 6-month review, 2026-07-01",
        "Where the network is thin:",
        "  - There is no tie yet to someone who can open doors: a tutor, a housing officer or a GP.",
        "  - There are no friends on the map yet.",
        "  - There is nobody on the map from work or learning yet.",
        "  - There is one supportive tie so far; one more would share the load.",
    ]
    assert output_of("prompts", story_case, "--version", "2").splitlines()[2] == (
        "Nothing stands out as thin on this map."
    )


def test_no_code_in_what_people_read(story_case: Path) -> None:
    for number in ("1", "2", "3"):
        for verb in ("plan", "prompts"):
            out = output_of(verb, story_case, "--version", number)
            assert not RAW_CODE.findall(out), (verb, number, RAW_CODE.findall(out))
            assert not MACHINE_WORDS.findall(out), (verb, number, MACHINE_WORDS.findall(out))


# -- refusals -------------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["plan", "prompts"])
def test_a_version_out_of_range_is_one_line_and_exit_2(story_case: Path, verb: str) -> None:
    assert_one_line_error(run_ecomap(verb, story_case, "--version", "4"), str(story_case), "has no version 4 (it has 3")
    assert_one_line_error(run_ecomap(verb, story_case, "--version", "0", "--json"), "'0' is not a version number")


@pytest.mark.parametrize("verb", ["plan", "prompts"])
def test_a_case_with_no_versions_is_one_line_and_exit_2(tmp_path: Path, verb: str) -> None:
    empty = tmp_path / "empty.ecomap"
    CaseFile.create(empty, CaseDetails(client="Ana")).close()
    for extra in ([], ["--json"]):
        assert_one_line_error(run_ecomap(verb, empty, *extra), f"{empty}: has no versions yet")
    assert_one_line_error(run_ecomap("plan", empty, "-o", tmp_path / "plan.csv"), "has no versions yet")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.ecomap"]


# -- the evaluators' CSV ----------------------------------------------------------------------


def test_plan_o_writes_every_version_s_plan_one_row_per_action(story_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.csv"
    result = run_ecomap("plan", story_case, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}: wrote 23 actions from 3 versions\n"
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert list(rows[0]) == [
        "version",
        "version_label",
        "version_date",
        "action_id",
        "text",
        "about_kind",
        "about",
        "about_label",
        "owner",
        "due",
        "status",
        "outcome",
        "status_then",
        "on_map",
        "strength",
    ]
    assert [(r["version"], r["action_id"]) for r in rows] == [
        (str(number), item["id"]) for number, plan in enumerate(PLANS, start=1) for item in plan
    ]
    by_key = {(r["version"], r["action_id"]): r for r in rows}
    assert by_key["1", "a1"] == {
        "version": "1",
        "version_label": "Start of order",
        "version_date": "2026-01-12",
        "action_id": "a1",
        "text": CAFE_WITH_GARY,
        "about_kind": "tie",
        "about": "lee|cafe",
        "about_label": "the tie to Recovery café",
        "owner": "Lee",
        "due": "2026-02-01",
        "status": "planned",
        "outcome": "",
        "status_then": "",
        "on_map": "",
        "strength": "",
    }
    second = by_key["2", "a1"]
    assert (second["status"], second["outcome"], second["due"]) == ("done", "Goes every week", "")
    assert (second["status_then"], second["on_map"], second["strength"]) == ("planned", "true", "new")
    assert [by_key["2", a][k] for a in ("a4", "a9") for k in ("about_kind", "about", "on_map", "strength")] == [
        *("capital", "bridging", "", ""),
        *("tie", "mum|gary", "false", ""),
    ]
    boxing = by_key["2", "a10"]
    assert boxing["text"] == "'=Join the boxing club"  # never run as a formula
    assert (boxing["about_kind"], boxing["about"], boxing["about_label"]) == ("domain", "community", "the community")
    assert (boxing["status_then"], boxing["on_map"], boxing["strength"]) == ("", "", "")
    assert by_key["3", "a8"]["about_label"] == "Gary (peer mentor)"
    assert (by_key["3", "a8"]["status_then"], by_key["3", "a8"]["strength"]) == ("doing", "ended")
    assert by_key["1", "a6"]["about_kind"] == by_key["1", "a6"]["about"] == ""


def test_plan_o_refuses_what_it_cannot_write(story_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.txt"
    assert_one_line_error(run_ecomap("plan", story_case, "-o", out), str(out), "give a name ending in .csv")
    both = run_ecomap("plan", story_case, "-o", tmp_path / "plan.csv", "--json")
    assert_one_line_error(both, "-o writes every version's plan; leave out --version and --json")
    assert_one_line_error(run_ecomap("plan", story_case, "-o", tmp_path / "no" / "p.csv"), "its folder does not exist")
    assert list(tmp_path.iterdir()) == []


# -- the plan through show, export and import ---------------------------------------------------


def test_show_and_export_write_format_2_with_each_version_s_plan(story_case: Path, tmp_path: Path) -> None:
    shown = json_of("show", story_case, "--version", "2", "--json")
    assert shown["format_version"] == 2
    (version,) = shown["versions"]
    assert version["plan"] == [full(item) for item in PLANS[1]]
    assert "plan" not in version["map"]
    out = tmp_path / "lee.json"
    assert run_ecomap("export", story_case, "-o", out).returncode == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["format_version"] == 2
    assert [v["plan"] for v in exported["versions"]] == [[full(item) for item in plan] for plan in PLANS]
    again = tmp_path / "again.ecomap"
    assert run_ecomap("import", out, "-o", again).returncode == 0
    assert run_ecomap("check", again).returncode == 0
    for number in (1, 2, 3):
        args = ("plan", "--version", str(number), "--json")
        assert json_of(args[0], again, *args[1:]) == json_of(args[0], story_case, *args[1:])


def test_a_format_1_case_exports_as_format_2_with_empty_plans(tmp_path: Path) -> None:
    case = tmp_path / "sam.ecomap"
    assert run_ecomap("import", SAM_JSON, "-o", case).returncode == 0
    out = tmp_path / "sam.json"
    assert run_ecomap("export", case, "-o", out).returncode == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["format_version"] == 2
    assert [v["plan"] for v in exported["versions"]] == [[], []]


def test_a_protected_case_s_plan_needs_its_passphrase(tmp_path: Path) -> None:
    source = tmp_path / "lee.json"
    source.write_text(json.dumps(STORY), encoding="utf-8")
    case = tmp_path / "lee.ecomap"
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("a long enough passphrase\n", encoding="utf-8")
    assert run_ecomap("import", source, "-o", case, "--passphrase-file", passphrase).returncode == 0
    for verb in ("plan", "prompts"):
        assert_one_line_error(run_ecomap(verb, case, "--json"), str(case), "--passphrase-file")
        got = json_of(verb, case, "--json", "--passphrase-file", passphrase)
        assert got["version"] == 3
    assert json_of("plan", case, "--json", "--passphrase-file", passphrase)["actions"][0]["id"] == "a8"
