"""The cohort PDF's charts: the three capitals first against latest, the client's effective size, the assets reached.

Every chart draws "first" as a pale bar with a coloured rim and "latest" as
a solid one, and writes the words under or beside them, so a greyscale print
reads as well as the screen; the capitals keep their colours (Okabe-Ito, as
on the map) and their letter marks (B, Br, L). Plain reportlab shapes, every
string in the bundled font; asset labels are drawn as plain strings (never
markup), shortened with an ellipsis when they do not fit. The charts' own words
are in the PDF's language, and what stands beside them is placed by their
measured width (the key after the title, the bars after their row names).
"""

import math
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors

from ecomap.language import translate
from ecomap.model import notation
from ecomap.model.cohort import CAPITALS
from ecomap.model.drawing import AXIS_INK, GRID_INK, SAMPLE_INK
from ecomap.model.enums import Capital
from ecomap.model.label_lines import elide
from ecomap.report.fonts import BOLD, MUTED, REGULAR, TEXT, blank_drawing, width_of

GRID = colors.HexColor(GRID_INK)
AXIS = colors.HexColor(AXIS_INK)
ASSET_INK = colors.HexColor(SAMPLE_INK)
"""Assets are no kind of capital: their bars are a neutral dark grey."""
LABEL_SIZE = 7.0
VALUE_SIZE = 7.5
UP, DOWN = "▲", "▼"


def capital_colour(name: str) -> colors.Color:
    return colors.HexColor(notation.CAPITAL_COLOURS[Capital(name)])


def pale(paint: colors.Color, amount: float = 0.28) -> colors.Color:
    """``paint`` mixed with white: ``amount`` of the colour, the rest white."""
    return colors.Color(*(1 - amount + amount * c for c in (paint.red, paint.green, paint.blue)))


def luminance(paint: colors.Color) -> float:
    """The relative luminance of ``paint`` (WCAG): below about 0.2, white letters read better than black."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(paint.red) + 0.7152 * linear(paint.green) + 0.0722 * linear(paint.blue)


def nice_top(value: float, ticks: int = 5, *, whole: bool = False) -> tuple[float, float]:
    """A round step (1, 2, 2.5, 5 times a power of ten; a whole number if ``whole``) giving at most about
    ``ticks`` intervals, and the first multiple of it at or above ``value`` (at least one step)."""
    raw = max(value, 1.0) / ticks
    power = 10 ** math.floor(math.log10(raw))
    factors = (1, 2, 5, 10) if whole and power < 10 else (1, 2, 2.5, 5, 10)
    step = next(f * power for f in factors if f * power >= raw)
    step = max(1.0, step) if whole else step
    return step, step * max(1, math.ceil(value / step - 1e-9))


def _text(x: float, y: float, text: str, *, size: float = LABEL_SIZE, bold: bool = False, **style: Any) -> String:
    string = String(x, y, text, fontName=BOLD if bold else REGULAR, fontSize=size)
    string.fillColor = style.get("fill", TEXT)
    string.textAnchor = style.get("anchor", "start")
    return string


def _fit(text: str, size: float, room: float, *, bold: bool = False) -> str:
    if width_of(text, size, bold=bold) <= room:
        return text
    return elide(text, lambda t: width_of(t, size, bold=bold), room)


def percent(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a whole percentage ("30%"), "0%" of nothing."""
    return f"{round(100 * part / whole) if whole else 0}%"


def bar_pair(
    group: Group, x: float, base: float, width: float, heights: tuple[float, float], paint: colors.Color
) -> None:
    """Two bars side by side from ``base`` up: the first pale with a rim, the latest solid."""
    first, latest = heights
    group.add(Rect(x, base, width, first, fillColor=pale(paint), strokeColor=paint, strokeWidth=0.8))
    group.add(Rect(x + width + 2, base, width, latest, fillColor=paint, strokeColor=paint, strokeWidth=0.8))


