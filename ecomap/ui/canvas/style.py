"""Qt pens, brushes, paths and painters made from the model's drawing vocabulary (the only place they are built).

:mod:`ecomap.model.notation` and :mod:`ecomap.model.drawing` define every colour,
width, shape, badge and halo; this module turns them into Qt objects, and
paints a tie, a capital badge and a plan's flag, for the canvas, the picture export, the
legend samples and the compare view alike.
"""

import functools
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)

from ecomap.model.drawing import (
    LABEL_HALO_OPACITY,
    PAPER,
    SECTOR_LINE_DASHES,
    SECTOR_LINE_WIDTH,
    Badge,
    Flag,
    NodeOutline,
    node_fill,
    node_outline,
    node_outline_width,
)
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.font_files import font_path
from ecomap.model.notation import (
    CAPITAL_COLOURS,
    HATCH_WIDTH,
    NODE_OUTLINE,
    RING_COLOUR,
    RING_WIDTH,
    SECTOR_LINE_COLOUR,
    STRENGTH_DASHES,
    STRENGTH_WIDTHS,
)
from ecomap.model.tie_paths import TieGeometry


@functools.cache
def colour(code: str, opacity: float = 1.0) -> QColor:
    """The vocabulary's hex ``code`` as a QColor, ``opacity`` opaque."""
    result = QColor(code)
    result.setAlphaF(opacity)
    return result


def capital_colour(capital: Capital) -> QColor:
    return colour(CAPITAL_COLOURS[capital])


