"""Export a map as a picture (PNG or SVG): the canvas's own items, with a legend beside them.

The map is drawn by an offscreen :class:`~ecomap.ui.canvas.scene.MapScene`
(not editable, with a throwaway undo stack), so the picture looks exactly
like the canvas; the legend is drawn from the notation and the shared tie
geometry. The file is rendered in memory and then written atomically: it is
whole or not there. SVG metadata names no one: the title is "Ecomap".
"""

import os
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QImageWriter,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem

from ecomap.atomic import write_atomic
from ecomap.errors import EcomapError, InputError
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.geometry import tie_geometry
from ecomap.model.network import EcoMap
from ecomap.model.notation import (
    CAPITAL_MARKS,
    CAPITAL_MEANINGS,
    CAPITAL_NAMES,
    HATCH_HALF_LENGTH,
    HATCH_SPACING,
    MARK_FONT_SIZE,
    MARK_PADDING,
    STRENGTH_NAMES,
)
from ecomap.model.tie_paths import TieGeometry
from ecomap.ui.canvas.scene import MapScene
from ecomap.ui.canvas.style import capital_colour, hatch_pen, label_font, node_brush, node_path, node_pen, tie_pen

IMAGE_FORMATS = (".png", ".svg")
PNG_SCALE = 2.0
"""Pixels per scene unit in a PNG: twice the screen's, sharp enough to print."""
MAX_PNG_PIXELS = 40_000_000
"""A map spread over a vast area is drawn smaller rather than refused (or 160 MB of memory)."""
SVG_DPI = 96
"""The resolution Qt lays text out at on screen, so the SVG's text fits as it does there."""
LEGEND_GAP = 24.0
MAP_MARGIN = 16.0
SAMPLE_LENGTH = 48.0
SHAPE_SCALE = 0.55
SHAPE_BOX = 24.0
SECTOR_FONT_SIZE = 9.5
"""The size the backdrop writes the domains' names in."""
NEUTRAL = QColor("#555555")
TEXT = QColor("#222222")

QUOTES = {'"': "&quot;"}

_application: QApplication | None = None


def ensure_application() -> QApplication:
    """The running QApplication, or a new offscreen one for a headless export."""
    global _application
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if existing is not None:
        raise EcomapError(None, "drawing a map needs a QApplication, but another kind of Qt application is running")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QApplication(["ecomap"])
    return _application


def image_format(path: str | os.PathLike[str]) -> str:
    """``.png`` or ``.svg`` from ``path``'s extension, or an :class:`InputError` saying what is possible."""
    suffix = Path(path).suffix.lower()
    if suffix not in IMAGE_FORMATS:
        raise InputError(path, f"cannot draw a map as {suffix or '(no extension)'!r}; use .png or .svg")
    return suffix


def export_map_image(
    ecomap: EcoMap, path: str | os.PathLike[str], *, text_scale: float = 1.0, show_sectors: bool = True
) -> None:
    """Write ``ecomap`` with a legend to ``path`` as PNG or SVG (by its extension)."""
    suffix = image_format(path)
    target = Path(path)
    if target.is_dir():
        raise InputError(path, "is a folder")
    if not target.parent.is_dir():
        raise InputError(path, "its folder does not exist")
    render = render_png if suffix == ".png" else render_svg
    write_atomic(target, render(ecomap, text_scale=text_scale, show_sectors=show_sectors))


