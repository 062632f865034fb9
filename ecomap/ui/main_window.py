"""The editor's main window: builds the canvas, panels and controllers, wires them, and draws the view state.

The window keeps no state of its own about what is shown: the
:class:`~ecomap.ui.view_state.ViewState` says it, and :meth:`MainWindow.draw_view_state`
draws it (panels, menus, session mode, the compare page, the title). The
controllers work through a :class:`~ecomap.ui.context.WindowContext` and never
see the window.
"""

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.enums import Domain, Kind
from ecomap.model.metrics import count
from ecomap.model.notation import TEXT_SCALES
from ecomap.ui.actions import EditorActions
from ecomap.ui.canvas.editing import CanvasEditor
from ecomap.ui.canvas.scene import MapScene
from ecomap.ui.canvas.view import MapView
from ecomap.ui.case_details import CaseDetailsController
from ecomap.ui.compare.host import CompareHost
from ecomap.ui.context import WindowContext
from ecomap.ui.data_export import DataExporter
from ecomap.ui.files import FileController, recovery_folder_for
from ecomap.ui.history.banner import VersionBanner
from ecomap.ui.history.controller import HistoryController
from ecomap.ui.history.timeline import TimelinePanel
from ecomap.ui.importing import ImportController
from ecomap.ui.language_menu import add_language_menu
from ecomap.ui.open_case import OpenCase
from ecomap.ui.pane_focus import PaneFocus
from ecomap.ui.panels.dock import PanelDock, add_dock
from ecomap.ui.panels.inspector import InspectorPanel
from ecomap.ui.panels.legend import LegendWidget
from ecomap.ui.panels.palette import PalettePanel
from ecomap.ui.panels.plan_panel import PlanPanel
from ecomap.ui.pdf_export import PdfExporter
from ecomap.ui.plan_controller import PlanController
from ecomap.ui.printing import Printing
from ecomap.ui.protection import ProtectionController
from ecomap.ui.returning import ReturningPeople
from ecomap.ui.selection_words import describe_selection
from ecomap.ui.session_mode import SessionBar
from ecomap.ui.session_tie_bar import SessionTieBar
from ecomap.ui.status_line import StatusLine
from ecomap.ui.view_state import Panel, ViewState
from ecomap.ui.window_fit import WindowFit
from ecomap.ui.window_handlers import window_handlers

if TYPE_CHECKING:
    from ecomap.ui.compare.compare_view import CompareWidget


