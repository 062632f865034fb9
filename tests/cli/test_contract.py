"""The command line's JSON outputs against the worked example of design §6."""

import json
from pathlib import Path
from typing import Any

from tests.conftest import SAM_EXPECTED, SAM_JSON, run_ecomap

EXPECTED = json.loads(SAM_EXPECTED.read_text(encoding="utf-8"))


def json_of(*args: Any) -> Any:
    result = run_ecomap(*args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def test_versions_json(sam_case: Path) -> None:
    got = json_of("versions", sam_case, "--json")
    for entry, want in zip(got, EXPECTED["versions --json"], strict=True):
        assert {key: entry[key] for key in want} == want


def test_metrics_json(sam_case: Path) -> None:
    got = json_of("metrics", sam_case, "--json")
    for entry, want in zip(got, EXPECTED["metrics --json"], strict=True):
        assert {key: entry[key] for key in want} == want
        assert sum(entry["by_capital"].values()) == entry["ties"]


def test_diff_json(sam_case: Path) -> None:
    got = json_of("diff", sam_case, "1", "2", "--json")
    want = EXPECTED["diff 1 2 --json"]
    assert {key: got[key] for key in want} == want


def test_diff_backwards_swaps_added_and_removed(sam_case: Path) -> None:
    forward = json_of("diff", sam_case, "1", "2", "--json")
    backward = json_of("diff", sam_case, "2", "1", "--json")
    assert (backward["from"], backward["to"]) == (2, 1)
    assert backward["added_nodes"] == forward["removed_nodes"]
    assert backward["removed_nodes"] == forward["added_nodes"]
    pairs = {frozenset((t["source"], t["target"])) for t in forward["added_ties"]}
    assert {frozenset((t["source"], t["target"])) for t in backward["removed_ties"]} == pairs
    for change in backward["changed_ties"]:
        for values in change["changes"].values():
            assert set(values) == {"old", "new"}


def test_a_version_diffed_with_itself_is_empty(sam_case: Path) -> None:
    got = json_of("diff", sam_case, "2", "2", "--json")
    assert all(got[key] == [] for key in got if key not in ("from", "to"))


def test_show_json_is_an_interchange_document_of_exactly_that_version(sam_case: Path, tmp_path: Path) -> None:
    source = json.loads(SAM_JSON.read_text(encoding="utf-8"))
    for number in (1, 2):
        document = json_of("show", sam_case, "--version", str(number), "--json")
        assert document["format"] == "ecomap"
        assert document["format_version"] == 2
        assert document["case"] == source["case"]
        (version,) = document["versions"]
        want = source["versions"][number - 1]
        assert (version["label"], version["date"], version["note"]) == (want["label"], want["date"], want["note"])
        assert [n["id"] for n in version["map"]["nodes"]] == [n["id"] for n in want["map"]["nodes"]]
        assert version["map"]["ties"] == want["map"]["ties"]
        assert version["plan"] == []  # a format 1 document has no plan
        # What show --json prints imports again as the same version.
        copy = tmp_path / f"v{number}.json"
        copy.write_text(json.dumps(document), encoding="utf-8")
        again = tmp_path / f"again{number}.ecomap"
        assert run_ecomap("import", copy, "-o", again).returncode == 0
        assert json_of("show", again, "--json")["versions"] == document["versions"]


def test_show_defaults_to_the_latest_version(sam_case: Path) -> None:
    document = json_of("show", sam_case, "--json")
    assert document["versions"][0]["label"] == "Review"


def test_versions_json_of_a_case_built_from_two_sources_numbers_in_import_order(tmp_path: Path) -> None:
    case = tmp_path / "two.ecomap"
    assert run_ecomap("import", SAM_JSON, "-o", case).returncode == 0
    assert run_ecomap("import", SAM_JSON, "-o", case).returncode == 0
    got = json_of("versions", case, "--json")
    assert [v["number"] for v in got] == [1, 2, 3, 4]
    assert [v["label"] for v in got] == ["Referral", "Review", "Referral", "Review"]
