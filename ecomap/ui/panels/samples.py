"""Samples of the notation, painted as the canvas paints it: tie and node drawings and the icons made from them.

The legend, the inspector and the palette use them, so every panel shows what the canvas draws.
"""

from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QIcon, QPainter, QPen, QPixmap, QPolygonF, QTransform

from ecomap.model import notation
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.geometry import tie_geometry
from ecomap.ui.canvas.style import capital_colour, hatch_pen, label_font, node_brush, node_path, node_pen, tie_pen

NEUTRAL = QColor("#4D4D4D")
"""Strength, stress and flow samples are drawn in grey: they are independent of capital."""
KIND_CAPTIONS: dict[Kind, str] = {
    Kind.CLIENT: "The client",
    Kind.PERSON: "Person",
    Kind.PET: "Pet",
    Kind.GROUP: "Group",
    Kind.ORGANISATION: "Organisation",
}


def paint_tie_sample(
    painter: QPainter,
    start: QPointF,
    end: QPointF,
    capital: Capital,
    strength: Strength = Strength.MODERATE,
    *,
    stressful: bool = False,
    flow: Flow = Flow.NONE,
    colour: QColor | None = None,
    mark_scale: float | None = 1.0,
) -> None:
    """A tie from ``start`` to ``end`` as the canvas draws it; no capital mark if ``mark_scale`` is None."""
    geometry = tie_geometry((start.x(), start.y()), 0.0, (end.x(), end.y()), 0.0, stressful=stressful, flow=flow)
    if not geometry.visible:
        return
    fill = colour if colour is not None else capital_colour(capital)
    painter.save()
    pen = QPen(tie_pen(capital, strength))
    pen.setColor(fill)
    painter.setPen(pen)
    painter.drawLine(QLineF(QPointF(*geometry.start), QPointF(*geometry.end)))
    if geometry.hatches:
        hatch = QPen(hatch_pen(capital))
        hatch.setColor(fill)
        painter.setPen(hatch)
        painter.drawLines([QLineF(QPointF(*a), QPointF(*b)) for a, b in geometry.hatches])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(fill))
    for triangle in geometry.arrows:
        painter.drawPolygon(QPolygonF([QPointF(*corner) for corner in triangle]))
    if mark_scale is not None:
        mark = notation.CAPITAL_MARKS[capital]
        font = label_font(notation.MARK_FONT_SIZE * mark_scale, bold=True)
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(mark) + 2 * notation.MARK_PADDING
        height = metrics.height() + notation.MARK_PADDING
        middle = QPointF(*geometry.middle)
        box = QRectF(middle.x() - width / 2, middle.y() - height / 2, width, height)
        painter.setPen(QPen(fill, 1.0))
        painter.setBrush(QBrush(QColor("#FFFFFF")))
        painter.drawRoundedRect(box, 3, 3)
        painter.setFont(font)
        painter.setPen(QPen(QColor("#222222")))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark)
    painter.restore()


def paint_node_sample(painter: QPainter, centre: QPointF, kind: Kind, domain: Domain, scale: float) -> None:
    """A node's shape at ``scale`` of its canvas size; the outline keeps its canvas width."""
    path = QTransform.fromTranslate(centre.x(), centre.y()).scale(scale, scale).map(node_path(kind))
    painter.save()
    painter.setPen(node_pen(kind))
    painter.setBrush(node_brush(kind, domain))
    painter.drawPath(path)
    painter.restore()


def _icon(size: QSize, draw: Callable[[QPainter, QRectF], None]) -> QIcon:
    ratio = 2.0
    pixmap = QPixmap(int(size.width() * ratio), int(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return QIcon(pixmap)


def capital_icon(capital: Capital) -> QIcon:
    """A short line in the capital's colour with its letter mark, as on the canvas."""

    def draw(painter: QPainter, rect: QRectF) -> None:
        y = rect.center().y()
        paint_tie_sample(painter, QPointF(1, y), QPointF(rect.right() - 1, y), capital)

    return _icon(QSize(40, 20), draw)


def strength_icon(strength: Strength) -> QIcon:
    """A grey line in the strength's weight and pattern."""

    def draw(painter: QPainter, rect: QRectF) -> None:
        y = rect.center().y()
        start, end = QPointF(1, y), QPointF(rect.right() - 1, y)
        paint_tie_sample(painter, start, end, Capital.BONDING, strength, colour=NEUTRAL, mark_scale=None)

    return _icon(QSize(32, 16), draw)


def node_icon(kind: Kind, domain: Domain, size: int = 22) -> QIcon:
    """The node's canvas shape and domain fill, fitted into a ``size`` square."""

    def draw(painter: QPainter, rect: QRectF) -> None:
        scale = (size / 2 - 1.5) / notation.NODE_RADII[Kind.GROUP]
        paint_node_sample(painter, rect.center(), kind, domain, scale)

    return _icon(QSize(size, size), draw)
