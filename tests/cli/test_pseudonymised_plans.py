"""``ecomap export CASE -o OUT.json --pseudonymise`` on the example case: every version's plan comes along, about
the renumbered nodes, with no name from the map left in its texts and owners, and outcomes only on request."""

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLE_CASE, run_ecomap

NAMES = ("Lee", "Marsh", "Carol", "Zoë", "Ryan", "Bruno", "Kelly", "Tomás", "Gary")
"""The client's name and the personal names in the example's labels of people and pets."""
WORKER = "Hannah Okafor"


def exported(case: Path, output: Path, *options: str) -> dict[str, Any]:
    result = run_ecomap("export", case, "-o", output, *options)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data: dict[str, Any] = json.loads(output.read_bytes())
    return data


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example exported as it is, pseudonymised, and pseudonymised keeping the notes."""
    folder = tmp_path_factory.mktemp("pseudonymised")
    case = shutil.copyfile(EXAMPLE_CASE, folder / "example.ecomap")
    paths = {name: folder / f"{name}.json" for name in ("real", "hidden", "notes")}
    exported(case, paths["real"])
    exported(case, paths["hidden"], "--pseudonymise")
    exported(case, paths["notes"], "--pseudonymise", "--keep-notes")
    return paths


def document(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_bytes())
    return data


def names_in(text: str) -> list[str]:
    """Which of :data:`NAMES` ``text`` holds as words, in any case."""
    return [name for name in NAMES if re.search(rf"(?<![^\W\d_]){name}(?![^\W\d_])", text, re.IGNORECASE)]


def plans(data: dict[str, Any]) -> list[list[dict[str, Any]]]:
    return [version.get("plan", []) for version in data["versions"]]


def label_of(version: dict[str, Any], node_id: str) -> str:
    [label] = [node["label"] for node in version["map"]["nodes"] if node["id"] == node_id]
    return str(label)


def test_the_example_s_plans_name_people_on_its_map(exports: dict[str, Path]) -> None:
    real = document(exports["real"])
    assert real["case"]["client"] == "Lee Marsh"
    words = [item[field] for plan in plans(real) for item in plan for field in ("text", "owner", "outcome")]
    assert {name for word in words for name in names_in(word)} >= {"Lee", "Zoë", "Kelly", "Tomás", "Gary"}
    labels = " ".join(node["label"] for version in real["versions"] for node in version["map"]["nodes"])
    assert names_in(f"{labels} {real['case']['client']}") == list(NAMES)


def test_every_version_keeps_its_plan_with_its_action_ids(exports: dict[str, Path]) -> None:
    real, hidden = document(exports["real"]), document(exports["hidden"])
    assert hidden["format_version"] == 2
    assert all(plans(real))
    assert [[a["id"] for a in plan] for plan in plans(hidden)] == [[a["id"] for a in plan] for plan in plans(real)]
    for before, after in zip(plans(real), plans(hidden), strict=True):
        for old, new in zip(before, after, strict=True):
            assert (new.get("status"), new.get("due")) == (old.get("status"), old.get("due"))


def test_what_an_action_is_about_follows_the_nodes_new_ids(exports: dict[str, Path]) -> None:
    real, hidden = document(exports["real"]), document(exports["hidden"])
    seen = 0
    for old_version, new_version in zip(real["versions"], hidden["versions"], strict=True):
        old_ids = {node["id"] for node in old_version["map"]["nodes"]}
        new_ids = {node["id"] for node in new_version["map"]["nodes"]}
        old_plan, new_plan = old_version["plan"], new_version["plan"]
        for old, new in zip(old_plan, new_plan, strict=True):
            about, new_about = old["about"] or {}, new["about"] or {}
            ends = about.get("tie") or ([about["node"]] if "node" in about else [])
            new_ends = new_about.get("tie") or ([new_about["node"]] if "node" in new_about else [])
            assert len(new_ends) == len(ends)
            for end, new_end in zip(ends, new_ends, strict=True):
                assert end in old_ids
                assert new_end in new_ids
                assert new_end == "client" or re.fullmatch(r"n\d+", new_end)
                # the same node: its label as pseudonymising writes it
                assert label_of(new_version, new_end) == _pseudonymised(label_of(old_version, end), hidden)
                seen += 1
            if not ends:
                assert new_about == about
    assert seen >= 5
    latest = hidden["versions"][-1]
    [meet] = [a for a in latest["plan"] if a["id"] == "a2"]
    assert [label_of(latest, end) for end in meet["about"]["tie"]] == ["L.M.", "Mate T."]


def _pseudonymised(label: str, hidden: dict[str, Any]) -> str:
    """What the example's ``label`` reads as in the pseudonymised export."""
    known = {
        "Lee": hidden["case"]["client"],
        "Mum (Carol)": "Mum (C.)",
        "Sister Zoë": "Sister Z.",
        "Mate Tomás": "Mate T.",
        "Ex-partner Kelly": "Ex-partner K.",
        "Peer mentor Gary": "Peer mentor G.",
        "Brother Ryan": "Brother R.",
        "Bruno (dog)": "B. (dog)",
    }
    return known.get(label, label)


