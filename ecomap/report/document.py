"""The PDF document every Ecomap summary is built in: page size, margins, one body frame, nameless metadata."""

import io
from collections.abc import Callable, Sequence

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from ecomap import __version__
from ecomap.report import fonts, page_furniture
from ecomap.report.fonts import REGULAR
from ecomap.report.options import Paper

AUTHOR = "Ecomap"
"""Never a person: the metadata of a summary names no one (design §11)."""


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
        lang="en-GB",
    )
    frame = Frame(margin, page_furniture.BOTTOM_SPACE, document.width, document.height, id="body", showBoundary=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return document


def warn_about_text(texts: Sequence[str], warn: Callable[[str], None], what: str) -> None:
    """Tell ``warn`` of right-to-left writing and of characters the bundled font lacks in ``what`` (the texts)."""
    if fonts.has_right_to_left(texts):
        warn(f"{what} hold right-to-left writing (such as Arabic or Hebrew), which prints left to right")
    missing = fonts.missing_characters(texts)
    if missing:
        shown = " ".join(missing[:12]) + (" …" if len(missing) > 12 else "")
        warn(f"{len(missing)} character(s) in {what} are not in the PDF's font and print as boxes: {shown}")
