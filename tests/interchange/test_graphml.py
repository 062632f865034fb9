"""GraphML: export and import by the real command, round trips, files from other tools, unsafe XML refused."""

import bz2
import gzip
import json
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from ecomap.errors import InputError
from ecomap.interchange.ecomap_json import case_to_document
from ecomap.interchange.graphml import case_from_graphml, case_to_graphml
from ecomap.interchange.reader import read_case
from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.diff import diff_maps
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.errors import ModelError
from ecomap.model.legibility import measure
from ecomap.model.network import EcoMap
from ecomap.model.rules import default_capital
from tests.conftest import EASYNWK_SAMPLE, SAM_JSON, assert_one_line_error, run_ecomap
from tests.interchange.where import assert_where_it_belongs
from tests.strategies import cases

NS = "http://graphml.graphdrawing.org/xmlns"
Y_NS = "http://www.yworks.com/xml/graphml"
NODE_KEYS = {"label", "kind", "domain", "x", "y", "notes"}
EDGE_KEYS = {"tie_id", "capital", "strength", "stressful", "flow", "notes"}
GRAPH_KEYS = {"version", "label", "date", "note", "reference", "client", "worker", "case_notes", "ring_scale"}


def xml_can_hold(case: Case) -> bool:
    """No U+FFFE or U+FFFF, which XML 1.0 cannot carry (tested on their own below)."""
    text = json.dumps(case_to_document(case), ensure_ascii=False)
    return "\ufffe" not in text and "\uffff" not in text


def assert_same_case(got: Case, want: Case) -> None:
    """Equal apart from tie orientation (and so the flow read from it)."""
    assert got.details == want.details
    assert len(got.versions) == len(want.versions)
    for new, old in zip(got.versions, want.versions, strict=True):
        assert (new.label, new.date, new.note) == (old.label, old.date, old.note)
        assert diff_maps(old.map, new.map).is_empty
        assert new.map.ring_scale == old.map.ring_scale
        assert [(n.id, n.x, n.y) for n in new.map.nodes] == [(n.id, n.x, n.y) for n in old.map.nodes]
        for tie in new.map.ties:
            before = old.map.tie_between(tie.source, tie.target)
            assert before is not None
            assert before.oriented(tie.source, tie.target) == tie


def exported_case(case_file: Path, folder: Path) -> Case:
    """The case as ``ecomap export -o X.json`` writes it, read back."""
    out = folder / f"{case_file.stem}.export.json"
    result = run_ecomap("export", case_file, "-o", out)
    assert result.returncode == 0, result.stderr
    case, _ = read_case(out)
    return case


def data_keys(root: ET.Element) -> dict[str, str]:
    """GraphML key id -> attribute name."""
    return {key.get("id", ""): key.get("attr.name", "") for key in root.iter(f"{{{NS}}}key")}


def graphml(body: str, keys: str = "", edgedefault: str = "undirected", extra_ns: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="{NS}"{extra_ns}>{keys}'
        f'<graph id="G" edgedefault="{edgedefault}">{body}</graph></graphml>'
    ).encode()


KIND_AND_LABEL = (
    '<key id="d0" for="node" attr.name="kind" attr.type="string"/>'
    '<key id="d1" for="node" attr.name="label" attr.type="string"/>'
)


def graph_with_ring_scale(text: str, key_type: str) -> bytes:
    """A one-client graph whose ``ring_scale`` is ``text``, declared as ``key_type``."""
    key = f'<key id="rs" for="graph" attr.name="ring_scale" attr.type="{key_type}"/>'
    return graphml(f'<data key="rs">{text}</data>' + node("c", "client"), KIND_AND_LABEL + key)


def node(node_id: str, kind: str | None = None, label: str | None = None) -> str:
    data = "".join(
        f'<data key="{key}">{value}</data>' for key, value in (("d0", kind), ("d1", label)) if value is not None
    )
    return f'<node id="{node_id}">{data}</node>'


# -- export, then import, by the real command -------------------------------------------


