"""Ecomap JSON, format 1 (design §5): defaults, round trips and every refusal, in process and by the command."""

import copy
import datetime as dt
import json
import math
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from ecomap.casefile import CaseFile
from ecomap.errors import InputError
from ecomap.interchange import strict_json
from ecomap.interchange.ecomap_json import case_to_document, document_bytes
from ecomap.interchange.limits import MAX_DEPTH, MAX_FILE_BYTES
from ecomap.interchange.reader import read_case
from ecomap.interchange.schema_check import schema
from ecomap.model.case import Case
from ecomap.model.enums import Domain, Flow, Kind
from ecomap.model.notation import NODE_RADII
from ecomap.model.rules import MAX_RING_SCALE, MIN_RING_SCALE
from tests.conftest import SAM_JSON, assert_one_line_error, run_ecomap
from tests.interchange.where import assert_where_it_belongs
from tests.strategies import cases

# -- documents -------------------------------------------------------------------


def base_document() -> dict[str, Any]:
    """A small valid document with two versions; tests break one thing in a copy."""
    return {
        "format": "ecomap",
        "format_version": 1,
        "versions": [
            {
                "label": "Start of order",
                "date": "2026-01-12",
                "note": "",
                "map": {
                    "nodes": [
                        {"id": "client", "label": "Sam", "kind": "client"},
                        {"id": "mum", "label": "Mum", "kind": "person", "domain": "family", "x": 0, "y": -140},
                        {"id": "gp", "label": "GP", "kind": "organisation", "domain": "services"},
                    ],
                    "ties": [
                        {"id": "t1", "source": "client", "target": "mum", "capital": "bonding", "strength": "strong"},
                        {"id": "t2", "source": "client", "target": "gp", "capital": "linking", "strength": "tenuous"},
                    ],
                },
            },
            {
                "label": "Review",
                "date": "2026-04-12",
                "map": {
                    "nodes": [{"id": "client", "label": "Sam", "kind": "client"}],
                    "ties": [],
                },
            },
        ],
    }


def encode(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def write(folder: Path, name: str, data: bytes | dict[str, Any]) -> Path:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else encode(data))
    return path


