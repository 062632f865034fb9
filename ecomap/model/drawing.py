"""The drawing vocabulary every backend shares: greys, shapes, the capital badge, halo, sector lines, stacking, legend.

:mod:`ecomap.model.notation` says what the marks of an ecomap are; this module
says how each piece is drawn, in scene units (y down) and hex colours, so the
canvas, the picture export, the legend panel, the compare view and the PDF
(Qt's painter or reportlab) draw every one of them from this one definition;
the legends (the panel's, the picture's and the PDF's) list :data:`LEGEND`.
"""

import dataclasses
import functools
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.boxes import Box, Point
from ecomap.model.elements import Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.font_metrics import ascent, descent, text_width
from ecomap.model.geometry import DOMAIN_SECTORS, polar_to_scene, tie_geometry
from ecomap.model.map_layout import mark_size
from ecomap.model.notation import (
    CAPITAL_COLOURS,
    CAPITAL_MARKS,
    CAPITAL_MEANINGS,
    CAPITAL_NAMES,
    CLIENT_FILL,
    CLIENT_OUTLINE_WIDTH,
    DOMAIN_FILLS,
    FLAG_HEIGHT,
    FLAG_PENNANT_HEIGHT,
    FLAG_WIDTH,
    HATCH_HALF_LENGTH,
    HATCH_SPACING,
    KIND_NAMES,
    MARK_FONT_SIZE,
    NODE_OUTLINE,
    NODE_OUTLINE_WIDTH,
    NODE_RADII,
    NODE_SHAPES,
    ROUNDED_CORNER,
    SQUARE_HALF_SIDE,
    STRENGTH_NAMES,
)
from ecomap.model.tie_paths import TieGeometry

# -- the greys: each role one colour, for the map, its legends and the charts -----------------

PAPER = "#FFFFFF"
"""The page, and the fill of a badge and of a label's halo."""
TEXT_INK = "#1A1A1A"
"""Words: the labels, the legends' titles, the change badges, the charts' numbers."""
MARK_TEXT_INK = "#222222"
"""The letters in a capital badge."""
LINE_INK = NODE_OUTLINE
"""Dark lines: the outlines of people and of change badges, a chart's single series."""
SAMPLE_INK = "#4D4D4D"
"""Legend samples of line weight, stress and flow: grey, as they say nothing of capital."""
MUTED_INK = "#555555"
"""Words that say less (a legend's meanings) and the chart's marker of the version shown."""
GHOST_INK = "#6E6E6E"
"""What only the earlier of two compared versions had."""
GHOST_FILL = "#F0F0F0"
AXIS_INK = "#888888"
"""A chart's axes and ticks."""
FRAME_INK = "#BBBBBB"
"""The frame round a picture's legend."""
GRID_INK = "#DDDDDD"
"""A chart's grid lines."""
SHADE_INK = "#E4E4E4"
"""A pale band or fill: the chart's chosen version, the badge of something that ended."""

# -- people and places ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NodeOutline:
    """A node's outline centred on (0, 0): a circle or diamond reaching ``reach``, or a square of
    half side ``reach`` with corners rounded to ``corner``."""

    shape: str
    reach: float
    corner: float = 0.0


def node_outline(kind: Kind, radius: float | None = None) -> NodeOutline:
    """The outline of a node of ``kind`` at ``radius`` (its own by default)."""
    radius = NODE_RADII[kind] if radius is None else radius
    shape = NODE_SHAPES[kind]
    if shape in SQUARE_HALF_SIDE:
        corner = radius * ROUNDED_CORNER if shape == "rounded" else 0.0
        return NodeOutline(shape, radius * SQUARE_HALF_SIDE[shape], corner)
    return NodeOutline(shape, radius)


def node_fill(kind: Kind, domain: Domain) -> str:
    """White for the client, else the pale colour of the node's domain."""
    return CLIENT_FILL if kind is Kind.CLIENT else DOMAIN_FILLS[domain]


def node_outline_width(kind: Kind) -> float:
    return CLIENT_OUTLINE_WIDTH if kind is Kind.CLIENT else NODE_OUTLINE_WIDTH


LABEL_HALO_OPACITY = 210 / 255
"""A label outside its node sits on a halo of :data:`PAPER` this opaque, its box as the layout places it."""

# -- the capital badge ---------------------------------------------------------------------

BADGE_CORNER = 3.0
"""The corner radius of a capital badge's box."""
BADGE_OUTLINE_WIDTH = 1.0
"""The badge's outline, in its capital's colour."""


@dataclass(frozen=True, slots=True)
class Badge:
    """A capital's letter mark as every backend draws it: a white box with rounded corners,
    outlined in the capital's colour, the letters centred on it in the bundled bold face.

    ``text_left`` and ``baseline`` place the letters (scene units, y down): centred across
    the box, and the line (ascent and descent) centred in its height.
    """

    capital: Capital
    box: Box
    text: str
    font_size: float
    text_left: float
    baseline: float
    corner: float = BADGE_CORNER
    outline_width: float = BADGE_OUTLINE_WIDTH

    @property
    def outline(self) -> str:
        return CAPITAL_COLOURS[self.capital]

    @property
    def fill(self) -> str:
        return PAPER

    @property
    def text_ink(self) -> str:
        return MARK_TEXT_INK


