"""Samples of the notation, painted as the canvas paints it: tie and node drawings and the icons made from them.

The legend, the picture's legend, the inspector and the palette use them, so
every panel shows what the canvas draws: a tie sample is the model's
:func:`~ecomap.model.drawing.sample_geometry` painted by the canvas's own
:func:`~ecomap.ui.canvas.style.paint_tie`, with the canvas's badge; a flag
sample is the model's flag painted by the canvas's
:func:`~ecomap.ui.canvas.style.paint_flag`.
"""

from collections.abc import Callable, Mapping

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap, QTransform

from ecomap.model import notation
from ecomap.model.drawing import SAMPLE_INK, NodeSample, TieSample, badge_at, sample_geometry
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.flag_legend import FLAG_SAMPLE
from ecomap.ui.canvas.style import TieStrokes, node_brush, node_path, node_pen, paint_badge, paint_flag, paint_tie

KIND_CAPTIONS: Mapping[Kind, str] = notation.KIND_NAMES
"""What each kind of node is called in the panels (the legend's words, in the current language as they are read)."""


def paint_tie_sample(
    painter: QPainter, start: QPointF, end: QPointF, sample: TieSample, *, mark_scale: float = 1.0
) -> None:
    """``sample`` from ``start`` to ``end`` as the canvas draws a tie: in its capital's colour with
    its badge (``mark_scale`` times the map's size), or without a capital in the samples' grey."""
    geometry = sample_geometry(sample, (start.x(), start.y()), (end.x(), end.y()))
    if not geometry.visible:
        return
    painter.save()
    capital = sample.capital or Capital.BONDING
    paint_tie(painter, TieStrokes.of(geometry), capital, sample.strength, None if sample.capital else SAMPLE_INK)
    if sample.capital is not None:
        paint_badge(painter, badge_at(sample.capital, geometry.middle, mark_scale))
    painter.restore()


def paint_node_sample(painter: QPainter, centre: QPointF, sample: NodeSample, scale: float) -> None:
    """A node's shape at ``scale`` of its canvas size; the outline keeps its canvas width."""
    path = QTransform.fromTranslate(centre.x(), centre.y()).scale(scale, scale).map(node_path(sample.kind))
    painter.save()
    painter.setPen(node_pen(sample.kind))
    painter.setBrush(node_brush(sample.kind, sample.domain))
    painter.drawPath(path)
    painter.restore()


def paint_flag_sample(painter: QPainter, centre: QPointF, scale: float = 1.0) -> None:
    """The flag of an open action centred on ``centre``, at ``scale`` of its size on the canvas."""
    left, top, right, bottom = FLAG_SAMPLE.box
    painter.save()
    painter.translate(centre)
    painter.scale(scale, scale)
    painter.translate(-(left + right) / 2, -(top + bottom) / 2)
    paint_flag(painter, FLAG_SAMPLE)
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
        paint_tie_sample(painter, QPointF(1, y), QPointF(rect.right() - 1, y), TieSample(capital))

    return _icon(QSize(40, 20), draw)


def strength_icon(strength: Strength) -> QIcon:
    """A grey line in the strength's weight and pattern."""

    def draw(painter: QPainter, rect: QRectF) -> None:
        y = rect.center().y()
        paint_tie_sample(painter, QPointF(1, y), QPointF(rect.right() - 1, y), TieSample(strength=strength))

    return _icon(QSize(32, 16), draw)


def node_icon(kind: Kind, domain: Domain, size: int = 22) -> QIcon:
    """The node's canvas shape and domain fill, fitted into a ``size`` square."""

    def draw(painter: QPainter, rect: QRectF) -> None:
        scale = (size / 2 - 1.5) / notation.NODE_RADII[Kind.GROUP]
        paint_node_sample(painter, rect.center(), NodeSample(kind, domain), scale)

    return _icon(QSize(size, size), draw)
