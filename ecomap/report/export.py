"""Making the PDF summary of a case: the one public entry point, for the command line and the editor alike.

reportlab and networkx are imported when a summary is made, not when this
module is, so the editor can import it at start-up for free. The PDF is
built in memory and written atomically (temporary file, fsync, rename): a
failed or cancelled export leaves no file, and an existing file at the same
path is replaced whole or not at all. :func:`summary_bytes` gives the same
PDF without writing any file (the editor prints from it: no temporary file
ever holds a summary in the clear, not even for a protected case).

The document information names no one: title "Ecomap summary", author
"Ecomap", no client name and no case reference (a reference is an
identifier; file managers and search indexes show metadata without opening
the file). The reference is printed on the pages, as a case file needs. The
title and subject are in the summary's language, as its pages are (fixed
words, never a name); the keywords stay English, for searching across cases.
"""

import contextlib
import io
import os
from collections.abc import Callable
from pathlib import Path

from ecomap.atomic import write_atomic
from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.case import Case
from ecomap.report.options import ReportError, ReportOptions, check_marking, printed_marking

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while a summary is made; raise from it to cancel."""

TITLE = QT_TRANSLATE_NOOP("PdfExport", "Ecomap summary")
SUBJECT = QT_TRANSLATE_NOOP("PdfExport", "Ecomap summary: a client's network and how it changed over time")
"""The document information's title and subject, translated when a summary is made."""
KEYWORDS = ["ecomap", "social capital", "summary"]  # not user text: search tags, English in every language


def export_pdf(
    case: Case,
    output: str | os.PathLike[str],
    options: ReportOptions | None = None,
    progress: Progress | None = None,
    warn: Callable[[str], None] | None = None,
) -> Path:
    """Write the PDF summary of ``case`` to ``output``; returns the path written.

    ``case`` holds every version (numbered from 1 as saved); ``options``
    chooses which of them to include and how (see :class:`ReportOptions`).
    ``progress`` is called with (done, total) as the work goes on, from the
    calling thread, ending with (total, total) once the file is written; an
    exception raised from it before then stops the export, writing nothing (the
    last call comes too late to stop anything: what it raises is ignored). ``warn``
    is told, in one line, of anything the summary cannot show as typed (characters
    the bundled font lacks); the summary is made all the same. Raises
    :class:`ReportError` (one line naming ``output``) if the summary cannot
    be made or written; nothing is written then either.
    """
    target = Path(output)
    check_target(target)
    try:
        data, steps = _made(case, options or ReportOptions(), progress, warn)
    except ReportError as error:
        raise ReportError(target, error.message) from None
    try:
        write_atomic(target, data)
    except OSError as error:
        raise ReportError(target, cannot_be_written(error)) from None
    steps.finish()
    return target


def summary_bytes(
    case: Case,
    options: ReportOptions | None = None,
    progress: Progress | None = None,
    warn: Callable[[str], None] | None = None,
) -> bytes:
    """The PDF summary of ``case`` as :func:`export_pdf` writes it, but in memory only: no file is written,
    not even a temporary one. ``progress`` and ``warn`` are as there (the last call, (total, total), comes
    once the bytes are made); :class:`ReportError` (naming no file) if the summary cannot be made."""
    data, steps = _made(case, options or ReportOptions(), progress, warn)
    steps.finish()
    return data


def _made(
    case: Case, options: ReportOptions, progress: Progress | None, warn: Callable[[str], None] | None
) -> tuple[bytes, "_Steps"]:
    """The summary's bytes and the steps counted so far (all but the last)."""
    from ecomap.report.content import choose_numbers

    marking = check_marking(options.marking)
    numbers = choose_numbers(len(case.versions), options.versions)
    steps = _Steps(2 * len(numbers) + 3, progress)
    steps.start()
    return build_pdf(case, options, marking, steps.step, warn or (lambda _message: None)), steps


class _Steps:
    """Counts the work done and reports it, never reaching the total before the file is written."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress = total, 0, progress

    def start(self) -> None:
        """Report (0, total) at once, before the slow imports, so a progress bar shows straight away."""
        if self.progress:
            self.progress(0, self.total)

    def step(self) -> None:
        self.done = min(self.done + 1, self.total - 1)
        if self.progress:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        """Report (total, total): the file is written, so nothing can be stopped any more."""
        if self.progress:
            with contextlib.suppress(Exception):
                self.progress(self.total, self.total)


def build_pdf(
    case: Case,
    options: ReportOptions,
    marking: str,
    step: Callable[[], None] = lambda: None,
    warn: Callable[[str], None] = lambda _message: None,
) -> bytes:
    """The bytes of the summary (nothing written to disk); ``step`` is called as each part is done,
    ``warn`` with what cannot be shown as typed."""
    _configure_reportlab()

    from ecomap.model.dates import written_date
    from ecomap.report import change_page, page_furniture, pages, plan_section, sections
    from ecomap.report.content import prepare, printed_texts
    from ecomap.report.document import page_document, warn_about_text
    from ecomap.report.fonts import register_fonts

    register_fonts()
    step()
    content = prepare(case, options, step=step)
    texts = list(printed_texts(content))
    warn_about_text(texts, warn, assets=False)
    furniture = page_furniture.Furniture(
        marking=printed_marking(marking),
        reference=content.details.reference,
        generated=written_date(content.generated_on),
        versions=[(v.number, v.version.label, v.version.date) for v in content.included],
    )
    buffer = io.BytesIO()
    document = page_document(
        buffer,
        paper=options.paper,
        invariant=options.invariant,
        title=translate("PdfExport", TITLE),
        subject=translate("PdfExport", SUBJECT),
        keywords=KEYWORDS,
    )
    width, height = document.width, document.height
    story = pages.first_page(content, width, height, len(case.versions))
    story += change_page.second_page(content, width)
    story += plan_section.plan_and_review(content, width)
    story += sections.earlier_maps(content, width, step)
    story += sections.relationship_table(content, width)
    story += sections.notes_section(content)
    story += sections.sign_off(content, width)
    step()
    document.build(story, canvasmaker=page_furniture.numbered_canvas(furniture))
    step()
    return buffer.getvalue()


def _configure_reportlab() -> None:
    """Settings for speed, made before reportlab's drawing modules are imported.

    Shape checking validates every attribute of every shape as it is set
    (a third of the time of a 60-node map); our shapes are made by our own
    code and tested. Without ASCII85, streams are stored as compressed binary:
    smaller and quicker to write. Both settings are process-wide; nothing else
    in Ecomap uses reportlab.
    """
    from reportlab import rl_config

    rl_config.shapeChecking = 0
    rl_config.useA85 = 0


def check_target(target: Path) -> None:
    """A :class:`ReportError` naming ``target`` if no file can be written there (the case and cohort summaries)."""
    if target.is_dir():
        raise ReportError(target, translate("PdfExport", "is a folder"))
    if not target.parent.is_dir():
        raise ReportError(target, translate("PdfExport", "its folder does not exist"))


def cannot_be_written(error: OSError) -> str:
    """Why the summary's file could not be written, in words."""
    return translate("PdfExport", "cannot be written ({reason})").format(reason=error.strerror or error)