def key(group: Group, x: float, y: float, paint: colors.Color, words: tuple[str, str]) -> float:
    """The key "[pale] first  [solid] latest" from ``x`` on the line ``y``; returns where it ends."""
    for filled, word in zip((False, True), words, strict=True):
        fill = paint if filled else pale(paint)
        group.add(Rect(x, y - 1, 12, 7, fillColor=fill, strokeColor=paint, strokeWidth=0.8))
        group.add(_text(x + 16, y, word, size=LABEL_SIZE + 0.5))
        x += 16 + width_of(word, LABEL_SIZE + 0.5) + 14
    return x


def capital_chart(capital: Mapping[str, Mapping[str, float | int]], cases: int, width: float, height: float) -> Drawing:
    """Mean client ties of each kind per case, first version against latest, with under each pair the
    share of cases in which that kind rose and fell."""
    drawing = blank_drawing(width, height)
    group = Group()
    means = [float(capital[name][when]) for name in CAPITALS for when in ("first_mean", "latest_mean")]
    step, top_value = nice_top(max(means))
    left, right = 30.0, width - 4.0
    bottom, top = 52.0, height - 30.0
    for index in range(round(top_value / step) + 1):
        tick = step * index
        y = bottom + (top - bottom) * tick / top_value
        group.add(Line(left, y, right, y, strokeColor=GRID if tick else AXIS, strokeWidth=0.5))
        group.add(_text(left - 4, y - LABEL_SIZE * 0.36, f"{tick:g}", fill=MUTED, anchor="end"))
    title = translate("PdfCohort", "Mean client ties per case")
    group.add(_text(0, height - 10, title, bold=True, fill=MUTED))
    key_words = (translate("PdfCohort", "First version"), translate("PdfCohort", "Latest version"))
    key(
        group,
        max(left + 130, width_of(title, LABEL_SIZE, bold=True) + 16),
        height - 10,
        colors.HexColor(SAMPLE_INK),
        key_words,
    )
    under = (
        translate("PdfCohort", "first", "under the bar of the first versions"),
        translate("PdfCohort", "latest", "under the bar of the latest versions"),
    )
    slot = (right - left) / len(CAPITALS)
    bar = min(46.0, slot * 0.28)
    for index, name in enumerate(CAPITALS):
        figures = capital[name]
        paint = capital_colour(name)
        centre = left + slot * (index + 0.5)
        x = centre - bar - 1
        values = (float(figures["first_mean"]), float(figures["latest_mean"]))
        heights = tuple((top - bottom) * value / top_value for value in values)
        bar_pair(group, x, bottom, bar, (heights[0], heights[1]), paint)
        mark = notation.CAPITAL_MARKS[Capital(name)]
        for offset, value, tall, word in (
            (0.0, values[0], heights[0], under[0]),
            (bar + 2, values[1], heights[1], under[1]),
        ):
            middle = x + offset + bar / 2
            group.add(_text(middle, bottom + tall + 3, f"{value:.2f}", size=VALUE_SIZE, bold=True, anchor="middle"))
            group.add(_text(middle, bottom - 9, word, fill=MUTED, anchor="middle"))
            if tall >= 12:
                ink = colors.white if offset and luminance(paint) < 0.2 else TEXT
                group.add(_text(middle, bottom + 4, mark, size=LABEL_SIZE + 0.5, bold=True, fill=ink, anchor="middle"))
        title = f"{notation.CAPITAL_NAMES[Capital(name)]} ({mark})"
        group.add(_text(centre, bottom - 22, title, size=LABEL_SIZE + 1.5, bold=True, anchor="middle"))
        rose, fell = int(figures["rose"]), int(figures["fell"])
        rose_words = translate("PdfCohort", "rose in {percent} of cases").format(percent=percent(rose, cases))
        fell_words = translate("PdfCohort", "fell in {percent}").format(percent=percent(fell, cases))
        for line, words in enumerate((f"{UP} {rose_words}", f"{DOWN} {fell_words}")):
            group.add(
                _text(
                    centre,
                    bottom - 35 - 10 * line,
                    _fit(words, LABEL_SIZE + 0.5, slot - 6),
                    size=LABEL_SIZE + 0.5,
                    anchor="middle",
                )
            )
    drawing.add(group)
    return drawing


