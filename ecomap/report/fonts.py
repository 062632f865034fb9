"""The bundled Unicode font, registered with reportlab and used by every style, table and drawing.

reportlab's default Helvetica is not embedded and covers only Latin-1, so a
name like Ćwik would print as boxes; DejaVu Sans (``assets/fonts``) covers
it and is embedded (as a subset) in every PDF. Where the font files are
looked for is :mod:`ecomap.model.font_files`, shared with the canvas and the
model's text metrics.
"""

import functools
import unicodedata
from collections.abc import Iterable

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, StyleSheet1, getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

from ecomap.model import font_files
from ecomap.model.font_files import font_folders as font_folders  # re-exported: its callers import it from here
from ecomap.report.options import ReportError

REGULAR = "EcomapSans"
BOLD = "EcomapSans-Bold"
FONT_FILES = {REGULAR: font_files.FONT_FILES[False], BOLD: font_files.FONT_FILES[True]}

TEXT = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")


@functools.cache
def register_fonts() -> None:
    """Register the regular and bold faces as one family (so ``<b>`` picks the bold face)."""
    for name, bold in ((REGULAR, False), (BOLD, True)):
        try:
            path = font_files.font_path(bold)
        except FileNotFoundError as error:
            raise ReportError(None, str(error)) from None
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


def missing_characters(texts: Iterable[str]) -> list[str]:
    """The characters in ``texts`` that the bundled font has no glyph for, as first met: they would
    print as empty boxes (DejaVu Sans covers Latin, Greek, Cyrillic and more, but not Chinese,
    Japanese or Korean)."""
    register_fonts()
    glyphs = pdfmetrics.getFont(REGULAR).face.charToGlyph
    missing = (
        character
        for text in texts
        for character in text
        if ord(character) not in glyphs
        and not character.isspace()
        and unicodedata.category(character) not in ("Cc", "Cf")
    )
    return list(dict.fromkeys(missing))


def has_right_to_left(texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` holds right-to-left letters (Arabic, Hebrew...): reportlab sets
    every line left to right, so such words would print with their letters reversed."""
    return any(unicodedata.bidirectional(character) in ("R", "AL") for text in texts for character in text)


def width_of(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` in points, set in the bundled font."""
    return float(pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size))


@functools.cache
def styles() -> StyleSheet1:
    """reportlab's sample styles, every one switched to the bundled font, plus the summary's own."""
    register_fonts()
    sheet = getSampleStyleSheet()
    for style in sheet.byName.values():
        if isinstance(style, ParagraphStyle):
            heavy = "Bold" in style.fontName or style.name.startswith(("Heading", "Title"))
            style.fontName = BOLD if heavy else REGULAR
            style.textColor = TEXT
            if style.bulletFontName:
                style.bulletFontName = REGULAR
    body = sheet["BodyText"]
    sheet["Title"].fontSize, sheet["Title"].leading, sheet["Title"].spaceAfter = 17, 21, 2
    sheet["Title"].alignment = 0
    own = [
        ParagraphStyle("Body", parent=body, fontSize=9, leading=12, spaceBefore=0, spaceAfter=3),
        ParagraphStyle("Small", parent=body, fontSize=7.5, leading=9.5, spaceBefore=0, spaceAfter=0),
        ParagraphStyle("Muted", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED, spaceAfter=2),
        ParagraphStyle("Cell", parent=body, fontSize=7.5, leading=9.2, spaceBefore=0, spaceAfter=0),
        ParagraphStyle("CellBold", parent=body, fontName=BOLD, fontSize=7.5, leading=9.2, spaceAfter=0),
        ParagraphStyle("Section", parent=body, fontName=BOLD, fontSize=13, leading=16, spaceBefore=4, spaceAfter=4),
        ParagraphStyle("Group", parent=body, fontName=BOLD, fontSize=9, leading=12, spaceBefore=4, spaceAfter=1),
        ParagraphStyle("Sentence", parent=body, fontSize=8.5, leading=11, leftIndent=10, bulletIndent=2, spaceAfter=0),
        ParagraphStyle("Band", parent=body, fontSize=9, leading=12, spaceAfter=0),
        ParagraphStyle("Caption", parent=body, fontSize=7.5, leading=9, alignment=1, spaceAfter=0),
    ]
    for style in own:
        style.bulletFontName = REGULAR
        if style.name not in ("Section", "Group", "Body"):
            style.spaceBefore = 0
        sheet.add(style)
    return sheet


def table_style(*commands: tuple[object, ...]) -> TableStyle:
    """A table style whose plain-string cells (even empty ones) are set in the bundled font, not Helvetica."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8), *commands])


BAND = colors.HexColor("#EEF2F6")
"""The pale band behind a summary's header: who or what it is about, and over what period."""


def band_style(*commands: tuple[object, ...]) -> TableStyle:
    """The header band's style: its first row (the title) spanning the band, roomy padding at top and
    bottom, and ``commands`` for what a band needs of its own."""
    return table_style(
        ("BACKGROUND", (0, 0), (-1, -1), BAND),
        ("SPAN", (0, 0), (-1, 0)),
        *commands,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, 0), 7),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    )


def blank_drawing(width: float, height: float) -> Drawing:
    """An empty drawing whose initial font is the bundled one (reportlab's default would pull in Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = 8
    return drawing


def widest(texts: Iterable[str], size: float, *, bold: bool = False) -> float:
    """The width in points of the widest of ``texts`` set on one line (0 for none): what a column of
    labels that must not wrap needs, in whatever language they are in."""
    return max((width_of(text, size, bold=bold) for text in texts), default=0.0)


def widest_word(texts: Iterable[str], size: float, *, bold: bool = False) -> float:
    """The width in points of the longest word in ``texts``: the least a column of wrapped text needs,
    since a paragraph never breaks inside a word."""
    return widest((word for text in texts for word in text.split()), size, bold=bold)