def render_png(ecomap: EcoMap, *, text_scale: float = 1.0, show_sectors: bool = True) -> bytes:
    """The map and legend as PNG bytes, on white, antialiased, at :data:`PNG_SCALE`."""
    ensure_application()
    picture = MapPicture(ecomap, text_scale=text_scale, show_sectors=show_sectors)
    size = picture.size
    scale = min(PNG_SCALE, (MAX_PNG_PIXELS / max(size.width() * size.height(), 1.0)) ** 0.5)
    image = QImage(QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale))), _ARGB)
    if image.isNull():
        raise EcomapError(None, "the map is too large to draw as a PNG; try SVG")
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        picture.paint(painter)
    finally:
        painter.end()
    # One scene unit prints as one point: say so in the file, for printing.
    dots_per_metre = round(scale * 72 / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return png_bytes(image)


def render_svg(ecomap: EcoMap, *, text_scale: float = 1.0, show_sectors: bool = True) -> bytes:
    """The map and legend as SVG bytes, titled "Ecomap" and described no further."""
    ensure_application()
    picture = MapPicture(ecomap, text_scale=text_scale, show_sectors=show_sectors)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(SVG_DPI)
    size = picture.size
    generator.setSize(QSize(round(size.width()), round(size.height())))
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle("Ecomap")
    generator.setDescription("")
    painter = QPainter(generator)
    try:
        painter.fillRect(QRectF(QPointF(0, 0), size), QColor("#FFFFFF"))
        picture.paint(painter)
    finally:
        painter.end()
    buffer.close()
    return _real_font_names(bytes(data.data()))


def _real_font_names(svg: bytes) -> bytes:
    """Name the font Qt actually drew with: its own alias ("Sans Serif") means nothing to a browser."""
    default = QFont()
    alias, real = default.family(), QFontInfo(default).family()
    named = f'font-family="{alias}"'.encode()
    return svg.replace(named, f'font-family="{escape(real, QUOTES)}, sans-serif"'.encode())


_ARGB = QImage.Format.Format_ARGB32_Premultiplied


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise EcomapError(None, f"the picture could not be encoded as PNG ({writer.errorString()})")
    buffer.close()
    return bytes(data.data())


class MapPicture:
    """The map (an offscreen scene) and its legend, laid out side by side in scene units."""

    def __init__(self, ecomap: EcoMap, *, text_scale: float, show_sectors: bool) -> None:
        self.scene = MapScene()
        self.scene.set_text_scale(text_scale)
        self.scene.set_show_sectors(show_sectors)
        # A copy: the scene subscribes to the map's events, and must not to a live one.
        self.scene.set_map(ecomap.copy(), editable=False)
        for item in self.scene.items():
            # Cached items would reach an SVG as bitmaps; draw every one directly.
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.map_rect = self._drawn_rect()
        self.legend = Legend(text_scale)
        legend_size = self.legend.size().toSizeF()
        # Beside the map: the corners left outside the rings are too small for it.
        self.legend_origin = QPointF(self.map_rect.width() + LEGEND_GAP, LEGEND_GAP / 2)
        self.size = QSizeF(
            self.legend_origin.x() + legend_size.width() + LEGEND_GAP / 2,
            max(self.map_rect.height(), legend_size.height() + LEGEND_GAP),
        )

    def _drawn_rect(self) -> QRectF:
        """Everything drawn (rings, domain names, nodes, labels, ties) with a margin: no more."""
        layout = self.scene.layout
        assert layout is not None
        left, top, right, bottom = layout.bounds()
        rect = QRectF(left, top, right - left, bottom - top)
        return rect.adjusted(-MAP_MARGIN, -MAP_MARGIN, MAP_MARGIN, MAP_MARGIN)

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        target = QRectF(QPointF(0, 0), self.map_rect.size())
        self.scene.render(painter, target, self.map_rect, Qt.AspectRatioMode.KeepAspectRatio)
        painter.save()
        painter.translate(self.legend_origin)
        self.legend.paint(painter)
        painter.restore()


class Legend:
    """A compact key to the notation: capital by colour and mark, strength, stress, flow and shapes."""

    def __init__(self, text_scale: float) -> None:
        self.scale = text_scale
        self.font = label_font(9.0 * text_scale)
        self.heading_font = label_font(9.0 * text_scale, bold=True)
        metrics = QFontMetricsF(self.font)
        self.row = max(20.0, metrics.height() + 6.0)
        self.padding = 10.0
        self.text_x = self.padding + SAMPLE_LENGTH + 10.0
        self.rows: list[tuple[str, str, object]] = [("heading", "Kind of tie (colour and letter)", None)]
        for capital in Capital:
            text = f"{CAPITAL_NAMES[capital]} ({CAPITAL_MARKS[capital]}): {CAPITAL_MEANINGS[capital]}"
            self.rows.append(("capital", text, capital))
        self.rows.append(("heading", "Line", None))
        for strength in Strength:
            self.rows.append(("strength", STRENGTH_NAMES[strength], strength))
        self.rows.append(("stress", "Stressful", None))
        self.rows.append(("flow", "Energy and support flow this way", Flow.TO_TARGET))
        self.rows.append(("flow", "Both ways", Flow.BOTH))
        self.rows.append(("heading", "People and places (shape)", None))
        self.rows.append(("shapes", "", (Kind.PERSON, Kind.PET)))
        self.rows.append(("shapes", "", (Kind.GROUP, Kind.ORGANISATION)))
        heading_metrics = QFontMetricsF(self.heading_font)
        widest = max(
            (heading_metrics if kind == "heading" else metrics).horizontalAdvance(text)
            + (0.0 if kind == "heading" else self.text_x - self.padding)
            for kind, text, _ in self.rows
        )
        self.column = SHAPE_BOX + max(metrics.horizontalAdvance(kind.value.capitalize()) for kind in Kind) + 16.0
        self.width = max(widest, 2 * self.column) + 2 * self.padding + 2.0

    def size(self) -> QSize:
        return QSize(round(self.width), round(len(self.rows) * self.row + 2 * self.padding))

    def paint(self, painter: QPainter) -> None:
        outline = QRectF(0, 0, self.size().width(), self.size().height())
        painter.setPen(QPen(QColor("#BBBBBB"), 1.0))
        painter.setBrush(QBrush(QColor("#FFFFFF")))
        painter.drawRoundedRect(outline, 4, 4)
        for number, (kind, text, value) in enumerate(self.rows):
            top = self.padding + number * self.row
            middle = top + self.row / 2
            if kind == "heading":
                painter.setFont(self.heading_font)
                painter.setPen(QPen(TEXT))
                painter.drawText(QRectF(self.padding, top, self.width, self.row), _LEFT, text)
                continue
            if kind == "shapes":
                assert isinstance(value, tuple)
                for column, shown in enumerate(value):
                    self._shape(painter, shown, self.padding + column * self.column, top)
                continue
            self._sample(painter, kind, value, middle)
            painter.setFont(self.font)
            painter.setPen(QPen(TEXT))
            painter.drawText(QRectF(self.text_x, top, self.width, self.row), _LEFT, text)

    def _shape(self, painter: QPainter, kind: Kind, left: float, top: float) -> None:
        """A small node of ``kind`` (in a neutral fill) and its name."""
        painter.save()
        painter.translate(left + SHAPE_BOX / 2, top + self.row / 2)
        painter.scale(SHAPE_SCALE, SHAPE_SCALE)
        painter.setPen(node_pen(kind))
        painter.setBrush(node_brush(kind, Domain.OTHER))
        painter.drawPath(node_path(kind))
        painter.restore()
        painter.setFont(self.font)
        painter.setPen(QPen(TEXT))
        text_box = QRectF(left + SHAPE_BOX + 6, top, self.column, self.row)
        painter.drawText(text_box, _LEFT, kind.value.capitalize())

    def _sample(self, painter: QPainter, kind: str, value: object, middle: float) -> None:
        start, end = (self.padding, middle), (self.padding + SAMPLE_LENGTH, middle)
        if kind == "capital":
            assert isinstance(value, Capital)
            geometry = tie_geometry(start, 0.0, end, 0.0, stressful=False, flow=Flow.NONE)
            _stroke(painter, geometry, tie_pen(value, Strength.MODERATE))
            _mark(painter, geometry, value)
        elif kind == "strength":
            assert isinstance(value, Strength)
            geometry = tie_geometry(start, 0.0, end, 0.0, stressful=False, flow=Flow.NONE)
            _stroke(painter, geometry, _neutral(tie_pen(Capital.BONDING, value)))
        elif kind == "stress":
            geometry = tie_geometry(start, 0.0, end, 0.0, stressful=False, flow=Flow.NONE)
            _stroke(painter, geometry, _neutral(tie_pen(Capital.BONDING, Strength.MODERATE)))
            painter.setPen(_neutral(hatch_pen(Capital.BONDING)))
            position = start[0] + HATCH_SPACING / 2
            while position < end[0]:
                painter.drawLine(
                    QPointF(position, middle - HATCH_HALF_LENGTH), QPointF(position, middle + HATCH_HALF_LENGTH)
                )
                position += HATCH_SPACING
        else:
            assert isinstance(value, Flow)
            geometry = tie_geometry(start, 0.0, end, 0.0, stressful=False, flow=value)
            _stroke(painter, geometry, _neutral(tie_pen(Capital.BONDING, Strength.MODERATE)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(NEUTRAL))
            for triangle in geometry.arrows:
                painter.drawPolygon(QPolygonF([QPointF(*corner) for corner in triangle]))


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _neutral(pen: QPen) -> QPen:
    """``pen`` in grey: strength, stress and flow are not told by colour."""
    grey = QPen(pen)
    grey.setColor(NEUTRAL)
    return grey


def _stroke(painter: QPainter, geometry: TieGeometry, pen: QPen) -> None:
    painter.setPen(pen)
    painter.drawLine(QPointF(*geometry.start), QPointF(*geometry.end))


def _mark(painter: QPainter, geometry: TieGeometry, capital: Capital) -> None:
    """The capital's letter mark in its small white box, as on the canvas."""
    painter.setFont(label_font(MARK_FONT_SIZE, bold=True))
    mark = CAPITAL_MARKS[capital]
    width = painter.fontMetrics().horizontalAdvance(mark) + 2 * MARK_PADDING
    height = painter.fontMetrics().height() + MARK_PADDING
    box = QRectF(geometry.middle[0] - width / 2, geometry.middle[1] - height / 2, width, height)
    painter.setPen(QPen(capital_colour(capital), 1.0))
    painter.setBrush(QBrush(QColor("#FFFFFF")))
    painter.drawRoundedRect(box, 3, 3)
    painter.setPen(QPen(TEXT))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark)
