"""Auto-arrange makes any map read at a glance (design §17): measured by the same rules every view draws by."""

import itertools
import math
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecomap.casefile import CaseFile
from ecomap.model.arrange import Arrangement, Cancelled, arrange
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.legibility import Legibility, measure
from ecomap.model.map_layout import layout_map
from ecomap.model.network import EcoMap
from tests.conftest import EXAMPLE_CASE

LARGER_TEXT = (1.2, 1.45, 1.75)
"""The editor's larger text sizes (View > Larger text)."""

label_letters = st.sampled_from(list(string.ascii_letters + "ÄÖÜäöüéèçñßŁłŻżЖжΩ'-()&.W"))


@st.composite
def labels(draw: st.DrawFn) -> str:
    """Labels of up to 40 characters: words of any length, one long word, or nothing at all."""
    words = draw(st.lists(st.text(label_letters, min_size=1, max_size=14), max_size=6))
    return " ".join(words)[:40].strip()


@st.composite
def random_maps(draw: st.DrawFn, min_nodes: int, max_nodes: int) -> EcoMap:
    """A client and others in random domains, with random strengths (or no tie to the client), random
    ties among the others, and labels up to 40 characters."""
    count = draw(st.integers(min_nodes, max_nodes))
    nodes = [Node("client", draw(st.sampled_from(["Sam", "Lee", "Jo", "Alexandra Okonkwo-Smith"])), Kind.CLIENT)]
    ties = []
    for number in range(1, count):
        kind = draw(st.sampled_from([Kind.PERSON, Kind.PET, Kind.GROUP, Kind.ORGANISATION]))
        nodes.append(Node(f"n{number}", draw(labels()), kind, draw(st.sampled_from(list(Domain)))))
        strength = draw(st.sampled_from([*Strength, None]))
        if strength is not None:
            tie = Tie(f"c{number}", "client", f"n{number}", draw(st.sampled_from(list(Capital))), strength)
            ties.append(tie)
    others = [node.id for node in nodes[1:]]
    pairs = list(itertools.combinations(others, 2))
    if pairs:
        chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=count))
        for number, (a, b) in enumerate(chosen):
            stressful = draw(st.booleans())
            flow = draw(st.sampled_from(list(Flow)))
            ties.append(Tie(f"x{number}", a, b, Capital.BRIDGING, Strength.MODERATE, stressful, flow))
    return EcoMap(nodes, ties)


def assert_arranged(ecomap: EcoMap, arrangement: Arrangement, text_scale: float) -> None:
    """Every count of design §17 is zero, measured afresh on the arranged map as every view lays it out."""
    arranged = arrangement.apply_to(ecomap)
    assert arranged.client.x == arranged.client.y == 0.0
    assert set(arrangement.positions) == {node.id for node in ecomap.nodes}
    measured = measure(arranged, layout_map(arranged, text_scale))
    assert measured == arrangement.legibility
    assert measured.problems == 0, measured
    if len(ecomap.nodes) <= 25:
        assert measured.shortened_labels == 0


@settings(max_examples=80, deadline=None)
@given(random_maps(1, 25), st.sampled_from([1.0, *LARGER_TEXT]))
def test_maps_of_up_to_25_nodes_arrange_with_nothing_overlapping_and_every_label_whole(
    ecomap: EcoMap, text_scale: float
) -> None:
    assert_arranged(ecomap, arrange(ecomap, text_scale), text_scale)


@pytest.mark.slow
@settings(max_examples=12, deadline=None)
@given(random_maps(26, 60), st.sampled_from([1.0, 1.45]))
def test_maps_of_26_to_60_nodes_arrange_with_nothing_overlapping(ecomap: EcoMap, text_scale: float) -> None:
    assert_arranged(ecomap, arrange(ecomap, text_scale), text_scale)


