"""The PDF's maps are drawn from the model's layout: no words on words where the canvas has none, text
scaled with the map and as large as the layout allows, ties bent round people, small maps kept readable."""

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, Rect, String

from ecomap.casefile import CaseFile
from ecomap.model import notation
from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.drawing import LEGEND, capital_badge, node_outline, sector_lines, stacking_order, tie_layer
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.legibility import measure
from ecomap.model.network import EcoMap
from ecomap.model.notation import DOMAIN_NAMES, RING_NAMES
from ecomap.report.fonts import BOLD, register_fonts
from ecomap.report.legend import legend_drawing
from ecomap.report.map_drawing import LARGE, MEDIUM, SMALL, TEXT_SCALES, MapLook, TextSizes, map_drawing, plan_map
from ecomap.report.notation_shapes import colour
from tests.conftest import EXAMPLE_CASE
from tests.report.cases import arranged, node, seventeen_people, story_case, with_latest_arranged, write_case
from tests.report.conftest import Export
from tests.report.pdf_tools import Word, needs_tools, overlapping_words, page_count, page_words

HEADING_WORDS = {word for name in DOMAIN_NAMES.values() for word in name.split()} | set(RING_NAMES)
PAGE_ROOM = (515.0, 400.0)
"""About the room page 1 gives the latest map."""


@pytest.fixture(scope="module")
def arranged_example(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, EcoMap]:
    """The bundled example case with its latest version arranged, as a case file, and that map."""
    with CaseFile.open(EXAMPLE_CASE) as case_file:
        case = with_latest_arranged(case_file.case())
    return write_case(case, tmp_path_factory.mktemp("arranged") / "lee.ecomap"), case.versions[-1].map


@pytest.fixture(scope="module")
def busy_case(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, EcoMap]:
    """Seventeen people around the client, arranged, in a case of four versions (so the earlier ones
    make a grid of three small maps), and the latest map."""
    everyone = arranged(seventeen_people())
    first = seventeen_people()
    for node_id in ("kayla", "boxing", "tutor", "job", "jobcentre", "yot"):
        first.remove_node(node_id)
    first = arranged(first)
    details = CaseDetails("BUSY-1", "Ash", "A. Worker", "")
    versions = [
        Version("Start of order", "2026-01-12", "", first),
        Version("Review 1", "2026-03-12", "", first),
        Version("Review 2", "2026-05-12", "", everyone),
        Version("Review 3", "2026-07-12", "", everyone),
    ]
    return write_case(Case(details, versions), tmp_path_factory.mktemp("busy") / "ash.ecomap"), everyone


def map_words(words: list[Word]) -> list[Word]:
    """The words of page 1's map: between its caption ("The map now: ...") and the legend."""
    caption = next(word for word in words if word.text == "now:")
    legend = next(word for word in words if word.text == "Legend")
    return [word for word in words if caption.bottom < word.top and word.bottom < legend.top]


def assert_every_label_shows(ecomap: EcoMap, words: list[Word]) -> None:
    shown = [word.text for word in words]
    for member in ecomap.nodes:
        for word in member.label.split():
            assert word in shown, f"{word!r} of {member.label!r} is not on the map"
            shown.remove(word)


@needs_tools
def test_page_one_of_the_arranged_example_has_no_words_on_words(
    arranged_example: tuple[Path, EcoMap], export: Export
) -> None:
    path, latest = arranged_example
    assert measure(latest).problems == 0
    words = map_words(page_words(export(path), 1))
    assert_every_label_shows(latest, words)
    assert {word.text for word in words} >= HEADING_WORDS
    # No label on another label or a heading (nor any mark's letters on either).
    assert overlapping_words(words) == []


@needs_tools
def test_a_busy_arranged_map_has_no_words_on_words_on_any_page(busy_case: tuple[Path, EcoMap], export: Export) -> None:
    path, latest = busy_case
    assert measure(latest).problems == 0
    pdf = export(path)
    words = map_words(page_words(pdf, 1))
    assert_every_label_shows(latest, words)
    assert {word.text for word in words} >= HEADING_WORDS
    for number in range(1, page_count(pdf) + 1):
        assert overlapping_words(page_words(pdf, number)) == [], f"page {number}"


@needs_tools
def test_the_earlier_small_maps_of_a_busy_case_name_only_the_client(
    busy_case: tuple[Path, EcoMap], export: Export
) -> None:
    pdf = export(busy_case[0])
    number = next(n for n in range(2, page_count(pdf) + 1) if "Earlier" in {w.text for w in page_words(pdf, n)})
    words = page_words(pdf, number)
    table = next((word.top for word in words if word.text == "Relationships"), float("inf"))
    grid = [word.text for word in words if word.bottom < table]
    # Three small maps a row: their names would be under 3.5 points, so only the client's shows on each.
    assert grid.count("Ash") == 3
    assert not set(grid) & {"Mum", "Biscuit", "Kayla", "GP", "Probation"}


