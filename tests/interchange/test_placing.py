"""People imported without a position are placed so the map reads at a glance (design §17)."""

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from ecomap.interchange import placing
from ecomap.interchange.reader import read_case
from ecomap.model import placement
from ecomap.model.arrange import arrange
from ecomap.model.legibility import measure
from ecomap.model.network import EcoMap
from ecomap.model.placement import Placement
from tests.conftest import EXAMPLE_JSON
from tests.interchange.where import assert_where_it_belongs

KEPT = frozenset({"client", "mum", "sister", "probation"})
"""The people who keep their position in the tests of placing some."""


def example_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(EXAMPLE_JSON.read_text(encoding="utf-8"))
    return document


def without_positions(document: dict[str, Any], keep: frozenset[str] = frozenset()) -> dict[str, Any]:
    """``document`` with every node's position taken out, but those of ``keep``."""
    stripped = copy.deepcopy(document)
    for version in stripped["versions"]:
        for node in version["map"]["nodes"]:
            if node["id"] not in keep:
                node.pop("x", None)
                node.pop("y", None)
    return stripped


def imported(folder: Path, document: dict[str, Any]) -> list[EcoMap]:
    path = folder / "doc.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    case, _ = read_case(path)
    return [version.map for version in case.versions]


def small_document(nodes: list[dict[str, Any]], ties: list[dict[str, Any]]) -> dict[str, Any]:
    client = {"id": "me", "label": "Lee", "kind": "client"}
    return {"format": "ecomap", "format_version": 1, "versions": [{"map": {"nodes": [client, *nodes], "ties": ties}}]}


def client_tie(node_id: str, strength: str, capital: str = "bonding") -> dict[str, Any]:
    return {"source": "me", "target": node_id, "capital": capital, "strength": strength}


def test_a_map_without_any_position_is_arranged_and_reads_at_a_glance(tmp_path: Path) -> None:
    as_drawn = imported(tmp_path, example_document())
    for ecomap, drawn in zip(imported(tmp_path, without_positions(example_document())), as_drawn, strict=True):
        for node in ecomap.nodes:
            if not node.is_client:
                assert_where_it_belongs(ecomap, node.id)
        assert measure(ecomap).problems == 0
        # Exactly what Auto-arrange makes of it (which does not depend on where people were).
        expected = arrange(drawn)
        assert ecomap.ring_scale == expected.ring_scale
        assert {node.id: (node.x, node.y) for node in ecomap.nodes} == expected.positions


def test_given_positions_are_kept_and_the_others_placed_where_they_belong(tmp_path: Path) -> None:
    nodes = [
        {"id": "mum", "label": "Mum", "kind": "person", "domain": "family", "x": 80.0, "y": -30.0},
        {"id": "gp", "label": "GP", "kind": "organisation", "domain": "services"},
        {"id": "coach", "label": "Coach", "kind": "person", "domain": "community"},
        {"id": "pal", "label": "Jay", "kind": "person", "domain": "friends", "x": 75.0, "y": -290.0},
    ]
    ties = [client_tie("mum", "strong"), client_tie("gp", "tenuous", "linking"), client_tie("coach", "moderate")]
    [ecomap] = imported(tmp_path, small_document(nodes, ties))
    assert ecomap.ring_scale == 1.0  # there was room: nobody else moved
    assert (ecomap.node("mum").x, ecomap.node("mum").y) == (80.0, -30.0)
    assert (ecomap.node("pal").x, ecomap.node("pal").y) == (75.0, -290.0)
    for node_id in ("mum", "gp", "coach", "pal"):
        assert_where_it_belongs(ecomap, node_id)
    assert measure(ecomap).problems == 0


def test_people_without_a_position_are_placed_one_by_one_in_the_map_s_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    placed: list[tuple[str, set[str]]] = []
    real = placement.place_person

    def recording(ecomap: EcoMap, node_id: str, text_scale: float = 1.0) -> Placement:
        placed.append((node_id, {node.id for node in ecomap.nodes}))
        return real(ecomap, node_id, text_scale)

    monkeypatch.setattr(placement, "place_person", recording)
    document = without_positions(example_document(), keep=KEPT)
    version = document["versions"][0]
    maps = imported(tmp_path, {**document, "versions": [version]})
    order = [node["id"] for node in version["map"]["nodes"] if node["id"] not in KEPT]
    assert [node_id for node_id, _ in placed] == order
    for number, (node_id, present) in enumerate(placed):
        # Those still waiting are not on the map yet (they would sit on the client).
        assert present == {*KEPT, *order[: number + 1]}, node_id
    for node_id in order:
        assert_where_it_belongs(maps[0], node_id)


def test_when_the_rings_grow_everyone_moves_out_with_them(tmp_path: Path) -> None:
    """Five strong family ties do not fit in the standard close ring: it grows, and so does everyone's distance."""
    nodes = [
        {"id": "gp", "label": "Dr Okonkwo-Smith", "kind": "organisation", "domain": "services", "x": -150.0, "y": 260.0}
    ]
    family = [f"Cousin {name}" for name in ("Alexandra", "Bartholomew", "Christopher", "Dominique", "Evangeline")]
    nodes += [{"id": f"c{n}", "label": label, "kind": "person", "domain": "family"} for n, label in enumerate(family)]
    ties = [client_tie("gp", "tenuous", "linking")] + [client_tie(f"c{n}", "strong") for n in range(len(family))]
    [ecomap] = imported(tmp_path, small_document(nodes, ties))
    scale = ecomap.ring_scale
    assert scale > 1.0
    gp = ecomap.node("gp")
    assert (gp.x, gp.y) == (pytest.approx(-150.0 * scale), pytest.approx(260.0 * scale))
    for node in ecomap.nodes:
        if not node.is_client:
            assert_where_it_belongs(ecomap, node.id)
    assert measure(ecomap).problems == 0


def test_a_very_large_map_is_spread_evenly_over_its_sectors_and_bands(tmp_path: Path) -> None:
    domains = ["family", "friends", "community", "work_education", "services", "justice", "other"]
    strengths = ["strong", "moderate", "tenuous"]
    count = placing.ARRANGED_UP_TO + 10
    nodes = [{"id": f"p{n}", "label": f"Person {n}", "kind": "person", "domain": domains[n % 7]} for n in range(count)]
    ties = [client_tie(f"p{n}", strengths[n % 3]) for n in range(0, count, 2)]
    [everyone] = imported(tmp_path, small_document(nodes, ties))
    assert everyone.ring_scale > 1.0  # as large as Auto-arrange would start from
    for node in everyone.nodes:
        if not node.is_client:
            assert_where_it_belongs(everyone, node.id)

    # Some with a position, on a map larger than one-by-one placing is kept to: those stay put.
    nodes = [dict(node) for node in nodes[: placing.PLACED_UP_TO + 5]]
    nodes[0].update(x=80.0, y=-30.0)
    [some] = imported(tmp_path, small_document(nodes, ties[: len(nodes) // 2]))
    assert some.ring_scale == 1.0
    assert (some.node("p0").x, some.node("p0").y) == (80.0, -30.0)
    for node in some.nodes:
        if not node.is_client:
            assert_where_it_belongs(some, node.id)


def test_the_same_document_is_always_placed_the_same_way(tmp_path: Path) -> None:
    document = without_positions(example_document(), keep=KEPT)
    assert imported(tmp_path, document) == imported(tmp_path, document)
