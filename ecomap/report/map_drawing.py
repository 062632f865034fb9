"""A map as vector graphics (a reportlab ``Drawing``), drawn from the model's layout as the canvas draws it.

:func:`~ecomap.model.map_layout.layout_map` decides where every word, mark and
line of a map goes (labels on a free side of their node, ties bent round
anyone in their way, marks slid to free space, the headings round the rings);
this module chooses the text size for the room a map has on the page, fits
the layout into that room and draws it. All text scales with the map, so the
paper shows exactly the layout's geometry and nothing overlaps that the canvas
keeps apart; to keep names readable, each map is laid out at the largest of the
editor's text sizes that costs it no legibility and is no larger than it needs
(:meth:`TextSizes.choose`), and a small map whose names would still print too
small to read shows only the client's. The flags of the plan's open actions
stand where :func:`~ecomap.model.plan_flags.place_flags` puts them on the
layout drawn, as on the canvas, and the map is fitted to hold them. Ties,
nodes and flags are drawn by :mod:`ecomap.report.notation_shapes`.
"""

import dataclasses
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, String
from reportlab.lib import colors

from ecomap.model import notation
from ecomap.model.boxes import Box, union
from ecomap.model.clearance import Clearance
from ecomap.model.drawing import (
    SECTOR_LINE_DASHES,
    SECTOR_LINE_WIDTH,
    TEXT_INK,
    capital_badge,
    node_outline_width,
    sector_lines,
    stacking_order,
)
from ecomap.model.legibility import measure
from ecomap.model.map_layout import MapLayout, layout_map, place_label
from ecomap.model.map_text import TextBlock, label_text
from ecomap.model.network import EcoMap
from ecomap.model.plan_flags import PlacedFlag, place_flags
from ecomap.report.fonts import BOLD, REGULAR, blank_drawing
from ecomap.report.notation_shapes import (
    Placement,
    badge_shapes,
    colour,
    flag_shapes,
    halo_shape,
    node_shape,
    tie_line_shapes,
)

LABEL_TEXT = colour(TEXT_INK)
BACKDROP_PRINT_WEIGHT = 1.4
"""The rings and sector lines print this much heavier than the map's scale makes them: pale
grey lines drawn at half size would all but vanish on paper."""
TEXT_SCALES = tuple(scale for scale in notation.TEXT_SCALES if scale >= 1.0)
"""The text sizes a map may be laid out at: the editor's standard size and its *Larger text* steps."""
MARGIN = 2.0
"""Points kept free round everything drawn (outlines reach a little beyond the shapes)."""


@dataclass(frozen=True, slots=True)
class MapLook:
    """How a map is drawn: with or without sector headings and ring names, and the text sizes (points) it aims at."""

    target_label: float
    """Text is set larger (one of :data:`TEXT_SCALES`) until a label reaches this size, as far
    as the map stays as legible as at the standard size."""
    sectors: bool
    ring_names: bool
    smallest_label: float | None = None
    """Labels that would still come out smaller than this are left off, all but the client's:
    a smudge of tiny names tells a reader less than the map's shape does."""


LARGE = MapLook(target_label=6.8, sectors=True, ring_names=True)
MEDIUM = MapLook(target_label=5.8, sectors=False, ring_names=False, smallest_label=3.5)
SMALL = MapLook(target_label=4.6, sectors=False, ring_names=False, smallest_label=3.5)


@dataclass(frozen=True, slots=True)
class MapPlan:
    """What is drawn of a map in a given room: its layout (with only the client's label when the
    others would be too small), the flags of its open actions and where it all goes on the page."""

    layout: MapLayout
    place: Placement
    every_label: bool
    flags: tuple[PlacedFlag, ...] = ()

    @property
    def label_size(self) -> float:
        """The size of a label in points."""
        return notation.LABEL_FONT_SIZE * self.layout.text_scale * self.place.scale


def planned(ecomap: EcoMap, layout: MapLayout, width: float, height: float, *, every_label: bool = True) -> MapPlan:
    """``layout`` with its flags placed, fitted into ``width`` x ``height`` points with the flags inside:
    a flag on someone in the outer ring may stand beyond the rings."""
    flags = tuple(place_flags(ecomap, layout))
    bounds = union([layout.bounds(), *(flag.box for flag in flags)])
    assert bounds is not None
    return MapPlan(layout, fit(bounds, width, height), every_label, flags)


