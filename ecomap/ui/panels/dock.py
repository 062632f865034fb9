"""A panel's dock in the window: movable, closable, scrolling when small, and saying when closed."""

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget


class PanelDock(QDockWidget):
    """A dock that says when the user closes it (its own close button), so the view state knows."""

    closed_by_user = Signal()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed_by_user.emit()


def add_dock(
    window: QMainWindow,
    title: str,
    widget: QWidget,
    area: Qt.DockWidgetArea,
    closed: Callable[[], None],
    *,
    scrolls: bool = False,
    name: str = "",
) -> PanelDock:
    """``widget`` in a dock titled ``title`` on ``window``'s ``area``; ``closed`` when the user closes it.

    ``name`` (English, whatever the language of ``title``; else ``title``) names the dock's object:
    "People and places" makes ``PeopleandplacesDock``.

    With ``scrolls``, the panel sits in a scroll area: it gets all the room the dock has and scrolls
    only when the dock is smaller than the panel's least size (a small screen, the largest text), so
    the panel never holds the window larger than the screen.
    """
    dock = PanelDock(title, window)
    dock.setObjectName((name or title).replace(" ", "") + "Dock")
    dock.setWidget(scrolling(widget) if scrolls else widget)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    dock.closed_by_user.connect(closed)
    window.addDockWidget(area, dock)
    return dock


class _PanelScroll(QScrollArea):
    """A scroll area that asks for all its panel asks for (Qt's own caps its wish at 24 lines of text)."""

    def sizeHint(self) -> QSize:
        widget = self.widget()
        return widget.sizeHint() if widget is not None else super().sizeHint()


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that resizes it to the room there is (never below its least
    size) and takes no keyboard focus itself."""
    area = _PanelScroll()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(widget)
    return area
