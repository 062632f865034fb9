"""Where a new case file goes: a name the user chooses, never an existing file, and errors in one line.

File > New case, Save as, Save a copy and Import as a new case all ask for a
new file's name the same way: ``.ecomap`` is added when missing, and a name
already taken is refused with the same words and asked again, because Ecomap
never replaces a case file.
"""

import os
from collections.abc import Callable
from pathlib import Path

from ecomap.language import translate
from ecomap.ui.dialogs import CASE_SUFFIX
from ecomap.ui.file_words import one_line


def choose_new_case_path(
    ask: Callable[[str], str | None], show_error: Callable[[str, str], None], suggested: str | Path
) -> Path | None:
    """A path for a new case file from ``ask`` (a save dialog, given the suggestion); an existing
    file is refused through ``show_error`` and asked again. None when the user cancels."""
    while True:
        chosen = ask(str(suggested))
        if chosen is None:
            return None
        path = Path(os.path.abspath(Path(chosen).expanduser()))
        if path.suffix.lower() != CASE_SUFFIX:
            path = path.with_name(path.name + CASE_SUFFIX)
        if not os.path.lexists(path):
            return path
        show_error(
            translate("Files", "{file} already exists.").format(file=path.name),
            translate("Files", "Ecomap never replaces a case file: choose another name."),
        )
        suggested = path


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file (by their paths when either cannot be looked at)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def error_line(error: BaseException) -> str:
    """An error as one line for a message box (its kind when it says nothing)."""
    return one_line(str(error)) or type(error).__name__
