"""The bundled example case: what a new user opens first must be whole and current."""

import json

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
