"""Every user string on its way into a reportlab ``Paragraph``: escaped, so it is shown and never obeyed.

reportlab reads markup in a paragraph's text: ``<img src=...>`` embeds a
local file, ``<a href=...>`` writes a link, unknown tags vanish (design §10).
Labels and notes are plain text, so each one is escaped here and only the
summary's own markup (``<b>``, ``<br/>``) is added around it.
"""

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph


def esc(text: str) -> str:
    """``text`` as paragraph markup that shows it literally, its line breaks kept."""
    return "<br/>".join(escape(line) for line in text.splitlines())


def plain(text: str, style: ParagraphStyle, *, bullet: str | None = None) -> Paragraph:
    """A paragraph showing ``text`` exactly (a user string: escaped)."""
    return Paragraph(esc(text), style, bulletText=bullet)


def marked(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of the summary's own markup, whose user strings went through :func:`esc` already."""
    return Paragraph(markup, style)
