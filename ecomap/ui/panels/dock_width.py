"""A dock that is wider while it is in front: a table that needs room gets it, and the tab beside it its own back.

The Plan panel shares its tabs with People and places and History, which are
happy narrow; its table of actions is not. While the Plan tab is in front its
column widens to what the panel asks for (at most a share of the window), and
when another tab comes to the front the column goes back to the width it had,
unless the user has dragged it since.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

WINDOW_SHARE = 0.4
"""The most of the window's width the wide dock takes."""


class WideWhileShown(QObject):
    """Widens ``dock`` to ``wish()`` pixels while it is shown, and gives its tab column the old width back after."""

    def __init__(self, dock: QDockWidget, window: QMainWindow, wish: Callable[[], int]) -> None:
        super().__init__(dock)
        self._dock, self._window, self._wish = dock, window, wish
        self._in_front = False
        self._before: int | None = None
        self._widened_to: int | None = None
        dock.visibilityChanged.connect(self._visibility_changed)

    def widen_if_in_front(self) -> None:
        """Widen now if the dock's tab is the one in front (for a dock shown before this watched it)."""
        if not self._dock.visibleRegion().isEmpty():
            self._visibility_changed(True)

    def _visibility_changed(self, shown: bool) -> None:
        """Its tab came to the front, or went behind another (a tab behind stays a visible widget)."""
        self._in_front = shown
        QTimer.singleShot(0, self._widen if shown else self._restore)

    def _widen(self) -> None:
        dock = self._dock
        if not self._in_front or dock.isFloating():
            return
        width = min(self._wish(), int(self._window.width() * WINDOW_SHARE))
        if dock.width() >= width:
            return
        self._before = dock.width()
        self._window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        QTimer.singleShot(0, self._note_width)  # the window lays the docks out again first

    def _note_width(self) -> None:
        self._widened_to = self._dock.width()

    def _restore(self) -> None:
        """The column back to the width it had, unless the user has changed it since it widened."""
        before, widened_to = self._before, self._widened_to
        self._before = self._widened_to = None
        if self._in_front or before is None or widened_to is None:
            return
        column = [d for d in self._window.tabifiedDockWidgets(self._dock) if not d.visibleRegion().isEmpty()]
        if column and abs(column[0].width() - widened_to) <= 1:
            self._window.resizeDocks([column[0]], [before], Qt.Orientation.Horizontal)