def shapes_of(drawing: Drawing | Group, kind: type) -> Iterator[object]:
    """Every shape of ``kind`` in ``drawing``, however deep in its groups."""
    for item in drawing.contents:
        if isinstance(item, Group):
            yield from shapes_of(item, kind)
        elif isinstance(item, kind):
            yield item


def strings(drawing: Drawing) -> Iterator[String]:
    return (item for item in shapes_of(drawing, String) if isinstance(item, String))


@functools.cache
def sample_map(which: str) -> EcoMap:
    """A map to draw: "busy" (seventeen people, arranged), "example" (the example's latest, arranged)
    or "story" (the story case's latest, as placed by hand)."""
    if which == "busy":
        return arranged(seventeen_people())
    if which == "example":
        with CaseFile.open(EXAMPLE_CASE) as case_file:
            return arranged(case_file.case().versions[-1].map)
    return story_case().versions[-1].map


def bent_tie_map() -> EcoMap:
    """The GP in the middle ring with a nurse half way along the line to them: the client's tie to
    the GP must bend round the nurse."""
    gp = node("gp", "GP", Kind.ORGANISATION, Domain.SERVICES, Strength.MODERATE)
    nurse = Node("nurse", "Nurse", Kind.PERSON, Domain.SERVICES, gp.x / 2, gp.y / 2)
    ties = [
        Tie("to-gp", "client", "gp", Capital.LINKING, Strength.MODERATE),
        Tie("to-nurse", "client", "nurse", Capital.LINKING, Strength.STRONG),
    ]
    return EcoMap([Node("client", "Sam", Kind.CLIENT), gp, nurse], ties)


def test_a_tie_bent_round_someone_is_drawn_along_its_path() -> None:
    ecomap = bent_tie_map()
    plan = plan_map(ecomap, *PAGE_ROOM)
    bent = plan.layout.ties["to-gp"]
    assert bent.bent
    assert len(bent.geometry.path) > 2
    drawing = map_drawing(ecomap, *PAGE_ROOM)
    expected = [c for point in bent.geometry.path for c in plan.place(point)]
    polylines = list(shapes_of(drawing, PolyLine))
    assert len(polylines) == 1
    assert polylines[0].points == pytest.approx(expected)
    # The straight tie to the nurse stays a line.
    straight = plan.layout.ties["to-nurse"].geometry.path
    assert len(straight) == 2
    assert any(
        [line.x1, line.y1, line.x2, line.y2] == pytest.approx([c for p in straight for c in plan.place(p)])
        for line in shapes_of(drawing, Line)
    )


@pytest.mark.parametrize("look", [LARGE, MEDIUM])
def test_labels_are_drawn_in_their_boxes_at_the_layout_s_size_times_the_map_s(look: MapLook) -> None:
    ecomap = sample_map("busy")
    plan = plan_map(ecomap, *PAGE_ROOM, look)
    drawn = {text.text: text for text in strings(map_drawing(ecomap, *PAGE_ROOM, look))}
    for label in plan.layout.labels.values():
        left, top, right, _bottom = label.box
        block = label.text.block
        for line, baseline in zip(block.lines, block.baselines(top), strict=True):
            text = drawn[line]
            assert text.fontSize == pytest.approx(block.size * plan.place.scale)
            assert (text.x, text.y) == pytest.approx(plan.place(((left + right) / 2, baseline)))
            assert text.textAnchor == "middle"


def expected_scale(ecomap: EcoMap, width: float, height: float, look: MapLook) -> float:
    """The text scale by the rule, trying every scale: the largest with no more problems than the
    standard size and no larger than it takes to bring a label to the look's target size; the
    standard size for a map that overlaps already at it."""
    sizes = TextSizes(ecomap, width, height, look)
    reaching = [scale for scale in TEXT_SCALES if sizes.plan(scale).label_size >= look.target_label]
    needed = reaching[0] if reaching else TEXT_SCALES[-1]
    standard = sizes.problems(TEXT_SCALES[0])
    if standard and sizes.plan(TEXT_SCALES[0]).label_size < look.target_label:
        return TEXT_SCALES[0]
    return max(scale for scale in TEXT_SCALES if scale <= needed and sizes.problems(scale) <= standard)


ROOMS = [(LARGE, 515.0, 400.0), (LARGE, 515.0, 300.0), (MEDIUM, 240.0, 240.0), (SMALL, 160.0, 160.0)]