def first_map(document: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = document["versions"][0]["map"]
    return result


def changed(edit: Callable[[dict[str, Any]], None]) -> bytes:
    document = base_document()
    edit(document)
    return encode(document)


def deeper_than_allowed() -> bytes:
    document = base_document()
    value: Any = "deep"
    for _ in range(MAX_DEPTH):
        value = [value]
    document["extra"] = value
    return encode(document)


def setter(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """An edit setting ``path`` (``versions.0.map.nodes.1.kind``) to ``value``."""

    def edit(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return edit


def deleter(path: str) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        del target[last]

    return edit


def add_tie(**tie: Any) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        first_map(document)["ties"].append(tie)

    return edit


def add_node(**node: Any) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        first_map(document)["nodes"].append(node)

    return edit


@dataclass(frozen=True)
class Bad:
    """A broken input and the fragments its one-line refusal must hold."""

    name: str
    data: bytes
    fragments: tuple[str, ...]


BAD_INPUTS = [
    Bad("malformed JSON", b'{"format": "ecomap", "versions": [', ("is not valid JSON", "line 1")),
    Bad("unknown top-level key", changed(setter("formatversion", 1)), ("unknown key 'formatversion'",)),
    Bad(
        "unknown node key",
        changed(setter("versions.0.map.nodes.1.colour", "red")),
        ("versions[0].map.nodes[1]: unknown key 'colour'",),
    ),
    Bad(
        "unknown tie key",
        changed(setter("versions.0.map.ties.0.weight", 3)),
        ("versions[0].map.ties[0]: unknown key 'weight'",),
    ),
    Bad("unknown case key", changed(setter("case", {"clinet": "Sam"})), ("case: unknown key 'clinet'",)),
    Bad(
        "wrong kind",
        changed(setter("versions.0.map.nodes.1.kind", "cousin")),
        ("versions[0].map.nodes[1].kind: 'cousin' is not one of client, person, pet, group, organisation",),
    ),
    Bad(
        "wrong domain",
        changed(setter("versions.0.map.nodes.1.domain", "school")),
        ("versions[0].map.nodes[1].domain: 'school'",),
    ),
    Bad(
        "wrong capital",
        changed(setter("versions.0.map.ties.0.capital", "bond")),
        ("versions[0].map.ties[0].capital: 'bond'",),
    ),
    Bad(
        "wrong strength",
        changed(setter("versions.0.map.ties.1.strength", "weak")),
        ("versions[0].map.ties[1].strength: 'weak'",),
    ),
    Bad(
        "wrong flow",
        changed(setter("versions.0.map.ties.0.flow", "in")),
        ("versions[0].map.ties[0].flow: 'in'",),
    ),
    Bad(
        "stressful not a boolean",
        changed(setter("versions.0.map.ties.0.stressful", "yes")),
        ("versions[0].map.ties[0].stressful", "true or false"),
    ),
    Bad(
        "missing capital",
        changed(deleter("versions.0.map.ties.0.capital")),
        ("versions[0].map.ties[0]: missing required key 'capital'",),
    ),
    Bad(
        "tie to a missing node",
        changed(setter("versions.0.map.ties.1.target", "ghost")),
        ("versions[0].map.ties[1].target: no node with id 'ghost'",),
    ),
    Bad(
        "duplicate node id",
        changed(setter("versions.0.map.nodes.2.id", "mum")),
        ("versions[0].map.nodes[2].id: duplicate node id 'mum'",),
    ),
    Bad(
        "duplicate tie id",
        changed(setter("versions.0.map.ties.1.id", "t1")),
        ("versions[0].map.ties[1].id: duplicate tie id 't1'",),
    ),
    Bad(
        "two clients",
        changed(setter("versions.0.map.nodes.2.kind", "client")),
        ("versions[0].map.nodes[2].kind", "second client"),
    ),
    Bad(
        "no client",
        changed(setter("versions.1.map.nodes.0.kind", "person")),
        ("versions[1].map.nodes: no node has kind 'client'",),
    ),
    Bad(
        "self tie",
        changed(add_tie(source="mum", target="mum", capital="bonding", strength="strong")),
        ("versions[0].map.ties[2]", "both ends are 'mum'"),
    ),
    Bad(
        "two ties for one pair",
        changed(add_tie(source="client", target="mum", capital="bonding", strength="moderate")),
        ("versions[0].map.ties[2]", "at most one tie per pair"),
    ),
    Bad(
        "two ties for one pair, reversed",
        changed(add_tie(source="mum", target="client", capital="bonding", strength="moderate")),
        ("versions[0].map.ties[2]", "already joined by tie 't1'", "at most one tie per pair"),
    ),
    Bad(
        "duplicate JSON key",
        encode(base_document()).replace(b'"label": "Mum"', b'"label": "Mum", "label": "Dad"'),
        ("'label' twice",),
    ),
    Bad("NaN", encode(base_document()).replace(b'"x": 0', b'"x": NaN'), ("NaN",)),
    Bad("Infinity", encode(base_document()).replace(b'"x": 0', b'"x": Infinity'), ("Infinity",)),
    Bad("-Infinity", encode(base_document()).replace(b'"x": 0', b'"x": -Infinity'), ("-Infinity",)),
    Bad("1e999", encode(base_document()).replace(b'"x": 0', b'"x": 1e999'), ("1e999", "too large")),
    Bad(
        "coordinate out of range",
        changed(setter("versions.0.map.nodes.1.x", 2_000_000)),
        ("versions[0].map.nodes[1].x: 2000000 is out of range",),
    ),
    Bad("nesting too deep", deeper_than_allowed(), (f"more than {MAX_DEPTH} deep",)),
    Bad("not UTF-8", encode(base_document()).decode().replace("Mum", "Zoë").encode("latin-1"), ("not UTF-8",)),
    Bad("empty file", b"", ("is empty",)),
    Bad("only white space", b" \n\t\n", ("is empty",)),
    Bad("format not ecomap", changed(setter("format", "ecomap-json")), ("format: 'ecomap-json' is not 'ecomap'",)),
    Bad(
        "format version 3",
        changed(setter("format_version", 3)),
        ("format_version: format version 3 is not supported; this Ecomap reads format versions 1 and 2",),
    ),
    Bad("format missing", changed(deleter("format")), ("missing required key 'format'",)),
    Bad(
        "x without y",
        changed(deleter("versions.0.map.nodes.1.y")),
        ("versions[0].map.nodes[1]: x and y must be given together",),
    ),
    Bad(
        "y without x",
        changed(setter("versions.0.map.nodes.2.y", 10)),
        ("versions[0].map.nodes[2]: x and y must be given together",),
    ),
    Bad(
        "invalid calendar date",
        changed(setter("versions.1.date", "2026-02-30")),
        ("versions[1].date: '2026-02-30' is not a real date",),
    ),
    Bad(
        "date in another form",
        changed(setter("versions.1.date", "12/01/2026")),
        ("versions[1].date: '12/01/2026' is not a date written YYYY-MM-DD",),
    ),
    Bad(
        "control character in a label",
        changed(setter("versions.0.map.nodes.1.label", "Mum\x1b[31m")),
        ("versions[0].map.nodes[1].label: holds the control character U+001B",),
    ),
    Bad(
        "line break in a version label",
        changed(setter("versions.0.label", "Start\nof order")),
        ("versions[0].label: holds the control character U+000A",),
    ),
    Bad(
        "label longer than 200",
        changed(setter("versions.0.map.nodes.1.label", "M" * 201)),
        ("versions[0].map.nodes[1].label: is 201 characters long; at most 200 allowed",),
    ),
    Bad(
        "case client name too long",
        changed(setter("case", {"client": "S" * 201})),
        ("case.client: is 201 characters long",),
    ),
    Bad("JSON array at top level", encode([base_document()]), ("not a format Ecomap recognises",)),
    Bad("versions not a list", changed(setter("versions", {"0": {}})), ("versions: expected a list",)),
    Bad(
        "lone surrogate in a label",
        encode(base_document()).replace(b'"label": "Mum"', b'"label": "M\\ud800m"'),
        ("versions[0].map.nodes[1].label: holds the control character U+D800",),
    ),
    Bad(
        "rings smaller than standard",
        changed(setter("versions.0.map.ring_scale", 0.5)),
        ("versions[0].map.ring_scale: 0.5 is out of range (1 to 50)",),
    ),
    Bad(
        "rings larger than allowed",
        changed(setter("versions.1.map.ring_scale", 51)),
        ("versions[1].map.ring_scale: 51 is out of range (1 to 50)",),
    ),
    Bad(
        "ring scale not a number",
        changed(setter("versions.0.map.ring_scale", "big")),
        ('versions[0].map.ring_scale: expected a number, got "big"',),
    ),
    Bad(
        "ring scale true",
        changed(setter("versions.0.map.ring_scale", True)),
        ("versions[0].map.ring_scale: expected a number, got true",),
    ),
    Bad("ring scale NaN", changed(setter("versions.0.map.ring_scale", "NAN")).replace(b'"NAN"', b"NaN"), ("NaN",)),
    Bad(
        "ring scale Infinity",
        changed(setter("versions.0.map.ring_scale", "INF")).replace(b'"INF"', b"Infinity"),
        ("Infinity",),
    ),
    Bad(
        "ring scale misspelt",
        changed(setter("versions.0.map.ring_scal", 2)),
        ("versions[0].map: unknown key 'ring_scal' (allowed: nodes, ties, ring_scale)",),
    ),
]
BAD_IDS = [bad.name for bad in BAD_INPUTS]
STAGES = {
    "malformed JSON",
    "not UTF-8",
    "empty file",
    "duplicate JSON key",
    "NaN",
    "nesting too deep",
    "JSON array at top level",
    "unknown node key",
    "format version 3",
    "tie to a missing node",
    "two ties for one pair, reversed",
    "invalid calendar date",
    "control character in a label",
}
"""One refusal from each stage a file passes (bytes, JSON, schema, model rules): every
refusal happens before the case is opened, so these stand for all of them there."""
BY_STAGE = [bad for bad in BAD_INPUTS if bad.name in STAGES]


# -- defaults ----------------------------------------------------------------------


def test_everything_optional_takes_its_documented_default(tmp_path: Path) -> None:
    document = {
        "format": "ecomap",
        "format_version": 1,
        "versions": [
            {
                "map": {
                    "nodes": [
                        {"id": "me", "label": "Zoë", "kind": "client"},
                        {"id": "club", "label": "Chess club", "kind": "group"},
                    ],
                    "ties": [{"source": "me", "target": "club", "capital": "bridging", "strength": "moderate"}],
                }
            }
        ],
    }
    before = dt.date.today().isoformat()
    case, format_name = read_case(write(tmp_path, "minimal.json", document))
    after = dt.date.today().isoformat()
    assert format_name == "Ecomap JSON"
    assert (case.details.reference, case.details.client, case.details.worker, case.details.notes) == ("",) * 4
    [version] = case.versions
    assert version.label == ""
    assert version.note == ""
    assert version.date in {before, after}
    club = version.map.node("club")
    assert club.domain is Domain.OTHER
    assert club.notes == ""
    assert version.map.node("me").notes == ""
    [tie] = version.map.ties
    assert tie.stressful is False
    assert tie.flow is Flow.NONE
    assert tie.notes == ""
    assert tie.id


def test_nodes_without_a_position_are_placed_in_their_sector_and_band(tmp_path: Path) -> None:
    """Some have a position: they keep it; the others are placed one by one where they belong."""
    tie_strengths = {"mum": "strong", "dad": "strong", "gp": "tenuous", "coach": "moderate"}
    nodes = [
        {"id": "me", "label": "Sam", "kind": "client"},
        {"id": "mum", "label": "Mum", "kind": "person", "domain": "family"},
        {"id": "dad", "label": "Dad", "kind": "person", "domain": "family"},
        {"id": "gp", "label": "GP", "kind": "organisation", "domain": "services"},
        {"id": "coach", "label": "Coach", "kind": "person", "domain": "community"},
        {"id": "stranger", "label": "Someone", "kind": "person"},
        {"id": "aunt", "label": "Aunt", "kind": "person", "domain": "family", "x": 272.0, "y": -126.5},
    ]
    ties = [
        {"source": "me", "target": node_id, "capital": "bonding", "strength": strength}
        for node_id, strength in tie_strengths.items()
    ]
    ties.append({"source": "aunt", "target": "stranger", "capital": "bridging", "strength": "strong"})
    document = {"format": "ecomap", "format_version": 1, "versions": [{"map": {"nodes": nodes, "ties": ties}}]}
    case, _ = read_case(write(tmp_path, "unplaced.json", document))
    ecomap = case.versions[0].map

    client = ecomap.node("me")
    assert (client.x, client.y) == (0.0, 0.0)
    aunt = ecomap.node("aunt")
    # Two strong family ties need more room than the standard close ring holds: the rings grow,
    # and Aunt moves out with them, so closeness reads the same.
    scale = ecomap.ring_scale
    assert scale > 1.0
    assert (aunt.x, aunt.y) == (pytest.approx(272.0 * scale), pytest.approx(-126.5 * scale))
    for node_id in (*tie_strengths, "stranger"):
        assert_where_it_belongs(ecomap, node_id)
    mum, dad = ecomap.node("mum"), ecomap.node("dad")
    assert math.dist((mum.x, mum.y), (dad.x, dad.y)) > 2 * NODE_RADII[Kind.PERSON], "placed on each other"


def test_a_client_given_no_position_sits_in_the_centre_even_when_others_have_one(tmp_path: Path) -> None:
    document = base_document()
    case, _ = read_case(write(tmp_path, "doc.json", document))
    client = case.versions[0].map.client
    assert (client.x, client.y) == (0.0, 0.0)
    assert (case.versions[0].map.node("mum").x, case.versions[0].map.node("mum").y) == (0.0, -140.0)


def test_generated_tie_ids_are_unique_and_keep_the_given_ones(tmp_path: Path) -> None:
    nodes = [{"id": "c", "label": "C", "kind": "client"}] + [
        {"id": f"n{n}", "label": f"N{n}", "kind": "person"} for n in range(6)
    ]
    given_ids = {0: "t2", 2: "t1", 4: "tie-x"}
    ties = []
    for n in range(6):
        tie = {"source": "c", "target": f"n{n}", "capital": "bonding", "strength": "strong"}
        if n in given_ids:
            tie["id"] = given_ids[n]
        ties.append(tie)
    document = {"format": "ecomap", "format_version": 1, "versions": [{"map": {"nodes": nodes, "ties": ties}}]}
    case, _ = read_case(write(tmp_path, "ids.json", document))
    read_ties = list(case.versions[0].map.ties)
    ids = [tie.id for tie in read_ties]
    assert len(set(ids)) == len(ids) == 6
    for index, tie_id in given_ids.items():
        assert read_ties[index].id == tie_id
        assert read_ties[index].target == f"n{index}"
    assert all(ids[n] and ids[n] not in given_ids.values() for n in range(6) if n not in given_ids)


def test_a_document_with_n_versions_gives_n_versions_in_order(tmp_path: Path) -> None:
    document = base_document()
    labels = [f"Review {n}" for n in range(5)]
    template = document["versions"][1]
    document["versions"] = [
        {**copy.deepcopy(template), "label": label, "date": f"2026-0{n + 1}-15"} for n, label in enumerate(labels)
    ]
    case, _ = read_case(write(tmp_path, "five.json", document))
    assert [v.label for v in case.versions] == labels
    assert [v.date for v in case.versions] == [f"2026-0{n + 1}-15" for n in range(5)]


def test_exporting_what_was_imported_writes_every_field_and_reads_back_the_same(tmp_path: Path) -> None:
    case, _ = read_case(write(tmp_path, "doc.json", base_document()))
    exported = case_to_document(case)
    for version in exported["versions"]:
        assert set(version) == {"label", "date", "note", "map", "plan"}
        assert version["plan"] == []
        for node in version["map"]["nodes"]:
            assert set(node) == {"id", "label", "kind", "domain", "x", "y", "notes"}
        for tie in version["map"]["ties"]:
            assert set(tie) == {"id", "source", "target", "capital", "strength", "stressful", "flow", "notes"}
    again, _ = read_case(write(tmp_path, "again.json", document_bytes(exported)))
    assert case_to_document(again) == exported


def test_a_map_s_ring_scale_is_read_and_written_only_when_not_standard(tmp_path: Path) -> None:
    document = base_document()
    first_map(document)["ring_scale"] = 2
    case, _ = read_case(write(tmp_path, "grown.json", document))
    assert [v.map.ring_scale for v in case.versions] == [2.0, 1.0]
    exported = case_to_document(case)
    assert exported["versions"][0]["map"]["ring_scale"] == 2.0
    assert "ring_scale" not in exported["versions"][1]["map"]
    again, _ = read_case(write(tmp_path, "again.json", document_bytes(exported)))
    assert [v.map for v in again.versions] == [v.map for v in case.versions]
    # The standard size, stated, is the same as not stated.
    first_map(document)["ring_scale"] = 1.0
    stated, _ = read_case(write(tmp_path, "stated.json", document))
    assert "ring_scale" not in case_to_document(stated)["versions"][0]["map"]


def test_the_command_exports_and_imports_the_ring_scale(tmp_path: Path) -> None:
    document = base_document()
    first_map(document)["ring_scale"] = 3.5
    case = tmp_path / "grown.ecomap"
    assert run_ecomap("import", write(tmp_path, "grown.json", document), "-o", case).returncode == 0
    out = tmp_path / "out.json"
    assert run_ecomap("export", case, "-o", out).returncode == 0
    exported = json.loads(out.read_bytes())
    assert [v["map"].get("ring_scale") for v in exported["versions"]] == [3.5, None]
    again = tmp_path / "again.ecomap"
    assert run_ecomap("import", out, "-o", again).returncode == 0
    assert run_ecomap("check", again).returncode == 0
    with CaseFile.open(again) as reopened:
        assert [v.map.ring_scale for v in reopened.versions()] == [3.5, 1.0]


def test_the_schema_s_ring_scale_range_is_the_model_s() -> None:
    ring_scale = schema()["definitions"]["map"]["properties"]["ring_scale"]
    assert (ring_scale["type"], ring_scale["minimum"], ring_scale["maximum"]) == (
        "number",
        MIN_RING_SCALE,
        MAX_RING_SCALE,
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_document_to_file_to_case_to_document_is_the_identity(case: Case) -> None:
    document = case_to_document(case)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.json"
        path.write_bytes(document_bytes(document))
        imported, format_name = read_case(path)
    assert format_name == "Ecomap JSON"
    assert case_to_document(imported) == document
    assert [v.map for v in imported.versions] == [v.map for v in case.versions]


# -- refusals in process -------------------------------------------------------------


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=BAD_IDS)
def test_read_case_refuses_bad_input_naming_the_file_and_the_place(tmp_path: Path, bad: Bad) -> None:
    path = write(tmp_path, "bad.json", bad.data)
    with pytest.raises(InputError) as caught:
        read_case(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message
    assert len(message) < 400, message
    for fragment in bad.fragments:
        assert fragment in message, (fragment, message)


def test_the_base_document_itself_is_fine(tmp_path: Path) -> None:
    case, _ = read_case(write(tmp_path, "good.json", base_document()))
    assert [v.label for v in case.versions] == ["Start of order", "Review"]


def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = encode(base_document())
    monkeypatch.setattr(strict_json, "MAX_FILE_BYTES", len(data))
    path = write(tmp_path, "exact.json", data)
    assert len(read_case(path)[0].versions) == 2
    bigger = write(tmp_path, "bigger.json", data + b" ")
    with pytest.raises(InputError) as caught:
        read_case(bigger)
    assert str(caught.value).startswith(f"{bigger}: is larger than")


def test_a_huge_value_does_not_flood_the_message(tmp_path: Path) -> None:
    path = write(tmp_path, "huge.json", changed(setter("versions.0.map.nodes.1.kind", "k" * 100_000)))
    with pytest.raises(InputError) as caught:
        read_case(path)
    message = str(caught.value)
    assert "versions[0].map.nodes[1].kind" in message
    assert len(message) < 300


# -- refusals by the real command ------------------------------------------------------


@pytest.fixture(scope="module")
def existing_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A case file made by the real command from a document of this module; copied per test."""
    folder = tmp_path_factory.mktemp("existing")
    source = write(folder, "first.json", base_document())
    case = folder / "template.ecomap"
    result = run_ecomap("import", source, "-o", case)
    assert result.returncode == 0, result.stderr
    return case


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=BAD_IDS)
def test_the_command_refuses_bad_input_and_creates_no_case(tmp_path: Path, bad: Bad) -> None:
    source = write(tmp_path, "bad.json", bad.data)
    case = tmp_path / "new.ecomap"
    result = run_ecomap("import", source, "-o", case)
    assert_one_line_error(result, str(source), *bad.fragments)
    assert not case.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


@pytest.mark.parametrize("bad", BY_STAGE, ids=[bad.name for bad in BY_STAGE])
def test_the_command_leaves_an_existing_case_unchanged(tmp_path: Path, existing_case: Path, bad: Bad) -> None:
    case = tmp_path / "client.ecomap"
    shutil.copyfile(existing_case, case)
    before = case.read_bytes()
    source = write(tmp_path, "bad.json", bad.data)
    result = run_ecomap("import", source, "-o", case)
    assert_one_line_error(result, str(source), *bad.fragments)
    assert case.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "client.ecomap"]


def test_the_command_refuses_a_file_over_64_mib(tmp_path: Path) -> None:
    source = tmp_path / "huge.json"
    with source.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: quick to make, all zero bytes
    case = tmp_path / "new.ecomap"
    result = run_ecomap("import", source, "-o", case)
    assert_one_line_error(result, str(source), "larger than 64 MiB")
    assert not case.exists()


def test_one_bad_file_among_several_writes_nothing(tmp_path: Path, existing_case: Path) -> None:
    good = write(tmp_path, "a.json", base_document())
    bad = write(tmp_path, "b.json", changed(setter("versions.0.map.nodes.1.kind", "cousin")))
    case = tmp_path / "new.ecomap"
    result = run_ecomap("import", good, bad, "-o", case)
    assert_one_line_error(result, str(bad), "versions[0].map.nodes[1].kind")
    assert not case.exists()
    assert result.stdout == ""

    kept = tmp_path / "kept.ecomap"
    shutil.copyfile(existing_case, kept)
    before = kept.read_bytes()
    result = run_ecomap("import", good, bad, "-o", kept)
    assert_one_line_error(result, str(bad), "'cousin'")
    assert kept.read_bytes() == before


def test_the_command_appends_each_document_s_versions_in_order(tmp_path: Path, existing_case: Path) -> None:
    case = tmp_path / "client.ecomap"
    shutil.copyfile(existing_case, case)
    later = base_document()
    later["versions"][0]["label"] = "Six months"
    later["versions"][1]["label"] = "Nine months"
    source = write(tmp_path, "later.json", later)
    result = run_ecomap("import", source, "-o", case)
    assert result.returncode == 0, result.stderr
    listed = json.loads(run_ecomap("versions", case, "--json").stdout)
    assert [v["number"] for v in listed] == [1, 2, 3, 4]
    assert [v["label"] for v in listed] == ["Start of order", "Review", "Six months", "Nine months"]


def test_the_command_round_trips_a_document_with_defaults_to_a_fixed_point(tmp_path: Path) -> None:
    case = tmp_path / "sam.ecomap"
    assert run_ecomap("import", SAM_JSON, "-o", case).returncode == 0
    first = tmp_path / "first.json"
    assert run_ecomap("export", case, "-o", first).returncode == 0
    again = tmp_path / "again.ecomap"
    assert run_ecomap("import", first, "-o", again).returncode == 0
    second = tmp_path / "second.json"
    assert run_ecomap("export", again, "-o", second).returncode == 0
    assert json.loads(second.read_bytes()) == json.loads(first.read_bytes())
    imported, _ = read_case(SAM_JSON)
    assert json.loads(first.read_bytes()) == case_to_document(imported)


def test_every_stage_named_is_a_bad_input() -> None:
    assert len(BY_STAGE) == len(STAGES)


def test_kinds_in_the_schema_match_the_model() -> None:
    definitions = schema()["definitions"]
    assert definitions["node"]["properties"]["kind"]["enum"] == [kind.value for kind in Kind]
    assert definitions["node"]["properties"]["domain"]["enum"] == [domain.value for domain in Domain]
    assert definitions["tie"]["properties"]["flow"]["enum"] == [flow.value for flow in Flow]