def effective_size_chart(first: float, latest: float, width: float) -> Drawing:
    """Two horizontal bars: the cohort's mean effective size at the first version and at the latest."""
    height = 40.0
    drawing = blank_drawing(width, height)
    group = Group()
    names = (translate("PdfCohort", "First"), translate("PdfCohort", "Latest"))
    left = max(44.0, max(width_of(name, LABEL_SIZE) for name in names) + 8)
    right = width - 30.0
    scale = (right - left) / max(first, latest, 0.1)
    for row, (word, value, filled) in enumerate(((names[0], first, False), (names[1], latest, True))):
        y = height - 16 - row * 18
        paint = ASSET_INK
        fill = paint if filled else pale(paint)
        group.add(Rect(left, y, max(value * scale, 0.5), 11, fillColor=fill, strokeColor=paint, strokeWidth=0.8))
        group.add(_text(left - 4, y + 3, word, fill=MUTED, anchor="end"))
        group.add(_text(left + value * scale + 4, y + 2.5, f"{value:.2f}", size=VALUE_SIZE, bold=True))
    drawing.add(group)
    return drawing


ASSET_ROW = 17.0
"""Points per asset on the chart: two bars of 6.5 points and a gap."""


def assets_chart(assets: Sequence[Mapping[str, Any]], width: float) -> Drawing:
    """Each asset's cases first and latest as horizontal bars, on one scale of cases."""
    label_room = min(170.0, width * 0.34)
    left, right = label_room + 8, width - 26.0
    head = 30.0
    height = head + ASSET_ROW * len(assets) + 28
    drawing = blank_drawing(width, height)
    group = Group()
    most = max([1, *(max(int(a["cases_first"]), int(a["cases_latest"])) for a in assets)])
    step, top_value = nice_top(float(most), whole=True)
    key(
        group,
        left,
        height - 10,
        ASSET_INK,
        (translate("PdfCohort", "Cases first"), translate("PdfCohort", "Cases latest")),
    )
    base = 26.0
    bottom_of_rows, top_of_rows = base, height - head + 4
    ticks = round(top_value / step)
    for index in range(ticks + 1):
        tick = step * index
        x = left + (right - left) * tick / top_value
        group.add(Line(x, bottom_of_rows, x, top_of_rows, strokeColor=GRID if tick else AXIS, strokeWidth=0.5))
        group.add(_text(x, base - 10, f"{tick:g}", fill=MUTED, anchor="middle"))
    axis = translate("PdfCohort", "Cases reaching each asset")
    group.add(_text((left + right) / 2, base - 22, axis, bold=True, fill=MUTED, anchor="middle"))
    for row, asset in enumerate(assets):
        y = height - head - ASSET_ROW * (row + 1) + 2
        label = _fit(str(asset["label"]), LABEL_SIZE + 0.5, label_room)
        group.add(_text(left - 8, y + 5, label, size=LABEL_SIZE + 0.5, anchor="end"))
        for shift, field, filled in ((7.0, "cases_first", False), (0.0, "cases_latest", True)):
            value = int(asset[field])
            length = (right - left) * value / top_value
            fill = ASSET_INK if filled else pale(ASSET_INK)
            group.add(
                Rect(left, y + shift, max(length, 0.5), 6.5, fillColor=fill, strokeColor=ASSET_INK, strokeWidth=0.6)
            )
            group.add(_text(left + length + 3, y + shift + 1, str(value), size=6.5, fill=TEXT))
    drawing.add(group)
    return drawing
