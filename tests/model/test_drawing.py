"""The shared drawing vocabulary: node outlines, the capital badge, sector lines, tie stacking, the legend."""

import itertools
import math

import pytest

from ecomap.model import clearance, drawing, notation
from ecomap.model.boxes import box_around
from ecomap.model.elements import Tie
from ecomap.model.enums import Capital, Flow, Kind, Strength
from ecomap.model.font_metrics import ascent, descent, text_width
from ecomap.model.geometry import DOMAIN_SECTORS, RING_RADII
from ecomap.model.map_layout import mark_size


def tie(number: int, strength: Strength, *, stressful: bool = False) -> Tie:
    return Tie(f"t{number}", "client", f"n{number}", Capital.BONDING, strength, stressful)


def test_the_layout_s_obstacles_have_the_drawn_shapes_proportions() -> None:
    # The layout keeps labels off the squares it is told about; they must be the squares drawn.
    assert clearance.SQUARE_HALF_SIDE == notation.SQUARE_HALF_SIDE
    for kind in Kind:
        outline = drawing.node_outline(kind)
        shape = clearance.NodeShape.of("n", kind, (0.0, 0.0))
        assert shape.box == box_around((0.0, 0.0), outline.reach, outline.reach)
        assert outline.shape == notation.NODE_SHAPES[kind]


def test_node_outlines_scale_with_their_radius() -> None:
    rounded = drawing.node_outline(Kind.GROUP, 10.0)
    assert rounded.reach == pytest.approx(10.0 * notation.SQUARE_HALF_SIDE["rounded"])
    assert rounded.corner == pytest.approx(10.0 * notation.ROUNDED_CORNER)
    assert drawing.node_outline(Kind.ORGANISATION, 10.0).corner == 0.0
    assert drawing.node_outline(Kind.PET, 10.0).reach == 10.0
    assert drawing.node_outline(Kind.CLIENT) == drawing.NodeOutline("circle", notation.NODE_RADII[Kind.CLIENT])


@pytest.mark.parametrize("capital", list(Capital))
def test_a_badge_centres_its_letters_in_the_box_the_layout_sizes(capital: Capital) -> None:
    badge = drawing.badge_at(capital, (30.0, -12.0))
    left, top, right, bottom = badge.box
    assert (right - left, bottom - top) == pytest.approx(mark_size(capital))
    assert ((left + right) / 2, (top + bottom) / 2) == pytest.approx((30.0, -12.0))
    size = notation.MARK_FONT_SIZE
    assert badge.text == notation.CAPITAL_MARKS[capital]
    assert badge.text_left + text_width(badge.text, size, bold=True) / 2 == pytest.approx(30.0)
    # The line of text (its ascent above the baseline, its descent below) is centred in the box.
    assert (badge.baseline - ascent(size, bold=True) + badge.baseline + descent(size, bold=True)) / 2 == (
        pytest.approx(-12.0)
    )
    assert badge.outline == notation.CAPITAL_COLOURS[capital]
    assert (badge.fill, badge.corner) == (drawing.PAPER, drawing.BADGE_CORNER)


def test_a_badge_drawn_larger_grows_all_of_a_piece() -> None:
    plain, large = drawing.badge_at(Capital.BRIDGING, (0.0, 0.0)), drawing.badge_at(Capital.BRIDGING, (0.0, 0.0), 2.0)
    assert large.box == pytest.approx(tuple(2 * c for c in plain.box))
    assert (large.font_size, large.corner) == (2 * plain.font_size, 2 * plain.corner)
    assert large.outline_width == plain.outline_width


def test_sector_lines_run_from_near_the_client_to_beyond_the_outer_ring() -> None:
    lines = drawing.sector_lines(RING_RADII)
    assert len(lines) == len(DOMAIN_SECTORS)
    for inner, outer in lines:
        assert math.hypot(*inner) == pytest.approx(RING_RADII[0] * drawing.SECTOR_LINE_INNER)
        assert math.hypot(*outer) == pytest.approx(RING_RADII[2] + drawing.SECTOR_LINE_OVERHANG)


def test_weaker_ties_lie_under_stronger_ones_and_stress_above_its_peers() -> None:
    looks = [(s, stressful) for s in (Strength.TENUOUS, Strength.MODERATE, Strength.STRONG) for stressful in (0, 1)]
    layers = [drawing.tie_layer(tie(n, s, stressful=bool(stressful))) for n, (s, stressful) in enumerate(looks)]
    assert layers == list(range(drawing.TIE_LAYERS))


def test_the_stacking_order_keeps_the_map_s_order_within_a_layer() -> None:
    ties = [
        tie(1, Strength.STRONG),
        tie(2, Strength.TENUOUS),
        tie(3, Strength.MODERATE, stressful=True),
        tie(4, Strength.TENUOUS),
        tie(5, Strength.MODERATE),
    ]
    assert [t.id for t in drawing.stacking_order(ties)] == ["t2", "t4", "t5", "t3", "t1"]
    for lower, upper in itertools.pairwise(drawing.stacking_order(ties)):
        assert drawing.tie_layer(lower) <= drawing.tie_layer(upper)


def test_the_legend_explains_every_mark_of_the_notation() -> None:
    samples = [entry.sample for section in drawing.LEGEND for entry in section.entries]
    ties = [s for s in samples if isinstance(s, drawing.TieSample)]
    assert {s.capital for s in ties if s.capital} == set(Capital)
    assert {s.strength for s in ties if s.capital is None and not s.stressful and s.flow is Flow.NONE} == set(Strength)
    assert any(s.stressful for s in ties)
    assert {s.flow for s in ties} == set(Flow) - {Flow.TO_SOURCE}  # one arrow is one arrow, either way
    assert [s.kind for s in samples if isinstance(s, drawing.NodeSample)] == list(Kind)
    titles = [entry.title for section in drawing.LEGEND for entry in section.entries]
    assert len(titles) == len(set(titles))


def test_a_stressful_sample_is_hatched_all_along_as_a_tie_is_spaced() -> None:
    geometry = drawing.sample_geometry(drawing.TieSample(stressful=True), (0.0, 0.0), (60.0, 0.0))
    xs = [a[0] for a, _b in geometry.hatches]
    assert xs[0] == pytest.approx(notation.HATCH_SPACING / 2)
    assert all(b - a == pytest.approx(notation.HATCH_SPACING) for a, b in itertools.pairwise(xs))
    assert xs[-1] + notation.HATCH_SPACING >= 60.0
    for a, b in geometry.hatches:
        assert math.dist(a, b) == pytest.approx(2 * notation.HATCH_HALF_LENGTH)
