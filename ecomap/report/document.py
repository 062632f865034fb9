"""The PDF document every Ecomap summary is built in: page size, margins, one body frame, nameless metadata."""

import io
from collections.abc import Callable, Sequence

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from ecomap import __version__
from ecomap.language import current_language, translate
from ecomap.report import fonts, page_furniture
from ecomap.report.fonts import REGULAR
from ecomap.report.options import Paper

AUTHOR = "Ecomap"
"""Never a person: the metadata of a summary names no one (design §11)."""
LANGUAGE_TAGS = {"en": "en-GB", "cy": "cy-GB", "de": "de"}
"""The document's language, by the code Ecomap speaks it under (for screen readers and hyphenation)."""


def page_document(
    buffer: io.BytesIO, *, paper: Paper, invariant: bool, title: str, subject: str, keywords: Sequence[str]
) -> BaseDocTemplate:
    """A document writing to ``buffer`` with the furniture's margins and one frame for the body."""
    margin = page_furniture.MARGIN_X
    document = BaseDocTemplate(
        buffer,
        pagesize=LETTER if paper is Paper.LETTER else A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=page_furniture.TOP_SPACE,
        bottomMargin=page_furniture.BOTTOM_SPACE,
        title=title,
        author=AUTHOR,
        subject=subject,
        keywords=list(keywords),
        creator=f"Ecomap {__version__}",
        invariant=1 if invariant else 0,
        initialFontName=REGULAR,
        initialFontSize=9,
        initialLeading=11,
        lang=LANGUAGE_TAGS.get(current_language(), "en-GB"),
    )
    frame = Frame(margin, page_furniture.BOTTOM_SPACE, document.width, document.height, id="body", showBoundary=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return document


def warn_about_text(texts: Sequence[str], warn: Callable[[str], None], *, assets: bool) -> None:
    """Tell ``warn`` of right-to-left writing and of characters the bundled font lacks in ``texts``: the
    names and notes of a case summary, or the asset names of a cohort's (``assets``)."""
    if fonts.has_right_to_left(texts):
        if assets:
            said = translate(
                "PdfExport",
                "asset names hold right-to-left writing (such as Arabic or Hebrew), which prints left to right",
            )
        else:
            said = translate(
                "PdfExport",
                "names or notes hold right-to-left writing (such as Arabic or Hebrew), which prints left to right",
            )
        warn(said)
    missing = fonts.missing_characters(texts)
    if missing:
        count = len(missing)  # a plain name: pyside6-lupdate finds no plural whose count is an expression
        shown = " ".join(missing[:12]) + (" …" if len(missing) > 12 else "")
        if assets:
            said = translate(
                "PdfExport",
                "%n character(s) in asset names are not in the PDF's font and print as boxes: {shown}",
                None,
                count,
            )
        else:
            said = translate(
                "PdfExport",
                "%n character(s) in names or notes are not in the PDF's font and print as boxes: {shown}",
                None,
                count,
            )
        warn(said.format(shown=shown))
