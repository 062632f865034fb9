"""File > Export PDF summary…: the options, where to save, a progress bar, and opening the PDF when done.

The summary is made by :func:`ecomap.report.export.export_pdf`, the same
code as ``ecomap export CASE -o OUT.pdf``, from the case's saved versions
(the working draft is not a version and is not included). The versions are
read once, on the window's thread, into a snapshot that nothing else touches;
the PDF is made from that snapshot on a worker thread behind a window-modal
progress bar with Cancel. Meanwhile the view state says the window is busy:
editing, opening, closing and another export wait. A cancelled or failed
export writes nothing.
"""

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ecomap.casefile.versions_table import VersionSummary
from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.pseudonymise import reference_pseudonym
from ecomap.report.options import DEFAULT_MARKING, MAX_MARKING_LENGTH, Paper, ReportOptions, printed_marking
from ecomap.ui.background_work import Cancelled, Progress, run_in_background
from ecomap.ui.context import EditorContext
from ecomap.ui.file_words import file_stem
from ecomap.ui.files import FILE_ERRORS
from ecomap.ui.panels.controls import plain_label
from ecomap.ui.plaintext_note import plaintext_note
from ecomap.ui.pseudonymise_choices import pseudonymise_choices
from ecomap.ui.version_checklist import ticked_numbers, version_checklist, version_rows

MARKING_KEY, PAPER_KEY, OPEN_KEY = "pdf/marking", "pdf/paper", "pdf/open_when_done"
"""Settings remembered between exports (never anything about a client)."""


class ExportCancelled(Exception):
    """The user pressed Cancel on the progress bar."""


@dataclass(frozen=True, slots=True)
class PdfChoices:
    """What the options dialog asked for."""

    options: ReportOptions
    open_when_done: bool


class PdfOptionsDialog(QDialog):
    """Which versions, pseudonymised or not, the marking, the paper, and whether to open the PDF
    (for a protected case, with a note that the PDF will not be protected)."""

    def __init__(
        self,
        parent: QWidget | None,
        summaries: list[VersionSummary],
        *,
        marking: str,
        paper: Paper,
        open_when_done: bool,
        draft_unsaved: bool,
        protected: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PdfExport", "Export PDF summary"))
        self.versions = version_checklist(version_rows(summaries))
        self.versions.itemChanged.connect(lambda _item: self._update())

        self.pseudonymise, self.keep_notes, self.keep_reference = pseudonymise_choices("Print")
        self.marking = QLineEdit(marking)
        self.marking.setMaxLength(MAX_MARKING_LENGTH)
        self.marking.setPlaceholderText(translate("PdfExport", "none"))
        self.marking.setAccessibleName(translate("PdfExport", "Protective marking"))
        self.paper = QComboBox()
        self.paper.setAccessibleName(translate("PdfExport", "Paper size"))
        for value, text in (
            (Paper.A4, translate("PdfExport", "A4")),
            (Paper.LETTER, translate("PdfExport", "US Letter")),
        ):
            self.paper.addItem(text, value)
        self.paper.setCurrentIndex(self.paper.findData(paper))
        self.open_when_done = QCheckBox(translate("PdfExport", "Open the PDF when it is done"))
        self.open_when_done.setChecked(open_when_done)

        form = QFormLayout()
        form.addRow(translate("PdfExport", "Protective marking"), self.marking)
        form.addRow(translate("PdfExport", "Paper"), self.paper)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            translate("PdfExport", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate("PdfExport", "Versions to include"), bold=True))
        layout.addWidget(self.versions)
        self.draft_note = plain_label(
            translate(
                "PdfExport",
                "The working draft has changes not saved as a version: the summary shows saved versions only.",
            )
        )
        self.draft_note.setVisible(draft_unsaved)
        layout.addWidget(self.draft_note)
        layout.addWidget(self.pseudonymise)
        layout.addWidget(self.keep_notes)
        layout.addWidget(self.keep_reference)
        layout.addLayout(form)
        layout.addWidget(self.open_when_done)
        self.plaintext_note = plaintext_note("pdf", protected=protected)
        if self.plaintext_note is not None:
            layout.addWidget(self.plaintext_note)
        layout.addWidget(self.buttons)
        self._update()

    def chosen_numbers(self) -> tuple[int, ...]:
        return ticked_numbers(self.versions)

    def choices(self) -> PdfChoices:
        numbers = self.chosen_numbers()
        everything = len(numbers) == self.versions.count()
        return PdfChoices(
            ReportOptions(
                versions=None if everything else numbers,
                pseudonymise=self.pseudonymise.isChecked(),
                keep_notes=self.pseudonymise.isChecked() and self.keep_notes.isChecked(),
                keep_reference=self.pseudonymise.isChecked() and self.keep_reference.isChecked(),
                marking=self.marking.text().strip(),
                paper=Paper(self.paper.currentData()),
            ),
            self.open_when_done.isChecked(),
        )

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.chosen_numbers()))


