"""A map as vector graphics (a reportlab ``Drawing``), drawn from the model's geometry and notation like the canvas.

Ties and nodes are drawn by :mod:`ecomap.report.notation_shapes` from the
model's geometry and notation; this module adds the rings, the sectors and
the labels and fits the whole onto the page. Text never
shrinks below a readable size, however small the map: a label grows relative
to its node rather than become a grey smudge.
"""

import math
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors

from ecomap.model import notation
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Strength
from ecomap.model.geometry import DOMAIN_SECTORS, RING_RADII, polar_to_scene
from ecomap.model.label_lines import label_lines
from ecomap.model.network import EcoMap
from ecomap.report.fonts import BOLD, REGULAR, blank_drawing, width_of
from ecomap.report.notation_shapes import ASCENT, WHITE, Placement, Point, colour, node_shape, tie_shapes

LABEL_TEXT = colors.HexColor("#1A1A1A")
LABEL_HALO_OPACITY = 210 / 255
LINE_HEIGHT = 1.17


@dataclass(frozen=True, slots=True)
class MapLook:
    """How much detail a map is drawn with, and the smallest text it may use (points)."""

    min_label: float
    min_mark: float
    sectors: bool
    ring_names: bool
    label_limit: int = 2
    """Lines per label."""
    crowd: int | None = None
    """With more nodes than this, only the client is labelled: the rest would be an unreadable smudge."""

    def labels(self, ecomap: EcoMap, node: Node) -> bool:
        return node.is_client or self.crowd is None or len(ecomap.nodes) <= self.crowd


LARGE = MapLook(min_label=6.8, min_mark=5.4, sectors=True, ring_names=True)
MEDIUM = MapLook(min_label=5.8, min_mark=4.6, sectors=False, ring_names=False, label_limit=1, crowd=40)
SMALL = MapLook(min_label=4.6, min_mark=3.6, sectors=False, ring_names=False, label_limit=1, crowd=25)


Bounds = tuple[float, float, float, float]
"""Left, top, right and bottom of a part of the scene, in scene units."""


def scene_bounds(ecomap: EcoMap, look: MapLook, scale: float) -> Bounds:
    """The part of the scene to show at ``scale``: the rings, the sector names, every node and its label."""
    reach = RING_RADII[2] + 2 / scale
    left, top, right, bottom = -reach, -reach, reach, reach
    if look.sectors:
        for _lines, (x, y), (half_width, half_height) in _sector_labels(scale):
            left, right = min(left, x - half_width), max(right, x + half_width)
            top, bottom = min(top, y - half_height), max(bottom, y + half_height)
    for node in ecomap.nodes:
        radius = notation.NODE_RADII[node.kind]
        if not look.labels(ecomap, node):
            left, right = min(left, node.x - radius), max(right, node.x + radius)
            top, bottom = min(top, node.y - radius), max(bottom, node.y + radius)
            continue
        layout = _label_layout(node, radius * scale, scale, look)
        half = max(radius, (layout.widest / 2 + 2) / scale)
        below = radius if layout.inside else radius + (layout.height + 2) / scale + notation.LABEL_GAP
        left, right = min(left, node.x - half), max(right, node.x + half)
        top, bottom = min(top, node.y - radius), max(bottom, node.y + below)
    return left, top, right, bottom


def _sector_labels(scale: float) -> list[tuple[list[str], Point, Point]]:
    """Each domain's name (in one or two lines), its centre and half its size (scene units), outside the outer ring."""
    size = _sector_size(scale)
    placed = []
    for domain, (start, end) in DOMAIN_SECTORS.items():
        lines = _balanced_lines(notation.DOMAIN_NAMES[domain], size)
        half_width = max(width_of(line, size, bold=True) for line in lines) / 2 / scale
        half_height = size * LINE_HEIGHT * len(lines) / 2 / scale
        angle = math.radians((start + end) / 2)
        outward = abs(math.cos(angle)) * half_width + abs(math.sin(angle)) * half_height
        centre = polar_to_scene((start + end) / 2, RING_RADII[2] + 6 / scale + outward)
        placed.append((lines, centre, (half_width, half_height)))
    return placed


