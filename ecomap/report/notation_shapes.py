"""The notation's shapes in reportlab: a tie with its hatching, arrows and letter mark, and a node, placed on the page.

The geometry (tie ends, arrowheads, hatch marks) comes from
:mod:`ecomap.model.geometry` in scene units and sizes from
:mod:`ecomap.model.notation`, as on the canvas; a :class:`Placement` maps
scene units onto points. The map and the legend both draw with these.
"""

from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Line, Path, Polygon, Rect, String
from reportlab.lib import colors

from ecomap.model import notation
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.geometry import tie_geometry
from ecomap.report.fonts import BOLD, width_of

Point = tuple[float, float]
WHITE = colors.white
MARK_TEXT = colors.HexColor("#222222")
ASCENT = 0.76
"""Height of capitals above the baseline, as a fraction of the font size (DejaVu Sans)."""


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


def colour(hex_code: str) -> colors.Color:
    return colors.HexColor(hex_code)


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
    mark_size: float | None = None,
    ink: str | None = None,
) -> list[object]:
    """A tie between scene points as the canvas draws it: line, hatches, arrowheads and (if sized) its letter mark."""
    geometry = tie_geometry(start, radii[0], end, radii[1], stressful=stressful, flow=flow)
    if not geometry.visible:
        return []
    scale = place.scale
    paint = colour(ink or notation.CAPITAL_COLOURS[capital])
    line = Line(*place(geometry.start), *place(geometry.end), strokeColor=paint)
    line.strokeWidth = max(0.35, notation.STRENGTH_WIDTHS[strength] * scale)
    dashes = notation.STRENGTH_DASHES[strength]
    if dashes:
        line.strokeDashArray = [max(0.8, dashes[0] * scale), max(0.6, dashes[1] * scale)]
    shapes: list[object] = [line]
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
    if mark_size:
        shapes.extend(mark_shapes(place(geometry.middle), capital, mark_size, paint))
    return shapes


def mark_shapes(centre: Point, capital: Capital, size: float, paint: colors.Color) -> list[object]:
    """The capital's letter in a small white box: what tells the kinds apart in greyscale."""
    text = notation.CAPITAL_MARKS[capital]
    padding = notation.MARK_PADDING * size / notation.MARK_FONT_SIZE
    width = width_of(text, size, bold=True) + 2 * padding
    height = size * 0.95 + padding
    x, y = centre
    box = Rect(x - width / 2, y - height / 2, width, height, rx=size * 0.3, ry=size * 0.3)
    box.fillColor, box.strokeColor, box.strokeWidth = WHITE, paint, max(0.3, size * 0.08)
    letter = String(x, y - size * ASCENT / 2, text, fontName=BOLD, fontSize=size, fillColor=MARK_TEXT)
    letter.textAnchor = "middle"
    return [box, letter]


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
    side = radius * (0.85 if shape == "rounded" else 0.82)
    corner = radius * 0.4 if shape == "rounded" else 0
    return Rect(x - side, y - side, 2 * side, 2 * side, rx=corner, ry=corner, **style)