@functools.cache
def tie_pen(capital: Capital, strength: Strength, ink: str | None = None) -> QPen:
    """The line of a tie, in its capital's colour (or ``ink``)."""
    width = STRENGTH_WIDTHS[strength]
    pen = QPen(colour(ink or CAPITAL_COLOURS[capital]), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
    dashes = STRENGTH_DASHES[strength]
    if dashes:
        # Qt measures dash patterns in pen widths.
        pen.setDashPattern([dashes[0] / width, dashes[1] / width])
    return pen


@functools.cache
def hatch_pen(capital: Capital, ink: str | None = None) -> QPen:
    return QPen(colour(ink or CAPITAL_COLOURS[capital]), HATCH_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)


@dataclass(frozen=True, slots=True)
class TieStrokes:
    """A tie's geometry as Qt shapes, made once per change so that a repaint only draws."""

    path: QPainterPath
    hatches: list[QLineF]
    arrows: list[QPolygonF]

    @classmethod
    def of(cls, geometry: TieGeometry) -> "TieStrokes":
        points = geometry.path or (geometry.start, geometry.end)
        path = QPainterPath(QPointF(*points[0]))
        for point in points[1:]:
            path.lineTo(QPointF(*point))
        hatches = [QLineF(*a, *b) for a, b in geometry.hatches]
        arrows = [QPolygonF([QPointF(*corner) for corner in triangle]) for triangle in geometry.arrows]
        return cls(path, hatches, arrows)


def paint_tie(
    painter: QPainter, strokes: TieStrokes, capital: Capital, strength: Strength, ink: str | None = None
) -> None:
    """A tie's line, stress hatching and arrowheads, in its capital's colour (or ``ink``)."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(tie_pen(capital, strength, ink))
    painter.drawPath(strokes.path)
    if strokes.hatches:
        painter.setPen(hatch_pen(capital, ink))
        painter.drawLines(strokes.hatches)
    if strokes.arrows:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(ink or CAPITAL_COLOURS[capital]))
        for triangle in strokes.arrows:
            painter.drawPolygon(triangle)


@functools.cache
def _badge_letters(text: str, size: float) -> tuple[QStaticText, float]:
    """A badge's letters laid out once, and how far their top is above their baseline in Qt."""
    font = scene_font(size, bold=True)
    letters = QStaticText(text)
    letters.setTextFormat(Qt.TextFormat.PlainText)
    letters.prepare(QTransform(), font)
    return letters, QFontMetricsF(font).ascent()


def badge_rect(badge: Badge) -> QRectF:
    left, top, right, bottom = badge.box
    return QRectF(left, top, right - left, bottom - top)


@dataclass(frozen=True, slots=True, eq=False)
class BadgeStrokes:
    """A capital badge as Qt draws it, made once per change so that a repaint only draws."""

    rect: QRectF
    corner: float
    pen: QPen
    fill: QColor
    letters: QStaticText
    origin: QPointF
    ink: QColor
    font: QFont

    @classmethod
    def of(cls, badge: Badge) -> "BadgeStrokes":
        letters, rise = _badge_letters(badge.text, badge.font_size)
        return cls(
            badge_rect(badge),
            badge.corner,
            _badge_pen(badge.outline, badge.outline_width),
            colour(badge.fill),
            letters,
            QPointF(badge.text_left, badge.baseline - rise),
            colour(badge.text_ink),
            _badge_font(badge.font_size),
        )


def paint_badge(painter: QPainter, badge: Badge, strokes: BadgeStrokes | None = None) -> None:
    """A capital badge as the model defines it: the box, its outline, and the letters on the model's
    baseline (``strokes``: the same badge made ready to draw before, by whoever paints it often)."""
    strokes = strokes or BadgeStrokes.of(badge)
    painter.setPen(strokes.pen)
    painter.setBrush(strokes.fill)
    painter.drawRoundedRect(strokes.rect, strokes.corner, strokes.corner)
    painter.setPen(strokes.ink)
    painter.setFont(strokes.font)
    painter.drawStaticText(strokes.origin, strokes.letters)


@functools.cache
def _badge_pen(outline: str, width: float) -> QPen:
    return QPen(colour(outline), width)


@functools.cache
def _badge_font(size: float) -> QFont:
    return scene_font(size, bold=True)


def paint_flag(painter: QPainter, flag: Flag) -> None:
    """The flag of an open action as the model defines it: its pole, then its pennant over the pole's top."""
    painter.setPen(_flag_pen(flag.ink, flag.pole_width))
    painter.drawLine(QLineF(QPointF(*flag.pole[0]), QPointF(*flag.pole[1])))
    painter.setPen(_flag_pen(flag.ink, flag.outline_width))
    painter.setBrush(colour(flag.fill))
    painter.drawPolygon(QPolygonF([QPointF(*corner) for corner in flag.pennant]))


@functools.cache
def _flag_pen(ink: str, width: float) -> QPen:
    return QPen(colour(ink), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin)


@functools.cache
def node_pen(kind: Kind) -> QPen:
    return QPen(colour(NODE_OUTLINE), node_outline_width(kind))


@functools.cache
def node_brush(kind: Kind, domain: Domain) -> QBrush:
    return QBrush(colour(node_fill(kind, domain)))


def outline_path(outline: NodeOutline) -> QPainterPath:
    """A node's outline as a path centred on (0, 0)."""
    reach = outline.reach
    path = QPainterPath()
    if outline.shape == "circle":
        path.addEllipse(QPointF(0, 0), reach, reach)
    elif outline.shape == "diamond":
        path.moveTo(0, -reach)
        path.lineTo(reach, 0)
        path.lineTo(0, reach)
        path.lineTo(-reach, 0)
        path.closeSubpath()
    else:
        path.addRoundedRect(QRectF(-reach, -reach, 2 * reach, 2 * reach), outline.corner, outline.corner)
    return path


@functools.cache
def node_path(kind: Kind) -> QPainterPath:
    """The outline of a node of ``kind`` centred on (0, 0)."""
    return outline_path(node_outline(kind))


@functools.cache
def halo_brush() -> QBrush:
    """The pale halo behind a label outside its node."""
    return QBrush(colour(PAPER, LABEL_HALO_OPACITY))


@functools.cache
def ring_pen() -> QPen:
    return QPen(colour(RING_COLOUR), RING_WIDTH)


@functools.cache
def sector_pen() -> QPen:
    pen = QPen(colour(SECTOR_LINE_COLOUR), SECTOR_LINE_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
    pen.setDashPattern([length / SECTOR_LINE_WIDTH for length in SECTOR_LINE_DASHES])
    return pen


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
        raise RuntimeError(f"Qt could not load the bundled font {path}")  # not user text: a broken install
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
        raise ValueError(f"a font size must be positive, not {size}")  # not user text: a programming error
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