def _balanced_lines(name: str, size: float) -> list[str]:
    """A long name ("Work and education") in two lines of about equal width, so it takes less room beside the rings."""
    words = name.split()
    if len(words) < 2 or width_of(name, size, bold=True) < 9 * size:
        return [name]
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, second = min(splits, key=lambda pair: max(width_of(part, size, bold=True) for part in pair))
    return [first, second]


def _sector_size(scale: float) -> float:
    return max(9.5 * scale, 6.5)


def fit(bounds: tuple[float, float, float, float], width: float, height: float) -> Placement:
    """The placement that fits ``bounds`` into ``width`` x ``height`` points, centred."""
    left, top, right, bottom = bounds
    scale = min(width / (right - left), height / (bottom - top))
    spare_x = width - (right - left) * scale
    spare_y = height - (bottom - top) * scale
    return Placement(scale, spare_x / 2, height - spare_y / 2, (left, top))


def fit_scale(ecomap: EcoMap, look: MapLook, width: float, height: float) -> float:
    """The scale at which the map fills ``width`` x ``height``; labels keep their size in points, so guess twice."""
    scale = min(width, height) / (2 * RING_RADII[2])
    for _ in range(2):
        scale = fit(scene_bounds(ecomap, look, scale), width, height).scale
    return scale


def map_drawing(ecomap: EcoMap, width: float, height: float, look: MapLook = LARGE) -> Drawing:
    """``ecomap`` drawn to fit ``width`` x ``height`` points: rings, ties, nodes and labels."""
    place = fit(scene_bounds(ecomap, look, fit_scale(ecomap, look, width, height)), width, height)
    drawing = blank_drawing(width, height)
    drawing.add(_backdrop(place, look))
    nodes = {node.id: node for node in ecomap.nodes}
    mark = max(notation.MARK_FONT_SIZE * place.scale, look.min_mark)
    ties = Group()
    for tie in _drawing_order(ecomap):
        source, target = nodes[tie.source], nodes[tie.target]
        for shape in tie_shapes(
            (source.x, source.y),
            (target.x, target.y),
            (notation.NODE_RADII[source.kind], notation.NODE_RADII[target.kind]),
            place,
            tie.capital,
            tie.strength,
            stressful=tie.stressful,
            flow=tie.flow,
            mark_size=mark,
        ):
            ties.add(shape)
    drawing.add(ties)
    shapes, halos, labels = Group(), Group(), Group()
    for node in ecomap.nodes:
        radius = notation.NODE_RADII[node.kind] * place.scale
        outline = (notation.CLIENT_OUTLINE_WIDTH if node.is_client else notation.NODE_OUTLINE_WIDTH) * place.scale
        centre = place((node.x, node.y))
        shapes.add(node_shape(node.kind, node.domain, centre, radius, max(0.4, outline)))
        behind, text = _label(node, centre, radius, place.scale, look) if look.labels(ecomap, node) else ([], [])
        for shape in behind:
            halos.add(shape)
        for shape in text:
            labels.add(shape)
    # Every halo under every label, so one label's halo never hides another's words.
    for group in (shapes, halos, labels):
        drawing.add(group)
    return drawing


def _drawing_order(ecomap: EcoMap) -> list[Tie]:
    """Tenuous ties first and strong ones last, so a thin dashed line never hides a strong one."""
    rank = {Strength.TENUOUS: 0, Strength.MODERATE: 1, Strength.STRONG: 2}
    return sorted(ecomap.ties, key=lambda tie: rank[tie.strength])


