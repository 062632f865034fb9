"""Ecomap JSON format 2 (design §14): format 1 with each version's plan beside its map; both read, 2 written."""

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from ecomap.casefile import CaseFile
from ecomap.errors import InputError
from ecomap.interchange.csv_export import case_to_csv
from ecomap.interchange.ecomap_json import case_to_document, document_bytes
from ecomap.interchange.graphml import case_to_graphml
from ecomap.interchange.limits import MAX_ACTIONS
from ecomap.interchange.reader import read_case
from ecomap.interchange.schema_check import SCHEMA_FILES, schema
from ecomap.model.case import Case
from ecomap.model.enums import Capital, Domain
from ecomap.model.plan import MAX_ACTION_TEXT, AboutCapital, AboutDomain, AboutNode, AboutTie, Status, field_names
from ecomap.model.rules import MAX_LABEL_LENGTH, MAX_NOTES_LENGTH
from tests.conftest import ROOT, assert_one_line_error, run_ecomap
from tests.strategies import cases


def document() -> dict[str, Any]:
    """A valid format-2 document: two versions, a plan with an action of every kind of ``about``."""
    nodes = [
        {"id": "client", "label": "Sam", "kind": "client"},
        {"id": "mum", "label": "Mum", "kind": "person", "domain": "family", "x": 0, "y": -140},
        {"id": "cafe", "label": "Recovery café", "kind": "group", "domain": "community", "x": 200, "y": 100},
    ]
    return {
        "format": "ecomap",
        "format_version": 2,
        "versions": [
            {
                "label": "Start",
                "date": "2026-01-12",
                "map": {
                    "nodes": nodes,
                    "ties": [{"source": "client", "target": "mum", "capital": "bonding", "strength": "strong"}],
                },
                "plan": [
                    {"id": "a1", "text": "Go to the café with Gary", "about": {"tie": ["client", "cafe"]}},
                    {"id": "a2", "text": "Ring Mum", "about": {"node": "mum"}, "owner": "Sam", "due": "2026-02-01"},
                    {"id": "a3", "text": "A course", "about": {"domain": "work_education"}, "status": "doing"},
                    {"id": "a4", "text": "More bridging", "about": {"capital": "bridging"}, "outcome": "Asked"},
                    {"id": "a5", "text": "Talk it over", "about": None, "status": "dropped", "due": None},
                ],
            },
            {"label": "Review", "date": "2026-04-12", "map": {"nodes": nodes[:1], "ties": []}},
        ],
    }