def fit(bounds: Box, width: float, height: float) -> Placement:
    """The placement that fits ``bounds`` (scene units) into ``width`` x ``height`` points, centred,
    :data:`MARGIN` points clear of the edges."""
    left, top, right, bottom = bounds
    scale = min((width - 2 * MARGIN) / max(right - left, 1e-6), (height - 2 * MARGIN) / max(bottom - top, 1e-6))
    spare_x = width - (right - left) * scale
    spare_y = height - (bottom - top) * scale
    return Placement(scale, spare_x / 2, height - spare_y / 2, (left, top))


class TextSizes:
    """The layouts of one map at the text sizes tried, each fitted into the room, made as asked for."""

    def __init__(self, ecomap: EcoMap, width: float, height: float, look: MapLook) -> None:
        self.ecomap, self.width, self.height, self.look = ecomap, width, height, look
        self._plans: dict[float, MapPlan] = {}
        self._problems: dict[float, int] = {}

    def plan(self, text_scale: float) -> MapPlan:
        if text_scale not in self._plans:
            layout = layout_map(self.ecomap, text_scale, sectors=self.look.sectors)
            self._plans[text_scale] = planned(self.ecomap, layout, self.width, self.height)
        return self._plans[text_scale]

    def problems(self, text_scale: float) -> int:
        if text_scale not in self._problems:
            self._problems[text_scale] = measure(self.ecomap, self.plan(text_scale).layout).problems
        return self._problems[text_scale]

    def as_legible(self, text_scale: float) -> bool:
        """Whether the map has no more overlaps at ``text_scale`` than at the standard size."""
        if text_scale == TEXT_SCALES[0]:
            return True
        # None at all needs no comparing (and spares measuring the standard layout).
        problems = self.problems(text_scale)
        return problems == 0 or problems <= self.problems(TEXT_SCALES[0])

    def reaches(self, text_scale: float) -> bool:
        return self.plan(text_scale).label_size >= self.look.target_label

    def choose(self) -> float | None:
        """The largest text scale that is as legible as the standard one and no larger than it takes
        to bring a label to the look's target size; None if labels would still be smaller than the
        look's smallest at that scale (only the client's name is drawn then).

        A larger text makes the map's words take more room, so the map itself is drawn a little
        smaller: the size a label comes out at is only known once the map is laid out at that
        scale, and each layout costs time (twenty maps make a summary). So the standard layout
        says where the target would be reached; the search climbs from there while it is not,
        then steps down to the first scale as legible as the standard, stopping where labels
        would come out too small to show whatever their legibility.
        """
        standard = self.plan(TEXT_SCALES[0]).label_size
        target = self.look.target_label
        if standard >= target:
            return TEXT_SCALES[0]
        smallest = self.look.smallest_label or 0.0
        if standard * TEXT_SCALES[-1] < smallest:
            return None  # too small to read at any size
        if self.problems(TEXT_SCALES[0]):
            # A map that already overlaps at the standard size (placed by hand) only overlaps more
            # with larger text: drawn as it is.
            return TEXT_SCALES[0] if standard >= smallest else None
        last = len(TEXT_SCALES) - 1
        needed = next((index for index, scale in enumerate(TEXT_SCALES) if standard * scale >= target), last)
        while needed < last and not self.reaches(TEXT_SCALES[needed]):
            needed += 1
        for scale in reversed(TEXT_SCALES[: needed + 1]):
            # A larger text hardly ever lets the map be drawn larger: the standard layout says the
            # most a scale gives, and a smaller scale gives less.
            if standard * scale < smallest or self.plan(scale).label_size < smallest:
                return None
            if self.as_legible(scale):
                return scale
        return None


def plan_map(ecomap: EcoMap, width: float, height: float, look: MapLook = LARGE) -> MapPlan:
    """How ``ecomap`` is drawn in ``width`` x ``height`` points: laid out at the text size
    :meth:`TextSizes.choose` picks; or, on a small map whose labels would come out smaller than
    ``look.smallest_label`` points, with the client's name alone, at the largest text size (the
    map then grows into the room the other labels took)."""
    sizes = TextSizes(ecomap, width, height, look)
    scale = sizes.choose()
    if scale is not None:
        return sizes.plan(scale)
    # The standard layout with the client's name alone, at the largest size, where it is clear of
    # everyone and every mark.
    client = ecomap.client
    whole = sizes.plan(TEXT_SCALES[0]).layout
    clearance = Clearance()
    for shape in whole.node_shapes.values():
        clearance.add_node(shape)
    for tie in whole.ties.values():
        clearance.add_mark(tie.mark_box, tie.tie_id)
    for heading in (*whole.headings.values(), *whole.ring_names):
        clearance.add_heading(heading.box, "heading")
    label = place_label(client, label_text(client, TEXT_SCALES[-1]), clearance)
    assert label is not None
    layout = dataclasses.replace(whole, labels={client.id: label})
    return planned(ecomap, layout, width, height, every_label=False)


