"""Export a map as a picture (PNG or SVG): the canvas's own items, with a legend beside them and a caption below.

The map is drawn by an offscreen :class:`~ecomap.ui.canvas.scene.MapScene`
(not editable, with a throwaway undo stack), so the picture looks exactly
like the canvas, the flags of open actions with the rest, and is framed to
hold them all (a flag on someone in the outer ring may stand beyond the
rings); the legend lists the model's :data:`~ecomap.model.drawing.LEGEND`
with the panels' own samples, and the flag when the map shows one; an
optional caption (:func:`map_caption`: the version and its date, the case
reference) runs under both. The file is rendered in memory and then written
atomically: it is whole or not there. SVG metadata names no one: the title
is "Ecomap".
"""

import os
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF, QImage, QImageWriter, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem

from ecomap.atomic import write_atomic
from ecomap.errors import EcomapError, InputError
from ecomap.language import translate
from ecomap.model.dates import written_date
from ecomap.model.drawing import FRAME_INK, LEGEND, PAPER, TEXT_INK, LegendEntry, NodeSample, TieSample
from ecomap.model.enums import Kind
from ecomap.model.flag_legend import flag_detail, flag_heading, flag_title
from ecomap.model.network import EcoMap
from ecomap.model.notation import NODE_RADII
from ecomap.ui.canvas.scene import MapScene
from ecomap.ui.canvas.style import colour, label_font
from ecomap.ui.panels.samples import paint_flag_sample, paint_node_sample, paint_tie_sample

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
"""The room for a shape in the legend (more for the client's)."""
CAPTION_POINTS = 10.0
"""The caption's text size at the editor's normal text size."""


_application: QApplication | None = None


def ensure_application() -> QApplication:
    """The running QApplication, or a new offscreen one for a headless export."""
    global _application
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if existing is not None:
        raise EcomapError(
            None,
            translate(
                "ImageExport", "drawing a map needs a QApplication, but another kind of Qt application is running"
            ),
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QApplication(["ecomap"])
    return _application


def image_format(path: str | os.PathLike[str]) -> str:
    """``.png`` or ``.svg`` from ``path``'s extension, or an :class:`InputError` saying what is possible."""
    suffix = Path(path).suffix.lower()
    if suffix not in IMAGE_FORMATS:
        kind = repr(suffix) if suffix else translate("ImageExport", "(no extension)")
        raise InputError(
            path, translate("ImageExport", "cannot draw a map as {kind}; use .png or .svg").format(kind=kind)
        )
    return suffix


def map_caption(title: str, date: str, reference: str) -> str:
    """The caption under a picture: ``"3-month review, 13 Apr 2026 · PR-2026-0318"`` (without a reference, no dot).

    ``reference`` is shown as given: pseudonymise it first to hide it.
    """
    no_label = translate("ImageExport", "No label")
    shown = f"{' '.join(title.split()) or no_label}, {written_date(date)}"
    reference = " ".join(reference.split())
    return f"{shown} · {reference}" if reference else shown


def export_map_image(
    ecomap: EcoMap,
    path: str | os.PathLike[str],
    *,
    text_scale: float = 1.0,
    show_sectors: bool = True,
    caption: str = "",
) -> None:
    """Write ``ecomap`` with a legend (and ``caption`` below, if any) to ``path`` as PNG or SVG (by its extension)."""
    suffix = image_format(path)
    target = Path(path)
    if target.is_dir():
        raise InputError(path, translate("ImageExport", "is a folder"))
    if not target.parent.is_dir():
        raise InputError(path, translate("ImageExport", "its folder does not exist"))
    render = render_png if suffix == ".png" else render_svg
    write_atomic(target, render(ecomap, text_scale=text_scale, show_sectors=show_sectors, caption=caption))


def render_png(ecomap: EcoMap, *, text_scale: float = 1.0, show_sectors: bool = True, caption: str = "") -> bytes:
    """The map and legend as PNG bytes, on white, antialiased, at :data:`PNG_SCALE`."""
    ensure_application()
    with MapPicture(ecomap, text_scale=text_scale, show_sectors=show_sectors, caption=caption) as picture:
        size = picture.size
        scale = min(PNG_SCALE, (MAX_PNG_PIXELS / max(size.width() * size.height(), 1.0)) ** 0.5)
        image = QImage(QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale))), _ARGB)
        if image.isNull():
            raise EcomapError(None, translate("ImageExport", "the map is too large to draw as a PNG; try SVG"))
        image.fill(colour(PAPER))
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


