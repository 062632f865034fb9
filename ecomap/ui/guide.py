"""Help > Ecomap guide: docs/guide.md, found in a checkout or an installed Ecomap, shown in a window of its own.

The guide is ``docs/guide.md``, which the README links to, with its Welsh
and German translations beside it (``guide.cy.md``, ``guide.de.md``), shown
in the language Ecomap speaks (English where a translation is missing). A
checkout (or ``pip install -e .``) reads it from the source tree; a wheel
installs it under ``<prefix>/share/ecomap/docs`` (pyproject.toml's
data-files, as for the PDF's fonts), and the one-folder program (packaging/)
under PyInstaller's ``sys._MEIPASS``. The window is not modal, so it can stay
open beside the map; Esc closes it.
"""

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ecomap.language import current_language, translate

GUIDE_FILE = "guide.md"
INSTALLED_FOLDER = ("share", "ecomap", "docs")
"""Where a wheel puts the guide, under the installation's prefix (pyproject.toml's data-files)."""
SOURCE_FOLDER = Path(__file__).resolve().parents[2] / "docs"
WEB_SCHEMES = ("http", "https", "mailto")
"""Links the guide may hold that open in the system's browser or mail program; any other link opens nothing."""


def guide_folders() -> list[Path]:
    """Where the guide may be, in the order they are tried: the source tree, then the installation."""
    prefix = getattr(sys, "_MEIPASS", sys.prefix)  # the one-folder program's _internal (packaging/)
    return [SOURCE_FOLDER, Path(prefix).joinpath(*INSTALLED_FOLDER)]


def guide_file_names() -> list[str]:
    """The guide's file names to look for, in the language spoken first (``guide.cy.md``), then English's."""
    language = current_language()
    return [GUIDE_FILE] if language == "en" else [f"guide.{language}.md", GUIDE_FILE]  # not user text


def guide_path() -> Path:
    """The guide's file in the language spoken, else in English: the first of :func:`guide_folders` holding it.

    Raises ``FileNotFoundError`` naming every folder searched.
    """
    folders = guide_folders()
    for name in guide_file_names():
        for folder in folders:
            if (folder / name).is_file():
                return folder / name
    searched = ", ".join(str(folder) for folder in folders)
    raise FileNotFoundError(
        translate("Guide", "the guide {file} was not found (looked in {folders})").format(
            file=GUIDE_FILE, folders=searched
        )
    )


class GuideWindow(QDialog):
    """The guide, rendered from its Markdown at the window's text size; resizable, closed by Esc or Close."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(translate("Guide", "Ecomap guide"))
        if parent is not None:  # the editor's text size, and its changes (a window does not inherit them)
            self.setFont(parent.font())
            parent.installEventFilter(self)
        self.setSizeGripEnabled(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(translate("Guide", "Ecomap guide"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(_open_link)
        self.browser.setMarkdown(text)  # our own file, never user text
        self.browser.document().setDocumentMargin(12)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 36)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the editor's text size (View > Larger text) while open."""
        if watched is self.parent() and event.type() == QEvent.Type.FontChange and isinstance(watched, QWidget):
            self.setFont(watched.font())
        return False


def _open_link(url: QUrl) -> None:
    if url.scheme() in WEB_SCHEMES:
        QDesktopServices.openUrl(url)


def show_guide(parent: QWidget, show_error: Callable[[str, str], None]) -> GuideWindow | None:
    """Show ``parent``'s guide window (the one already open, brought to the front, or a new one)."""
    window = parent.findChild(GuideWindow)
    if window is None:
        try:
            text = guide_path().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            show_error(translate("Guide", "The Ecomap guide could not be opened."), str(error))
            return None
        window = GuideWindow(text, parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
