"""The compare view in the main window: shown in place of the canvas, with editing off until it is left.

The window's central widget is a stack: the canvas is page 0, and the
compare page is added as page 1 the first time it is wanted (its modules are
imported then too, so starting the editor costs nothing). While comparing,
every editing action, undo and redo are off and the editing panels and the
legend (the compare page has its own key) are put away; the History panel
stays, to choose other versions. Leaving puts back what was there, and a
read-only case stays read-only.
"""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget, QStackedWidget

from ecomap.model.case import Version, today

if TYPE_CHECKING:
    from ecomap.ui.compare.compare_view import CompareWidget
    from ecomap.ui.main_window import MainWindow


class CompareHost:
    """Switches ``window`` between its canvas and the compare page in ``stack``."""

    def __init__(self, window: "MainWindow", stack: QStackedWidget) -> None:
        self.window = window
        self.stack = stack
        self._widget: CompareWidget | None = None
        self._put_away: list[QDockWidget] = []

    @property
    def widget(self) -> "CompareWidget":
        if self._widget is None:
            from ecomap.ui.compare.compare_view import CompareWidget

            self._widget = CompareWidget()
            self._widget.back_requested.connect(self.window.leave_compare)
            self.stack.addWidget(self._widget)
        return self._widget

    @property
    def active(self) -> bool:
        return self._widget is not None and self.stack.currentWidget() is self._widget

    def show(self, a: int, b: int) -> None:
        """Compare saved versions ``a`` and ``b`` of the window's case, or version ``a`` with the working
        draft when ``b`` is 0 (an error leaves the window as it was)."""
        from ecomap.ui.compare.change_list import WORKING_DRAFT, version_title

        window = self.window
        case = window.case
        earlier = case.version(a)
        later = case.version(b) if b != WORKING_DRAFT else Version("Working draft", today(), "", case.map.copy())
        widget = self.widget
        widget.show_versions(a, earlier, b, later, text_scale=window.scene.text_scale)
        if not self.active:
            self._put_away = [
                dock for dock in (window.palette_dock, window.inspector_dock, window.legend_dock) if not dock.isHidden()
            ]
            for dock in self._put_away:
                dock.hide()
            self.stack.setCurrentWidget(widget)
        window.refresh_editing()
        for figures in (window.status_counts, window.status_zoom):  # they describe the canvas, now hidden
            figures.hide()
        window.show_message(f"Comparing {version_title(a, earlier)} with {version_title(b, later)} (read-only)")
        widget.change_list.setFocus()

    def leave(self) -> None:
        """Back to the canvas, as it was before comparing."""
        if not self.active:
            return
        window = self.window
        self.stack.setCurrentIndex(0)
        for dock in self._put_away:
            dock.show()
        self._put_away = []
        window.refresh_editing()
        for figures in (window.status_counts, window.status_zoom):
            figures.show()
        window.show_message("")
        window.view.setFocus()
