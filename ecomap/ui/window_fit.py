"""Keeps the editor usable at any window and text size: the Details panel gets its room back as the window grows.

The panels themselves scroll where they must (see :func:`ecomap.ui.panels.dock.add_dock`),
so the window can be as small as 1024×600 at the largest text; this module
looks after what the panels cannot do alone: the Details panel's share of its
column, and the text size of the menus, dialogs and tooltips, which are windows
of their own and do not inherit the window's font.
"""

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolTip, QWidget

DETAILS_SHARE = 0.5
"""The most of the right-hand column the Details panel takes back from the legend when the window grows
(half: the legend stays whole on an ordinary screen)."""
SLACK = 24
"""Pixels the Details panel may be short of its wish before the column is shared out again."""


class WindowFit(QObject):
    """Watches ``window``'s size and shares the right-hand column between ``details`` and ``legend``."""

    def __init__(self, window: QMainWindow, details: QDockWidget, legend: QDockWidget) -> None:
        super().__init__(window)
        self._window, self._details, self._legend = window, details, legend
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.share_right_column)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._timer.start()
        elif watched is self._window and event.type() == QEvent.Type.ChildPolished:
            assert isinstance(event, QChildEvent)
            child = event.child()
            if isinstance(child, QWidget) and child.isWindow() and not isinstance(child, QDockWidget):
                child.setFont(self._window.font())  # a dialog, about to be shown for the first time
        return False

    def give_font(self, font: QFont) -> None:
        """The window's text size for its menus (the context menu takes its view's) and tooltips; its
        dialogs take it as they are first shown."""
        for menu in self._window.findChildren(QMenu):
            menu.setFont(font)
        QToolTip.setFont(font)

    def share_right_column(self) -> None:
        """Give Details the height it asks for (at most half the column) when it has less and the
        legend sits under it; a height the user gave it by dragging is kept while it is enough."""
        details, legend = self._details, self._legend
        window = self._window
        side_by_side = window.dockWidgetArea(details) == window.dockWidgetArea(legend)
        if not (details.isVisible() and legend.isVisible() and side_by_side) or details.isFloating():
            return
        if legend in window.tabifiedDockWidgets(details):
            return
        column = details.height() + legend.height()
        wanted = min(details.sizeHint().height(), int(column * DETAILS_SHARE))
        if details.height() + SLACK < wanted:
            window.resizeDocks([details, legend], [wanted, column - wanted], Qt.Orientation.Vertical)
