"""File > Cohort summary…: which cases, where to save, the reading behind a progress bar with Cancel, and the PDF.

The same figures as ``ecomap cohort SOURCE -o OUT.pdf`` (design §16): the
first and latest version of every case in a folder of case files, or of
every case the login may see in the team store (a password asked on this
thread if the server wants one, used for that run only). The cases are read
and the PDF made on a worker thread behind a window-modal progress bar;
Cancel stops the reading at the next case and writes nothing. The PDF is
made beside its destination under a temporary name and put in place only
when done and not cancelled, so a cancelled or failed run leaves no file
(and a file it would have replaced as it was). Afterwards the status line
says how many cases were read and how many files skipped; a message lists
the skipped files with their reasons. No name of a client is logged: the
status line and the message are all this says, and only to the user.
"""

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.store.connecting import STORE_PREFIX, without_password
from ecomap.ui.background_work import Cancelled, Progress, run_in_background
from ecomap.ui.cohort_dialog import STORE, CohortChoices, ask_cohort_choices
from ecomap.ui.context import EditorContext
from ecomap.ui.dialogs import message_box, one_line
from ecomap.ui.files import FILE_ERRORS
from ecomap.ui.recent_cases import LAST_FOLDER_KEY
from ecomap.ui.store_dialog import STORE_KEY, ask_store_password, connect_asking

if TYPE_CHECKING:
    from ecomap.model.cohort import CohortSummary
    from ecomap.store.cohort_reading import CohortRead

SKIPPED_SHOWN = 3
"""Skipped files named in an error's one line before saying how many more."""


class CohortCancelled(Exception):
    """The user pressed Cancel while the cases were read."""


@dataclass(frozen=True, slots=True)
class CohortOutcome:
    """What a run did: the cases read and skipped, and the PDF written (None if no case could be read)."""

    read: "CohortRead"
    written: Path | None


class CohortSummaryMaker:
    """The editor's cohort summary; the questions it asks are methods tests replace."""

    BUSY = QT_TRANSLATE_NOOP("CohortSummary", "Making the cohort summary")
    """What the window is busy with (translated where it is shown)."""

    def __init__(self, context: EditorContext) -> None:
        self.context = context

    def make(self) -> Path | None:
        """Ask, read the cases and write the PDF behind a progress bar, say what happened, open the PDF if
        asked. The path written, or None."""
        context = self.context
        if context.view_state.busy:
            context.notify(translate("CohortSummary", "{task} is still going on").format(task=context.view_state.busy))
            return None
        choices = self.ask_choices()
        if choices is None:
            return None
        store = ""
        if choices.source == STORE:
            store = self._reach_store(choices.store)
            if not store:
                return None
            sources = [STORE_PREFIX]
        else:
            sources = [choices.folder]
        name = translate("CohortSummary", "Cohort summary {date}.pdf").format(date=dt.date.today())
        path = self.ask_path(str(_suggested_folder(choices, context) / name))
        if path is None:
            return None
        outcome = self._run(sources, store, choices, Path(path))
        if outcome is None:
            return None
        return self._tell(outcome, choices)

    def _reach_store(self, url: str) -> str:
        """The connection string that reaches the store (with a password typed now, in memory only), or ""
        after saying why not (or if the password was cancelled). The string is remembered without a password."""
        store, reached, problem = connect_asking(url, self.context.dialog_parent, self._asking_password)
        if store is None:
            if problem:
                self.context.show_error(translate("CohortSummary", "The cohort summary was not made."), problem)
            return ""
        store.close()
        self.context.settings.setValue(STORE_KEY, without_password(url))
        return reached

    def _run(self, sources: list[str], store: str, choices: CohortChoices, path: Path) -> CohortOutcome | None:
        from ecomap.model.cohort import summarise
        from ecomap.store.cohort_reading import read_cohort

        warnings: list[str] = []

        def work(progress: Progress) -> CohortOutcome:
            files = {"total": 0}

            def told(done: int, total: int) -> None:
                """Files read so far, and the PDF as one more step; Cancel stops the reading here."""
                files["total"] = total
                if not progress(done, total + 1):
                    raise CohortCancelled

            told(0, 0)
            read = read_cohort(sources, passphrase=choices.passphrase, store=store or None, progress=told)
            told(files["total"], files["total"])  # a Cancel during the last file, or the store's reading
            if not read.cases:
                return CohortOutcome(read, None)
            summary = summarise(read.cases, read.skipped, min_count=choices.min_count)
            _write_pdf(summary, path, lambda: progress(files["total"] + 1, files["total"] + 1), warnings.append)
            return CohortOutcome(read, path)

        context = self.context
        context.view_state.begin_busy(translate("CohortSummary", self.BUSY))
        try:
            outcome = run_in_background(
                context.dialog_parent,
                translate("CohortSummary", "Cohort summary"),
                translate("CohortSummary", "Reading the cases for the cohort summary…"),
                work,
                show_after_ms=0,
            )
        except (Cancelled, CohortCancelled):
            context.notify(translate("CohortSummary", "Cohort summary cancelled; nothing was written"))
            return None
        except FILE_ERRORS as error:
            context.show_error(translate("CohortSummary", "The cohort summary was not made."), one_line(str(error)))
            return None
        finally:
            context.view_state.end_busy()
        for warning in warnings:
            made = translate("CohortSummary", "{file} was made, but not everything prints as typed.")
            context.show_error(made.format(file=path.name), warning)
        return outcome

    def _tell(self, outcome: CohortOutcome, choices: CohortChoices) -> Path | None:
        """The status line and, when files were skipped or nothing was read, a message listing them."""
        read, written = outcome.read, outcome.written
        skipped = [(_shown_source(s["source"], choices), s["reason"]) for s in read.skipped]
        skipped_count, read_count = len(skipped), len(read.cases)  # (a plain name: lupdate reads no call here)
        skipped_words = (
            translate("CohortSummary", "%n file(s) skipped", None, skipped_count)
            if skipped
            else translate("CohortSummary", "no file skipped")
        )
        details = "\n".join(f"{source}: {reason}" for source, reason in skipped)
        if written is None:
            if skipped:
                nothing = translate("CohortSummary", "No cohort summary: no case could be read ({skipped})")
                self.context.notify(nothing.format(skipped=skipped_words))
            else:
                self.context.notify(
                    translate("CohortSummary", "No cohort summary: no case could be read (no case files found)")
                )
            self.show_result(
                True,
                translate("CohortSummary", "No cohort summary was made: no case could be read."),
                translate("CohortSummary", "Show Details to see each file skipped and why.")
                if skipped
                else translate("CohortSummary", "No case files were found there."),
                details,
            )
            return None
        words = {
            "file": written.name,
            "cases": translate("CohortSummary", "%n case(s) read", None, read_count),
            "skipped": skipped_words,
        }
        self.context.notify(
            translate("CohortSummary", "Cohort summary written to {file}: {cases}, {skipped}").format(**words)
        )
        if skipped:
            self.show_result(
                False,
                translate("CohortSummary", "The cohort summary was written to {file}: {cases}, {skipped}.").format(
                    **words
                ),
                translate(
                    "CohortSummary", "The skipped files are not in the figures. Show Details to see each one and why."
                ),
                details,
            )
        if choices.open_when_done:
            self.open_file(written)
        return written

    # -- questions and effects (tests replace these) -------------------------------

    def ask_choices(self) -> CohortChoices | None:
        return ask_cohort_choices(self.context.dialog_parent, self.context.settings)

    def ask_path(self, suggested: str) -> str | None:
        parent, title = self.context.dialog_parent, translate("CohortSummary", "Cohort summary")
        path, _chosen = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")  # not user text
        if not path:
            return None
        return path if path.lower().endswith(".pdf") else path + ".pdf"

    def ask_password(self, store: str, attempt: int, parent: QWidget | None = None) -> str | None:
        """This login's password on ``store`` (try ``attempt``, from 1), or None if cancelled."""
        return ask_store_password(parent or self.context.dialog_parent, store, attempt)

    def _asking_password(self, parent: QWidget | None, store: str, attempt: int) -> str | None:
        return self.ask_password(store, attempt, parent)

    def show_result(self, failed: bool, headline: str, informative: str, details: str) -> None:
        """A message box with the skipped files, one a line, behind its Show Details button."""
        icon = QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information
        box = message_box(self.context.dialog_parent, icon, headline, informative)
        box.setObjectName("cohortResult")
        if details:
            box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def open_file(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.context.notify(
                translate("CohortSummary", "Wrote {file}, but no program here opens PDF files").format(file=path.name)
            )


def _write_pdf(
    summary: "CohortSummary", path: Path, still_wanted: Callable[[], bool], warn: Callable[[str], None]
) -> None:
    """The PDF of ``summary`` at ``path``, made under a hidden temporary name beside it and moved into place
    only if ``still_wanted()``; otherwise (and on failure) nothing is left. An error names ``path``."""
    from ecomap.report.cohort_pdf import export_cohort_pdf
    from ecomap.report.options import ReportError

    unfinished = path.with_name(f".{path.stem}.unfinished.pdf")
    try:
        try:
            export_cohort_pdf(summary, unfinished, warn=warn)
        except ReportError as error:
            raise ReportError(path, error.message) from None
        if not still_wanted():
            raise CohortCancelled
        os.replace(unfinished, path)
    finally:
        unfinished.unlink(missing_ok=True)


def _suggested_folder(choices: CohortChoices, context: EditorContext) -> Path:
    """Where the PDF is suggested: beside the folder of cases (not among them), else the last folder used."""
    if choices.folder:
        return Path(choices.folder).parent
    return Path(str(context.settings.value(LAST_FOLDER_KEY, "") or Path.home()))


def _shown_source(source: str, choices: CohortChoices) -> str:
    """A skipped file as the message names it: within the folder chosen, else as given."""
    if choices.folder:
        try:
            return str(Path(source).relative_to(choices.folder))
        except ValueError:
            pass
    return source
