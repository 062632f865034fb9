"""The notation's shapes in reportlab: a tie with hatching and arrows, its badge, a node, a halo, an action's flag.

A tie is drawn from its :class:`~ecomap.model.tie_paths.TieGeometry` (the
stroked path, straight or bent, its arrowheads and hatch marks), its badge
from the model's :class:`~ecomap.model.drawing.Badge`, a node from its
:class:`~ecomap.model.drawing.NodeOutline` and a flag from its
:class:`~ecomap.model.drawing.Flag`, in scene units, as the canvas
draws them; a :class:`Placement` maps scene units onto points. The map and
the legend both draw with these.
"""

from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Line, Path, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from ecomap.model import notation
from ecomap.model.boxes import Box
from ecomap.model.drawing import (
    LABEL_HALO_OPACITY,
    PAPER,
    SAMPLE_INK,
    Badge,
    Flag,
    TieSample,
    badge_at,
    node_fill,
    node_outline,
    sample_geometry,
)
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.tie_paths import TieGeometry
from ecomap.report.fonts import BOLD

Point = tuple[float, float]
HAIRLINE = 0.4
"""The thinnest line drawn, in points: a line scaled down further would not print."""


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

    def width(self, width: float) -> float:
        """A line ``width`` scene units wide, in points, never thinner than :data:`HAIRLINE`."""
        return max(HAIRLINE, width * self.scale)


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
    stroke.strokeWidth = place.width(notation.STRENGTH_WIDTHS[strength])
    dashes = notation.STRENGTH_DASHES[strength]
    if dashes:
        stroke.strokeDashArray = [max(0.8, dashes[0] * scale), max(0.6, dashes[1] * scale)]
    shapes: list[object] = [stroke]
    if geometry.hatches:
        # One path for all the cross-strokes: far fewer shapes to draw than a line each.
        hatches = Path(strokeColor=paint, strokeWidth=place.width(notation.HATCH_WIDTH), fillColor=None)
        for a, b in geometry.hatches:
            hatches.moveTo(*place(a))
            hatches.lineTo(*place(b))
        shapes.append(hatches)
    for triangle in geometry.arrows:
        corners = [coordinate for point in triangle for coordinate in place(point)]
        shapes.append(Polygon(corners, fillColor=paint, strokeColor=None, strokeWidth=0))
    return shapes


def badge_shapes(badge: Badge, place: Placement) -> list[object]:
    """A capital badge as the model defines it: its box, outline and letters, on the model's baseline."""
    left, bottom, width, height = place.box(badge.box)
    corner = badge.corner * place.scale
    frame = Rect(left, bottom, width, height, rx=corner, ry=corner)
    frame.fillColor, frame.strokeColor = colour(badge.fill), colour(badge.outline)
    frame.strokeWidth = place.width(badge.outline_width)
    x, baseline = place((badge.text_left, badge.baseline))
    letters = String(x, baseline, badge.text, fontName=BOLD, fontSize=badge.font_size * place.scale)
    letters.fillColor = colour(badge.text_ink)
    return [frame, letters]


def flag_shapes(flag: Flag, place: Placement) -> list[object]:
    """The flag of an open action as the model defines it (and the canvas paints it): its pole, a
    flat-ended line, then its pennant over the pole's top, filled and edged with mitred corners."""
    ink = colour(flag.ink)
    (x1, y1), (x2, y2) = place(flag.pole[0]), place(flag.pole[1])
    pole = Line(x1, y1, x2, y2, strokeColor=ink, strokeWidth=place.width(flag.pole_width), strokeLineCap=0)
    corners = [coordinate for point in flag.pennant for coordinate in place(point)]
    pennant = Polygon(corners, fillColor=colour(flag.fill), strokeColor=ink, strokeLineJoin=0)
    pennant.strokeWidth = place.width(flag.outline_width)
    return [pole, pennant]


def sample_shapes(sample: TieSample, length: float, place: Placement) -> list[object]:
    """A legend's tie sample ``length`` scene units long from the placement's origin, with its
    badge if it shows a capital."""
    origin = place.origin
    geometry = sample_geometry(sample, origin, (origin[0] + length, origin[1]))
    capital = sample.capital or Capital.BONDING
    shapes = tie_line_shapes(geometry, place, capital, sample.strength, ink=None if sample.capital else SAMPLE_INK)
    if sample.capital is not None and shapes:
        shapes += badge_shapes(badge_at(sample.capital, geometry.middle), place)
    return shapes


def node_shape(kind: Kind, domain: Domain, centre: Point, radius: float, outline: float) -> object:
    """A node's outline by kind (circle, diamond, rounded square, square) at ``radius`` points,
    filled by domain."""
    x, y = centre
    style = {"fillColor": colour(node_fill(kind, domain)), "strokeColor": colour(notation.NODE_OUTLINE)}
    style["strokeWidth"] = outline
    shape = node_outline(kind, radius)
    reach = shape.reach
    if shape.shape == "circle":
        return Circle(x, y, reach, **style)
    if shape.shape == "diamond":
        return Polygon([x, y + reach, x + reach, y, x, y - reach, x - reach, y], **style)
    return Rect(x - reach, y - reach, 2 * reach, 2 * reach, rx=shape.corner, ry=shape.corner, **style)


def halo_shape(box: Box, place: Placement) -> Rect:
    """The pale halo behind a label outside its node."""
    halo = Rect(*place.box(box))
    halo.fillColor, halo.strokeColor, halo.fillOpacity = colour(PAPER), None, LABEL_HALO_OPACITY
    return halo
