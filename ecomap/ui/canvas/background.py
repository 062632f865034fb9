"""The map's backdrop: the three closeness rings and, optionally, the labelled domain sectors."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ecomap.model.geometry import DOMAIN_SECTORS, RING_RADII, polar_to_scene
from ecomap.model.notation import (
    DOMAIN_NAMES,
    RING_COLOUR,
    RING_NAMES,
    RING_WIDTH,
    SECTOR_LABEL_COLOUR,
    SECTOR_LINE_COLOUR,
)
from ecomap.ui.canvas.style import label_font

SECTOR_LABEL_RADIUS = RING_RADII[2] + 28.0


def draw_backdrop(painter: QPainter, *, sectors: bool, text_scale: float = 1.0) -> None:
    """Rings (and sectors) centred on the client at (0, 0), in scene units."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if sectors:
        painter.setPen(QPen(QColor(SECTOR_LINE_COLOUR), 1.0, Qt.PenStyle.DashLine))
        for start, _end in DOMAIN_SECTORS.values():
            inner = polar_to_scene(start, RING_RADII[0] * 0.45)
            outer = polar_to_scene(start, RING_RADII[2] + 12)
            painter.drawLine(QPointF(*inner), QPointF(*outer))
    painter.setPen(QPen(QColor(RING_COLOUR), RING_WIDTH))
    for radius in RING_RADII:
        painter.drawEllipse(QPointF(0, 0), radius, radius)
    painter.setPen(QPen(QColor(SECTOR_LABEL_COLOUR)))
    painter.setFont(label_font(8.0 * text_scale))
    for radius, name in zip(RING_RADII, RING_NAMES, strict=True):
        painter.drawText(
            QRectF(-40, -radius - 1, 80, 14), Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextDontClip, name
        )
    if sectors:
        painter.setFont(label_font(9.5 * text_scale, bold=True))
        for domain, (start, end) in DOMAIN_SECTORS.items():
            x, y = polar_to_scene((start + end) / 2, SECTOR_LABEL_RADIUS)
            painter.drawText(
                QRectF(x - 100, y - 9, 200, 18),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip,
                DOMAIN_NAMES[domain],
            )
    painter.restore()


def backdrop_rect(sectors: bool) -> QRectF:
    reach = (SECTOR_LABEL_RADIUS + 110) if sectors else RING_RADII[2] + 20
    return QRectF(-reach, -reach, 2 * reach, 2 * reach)
