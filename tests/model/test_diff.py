"""The diff between versions: its contract and its algebra."""

import json
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from ecomap.interchange.ecomap_json import case_from_document
from ecomap.model.changes import describe_changes
from ecomap.model.diff import apply_diff, diff_maps
from ecomap.model.enums import Flow
from ecomap.model.network import EcoMap
from tests.conftest import SAM_JSON
from tests.strategies import ecomaps, node_ids, ring_scales


def without_positions(ecomap: EcoMap) -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
    """What a map says, ignoring positions, element order, tie ids and tie orientation."""
    nodes = {(n.id, n.label, n.kind, n.domain, n.notes) for n in ecomap.nodes}
    ties = set()
    for tie in ecomap.ties:
        first, second = sorted((tie.source, tie.target))
        turned = tie.oriented(first, second)
        ties.add((first, second, turned.capital, turned.strength, turned.stressful, turned.flow, turned.notes))
    return nodes, ties


pairs_of_maps = st.lists(node_ids, min_size=1, max_size=7, unique=True).flatmap(
    lambda pool: st.tuples(ecomaps(pool, scales=ring_scales), ecomaps(pool, scales=ring_scales))
)
"""Two maps of one case; their rings may differ in size, which is no change in the network."""


@settings(max_examples=150)
@given(pairs_of_maps)
def test_applying_the_diff_from_a_to_b_gives_b(maps: tuple[EcoMap, EcoMap]) -> None:
    a, b = maps
    assert without_positions(apply_diff(a, diff_maps(a, b))) == without_positions(b)


@settings(max_examples=150)
@given(pairs_of_maps)
def test_the_diff_is_empty_exactly_when_maps_agree_apart_from_positions(maps: tuple[EcoMap, EcoMap]) -> None:
    a, b = maps
    assert diff_maps(a, b).is_empty == (without_positions(a) == without_positions(b))


@settings(max_examples=100)
@given(ecomaps(scales=ring_scales), st.floats(-500, 500), st.floats(-500, 500), ring_scales)
def test_a_map_compared_with_itself_moved_has_no_changes(ecomap: EcoMap, dx: float, dy: float, scale: float) -> None:
    moved = EcoMap([replace(n, x=n.x + dx, y=n.y + dy) for n in ecomap.nodes], ecomap.ties, ring_scale=scale)
    assert diff_maps(ecomap, ecomap).is_empty
    assert diff_maps(ecomap, moved).is_empty


def test_rings_grown_are_no_change_between_versions() -> None:
    case = case_from_document(json.loads(SAM_JSON.read_text(encoding="utf-8")), SAM_JSON)
    earlier = case.versions[0].map
    later = earlier.copy()
    later.set_ring_scale(2.0)
    assert later != earlier
    assert diff_maps(earlier, later).is_empty
    assert describe_changes(earlier, later) == []


def test_applying_a_diff_keeps_the_first_map_s_rings() -> None:
    case = case_from_document(json.loads(SAM_JSON.read_text(encoding="utf-8")), SAM_JSON)
    a, b = case.versions[0].map.copy(), case.versions[1].map
    a.set_ring_scale(3.0)
    assert apply_diff(a, diff_maps(a, b)).ring_scale == 3.0


def test_a_tie_drawn_the_other_way_round_is_the_same_tie() -> None:
    a = EcoMap.with_client("Sam")
    b_map = a.copy()
    from ecomap.model.elements import Node, Tie
    from ecomap.model.enums import Capital

    for m in (a, b_map):
        m.add_node(Node("mum", "Mum"))
    a.add_tie(Tie("t1", "client", "mum", Capital.BONDING, flow=Flow.TO_TARGET))
    b_map.add_tie(Tie("t9", "mum", "client", Capital.BONDING, flow=Flow.TO_SOURCE))
    assert diff_maps(a, b_map).is_empty
    b_map.update_tie("t9", flow=Flow.TO_TARGET)
    (change,) = diff_maps(a, b_map).changed_ties
    assert change.changes == {"flow": (Flow.TO_SOURCE, Flow.TO_TARGET)}


def test_the_contract_example_diff() -> None:
    case = case_from_document(json.loads(SAM_JSON.read_text(encoding="utf-8")), SAM_JSON)
    diff = diff_maps(case.versions[0].map, case.versions[1].map)
    assert [n.id for n in diff.added_nodes] == ["boxing", "coach"]
    assert [n.id for n in diff.removed_nodes] == ["school"]
    assert [(t.source, t.target) for t in diff.added_ties] == [("coach", "boxing"), ("sam", "boxing"), ("sam", "coach")]
    assert [(t.source, t.target) for t in diff.removed_ties] == [("sam", "school")]
    assert [(c.new.source, c.new.target, dict(c.changes)) for c in diff.changed_ties] == [
        ("sam", "dad", {"stressful": (True, False)}),
        ("sam", "yot", {"strength": ("tenuous", "moderate"), "notes": ("", "Weekly sessions")}),
    ]
