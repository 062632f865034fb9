"""File > Save a copy…: the whole case, every saved version and the map on the canvas as its draft, in a new file.

The copy holds what the user sees: the working map with its unsaved changes
(as the copy's saved draft) and the case details as they stand. The window
stays on the original case, which is not written to at all: its unsaved
changes stay unsaved there, for Save or Discard as before. The copy is made
by :func:`ecomap.casefile.copying.copy_case_file` (SQLite's backup API, then
checked as ``ecomap check`` would), never over an existing file, and goes on
File > Open recent so it is easy to open later. A copy of a protected case is
protected by the same passphrase (never in the clear), and the message says so.
"""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ecomap.casefile.copying import copy_case_file
from ecomap.errors import EcomapError
from ecomap.language import translate
from ecomap.ui.case_paths import choose_new_case_path
from ecomap.ui.context import EditorContext
from ecomap.ui.dialogs import CASE_SUFFIX
from ecomap.ui.file_words import case_filter, file_stem, one_line
from ecomap.ui.files import FILE_ERRORS
from ecomap.ui.recent_cases import RecentCases


class CaseCopier:
    """Save a copy of the open case; the question it asks is a method tests replace."""

    def __init__(self, context: EditorContext) -> None:
        self.context = context

    def save_copy(self) -> Path | None:
        """Ask where, then write the copy. The path written, or None."""
        context = self.context
        case = context.case
        folder = case.path.parent if case.path is not None else Path.home()
        name = translate("CaseCopy", "{name} copy").format(name=file_stem(case.details))
        path = choose_new_case_path(self.ask_path, self.context.show_error, folder / f"{name}{CASE_SUFFIX}")
        if path is None:
            return None
        try:
            copy_case_file(case.path, path, case.details, case.map.copy(), case.based_on, passphrase=case.passphrase)
        except FILE_ERRORS as error:
            context.show_error(translate("CaseCopy", "The copy was not saved."), file_problem(path, error))
            return None
        RecentCases(context.settings).remember(path)
        context.notify(saved_words(path.name, case.path.name if case.path is not None else "", case.protected))
        return path

    def ask_path(self, suggested: str) -> str | None:
        """Where to write the copy (no question about replacing: an existing file is refused after)."""
        options = QFileDialog.Option.DontConfirmOverwrite
        path, _filter = QFileDialog.getSaveFileName(
            self.context.dialog_parent,
            translate("CaseCopy", "Save a copy of the case"),
            suggested,
            case_filter(),
            options=options,
        )
        return path or None


def saved_words(copy: str, original: str, protected: bool) -> str:
    """The status line: the copy's name, whether it is protected, and the case still worked on (if it has a file)."""
    if original and protected:
        words = translate(
            "CaseCopy", "Saved a copy as {copy}, protected by the same passphrase; still working on {file}"
        )
    elif original:
        words = translate("CaseCopy", "Saved a copy as {copy}; still working on {file}")
    elif protected:
        words = translate("CaseCopy", "Saved a copy as {copy}, protected by the same passphrase")
    else:
        words = translate("CaseCopy", "Saved a copy as {copy}")
    return words.format(copy=copy, file=original)


def file_problem(path: Path, error: BaseException) -> str:
    """One line naming the file and what went wrong."""
    if isinstance(error, EcomapError) and error.path:
        return one_line(str(error))
    if isinstance(error, OSError):
        words = translate("CaseCopy", "{path}: could not be written ({reason})")
        return words.format(path=path, reason=error.strerror or error)
    return f"{path}: {one_line(str(error)) or type(error).__name__}"
