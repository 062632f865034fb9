"""Counts and graph measures of a map."""

import json

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecomap.interchange.ecomap_json import case_from_document
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind
from ecomap.model.metrics import burt_constraint, count, measure
from ecomap.model.network import EcoMap
from tests.conftest import SAM_EXPECTED, SAM_JSON
from tests.strategies import ecomaps


@settings(max_examples=150)
@given(ecomaps())
def test_counts_add_up_to_the_number_of_ties(ecomap: EcoMap) -> None:
    counts = count(ecomap)
    assert sum(counts.by_capital.values()) == counts.ties == len(ecomap.ties)
    assert sum(counts.by_strength.values()) == counts.ties
    assert 0 <= counts.stressful <= counts.ties
    assert counts.nodes == len(ecomap.nodes) - 1
    assert counts.domains == len({n.domain for n in ecomap.nodes if not n.is_client} - {Domain.OTHER})


def test_counts_match_the_contract_example() -> None:
    case = case_from_document(json.loads(SAM_JSON.read_text(encoding="utf-8")), SAM_JSON)
    expected = json.loads(SAM_EXPECTED.read_text(encoding="utf-8"))["metrics --json"]
    for version, want in zip(case.versions, expected, strict=True):
        counts = count(version.map)
        assert counts.nodes == want["nodes"]
        assert counts.ties == want["ties"]
        assert counts.by_capital == want["by_capital"]
        assert counts.by_strength == want["by_strength"]
        assert counts.stressful == want["stressful"]
        assert counts.domains == want["domains"]


def test_brokerage_measures_come_from_networkx_for_the_client() -> None:
    ecomap = EcoMap(
        [Node("c", "C", Kind.CLIENT), Node("a", "A"), Node("b", "B"), Node("d", "D")],
        [
            Tie("t1", "c", "a", Capital.BONDING),
            Tie("t2", "c", "b", Capital.BRIDGING),
            Tie("t3", "c", "d", Capital.LINKING),
            Tie("t4", "a", "b", Capital.BONDING),
        ],
    )
    graph = nx.Graph([("c", "a"), ("c", "b"), ("c", "d"), ("a", "b")])
    metrics = measure(ecomap)
    assert metrics.client_ties == 3
    assert metrics.density == nx.density(graph)
    assert metrics.effective_size == nx.effective_size(graph)["c"]
    assert metrics.constraint == pytest.approx(nx.constraint(graph)["c"], rel=1e-12)
    # Three contacts, two of them tied to each other: 3 - 2*1/3.
    assert abs(metrics.effective_size - (3 - 2 / 3)) < 1e-12


def test_an_isolated_client_has_no_brokerage_measures() -> None:
    metrics = measure(EcoMap([Node("c", "C", Kind.CLIENT), Node("a", "A")]))
    assert metrics.client_ties == 0
    assert metrics.effective_size is None
    assert metrics.constraint is None
    assert metrics.density == 0.0


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 30), st.floats(0.0, 1.0), st.floats(0.3, 1.0), st.integers(0, 2**32 - 1))
def test_the_client_constraint_is_networkx_constraint(size: int, density: float, reach: float, seed: int) -> None:
    """Computed in O(d²) for speed; networkx's own (O(d³)) is the reference."""
    graph = nx.gnp_random_graph(size, density, seed=seed)
    others = sorted(graph.nodes)[1:]
    graph.add_edges_from((0, other) for other in others[: max(1, round(reach * len(others)))])
    assert burt_constraint(graph, 0) == pytest.approx(nx.constraint(graph, nodes=[0])[0], rel=1e-12, abs=1e-15)
