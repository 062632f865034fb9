"""File > Print map…, Print preview… and Print PDF summary… in the real window, printed for real into PDF files."""

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ecomap.model.case import CaseDetails
from ecomap.model.dates import written_date
from ecomap.model.drawing import PAPER
from ecomap.model.elements import Node
from ecomap.model.notation import CAPITAL_COLOURS
from ecomap.report import export
from ecomap.report.export import export_pdf
from ecomap.report.options import DEFAULT_MARKING, ReportOptions
from ecomap.ui.main_window import MainWindow
from ecomap.ui.open_case import OpenCase
from ecomap.ui.printing_summary import SummaryChoice
from tests.ui.test_files import on_next_modal

TODAY = written_date(dt.date.today().isoformat())


class Printers:
    """The person at the print dialog: every job goes to a PDF file in the test's folder (or is cancelled)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, window: MainWindow, folder: Path) -> None:
        self.folder = folder
        self.asked: list[tuple[QPrinter, int]] = []
        self.files: list[Path] = []
        self.errors: list[tuple[str, str]] = []
        self.cancel = False
        self.then: Callable[[QPrinter], None] = lambda _printer: None
        """What else the person sets in the dialog (a page range)."""
        self.seen_while_asked: list[tuple[str, list[Path]]] = []
        """The window's busy state and the temporary folder's contents while the dialog was up."""
        self.temporary = folder / "temporary"
        """The temporary folder of this process (Python's and Qt's) while the test runs: nothing may land there."""
        self.temporary.mkdir()
        monkeypatch.setattr(tempfile, "tempdir", str(self.temporary))
        monkeypatch.setenv("TMPDIR", str(self.temporary))
        monkeypatch.setattr(window.printing, "ask_printer", self.ask)
        monkeypatch.setattr(
            window.context, "show_error", lambda headline, detail: self.errors.append((headline, detail))
        )
        self.window = window

    def ask(self, printer: QPrinter, *, pages: int) -> QPrinter | None:
        self.asked.append((printer, pages))
        self.seen_while_asked.append((self.window.view_state.busy, sorted(self.temporary.rglob("*"))))
        if self.cancel:
            return None
        path = self.folder / f"printed-{len(self.files) + 1}.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self.then(printer)
        self.files.append(path)
        return printer


@pytest.fixture
def printers(monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path) -> Printers:
    return Printers(monkeypatch, window, tmp_path)


def page_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages).split())


def page_image(path: Path, index: int = 0, dpi: int = 60) -> QImage:
    """One printed page as pixels, drawn by pdfium (as pdftoppm -r 60 would)."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
        return QImage(
            bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
        ).copy()
    finally:
        document.close()


def colours_in(image: QImage) -> set[str]:
    return {image.pixelColor(x, y).name().upper() for x in range(0, image.width(), 2) for y in range(image.height())}


def near(colours: set[str], wanted: str, tolerance: int = 24) -> bool:
    """Whether some pixel is ``wanted`` (antialiasing and PDF rendering move colours a little)."""
    target = QColor(wanted)
    return any(
        max(abs(c.red() - target.red()), abs(c.green() - target.green()), abs(c.blue() - target.blue())) <= tolerance
        for c in map(QColor, colours)
    )


# -- the map ---------------------------------------------------------------------------------------


def test_print_map_from_the_file_menu_prints_the_map_its_legend_and_a_caption(
    window: MainWindow, printers: Printers
) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    [action] = [a for a in file_menu.actions() if a.text() == "Print &map…"]
    assert action.shortcut() == QKeySequence("Ctrl+P")
    action.trigger()

    assert printers.errors == []
    [(_printer, pages)] = printers.asked
    assert pages == 1
    [printed] = printers.files
    reader = pypdf.PdfReader(printed)
    assert len(reader.pages) == 1
    text = page_text(printed)
    details = window.case.details
    assert f"{details.client} · Case {details.reference}" in text
    assert "Working draft (not saved as a version)" in text
    assert f"Worker: {details.worker}" in text
    assert f"Printed {TODAY}" in text
    assert text.count(DEFAULT_MARKING) == 2, "the protective marking top and bottom"
    for words in ("Kind of tie", "Bonding (B)", "Organisation", "Mate Tomás", "Probation officer"):
        assert words in text
    assert reader.metadata is not None
    assert details.client not in str(dict(reader.metadata)), "the PDF's metadata names no one"
    assert reader.metadata.title == "Ecomap map"

    colours = colours_in(page_image(printed))
    assert len(colours) > 50, "a map, not a blank page"
    for capital in CAPITAL_COLOURS.values():
        assert near(colours, capital), f"no tie drawn in {capital}"
    assert window.status_message.text() == f"Printed the map to {printed.name}"
    assert window.view_state.busy == ""


