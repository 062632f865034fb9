"""What every page carries: the protective marking top and bottom, case reference, date made, versions, "Page X of Y".

"Of Y" is only known once every page is laid out, so the canvas keeps each
finished page and draws the furniture on all of them when the document is
saved (reportlab's two-pass "numbered canvas" pattern). The words are translated
there, as each page is drawn, in the language the summary is made in.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from ecomap.language import translate
from ecomap.model.label_lines import elide
from ecomap.model.pseudonymise import is_reference_pseudonym
from ecomap.report.fonts import BOLD, MUTED, REGULAR, TEXT, width_of

MARGIN_X = 40.0
TOP_SPACE = 50.0
"""Room above the frame: the marking and the running head."""
BOTTOM_SPACE = 52.0
"""Room below the frame: the versions line, the page number and the marking."""
MARKING_SIZE = 9.5
SMALL_SIZE = 7.0
RULE = colors.HexColor("#BBBBBB")


@dataclass(frozen=True, slots=True)
class Furniture:
    """The words every page repeats."""

    marking: str
    reference: str
    generated: str
    versions: Sequence[tuple[int, str, str]]
    """Each included version's number, label and date."""

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        if self.marking:
            _centred(canvas, width / 2, height - 22, self.marking, BOLD, MARKING_SIZE, TEXT)
            _centred(canvas, width / 2, 16, self.marking, BOLD, MARKING_SIZE, TEXT)
        title = translate("PdfFurniture", "Ecomap summary")
        if not self.reference:
            head = title
        elif is_reference_pseudonym(self.reference):
            head = f"{title} · {self.reference}"
        else:
            head = f"{title} · " + translate("PdfFurniture", "Case {reference}").format(reference=self.reference)
        right = generated_words(self.generated)
        room = width - 2 * MARGIN_X - width_of(right, SMALL_SIZE) - 20
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, SMALL_SIZE)
        canvas.drawString(MARGIN_X, height - 36, _fit(head, room))
        canvas.drawRightString(width - MARGIN_X, height - 36, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, height - 40, width - MARGIN_X, height - 40)
        canvas.line(MARGIN_X, BOTTOM_SPACE - 10, width - MARGIN_X, BOTTOM_SPACE - 10)
        number = page_words(page, pages)
        canvas.setFillColor(TEXT)
        canvas.setFont(BOLD, SMALL_SIZE + 0.5)
        canvas.drawRightString(width - MARGIN_X, BOTTOM_SPACE - 21, number)
        room = width - 2 * MARGIN_X - width_of(number, SMALL_SIZE + 0.5, bold=True) - 20
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, SMALL_SIZE)
        canvas.drawString(MARGIN_X, BOTTOM_SPACE - 21, self.versions_line(room))
        canvas.restoreState()

    def versions_line(self, room: float) -> str:
        """Every version's number and label if they fit in ``room`` points; else the first and the last."""
        parts = [f"v{number} {label}".strip() for number, label, _date in self.versions]
        full = translate("PdfFurniture", "Versions: {list}").format(list=" · ".join(parts))
        if width_of(full, SMALL_SIZE) <= room or len(parts) < 3:
            return _fit(full, room)
        counted = translate("PdfFurniture", "Versions ({count}): {first} … {last}")
        short = counted.format(count=len(parts), first=parts[0], last=parts[-1])
        if width_of(short, SMALL_SIZE) <= room:
            return short
        first, last = self.versions[0][0], self.versions[-1][0]
        return _fit(counted.format(count=len(parts), first=f"v{first}", last=f"v{last}"), room)


def page_words(page: int, pages: int) -> str:
    """``"Page 1 of 4"`` in the summary's language."""
    return translate("PdfFurniture", "Page {page} of {pages}").format(page=page, pages=pages)


def generated_words(date: str) -> str:
    """``"Generated 12 Jan 2026"`` in the summary's language (``date`` written already)."""
    return translate("PdfFurniture", "Generated {date}").format(date=date)


def _fit(text: str, room: float) -> str:
    return text if width_of(text, SMALL_SIZE) <= room else elide(text, lambda t: width_of(t, SMALL_SIZE), room)


def _centred(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, fill: colors.Color) -> None:
    canvas.setFillColor(fill)
    canvas.setFont(font, size)
    canvas.drawCentredString(x, y, text)


def numbered_canvas(furniture: Furniture) -> type[Canvas]:
    """A canvas class that draws ``furniture`` on every page once the page count is known."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._finished_pages)
            for state in self._finished_pages:
                self.__dict__.update(state)
                furniture.draw(self, self._pageNumber, pages)
                super().showPage()
            super().save()

    return NumberedCanvas