def render_svg(ecomap: EcoMap, *, text_scale: float = 1.0, show_sectors: bool = True, caption: str = "") -> bytes:
    """The map, legend and caption as SVG bytes, titled "Ecomap" and described no further."""
    ensure_application()
    with MapPicture(ecomap, text_scale=text_scale, show_sectors=show_sectors, caption=caption) as picture:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setResolution(SVG_DPI)
        size = picture.size
        generator.setSize(QSize(round(size.width()), round(size.height())))
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle("Ecomap")  # not user text: the file's metadata names no one, in any language
        generator.setDescription("")
        painter = QPainter(generator)
        try:
            painter.fillRect(QRectF(QPointF(0, 0), size), colour(PAPER))
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
    return svg.replace(named, f'font-family="{_attribute(real)}, sans-serif"'.encode())


def _attribute(text: str) -> str:
    """``text`` for a double-quoted XML attribute (xml.sax.saxutils would cost start-up its urllib import)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


_ARGB = QImage.Format.Format_ARGB32_Premultiplied


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        problem = translate("ImageExport", "the picture could not be encoded as PNG ({reason})")
        raise EcomapError(None, problem.format(reason=writer.errorString()))
    buffer.close()
    return bytes(data.data())


class MapPicture:
    """The map (an offscreen scene) and its legend, laid out side by side in scene units, and a caption below."""

    def __init__(self, ecomap: EcoMap, *, text_scale: float, show_sectors: bool, caption: str = "") -> None:
        self.scene = MapScene()
        self.scene.set_text_scale(text_scale)
        self.scene.set_show_sectors(show_sectors)
        # A copy: the scene subscribes to the map's events, and must not to a live one.
        self.scene.set_map(ecomap.copy(), editable=False)
        for item in self.scene.items():
            # Cached items would reach an SVG as bitmaps; draw every one directly.
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.map_rect = self._drawn_rect()
        self.legend = Legend(text_scale, flags=bool(self.scene.flags.visible()))
        legend_size = self.legend.size().toSizeF()
        # Beside the map: the corners left outside the rings are too small for it.
        self.legend_origin = QPointF(self.map_rect.width() + LEGEND_GAP, LEGEND_GAP / 2)
        width = self.legend_origin.x() + legend_size.width() + LEGEND_GAP / 2
        height = max(self.map_rect.height(), legend_size.height() + LEGEND_GAP)
        self.caption = " ".join(caption.split())
        self.caption_font = label_font(CAPTION_POINTS * text_scale)
        self.caption_rect = QRectF()
        if self.caption:
            metrics = QFontMetricsF(self.caption_font)
            text_width = metrics.horizontalAdvance(self.caption) + 4.0
            self.caption_rect = QRectF(MAP_MARGIN, height, text_width, metrics.height() + 4.0)
            width = max(width, text_width + 2 * MAP_MARGIN)
            height += self.caption_rect.height() + MAP_MARGIN
        self.size = QSizeF(width, height)

    def close(self) -> None:
        """Delete the offscreen scene now, on this thread. Left to the garbage collector (it is in a cycle
        with the map it listens to), it could be deleted on a worker's thread, its timer with it: Qt then
        crashes on the timer's next tick."""
        shiboken6.delete(self.scene)

    def __enter__(self) -> "MapPicture":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _drawn_rect(self) -> QRectF:
        """Everything drawn (rings, domain names, nodes, labels, ties, flags) with a margin: no more."""
        layout = self.scene.layout
        assert layout is not None
        left, top, right, bottom = layout.bounds()
        rect = self.scene.flags.around(QRectF(left, top, right - left, bottom - top))
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
        if self.caption:
            painter.setFont(self.caption_font)
            painter.setPen(colour(TEXT_INK))
            painter.drawText(self.caption_rect, _LEFT, self.caption)


@dataclass(frozen=True, slots=True)
class FlagRow:
    """The legend's row for the flag of an open action, and its words."""

    @property
    def words(self) -> str:
        """What the flag means, in the current language."""
        return f"{flag_title()}: {flag_detail()}"


