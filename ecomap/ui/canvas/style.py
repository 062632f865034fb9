"""Qt pens, brushes and paths made from the model's notation (the only place they are built)."""

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QPainterPath, QPen

from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.font_files import font_path
from ecomap.model.notation import (
    CAPITAL_COLOURS,
    CLIENT_OUTLINE_WIDTH,
    DOMAIN_FILLS,
    HATCH_WIDTH,
    NODE_OUTLINE,
    NODE_OUTLINE_WIDTH,
    NODE_RADII,
    NODE_SHAPES,
    STRENGTH_DASHES,
    STRENGTH_WIDTHS,
)


@functools.cache
def capital_colour(capital: Capital) -> QColor:
    return QColor(CAPITAL_COLOURS[capital])


@functools.cache
def tie_pen(capital: Capital, strength: Strength) -> QPen:
    width = STRENGTH_WIDTHS[strength]
    pen = QPen(capital_colour(capital), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
    dashes = STRENGTH_DASHES[strength]
    if dashes:
        # Qt measures dash patterns in pen widths.
        pen.setDashPattern([dashes[0] / width, dashes[1] / width])
    return pen


@functools.cache
def hatch_pen(capital: Capital) -> QPen:
    return QPen(capital_colour(capital), HATCH_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)


@functools.cache
def node_pen(kind: Kind) -> QPen:
    width = CLIENT_OUTLINE_WIDTH if kind is Kind.CLIENT else NODE_OUTLINE_WIDTH
    return QPen(QColor(NODE_OUTLINE), width)


@functools.cache
def node_brush(kind: Kind, domain: Domain) -> QBrush:
    return QBrush(QColor("#FFFFFF" if kind is Kind.CLIENT else DOMAIN_FILLS[domain]))


@functools.cache
def node_path(kind: Kind) -> QPainterPath:
    """The outline of a node of ``kind`` centred on (0, 0)."""
    radius = NODE_RADII[kind]
    path = QPainterPath()
    shape = NODE_SHAPES[kind]
    if shape == "circle":
        path.addEllipse(QPointF(0, 0), radius, radius)
    elif shape == "diamond":
        path.moveTo(0, -radius)
        path.lineTo(radius, 0)
        path.lineTo(0, radius)
        path.lineTo(-radius, 0)
        path.closeSubpath()
    elif shape == "rounded":
        side = radius * 0.85
        path.addRoundedRect(QRectF(-side, -side, 2 * side, 2 * side), radius * 0.4, radius * 0.4)
    else:
        side = radius * 0.82
        path.addRect(QRectF(-side, -side, 2 * side, 2 * side))
    return path


def label_font(point_size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


@functools.cache
def bundled_family(bold: bool) -> str:
    """The family name Qt gives the bundled regular or bold face, added to its font database on first use."""
    path = font_path(bold)
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id != -1 else []
    if not families:
        raise RuntimeError(f"Qt could not load the bundled font {path}")
    return families[0]


def scene_font_sizing(size: float) -> tuple[int, float]:
    """The whole pixel size, and the letter spacing (percent of each advance), that set text ``size`` units per em.

    Qt sets glyphs at whole pixel sizes only (a point size is converted with
    the screen's DPI and then rounded too), so 22.75 would draw 23 wide, 1.1 %
    too wide. The nearest whole size draws the glyphs; a percentage letter
    spacing scales every advance by the fraction left over, so the text's
    width is that of ``size`` (a stretch would do it only in whole percents).
    """
    if not size > 0:
        raise ValueError(f"a font size must be positive, not {size}")
    pixels = max(1, round(size))
    return pixels, 100 * size / pixels


def scene_font(size: float, *, bold: bool = False) -> QFont:
    """The bundled DejaVu Sans with one font unit to one scene unit, measuring text as the model does.

    ``QFontMetricsF(scene_font(s)).horizontalAdvance(text)`` agrees with
    :func:`ecomap.model.font_metrics.text_width` ``(text, s)`` to a fraction
    of a percent: the model adds up advance widths, so kerning, ligatures
    and other shaping (``PreferNoShaping``) and hinting are off here. The
    size is in pixels, which a scene draws in its own units whatever the
    screen's DPI, so ``pointSizeF()`` is -1; the font's own ascent and height
    are those of the whole pixel size (see :func:`scene_font_sizing`), so
    lines are best placed with the model's ``ascent`` and ``line_height``.
    """
    pixels, spacing = scene_font_sizing(size)
    font = QFont(bundled_family(bold))
    font.setBold(bold)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    font.setPixelSize(pixels)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, spacing)
    return font