def test_the_map_fits_inside_the_margins_of_the_page(window: MainWindow, printers: Printers) -> None:
    assert window.printing.print_map()
    [printed] = printers.files
    image = page_image(printed, dpi=72)
    paper = QColor(PAPER)
    inked = [(x, y) for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y) != paper]
    margin = 12 / 25.4 * 72 - 2  # 12 mm in points (pixels at 72 dpi), less two pixels of antialiasing
    assert min(x for x, _ in inked) >= margin
    assert min(y for _, y in inked) >= margin
    assert max(x for x, _ in inked) <= image.width() - margin
    assert max(y for _, y in inked) <= image.height() - margin
    # and it fills the page: ink reaches near the margins on both sides
    assert max(x for x, _ in inked) - min(x for x, _ in inked) > 0.9 * (image.width() - 2 * margin)


def test_a_saved_version_being_viewed_is_what_prints(window: MainWindow, printers: Printers) -> None:
    window.history.show(2)
    only_in_version_2 = "Old crowd (estate)"
    assert window.printing.print_map()
    text = page_text(printers.files[0])
    assert "Version 2: 3-month review, 13 Apr 2026" in text
    assert only_in_version_2 in text
    assert "Working draft" not in text
    window.history.show(None)
    assert window.printing.print_map()
    assert only_in_version_2 not in page_text(printers.files[1])


def test_a_wide_map_prints_across_a_landscape_page(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[[OpenCase], MainWindow], tmp_path: Path
) -> None:
    case = OpenCase.new_unsaved(CaseDetails(client="Ana Lima"))
    case.map.add_node(Node("east", "Aunt far east", x=1400.0, y=0.0))
    case.map.add_node(Node("west", "Cousin far west", x=-1400.0, y=0.0))
    window = make_window(case)
    printers = Printers(monkeypatch, window, tmp_path)
    assert window.printing.print_map()
    page = pypdf.PdfReader(printers.files[0]).pages[0]
    width, height = (float(v) for v in page.mediabox.upper_right)
    assert width > height
    text = page_text(printers.files[0])
    assert "Aunt far east" in text
    assert "Cousin far west" in text
    assert text.startswith("OFFICIAL-SENSITIVE Ana Lima")
    assert "Working draft" in text


def test_cancelling_the_print_dialog_prints_nothing(window: MainWindow, printers: Printers) -> None:
    printers.cancel = True
    assert not window.printing.print_map()
    assert printers.files == []
    assert list(printers.folder.glob("*.pdf")) == []
    assert window.view_state.busy == ""


def test_a_printer_that_cannot_start_is_named_in_one_message(window: MainWindow, printers: Printers) -> None:
    target = printers.folder / "no such folder" / "map.pdf"
    printers.then = lambda printer: printer.setOutputFileName(str(target))
    assert not window.printing.print_map()
    [(headline, detail)] = printers.errors
    assert headline == "The map was not printed."
    assert str(target) in detail
    assert "\n" not in detail
    assert not target.exists()
    assert window.view_state.busy == ""


def test_nothing_prints_while_the_window_is_busy(window: MainWindow, printers: Printers) -> None:
    window.view_state.begin_busy("Making the PDF summary")
    assert not window.editor_actions["print_map"].isEnabled()
    assert not window.printing.print_map()
    assert not window.printing.print_summary()
    assert printers.asked == []
    assert window.status_message.text() == "Making the PDF summary is still going on"
    window.view_state.end_busy()


@pytest.mark.real_error_boxes
def test_the_print_dialog_is_qts_and_cancel_prints_nothing(qtbot: QtBot, window: MainWindow) -> None:
    """The seam's own dialog: Qt's print dialog, titled for the job, answered with Escape."""
    seen = on_next_modal(qtbot, lambda dialog: dialog.reject())
    assert not window.printing.print_map()
    [dialog] = seen
    assert isinstance(dialog, QPrintDialog)
    assert dialog.windowTitle() == "Print the map"
    assert not dialog.testOption(QPrintDialog.PrintDialogOption.PrintPageRange), "one page: no range to choose"


