"""File > Print map…, Print preview… and Print PDF summary…: the map or the summary on paper, through Qt's print dialog.

The map is printed as the canvas shows it (the working draft, or the saved
version being viewed), fitted to one page with its legend, turned to the
orientation that leaves it largest, under a caption that says whose map,
which version and when it was printed (:mod:`ecomap.ui.printing_map`). It
prints with the names it shows: a printout is for the case file or for the
client at the table, as the screen is. A map for sharing that names no one
is the PDF summary printed (or exported) with Pseudonymise ticked; its
options dialog asks, as the export's does (:mod:`ecomap.ui.printing_summary`),
and offers a preview. Print preview… shows the map's page before printing.

While the summary is made and printed the window is busy (the view state
says so), as it is while a PDF is exported.
"""

import datetime as dt
from pathlib import Path
from typing import Literal

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QProgressDialog

from ecomap.casefile.versions_table import VersionSummary
from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.report.options import DEFAULT_MARKING, printed_marking
from ecomap.ui.context import EditorContext
from ecomap.ui.pdf_export import MARKING_KEY, PAPER_KEY, PdfExporter
from ecomap.ui.printing_map import MapPage, PrintError, map_caption, new_printer
from ecomap.ui.printing_summary import SummaryChoice, SummaryPages, ask_summary_options, make_summary, summary_printer


