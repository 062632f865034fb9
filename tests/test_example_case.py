"""The bundled example case: what a new user opens first must be whole and current."""

import json
from typing import Any

from tests.conftest import EXAMPLE_CASE, EXAMPLE_JSON, run_ecomap


def test_the_example_case_checks_ok_and_matches_its_source() -> None:
    assert run_ecomap("check", EXAMPLE_CASE).returncode == 0
    source = json.loads(EXAMPLE_JSON.read_text(encoding="utf-8"))
    versions = json.loads(run_ecomap("versions", EXAMPLE_CASE, "--json").stdout)
    assert [v["label"] for v in versions] == ["Start of order", "3-month review", "6-month review"]
    for number, want in enumerate(source["versions"], start=1):
        shown = json.loads(run_ecomap("show", EXAMPLE_CASE, "--version", str(number), "--json").stdout)
        assert shown["case"] == source["case"]
        assert shown["versions"] == [want]


def test_the_example_tells_a_story_of_growing_bridging_and_linking_capital() -> None:
    metrics = json.loads(run_ecomap("metrics", EXAMPLE_CASE, "--json").stdout)
    bridging = [m["by_capital"]["bridging"] for m in metrics]
    stressful = [m["stressful"] for m in metrics]
    assert bridging == sorted(bridging)
    assert bridging[0] < bridging[-1]
    assert stressful == sorted(stressful, reverse=True)
    assert stressful[0] > stressful[-1]
    diff = json.loads(run_ecomap("diff", EXAMPLE_CASE, "1", "3", "--json").stdout)
    assert diff["added_ties"]
    assert diff["removed_ties"]
    assert diff["changed_ties"]


def plan_at(version: int) -> list[dict[str, Any]]:
    shown = json.loads(run_ecomap("plan", EXAMPLE_CASE, "--version", str(version), "--json").stdout)
    assert shown["version"] == version
    actions: list[dict[str, Any]] = shown["actions"]
    return actions


def prompts_about(version: int) -> list[dict[str, Any] | None]:
    shown = json.loads(run_ecomap("prompts", EXAMPLE_CASE, "--version", str(version), "--json").stdout)
    return [prompt["about"] for prompt in shown["prompts"]]


def test_the_example_s_plan_tells_a_story_of_steps_agreed_taken_and_reviewed() -> None:
    start, review, latest = plan_at(1), plan_at(2), plan_at(3)
    assert [a["status"] for a in start] == ["planned"] * 4
    assert {next(iter(a["about"])) for a in start} == {"domain", "tie", "node"}
    assert {"capital", "domain", "tie", "node"} <= {next(iter(a["about"])) for a in start + review + latest}
    # at the review: two done, and the map shows it (the café's area of life reached, a tie grown stronger) ...
    by_id = {a["id"]: a for a in review}
    assert [a["status"] for a in review] == ["done", "done", "doing", "dropped", "planned", "planned"]
    assert by_id["a1"]["about"] == {"domain": "community"}
    thin = [{"capital": "bridging"}, {"domain": "community"}]
    assert all(about in prompts_about(1) for about in thin)  # what the first plan set out to change ...
    assert not any(about in prompts_about(2) for about in thin)  # ... and had, by the review
    assert by_id["a2"]["review"]["strength"] == "stronger"
    # ... one still open, one dropped with a reason, and new ones agreed
    assert by_id["a3"]["status"] == "doing"
    assert by_id["a4"]["outcome"].startswith("Lee and Kelly would both rather leave it for now")
    assert [a["review"] for a in review[4:]] == [None, None]
    # at the latest: a step about a tie that does not exist yet is under way, and every action kept its id
    open_tie = next(a for a in latest if a["status"] == "doing")
    assert open_tie["review"]["on_map"] is False
    assert [a["id"] for a in latest[:6]] == [a["id"] for a in review]
    assert {a["text"] for a in start} <= {a["text"] for a in latest}
