"""The flag on what has an open action (design §14): what gets one, how it is drawn, and where it goes (§17)."""

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecomap.interchange.ecomap_json import case_from_document
from ecomap.model import drawing, notation
from ecomap.model.arrange import arrange
from ecomap.model.boxes import boxes_overlap
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.legibility import measure
from ecomap.model.map_layout import MapLayout, layout_map
from ecomap.model.network import EcoMap
from ecomap.model.plan import AboutCapital, AboutDomain, AboutNode, AboutTie, Action, Status
from ecomap.model.plan_flags import PlacedFlag, flag_words, flagged, place_flags
from tests.conftest import EXAMPLE_JSON
from tests.model.test_arrange import random_maps


def family() -> EcoMap:
    """Sam, Mum (tied to Sam), Gran and Aunt Sue (not tied to anyone), a café (tied to Sam)."""
    nodes = [
        Node("sam", "Sam", Kind.CLIENT),
        Node("mum", "Mum", Kind.PERSON, Domain.FAMILY, 80.0, -60.0),
        Node("gran", "Gran", Kind.PERSON, Domain.FAMILY, 160.0, -150.0),
        Node("sue", "Aunt Sue", Kind.PERSON, Domain.FAMILY, 260.0, -60.0),
        Node("cafe", "Recovery café", Kind.GROUP, Domain.COMMUNITY, -120.0, -140.0),
    ]
    ties = [
        Tie("t1", "sam", "mum", Capital.BONDING, Strength.STRONG),
        Tie("t2", "sam", "cafe", Capital.BRIDGING, Strength.MODERATE),
    ]
    return EcoMap(nodes, ties)


def flag_everything(ecomap: EcoMap) -> EcoMap:
    """An open action about every node and every tie of ``ecomap``."""
    for node in ecomap.nodes:
        ecomap.plan.add_action(Action(ecomap.plan.new_action_id(), f"See {node.label}", AboutNode(node.id)))
    for tie in ecomap.ties:
        ecomap.plan.add_action(Action(ecomap.plan.new_action_id(), "Talk", AboutTie((tie.source, tie.target))))
    return ecomap


def overlaps(layout: MapLayout, flags: list[PlacedFlag]) -> list[str]:
    """What each flag lies on that it must not: a label, a heading, a person, a mark (but its own tie's) or a flag."""
    clearance = layout.clearance()
    found = []
    for number, flag in enumerate(flags):
        box = flag.box
        what = flag.node_id or flag.tie_id
        found += [f"{what} on the label of {owner}" for owner in clearance.boxes_hitting(clearance.labels, box)]
        found += [f"{what} on a heading" for _ in clearance.boxes_hitting(clearance.headings, box)]
        found += [f"{what} on {shape.node_id}" for shape in clearance.nodes_hitting(box)]
        marks = clearance.boxes_hitting(clearance.marks, box)
        found += [f"{what} on the mark of {owner}" for owner in marks if owner != flag.tie_id]
        found += [
            f"{what} on the flag of {o.node_id or o.tie_id}" for o in flags[number + 1 :] if boxes_overlap(box, o.box)
        ]
    return found


# -- what gets a flag ----------------------------------------------------------------


def test_open_actions_flag_their_node_or_tie_and_closed_ones_do_not() -> None:
    ecomap = family()
    plan = ecomap.plan
    plan.add_action(Action("a1", "Go to the café with Gary", AboutNode("cafe")))
    plan.add_action(Action("a2", "Call Mum on Sunday", AboutTie(("mum", "sam")), status=Status.DOING))
    plan.add_action(Action("a3", "Was done", AboutNode("mum"), status=Status.DONE))
    plan.add_action(Action("a4", "Was dropped", AboutNode("gran"), status=Status.DROPPED))
    plan.add_action(Action("a5", "More bridging", AboutCapital(Capital.BRIDGING)))
    plan.add_action(Action("a6", "Someone from work", AboutDomain(Domain.WORK_EDUCATION)))
    plan.add_action(Action("a7", "Anything", None))
    nodes, ties = flagged(ecomap)
    assert {node: [a.id for a in actions] for node, actions in nodes.items()} == {"cafe": ["a1"]}
    assert {tie: [a.id for a in actions] for tie, actions in ties.items()} == {"t1": ["a2"]}


def test_an_action_about_a_tie_not_drawn_yet_flags_its_ends_but_the_client() -> None:
    ecomap = family()
    ecomap.plan.add_action(Action("a1", "Get back in touch with Aunt Sue", AboutTie(("sam", "sue"))))
    ecomap.plan.add_action(Action("a2", "Gran and Aunt Sue meet at Christmas", AboutTie(("gran", "sue"))))
    nodes, ties = flagged(ecomap)
    assert ties == {}
    assert {node: [a.id for a in actions] for node, actions in nodes.items()} == {"sue": ["a1", "a2"], "gran": ["a2"]}
    flags = {flag.node_id: flag for flag in place_flags(ecomap, layout_map(ecomap))}
    assert set(flags) == {"sue", "gran"}
    assert flag_words(flags["gran"], ecomap) == (
        "Open action: Gran and Aunt Sue meet at Christmas (about the tie between Gran and Aunt Sue, not on the map yet)"
    )


def test_the_tooltip_says_each_open_action_with_who_and_when() -> None:
    ecomap = family()
    ecomap.plan.add_action(
        Action("a1", "Go to the café\non Thursday", AboutNode("cafe"), owner="Lee", due="2026-02-01")
    )
    ecomap.plan.add_action(
        Action("a2", "Meet the peer mentor", AboutNode("cafe"), owner="Peer mentor", status=Status.DOING)
    )
    (flag,) = place_flags(ecomap, layout_map(ecomap))
    assert flag_words(flag, ecomap) == (
        "Open actions:\n"
        "• Go to the café on Thursday (Lee, due 1 Feb 2026)\n"
        "• Meet the peer mentor (under way, Peer mentor)"
    )
    ecomap.plan.update_action("a2", status=Status.DONE)
    (flag,) = place_flags(ecomap, layout_map(ecomap))
    assert flag_words(flag, ecomap) == "Open action: Go to the café on Thursday (Lee, due 1 Feb 2026)"