@pytest.mark.parametrize(("look", "width", "height"), ROOMS)
@pytest.mark.parametrize("which", ["busy", "story", "example"])
def test_the_text_is_as_large_as_the_layout_allows(look: MapLook, width: float, height: float, which: str) -> None:
    ecomap = sample_map(which)
    plan = plan_map(ecomap, width, height, look)
    scale = expected_scale(ecomap, width, height, look)
    size = TextSizes(ecomap, width, height, look).plan(scale).label_size
    if look.smallest_label is not None and size < look.smallest_label:
        assert not plan.every_label
        assert set(plan.layout.labels) == {ecomap.client.id}
    else:
        assert plan.every_label
        assert plan.layout.text_scale == scale
        assert plan.label_size == pytest.approx(size)


def test_a_small_map_too_small_for_names_keeps_only_the_client_s() -> None:
    ecomap = sample_map("busy")
    plan = plan_map(ecomap, 160.0, 160.0, SMALL)
    assert not plan.every_label
    texts = {text.text for text in strings(map_drawing(ecomap, 160.0, 160.0, SMALL))}
    assert "Ash" in texts
    assert not texts & {"Kayla", "GP", "Mum"}
    # With room for them, the names come back.
    assert plan_map(ecomap, 400.0, 400.0, SMALL).every_label


# -- one drawing vocabulary: the PDF draws what the model defines, as the canvas does ----------


def test_ties_are_drawn_bottom_to_top_in_the_model_s_stacking_order() -> None:
    ecomap = sample_map("example")
    assert len({tie_layer(tie) for tie in ecomap.ties}) >= 3, "the example should stack ties of several looks"
    plan = plan_map(ecomap, *PAGE_ROOM)
    strokes = {
        tuple(c for point in plan.layout.ties[tie.id].geometry.path for c in plan.place(point)): tie.id
        for tie in ecomap.ties
    }
    drawn = []
    for shape in shapes_of(map_drawing(ecomap, *PAGE_ROOM), (Line, PolyLine)):
        points = (shape.x1, shape.y1, shape.x2, shape.y2) if isinstance(shape, Line) else shape.points
        if tuple(points) in strokes:
            drawn.append(strokes[tuple(points)])
    visible = [tie.id for tie in stacking_order(ecomap.ties) if plan.layout.ties[tie.id].geometry.visible]
    assert drawn == visible


def test_every_badge_on_the_page_is_the_model_s_badge() -> None:
    ecomap = sample_map("example")
    plan = plan_map(ecomap, *PAGE_ROOM)
    place = plan.place
    drawing = map_drawing(ecomap, *PAGE_ROOM)
    frames = [(r.x, r.y, r.width, r.height, r.rx, r.strokeColor, r.strokeWidth) for r in shapes_of(drawing, Rect)]
    letters = [(s.x, s.y, s.text, s.fontSize, s.fontName) for s in strings(drawing)]
    for tie in ecomap.ties:
        badge = capital_badge(tie.capital, plan.layout.ties[tie.id].mark_box)
        frame = (*place.box(badge.box), badge.corner * place.scale, colour(badge.outline), place.width(1.0))
        assert frame in frames, f"the badge of {tie.id} is not drawn as the model defines it"
        x, baseline = place((badge.text_left, badge.baseline))
        assert (x, baseline, badge.text, badge.font_size * place.scale, BOLD) in letters


def test_node_shapes_and_sector_lines_are_the_model_s() -> None:
    ecomap = sample_map("example")
    plan = plan_map(ecomap, *PAGE_ROOM)
    place = plan.place
    drawing = map_drawing(ecomap, *PAGE_ROOM)
    squares = {(round(r.width, 6), round(r.rx, 6)) for r in shapes_of(drawing, Rect)}
    for member in ecomap.nodes:
        outline = node_outline(member.kind, notation.NODE_RADII[member.kind] * place.scale)
        if outline.shape in notation.SQUARE_HALF_SIDE:
            assert (round(2 * outline.reach, 6), round(outline.corner, 6)) in squares
    sector = colour(notation.SECTOR_LINE_COLOUR)
    drawn = [(line.x1, line.y1, line.x2, line.y2) for line in shapes_of(drawing, Line) if line.strokeColor == sector]
    assert drawn == [(*place(inner), *place(outer)) for inner, outer in sector_lines(plan.layout.rings)]


def test_the_pdf_legend_lists_the_model_s_legend() -> None:
    register_fonts()
    expected = []
    for section in LEGEND:
        expected.append(section.short_title)
        for entry in section.entries:
            expected += [entry.title, entry.detail] if entry.detail else [entry.title]
    words = [s.text for s in strings(legend_drawing(500.0)) if s.text not in notation.CAPITAL_MARKS.values()]
    assert words == expected