def capital_badge(capital: Capital, box: Box, scale: float = 1.0) -> Badge:
    """The badge of ``capital`` in ``box`` (as the layout places it), its letters ``scale`` times
    the standard size."""
    size = MARK_FONT_SIZE * scale
    text = CAPITAL_MARKS[capital]
    left, top, right, bottom = box
    baseline = (top + bottom) / 2 + (ascent(size, bold=True) - descent(size, bold=True)) / 2
    text_left = (left + right) / 2 - text_width(text, size, bold=True) / 2
    return Badge(capital, box, text, size, text_left, baseline, BADGE_CORNER * scale)


def badge_at(capital: Capital, centre: Point, scale: float = 1.0) -> Badge:
    """The badge of ``capital`` centred on ``centre``, all of it ``scale`` times the map's size
    (the same as :func:`capital_badge` of the box there; measured once per capital, since a drag
    moves every badge of the ties it pulls)."""
    half_width, half_height, half_text, drop = _badge_measures(capital, scale)
    x, y = centre
    box = (x - half_width, y - half_height, x + half_width, y + half_height)
    return Badge(
        capital, box, CAPITAL_MARKS[capital], MARK_FONT_SIZE * scale, x - half_text, y + drop, BADGE_CORNER * scale
    )


@functools.cache
def _badge_measures(capital: Capital, scale: float) -> tuple[float, float, float, float]:
    """Half the badge's width and height, half its letters' width, and their baseline below the centre."""
    width, height = mark_size(capital)
    size = MARK_FONT_SIZE * scale
    drop = (ascent(size, bold=True) - descent(size, bold=True)) / 2
    return width * scale / 2, height * scale / 2, text_width(CAPITAL_MARKS[capital], size, bold=True) / 2, drop


# -- the flag of an open action ---------------------------------------------------------

FLAG_FILL = "#D55E00"
"""The pennant: Okabe-Ito vermillion, no capital's colour; a mid grey with a dark edge in greyscale."""
FLAG_INK = LINE_INK
"""The pole and the pennant's edge."""
FLAG_POLE_WIDTH = 1.6
FLAG_OUTLINE_WIDTH = 0.8


@dataclass(frozen=True, slots=True)
class Flag:
    """A small flag in ``box``: a pole up its left side and a pennant from the pole's top, pointing right.

    Every backend draws the pole as a line of :data:`FLAG_INK` and the pennant as a triangle
    filled with :data:`FLAG_FILL` and edged with :data:`FLAG_INK`.
    """

    box: Box
    pole: tuple[Point, Point]
    pennant: tuple[Point, Point, Point]
    fill: str = FLAG_FILL
    ink: str = FLAG_INK
    pole_width: float = FLAG_POLE_WIDTH
    outline_width: float = FLAG_OUTLINE_WIDTH


FLAG_SIZE = (FLAG_WIDTH + FLAG_POLE_WIDTH, FLAG_HEIGHT)
"""The width and height of a flag's box."""


def flag_at(centre: Point) -> Flag:
    """The flag whose box is centred on ``centre``."""
    x, y = centre
    left, top = x - FLAG_SIZE[0] / 2, y - FLAG_SIZE[1] / 2
    pole_x = left + FLAG_POLE_WIDTH / 2
    bottom = top + FLAG_HEIGHT
    pennant = ((pole_x, top), (left + FLAG_SIZE[0], top + FLAG_PENNANT_HEIGHT / 2), (pole_x, top + FLAG_PENNANT_HEIGHT))
    return Flag((left, top, left + FLAG_SIZE[0], bottom), ((pole_x, bottom), (pole_x, top)), pennant)


# -- the backdrop ----------------------------------------------------------------------------

SECTOR_LINE_WIDTH = 1.0
SECTOR_LINE_DASHES = (4.0, 2.0)
"""Dash and gap of the lines between the domains' sectors, in scene units."""
SECTOR_LINE_INNER = 0.45
"""A sector line starts this share of the close ring's radius out from the client."""
SECTOR_LINE_OVERHANG = 12.0
"""And ends this far beyond the outer ring."""


def sector_lines(rings: tuple[float, float, float]) -> list[tuple[Point, Point]]:
    """The lines between the domains' sectors, each from near the client to beyond the outer ring."""
    close, _middle, outer = rings
    return [
        (polar_to_scene(start, close * SECTOR_LINE_INNER), polar_to_scene(start, outer + SECTOR_LINE_OVERHANG))
        for start, _end in DOMAIN_SECTORS.values()
    ]


# -- the order ties are stacked in ---------------------------------------------------------

STRENGTH_RANK: dict[Strength, int] = {Strength.TENUOUS: 0, Strength.MODERATE: 1, Strength.STRONG: 2}
TIE_LAYERS = 2 * len(STRENGTH_RANK)
"""How many layers :func:`tie_layer` uses."""