def test_a_map_without_open_actions_has_no_flags() -> None:
    ecomap = family()
    assert place_flags(ecomap, layout_map(ecomap)) == []
    ecomap.plan.add_action(Action("a1", "Done already", AboutNode("mum"), status=Status.DONE))
    assert place_flags(ecomap, layout_map(ecomap)) == []


# -- how a flag is drawn -------------------------------------------------------------


def test_a_flag_is_a_pole_and_a_pennant_inside_its_box() -> None:
    flag = drawing.flag_at((10.0, 20.0))
    left, top, right, bottom = flag.box
    assert (right - left, bottom - top) == pytest.approx(drawing.FLAG_SIZE)
    assert drawing.FLAG_SIZE == (notation.FLAG_WIDTH + drawing.FLAG_POLE_WIDTH, notation.FLAG_HEIGHT)
    assert ((left + right) / 2, (top + bottom) / 2) == pytest.approx((10.0, 20.0))
    (foot_x, foot_y), (head_x, head_y) = flag.pole
    assert foot_x == head_x
    assert (foot_y, head_y) == pytest.approx((bottom, top))
    assert all(left <= x <= right and top <= y <= bottom for x, y in (*flag.pole, *flag.pennant))
    ys = [y for _x, y in flag.pennant]
    assert max(ys) - min(ys) == pytest.approx(notation.FLAG_PENNANT_HEIGHT)
    assert max(x for x, _y in flag.pennant) == pytest.approx(right), "the pennant reaches the box's edge"


def _grey(colour: str) -> float:
    """How light a colour prints in greyscale (0 black, 1 white), by the usual luma weights."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue


def test_a_flag_reads_in_greyscale_and_is_no_capital_s_colour() -> None:
    flag = drawing.flag_at((0.0, 0.0))
    assert flag.fill not in notation.CAPITAL_COLOURS.values()
    # Printed grey: the pennant stands out from the paper, and its dark edge and pole from the pennant.
    assert _grey(drawing.PAPER) - _grey(flag.fill) > 0.4
    assert _grey(flag.fill) - _grey(flag.ink) > 0.2


# -- where a flag goes -----------------------------------------------------------------


def test_a_node_s_flag_sits_at_its_upper_right_just_clear_of_it() -> None:
    ecomap = EcoMap([Node("sam", "Sam", Kind.CLIENT), Node("mum", "Mum", Kind.PERSON, Domain.FAMILY, 150.0, -150.0)])
    ecomap.plan.add_action(Action("a1", "Call", AboutNode("mum")))
    (flag,) = place_flags(ecomap, layout_map(ecomap))
    left, top, right, bottom = flag.box
    centre = ((left + right) / 2, (top + bottom) / 2)
    assert centre[0] > 150.0, "upper right"
    assert centre[1] < -150.0, "upper right"
    nearest = (min(max(150.0, left), right), min(max(-150.0, top), bottom))
    gap = math.dist(nearest, (150.0, -150.0)) - notation.NODE_RADII[Kind.PERSON]
    assert gap == pytest.approx(notation.FLAG_GAP, abs=0.01)


def test_a_tie_s_flag_stands_on_its_capital_mark() -> None:
    ecomap = family()
    ecomap.plan.add_action(Action("a1", "Go every week", AboutTie(("sam", "cafe"))))
    layout = layout_map(ecomap)
    (flag,) = place_flags(ecomap, layout)
    mark_left, mark_top, mark_right, _bottom = layout.ties["t2"].mark_box
    (pole_x, _foot), (_x, _head) = flag.flag.pole
    assert (flag.tie_id, flag.node_id) == ("t2", None)
    assert flag.box[3] == pytest.approx(mark_top), "the pole stands on the mark's top edge"
    assert pole_x == pytest.approx((mark_left + mark_right) / 2)


def test_a_plan_changes_neither_the_layout_nor_what_the_map_measures() -> None:
    bare = family()
    flagged_map = flag_everything(family())
    assert layout_map(flagged_map) == layout_map(bare)
    assert measure(flagged_map) == measure(bare)


def example_maps() -> list[EcoMap]:
    case = case_from_document(json.loads(EXAMPLE_JSON.read_text(encoding="utf-8")), str(EXAMPLE_JSON))
    return [version.map for version in case.versions]


@pytest.mark.parametrize("number", [1, 2, 3])
def test_on_the_example_a_flag_on_everyone_and_every_tie_covers_no_label_mark_person_or_flag(number: int) -> None:
    ecomap = flag_everything(example_maps()[number - 1].copy())
    layout = layout_map(ecomap)
    flags = place_flags(ecomap, layout)
    assert len(flags) == len(ecomap.nodes) + len(ecomap.ties)
    assert overlaps(layout, flags) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_maps(2, 25), st.sampled_from([1.0, 1.45, 1.75]))
def test_on_an_arranged_map_flags_cover_no_label_mark_person_or_other_flag(ecomap: EcoMap, text_scale: float) -> None:
    arranged = flag_everything(arrange(ecomap, text_scale).apply_to(ecomap))
    layout = layout_map(arranged, text_scale)
    flags = place_flags(arranged, layout)
    assert overlaps(layout, flags) == []
    assert measure(arranged, layout).problems == 0, "the map still reads at a glance"
