"""Qt pens, brushes and paths made from the model's notation (the only place they are built)."""

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen

from ecomap.model.enums import Capital, Domain, Kind, Strength
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
