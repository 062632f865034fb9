"""Network Canvas GraphML in (both layouts, default mapping, mapping file); GraphML out to igraph and networkx."""

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, assert_one_line_error, run_ecomap

NC = FIXTURES / "network_canvas"
OLDER = NC / "older.graphml"
NEWER = NC / "newer.graphml"
MAPPING = NC / "mapping.json"


def imported(source: Path, tmp_path: Path, *options: str) -> Path:
    case = tmp_path / f"{source.stem}.ecomap"
    result = run_ecomap("import", source, "-o", case, *options)
    assert result.returncode == 0, result.stderr
    assert "(Network Canvas GraphML)" in result.stdout
    return case


def shown(case: Path, version: int) -> dict[str, Any]:
    result = run_ecomap("show", case, "--version", str(version), "--json")
    assert result.returncode == 0, result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def by_id(document: dict[str, Any]) -> tuple[dict[str, Any], dict[frozenset[str], Any]]:
    game = document["versions"][0]["map"]
    return {n["id"]: n for n in game["nodes"]}, {frozenset((t["source"], t["target"])): t for t in game["ties"]}


@pytest.mark.parametrize("source", [OLDER, NEWER], ids=["older", "newer"])
def test_both_layouts_import_with_the_default_mapping(source: Path, tmp_path: Path) -> None:
    case = imported(source, tmp_path)
    document = shown(case, 1)
    assert document["case"]["reference"] == "PX-2041"
    assert document["case"]["client"] == "Sam"
    nodes, ties = by_id(document)
    assert nodes["client"]["label"] == "Sam"
    assert nodes["client"]["kind"] == "client"
    assert {n: (v["kind"], v["domain"]) for n, v in nodes.items() if n != "client"} == {
        "mum": ("person", "family"),
        "gary": ("person", "friends"),
        "aunt-jo": ("person", "family"),
        "priya": ("person", "work_education"),
        "recovery-cafe": ("organisation", "community"),
        "job-centre": ("organisation", "services"),
    }
    # Every alter is tied to the client, its strength from the closeness variable
    # (ordinal 1-5 in the newer file, categorical options in the older one).
    strengths = {next(iter(pair - {"client"})): t["strength"] for pair, t in ties.items() if "client" in pair}
    assert strengths == {
        "mum": "strong",
        "gary": "strong",
        "aunt-jo": "tenuous",
        "priya": "moderate",
        "recovery-cafe": "moderate",
        "job-centre": "moderate",
    }
    capitals = {next(iter(pair - {"client"})): t["capital"] for pair, t in ties.items() if "client" in pair}
    assert capitals["mum"] == "bonding"
    assert capitals["job-centre"] == "linking"
    assert capitals["priya"] == "bridging"
    # Edges between alters become moderate ties.
    assert ties[frozenset(("mum", "aunt-jo"))]["strength"] == "moderate"
    assert ties[frozenset(("gary", "recovery-cafe"))]["capital"] == "bridging"
    # Layout 0..1 around the client: 0.5 is the client, 0 and 1 the outer ring (360).
    for node in nodes.values():
        assert -360 <= node["x"] <= 360
        assert -360 <= node["y"] <= 360
    assert (nodes["mum"]["x"], nodes["mum"]["y"]) == (pytest.approx(86.4), pytest.approx(-108.0))


def test_two_sessions_are_two_versions_that_compare(tmp_path: Path) -> None:
    case = imported(NEWER, tmp_path)
    versions = json.loads(run_ecomap("versions", case, "--json").stdout)
    assert [(v["number"], v["date"], v["label"]) for v in versions] == [
        (1, "2026-02-03", "Network Canvas session 1"),
        (2, "2026-05-12", "Network Canvas session 2"),
    ]
    result = run_ecomap("diff", case, "1", "2", "--json")
    assert result.returncode == 0, result.stderr
    diff = json.loads(result.stdout)
    assert "coach-dee" in json.dumps(diff["added_nodes"])
    assert "job-centre" in json.dumps(diff["removed_nodes"])
    changed = json.dumps(diff["changed_ties"])
    assert "aunt-jo" in changed
    assert "strong" in changed
    # The edge the newer file marks with a conflict-like variable is stressful.
    _nodes, ties = by_id(shown(case, 1))
    assert ties[frozenset(("mum", "gary"))]["stressful"] is True


