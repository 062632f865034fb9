"""How a node's label breaks into at most two centred lines beneath it, for the canvas, pictures and the PDF alike.

The caller measures text in its own font (Qt font metrics on screen,
reportlab's string widths in a PDF); the breaking rule is the same everywhere.
"""

from collections.abc import Callable

ELLIPSIS = "…"
MAX_LINES = 2


def label_lines(text: str, width_of: Callable[[str], float], room: float, max_lines: int = MAX_LINES) -> list[str]:
    """``text`` broken at spaces into at most ``max_lines`` lines no wider than ``room``.

    Words fill a line while they fit; whatever is left after the last line is
    cut with an ellipsis, as is a single word too long for a line. Runs of
    white space (including line breaks) count as one space. An empty label
    gives no lines.
    """
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines:
        line, used = words[0], 1
        while used < len(words) and width_of(f"{line} {words[used]}") <= room:
            line, used = f"{line} {words[used]}", used + 1
        words = words[used:]
        if len(lines) == max_lines - 1 and words:
            line, words = " ".join([line, *words]), []
        lines.append(line if width_of(line) <= room else elide(line, width_of, room))
    return lines


def elide(text: str, width_of: Callable[[str], float], room: float) -> str:
    """The longest start of ``text`` that fits ``room`` with an ellipsis after it."""
    low, high = 0, len(text)  # text[:low] + ELLIPSIS fits; text[:high + 1] + ELLIPSIS does not
    while low < high:
        middle = (low + high + 1) // 2
        if width_of(text[:middle].rstrip() + ELLIPSIS) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS
