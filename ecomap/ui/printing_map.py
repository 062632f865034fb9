"""The printed map: one page with a caption, the map fitted to the paper, the legend and the protective marking.

The map and its legend are the picture export's own
(:class:`~ecomap.ui.image_export.MapPicture`: an offscreen scene drawn with
``QGraphicsScene.render``, and its :class:`~ecomap.ui.image_export.Legend`),
so paper shows what the canvas and a PNG show. The page is laid out in
screen units (1/96 inch) and recorded in a :class:`QPicture`, which the
printer plays back at its own resolution: text sized in points then keeps
its size against the drawing at any resolution (painted straight onto a
1200-dpi printer, the legend's words come out twelve times too large).
"""

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPainter, QPen, QPicture
from PySide6.QtPrintSupport import QPrinter

from ecomap.language import translate
from ecomap.model.case import CaseDetails
from ecomap.model.dates import written_date
from ecomap.model.drawing import FRAME_INK, MUTED_INK, TEXT_INK
from ecomap.model.network import EcoMap
from ecomap.ui.canvas.style import colour, label_font
from ecomap.ui.image_export import Legend, MapPicture

MARGIN_MM = 12.0
"""The page's margins on every side."""
LEGEND_SCALE = 0.85
"""The legend on paper: its 9-point words print at about 7.5 points, as small as reads well."""
GAP = 14.0
"""Between the caption, the map and the legend (1/96 inch)."""
MAX_ZOOM = 2.5
"""A map of a few people is enlarged at most this much, not blown up to fill the page."""
TITLE_POINTS, LINE_POINTS, MARKING_POINTS = 12.0, 9.0, 9.5


class PrintError(Exception):
    """The printer could not be started (``page`` None) or stopped half way, before ``page``."""

    def __init__(self, page: int | None = None) -> None:
        super().__init__("could not be started" if page is None else f"stopped before page {page}")  # not user text
        self.page = page


