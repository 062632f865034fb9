"""The compare view in the editor: shown in place of the canvas while the view state is comparing.

The window's central widget is a stack: the canvas is page 0, and the
compare page is added as page 1 the first time it is wanted (its modules are
imported then too, so starting the editor costs nothing). Which page is shown,
and which panels are put away meanwhile, follows the view state
(:class:`~ecomap.ui.view_state.ViewState`): the host fills the page and says
it is comparing, and the window, drawing the view state, has it follow
(:meth:`CompareHost.follow`). A read-only case stays read-only.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget

from ecomap.language import translate
from ecomap.model.case import Version, today
from ecomap.ui.context import EditorContext
from ecomap.ui.dialogs import one_line
from ecomap.ui.files import FILE_ERRORS

if TYPE_CHECKING:
    from ecomap.ui.compare.compare_view import CompareWidget


class CompareHost(QObject):
    """Fills the compare page of ``stack`` and turns it on and off with the view state."""

    def __init__(self, context: EditorContext, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self.context = context
        self.stack = stack
        self._widget: CompareWidget | None = None

    @property
    def widget(self) -> "CompareWidget":
        if self._widget is None:
            from ecomap.ui.compare.compare_view import CompareWidget

            self._widget = CompareWidget()
            self._widget.back_requested.connect(self.context.view_state.leave_compare)
            self.stack.addWidget(self._widget)
        return self._widget

    @property
    def active(self) -> bool:
        return self._widget is not None and self.stack.currentWidget() is self._widget

    def show(self, a: int, b: int) -> bool:
        """Compare saved versions ``a`` and ``b`` of the case, or version ``a`` with the working
        draft when ``b`` is 0. A version that cannot be read is explained and nothing changes."""
        from ecomap.ui.compare.change_list import WORKING_DRAFT, version_title

        context = self.context
        case = context.case
        try:
            earlier = case.version(a)
            if b != WORKING_DRAFT:
                later = case.version(b)
            else:
                later = Version(translate("CompareHost", "Working draft"), today(), "", case.map.copy())
        except FILE_ERRORS as error:
            context.show_error(translate("CompareHost", "The versions could not be compared."), one_line(str(error)))
            return False
        widget = self.widget
        widget.show_versions(a, earlier, b, later, text_scale=context.editor.scene.text_scale)
        context.view_state.compare(a, b)
        comparing = translate("CompareHost", "Comparing {earlier} with {later} (read-only)")
        context.notify(comparing.format(earlier=version_title(a, earlier), later=version_title(b, later)))
        widget.change_list.setFocus()
        return True

    def follow(self) -> None:
        """Show the page the view state asks for, the comparison or the canvas (the window calls this
        when it draws the view state, after putting panels away, so the page opens at its full size)."""
        comparing = self.context.view_state.comparing is not None
        if comparing and self._widget is not None and not self.active:
            self.stack.setCurrentWidget(self._widget)
        elif not comparing and self.active:
            self.stack.setCurrentIndex(0)
            self.context.notify("")
            self.context.editor.view.setFocus()
