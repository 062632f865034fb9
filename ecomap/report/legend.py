"""The legend of the PDF: every colour, letter, line, hatch, arrow and shape of the notation, drawn as the map draws it.

It lists the model's :data:`~ecomap.model.drawing.LEGEND` (as the editor's
legend panel and the picture's legend do: same entries, same order, same
samples), laid out in three rows across the page under the map, so that it
takes little of the height the map could have; and, when a map of the
summary shows the flag of an open action, a fourth row for it
(:mod:`ecomap.model.flag_legend`): a summary of a case without a plan does
not explain a mark it never shows. The words are the model's, in the summary's
language; the column of section names is as wide as the longest, and a
section whose entries do not fit across the page goes on over a second line.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, String

from ecomap.language import translate
from ecomap.model import notation
from ecomap.model.drawing import (
    FLAG_SIZE,
    LEGEND,
    MUTED_INK,
    TEXT_INK,
    LegendEntry,
    NodeSample,
    TieSample,
    node_outline_width,
)
from ecomap.model.drawing import legend_notes as model_legend_notes
from ecomap.model.enums import Kind
from ecomap.model.flag_legend import FLAG_SAMPLE, flag_heading, flag_title, shows_flags
from ecomap.model.network import EcoMap
from ecomap.report.fonts import BOLD, REGULAR, blank_drawing, widest, width_of
from ecomap.report.notation_shapes import Placement, colour, flag_shapes, node_shape, sample_shapes

SAMPLE_SCALE = 0.62
"""Samples are drawn at this fraction of their canvas size (about the size of the large map)."""
TITLE_SIZE = 7.6
DETAIL_SIZE = 6.6
HEADING_SIZE = 7.6
HEADING_WIDTH = 62.0
"""The least room on the left of each row for the name of its section (more if a name needs it)."""
TEXT_GAP = 6.0
"""Between a sample and its words."""
ROW_GAP = 4.0
TEXT = colour(TEXT_INK)
MUTED = colour(MUTED_INK)

Paint = Callable[[Group, float, float], None]
"""Draws a sample into a group with its left edge at x and its middle at y (points)."""


@dataclass(frozen=True, slots=True)
class _Row:
    title: str
    paint: Paint | None
    detail: str = ""
    height: float = 13.0
    sample_width: float = 36.0


def legend_drawing(width: float, maps: Iterable[EcoMap] = ()) -> Drawing:
    """The legend across ``width`` points (under the map), one row a section: the section's name
    on the left, then its entries side by side; its height follows from its content. The flag's
    row is there when one of ``maps`` (the summary's) shows a flag."""
    items: list[tuple[float, Callable[[Group, float], None]]] = []
    sections = _sections(flags=shows_flags(maps))
    heading_width = max(HEADING_WIDTH, widest([heading for heading, _rows in sections], HEADING_SIZE, bold=True) + 6)
    room = width - heading_width
    y = 0.0
    for heading, rows in sections:
        for index, line in enumerate(_lines(rows, room)):
            height = max(row.height for row in line)
            if index == 0:
                items.append((y + height / 2, _heading(heading)))
            for left, cell, row in zip(*_cells(line, room), line, strict=True):
                items.append((y + height / 2, _cell(row, heading_width + left, cell)))
            y += height + ROW_GAP
    y -= ROW_GAP
    drawing = blank_drawing(width, y)
    group = Group()
    for offset, draw in items:
        draw(group, y - offset)
    drawing.add(group)
    return drawing


def _needed(row: _Row) -> float:
    """The width an entry needs: its sample and its longer line of words."""
    return row.sample_width + TEXT_GAP + max(width_of(row.title, TITLE_SIZE), width_of(row.detail, DETAIL_SIZE)) + 4.0


def _lines(rows: list[_Row], width: float) -> list[list[_Row]]:
    """A section's entries in lines of at most ``width`` points: one line if they fit (in English
    they do), else as many entries a line as fit, in order."""
    lines: list[list[_Row]] = [[]]
    used = 0.0
    for row in rows:
        needed = _needed(row)
        if lines[-1] and used + needed > width:
            lines.append([])
            used = 0.0
        lines[-1].append(row)
        used += needed
    return lines


def _cells(rows: list[_Row], width: float) -> tuple[list[float], list[float]]:
    """Where each entry of a row starts and how wide it is: as wide as its sample and words need,
    the room to spare shared out evenly."""
    needed = [_needed(row) for row in rows]
    spare = max(0.0, width - sum(needed)) / len(rows)
    widths = [each + spare for each in needed]
    return [sum(widths[:index]) for index in range(len(widths))], widths


def _sections(*, flags: bool) -> list[tuple[str, list[_Row]]]:
    """The model's legend, each section under its short title; then the flag's, if ``flags``."""
    sections = [(section.short_title, [_row(entry) for entry in section.entries]) for section in LEGEND]
    if flags:
        # The summary lists the actions in its "Plan and review" section, whose name is printed once, as its
        # heading, so that a search for it finds the section.
        detail = translate("PdfLegend", "planned or under way; see the plan section")
        row = _Row(flag_title(), _flag_sample, detail, height=18.0, sample_width=16.0)
        sections.append((flag_heading(), [row]))
    return sections


def _row(entry: LegendEntry) -> _Row:
    sample = entry.sample
    if isinstance(sample, NodeSample):
        if sample.kind is Kind.CLIENT:
            return _Row(entry.title, _node_sample(sample), height=19.0, sample_width=18.0)
        return _Row(entry.title, _node_sample(sample), height=15.0, sample_width=16.0)
    if sample.capital is not None:
        return _Row(entry.title, _tie_sample(sample), entry.detail, height=18.0)
    return _Row(entry.title, _tie_sample(sample), sample_width=26.0)


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
            group.add(
                String(x, middle - TITLE_SIZE * 0.36, row.title, fontName=REGULAR, fontSize=TITLE_SIZE, fillColor=TEXT)
            )

    return draw


def _tie_sample(sample: TieSample) -> Paint:
    def paint(group: Group, left: float, middle: float) -> None:
        length = (36.0 if sample.capital else 26.0) / SAMPLE_SCALE
        for shape in sample_shapes(sample, length, Placement(SAMPLE_SCALE, left, middle)):
            group.add(shape)

    return paint


def _node_sample(sample: NodeSample) -> Paint:
    def paint(group: Group, left: float, middle: float) -> None:
        # The client stays the biggest shape, as on the map, without taking a row of its own.
        kind = sample.kind
        radius = 9.0 if kind is Kind.CLIENT else notation.NODE_RADII[kind] * 0.36
        outline = node_outline_width(kind) * SAMPLE_SCALE
        group.add(node_shape(kind, sample.domain, (left + 8.0, middle), radius, outline))

    return paint


def _flag_sample(group: Group, left: float, middle: float) -> None:
    """The flag at the samples' scale, where a shape would be."""
    width, height = FLAG_SIZE
    place = Placement(SAMPLE_SCALE, left + 8.0 - width * SAMPLE_SCALE / 2, middle + height * SAMPLE_SCALE / 2)
    for shape in flag_shapes(FLAG_SAMPLE, place):
        group.add(shape)


def legend_notes() -> str:
    """What the legend's drawing leaves to words: the rings and the fill colours."""
    return model_legend_notes()