def test_print_preview_shows_the_maps_page(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[int, QImage]] = []

    def look(dialog: QPrintPreviewDialog) -> None:
        painted: list[QPrinter] = []
        dialog.paintRequested.connect(painted.append)
        dialog.show()
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        qtbot.waitUntil(lambda: preview.pageCount() == 1)
        shown.append((len(painted), preview.grab().toImage()))
        dialog.close()

    monkeypatch.setattr(window.printing, "run_preview", look)
    window.editor_actions["print_preview"].trigger()
    [(_painted, image)] = shown
    assert near(
        colours_in(image.scaled(image.width() // 2, image.height() // 2)), CAPITAL_COLOURS[next(iter(CAPITAL_COLOURS))]
    )


# -- the summary ---------------------------------------------------------------------------------------


def summary_pages(window: MainWindow, options: ReportOptions, folder: Path) -> int:
    """How many pages the summary has, made as the export makes it."""
    path = export_pdf(window.case.full_case(), folder / "exported.pdf", options)
    return len(pypdf.PdfReader(path).pages)


def test_print_pdf_summary_prints_every_page_and_keeps_no_copy(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, printers: Printers
) -> None:
    monkeypatch.setattr(window.printing, "ask_summary_options", lambda _summaries: SummaryChoice(ReportOptions()))
    made: list[list[Path]] = []
    finish = export._Steps.finish

    def look_then_finish(steps: "export._Steps") -> None:
        made.append(sorted(printers.temporary.rglob("*")))  # the summary is made, not yet drawn
        finish(steps)

    monkeypatch.setattr(export._Steps, "finish", look_then_finish)
    window.editor_actions["print_summary"].trigger()

    assert made == [[]], "the summary is made in memory: no file, not even a temporary one, holds it"
    assert printers.errors == []
    [(printer, pages)] = printers.asked
    expected = summary_pages(window, ReportOptions(), printers.folder)
    assert pages == expected
    [printed] = printers.files
    assert len(pypdf.PdfReader(printed).pages) == expected
    [(busy, temporary)] = printers.seen_while_asked
    assert busy == "Printing the PDF summary"
    assert temporary == [], "the summary is made in memory: no temporary file ever holds it"
    assert printer.fullPage()
    assert list(printers.temporary.iterdir()) == []
    first = colours_in(page_image(printed, 0))
    assert len(first) > 50, "the page is drawn, not blank"
    for capital in CAPITAL_COLOURS.values():
        assert near(first, capital), f"the first page's map has no {capital}"
    assert window.status_message.text() == f"Printed the PDF summary to {printed.name} ({expected} pages)"
    assert window.view_state.busy == ""


def test_a_page_range_prints_only_those_pages(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, printers: Printers
) -> None:
    monkeypatch.setattr(window.printing, "ask_summary_options", lambda _summaries: SummaryChoice(ReportOptions()))

    def pages_two_and_three(printer: QPrinter) -> None:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)

    printers.then = pages_two_and_three
    assert window.printing.print_summary()
    assert len(pypdf.PdfReader(printers.files[0]).pages) == 2
    assert window.status_message.text().endswith("(2 pages)")


def test_a_cancelled_summary_prints_nothing_and_keeps_no_copy(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, printers: Printers
) -> None:
    monkeypatch.setattr(window.printing, "ask_summary_options", lambda _summaries: SummaryChoice(ReportOptions()))
    printers.cancel = True
    assert not window.printing.print_summary()
    assert printers.files == []
    assert list(printers.temporary.iterdir()) == []
    assert window.view_state.busy == ""


def test_the_summary_can_be_previewed_page_by_page(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, printers: Printers
) -> None:
    options = ReportOptions(pseudonymise=True)
    monkeypatch.setattr(window.printing, "ask_summary_options", lambda _summaries: SummaryChoice(options, preview=True))
    counted: list[int] = []

    def look(dialog: QPrintPreviewDialog) -> None:
        dialog.show()
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=20_000)
        counted.append(preview.pageCount())
        assert list(printers.temporary.iterdir()) == []
        dialog.close()

    monkeypatch.setattr(window.printing, "run_preview", look)
    window.printing.print_summary()
    assert counted == [summary_pages(window, options, printers.folder)]
    assert printers.asked == [], "a preview prints only if asked to from the preview"
    assert window.view_state.busy == ""


def test_a_case_without_saved_versions_has_no_summary_to_print(window: MainWindow, printers: Printers) -> None:
    first = window.case
    window.context.set_case(OpenCase.new_unsaved())
    first.close()
    assert not window.printing.print_summary()
    [(headline, _detail)] = printers.errors
    assert headline == "There is no saved version to print a summary of yet."
    assert printers.asked == []


@pytest.mark.parametrize(("button", "preview"), [("Print…", False), ("Preview…", True)])
def test_the_summarys_options_are_the_exports_with_print_and_preview(
    qtbot: QtBot, window: MainWindow, button: str, preview: bool
) -> None:
    seen: list[QWidget] = []

    def answer(dialog: QWidget) -> None:
        seen.append(dialog)
        assert not dialog.open_when_done.isVisible()  # type: ignore[attr-defined]
        dialog.pseudonymise.setChecked(True)  # type: ignore[attr-defined]
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        [chosen] = [b for b in buttons.findChildren(QPushButton) if b.text() == button]
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    on_next_modal(qtbot, answer)
    choice = window.printing.ask_summary_options(window.case.summaries())
    assert seen[0].windowTitle() == "Print PDF summary"
    assert choice == SummaryChoice(ReportOptions(pseudonymise=True), preview=preview)