class MainWindow(QMainWindow):
    """One window, one case. The title shows the case, a modified mark and read-only state."""

    def __init__(
        self,
        case: OpenCase | None = None,
        settings: QSettings | None = None,
        *,
        recovery_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or QSettings()
        self.undo_stack = QUndoStack(self)
        self.scene = MapScene(self)
        self.view = MapView(self.scene)
        self.editor = CanvasEditor(self.scene, self.view, self.undo_stack)
        self.view_state = ViewState()
        self.context = WindowContext(
            case or OpenCase.new_unsaved(), self.undo_stack, self.editor, self.view_state, self.settings, self
        )

        self.banner = VersionBanner()
        self.canvas_page = canvas_page = QWidget()
        canvas_layout = QVBoxLayout(canvas_page)
        canvas_layout.setContentsMargins(0, 0, 0, 0)
        canvas_layout.setSpacing(0)
        canvas_layout.addWidget(self.banner)
        canvas_layout.addWidget(self.view, 1)
        self.central = QStackedWidget(self)  # the canvas; the compare page joins when first wanted
        self.central.addWidget(canvas_page)
        self.setCentralWidget(self.central)

        self.palette_panel = PalettePanel()
        self.inspector = InspectorPanel()
        self.legend = LegendWidget()
        self.timeline = TimelinePanel()
        self.plan_panel = PlanPanel()
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.docks: dict[Panel, PanelDock] = {
            panel: add_dock(
                self,
                translate("MainWindow", title),
                widget,
                area,
                partial(self.view_state.set_panel, panel, False),
                scrolls=scrolls,
                name=title,
            )
            for panel, title, widget, area, scrolls in (
                (Panel.PEOPLE, QT_TRANSLATE_NOOP("MainWindow", "People and places"), self.palette_panel, left, False),
                (Panel.DETAILS, QT_TRANSLATE_NOOP("MainWindow", "Details"), self.inspector, right, False),  # scrolls
                (Panel.LEGEND, QT_TRANSLATE_NOOP("MainWindow", "Legend"), self.legend, right, True),
                (Panel.HISTORY, QT_TRANSLATE_NOOP("MainWindow", "History"), self.timeline, left, True),
                (Panel.PLAN, QT_TRANSLATE_NOOP("MainWindow", "Plan"), self.plan_panel, left, False),  # its parts scroll
            )
        }
        self.tabifyDockWidget(self.docks[Panel.PEOPLE], self.docks[Panel.HISTORY])
        self.tabifyDockWidget(self.docks[Panel.HISTORY], self.docks[Panel.PLAN])
        self.docks[Panel.PEOPLE].raise_()
        self.panes = PaneFocus(  # left to right: the map, the panels on the left, those on the right
            [(translate("MainWindow", "the map"), self.view, lambda: True)]
            + [
                (self.docks[panel].windowTitle(), widget, partial(self.view_state.panel_shown, panel))
                for panel, widget in (
                    (Panel.PEOPLE, self.palette_panel),
                    (Panel.HISTORY, self.timeline),
                    (Panel.PLAN, self.plan_panel),
                    (Panel.DETAILS, self.inspector),
                    (Panel.LEGEND, self.legend),
                )
            ],
            self.show_message,
        )
        self.fit_to_window = WindowFit(self, self.docks[Panel.DETAILS], self.docks[Panel.LEGEND])
        self.status_line = StatusLine(self.statusBar())
        self.status_message = self.status_line.message
        self.status_legibility = self.status_line.legibility

        context = self.context
        self.files = FileController(context, recovery_folder or recovery_folder_for(settings), self)
        self.returning = ReturningPeople(context)
        self.editor.returning = self.returning.offer
        self.history = HistoryController(context, self.timeline, self.banner)
        self.pdf_export = PdfExporter(context)
        self.printing = Printing(context)
        self.case_details = CaseDetailsController(context)
        self.protection = ProtectionController(context, self.files.keeper.recovery_file)
        self.data_export = DataExporter(context)
        self.importer = ImportController(context, self.files)
        self.importer.versions_added.connect(self.history.refresh)
        self.compare_host = CompareHost(context, self.central)
        self.plan = PlanController(context, self.plan_panel)
        self.editor_actions = EditorActions(self, window_handlers(self), self.undo_stack)
        menus = self.editor_actions.build_menus(self.menuBar(), self.files.fill_recent_menu)
        menus["File"].aboutToShow.connect(self._update_actions)  # Clear recent files: anything to clear?
        add_language_menu(menus["View"], self.settings, self.show_message)
        self.files.recent.changed.connect(self._update_actions)
        self.editor.run_canvas_key = self.editor_actions.run_canvas_key
        self.view.contextMenuEvent = (  # type: ignore[method-assign]
            lambda event: self.editor_actions.pop_up_context_menu(self.view, self.scene, event.pos())
        )
        self.session_bar = SessionBar(self.editor_actions.session_actions(), self)
        self.session_bar.hide()
        self.session_ties = SessionTieBar(self.editor_actions, self)  # the tie's choices in session mode
        self._full_screen_drawn = False
        self.text_scale_index = int(str(self.settings.value("text_scale_index", 1)))

        context.message.connect(self.show_message)
        context.case_replaced.connect(self._case_replaced)
        context.modified_changed.connect(self._draw_title)
        self.view_state.changed.connect(self.draw_view_state)
        self.files.version_saved.connect(lambda _number: self.history.refresh())
        self.history.compare_wanted.connect(self.compare_host.show)
        self.scene.message.connect(self.show_message)
        self.scene.map_changed.connect(self._map_changed)
        self.scene.laid_out.connect(self._legibility_changed)
        self.scene.rings_resized.connect(lambda: QTimer.singleShot(0, self.view.fit))
        self.scene.selectionChanged.connect(self._selection_changed)
        self.status_legibility.clicked.connect(self.editor.auto_arrange)
        self.undo_stack.canUndoChanged.connect(self._undo_changed)
        self.undo_stack.canRedoChanged.connect(self._undo_changed)
        self.view.zoom_changed.connect(lambda zoom: self.status_line.zoom.setText(f"{zoom:.0%}"))
        self.palette_panel.add_requested.connect(self._add_from_palette)
        self.inspector.node_edit.connect(self._edit_node)
        self.inspector.ties_edit.connect(self._edit_ties)

        self.apply_text_scale()
        self.resize(1280, 820)
        context.set_case(context.case)

    def find_in_palette(self) -> None:
        """Edit > Find (Ctrl+F): the People and places panel, in front, its Find box ready for typing."""
        self.view_state.set_panel(Panel.PEOPLE, True)
        self.docks[Panel.PEOPLE].raise_()
        self.palette_panel.filter_edit.setFocus()
        self.palette_panel.filter_edit.selectAll()

    def toggle_panel(self, panel: Panel) -> None:
        self.view_state.set_panel(panel, self.editor_actions[f"panel.{panel.value}"].isChecked())

    # -- the case ---------------------------------------------------------------

    @property
    def case(self) -> OpenCase:
        return self.context.case

    def _case_replaced(self) -> None:
        """A case was opened, started or recovered: show its working draft, fitted to the window."""
        self.history.case_changed()
        self.view.fit()
        if self.case.read_only:
            reason = self.case.read_only_reason
            self.show_message(translate("MainWindow", "Read-only: this case is {reason}").format(reason=reason))

    @property
    def editable(self) -> bool:
        """Whether the canvas shows the working draft of a writable case and nothing else has the window."""
        return self.view_state.editable

    @property
    def modified(self) -> bool:
        return self.context.modified

    def show_message(self, text: str) -> None:
        self.status_message.setText(text)

    # -- drawing the view state ------------------------------------------------------

    def draw_view_state(self) -> None:
        """Make the window show what the view state says: panels, menus, session mode, editing, title."""
        state = self.view_state
        for panel, dock in self.docks.items():
            shown = state.panel_shown(panel)
            if dock.isHidden() == shown:
                dock.setVisible(shown)
            toggle = self.editor_actions[f"panel.{panel.value}"]
            toggle.setChecked(shown)
        if state.version is None:
            self.banner.hide()
        self._draw_session_mode()
        self.compare_host.follow()
        comparing = state.comparing is not None
        self.status_line.show_canvas_figures(not comparing)
        self.scene.set_editable(state.editable)
        self.palette_panel.setEnabled(state.editable)
        self.inspector.setEnabled(not comparing)
        self._update_actions()
        self._selection_changed()
        self._legibility_changed()
        self._draw_title()

    def _draw_session_mode(self) -> None:
        on = self.view_state.session_mode
        self.editor_actions["session_mode"].setChecked(on)
        self.menuBar().setVisible(not on)
        if on == self._full_screen_drawn:
            return
        self._full_screen_drawn = on
        self.session_bar.setVisible(on)
        if on:
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.session_bar)
            self.showFullScreen()
        else:
            self.removeToolBar(self.session_bar)
            self.showNormal()
        self.view.fit()

    def _draw_title(self) -> None:
        self.setWindowTitle(self.view_state.title())
        self.setWindowModified(self.context.modified)

    def _undo_changed(self, _can: bool) -> None:
        if shiboken6.isValid(self.undo_stack):  # it says so once more while the window is destroyed
            self._update_actions()

    def _update_actions(self) -> None:
        if self.scene.map is None:
            return
        self.editor_actions.update(
            self.view_state,
            node_selected=len(self.scene.selected_node_ids()) == 1,
            tie_selected=bool(self.scene.selected_tie_ids()),
            can_undo=self.undo_stack.canUndo(),
            can_redo=self.undo_stack.canRedo(),
            recent_files=bool(self.files.recent_files()),
            one_selected=self.plan.selection_about() is not None,
        )

    # -- comparing versions -------------------------------------------------------

    def show_compare(self, a: int, b: int) -> None:
        """What changed from saved version ``a`` to ``b`` (0: the working draft), in place of the canvas."""
        self.compare_host.show(a, b)

    def leave_compare(self) -> None:
        self.view_state.leave_compare()

    @property
    def compare_widget(self) -> "CompareWidget":
        return self.compare_host.widget

    def zoom_by(self, factor: float) -> None:
        """View > Zoom in / out: the canvas, or the compare view while comparing."""
        if self.compare_host.active:
            self.compare_widget.zoom_by(factor)
        else:
            self.view.zoom_by(factor)

    def fit(self) -> None:
        """View > Fit to window: the canvas, or the compare view while comparing."""
        if self.compare_host.active:
            self.compare_widget.fit()
        else:
            self.view.fit()

    # -- panels -----------------------------------------------------------------

    def _map_changed(self) -> None:
        counts = count(self.scene.map or self.case.map)
        self.legend.set_counts(counts)
        self.status_line.show_counts(counts)
        self._selection_changed()
        self._draw_title()

    def _legibility_changed(self) -> None:
        """Say in the status bar what keeps the map from reading at a glance, with a way to tidy it."""
        self.status_line.show_legibility(self.scene.legibility.describe(), can_arrange=self.view_state.editable)

    def _selection_changed(self) -> None:
        if self.scene.map is None:
            return
        self._update_actions()
        self.view.setAccessibleDescription(self.describe_selection())
        self.inspector.set_target(
            self.scene.map,
            self.scene.selected_node_ids(),
            self.scene.selected_tie_ids(),
            editable=self.view_state.editable,
        )
        self.session_ties.draw(self.view_state, self.scene.map, self.scene.selected_tie_ids())

    def describe_selection(self) -> str:
        """The selection in words, for screen readers and the status bar."""
        assert self.scene.map is not None
        return describe_selection(self.scene.map, self.scene.selected_node_ids(), self.scene.selected_tie_ids())

    def _add_from_palette(self, label: str, kind: Kind, domain: Domain) -> None:
        self.editor.add_person(label, kind, domain)

    def _edit_node(self, node_id: str, changes: dict[str, object]) -> None:
        if self.scene.map is not None and self.scene.map.has_node(node_id):
            self.editor.edit_node(node_id, changes)

    def _edit_ties(self, tie_ids: list[str], changes: dict[str, object]) -> None:
        if self.scene.map is not None and tie_ids:
            self.editor.edit_ties(tie_ids, changes)

    def rename_selected(self) -> None:
        chosen = self.scene.selected_node_ids()
        if len(chosen) == 1:
            self.editor.edit_label(chosen[0])

    # -- for everyone at the table -------------------------------------------------

    def apply_text_scale(self) -> None:
        scale = TEXT_SCALES[max(0, min(self.text_scale_index, len(TEXT_SCALES) - 1))]
        font = QApplication.font()
        font.setPointSizeF(10.0 * scale)
        self.setFont(font)
        self.fit_to_window.give_font(font)
        self.banner.setFont(font)  # a style sheet stops it inheriting the window's font
        self.scene.set_text_scale(scale)
        self.legend.set_text_scale(scale)

    def change_text_size(self, step: int) -> None:
        self.text_scale_index = max(0, min(len(TEXT_SCALES) - 1, self.text_scale_index + step if step else 1))
        self.settings.setValue("text_scale_index", self.text_scale_index)
        self.apply_text_scale()

    @property
    def session_mode(self) -> bool:
        return self.view_state.session_mode

    def set_session_mode(self, on: bool) -> None:
        """Full screen with only the canvas, the legend and a few large buttons (touch screens)."""
        self.view_state.set_session_mode(on)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close only when the work is safe or the user chose to discard it; an error keeps the window open."""
        event.ignore()
        try:
            closing = self.files.close_case()
        except Exception as error:  # noqa: BLE001 - whatever it was, the work may not be safe: stay open
            detail = translate("MainWindow", "An unexpected error ({error}) happened while closing the case.")
            headline = translate("MainWindow", "Ecomap did not close, so that nothing is lost.")
            self.context.show_error(headline, detail.format(error=type(error).__name__))
            return
        if closing:
            event.accept()
