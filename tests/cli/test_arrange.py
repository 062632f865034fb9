"""``ecomap arrange`` (design §17): how a version reads at a glance, arranged or as saved; CASE never changes."""

import hashlib
import json
import math
import os
from pathlib import Path
from typing import Any

import pytest

from ecomap.interchange.schema_check import validate_document
from tests.conftest import EXAMPLE_CASE, ROOT, assert_one_line_error, run_ecomap

HAND_DRAWN = ROOT / "tests" / "fixtures" / "hand-drawn" / "lee.json"

COUNTS = ("label_overlaps", "badge_overlaps", "ties_through_nodes", "out_of_sector", "out_of_band", "shortened_labels")
NOTHING = dict.fromkeys(COUNTS, 0)
TEXT_SCALES = ("0.85", "1", "1.2", "1.45", "1.75")
"""The editor's text sizes."""


def polar(angle: float, distance: float) -> dict[str, float]:
    """``x`` and ``y`` of a spot ``distance`` from the client at ``angle`` degrees (counter-clockwise, y down)."""
    return {
        "x": round(distance * math.cos(math.radians(angle)), 2),
        "y": round(-distance * math.sin(math.radians(angle)), 2),
    }


def built_case(folder: Path, name: str, places: dict[str, dict[str, float]]) -> Path:
    """A case of one version: Lee, a friend Jo and a friend Kim (no tie to Lee: the outer band, 240 to 360),
    a GP (services, 206 to 257 degrees; tenuous: the outer band) and a coach (community, 103 to 154
    degrees; moderate: the middle band, 120 to 240), each at ``places``."""
    people = [
        {"id": "jo", "label": "Jo", "kind": "person", "domain": "friends"},
        {"id": "kim", "label": "Kim", "kind": "person", "domain": "friends"},
        {"id": "gp", "label": "GP", "kind": "organisation", "domain": "services"},
        {"id": "coach", "label": "Coach", "kind": "person", "domain": "community"},
    ]
    document = {
        "format": "ecomap",
        "format_version": 1,
        "case": {"reference": "T-1", "client": "Lee", "worker": "Sam", "notes": ""},
        "versions": [
            {
                "label": "Start",
                "date": "2026-01-12",
                "map": {
                    "nodes": [
                        {"id": "lee", "label": "Lee", "kind": "client", "x": 0.0, "y": 0.0},
                        *({**person, **places[person["id"]]} for person in people),
                    ],
                    "ties": [
                        {"source": "lee", "target": "gp", "capital": "linking", "strength": "tenuous"},
                        {"source": "lee", "target": "coach", "capital": "bridging", "strength": "moderate"},
                    ],
                },
            }
        ],
    }
    source = folder / f"{name}.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    case = folder / f"{name}.ecomap"
    result = run_ecomap("import", source, "-o", case)
    assert result.returncode == 0, result.stderr
    return case


CLEAN = {"jo": polar(65, 300), "kim": polar(90, 300), "gp": polar(230, 290), "coach": polar(128, 180)}
"""Everyone in their sector and band, well apart."""
CROWDED = {
    "jo": polar(75, 300),
    "kim": polar(75, 300),  # on top of Jo
    "gp": polar(180, 290),  # in work and education's sector, not services'
    "coach": polar(128, 100),  # in the close band, though the tie is moderate
}


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """The example case as a worker drew it by hand, before Auto-arrange (names on names)."""
    case = tmp_path / "example.ecomap"
    result = run_ecomap("import", HAND_DRAWN, "-o", case)
    assert result.returncode == 0, result.stderr
    return case


