"""Printing the PDF summary: made as the export makes it, but in memory, then drawn page by page.

The options are the export's own dialog, with Print… and Preview… for
Export…. The summary is made by :func:`ecomap.report.export.summary_bytes`
(the export's own PDF) on a worker thread behind a progress bar with Cancel,
in memory only: no file, not even a temporary one, ever holds it (it holds
client data, and a protected case's must never reach the disk in the
clear). Qt has no PDF renderer in PySide6-Essentials, so pdfium (pypdfium2,
imported only when a summary is printed) reads it from memory and rasterises
each page at the printer's resolution, at most :data:`MAX_DPI`, and the page
is drawn fitted to the paper.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ecomap.casefile.versions_table import VersionSummary
from ecomap.language import translate
from ecomap.report.options import Paper, ReportOptions
from ecomap.ui.background_work import Cancelled, Progress, run_in_background
from ecomap.ui.context import EditorContext
from ecomap.ui.file_words import one_line
from ecomap.ui.files import FILE_ERRORS
from ecomap.ui.pdf_export import ExportCancelled, PdfExporter
from ecomap.ui.plaintext_note import say_printed
from ecomap.ui.printing_map import PrintError, new_printer

MAX_DPI = 300
"""Pages are rasterised at the printer's resolution up to this: finer gains nothing on paper but memory."""
PREVIEW_DPI = 120
"""A preview keeps every page as an image: enough to read on screen."""

_FORMATS = {
    "RGB": QImage.Format.Format_RGB888,
    "BGR": QImage.Format.Format_BGR888,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGBX": QImage.Format.Format_RGBX8888,
    "L": QImage.Format.Format_Grayscale8,
}
"""pdfium's pixel layouts (as pypdfium2 names them) and Qt's."""


@dataclass(frozen=True, slots=True)
class SummaryChoice:
    """What the options dialog asked for: the summary, and whether to see it before printing."""

    options: ReportOptions
    preview: bool = False


def ask_summary_options(exporter: PdfExporter, summaries: list[VersionSummary]) -> SummaryChoice | None:
    """The export's options dialog, made a print dialog's first step: Preview…, Print… or Cancel."""
    dialog = exporter.options_dialog(summaries)
    dialog.setWindowTitle(translate("Printing", "Print PDF summary"))
    dialog.export_button.setText(translate("Printing", "Print…"))
    dialog.open_when_done.setChecked(False)
    dialog.open_when_done.hide()
    say_printed(dialog.plaintext_note)  # a protected case's pages are not protected on paper
    preview = dialog.buttons.addButton(translate("Printing", "Preview…"), QDialogButtonBox.ButtonRole.ActionRole)
    wanted: list[bool] = []

    def preview_first() -> None:
        wanted.append(True)
        dialog.accept()

    preview.clicked.connect(preview_first)
    dialog.versions.itemChanged.connect(lambda _item: preview.setEnabled(dialog.export_button.isEnabled()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return SummaryChoice(dialog.choices().options, preview=bool(wanted))


def make_summary(context: EditorContext, options: ReportOptions) -> bytes | None:
    """The summary's bytes, made in memory (no file is written); None after telling the user why not
    (cancelled, or the case could not be read)."""
    from ecomap.report.export import summary_bytes

    try:
        snapshot = context.case.full_case()  # decoded once, here: the worker reads only this
    except FILE_ERRORS as error:
        context.show_error(translate("Printing", "The PDF summary was not printed."), one_line(str(error)))
        return None
    warnings: list[str] = []

    def work(progress: Progress) -> bytes:
        def report(done: int, total: int) -> None:
            if not progress(done, total):
                raise ExportCancelled

        return summary_bytes(snapshot, options, progress=report, warn=warnings.append)

    try:
        data = run_in_background(
            context.dialog_parent,
            translate("Printing", "Print PDF summary"),
            translate("Printing", "Making the PDF summary…"),
            work,
            show_after_ms=0,
        )
    except (Cancelled, ExportCancelled):
        context.notify(translate("Printing", "Printing cancelled; nothing was printed"))
        return None
    except FILE_ERRORS as error:
        context.show_error(translate("Printing", "The PDF summary was not printed."), one_line(str(error)))
        return None
    for warning in warnings:
        context.show_error(translate("Printing", "The summary prints, but not everything as typed."), warning)
    return data


def summary_printer(paper: Paper) -> QPrinter:
    """A printer set for the summary's paper, portrait, each page drawn over the whole sheet (it has its margins)."""
    printer = new_printer(translate("Printing", "Ecomap summary"))
    size = QPageSize.PageSizeId.Letter if paper is Paper.LETTER else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The page numbers (from 1) to print, in order: those the print dialog's range names, or all."""
    numbers = list(range(1, count + 1))
    ranges = printer.pageRanges()
    if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        numbers = [number for number in numbers if ranges.contains(number)]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        numbers.reverse()
    return numbers


class SummaryPages:
    """The summary's pages, held by pdfium in memory, drawn onto printers; :meth:`close` when done."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2

        self.document = pypdfium2.PdfDocument(data)

    @property
    def count(self) -> int:
        return len(self.document)

    def close(self) -> None:
        self.document.close()

    def paint(
        self, printer: QPrinter, *, preview: bool = False, progress: Callable[[int, int], bool] | None = None
    ) -> int:
        """Draw the pages the printer's range asks for, each fitted to the paper; the number drawn.
        ``progress(done, total)`` after each page, False to stop (the printer is then aborted).
        Raises :class:`PrintError` if the printer cannot start or take another page."""
        numbers = chosen_pages(printer, self.count)
        dpi = min(printer.resolution(), PREVIEW_DPI if preview else MAX_DPI)
        grey = printer.colorMode() == QPrinter.ColorMode.GrayScale
        area = QRectF(0, 0, printer.width(), printer.height())
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError
        try:
            for done, number in enumerate(numbers):
                if done and not printer.newPage():
                    raise PrintError(number)
                target, image = self._page(number - 1, area, printer.resolution(), dpi, grey)
                painter.drawImage(target, image)
                if progress is not None and not progress(done + 1, len(numbers)):
                    printer.abort()
                    return done + 1
        finally:
            painter.end()
        return len(numbers)

    def _page(self, index: int, area: QRectF, resolution: int, dpi: int, grey: bool) -> tuple[QRectF, QImage]:
        """Where page ``index`` goes in ``area`` (printer pixels) and its image at ``dpi``."""
        page = self.document[index]
        try:
            width, height = page.get_size()
            fit = min(area.width() / width, area.height() / height)
            target = QRectF(QPointF(0, 0), QSizeF(width * fit, height * fit))
            target.moveCenter(area.center())
            scale = fit * dpi / resolution  # pdfium's pixels per point
            bitmap = page.render(scale=scale, rev_byteorder=True, grayscale=grey)
            try:
                image = QImage(
                    bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, _FORMATS[bitmap.mode]
                ).copy()  # a copy: the QImage must not outlive pdfium's buffer
            finally:
                bitmap.close()
        finally:
            page.close()
        return target, image