def write(folder: Path, data: Any, name: str = "doc.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def refusal(folder: Path, data: Any) -> str:
    path = write(folder, data)
    with pytest.raises(InputError) as caught:
        read_case(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    return message.removeprefix(f"{path}: ")


def test_a_plan_reads_with_every_default(tmp_path: Path) -> None:
    case, format_name = read_case(write(tmp_path, document()))
    assert format_name == "Ecomap JSON"
    first, second = (v.map.plan for v in case.versions)
    assert len(second) == 0  # no "plan": empty
    a1, a2, a3, a4, a5 = first.actions
    assert a1.about == AboutTie(("client", "cafe"))  # no tie between them yet: fine
    assert case.versions[0].map.tie_between("client", "cafe") is None
    assert (a1.owner, a1.due, a1.status, a1.outcome) == ("", None, Status.PLANNED, "")
    assert (a2.about, a2.owner, a2.due) == (AboutNode("mum"), "Sam", "2026-02-01")
    assert (a3.about, a3.status) == (AboutDomain(Domain.WORK_EDUCATION), Status.DOING)
    assert (a4.about, a4.outcome) == (AboutCapital(Capital.BRIDGING), "Asked")
    assert (a5.about, a5.status, a5.due) == (None, Status.DROPPED, None)


def test_the_writer_writes_format_2_with_the_plan_beside_the_map(tmp_path: Path) -> None:
    case, _ = read_case(write(tmp_path, document()))
    written = case_to_document(case)
    assert written["format_version"] == 2
    first, second = written["versions"]
    assert list(first) == ["label", "date", "note", "map", "plan"]
    assert "plan" not in first["map"]
    assert "plan" not in second["map"]
    assert second["plan"] == []
    assert [list(action) for action in first["plan"]] == [list(field_names())] * 5
    assert first["plan"][0] == {
        "id": "a1",
        "text": "Go to the café with Gary",
        "about": {"tie": ["client", "cafe"]},
        "owner": "",
        "due": None,
        "status": "planned",
        "outcome": "",
    }
    assert [a["about"] for a in first["plan"]][1:] == [
        {"node": "mum"},
        {"domain": "work_education"},
        {"capital": "bridging"},
        None,
    ]


def test_a_format_1_document_still_reads_with_empty_plans(tmp_path: Path) -> None:
    old = document()
    old["format_version"] = 1
    del old["versions"][0]["plan"]
    case, _ = read_case(write(tmp_path, old))
    assert [len(v.map.plan) for v in case.versions] == [0, 0]
    assert case_to_document(case)["format_version"] == 2


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(with_plan=True))
def test_format_2_to_case_file_to_format_2_is_the_identity(case: Case) -> None:
    written = case_to_document(case)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.json"
        source.write_bytes(document_bytes(written))
        imported, _ = read_case(source)
        assert [v.map for v in imported.versions] == [v.map for v in case.versions]
        CaseFile.create(Path(folder) / "case.ecomap", imported.details, imported.versions).close()
        with CaseFile.open(Path(folder) / "case.ecomap") as reopened:
            assert case_to_document(reopened.case()) == written


def changed(path: str, value: Any) -> dict[str, Any]:
    """:func:`document` with ``path`` (``versions.0.plan.1.status``) set to ``value``, or removed if ``...``."""
    data = document()
    *parents, last = path.split(".")
    target: Any = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    key: Any = int(last) if isinstance(target, list) else last
    if value is ...:
        del target[key]
    else:
        target[key] = value
    return data


PLAN = "versions.0.plan"
BAD_PLANS = {
    "unknown key": (
        changed(f"{PLAN}.1.colour", "red"),
        "versions[0].plan[1]: unknown key 'colour' (allowed: id, text,",
    ),
    "no id": (changed(f"{PLAN}.0.id", ...), "versions[0].plan[0]: missing required key 'id'"),
    "no text": (changed(f"{PLAN}.2.text", ...), "versions[0].plan[2]: missing required key 'text'"),
    "empty text": (changed(f"{PLAN}.2.text", ""), "versions[0].plan[2].text: must not be empty"),
    "blank text": (changed(f"{PLAN}.2.text", "  "), "versions[0].plan[2].text: must say what the step is"),
    "long text": (
        changed(f"{PLAN}.0.text", "x" * 501),
        "versions[0].plan[0].text: is 501 characters long; at most 500",
    ),
    "bad status": (
        changed(f"{PLAN}.3.status", "maybe"),
        "versions[0].plan[3].status: 'maybe' is not one of planned, doing, done, dropped",
    ),
    "due not a date": (changed(f"{PLAN}.1.due", "soon"), "versions[0].plan[1].due: 'soon' is not a date written"),
    "due not real": (
        changed(f"{PLAN}.1.due", "2026-02-30"),
        "versions[0].plan[1].due: '2026-02-30' is not a real date",
    ),
    "due a number": (
        changed(f"{PLAN}.1.due", 20260201),
        "versions[0].plan[1].due: expected text or null, got 20260201",
    ),
    "node not on the map": (
        changed(f"{PLAN}.1.about", {"node": "dad"}),
        "versions[0].plan[1].about.node: no node with id 'dad' on this map",
    ),
    "tie end not on the map": (
        changed(f"{PLAN}.0.about", {"tie": ["client", "pub"]}),
        "versions[0].plan[0].about.tie: no node with id 'pub' on this map",
    ),
    "tie to itself": (
        changed(f"{PLAN}.0.about", {"tie": ["mum", "mum"]}),
        "versions[0].plan[0].about.tie: a tie joins two different nodes",
    ),
    "tie of one end": (changed(f"{PLAN}.0.about", {"tie": ["mum"]}), "versions[0].plan[0].about.tie: needs at least 2"),
    "about two things": (
        changed(f"{PLAN}.1.about", {"node": "mum", "domain": "family"}),
        "versions[0].plan[1].about: must hold exactly one of node, tie, capital, domain (or be null)",
    ),
    "about nothing named": (changed(f"{PLAN}.1.about", {}), "versions[0].plan[1].about: must hold exactly one of"),
    "about a text": (
        changed(f"{PLAN}.1.about", "mum"),
        'versions[0].plan[1].about: expected an object or null, got "mum"',
    ),
    "about a person": (
        changed(f"{PLAN}.1.about", {"person": "mum"}),
        "versions[0].plan[1].about: unknown key 'person' (allowed: node, tie, capital, domain)",
    ),
    "bad capital": (changed(f"{PLAN}.3.about", {"capital": "social"}), "versions[0].plan[3].about.capital: 'social'"),
    "bad domain": (changed(f"{PLAN}.2.about", {"domain": "school"}), "versions[0].plan[2].about.domain: 'school'"),
    "duplicate id": (changed(f"{PLAN}.4.id", "a2"), "versions[0].plan[4].id: duplicate action id 'a2'"),
    "owner with a line break": (changed(f"{PLAN}.1.owner", "Sam\nLee"), "versions[0].plan[1].owner: holds the control"),
    "plan not a list": (changed(PLAN, {"a1": {}}), "versions[0].plan: expected a list"),
    "plan inside the map": (
        changed("versions.1.map.plan", []),
        "versions[1].map: unknown key 'plan' (allowed: nodes, ties, ring_scale)",
    ),
    "a plan in format 1": (
        changed("format_version", 1),
        "versions[0]: unknown key 'plan' (allowed: label, date, note, map); a plan needs format_version 2",
    ),
}


@pytest.mark.parametrize("name", list(BAD_PLANS))
def test_a_bad_plan_is_refused_naming_the_place(tmp_path: Path, name: str) -> None:
    data, expected = BAD_PLANS[name]
    assert refusal(tmp_path, data).startswith(expected)


def test_the_command_refuses_a_bad_plan_and_writes_nothing(tmp_path: Path) -> None:
    source = write(tmp_path, BAD_PLANS["node not on the map"][0])
    case = tmp_path / "new.ecomap"
    result = run_ecomap("import", source, "-o", case)
    assert_one_line_error(result, f"{source}: versions[0].plan[1].about.node: no node with id 'dad' on this map")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.json"]


def test_the_schema_matches_the_model_and_is_published() -> None:
    assert SCHEMA_FILES == {1: "ecomap-format-1.schema.json", 2: "ecomap-format-2.schema.json"}
    for name in SCHEMA_FILES.values():
        published = (ROOT / "docs" / name).read_text(encoding="utf-8")
        assert published == (ROOT / "ecomap" / "interchange" / name).read_text(encoding="utf-8")
    definitions = schema(2)["definitions"]
    action = definitions["action"]["properties"]
    assert list(action) == list(field_names())
    assert definitions["action"]["required"] == ["id", "text"]
    assert action["text"]["maxLength"] == MAX_ACTION_TEXT
    assert action["status"]["enum"] == [status.value for status in Status]
    assert action["about"]["properties"]["capital"]["enum"] == [capital.value for capital in Capital]
    assert action["about"]["properties"]["domain"]["enum"] == [domain.value for domain in Domain]
    assert definitions["line"]["maxLength"] == MAX_LABEL_LENGTH
    assert definitions["text"]["maxLength"] == MAX_NOTES_LENGTH
    assert definitions["version"]["properties"]["plan"]["maxItems"] == MAX_ACTIONS
    # Everything else is format 1's.
    older = schema(1)
    del definitions["action"]
    del definitions["version"]["properties"]["plan"]
    assert definitions == older["definitions"]
    assert "plan" not in older["definitions"]["version"]["properties"]


def test_graphml_and_csv_leave_the_plan_out(tmp_path: Path) -> None:
    case, _ = read_case(write(tmp_path, document()))
    graphml, csv = case_to_graphml(case), case_to_csv(case)
    for text in ("Go to the café with Gary", "Ring Mum", "a1", "planned"):
        assert text.encode() not in graphml
        assert text.encode() not in csv
    exported = tmp_path / "case.graphml"
    exported.write_bytes(graphml)
    again, _ = read_case(exported)
    assert [len(v.map.plan) for v in again.versions] == [0, 0]
    assert [n.id for n in again.versions[0].map.nodes] == ["client", "mum", "cafe"]