def arrange_json(*args: str | Path) -> dict[str, Any]:
    result = run_ecomap("arrange", *args, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    output: dict[str, Any] = json.loads(result.stdout)
    return output


def fingerprint(path: Path) -> tuple[str, int, list[str]]:
    """The file's SHA-256, its modification time and what else is in its folder (no journal left behind)."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def test_the_example_arranged_reads_at_a_glance_and_imports_again(example: Path, tmp_path: Path) -> None:
    output = arrange_json(example)
    assert list(output) == ["document", "legibility"]
    assert output["legibility"] == NOTHING
    assert list(output["legibility"]) == list(COUNTS)
    document = output["document"]
    validate_document(document, "arranged.json")

    # Exactly ``show --json``, with the arranged positions and the size of the rings they need.
    shown = json.loads(run_ecomap("show", example, "--json").stdout)
    saved_positions = {node["id"]: (node["x"], node["y"]) for node in shown["versions"][0]["map"]["nodes"]}
    [arranged] = document["versions"]
    ring_scale = arranged["map"].pop("ring_scale")
    assert ring_scale > 1.0  # the example's close ring is too small for its family at the standard size
    positions = {node["id"]: (node["x"], node["y"]) for node in arranged["map"]["nodes"]}
    for node in shown["versions"][0]["map"]["nodes"]:
        node["x"], node["y"] = positions[node["id"]]
    assert document == shown
    assert positions != saved_positions

    arranged["map"]["ring_scale"] = ring_scale
    saved = tmp_path / "arranged.json"
    saved.write_text(json.dumps(document), encoding="utf-8")
    again = tmp_path / "arranged.ecomap"
    result = run_ecomap("import", saved, "-o", again)
    assert result.returncode == 0, result.stderr
    kept = arrange_json(again, "--keep")
    assert kept == {"document": document, "legibility": NOTHING}


@pytest.mark.parametrize("size", TEXT_SCALES)
def test_every_version_of_the_example_reads_at_every_text_size_of_the_editor(example: Path, size: str) -> None:
    for number in ("1", "2", "3"):
        assert arrange_json(example, "--version", number, "--text-scale", size)["legibility"] == NOTHING


def test_larger_text_needs_larger_rings(example: Path) -> None:
    small, large = (arrange_json(example, "--text-scale", size)["document"] for size in ("0.85", "1.75"))
    assert small["versions"][0]["map"]["ring_scale"] < large["versions"][0]["map"]["ring_scale"]


def test_keep_counts_what_is_wrong_with_the_map_as_saved(tmp_path: Path) -> None:
    case = built_case(tmp_path, "crowded", CROWDED)
    output = arrange_json(case, "--keep")
    assert output["legibility"] == {**NOTHING, "label_overlaps": 1, "out_of_sector": 1, "out_of_band": 1}
    assert output["document"] == json.loads(run_ecomap("show", case, "--json").stdout)  # the positions as saved
    # Arranged, the same map reads at a glance.
    assert arrange_json(case)["legibility"] == NOTHING


def test_keep_counts_nothing_on_a_map_drawn_clean(tmp_path: Path) -> None:
    case = built_case(tmp_path, "clean", CLEAN)
    output = arrange_json(case, "--keep")
    assert output == {"document": json.loads(run_ecomap("show", case, "--json").stdout), "legibility": NOTHING}


def test_version_chooses_the_version_and_the_latest_is_the_default(example: Path) -> None:
    labels = {
        number: arrange_json(example, "--version", number)["document"]["versions"][0]["label"] for number in "123"
    }
    assert labels == {"1": "Start of order", "2": "3-month review", "3": "6-month review"}
    assert arrange_json(example) == arrange_json(example, "--version", "3")
    first = arrange_json(example, "--version", "1", "--keep")["document"]
    assert first == json.loads(run_ecomap("show", example, "--version", "1", "--json").stdout)


def test_the_same_case_is_always_arranged_the_same_way(example: Path) -> None:
    assert run_ecomap("arrange", example, "--json").stdout == run_ecomap("arrange", example, "--json").stdout


def test_the_case_file_is_never_changed(example: Path, tmp_path: Path) -> None:
    crowded = built_case(tmp_path, "crowded", CROWDED)
    for case in (example, crowded):
        before = fingerprint(case)
        for args in ([], ["--keep"], ["--json"], ["--keep", "--json"], ["--version", "1", "--text-scale", "1.75"]):
            assert run_ecomap("arrange", case, *args).returncode == 0
            assert fingerprint(case) == before, (case, args)
        assert_one_line_error(run_ecomap("arrange", case, "--version", "4"))
        assert fingerprint(case) == before


def test_a_version_the_case_lacks_is_refused_in_one_line(example: Path) -> None:
    assert_one_line_error(run_ecomap("arrange", example, "--version", "9"), str(example), "no version 9", "1 to 3")
    assert_one_line_error(run_ecomap("arrange", example, "--version", "0", "--json"), "they start at 1")
    assert_one_line_error(run_ecomap("arrange", example, "--version", "two"), "'two' is not a version number")


def test_a_file_that_is_not_a_case_is_refused_in_one_line(tmp_path: Path) -> None:
    text = tmp_path / "notes.ecomap"
    text.write_text("not a case\n", encoding="utf-8")
    before = fingerprint(text)
    assert_one_line_error(run_ecomap("arrange", text, "--json"), str(text), "not an Ecomap case file")
    assert fingerprint(text) == before
    missing = tmp_path / "gone.ecomap"
    assert_one_line_error(run_ecomap("arrange", missing), str(missing), "no such file")
    assert not missing.exists()


@pytest.mark.parametrize("size", ["0.4", "3.5", "big", "nan", "-1"])
def test_a_text_size_out_of_range_is_refused_in_one_line(example: Path, size: str) -> None:
    assert_one_line_error(
        run_ecomap("arrange", example, "--text-scale", size), "--text-scale", f"'{size}' is not a text size"
    )


def test_the_report_in_words_for_a_map_that_reads(tmp_path: Path) -> None:
    case = built_case(tmp_path, "clean", CLEAN)
    result = run_ecomap("arrange", case, "--keep")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Case T-1, client Lee, worker Sam",
        "Version 1 of 1: Start, 2026-01-12",
        "As saved, at text size 1:",
        "  Reads at a glance: nothing overlaps.",
    ]


def test_the_report_in_words_for_a_map_that_does_not(tmp_path: Path) -> None:
    case = built_case(tmp_path, "crowded", CROWDED)
    result = run_ecomap("arrange", case, "--keep", "--text-scale", "1.2")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Case T-1, client Lee, worker Sam",
        "Version 1 of 1: Start, 2026-01-12",
        "As saved, at text size 1.2:",
        "  1 label overlaps.",
        "  1 person is outside their sector.",
        "  1 person is outside their ring.",
    ]
    arranged = run_ecomap("arrange", case).stdout.splitlines()
    assert arranged[2:] == [
        "Arranged, at text size 1:",
        "  Reads at a glance: nothing overlaps.",
        "  Moved: 4 of 4 people and places.",
        "  Nothing was saved: --json prints the arranged version as a document to import.",
    ]


def test_the_report_for_the_example(example: Path) -> None:
    result = run_ecomap("arrange", example)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:4] == [
        "Case PR-2026-0318, client Lee Marsh, worker Hannah Okafor",
        "Version 3 of 3: 6-month review, 2026-07-13",
        "Arranged, at text size 1:",
        "  Reads at a glance: nothing overlaps.",
    ]
    ring_scale = arrange_json(example)["document"]["versions"][0]["map"]["ring_scale"]
    assert lines[4:] == [
        f"  Rings: grown to {round(ring_scale, 2):g} times the standard size (saved at the standard size).",
        "  Moved: 15 of 15 people and places.",
        "  Nothing was saved: --json prints the arranged version as a document to import.",
    ]


def test_help_lists_arrange() -> None:
    result = run_ecomap("--help")
    assert "ecomap arrange CASE [--version N] [--keep] [--text-scale F] [--json]" in result.stdout
    result = run_ecomap("arrange", "--help")
    assert result.returncode == 0
    for option in ("--version N", "--keep", "--text-scale FACTOR", "--json"):
        assert option in result.stdout


def test_the_bundled_example_reads_at_a_glance_as_saved() -> None:
    for number in ("1", "2", "3"):
        assert arrange_json(EXAMPLE_CASE, "--version", number, "--keep")["legibility"] == NOTHING


def test_arranging_the_bundled_example_moves_no_one() -> None:
    """It is saved arranged: arranging it again gives the same map (positions rounded in its file aside)."""
    result = run_ecomap("arrange", EXAMPLE_CASE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[3:6] == [
        "  Reads at a glance: nothing overlaps.",
        "  Rings: 1.36 times the standard size, as saved.",
        "  Moved: 0 of 15 people and places.",
    ]
