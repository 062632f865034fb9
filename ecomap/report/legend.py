"""The legend of the PDF: every colour, letter, line, hatch, arrow and shape of the notation, drawn as the map draws it.

It follows the editor's legend panel (same entries, same order, same
samples), laid out in three rows across the page under the map, so that it
takes little of the height the map could have.
"""

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Line, String
from reportlab.lib import colors

from ecomap.model import notation
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.report.fonts import BOLD, MUTED, REGULAR, TEXT, blank_drawing, width_of
from ecomap.report.notation_shapes import Placement, node_shape, tie_shapes

NEUTRAL = "#4D4D4D"
"""Strength, stress and flow samples are grey: they do not depend on the kind of capital."""
SAMPLE_SCALE = 0.62
"""Samples are drawn at this fraction of their canvas size (about the size of the large map)."""
TITLE_SIZE = 7.6
DETAIL_SIZE = 6.6
HEADING_SIZE = 7.6
HEADING_WIDTH = 62.0
"""Room on the left of each row for the name of its section."""
TEXT_GAP = 6.0
"""Between a sample and its words."""
ROW_GAP = 4.0
KIND_CAPTIONS = {
    Kind.CLIENT: "The client",
    Kind.PERSON: "Person",
    Kind.PET: "Pet",
    Kind.GROUP: "Group",
    Kind.ORGANISATION: "Organisation",
}

Paint = Callable[[Group, float, float], None]
"""Draws a sample into a group with its left edge at x and its middle at y (points)."""


@dataclass(frozen=True, slots=True)
class _Row:
    title: str
    paint: Paint | None
    detail: str = ""
    height: float = 13.0
    sample_width: float = 36.0


def legend_drawing(width: float) -> Drawing:
    """The legend across ``width`` points (under the map), one row a section: the section's name
    on the left, then its entries side by side; its height follows from its content."""
    items: list[tuple[float, Callable[[Group, float], None]]] = []
    y = 0.0
    for heading, rows in _sections():
        height = max(row.height for row in rows)
        items.append((y + height / 2, _heading(heading)))
        for left, cell, row in zip(*_cells(rows, width - HEADING_WIDTH), rows, strict=True):
            items.append((y + height / 2, _cell(row, HEADING_WIDTH + left, cell)))
        y += height + ROW_GAP
    y -= ROW_GAP
    drawing = blank_drawing(width, y)
    group = Group()
    for offset, draw in items:
        draw(group, y - offset)
    drawing.add(group)
    return drawing


def _cells(rows: list[_Row], width: float) -> tuple[list[float], list[float]]:
    """Where each entry of a row starts and how wide it is: as wide as its sample and words need,
    the room to spare shared out evenly."""
    needed = [
        row.sample_width + TEXT_GAP + max(width_of(row.title, TITLE_SIZE), width_of(row.detail, DETAIL_SIZE)) + 4.0
        for row in rows
    ]
    spare = max(0.0, width - sum(needed)) / len(rows)
    widths = [each + spare for each in needed]
    return [sum(widths[:index]) for index in range(len(widths))], widths


def _sections() -> list[tuple[str, list[_Row]]]:
    capitals = [
        _Row(
            f"{notation.CAPITAL_NAMES[c]} ({notation.CAPITAL_MARKS[c]})",
            _tie_sample(capital=c),
            notation.CAPITAL_MEANINGS[c],
            height=18.0,
        )
        for c in Capital
    ]
    lines = [_Row(notation.STRENGTH_NAMES[s], _tie_sample(strength=s), sample_width=26.0) for s in Strength]
    lines += [
        _Row("Stressful", _tie_sample(stressful=True), sample_width=26.0),
        _Row("Energy flow", _tie_sample(flow=Flow.TO_TARGET), sample_width=26.0),
        _Row("Both ways", _tie_sample(flow=Flow.BOTH), sample_width=26.0),
    ]
    shapes = [_Row(KIND_CAPTIONS[k], _node_sample(k), height=15.0, sample_width=16.0) for k in Kind]
    shapes[0] = _Row(KIND_CAPTIONS[Kind.CLIENT], _node_sample(Kind.CLIENT), height=19.0, sample_width=18.0)
    return [("Kind of tie", capitals), ("Line", lines), ("Shape", shapes)]


def _heading(text: str) -> Callable[[Group, float], None]:
    def draw(group: Group, middle: float) -> None:
        baseline = middle - HEADING_SIZE * 0.36
        group.add(String(0, baseline, text, fontName=BOLD, fontSize=HEADING_SIZE, fillColor=TEXT))

    return draw


def _cell(row: _Row, left: float, width: float) -> Callable[[Group, float], None]:
    def draw(group: Group, middle: float) -> None:
        if row.paint:
            row.paint(group, left + 1.0, middle)
        x = left + row.sample_width + TEXT_GAP
        if row.detail:
            group.add(String(x, middle + 1.0, row.title, fontName=REGULAR, fontSize=TITLE_SIZE, fillColor=TEXT))
            group.add(
                String(
                    x, middle - DETAIL_SIZE - 0.5, row.detail, fontName=REGULAR, fontSize=DETAIL_SIZE, fillColor=MUTED
                )
            )
        else:
            group.add(String(x, middle - TITLE_SIZE * 0.36, row.title, fontName=REGULAR, fontSize=TITLE_SIZE))

    return draw


def _tie_sample(
    *,
    capital: Capital | None = None,
    strength: Strength = Strength.MODERATE,
    stressful: bool = False,
    flow: Flow = Flow.NONE,
) -> Paint:
    def paint(group: Group, left: float, middle: float) -> None:
        length = (36.0 if capital else 26.0) / SAMPLE_SCALE
        place = Placement(SAMPLE_SCALE, left, middle)
        shapes = tie_shapes(
            (0.0, 0.0),
            (length, 0.0),
            (0.0, 0.0),
            place,
            capital or Capital.BONDING,
            strength,
            flow=flow,
            marked=capital is not None,
            ink=None if capital else NEUTRAL,
        )
        if stressful:
            shapes += _hatches(place, length)
        for shape in shapes:
            group.add(shape)

    return paint


def _hatches(place: Placement, length: float) -> list[object]:
    """The stress cross-strokes along a sample, spaced and sized as on a tie."""
    strokes: list[object] = []
    position = notation.HATCH_SPACING / 2
    reach = notation.HATCH_HALF_LENGTH
    while position < length:
        stroke = Line(*place((position, -reach)), *place((position, reach)), strokeColor=colors.HexColor(NEUTRAL))
        stroke.strokeWidth = notation.HATCH_WIDTH * place.scale
        strokes.append(stroke)
        position += notation.HATCH_SPACING
    return strokes


def _node_sample(kind: Kind) -> Paint:
    def paint(group: Group, left: float, middle: float) -> None:
        # The client stays the biggest shape, as on the map, without taking a row of its own.
        radius = 9.0 if kind is Kind.CLIENT else notation.NODE_RADII[kind] * 0.36
        outline = notation.CLIENT_OUTLINE_WIDTH if kind is Kind.CLIENT else notation.NODE_OUTLINE_WIDTH
        centre = (left + 8.0, middle)
        group.add(node_shape(kind, Domain.OTHER, centre, radius, outline * SAMPLE_SCALE))

    return paint


def legend_notes() -> str:
    """What the legend's drawing leaves to words: the rings and the fill colours."""
    return "Rings: how close to the client (close, middle, outer). Sectors and pale fills: the area of life."