@settings(max_examples=25, deadline=None)
@given(random_maps(1, 16))
def test_the_same_map_is_always_arranged_the_same_way(ecomap: EcoMap) -> None:
    first = arrange(ecomap)
    assert arrange(ecomap.copy()) == first
    moved = ecomap.copy()
    for node in moved.nodes:
        moved.move_node(node.id, node.x + 37.0, node.y - 11.0)
    # Where people were before does not matter: the arrangement is of what the map says.
    assert arrange(moved).positions == first.positions


def test_every_version_of_the_example_reads_at_a_glance_after_arranging() -> None:
    with CaseFile.open(EXAMPLE_CASE) as case:
        maps = [version.map for version in case.versions()]
    for ecomap in maps:
        for text_scale in (1.0, 1.45):
            arrangement = arrange(ecomap, text_scale)
            assert_arranged(ecomap, arrangement, text_scale)
            # A map of this size keeps rings near the standard size.
            assert arrangement.ring_scale < 2.5


def crowded_map(count: int) -> EcoMap:
    """``count`` people, all family, all strongly tied to the client, with long names."""
    nodes = [Node("client", "Client", Kind.CLIENT)]
    nodes += [Node(f"n{i}", f"Family member number {i}", Kind.PERSON, Domain.FAMILY) for i in range(count)]
    ties = [Tie(f"t{i}", "client", f"n{i}", Capital.BONDING, Strength.STRONG) for i in range(count)]
    return EcoMap(nodes, ties)


def test_a_crowded_sector_grows_the_rings_rather_than_overlap() -> None:
    ecomap = crowded_map(24)
    arrangement = arrange(ecomap)
    assert_arranged(ecomap, arrangement, 1.0)
    assert arrangement.ring_scale > 2
    arranged = arrangement.apply_to(ecomap)
    close = 120.0 * arrangement.ring_scale
    assert all(math.hypot(node.x, node.y) < close for node in arranged.nodes)


def test_a_roomy_map_keeps_the_standard_rings() -> None:
    nodes = [Node("client", "Sam", Kind.CLIENT)]
    nodes += [
        Node(f"n{i}", name, Kind.PERSON, domain)
        for i, (name, domain) in enumerate(
            [("Mum", Domain.FAMILY), ("Jay", Domain.FRIENDS), ("GP", Domain.SERVICES), ("Coach", Domain.COMMUNITY)]
        )
    ]
    ties = [Tie(f"t{i}", "client", f"n{i}", Capital.BONDING, Strength.MODERATE) for i in range(4)]
    ecomap = EcoMap(nodes, ties)
    arrangement = arrange(ecomap)
    assert_arranged(ecomap, arrangement, 1.0)
    assert arrangement.ring_scale == 1.0


def test_connected_people_sit_nearer_each_other_than_strangers() -> None:
    """Two people tied to each other across two sectors end up closer than two who are not."""
    nodes = [Node("client", "Client", Kind.CLIENT)]
    for domain in (Domain.FAMILY, Domain.FRIENDS):
        nodes += [Node(f"{domain.value}{i}", f"{domain.value} {i}", Kind.PERSON, domain) for i in range(2)]
    ties = [Tie(f"c{n.id}", "client", n.id, Capital.BONDING, Strength.TENUOUS) for n in nodes[1:]]
    ties.append(Tie("link", "family0", "friends1", Capital.BRIDGING, Strength.STRONG))
    ecomap = EcoMap(nodes, ties)
    positions = arrange(ecomap).positions
    assert math.dist(positions["family0"], positions["friends1"]) < math.dist(
        positions["family1"], positions["friends0"]
    )


def test_a_map_of_only_the_client() -> None:
    arrangement = arrange(EcoMap.with_client("Sam", "sam"))
    assert arrangement.positions == {"sam": (0.0, 0.0)}
    assert arrangement.legibility == Legibility()


def test_progress_is_reported_and_can_stop_the_arranging() -> None:
    ecomap = crowded_map(10)
    seen: list[tuple[int, int]] = []
    arrange(ecomap, progress=lambda done, total: seen.append((done, total)) is None)
    assert seen
    assert all(0 <= done < total for done, total in seen)
    with pytest.raises(Cancelled):
        arrange(ecomap, progress=lambda done, total: done < 3)
