"""The chart of ties by kind of capital across the versions: one line per kind, told apart in greyscale too.

Each kind has its colour (as on the map) and also its own line pattern and
marker (bonding solid with circles, bridging dashed with squares, linking
dotted with triangles), so the chart reads on a black-and-white print.
Drawn with plain reportlab shapes, every string in the bundled font.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from ecomap.language import translate
from ecomap.model import notation
from ecomap.model.dates import written_date
from ecomap.model.drawing import AXIS_INK, GRID_INK
from ecomap.model.enums import Capital
from ecomap.report.content import IncludedVersion
from ecomap.report.fonts import BOLD, MUTED, REGULAR, TEXT, blank_drawing, width_of

GRID = colors.HexColor(GRID_INK)
AXIS = colors.HexColor(AXIS_INK)
LABEL_SIZE = 7.0


@dataclass(frozen=True, slots=True)
class Series:
    """How one kind of capital is drawn on the chart."""

    capital: Capital
    dashes: tuple[float, ...] | None
    marker: str


SERIES = (
    Series(Capital.BONDING, None, "circle"),
    Series(Capital.BRIDGING, (5.0, 2.5), "square"),
    Series(Capital.LINKING, (1.2, 2.2), "triangle"),
)


def nice_step(top: int, ticks: int = 5) -> int:
    """A round step (1, 2, 5, 10, 20, ...) giving at most about ``ticks`` intervals up to ``top``."""
    raw = max(1.0, top / ticks)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)


def chart_drawing(included: Sequence[IncludedVersion], width: float, height: float) -> Drawing:
    """Ties of each kind (y) in each included version (x, by version number)."""
    drawing = blank_drawing(width, height)
    values = {s.capital: [v.metrics.counts.by_capital[s.capital.value] for v in included] for s in SERIES}
    top_value = max([1, *(max(series) for series in values.values())])
    step = nice_step(top_value)
    top_value = step * math.ceil(top_value / step)
    dated = len(included) <= 8
    left, right = 30.0, width - 8.0
    bottom, top = (30.0 if dated else 22.0), height - 22.0
    group = Group()
    for tick in range(0, top_value + 1, step):
        y = bottom + (top - bottom) * tick / top_value
        group.add(Line(left, y, right, y, strokeColor=GRID if tick else AXIS, strokeWidth=0.5))
        label = String(left - 4, y - LABEL_SIZE * 0.36, str(tick), fontName=REGULAR, fontSize=LABEL_SIZE)
        label.textAnchor, label.fillColor = "end", MUTED
        group.add(label)
    title = translate("PdfChart", "Ties", "the chart's vertical axis: how many ties")
    group.add(String(0, top + 8, title, fontName=BOLD, fontSize=LABEL_SIZE, fillColor=MUTED))

    def x_of(index: int) -> float:
        if len(included) == 1:
            return (left + right) / 2
        inset = 10.0
        return left + inset + (right - left - 2 * inset) * index / (len(included) - 1)

    every = max(1, math.ceil(len(included) * 18 / (right - left)))
    for index, version in enumerate(included):
        x = x_of(index)
        group.add(Line(x, bottom, x, bottom - 3, strokeColor=AXIS, strokeWidth=0.5))
        if index % every and index != len(included) - 1:
            continue
        number = String(x, bottom - 11, f"v{version.number}", fontName=REGULAR, fontSize=LABEL_SIZE)
        number.textAnchor, number.fillColor = "middle", TEXT
        group.add(number)
        if dated:
            date = String(
                x, bottom - 20, written_date(version.version.date, short_year=True), fontName=REGULAR, fontSize=6.2
            )
            date.textAnchor, date.fillColor = "middle", MUTED
            group.add(date)
    for series in SERIES:
        paint = colors.HexColor(notation.CAPITAL_COLOURS[series.capital])
        points = [
            (x_of(i), bottom + (top - bottom) * value / top_value) for i, value in enumerate(values[series.capital])
        ]
        if len(points) > 1:
            line = PolyLine([c for point in points for c in point], strokeColor=paint, strokeWidth=1.6)
            line.strokeDashArray = list(series.dashes) if series.dashes else None
            line.strokeLineCap = 1 if series.marker == "triangle" else 0
            group.add(line)
        for point in points:
            group.add(marker(series.marker, point, 2.6, paint))
    _key(group, max(left + 40.0, width_of(title, LABEL_SIZE, bold=True) + 12.0), height - 8)
    drawing.add(group)
    return drawing


def marker(kind: str, centre: tuple[float, float], size: float, paint: colors.Color) -> object:
    """A filled circle, square or triangle with a white rim, so overlapping points stay distinct."""
    x, y = centre
    style = {"fillColor": paint, "strokeColor": colors.white, "strokeWidth": 0.6}
    if kind == "circle":
        return Circle(x, y, size, **style)
    if kind == "square":
        return Rect(x - size * 0.9, y - size * 0.9, size * 1.8, size * 1.8, **style)
    return Polygon([x, y + size * 1.15, x + size * 1.1, y - size * 0.8, x - size * 1.1, y - size * 0.8], **style)


def _key(group: Group, x: float, y: float) -> None:
    """The chart's own key, in a row above the plot from ``x`` on: sample line, marker and name for each kind."""
    for series in SERIES:
        paint = colors.HexColor(notation.CAPITAL_COLOURS[series.capital])
        line = Line(x, y, x + 22, y, strokeColor=paint, strokeWidth=1.6)
        line.strokeDashArray = list(series.dashes) if series.dashes else None
        line.strokeLineCap = 1 if series.marker == "triangle" else 0
        group.add(line)
        group.add(marker(series.marker, (x + 11, y), 2.6, paint))
        name = f"{notation.CAPITAL_NAMES[series.capital]} ({notation.CAPITAL_MARKS[series.capital]})"
        group.add(String(x + 27, y - LABEL_SIZE * 0.36, name, fontName=REGULAR, fontSize=LABEL_SIZE + 0.5))
        x += 27 + width_of(name, LABEL_SIZE + 0.5) + 18
