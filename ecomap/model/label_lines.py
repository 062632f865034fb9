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


def whole_lines(text: str, width_of: Callable[[str], float], room: float) -> list[str]:
    """``text`` broken at spaces into as many lines no wider than ``room`` as it needs, nothing cut.

    A word too long for a line of its own is broken between characters.
    Runs of white space count as one space; an empty label gives no lines.
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        joined = f"{line} {word}" if line else word
        if width_of(joined) <= room:
            line = joined
            continue
        if line:
            lines.append(line)
        line = ""
        while width_of(word) > room:
            cut = _longest_start(word, width_of, room)
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def _longest_start(word: str, width_of: Callable[[str], float], room: float) -> int:
    """How many characters of ``word`` fit ``room`` (at least one, so breaking always moves on)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if width_of(word[:middle]) <= room:
            low = middle
        else:
            high = middle - 1
    return low
