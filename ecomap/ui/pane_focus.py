"""Ctrl+Tab and Ctrl+Shift+Tab: the keyboard moves between the map and the panels that are shown.

Each pane is a named widget (the canvas, People and places, History,
Details); the keyboard lands on the first control in it that takes Tab, so
the landing is visible (a text cursor, a focus frame on a list), and the
status bar names the pane. Hidden panels are skipped.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from ecomap.language import translate

Pane = tuple[str, QWidget, Callable[[], bool]]
"""A pane's name as the user knows it, its widget, and whether it is shown (a panel may be on a tab
behind another panel and still count as shown: it is brought to the front)."""


class PaneFocus:
    """Moves the keyboard focus from pane to pane, in the given order, and says where it went."""

    def __init__(self, panes: Sequence[Pane], say: Callable[[str], object]) -> None:
        self._panes = list(panes)
        self._say = say

    def step(self, forward: bool) -> bool:
        """Focus the next (or previous) shown pane after the one holding the keyboard; False if none."""
        shown = [(name, widget) for name, widget, is_shown in self._panes if is_shown() and widget.isEnabled()]
        if not shown:
            return False
        current = self.current(shown)
        start = current if current is not None else (-1 if forward else 0)
        for offset in range(1, len(shown) + 1):
            name, widget = shown[(start + (offset if forward else -offset)) % len(shown)]
            dock = _dock_of(widget)
            if dock is not None:
                dock.raise_()
            landing = first_control(widget)
            if landing is None:
                continue
            landing.setFocus(Qt.FocusReason.TabFocusReason)
            keys = "Ctrl+Tab" if forward else "Ctrl+Shift+Tab"
            self._say(translate("PaneFocus", "Keyboard in: {pane} ({keys} goes on)").format(pane=name, keys=keys))
            return True
        return False

    @staticmethod
    def current(shown: Sequence[tuple[str, QWidget]]) -> int | None:
        """The index in ``shown`` of the pane holding the keyboard, if any does."""
        focus = QApplication.focusWidget()
        for index, (_name, widget) in enumerate(shown):
            if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
                return index
        return None


def first_control(pane: QWidget) -> QWidget | None:
    """The pane itself if it takes Tab, else the first visible, enabled control inside it that does."""
    if _takes_tab(pane):
        return pane
    widget = pane.nextInFocusChain()
    while widget is not None and widget is not pane:
        if pane.isAncestorOf(widget) and _takes_tab(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _takes_tab(widget: QWidget) -> bool:
    policy = widget.focusPolicy()
    return bool(policy & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()


def _dock_of(widget: QWidget) -> QDockWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent
