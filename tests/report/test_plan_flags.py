"""The flag of an open action in the PDF: on every map that has one, explained in the legend only when one is drawn."""

import math
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from reportlab.graphics.shapes import Drawing, Group, Polygon
from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str

from ecomap.model.case import Case
from ecomap.model.drawing import FLAG_FILL
from ecomap.model.elements import Node
from ecomap.model.enums import Domain, Kind
from ecomap.model.flag_legend import FLAG_TITLE, shows_flags
from ecomap.model.network import EcoMap
from ecomap.model.plan import AboutCapital, AboutNode, Action, Status
from ecomap.model.plan_flags import place_flags
from ecomap.report.fonts import register_fonts
from ecomap.report.legend import legend_drawing
from ecomap.report.map_drawing import LARGE, MARGIN, SMALL, MapLook, map_drawing, plan_map
from tests.report.cases import plan_case, story_case, write_case
from tests.report.conftest import Export
from tests.report.pdf_tools import decompressed, flat, needs_tools, pages_text
from tests.strategies import ecomaps

VERMILLION = HexColor(FLAG_FILL)
FILL_OPERATOR = f"{fp_str(VERMILLION.red, VERMILLION.green, VERMILLION.blue)} rg".encode()
"""How a page's content sets the flag's fill colour (reportlab writes it so, uncompressed)."""
LEGEND_WORDS = f"{FLAG_TITLE} planned or under way; see the plan section"


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_case(plan_case(), tmp_path_factory.mktemp("flags") / "zoe-plan.ecomap")


@pytest.fixture(scope="module")
def early_plan_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The story case with one open action, about Nana, at v1 only (done by v2, gone by v3)."""
    story = story_case()
    asked = Action("n1", "Ask Nana about Sunday lunch", AboutNode("nana"), "Zoë", "2026-02-01")
    plans = ([asked], [replace(asked, status=Status.DONE)], [])
    versions = [
        replace(version, map=EcoMap(version.map.nodes, version.map.ties, plan=plan))
        for version, plan in zip(story.versions, plans, strict=True)
    ]
    return write_case(Case(story.details, versions), tmp_path_factory.mktemp("early") / "zoe-early.ecomap")


def flags_drawn(pdf: Path) -> int:
    """How many times the pages fill something in the flag's colour (nothing else is that colour)."""
    return decompressed(pdf).count(FILL_OPERATOR)


@needs_tools
def test_page_one_s_map_and_legend_show_the_flags_of_the_example_s_open_actions(
    example_file: Path, export: Export
) -> None:
    pdf = export(example_file)
    first = flat(pages_text(pdf, "raw")[0])
    assert LEGEND_WORDS in first
    assert first.index("Legend") < first.index(LEGEND_WORDS) < first.index("Then and now")
    # Lee's latest plan has three open actions on the map (the café; Mum and the drug service, whose
    # tie is not drawn yet), his first two plans three more each; and the legend's sample.
    assert flags_drawn(pdf) == 3 + 3 + 3 + 1
    latest = export(example_file, "--versions", "3")
    assert LEGEND_WORDS in flat(pages_text(latest, "raw")[0])
    assert flags_drawn(latest) == 3 + 1


@needs_tools
def test_a_summary_without_an_open_action_neither_draws_nor_explains_a_flag(story_file: Path, export: Export) -> None:
    never_planned = export(story_file)
    text = flat(" ".join(pages_text(never_planned, "raw")))
    assert "Legend" in text
    assert FLAG_TITLE not in text
    assert flags_drawn(never_planned) == 0


@needs_tools
def test_every_map_of_the_plan_case_shows_its_flags(plan_file: Path, export: Export) -> None:
    pdf = export(plan_file)
    assert LEGEND_WORDS in flat(pages_text(pdf, "raw")[0])
    drawn = sum(len(plan_map(version.map, 400, 400).flags) for version in plan_case().versions)
    assert flags_drawn(pdf) == drawn + 1


@needs_tools
def test_the_legend_explains_a_flag_only_a_small_earlier_map_shows(early_plan_file: Path, export: Export) -> None:
    pdf = export(early_plan_file)
    assert LEGEND_WORDS in flat(pages_text(pdf, "raw")[0])
    assert flags_drawn(pdf) == 1 + 1  # v1's small map, and the legend's sample
    latest = export(early_plan_file, "--versions", "2,3")  # Nana's action is done by v2: no flag anywhere
    assert LEGEND_WORDS not in flat(pages_text(latest, "raw")[0])
    assert flags_drawn(latest) == 0


def test_a_plan_with_actions_that_are_not_open_or_not_about_anyone_draws_no_flag() -> None:
    ecomap = plan_case().versions[1].map
    assert plan_map(ecomap, 400, 400).flags
    quiet = EcoMap(
        ecomap.nodes,
        ecomap.ties,
        plan=[
            Action("d", "Done already", AboutNode("nana"), status=Status.DONE),
            Action("x", "Dropped", AboutNode("coach"), status=Status.DROPPED),
            Action("c", "Find a new circle", AboutCapital(next(iter(ecomap.ties)).capital)),
        ],
    )
    assert plan_map(quiet, 400, 400).flags == ()
    assert not list(_flag_pennants(map_drawing(quiet, 400, 400)))


def _flag_pennants(drawing: Drawing | Group) -> list[Polygon]:
    found = []
    for shape in drawing.contents:
        if isinstance(shape, Group):
            found += _flag_pennants(shape)
        elif isinstance(shape, Polygon) and shape.fillColor == VERMILLION:
            found.append(shape)
    return found


def far_out(label: str) -> EcoMap:
    """A client and one person far beyond the rings, up and to the left, with an open action about them."""
    angle = math.radians(220)
    person = Node("far", label, Kind.PERSON, Domain.OTHER, 700 * math.cos(angle), 700 * math.sin(angle))
    ecomap = EcoMap([Node("client", "Lee", Kind.CLIENT), person], [])
    ecomap.plan.add_action(Action("a1", "Write to them", AboutNode("far"), "Lee"))
    return ecomap


@pytest.mark.parametrize("look", [LARGE, SMALL])
def test_a_flag_beyond_everything_else_stays_inside_its_map(look: MapLook) -> None:
    register_fonts()
    ecomap = far_out("")  # no name: nothing but the flag reaches that far
    plan = plan_map(ecomap, 400, 300, look)
    (flag,) = plan.flags
    assert flag == place_flags(ecomap, plan.layout)[0]
    top = plan.layout.bounds()[1]
    assert flag.box[1] < top, "the case this test is about: the flag stands above all else"
    drawing = map_drawing(ecomap, 400, 300, look)
    (pennant,) = _flag_pennants(drawing)
    x0, y0, x1, y1 = pennant.getBounds()
    assert 0 <= x0 < x1 <= drawing.width
    assert 0 <= y0 < y1 <= drawing.height - MARGIN + 0.01, "room above the flag, as round everything drawn"


def test_a_map_drawn_for_a_pdf_holds_the_flags_the_model_places() -> None:
    ecomap = plan_case().versions[0].map
    plan = plan_map(ecomap, 400, 400)
    assert [flag.node_id or flag.tie_id for flag in plan.flags] == [
        flag.node_id or flag.tie_id for flag in place_flags(ecomap, plan.layout)
    ]
    assert {flag.node_id for flag in plan.flags} >= {"nana", "crowd", "mate", "coach"}
    assert len(_flag_pennants(map_drawing(ecomap, 400, 400))) == len(plan.flags)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ecomaps(with_plan=True))
def test_any_map_draws_each_of_its_flags_inside_the_map_and_the_legend_explains_them(ecomap: EcoMap) -> None:
    register_fonts()
    plan = plan_map(ecomap, 300, 260, SMALL)
    assert [flag.box for flag in plan.flags] == [flag.box for flag in place_flags(ecomap, plan.layout)]
    assert bool(plan.flags) == shows_flags(ecomap)
    drawing = map_drawing(ecomap, 300, 260, SMALL)
    pennants = _flag_pennants(drawing)
    assert len(pennants) == len(plan.flags)
    for pennant in pennants:
        x0, y0, x1, y1 = pennant.getBounds()
        assert MARGIN - 0.01 <= x0 < x1 <= drawing.width - MARGIN + 0.01
        assert MARGIN - 0.01 <= y0 < y1 <= drawing.height - MARGIN + 0.01
    assert len(_flag_pennants(legend_drawing(500, [ecomap]))) == (1 if plan.flags else 0)