class Legend:
    """A compact key to the notation: the model's legend, capital by colour and mark, the lines and the
    shapes; and the flag of an open action when ``flags`` (the map shows one)."""

    def __init__(self, text_scale: float, *, flags: bool = False) -> None:
        self.flags = flags
        self.scale = text_scale
        self.font = label_font(9.0 * text_scale)
        self.heading_font = label_font(9.0 * text_scale, bold=True)
        metrics = QFontMetricsF(self.font)
        self.row = max(20.0, metrics.height() + 6.0)
        self.padding = 10.0
        self.text_x = self.padding + SAMPLE_LENGTH + 10.0
        self.rows: list[tuple[float, str | tuple[LegendEntry, ...] | FlagRow]] = []
        """Each row's height, and its heading or its entries (a tie, or up to two shapes) or the flag."""
        for section in LEGEND:
            self.rows.append((self.row, section.title))
            shapes: list[LegendEntry] = []
            for entry in section.entries:
                if not isinstance(entry.sample, NodeSample):
                    self.rows.append((self.row, (entry,)))
                elif entry.sample.kind is Kind.CLIENT:
                    self.rows.append((max(self.row, _shape_box(Kind.CLIENT) + 2.0), (entry,)))
                else:
                    shapes.append(entry)
            self.rows += [(self.row, tuple(shapes[i : i + 2])) for i in range(0, len(shapes), 2)]
        if flags:
            self.rows += [(self.row, flag_heading()), (self.row, FlagRow())]
        heading_metrics = QFontMetricsF(self.heading_font)
        widest = max(
            heading_metrics.horizontalAdvance(shown)
            if isinstance(shown, str)
            else metrics.horizontalAdvance(shown.words) + SHAPE_BOX + 6.0
            if isinstance(shown, FlagRow)
            else metrics.horizontalAdvance(_words(shown[0])) + self.text_x - self.padding
            for _height, shown in self.rows
            if isinstance(shown, str | FlagRow) or isinstance(shown[0].sample, TieSample)
        )
        self.column = SHAPE_BOX + max(metrics.horizontalAdvance(_words(e)) for e in LEGEND[-1].entries) + 16.0
        self.width = max(widest, 2 * self.column) + 2 * self.padding + 2.0

    def size(self) -> QSize:
        return QSize(round(self.width), round(sum(height for height, _ in self.rows) + 2 * self.padding))

    def paint(self, painter: QPainter) -> None:
        outline = QRectF(0, 0, self.size().width(), self.size().height())
        painter.setPen(QPen(colour(FRAME_INK), 1.0))
        painter.setBrush(colour(PAPER))
        painter.drawRoundedRect(outline, 4, 4)
        top = self.padding
        for height, shown in self.rows:
            if isinstance(shown, str):
                painter.setFont(self.heading_font)
                painter.setPen(colour(TEXT_INK))
                painter.drawText(QRectF(self.padding, top, self.width, height), _LEFT, shown)
            elif isinstance(shown, FlagRow):
                paint_flag_sample(painter, QPointF(self.padding + SHAPE_BOX / 2, top + height / 2))
                self._words(painter, QRectF(self.padding + SHAPE_BOX + 6, top, self.width, height), shown.words)
            elif isinstance(shown[0].sample, TieSample):
                middle = top + height / 2
                start, end = QPointF(self.padding, middle), QPointF(self.padding + SAMPLE_LENGTH, middle)
                paint_tie_sample(painter, start, end, shown[0].sample)
                self._words(painter, QRectF(self.text_x, top, self.width, height), _words(shown[0]))
            else:
                for column, entry in enumerate(shown):
                    self._shape(painter, entry, self.padding + column * self.column, top, height)
            top += height

    def _shape(self, painter: QPainter, entry: LegendEntry, left: float, top: float, height: float) -> None:
        """A small node (in a neutral fill) and its name."""
        sample = entry.sample
        assert isinstance(sample, NodeSample)
        box = _shape_box(sample.kind)
        paint_node_sample(painter, QPointF(left + box / 2, top + height / 2), sample, SHAPE_SCALE)
        self._words(painter, QRectF(left + box + 6, top, self.column, height), entry.title)

    def _words(self, painter: QPainter, box: QRectF, text: str) -> None:
        painter.setFont(self.font)
        painter.setPen(colour(TEXT_INK))
        painter.drawText(box, _LEFT, text)


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _words(entry: LegendEntry) -> str:
    """An entry's name, and what it means if the legend says."""
    return f"{entry.title}: {entry.detail}" if entry.detail else entry.title


def _shape_box(kind: Kind) -> float:
    """The room a shape takes in the legend."""
    return max(SHAPE_BOX, 2 * NODE_RADII[kind] * SHAPE_SCALE + 4.0)
