"""Auto-arrange keeps the client centred, every node in its domain's sector and ring, and nodes apart."""

import itertools
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from ecomap.casefile import CaseFile
from ecomap.model.arrange import arrange, min_distance
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.geometry import RING_RADII, sector_of
from ecomap.model.network import EcoMap
from tests.conftest import EXAMPLE_CASE
from tests.strategies import ecomaps

Positions = dict[str, tuple[float, float]]


def ring_of(ecomap: EcoMap, node_id: str) -> tuple[float, float]:
    """Where the node's centre belongs: inside the ring its tie to the client says."""
    tie = ecomap.tie_between(ecomap.client.id, node_id)
    strength = tie.strength if tie else None
    if strength is Strength.STRONG:
        return 0.0, RING_RADII[0]
    if strength is Strength.MODERATE:
        return RING_RADII[0], RING_RADII[1]
    return RING_RADII[1], RING_RADII[2]


def assert_in_place(ecomap: EcoMap, positions: Positions) -> None:
    assert set(positions) == {node.id for node in ecomap.nodes}
    assert positions[ecomap.client.id] == (0.0, 0.0)
    for node in ecomap.nodes:
        x, y = positions[node.id]
        assert math.isfinite(x), node
        assert math.isfinite(y), node
        assert (type(x), type(y)) == (float, float)
        if node.is_client:
            continue
        assert sector_of(x, y) is node.domain, (node, positions[node.id])
        inner, outer = ring_of(ecomap, node.id)
        distance = math.hypot(x, y)
        assert inner < distance <= outer, (node, distance, (inner, outer))
        assert distance >= min_distance(Kind.CLIENT, node.kind) - 1e-6


def crowding(ecomap: EcoMap, positions: Positions) -> list[tuple[str, str, float, float]]:
    """Pairs of nodes (client aside) closer than they should be: (a, b, distance, wanted)."""
    close = []
    others = [node for node in ecomap.nodes if not node.is_client]
    for a, b in itertools.combinations(others, 2):
        distance = math.dist(positions[a.id], positions[b.id])
        wanted = min_distance(a.kind, b.kind)
        if distance < wanted - 1.0:
            close.append((a.id, b.id, distance, wanted))
    return close


@settings(max_examples=120, deadline=None)
@given(ecomaps())
def test_client_centred_and_every_node_in_its_sector_and_ring(ecomap: EcoMap) -> None:
    assert_in_place(ecomap, arrange(ecomap))


@settings(max_examples=60, deadline=None)
@given(ecomaps())
def test_the_same_map_is_always_arranged_the_same_way(ecomap: EcoMap) -> None:
    first = arrange(ecomap)
    assert arrange(ecomap.copy()) == first
    assert arrange(ecomap) == first


@st.composite
def roomy_maps(draw: st.DrawFn) -> EcoMap:
    """Maps with at most one node per sector and ring, so there is room to keep every pair apart."""
    slots = list(itertools.product(Domain, [Strength.STRONG, Strength.MODERATE, Strength.TENUOUS, None]))
    chosen = draw(st.lists(st.sampled_from(slots), unique=True, max_size=12))
    nodes = [Node("client", "Client", Kind.CLIENT, x=draw(st.floats(-500, 500)))]
    ties = []
    for number, (domain, strength) in enumerate(chosen):
        kind = draw(st.sampled_from([k for k in Kind if k is not Kind.CLIENT]))
        nodes.append(Node(f"n{number}", f"N{number}", kind, domain, draw(st.floats(-900, 900)), 0.0))
        if strength is not None:
            ties.append(Tie(f"t{len(ties) + 1}", "client", f"n{number}", Capital.BONDING, strength))
    pairs = list(itertools.combinations([n.id for n in nodes[1:]], 2))
    for a, b in draw(st.lists(st.sampled_from(pairs), unique=True, max_size=10)) if pairs else []:
        ties.append(Tie(f"t{len(ties) + 1}", a, b, Capital.BRIDGING))
    return EcoMap(nodes, ties)


@settings(max_examples=120, deadline=None)
@given(roomy_maps())
def test_nodes_keep_apart_where_there_is_room(ecomap: EcoMap) -> None:
    positions = arrange(ecomap)
    assert_in_place(ecomap, positions)
    assert crowding(ecomap, positions) == []


def test_every_version_of_the_example_is_arranged_readably() -> None:
    with CaseFile.open(EXAMPLE_CASE) as case:
        maps = [version.map for version in case.versions()]
    for ecomap in maps:
        positions = arrange(ecomap)
        assert_in_place(ecomap, positions)
        assert crowding(ecomap, positions) == []


def crowded_map(count: int) -> EcoMap:
    """``count`` people, all in the family, all strongly tied to the client: no room for them all."""
    nodes = [Node("client", "Client", Kind.CLIENT)]
    nodes += [Node(f"n{i}", f"N{i}", Kind.PERSON, Domain.FAMILY) for i in range(count)]
    ties = [Tie(f"t{i}", "client", f"n{i}", Capital.BONDING, Strength.STRONG) for i in range(count)]
    ties += [Tie(f"u{i}", f"n{i}", f"n{i + 1}", Capital.BONDING) for i in range(count - 1)]
    return EcoMap(nodes, ties)


def test_a_crowded_sector_keeps_its_nodes_in_place_and_spread_out() -> None:
    ecomap = crowded_map(8)
    positions = arrange(ecomap)
    assert_in_place(ecomap, positions)
    others = [positions[f"n{i}"] for i in range(8)]
    # No room for the full spacing, but no two stacked on one another either.
    nearest = min(math.dist(a, b) for a, b in itertools.combinations(others, 2))
    assert nearest > 0.35 * min_distance(Kind.PERSON, Kind.PERSON)


def test_connected_people_sit_nearer_each_other_than_strangers() -> None:
    """Two friends tied to each other end up closer than two who are not, all else equal."""
    nodes = [Node("client", "Client", Kind.CLIENT)]
    for domain in (Domain.FAMILY, Domain.FRIENDS):
        nodes += [Node(f"{domain.value}{i}", f"{domain.value} {i}", Kind.PERSON, domain) for i in range(2)]
    ties = [Tie(f"c{n.id}", "client", n.id, Capital.BONDING, Strength.TENUOUS) for n in nodes[1:]]
    ties.append(Tie("link", "family0", "friends1", Capital.BRIDGING, Strength.STRONG))
    ecomap = EcoMap(nodes, ties)
    positions = arrange(ecomap)
    assert_in_place(ecomap, positions)
    linked = math.dist(positions["family0"], positions["friends1"])
    unlinked = math.dist(positions["family1"], positions["friends0"])
    assert linked < unlinked


def test_a_map_of_only_the_client() -> None:
    assert arrange(EcoMap.with_client("Sam", "sam")) == {"sam": (0.0, 0.0)}


def test_large_maps_are_arranged_without_the_spring_step() -> None:
    nodes = [Node("client", "Client", Kind.CLIENT)]
    domains = list(Domain)
    nodes += [Node(f"n{i}", "", Kind.PERSON, domains[i % len(domains)]) for i in range(320)]
    ecomap = EcoMap(nodes, [Tie(f"t{i}", "client", f"n{i}", Capital.BONDING, Strength.TENUOUS) for i in range(320)])
    assert_in_place(ecomap, arrange(ecomap))