@pytest.fixture
def exported_graphml(sam_case: Path, tmp_path: Path) -> Path:
    out = tmp_path / "sam.graphml"
    result = run_ecomap("export", sam_case, "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"<?xml")
    return out


def test_export_then_import_gives_the_same_versions(sam_case: Path, exported_graphml: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.ecomap"
    result = run_ecomap("import", exported_graphml, "-o", again)
    assert result.returncode == 0, result.stderr
    assert "(GraphML)" in result.stdout
    assert_same_case(exported_case(again, tmp_path), exported_case(sam_case, tmp_path))


def test_the_file_holds_one_graph_per_version_and_no_repeated_data(sam_case: Path, exported_graphml: Path) -> None:
    versions = json.loads(run_ecomap("versions", sam_case, "--json").stdout)
    root = ET.fromstring(exported_graphml.read_bytes())
    keys = data_keys(root)
    graphs = root.findall(f"{{{NS}}}graph")
    assert [g.get("id") for g in graphs] == [f"v{v['number']}" for v in versions]
    for graph, listed in zip(graphs, versions, strict=True):
        nodes = graph.findall(f"{{{NS}}}node")
        edges = graph.findall(f"{{{NS}}}edge")
        assert len(nodes) == listed["nodes"] + 1  # the client too
        assert len(edges) == listed["ties"]
        for element, expected in (
            [(graph, GRAPH_KEYS)] + [(n, NODE_KEYS) for n in nodes] + [(e, EDGE_KEYS) for e in edges]
        ):
            names = Counter(keys[d.get("key", "")] for d in element.findall(f"{{{NS}}}data"))
            assert set(names) <= expected
            assert all(count == 1 for count in names.values()), (element.get("id"), names)
        label = next(d.text for d in graph.findall(f"{{{NS}}}data") if keys[d.get("key", "")] == "label")
        assert label == listed["label"]


def test_export_writes_edges_from_the_earlier_node_with_the_flow_turned() -> None:
    ecomap = EcoMap(
        [Node("c", "Client", Kind.CLIENT), Node("m", "Mum", Kind.PERSON, Domain.FAMILY, 10.0, 20.0)],
        [Tie("t1", "m", "c", Capital.BONDING, Strength.STRONG, flow=Flow.TO_TARGET, notes="helps")],
    )
    case = Case(CaseDetails(client="Client"), [Version("One", "2026-01-02", "", ecomap)])
    root = ET.fromstring(case_to_graphml(case))
    keys = data_keys(root)
    [edge] = root.iter(f"{{{NS}}}edge")
    assert (edge.get("source"), edge.get("target")) == ("c", "m")
    values = {keys[d.get("key", "")]: d.text for d in edge.findall(f"{{{NS}}}data")}
    assert values["flow"] == "to_source"  # toward the client, whichever way the edge is written
    back = case_from_graphml(case_to_graphml(case), "x.graphml")
    [tie] = back.versions[0].map.ties
    assert tie.oriented("m", "c") == ecomap.tie("t1")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(cases(max_versions=3).filter(lambda case: bool(case.versions) and xml_can_hold(case)))
def test_case_to_graphml_and_back_is_the_same_case(case: Case) -> None:
    back = case_from_graphml(case_to_graphml(case), "case.graphml")
    assert_same_case(back, case)


def test_carriage_returns_in_notes_survive_the_round_trip() -> None:
    notes = "line one\r\nline two\rend"
    ecomap = EcoMap([Node("c", "Client", Kind.CLIENT, notes=notes)])
    case = Case(CaseDetails(notes=notes), [Version("One", "2026-01-02", notes, ecomap)])
    back = case_from_graphml(case_to_graphml(case), "x.graphml")
    assert back.details.notes == notes
    assert back.versions[0].note == notes
    assert back.versions[0].map.client.notes == notes


def test_characters_xml_cannot_hold_never_reach_a_map() -> None:
    for bad in ("\ufffe", "\uffff"):
        with pytest.raises(ModelError, match="control character"):
            EcoMap([Node("c", f"Zo{bad}ë", Kind.CLIENT)])


def test_the_command_imports_graphml_it_exported_from_an_easynwk_record(tmp_path: Path) -> None:
    case = tmp_path / "rosa.ecomap"
    assert run_ecomap("import", EASYNWK_SAMPLE, "-o", case).returncode == 0
    out = tmp_path / "rosa.graphml"
    assert run_ecomap("export", case, "-o", out).returncode == 0
    again = tmp_path / "again.ecomap"
    result = run_ecomap("import", out, "-o", again)
    assert result.returncode == 0, result.stderr
    assert_same_case(exported_case(again, tmp_path), exported_case(case, tmp_path))


# -- GraphML from other tools ---------------------------------------------------------------


def test_minimal_graphml_from_another_tool_imports_with_defaults(tmp_path: Path) -> None:
    keys = KIND_AND_LABEL + '<key id="w" for="edge" attr.name="weight" attr.type="double"/>'
    body = (
        node("n0", "client", "Zoë")
        + node("n1", None, "Mum")
        + node("n2", "organisation", "Job centre")
        + node("n3")
        + '<edge source="n0" target="n1"><data key="w">2.5</data></edge>'
        + '<edge source="n2" target="n0"/>'
        + '<edge source="n1" target="n3"/>'
    )
    source = tmp_path / "gephi.graphml"
    source.write_bytes(graphml(body, keys))
    case, format_name = read_case(source)
    assert format_name == "GraphML"
    [version] = case.versions
    ecomap = version.map
    assert version.label == ""
    assert version.date
    assert ecomap.client.label == "Zoë"
    mum, centre, unnamed = ecomap.node("n1"), ecomap.node("n2"), ecomap.node("n3")
    assert mum.kind is Kind.PERSON
    assert mum.domain is Domain.OTHER
    assert centre.kind is Kind.ORGANISATION
    assert unnamed.label == "n3"
    for tie in ecomap.ties:
        a, b = (ecomap.node(end) for end in (tie.source, tie.target))
        assert tie.capital is default_capital(a, b)
        assert tie.strength is Strength.MODERATE
        assert tie.stressful is False
        assert tie.flow is Flow.NONE
    assert len({t.id for t in ecomap.ties}) == 3
    for other in (mum, centre, unnamed):  # none had a position: arranged, each where they belong
        assert_where_it_belongs(ecomap, other.id)
    assert measure(ecomap).problems == 0


def test_graphml_with_ecomap_attributes_written_by_hand_is_read(tmp_path: Path) -> None:
    keys = (
        KIND_AND_LABEL
        + '<key id="dom" for="node" attr.name="domain" attr.type="string"/>'
        + '<key id="cap" for="edge" attr.name="capital" attr.type="string"/>'
        + '<key id="str" for="edge" attr.name="stressful" attr.type="string"/>'
        + '<key id="fl" for="edge" attr.name="flow" attr.type="string"/>'
        + '<key id="gl" for="graph" attr.name="label" attr.type="string"/>'
        + '<key id="gd" for="graph" attr.name="date" attr.type="string"/>'
    )
    body = (
        '<data key="gl">Review</data><data key="gd">2025-12-01</data>'
        + node("c", "client", "Sam")
        + '<node id="p"><data key="d1">Probation</data><data key="dom">justice</data></node>'
        + '<edge source="p" target="c"><data key="cap">linking</data><data key="str">true</data>'
        + '<data key="fl">to_target</data></edge>'
    )
    source = tmp_path / "hand.graphml"
    source.write_bytes(graphml(body, keys, edgedefault="directed"))
    case, _ = read_case(source)
    [version] = case.versions
    assert (version.label, version.date) == ("Review", "2025-12-01")
    tie = version.map.tie_between("c", "p")
    assert tie is not None
    assert tie.capital is Capital.LINKING
    assert tie.stressful is True
    assert tie.oriented("p", "c").flow is Flow.TO_TARGET  # a directed edge keeps its direction


def test_a_yed_file_gives_labels_and_positions_from_its_graphics(tmp_path: Path) -> None:
    extra = f' xmlns:y="{Y_NS}"'
    keys = (
        '<key id="d0" for="node" attr.name="kind" attr.type="string"/>'
        '<key id="d6" for="node" yfiles.type="nodegraphics"/>'
    )

    def yed_node(node_id: str, label: str, x: float, y: float, kind: str = "") -> str:
        kind_data = f'<data key="d0">{kind}</data>' if kind else ""
        return (
            f'<node id="{node_id}">{kind_data}<data key="d6"><y:ShapeNode>'
            f'<y:Geometry height="30.0" width="30.0" x="{x}" y="{y}"/>'
            f"<y:NodeLabel>{label}</y:NodeLabel></y:ShapeNode></data></node>"
        )

    body = yed_node("n0", "Sam", 0.0, 0.0, "client") + yed_node("n1", "Gran", 40.0, -120.0)
    body += '<edge id="e0" source="n0" target="n1"/>'
    source = tmp_path / "yed.graphml"
    source.write_bytes(graphml(body, keys, extra_ns=extra))
    case, _ = read_case(source)
    ecomap = case.versions[0].map
    assert ecomap.client.label == "Sam"
    gran = ecomap.node("n1")
    assert (gran.label, gran.x, gran.y) == ("Gran", 40.0, -120.0)
    assert ecomap.tie_between("n0", "n1") is not None


def test_several_graphs_become_versions_in_order(tmp_path: Path) -> None:
    graphs = "".join(
        f'<graph id="g{n}" edgedefault="undirected">{node("c", "client", "Sam")}{node(f"p{n}", None, "P")}'
        f'<edge source="c" target="p{n}"/></graph>'
        for n in range(3)
    )
    source = tmp_path / "three.graphml"
    source.write_bytes(f'<?xml version="1.0"?><graphml xmlns="{NS}">{KIND_AND_LABEL}{graphs}</graphml>'.encode())
    case, _ = read_case(source)
    assert [[n.id for n in v.map.nodes] for v in case.versions] == [["c", "p0"], ["c", "p1"], ["c", "p2"]]


def test_a_map_s_ring_scale_is_a_graph_key_written_only_when_not_standard(tmp_path: Path) -> None:
    standard = EcoMap([Node("c", "Sam", Kind.CLIENT), Node("m", "Mum", domain=Domain.FAMILY, x=10.0, y=-30.0)])
    grown = EcoMap(standard.nodes, ring_scale=2.0)
    case = Case(CaseDetails(), [Version("One", "2026-01-02", "", standard), Version("Two", "2026-02-02", "", grown)])
    data = case_to_graphml(case)
    root = ET.fromstring(data)
    [key] = [k for k in root.iter(f"{{{NS}}}key") if k.get("attr.name") == "ring_scale"]
    assert (key.get("for"), key.get("attr.type")) == ("graph", "double")
    written = [
        [d.text for d in graph.findall(f"{{{NS}}}data") if d.get("key") == key.get("id")]
        for graph in root.findall(f"{{{NS}}}graph")
    ]
    assert written == [[], ["2.0"]]
    back = case_from_graphml(data, "two.graphml")
    assert [v.map.ring_scale for v in back.versions] == [1.0, 2.0]
    assert_same_case(back, case)


def test_the_command_exports_and_imports_the_ring_scale_through_graphml(tmp_path: Path) -> None:
    source = tmp_path / "grown.json"
    document = json.loads(SAM_JSON.read_text(encoding="utf-8"))
    document["versions"][1]["map"]["ring_scale"] = 4.25
    source.write_text(json.dumps(document), encoding="utf-8")
    case = tmp_path / "grown.ecomap"
    assert run_ecomap("import", source, "-o", case).returncode == 0
    out = tmp_path / "grown.graphml"
    assert run_ecomap("export", case, "-o", out).returncode == 0
    again = tmp_path / "again.ecomap"
    assert run_ecomap("import", out, "-o", again).returncode == 0
    assert [v.map.ring_scale for v in exported_case(again, tmp_path).versions] == [1.0, 4.25]


@pytest.mark.parametrize(("text", "key_type"), [("3", "string"), ("3", "double"), ("3", "int"), ("3.0", "float")])
def test_a_ring_scale_from_another_tool_may_be_any_numeric_key(text: str, key_type: str) -> None:
    data = graph_with_ring_scale(text, key_type)
    assert case_from_graphml(data, "in.graphml").versions[0].map.ring_scale == 3.0


# -- refusals -------------------------------------------------------------------------------

GOOD = graphml(node("a", "client", "Sam") + node("b", None, "Mum") + '<edge source="a" target="b"/>', KIND_AND_LABEL)

REFUSED = [
    ("dtd", b'<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "graphml.dtd">\n' + GOOD.split(b"\n", 1)[1], "DTD"),
    (
        "billion laughs",
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]>\n<graphml xmlns="' + NS.encode() + b'">&lol3;</graphml>',
        "for safety",
    ),
    (
        "external entity",
        b'<?xml version="1.0"?>\n<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        b'<graphml xmlns="' + NS.encode() + b'"><graph edgedefault="undirected"><node id="&xxe;"/></graph></graphml>',
        "for safety",
    ),
    ("gzip", gzip.compress(GOOD), "gzip-compressed"),
    ("bzip2", bz2.compress(GOOD), "bzip2-compressed"),
    ("not well-formed", GOOD[: len(GOOD) // 2], "not well-formed XML"),
    ("undefined entity", GOOD.replace(b">Mum<", b">&mum;<"), "not well-formed XML"),
    ("not GraphML", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><g/></svg>', "not GraphML"),
    ("no namespace", b"<graphml><graph/></graphml>", "without its namespace"),
    ("no graph", f'<graphml xmlns="{NS}"></graphml>'.encode(), "no <graph>"),
    ("no client", graphml(node("a", None, "A") + node("b", None, "B"), KIND_AND_LABEL), "no node with kind 'client'"),
    (
        "two clients",
        graphml(node("a", "client", "A") + node("b", "client", "B"), KIND_AND_LABEL),
        "second client",
    ),
    (
        "self loop",
        graphml(node("a", "client", "A") + node("b") + '<edge source="b" target="b"/>', KIND_AND_LABEL),
        "both ends are 'b'",
    ),
    (
        "parallel edges",
        graphml(
            node("a", "client", "A") + node("b") + '<edge source="a" target="b"/><edge source="b" target="a"/>',
            KIND_AND_LABEL,
        ),
        "more than one edge between the same two nodes",
    ),
    (
        "both directions in a directed graph",
        graphml(
            node("a", "client", "A") + node("b") + '<edge source="a" target="b"/><edge source="b" target="a"/>',
            KIND_AND_LABEL,
            edgedefault="directed",
        ),
        "at most one tie per pair",
    ),
    ("unknown kind", graphml(node("a", "client") + node("b", "cousin"), KIND_AND_LABEL), "kind 'cousin' is not one of"),
    ("data for an undeclared key", graphml('<node id="a"><data key="nope">1</data></node>'), "cannot be read"),
    (
        "hyperedge",
        graphml(node("a", "client") + '<hyperedge><endpoint node="a"/></hyperedge>', KIND_AND_LABEL),
        "hyperedge",
    ),
    (
        "rings smaller than standard",
        graph_with_ring_scale("0.5", "double"),
        "graph 1: ring_scale 0.5 is out of range (1 to 50)",
    ),
    (
        "rings larger than allowed",
        graph_with_ring_scale("51", "string"),
        "graph 1: ring_scale '51' is out of range (1 to 50)",
    ),
    (
        "ring scale not a number",
        graph_with_ring_scale("big", "string"),
        "graph 1: ring_scale 'big' is not a number",
    ),
    (
        "ring scale infinite",
        graph_with_ring_scale("INF", "double"),
        "graph 1: ring_scale 'inf' is not a number",
    ),
    (
        "ring scale true",
        graph_with_ring_scale("true", "boolean"),
        "graph 1: ring_scale 'True' is not a number",
    ),
]


@pytest.mark.parametrize(("name", "data", "fragment"), REFUSED, ids=[r[0] for r in REFUSED])
def test_read_case_refuses_unsafe_or_unusable_graphml(tmp_path: Path, name: str, data: bytes, fragment: str) -> None:
    source = tmp_path / "in.graphml"
    source.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_case(source)
    message = str(caught.value)
    assert message.startswith(f"{source}: ")
    assert fragment in message
    assert "\n" not in message


@pytest.mark.parametrize(("name", "data", "fragment"), REFUSED, ids=[r[0] for r in REFUSED])
def test_the_command_refuses_unsafe_or_unusable_graphml(tmp_path: Path, name: str, data: bytes, fragment: str) -> None:
    source = tmp_path / "in.graphml"
    source.write_bytes(data)
    case = tmp_path / "new.ecomap"
    result = run_ecomap("import", source, "-o", case)
    assert_one_line_error(result, str(source), fragment)
    assert not case.exists()


def test_the_good_graphml_the_refusals_start_from_is_fine(tmp_path: Path) -> None:
    source = tmp_path / "good.graphml"
    source.write_bytes(GOOD)
    case, _ = read_case(source)
    assert case.versions[0].map.client.label == "Sam"


@pytest.mark.parametrize("name", ["dtd", "billion laughs", "external entity", "gzip"])
def test_case_from_graphml_screens_bytes_passed_to_it_directly(name: str) -> None:
    data = next(r[1] for r in REFUSED if r[0] == name)
    with pytest.raises(InputError) as caught:
        case_from_graphml(data, "in.graphml")
    assert str(caught.value).startswith("in.graphml: ")


def test_importing_bad_graphml_leaves_an_existing_case_unchanged(sam_case: Path, tmp_path: Path) -> None:
    before = sam_case.read_bytes()
    source = tmp_path / "bad.graphml"
    source.write_bytes(gzip.compress(SAM_JSON.read_bytes()))
    result = run_ecomap("import", source, "-o", sam_case)
    assert_one_line_error(result, str(source), "compressed")
    assert sam_case.read_bytes() == before