def new_printer(document_name: str) -> QPrinter:
    """A printer at its full resolution; the print queue and a PDF's metadata see only ``document_name``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    printer.setCreator("Ecomap")
    return printer


@dataclass(frozen=True, slots=True)
class Caption:
    """The words at the top of the page (the marking also at the bottom)."""

    marking: str
    title: str
    """Who and which case: ``"Lee Marsh · Case PR-2026-0318"``."""
    shown: str
    """Which map and who holds the case: ``"Version 2: 3-month review, 12 Apr 2026 · Worker: Sam Okafor"``."""
    printed: str
    """``"Printed 1 Dec 2026"``."""

    def words(self) -> list[str]:
        return [words for words in (self.marking, self.title, self.shown, self.printed) if words]


def map_caption(details: CaseDetails, version_title: str, marking: str, today: dt.date) -> Caption:
    """The caption of the map shown: the client and case, the version (or the working draft), the day printed."""
    client, reference, worker = (" ".join(text.split()) for text in (details.client, details.reference, details.worker))
    case = translate("Printing", "Case {reference}").format(reference=reference) if reference else ""
    title = " · ".join(part for part in (client, case) if part)
    shown = version_title or translate("Printing", "Working draft (not saved as a version)")
    if worker:
        shown += " · " + translate("Printing", "Worker: {worker}").format(worker=worker)
    printed = translate("Printing", "Printed {date}").format(date=written_date(today.isoformat()))
    return Caption(" ".join(marking.split()), title or "Ecomap", shown, printed)


@dataclass(frozen=True, slots=True)
class PageLayout:
    """Where the map and the legend go on a page, and how much the map is enlarged (or shrunk) to get there."""

    map_target: QRectF
    legend_origin: QPointF
    legend_scale: float
    zoom: float


class MapPage:
    """One map printed with its caption and legend; :meth:`paint` lays it out for whatever page the printer has."""

    def __init__(self, ecomap: EcoMap, caption: Caption, *, text_scale: float, show_sectors: bool) -> None:
        self.picture = MapPicture(ecomap, text_scale=text_scale, show_sectors=show_sectors)
        self.legend = Legend(1.0, flags=self.picture.legend.flags)  # the words at their printed size, not the screen's
        self.caption = caption
        self.fonts = label_font(TITLE_POINTS, bold=True), label_font(LINE_POINTS), label_font(MARKING_POINTS, bold=True)

    def close(self) -> None:
        """Delete the offscreen scene now, on this thread (see :meth:`MapPicture.close`)."""
        self.picture.close()

    # -- the page --------------------------------------------------------------------

    def prepare(self, printer: QPrinter) -> None:
        """Margins, and the orientation in which the map comes out larger."""
        printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
        printer.setPageOrientation(self.best_orientation(printer.pageLayout()))

    def best_orientation(self, layout: QPageLayout) -> QPageLayout.Orientation:
        zooms = {}
        for orientation in (QPageLayout.Orientation.Portrait, QPageLayout.Orientation.Landscape):
            turned = QPageLayout(layout)
            turned.setOrientation(orientation)
            zooms[orientation] = self.layout(_size_at(turned, QPicture().logicalDpiX())).zoom
        return max(zooms, key=lambda orientation: zooms[orientation])

    def paint(self, printer: QPrinter) -> None:
        """Print the page on ``printer`` (a real one, a PDF file or a preview); :class:`PrintError` if it cannot."""
        picture = QPicture()
        recorder = QPainter(picture)
        try:
            self.record(recorder, _size_at(printer.pageLayout(), picture.logicalDpiX()))
        finally:
            recorder.end()
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError
        try:
            painter.drawPicture(QPointF(0, 0), picture)  # scaled by Qt from the picture's resolution to the printer's
        finally:
            painter.end()

    def record(self, painter: QPainter, page: QSizeF) -> None:
        """Draw the page, ``page`` large in 1/96 inch, with ``painter``."""
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self._paint_caption(painter, page.width())
        place = self.layout(page)
        picture = self.picture
        picture.scene.render(painter, place.map_target, picture.map_rect, Qt.AspectRatioMode.KeepAspectRatio)
        painter.save()
        painter.translate(place.legend_origin)
        painter.scale(place.legend_scale, place.legend_scale)
        self.legend.paint(painter)
        painter.restore()
        if self.caption.marking:
            _, _, marking_font = self.fonts
            height = QFontMetricsF(marking_font).height()
            self._text(painter, QRectF(0, page.height() - height, page.width(), height), self.caption.marking, 2)

    def layout(self, page: QSizeF) -> PageLayout:
        """The map as large as it fits under the caption, with the legend beside it or under it, whichever
        leaves the map larger; the legend shrinks only on paper too small for it."""
        body = QRectF(0, self._caption_height(), page.width(), page.height() - self._caption_height())
        if self.caption.marking:
            body.setBottom(body.bottom() - QFontMetricsF(self.fonts[2]).height() - GAP / 2)
        legend = QSizeF(self.legend.size())
        map_size = self.picture.map_rect.size()
        best: PageLayout | None = None
        for beside in (True, False):
            room = (
                min(body.height() / legend.height(), (body.width() / 3) / legend.width())
                if beside
                else min(body.width() / legend.width(), (body.height() / 3) / legend.height())
            )
            scale = max(0.01, min(LEGEND_SCALE, room))
            width, height = legend.width() * scale, legend.height() * scale
            if beside:
                area = QSizeF(body.width() - width - GAP, body.height())
            else:
                area = QSizeF(body.width(), body.height() - height - GAP)
            zoom = max(0.01, min(MAX_ZOOM, area.width() / map_size.width(), area.height() / map_size.height()))
            target = QRectF(0, 0, map_size.width() * zoom, map_size.height() * zoom)
            # The legend next to the map, not across the page from it: together they are centred.
            if beside:
                target.moveTopLeft(QPointF(body.left() + (body.width() - target.width() - GAP - width) / 2, body.top()))
                origin = QPointF(target.right() + GAP, body.top())
            else:
                target.moveTopLeft(QPointF(body.left() + (body.width() - target.width()) / 2, body.top()))
                origin = QPointF(max(body.left(), min(body.right(), target.right()) - width), target.bottom() + GAP)
            if best is None or zoom > best.zoom:
                best = PageLayout(target, origin, scale, zoom)
        assert best is not None
        return best

    # -- the caption -------------------------------------------------------------------

    def _caption_height(self) -> float:
        title, line, marking = (QFontMetricsF(font).height() for font in self.fonts)
        return (marking + 4 if self.caption.marking else 0.0) + title + 2 + line + 6 + GAP

    def _paint_caption(self, painter: QPainter, width: float) -> None:
        """The marking, the title and the line under it, and a rule (:meth:`_caption_height` high)."""
        title_font, line_font, marking_font = self.fonts
        y = 0.0
        if self.caption.marking:
            height = QFontMetricsF(marking_font).height()
            self._text(painter, QRectF(0, y, width, height), self.caption.marking, 2)
            y += height + 4
        height = QFontMetricsF(title_font).height()
        self._text(painter, QRectF(0, y, width, height), self.caption.title, 0)
        y += height + 2
        height = QFontMetricsF(line_font).height()
        printed_width = QFontMetricsF(line_font).horizontalAdvance(self.caption.printed) + 2
        self._text(painter, QRectF(width - printed_width, y, printed_width, height), self.caption.printed, 1)
        self._text(painter, QRectF(0, y, width - printed_width - GAP, height), self.caption.shown, 1)
        y += height + 6
        painter.setPen(QPen(colour(FRAME_INK), 0.75))
        painter.drawLine(QPointF(0, y), QPointF(width, y))

    def _text(self, painter: QPainter, box: QRectF, text: str, style: int) -> None:
        """``text`` on one line in ``box``, cut with an ellipsis if too long: 0 the title, 1 a line, 2 the marking."""
        font: QFont = self.fonts[style]
        painter.setFont(font)
        painter.setPen(colour(MUTED_INK if style == 1 else TEXT_INK))
        shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        align = Qt.AlignmentFlag.AlignHCenter if style == 2 else Qt.AlignmentFlag.AlignLeft
        painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, shown)


def _size_at(layout: QPageLayout, dpi: int) -> QSizeF:
    """The printable part of the page, in pixels at ``dpi``."""
    return QSizeF(layout.paintRectPixels(dpi).size())