class Printing:
    """The editor's printing; the questions it asks (print dialog, preview, options) are methods tests replace."""

    MAP_BUSY = QT_TRANSLATE_NOOP("Printing", "Printing the map")
    SUMMARY_BUSY = QT_TRANSLATE_NOOP("Printing", "Printing the PDF summary")

    def __init__(self, context: EditorContext) -> None:
        self.context = context
        self.exporter = PdfExporter(context)  # for its options dialog and the settings it remembers

    # -- the map -----------------------------------------------------------------------

    def print_map(self) -> bool:
        """Ask which printer, then print the map shown. True if it was printed."""
        context = self.context
        page = self._map_page()
        if page is None:
            return False
        try:
            printer = new_printer(translate("Printing", "Ecomap map"))
            page.prepare(printer)
            chosen = self.ask_printer(printer, pages=1)
            if chosen is None:
                return False
            context.view_state.begin_busy(translate("Printing", self.MAP_BUSY))
            try:
                page.paint(chosen)
            except PrintError as error:
                context.show_error(translate("Printing", "The map was not printed."), _failure(chosen, error))
                return False
            finally:
                context.view_state.end_busy()
        finally:
            page.close()
        place, name = _destination(chosen)
        if place == "file":
            context.notify(translate("Printing", "Printed the map to {file}").format(file=name))
        elif place == "printer":
            context.notify(translate("Printing", "Printed the map on {printer}").format(printer=name))
        else:
            context.notify(translate("Printing", "Printed the map"))
        return True

    def preview_map(self) -> None:
        """The map's printed page in Qt's preview, which can print it or change the page."""
        page = self._map_page()
        if page is None:
            return
        printer = new_printer(translate("Printing", "Ecomap map"))
        page.prepare(printer)
        dialog = QPrintPreviewDialog(printer, self.context.dialog_parent)
        dialog.setWindowTitle(translate("Printing", "Print preview: the map"))
        dialog.paintRequested.connect(lambda target: self._paint_preview(page, target))
        try:
            self.run_preview(dialog)
        finally:
            shiboken6.delete(dialog)  # now: it paints on the printer and the page, which go with this function
            page.close()

    def _paint_preview(self, page: MapPage, printer: QPrinter) -> None:
        try:
            page.paint(printer)
        except PrintError as error:
            self.context.show_error(translate("Printing", "The map was not printed."), _failure(printer, error))

    def _map_page(self) -> MapPage | None:
        """The map on the canvas as a page, with its caption; None (said why) if nothing may print now."""
        context = self.context
        if context.view_state.busy:
            context.notify(translate("Printing", "{task} is still going on").format(task=context.view_state.busy))
            return None
        scene = context.editor.scene
        ecomap = scene.map if scene.map is not None else context.case.map
        state = context.view_state
        marking = str(context.settings.value(MARKING_KEY, printed_marking(DEFAULT_MARKING)))
        caption = map_caption(
            context.case.details, state.version_title if state.version is not None else "", marking, dt.date.today()
        )
        return MapPage(ecomap, caption, text_scale=scene.text_scale, show_sectors=scene.show_sectors)

    # -- the summary -------------------------------------------------------------------

    def print_summary(self) -> bool:
        """Ask what to include, make the summary, then preview it or ask which printer and print it."""
        context = self.context
        if context.view_state.busy:
            context.notify(translate("Printing", "{task} is still going on").format(task=context.view_state.busy))
            return False
        case = context.case
        summaries = case.summaries() if case.path is not None else []
        if not summaries:
            context.show_error(
                translate("Printing", "There is no saved version to print a summary of yet."),
                translate(
                    "Printing",
                    "Save the map as a version first (File > Save version…); the summary shows saved versions.",
                ),
            )
            return False
        choice = self.ask_summary_options(summaries)
        if choice is None:
            return False
        context.settings.setValue(MARKING_KEY, choice.options.marking)
        context.settings.setValue(PAPER_KEY, choice.options.paper.value)
        context.view_state.begin_busy(translate("Printing", self.SUMMARY_BUSY))
        try:
            data = make_summary(context, choice.options)
            if data is None:
                return False
            pages = SummaryPages(data)
            try:
                return self._print_pages(pages, choice)
            finally:
                pages.close()
        finally:
            context.view_state.end_busy()

    def _print_pages(self, pages: SummaryPages, choice: SummaryChoice) -> bool:
        context = self.context
        printer = summary_printer(choice.options.paper)
        if choice.preview:
            dialog = QPrintPreviewDialog(printer, context.dialog_parent)
            dialog.setWindowTitle(translate("Printing", "Print preview: the PDF summary"))
            dialog.paintRequested.connect(lambda target: self._paint_summary(pages, target, preview=True))
            try:
                self.run_preview(dialog)
            finally:
                shiboken6.delete(dialog)  # now, before the pages and the printer it paints on go
            return False
        chosen = self.ask_printer(printer, pages=pages.count)
        if chosen is None:
            return False
        return self._paint_summary(pages, chosen, preview=False)

    def _paint_summary(self, pages: SummaryPages, printer: QPrinter, *, preview: bool) -> bool:
        """Draw the pages on ``printer``, with a progress bar unless it is the preview's; True if all were."""
        context = self.context
        progress = None
        if not preview:
            progress = QProgressDialog(
                translate("Printing", "Printing the PDF summary…"),
                translate("Printing", "Cancel"),
                0,
                pages.count,
                context.dialog_parent,
            )
            progress.setWindowTitle(translate("Printing", "Print PDF summary"))
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(400)

        def step(done: int, total: int) -> bool:
            assert progress is not None
            progress.setMaximum(total)
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            printed = pages.paint(printer, preview=preview, progress=None if progress is None else step)
        except PrintError as error:
            context.show_error(translate("Printing", "The PDF summary was not printed."), _failure(printer, error))
            return False
        finally:
            if progress is not None:
                progress.close()
                progress.deleteLater()
        if preview:
            return True
        if printer.printerState() == QPrinter.PrinterState.Aborted:
            context.notify(translate("Printing", "Printing cancelled; the pages already sent may still print"))
            return False
        place, name = _destination(printer)
        if place == "file":
            words = translate("Printing", "Printed the PDF summary to {file} (%n page(s))", None, printed)
        elif place == "printer":
            words = translate("Printing", "Printed the PDF summary on {printer} (%n page(s))", None, printed)
        else:
            words = translate("Printing", "Printed the PDF summary (%n page(s))", None, printed)
        context.notify(words.format(file=name, printer=name))
        return True

    # -- questions and effects (tests replace these) -------------------------------

    def ask_printer(self, printer: QPrinter, *, pages: int) -> QPrinter | None:
        """Qt's print dialog on ``printer`` (set for the job already); the printer as configured, or None."""
        dialog = QPrintDialog(printer, self.context.dialog_parent)
        dialog.setWindowTitle(
            translate("Printing", "Print the map") if pages == 1 else translate("Printing", "Print the PDF summary")
        )
        if pages > 1:
            dialog.setMinMax(1, pages)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, pages > 1)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def ask_summary_options(self, summaries: list[VersionSummary]) -> SummaryChoice | None:
        return ask_summary_options(self.exporter, summaries)

    def run_preview(self, dialog: QPrintPreviewDialog) -> None:
        dialog.exec()


def _failure(printer: QPrinter, error: PrintError) -> str:
    """What went wrong, naming the file or the printer."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        if error.page is None:
            words = translate(
                "Printing", 'The PDF file "{file}" could not be started: is its folder there, and may you write in it?'
            )
        else:
            words = translate(
                "Printing",
                'The PDF file "{file}" stopped before page {page}: is its folder there, and may you write in it?',
            )
        return words.format(file=printer.outputFileName(), page=error.page)
    name = printer.printerName()
    if name and error.page is None:
        words = translate("Printing", "The printer '{printer}' could not be started.")
    elif name:
        words = translate("Printing", "The printer '{printer}' stopped before page {page}.")
    elif error.page is None:
        words = translate("Printing", "The printer could not be started.")
    else:
        words = translate("Printing", "The printer stopped before page {page}.")
    return words.format(printer=name, page=error.page)


def _destination(printer: QPrinter) -> tuple[Literal["file", "printer", ""], str]:
    """Where the pages went, for the status bar: ("file", "summary.pdf"), ("printer", "Office laser") or ("", "")."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return ("file", Path(printer.outputFileName()).name) if printer.outputFileName() else ("", "")
    return ("printer", printer.printerName()) if printer.printerName() else ("", "")