def _backdrop(place: Placement, look: MapLook) -> Group:
    group = Group()
    centre = place((0.0, 0.0))
    if look.sectors:
        for start, _end in DOMAIN_SECTORS.values():
            inner = place(polar_to_scene(start, RING_RADII[0] * 0.45))
            outer = place(polar_to_scene(start, RING_RADII[2] + 12))
            line = Line(*inner, *outer, strokeColor=colour(notation.SECTOR_LINE_COLOUR), strokeWidth=0.6)
            line.strokeDashArray = [2.5, 2.5]
            group.add(line)
    for radius in RING_RADII:
        ring = Circle(*centre, radius * place.scale, fillColor=None)
        ring.strokeColor = colour(notation.RING_COLOUR)
        ring.strokeWidth = max(0.4, notation.RING_WIDTH * place.scale * 1.4)
        group.add(ring)
    grey = colour(notation.SECTOR_LABEL_COLOUR)
    if look.ring_names:
        size = max(8.0 * place.scale, 5.2)
        for radius, name in zip(RING_RADII, notation.RING_NAMES, strict=True):
            text = String(centre[0], centre[1] + radius * place.scale - size, name, fontName=REGULAR, fontSize=size)
            text.fillColor, text.textAnchor = grey, "middle"
            group.add(text)
    if look.sectors:
        size = _sector_size(place.scale)
        for lines, centre, _half in _sector_labels(place.scale):
            x, y = place(centre)
            top = y + size * LINE_HEIGHT * len(lines) / 2
            for number, line in enumerate(lines):
                baseline = top - (number + 0.5) * size * LINE_HEIGHT - size * ASCENT / 2
                text = String(x, baseline, line, fontName=BOLD, fontSize=size, fillColor=grey)
                text.textAnchor = "middle"
                group.add(text)
    return group


@dataclass(frozen=True, slots=True)
class LabelLayout:
    """A node's label broken into lines at a size (points), inside the node or below it."""

    lines: list[str]
    size: float
    bold: bool
    inside: bool
    widest: float
    line_height: float

    @property
    def height(self) -> float:
        return self.line_height * len(self.lines)


def _label_layout(node: Node, radius: float, scale: float, look: MapLook) -> LabelLayout:
    """Below the node in up to ``look.label_limit`` lines; the client's inside their circle if it fits there.

    The canvas cuts a long client name short inside the circle; on paper the
    name matters more than the look, so a name too long for the circle goes
    below it, in bold, whole.
    """
    bold = node.is_client
    size = max(notation.LABEL_FONT_SIZE * scale, look.min_label) * (1.1 if bold else 1.0)

    def measure(text: str) -> float:
        return width_of(text, size, bold=bold)

    words = " ".join(node.label.split())
    if bold and measure(words) <= 2 * radius - 8 * scale:
        return LabelLayout([words] if words else [], size, True, True, measure(words), size * LINE_HEIGHT)
    room = notation.LABEL_MAX_WIDTH * size / notation.LABEL_FONT_SIZE
    lines = label_lines(node.label, measure, room, max_lines=max(2, look.label_limit) if bold else look.label_limit)
    widest = max((measure(line) for line in lines), default=0.0)
    return LabelLayout(lines, size, bold, False, widest, size * LINE_HEIGHT)


def _label(node: Node, centre: Point, radius: float, scale: float, look: MapLook) -> tuple[list[object], list[object]]:
    """The label's halo (none inside the client's circle) and its lines of text."""
    layout = _label_layout(node, radius, scale, look)
    if not layout.lines:
        return [], []
    x, y = centre
    top = y + layout.height / 2 if layout.inside else y - radius - notation.LABEL_GAP * scale
    halos: list[object] = []
    if not layout.inside:
        halo = Rect(x - layout.widest / 2 - 1.5, top - layout.height, layout.widest + 3, layout.height)
        halo.fillColor, halo.strokeColor, halo.fillOpacity = WHITE, None, LABEL_HALO_OPACITY
        halos.append(halo)
    texts: list[object] = []
    for number, line in enumerate(layout.lines):
        baseline = top - number * layout.line_height - (layout.line_height + layout.size * ASCENT) / 2
        text = String(x, baseline, line, fontName=BOLD if layout.bold else REGULAR, fontSize=layout.size)
        text.fillColor, text.textAnchor = LABEL_TEXT, "middle"
        texts.append(text)
    return halos, texts
