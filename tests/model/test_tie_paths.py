"""Ties drawn along their route: a bent tie gets the same arrowheads, hatching and mark as a straight one."""

import math

from hypothesis import given
from hypothesis import strategies as st

from ecomap.model.enums import Flow
from ecomap.model.geometry import tie_geometry
from ecomap.model.notation import ARROW_LENGTH
from ecomap.model.tie_paths import MARK_CLEARANCE, Route, curved_route, route_geometry


def test_a_straight_route_is_drawn_as_a_straight_tie() -> None:
    straight = route_geometry(((0.0, 0.0), (200.0, 50.0)), 34, 17, stressful=True, flow=Flow.BOTH)
    assert straight == tie_geometry((0.0, 0.0), 34, (200.0, 50.0), 17, stressful=True, flow=Flow.BOTH)
    assert straight.path == (straight.start, straight.end)


@given(
    st.floats(-300, 300),
    st.floats(-300, 300),
    st.floats(-120, 120).filter(lambda bend: abs(bend) > 1),
    st.sampled_from(list(Flow)),
)
def test_a_bent_tie_starts_and_ends_at_its_nodes_edges(x: float, y: float, bend: float, flow: Flow) -> None:
    source, target = (0.0, 0.0), (x + 400.0, y)
    route = curved_route(source, target, bend)
    assert route[0] == source
    assert math.dist(route[-1], target) < 1e-9
    geometry = route_geometry(route, 34, 17, stressful=True, flow=flow)
    assert geometry.visible
    tips = [triangle[0] for triangle in geometry.arrows]
    assert len(tips) == {Flow.NONE: 0, Flow.TO_TARGET: 1, Flow.TO_SOURCE: 1, Flow.BOTH: 2}[flow]
    # Edges are measured along the curve: within a unit or two of the discs for gentle curves.
    for tip in tips:
        assert min(abs(math.dist(tip, source) - 34), abs(math.dist(tip, target) - 17)) < 2.5
    # The line stops short of an arrowhead and starts at the disc otherwise.
    start_gap = math.dist(geometry.start, source)
    assert start_gap > 33 if flow in (Flow.NONE, Flow.TO_TARGET) else start_gap > 34 + ARROW_LENGTH * 0.7


def test_the_mark_goes_where_it_is_asked_and_the_hatching_leaves_room_for_it() -> None:
    route = curved_route((0.0, 0.0), (300.0, 0.0), 60.0)
    measured = Route(route)
    geometry = route_geometry(route, 20, 20, stressful=True, flow=Flow.NONE, mark_at=90.0)
    assert math.dist(geometry.middle, measured.at(90.0)) < 1e-9
    for a, b in geometry.hatches:
        middle = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        assert math.dist(middle, geometry.middle) > MARK_CLEARANCE - 1
    # A positive bend bows to the right of the way from source to target on screen: downwards here.
    assert max(y for _x, y in route) > 59