class PdfExporter:
    """The editor's PDF export; the questions it asks are methods tests replace."""

    BUSY = QT_TRANSLATE_NOOP("PdfExport", "Making the PDF summary")

    def __init__(self, context: EditorContext) -> None:
        self.context = context

    def export(self) -> Path | None:
        """Ask, export with a progress bar, then open the PDF if asked. The path written, or None."""
        context = self.context
        if context.view_state.busy:
            context.notify(translate("PdfExport", "{task} is still going on").format(task=context.view_state.busy))
            return None
        case = context.case
        summaries = case.summaries() if case.path is not None else []
        if not summaries:
            context.show_error(
                translate("PdfExport", "There is no saved version to summarise yet."),
                translate(
                    "PdfExport",
                    "Save the map as a version first (File > Save version…); the summary shows saved versions.",
                ),
            )
            return None
        choices = self.ask_options(summaries)
        if choices is None:
            return None
        settings = context.settings
        settings.setValue(MARKING_KEY, choices.options.marking)
        settings.setValue(PAPER_KEY, choices.options.paper.value)
        settings.setValue(OPEN_KEY, choices.open_when_done)
        suggested = case.path.parent if case.path is not None else Path.home()
        options = choices.options
        details = case.details
        if options.pseudonymise and not options.keep_reference:  # the file name is seen too
            details = replace(details, reference=reference_pseudonym(details.reference))
        name = translate("PdfExport", "{name} summary {date}").format(
            name=file_stem(details), date=dt.date.today().isoformat()
        )
        path = self.ask_path(str(suggested / f"{name}.pdf"))
        if path is None:
            return None
        written = self._run(Path(path), choices.options)
        if written is None:
            return None
        context.notify(translate("PdfExport", "Exported the PDF summary to {file}").format(file=written.name))
        if choices.open_when_done:
            self.open_file(written)
        return written

    def _run(self, path: Path, options: ReportOptions) -> Path | None:
        from ecomap.report.export import export_pdf

        context = self.context
        try:
            snapshot = context.case.full_case()  # decoded once, here: the worker reads only this
        except FILE_ERRORS as error:
            context.show_error(translate("PdfExport", "The PDF summary was not made."), str(error))
            return None
        warnings: list[str] = []

        def work(progress: Progress) -> Path:
            def report(done: int, total: int) -> None:
                if not progress(done, total):
                    raise ExportCancelled

            return export_pdf(snapshot, path, options, progress=report, warn=warnings.append)

        context.view_state.begin_busy(translate("PdfExport", self.BUSY))
        try:
            written = run_in_background(
                context.dialog_parent,
                translate("PdfExport", "Export PDF summary"),
                translate("PdfExport", "Making the PDF summary…"),
                work,
                show_after_ms=0,
            )
        except (Cancelled, ExportCancelled):
            context.notify(translate("PdfExport", "PDF export cancelled; nothing was written"))
            return None
        except FILE_ERRORS as error:
            context.show_error(translate("PdfExport", "The PDF summary was not made."), str(error))
            return None
        finally:
            context.view_state.end_busy()
        for warning in warnings:
            made = translate("PdfExport", "{file} was made, but not everything prints as typed.")
            context.show_error(made.format(file=written.name), warning)
        return written

    # -- questions and effects (tests replace these) -------------------------------

    def ask_options(self, summaries: list[VersionSummary]) -> PdfChoices | None:
        dialog = self.options_dialog(summaries)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choices()

    def options_dialog(self, summaries: list[VersionSummary]) -> PdfOptionsDialog:
        """The options dialog, with the marking, paper and opening remembered from last time
        (File > Print PDF summary… asks with it too)."""
        settings = self.context.settings
        return PdfOptionsDialog(
            self.context.dialog_parent,
            summaries,
            marking=str(settings.value(MARKING_KEY, printed_marking(DEFAULT_MARKING))),
            paper=_paper(settings.value(PAPER_KEY, Paper.A4.value)),
            open_when_done=str(settings.value(OPEN_KEY, "true")).lower() == "true",
            draft_unsaved=self.context.modified,
            protected=self.context.case.protected,
        )

    def ask_path(self, suggested: str) -> str | None:
        path, _chosen = QFileDialog.getSaveFileName(
            self.context.dialog_parent,
            translate("PdfExport", "Export PDF summary"),
            suggested,
            translate("Files", "PDF (*.pdf)"),
        )
        if not path:
            return None
        return path if path.lower().endswith(".pdf") else path + ".pdf"

    def open_file(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            no_reader = translate("PdfExport", "Exported {file}, but no program here opens PDF files")
            self.context.notify(no_reader.format(file=path.name))


def _paper(value: object) -> Paper:
    """The remembered paper size, A4 if the setting holds anything else."""
    try:
        return Paper(str(value))
    except ValueError:
        return Paper.A4
