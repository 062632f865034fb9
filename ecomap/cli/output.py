"""How results reach the terminal: JSON for scripts, aligned plain text for people."""

import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

from ecomap.language import translate


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def warn(path: object, message: str) -> None:
    """``ecomap: warning: PATH: MESSAGE`` on stderr: something the user should know that did not stop the command."""
    word = translate("Cli", "warning", "before a warning on stderr: ecomap: warning: FILE: ...")
    print(f"ecomap: {word}: {path}: {message}", file=sys.stderr)


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal (wide East Asian characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def one_line(text: str, limit: int = 40) -> str:
    """``text`` on one line, shortened with an ellipsis past ``limit`` columns."""
    flat = " ".join(text.split())
    if width(flat) <= limit:
        return flat
    while width(flat) > limit - 1:
        flat = flat[:-1]
    return flat + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "  ") -> str:
    """Rows aligned in columns under ``headers``; the last column is not padded."""
    columns = list(zip(headers, *rows, strict=True))
    widths = [max(width(cell) for cell in column) for column in columns]
    lines = []
    for row in (headers, *rows):
        cells = [cell + " " * (w - width(cell)) for cell, w in zip(row[:-1], widths, strict=False)]
        lines.append((indent + "  ".join([*cells, row[-1]])).rstrip())
    return "\n".join(lines)
