"""The cohort PDF's page furniture and the words it repeats: the cohort in a line, its period, counts of cases.

Every word is in the language the PDF is made in, translated as each page is
drawn (the furniture is drawn once the page count is known, at the end of
the build). None of it names a client, a worker or a source file.
"""

from dataclasses import dataclass
from typing import Any

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.cohort import CohortSummary
from ecomap.model.dates import written_date
from ecomap.report import page_furniture
from ecomap.report.fonts import BOLD, MUTED, REGULAR, TEXT

TITLE = QT_TRANSLATE_NOOP("PdfCohort", "Ecomap cohort summary")
SUBJECT = QT_TRANSLATE_NOOP(
    "PdfCohort", "Ecomap cohort summary: how clients' ties and community assets changed across a cohort"
)
"""The document information's title and subject, and the running head (translated where used)."""


@dataclass(frozen=True, slots=True)
class CohortFurniture(page_furniture.Furniture):
    """The case summary's page furniture with the cohort's words where a case's reference and versions go."""

    line: str = ""
    """The cohort in a line, for the foot of every page."""

    def draw(self, canvas: Any, page: int, pages: int) -> None:
        width, height = canvas._pagesize
        small, left, right = page_furniture.SMALL_SIZE, page_furniture.MARGIN_X, width - page_furniture.MARGIN_X
        below = page_furniture.BOTTOM_SPACE
        canvas.saveState()
        canvas.setFillColor(TEXT)
        canvas.setFont(BOLD, page_furniture.MARKING_SIZE)
        if self.marking:
            canvas.drawCentredString(width / 2, height - 22, self.marking)
            canvas.drawCentredString(width / 2, 16, self.marking)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, small)
        canvas.drawString(left, height - 36, translate("PdfCohort", TITLE))
        canvas.drawRightString(right, height - 36, page_furniture.generated_words(self.generated))
        canvas.setStrokeColor(page_furniture.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, height - 40, right, height - 40)
        canvas.line(left, below - 10, right, below - 10)
        number = page_furniture.page_words(page, pages)
        canvas.setFillColor(TEXT)
        canvas.setFont(BOLD, small + 0.5)
        canvas.drawRightString(right, below - 21, number)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, small)
        canvas.drawString(left, below - 21, self.line)
        canvas.restoreState()


def cohort_line(summary: CohortSummary) -> str:
    """``"Cohort of 11 cases · 12 Jan 2026 to 3 Aug 2026"``."""
    cases = summary.cases  # a plain name: pyside6-lupdate finds no plural whose count is an expression
    cohort = translate("PdfCohort", "Cohort of %n case(s)", None, cases)
    period = period_words(summary.period)
    return cohort + (f" · {period}" if period else "")


def period_words(period: tuple[str, str]) -> str:
    """``("2026-01-12", "2027-03-03")`` as "12 Jan 2026 to 3 Mar 2027"; "" when no dates are known."""
    start, end = period
    if not start:
        return ""
    if start == end:
        return written_date(start)
    return translate("PdfCohort", "{start} to {end}").format(start=written_date(start), end=written_date(end))
