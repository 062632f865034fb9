"""The notation's shapes in reportlab: a tie with its hatching, arrows and letter mark, and a node, placed on the page.

A tie is drawn from its :class:`~ecomap.model.tie_paths.TieGeometry` (the
stroked path, straight or bent, its arrowheads and hatch marks) and its mark
in the box the model gives it, in scene units, with sizes from
:mod:`ecomap.model.notation`, as on the canvas; a :class:`Placement` maps
scene units onto points. The map and the legend both draw with these.
"""

from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Line, Path, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from ecomap.model import notation
from ecomap.model.boxes import Box, box_around
from ecomap.model.clearance import SQUARE_HALF_SIDE
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.font_metrics import ascent, descent
from ecomap.model.geometry import tie_geometry
from ecomap.model.map_layout import mark_size
from ecomap.model.tie_paths import TieGeometry
from ecomap.report.fonts import BOLD

Point = tuple[float, float]
WHITE = colors.white
MARK_TEXT = colors.HexColor("#222222")


@dataclass(frozen=True, slots=True)
class Placement:
    """Scene units to points: ``scale`` times, y turned upwards, the scene's ``origin`` at ``(left, top)``."""

    scale: float
    left: float
    top: float
    origin: Point = (0.0, 0.0)

    def __call__(self, point: Point) -> Point:
        return (
            self.left + (point[0] - self.origin[0]) * self.scale,
            self.top - (point[1] - self.origin[1]) * self.scale,
        )

    def box(self, box: Box) -> tuple[float, float, float, float]:
        """A scene box (left, top, right, bottom; y down) as left, bottom, width and height in points."""
        left, top, right, bottom = box
        x, y = self((left, bottom))
        return x, y, (right - left) * self.scale, (bottom - top) * self.scale


def colour(hex_code: str) -> colors.Color:
    return colors.HexColor(hex_code)


def tie_line_shapes(
    geometry: TieGeometry, place: Placement, capital: Capital, strength: Strength, *, ink: str | None = None
) -> list[object]:
    """A tie's stroked path (a line, or a polyline where it bends round someone), its stress
    hatching and its arrowheads, as the canvas draws them; nothing if it is hidden between its ends."""
    if not geometry.visible:
        return []
    scale = place.scale
    paint = colour(ink or notation.CAPITAL_COLOURS[capital])
    points = [place(point) for point in geometry.path or (geometry.start, geometry.end)]
    stroke: Line | PolyLine
    if len(points) == 2:
        stroke = Line(*points[0], *points[1], strokeColor=paint)
    else:
        stroke = PolyLine([c for point in points for c in point], strokeColor=paint, strokeLineJoin=1)
    stroke.strokeWidth = max(0.35, notation.STRENGTH_WIDTHS[strength] * scale)
    dashes = notation.STRENGTH_DASHES[strength]
    if dashes:
        stroke.strokeDashArray = [max(0.8, dashes[0] * scale), max(0.6, dashes[1] * scale)]
    shapes: list[object] = [stroke]
    if geometry.hatches:
        # One path for all the cross-strokes: far fewer shapes to draw than a line each.
        hatches = Path(strokeColor=paint, strokeWidth=max(0.35, notation.HATCH_WIDTH * scale), fillColor=None)
        for a, b in geometry.hatches:
            hatches.moveTo(*place(a))
            hatches.lineTo(*place(b))
        shapes.append(hatches)
    for triangle in geometry.arrows:
        corners = [coordinate for point in triangle for coordinate in place(point)]
        shapes.append(Polygon(corners, fillColor=paint, strokeColor=None, strokeWidth=0))
    return shapes


def mark_shapes(box: Box, place: Placement, capital: Capital, *, ink: str | None = None) -> list[object]:
    """The capital's letters in a small white box (``box``, in scene units, as the layout places it),
    centred in it: what tells the kinds apart in greyscale."""
    size = notation.MARK_FONT_SIZE * place.scale
    paint = colour(ink or notation.CAPITAL_COLOURS[capital])
    left, bottom, width, height = place.box(box)
    frame = Rect(left, bottom, width, height, rx=size * 0.3, ry=size * 0.3)
    frame.fillColor, frame.strokeColor, frame.strokeWidth = WHITE, paint, max(0.3, size * 0.08)
    # The line of text (ascent and descent) centred in the box, as the canvas sets it.
    baseline = bottom + height / 2 - (ascent(size, bold=True) - descent(size, bold=True)) / 2
    letters = String(left + width / 2, baseline, notation.CAPITAL_MARKS[capital], fontName=BOLD, fontSize=size)
    letters.fillColor, letters.textAnchor = MARK_TEXT, "middle"
    return [frame, letters]


def tie_shapes(
    start: Point,
    end: Point,
    radii: tuple[float, float],
    place: Placement,
    capital: Capital,
    strength: Strength = Strength.MODERATE,
    *,
    stressful: bool = False,
    flow: Flow = Flow.NONE,
    marked: bool = False,
    ink: str | None = None,
) -> list[object]:
    """A straight tie between scene points (the legend's samples): line, hatches, arrowheads and,
    if ``marked``, its letter mark in the middle."""
    geometry = tie_geometry(start, radii[0], end, radii[1], stressful=stressful, flow=flow)
    shapes = tie_line_shapes(geometry, place, capital, strength, ink=ink)
    if marked and shapes:
        width, height = mark_size(capital)
        shapes += mark_shapes(box_around(geometry.middle, width / 2, height / 2), place, capital)
    return shapes


def node_shape(kind: Kind, domain: Domain, centre: Point, radius: float, outline: float) -> object:
    """A node's outline by kind (circle, diamond, rounded square, square), filled by domain."""
    x, y = centre
    fill = colour(notation.CLIENT_FILL if kind is Kind.CLIENT else notation.DOMAIN_FILLS[domain])
    style = {"fillColor": fill, "strokeColor": colour(notation.NODE_OUTLINE), "strokeWidth": outline}
    shape = notation.NODE_SHAPES[kind]
    if shape == "circle":
        return Circle(x, y, radius, **style)
    if shape == "diamond":
        return Polygon([x, y + radius, x + radius, y, x, y - radius, x - radius, y], **style)
    side = radius * SQUARE_HALF_SIDE[shape]
    corner = radius * 0.4 if shape == "rounded" else 0
    return Rect(x - side, y - side, 2 * side, 2 * side, rx=corner, ry=corner, **style)
