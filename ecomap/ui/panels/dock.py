"""A panel's dock in the window: movable, closable, and saying when the user closes it."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


class PanelDock(QDockWidget):
    """A dock that says when the user closes it (its own close button), so the view state knows."""

    closed_by_user = Signal()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed_by_user.emit()


def add_dock(
    window: QMainWindow, title: str, widget: QWidget, area: Qt.DockWidgetArea, closed: Callable[[], None]
) -> PanelDock:
    """``widget`` in a dock titled ``title`` on ``window``'s ``area``; ``closed`` when the user closes it."""
    dock = PanelDock(title, window)
    dock.setObjectName(title.replace(" ", "") + "Dock")
    dock.setWidget(widget)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    dock.closed_by_user.connect(closed)
    window.addDockWidget(area, dock)
    return dock
