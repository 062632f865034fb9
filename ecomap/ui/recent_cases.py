"""File > Open recent: the cases opened last, newest first, kept in the settings (paths only).

The list holds file paths and nothing read from a case: a case's file name
comes from its reference, never its client's name, and the menu shows the
file name and its folder. File > Clear recent files empties the list and
forgets the last folder used (:data:`LAST_FOLDER_KEY`), the other setting
that points at where cases are kept; the case files themselves stay.
"""

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.events import Event
from ecomap.ui import dialogs

RECENT_KEY = "recent_files"
LAST_FOLDER_KEY = "last_directory"
"""Where file dialogs start: the folder of the case opened last (or of the file imported last)."""
RECENT_LIMIT = 8
CLEAR_WORDS = QT_TRANSLATE_NOOP("RecentCases", "C&lear recent files")
"""The menu item's words in English (translated where it is shown)."""


class RecentCases:
    """The recent cases in ``settings``."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        self.changed: Event[[]] = Event()
        """The list changed here (remembered, forgotten or cleared)."""

    def paths(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # an INI file gives back a one-item list as its item
            return [value] if value else []
        return [str(item) for item in value if item] if isinstance(value, list) else []

    def remember(self, path: Path) -> None:
        """Put ``path`` first (at most eight are kept) and its folder as where dialogs start."""
        entry = os.path.abspath(path)
        recent = [entry, *(p for p in self.paths() if p != entry)][:RECENT_LIMIT]
        self._store(recent)
        self.settings.setValue(LAST_FOLDER_KEY, os.path.dirname(entry))

    def fill_menu(self, menu: QMenu, open_case: Callable[[str], object]) -> None:
        """The recent cases still on disk (others are dropped), then "Forget one" and "Clear recent files"."""
        menu.clear()
        menu.setToolTipsVisible(True)
        stored = self.paths()
        existing = [p for p in stored if os.path.isfile(p)]
        if existing != stored:
            self._store(existing)
        for number, path in enumerate(existing, start=1):
            action = menu.addAction(f"&{number} " + dialogs.recent_entry(path).replace("&", "&&"))
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, path=path: open_case(path))
        if not existing:
            menu.addAction(translate("RecentCases", "No recent cases")).setEnabled(False)
        menu.addSeparator()
        forget = menu.addMenu(translate("RecentCases", "&Forget one"))
        forget.setEnabled(bool(existing))
        for path in existing:
            action = forget.addAction(dialogs.recent_entry(path).replace("&", "&&"))
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, path=path: self.forget(path))
        clear = menu.addAction(translate("RecentCases", CLEAR_WORDS))
        clear.setEnabled(bool(existing))
        clear.triggered.connect(lambda _checked=False: self.clear())

    def forget(self, path: str) -> None:
        """Take ``path`` off the list (the case file itself is left alone)."""
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        """Empty the list and forget the last folder used (the case files themselves are left alone)."""
        self.settings.remove(LAST_FOLDER_KEY)
        self._store([])

    def _store(self, paths: list[str]) -> None:
        self.settings.setValue(RECENT_KEY, paths)
        self.changed.emit()