def test_a_name_reads_in_an_action_as_on_the_map_and_the_worker_stays(exports: dict[str, Path]) -> None:
    latest = {a["id"]: a for a in plans(document(exports["hidden"]))[-1]}
    assert latest["a2"]["text"] == "Meet T. for a coffee in town, away from the estate"
    assert latest["a3"]["text"] == "Ring Z. on her day off and arrange a visit"
    assert latest["a4"]["text"] == "Meet K. with a mediator to sort out his belongings"
    assert latest["a7"]["owner"] == "Peer mentor G."  # as the label reads on the map
    assert latest["a2"]["owner"] == "L.M."  # the client, as the client reads on the map
    assert latest["a4"]["owner"] == WORKER  # the worker is named in the case details too


def test_no_real_name_is_anywhere_in_the_file(exports: dict[str, Path]) -> None:
    data = exports["hidden"].read_bytes()
    text = data.decode("utf-8")
    for name in NAMES:
        assert name.encode("utf-8") not in data, name
    assert names_in(text) == []
    assert names_in(json.dumps(json.loads(data), ensure_ascii=False)) == []
    for item in (item for plan in plans(document(exports["hidden"])) for item in plan):
        assert item["outcome"] == "", "an outcome is a note: left out"


def test_outcomes_are_kept_on_request_and_scrubbed(exports: dict[str, Path]) -> None:
    real, kept = plans(document(exports["real"])), plans(document(exports["notes"]))
    outcomes = [
        (old["outcome"], new["outcome"]) for b, a in zip(real, kept, strict=True) for old, new in zip(b, a, strict=True)
    ]
    assert any(names_in(old) for old, _new in outcomes)
    for old, new in outcomes:
        assert bool(new) == bool(old)
        assert names_in(new) == [], new
    for plan in kept:
        for item in plan:
            assert names_in(item["text"]) == []
            assert item["owner"] == WORKER or names_in(item["owner"]) == []
    latest = {a["id"]: a for a in kept[-1]}
    assert latest["a3"]["outcome"] == "Went round for Sunday dinner with Mum in May; Z. and L.M. text most weeks now."
    assert latest["a1"]["outcome"].endswith("where he met G., a peer mentor.")


def test_a_name_in_a_version_label_or_a_group_s_name_is_scrubbed_in_every_format(tmp_path: Path) -> None:
    source = {
        "format": "ecomap",
        "format_version": 2,
        "case": {"reference": "R1", "client": "Lee Marsh", "worker": WORKER, "notes": ""},
        "versions": [
            {
                "label": "Lee's first review",
                "date": "2026-01-12",
                "map": {
                    "nodes": [
                        {"id": "client", "label": "Lee Marsh", "kind": "client"},
                        {"id": "tomas", "label": "Mate Tomás", "kind": "person", "domain": "friends"},
                        {"id": "team", "label": "Tomás's five-a-side team", "kind": "group", "domain": "community"},
                    ],
                    "ties": [{"source": "client", "target": "team", "capital": "bridging", "strength": "moderate"}],
                },
                "plan": [{"id": "a1", "text": "Play with Tomás on Wednesdays", "about": {"node": "team"}}],
            }
        ],
    }
    (tmp_path / "in.json").write_text(json.dumps(source), encoding="utf-8")
    case = tmp_path / "lee.ecomap"
    assert run_ecomap("import", tmp_path / "in.json", "-o", case).returncode == 0
    for suffix in (".json", ".csv", ".graphml", ".pdf"):
        output = tmp_path / f"hidden{suffix}"
        result = run_ecomap("export", case, "-o", output, "--pseudonymise")
        assert result.returncode == 0, result.stderr
        if suffix == ".pdf":
            continue  # the PDF's text is read back in tests/report
        text = output.read_text(encoding="utf-8")
        assert names_in(text) == [], f"{suffix}: {names_in(text)}"
    data = document(tmp_path / "hidden.json")
    [version] = data["versions"]
    assert version["label"] == "L.'s first review"
    assert label_of(version, version["plan"][0]["about"]["node"]) == "T.'s five-a-side team"
    assert version["plan"][0]["text"] == "Play with T. on Wednesdays"