def test_a_mapping_file_decides(tmp_path: Path) -> None:
    case = imported(NEWER, tmp_path, "--mapping", str(MAPPING))
    _nodes, ties = by_id(shown(case, 1))
    assert ties[frozenset(("mum", "gary"))]["strength"] == "tenuous"
    assert ties[frozenset(("mum", "gary"))]["stressful"] is False
    assert ties[frozenset(("client", "aunt-jo"))]["strength"] == "tenuous"


def test_a_mapping_file_that_omits_a_type_is_refused(tmp_path: Path) -> None:
    mapping = json.loads(MAPPING.read_text(encoding="utf-8"))
    del mapping["node_types"]["place"]
    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps(mapping), encoding="utf-8")
    case = tmp_path / "out.ecomap"
    result = run_ecomap("import", NEWER, "-o", case, "--mapping", partial)
    assert_one_line_error(result, "partial.json", "'place'", "node_types")
    assert not case.exists()


def test_a_hostile_network_canvas_file_is_refused(tmp_path: Path) -> None:
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    text = NEWER.read_text(encoding="utf-8").replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE graphml [<!ENTITY l0 "ha">{laughs}]>',
    )
    text = text.replace('<data key="label">Mum</data>', '<data key="label">&l9;</data>')
    hostile = tmp_path / "hostile.graphml"
    hostile.write_text(text, encoding="utf-8")
    case = tmp_path / "out.ecomap"
    result = run_ecomap("import", hostile, "-o", case)
    assert_one_line_error(result, "hostile.graphml", "DTD")
    assert not case.exists()


def exported_version(case: Path, tmp_path: Path, version: int) -> Path:
    out = tmp_path / f"v{version}.graphml"
    result = run_ecomap("export", case, "-o", out, "--versions", str(version))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").count("<graph ") == 1
    return out


def test_an_exported_version_reads_back_in_networkx_and_igraph(sam_case: Path, tmp_path: Path) -> None:
    import igraph
    import networkx as nx

    versions = json.loads(run_ecomap("versions", sam_case, "--json").stdout)
    for entry in versions:
        number = entry["number"]
        want = shown(sam_case, number)
        version = want["versions"][0]
        nodes = {n["id"]: n for n in version["map"]["nodes"]}
        ties = {frozenset((t["source"], t["target"])): t for t in version["map"]["ties"]}
        out = exported_version(sam_case, tmp_path, number)

        graph = nx.read_graphml(out)
        assert (graph.graph["label"], graph.graph["date"]) == (version["label"], version["date"])
        assert graph.graph["version"] == number  # the case's number, not the file's 1
        assert set(graph.nodes) == set(nodes)
        for node_id, data in graph.nodes(data=True):
            assert (data["label"], data["kind"], data["domain"]) == tuple(
                nodes[node_id][k] for k in ("label", "kind", "domain")
            )
            assert (data["x"], data["y"]) == (nodes[node_id]["x"], nodes[node_id]["y"])
        assert len(graph.edges) == len(ties)
        for a, b, data in graph.edges(data=True):
            tie = ties[frozenset((a, b))]
            assert (data["capital"], data["strength"], data["stressful"]) == (
                tie["capital"],
                tie["strength"],
                tie["stressful"],
            )
            assert data["flow"] == (tie["flow"] if tie["source"] == a else _reversed(tie["flow"]))

        g = igraph.Graph.Read_GraphML(str(out))
        assert g["version"] == number
        assert (g["label"], g["date"], g["note"], g["client"]) == (
            version["label"],
            version["date"],
            version["note"],
            want["case"]["client"],
        )
        assert sorted(g.vs["id"]) == sorted(nodes)
        assert g.ecount() == len(ties)
        for edge in g.es:
            a, b = g.vs[edge.source]["id"], g.vs[edge.target]["id"]
            tie = ties[frozenset((a, b))]
            assert (edge["capital"], edge["strength"], bool(edge["stressful"])) == (
                tie["capital"],
                tie["strength"],
                tie["stressful"],
            )
            assert edge["flow"] == (tie["flow"] if tie["source"] == a else _reversed(tie["flow"]))
            assert edge["tie_id"] == tie["id"]


def _reversed(flow: str) -> str:
    return {"to_target": "to_source", "to_source": "to_target"}.get(flow, flow)
