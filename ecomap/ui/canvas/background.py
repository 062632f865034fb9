"""The map's backdrop: the closeness rings and, optionally, the domain sectors and their names, as laid out."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from ecomap.model.drawing import sector_lines
from ecomap.model.font_metrics import text_width
from ecomap.model.map_layout import MapLayout
from ecomap.model.map_text import Heading
from ecomap.model.notation import SECTOR_LABEL_COLOUR
from ecomap.ui.canvas.style import colour, ring_pen, scene_font, sector_pen


def draw_backdrop(painter: QPainter, layout: MapLayout) -> None:
    """Rings (and sectors, if the layout has them) centred on the client at (0, 0), in scene units."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rings = layout.rings
    if layout.sectors:
        painter.setPen(sector_pen())
        for inner, outer in sector_lines(rings):
            painter.drawLine(QPointF(*inner), QPointF(*outer))
    painter.setPen(ring_pen())
    for radius in rings:
        painter.drawEllipse(QPointF(0, 0), radius, radius)
    painter.setPen(colour(SECTOR_LABEL_COLOUR))
    for heading in (*layout.ring_names, *layout.headings.values()):
        draw_heading(painter, heading)
    painter.restore()


def draw_heading(painter: QPainter, heading: Heading) -> None:
    """A heading's lines centred in its box, on the model's baselines."""
    block = heading.text
    painter.setFont(scene_font(block.size, bold=block.bold))
    left, top, right, _bottom = heading.box
    middle = (left + right) / 2
    for line, baseline in zip(block.lines, block.baselines(top), strict=True):
        painter.drawText(QPointF(middle - text_width(line, block.size, bold=block.bold) / 2, baseline), line)


def backdrop_rect(layout: MapLayout) -> QRectF:
    """The rings and the headings around them."""
    reach = layout.rings[2] + 20
    rect = QRectF(-reach, -reach, 2 * reach, 2 * reach)
    for heading in layout.headings.values():
        left, top, right, bottom = heading.box
        rect = rect.united(QRectF(left, top, right - left, bottom - top))
    return rect