def map_drawing(ecomap: EcoMap, width: float, height: float, look: MapLook = LARGE) -> Drawing:
    """``ecomap`` drawn to fit ``width`` x ``height`` points: rings, headings, ties, marks, nodes, labels and flags."""
    return _drawing(ecomap, plan_map(ecomap, width, height, look), width, height, look)


def _drawing(ecomap: EcoMap, plan: MapPlan, width: float, height: float, look: MapLook) -> Drawing:
    """The drawing of ``ecomap`` as ``plan`` lays it out and places it."""
    layout, place = plan.layout, plan.place
    drawing = blank_drawing(width, height)
    drawing.add(_backdrop(layout, place, look))
    ties, marks = Group(), Group()
    # Ties bottom to top in the model's stacking order, as the canvas stacks them.
    for tie in stacking_order(ecomap.ties):
        placed = layout.ties[tie.id]
        lines = tie_line_shapes(placed.geometry, place, tie.capital, tie.strength)
        for shape in lines:
            ties.add(shape)
        if lines:
            for shape in badge_shapes(capital_badge(tie.capital, placed.mark_box), place):
                marks.add(shape)
    shapes, halos, labels = Group(), Group(), Group()
    for node in ecomap.nodes:
        radius = notation.NODE_RADII[node.kind] * place.scale
        outline = place.width(node_outline_width(node.kind))
        shapes.add(node_shape(node.kind, node.domain, place((node.x, node.y)), radius, outline))
        label = layout.labels.get(node.id)
        if label is None or not label.text.lines:
            continue
        if not label.inside:
            halos.add(halo_shape(label.box, place))
        for text in _text(label.text.block, label.box, place, LABEL_TEXT):
            labels.add(text)
    flags = Group()
    for placed_flag in plan.flags:
        for shape in flag_shapes(placed_flag.flag, place):
            flags.add(shape)
    # Marks over every tie; every halo under every label, so one label's halo never hides another's words;
    # the flags, placed clear of everything, on top.
    for group in (ties, marks, shapes, halos, labels, flags):
        drawing.add(group)
    return drawing


def _text(block: TextBlock, box: Box, place: Placement, fill: colors.Color) -> list[String]:
    """``block``'s lines as the layout sets them in ``box``: each centred on the box, the first
    line's top at the box's top."""
    left, top, right, _bottom = box
    x = place(((left + right) / 2, top))[0]
    size = block.size * place.scale
    font = BOLD if block.bold else REGULAR
    strings = []
    for line, baseline in zip(block.lines, block.baselines(top), strict=True):
        text = String(x, place((left, baseline))[1], line, fontName=font, fontSize=size, fillColor=fill)
        text.textAnchor = "middle"
        strings.append(text)
    return strings


def _backdrop(layout: MapLayout, place: Placement, look: MapLook) -> Group:
    """The rings, the sector lines and the words round them (ring names, domain headings)."""
    group = Group()
    if look.sectors:
        for inner, outer in sector_lines(layout.rings):
            line = Line(*place(inner), *place(outer), strokeColor=colour(notation.SECTOR_LINE_COLOUR))
            line.strokeWidth = place.width(SECTOR_LINE_WIDTH * BACKDROP_PRINT_WEIGHT)
            line.strokeDashArray = [length * place.scale for length in SECTOR_LINE_DASHES]
            group.add(line)
    centre = place((0.0, 0.0))
    for radius in layout.rings:
        ring = Circle(*centre, radius * place.scale, fillColor=None)
        ring.strokeColor = colour(notation.RING_COLOUR)
        ring.strokeWidth = place.width(notation.RING_WIDTH * BACKDROP_PRINT_WEIGHT)
        group.add(ring)
    grey = colour(notation.SECTOR_LABEL_COLOUR)
    headings = [*(layout.ring_names if look.ring_names else []), *(layout.headings.values() if look.sectors else [])]
    for heading in headings:
        for text in _text(heading.text, heading.box, place, grey):
            group.add(text)
    return group