def tie_layer(tie: Tie) -> int:
    """Where ``tie`` is stacked among the ties, 0 lowest: weaker ties under stronger ones (a thin
    dashed line never cuts across a strong one: the map's strongest ties are what it says
    first), and a stressful tie above the others of its strength (its hatching is a warning)."""
    return 2 * STRENGTH_RANK[tie.strength] + int(tie.stressful)


def stacking_order(ties: Iterable[Tie]) -> list[Tie]:
    """``ties`` bottom to top: by :func:`tie_layer`, ties in the same layer in the order given."""
    return sorted(ties, key=tie_layer)


# -- the legend ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TieSample:
    """A short straight tie: in its capital's colour with its badge, or (no ``capital``) in
    :data:`SAMPLE_INK` without one, showing only its weight, stress and flow."""

    capital: Capital | None = None
    strength: Strength = Strength.MODERATE
    stressful: bool = False
    flow: Flow = Flow.NONE


@dataclass(frozen=True, slots=True)
class NodeSample:
    """A node's outline, in the neutral fill of :attr:`Domain.OTHER`."""

    kind: Kind
    domain: Domain = Domain.OTHER


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One entry of a legend: its sample, its name and what it means.

    ``count`` names the figure of :class:`~ecomap.model.metrics.MapCounts` the editor's legend
    shows beside it (a table and a key, or ``("stressful", "")``).
    """

    title: str
    sample: TieSample | NodeSample
    detail: str = ""
    count: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class LegendSection:
    """A heading and its entries; ``short_title`` where a legend has little room for headings."""

    title: str
    short_title: str
    entries: tuple[LegendEntry, ...]


def _legend_sections() -> tuple[LegendSection, ...]:
    """The legend's sections in the current language."""
    return (
        LegendSection(
            translate("MapLegend", "Kind of tie (colour and letter)"),
            translate("MapLegend", "Kind of tie"),
            tuple(
                LegendEntry(
                    f"{CAPITAL_NAMES[c]} ({CAPITAL_MARKS[c]})",
                    TieSample(c),
                    CAPITAL_MEANINGS[c],
                    ("by_capital", c.value),
                )
                for c in Capital
            ),
        ),
        LegendSection(
            translate("MapLegend", "Line"),
            translate("MapLegend", "Line"),
            (
                *(
                    LegendEntry(STRENGTH_NAMES[s], TieSample(strength=s), count=("by_strength", s.value))
                    for s in Strength
                ),
                LegendEntry(translate("MapLegend", "Stressful"), TieSample(stressful=True), count=("stressful", "")),
                LegendEntry(translate("MapLegend", "Energy flow"), TieSample(flow=Flow.TO_TARGET)),
                LegendEntry(translate("MapLegend", "Both ways"), TieSample(flow=Flow.BOTH)),
            ),
        ),
        LegendSection(
            translate("MapLegend", "People and places (shape)"),
            translate("MapLegend", "Shape"),
            tuple(LegendEntry(KIND_NAMES[k], NodeSample(k)) for k in Kind),
        ),
    )


class _Legend(Sequence[LegendSection]):
    """The legend's sections, in the language in use each time they are read."""

    @overload
    def __getitem__(self, index: int) -> LegendSection: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[LegendSection]: ...

    def __getitem__(self, index: int | slice) -> LegendSection | Sequence[LegendSection]:
        return _legend_sections()[index]

    def __iter__(self) -> Iterator[LegendSection]:
        return iter(_legend_sections())

    def __len__(self) -> int:
        return len(_legend_sections())


LEGEND: Sequence[LegendSection] = _Legend()
"""Every legend's entries, in order: the editor's panel, the exported picture's and the PDF's
(in the current language each time it is read)."""
LEGEND_NOTES = QT_TRANSLATE_NOOP(
    "MapLegend", "Rings: how close to the client (close, middle, outer). Sectors and pale fills: the area of life."
)
"""What a legend leaves to words, where it has room for them (the PDF); in English: a legend shows
:func:`legend_notes`."""


def legend_notes() -> str:
    """:data:`LEGEND_NOTES` in the current language."""
    return translate("MapLegend", LEGEND_NOTES)


def sample_geometry(sample: TieSample, start: Point, end: Point) -> TieGeometry:
    """A legend's tie sample from ``start`` to ``end``, drawn as a tie is; its stress hatching
    all along it (a tie keeps its ends and its badge clear of hatching)."""
    geometry = tie_geometry(start, 0.0, end, 0.0, stressful=False, flow=sample.flow)
    if sample.stressful:
        geometry = dataclasses.replace(geometry, hatches=sample_hatches(start, end))
    return geometry


def sample_hatches(start: Point, end: Point) -> tuple[tuple[Point, Point], ...]:
    """Stress cross-strokes all along a straight line, spaced and sized as on a tie."""
    length = math.dist(start, end)
    if not length:
        return ()
    across = ((start[1] - end[1]) / length * HATCH_HALF_LENGTH, (end[0] - start[0]) / length * HATCH_HALF_LENGTH)
    strokes = []
    position = HATCH_SPACING / 2
    while position < length:
        t = position / length
        x, y = start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t
        strokes.append(((x - across[0], y - across[1]), (x + across[0], y + across[1])))
        position += HATCH_SPACING
    return tuple(strokes)
