"""The editor's main window: the canvas in the middle, palette left, inspector and legend right."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ecomap.model.enums import Domain, Kind
from ecomap.model.metrics import count
from ecomap.model.notation import TEXT_SCALES
from ecomap.ui.actions import EditorActions
from ecomap.ui.canvas.editing import CanvasEditor
from ecomap.ui.canvas.scene import MapScene
from ecomap.ui.canvas.view import MapView
from ecomap.ui.compare.host import CompareHost
from ecomap.ui.files import FileController
from ecomap.ui.history.banner import VersionBanner
from ecomap.ui.history.controller import HistoryController
from ecomap.ui.open_case import OpenCase
from ecomap.ui.panels.inspector import InspectorPanel
from ecomap.ui.panels.legend import LegendWidget
from ecomap.ui.panels.palette import PalettePanel
from ecomap.ui.pdf_export import PdfExporter
from ecomap.ui.returning import ReturningPeople
from ecomap.ui.session_mode import SessionBar

if TYPE_CHECKING:
    from ecomap.ui.compare.compare_view import CompareWidget


class MainWindow(QMainWindow):
    """One window, one case. The title shows the case, a modified mark and read-only state."""

    def __init__(self, case: OpenCase | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.undo_stack = QUndoStack(self)
        self.scene = MapScene(self)
        self.view = MapView(self.scene)
        self.editor = CanvasEditor(self.scene, self.view, self.undo_stack)
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
        self.setObjectName("mainWindow")
        self.case = OpenCase.new_unsaved()

        self.palette_panel = PalettePanel()
        self.inspector = InspectorPanel()
        self.legend = LegendWidget()
        self.palette_dock = self._dock("People and places", self.palette_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector_dock = self._dock("Details", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea)
        self.legend_dock = self._dock("Legend", self.legend, Qt.DockWidgetArea.RightDockWidgetArea)

        self.status_message = QLabel()
        self.status_legibility = QToolButton()
        self.status_legibility.setAutoRaise(True)
        self.status_legibility.setAccessibleName("Legibility")
        self.status_legibility.hide()
        self.status_counts = QLabel()
        self.status_zoom = QLabel()
        for label, name in (
            (self.status_message, "Status"),
            (self.status_counts, "Counts"),
            (self.status_zoom, "Zoom"),
        ):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAccessibleName(name)
        self.statusBar().addWidget(self.status_message, 1)
        self.statusBar().addPermanentWidget(self.status_legibility)
        self.statusBar().addPermanentWidget(self.status_counts)
        self.statusBar().addPermanentWidget(self.status_zoom)

        self.files = FileController(self)
        self.returning = ReturningPeople(self, lambda: self.case)
        self.editor.returning = self.returning.offer
        self.history = HistoryController(self, self.banner)
        self.pdf_export = PdfExporter(self)
        self.tabifyDockWidget(self.palette_dock, self.history.dock)
        self.palette_dock.raise_()
        self.editor_actions = EditorActions(self)
        self.compare_host = CompareHost(self, self.central)
        self.session_bar = SessionBar(self.editor_actions.session_actions(), self)
        self.session_bar.hide()
        self._session_mode = False
        self._panels_before: list[tuple[QDockWidget, bool]] = []
        self.text_scale_index = int(str(self.settings.value("text_scale_index", 1)))

        self.scene.message.connect(self.show_message)
        self.scene.map_changed.connect(self._map_changed)
        self.scene.laid_out.connect(self._legibility_changed)
        self.scene.rings_resized.connect(lambda: QTimer.singleShot(0, self.view.fit))
        self.status_legibility.clicked.connect(self.editor.auto_arrange)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.undo_stack.cleanChanged.connect(self.update_title)
        self.view.zoom_changed.connect(lambda zoom: self.status_zoom.setText(f"{zoom:.0%}"))
        self.palette_panel.add_requested.connect(self._add_from_palette)
        self.inspector.node_edit.connect(self._edit_node)
        self.inspector.ties_edit.connect(self._edit_ties)

        self.apply_text_scale()
        self.resize(1280, 820)
        self.set_case(case or OpenCase.new_unsaved())

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title.replace(" ", "") + "Dock")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    # -- the case ---------------------------------------------------------------

    def set_case(self, case: OpenCase) -> None:
        """Show ``case``'s working map (the previous case is closed by the caller)."""
        self.leave_compare()
        self.case = case
        self.undo_stack.clear()
        self.scene.set_map(case.map, editable=not case.read_only)
        self.history.case_changed()
        self.refresh_editing()
        self.update_title()
        self.view.fit()
        if case.read_only:
            self.show_message(f"Read-only: this case is {case.read_only_reason}")

    def replace_map(self) -> None:
        """The case's map object was replaced (recovered changes): show it, unsaved."""
        self.undo_stack.clear()
        self.history.show(None)
        self.undo_stack.resetClean()
        self.update_title()

    @property
    def editable(self) -> bool:
        """Whether the canvas shows the working draft of a writable case (not a saved version, not comparing)."""
        return not self.case.read_only and self.history.shown is None and not self.compare_host.active

    def refresh_editing(self) -> None:
        """Turn editing actions, undo and the panels on or off to match :attr:`editable`."""
        on = self.editable
        actions = self.editor_actions
        actions.set_editable(on)
        actions.undo.setEnabled(on and self.undo_stack.canUndo())
        actions.redo.setEnabled(on and self.undo_stack.canRedo())
        self.palette_panel.setEnabled(on)
        self.inspector.setEnabled(not self.compare_host.active)
        self._selection_changed()

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean() or self.files.unsaved_recovery

    def update_title(self) -> None:
        details = self.case.details
        parts = [details.reference or "New case"]
        if details.client:
            parts.append(details.client)
        parts.append(self.case.path.name if self.case.path else "not saved yet")
        title = " – ".join(parts) + "[*] – Ecomap"
        if self.history.shown is not None:
            title = f"{self.history.shown_title} (read-only) – {title}"
        if self.case.read_only:
            title += f" [read-only: {self.case.read_only_reason}]"
        self.setWindowTitle(title)
        self.setWindowModified(self.modified)

    def show_message(self, text: str) -> None:
        self.status_message.setText(text)

    # -- comparing versions -------------------------------------------------------

    @property
    def compare_widget(self) -> "CompareWidget":
        return self.compare_host.widget

    def show_compare(self, a: int, b: int) -> None:
        """What changed from saved version ``a`` to ``b``, read-only, in place of the canvas."""
        self.compare_host.show(a, b)

    def leave_compare(self) -> None:
        """Back from comparing to the map, editable again unless the case is read-only."""
        self.compare_host.leave()

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
        by_capital = counts.by_capital
        self.status_counts.setText(
            f"{counts.nodes} people and places, {counts.ties} ties: "
            f"B {by_capital['bonding']}, Br {by_capital['bridging']}, L {by_capital['linking']}"
        )
        self.status_counts.setToolTip(
            f"Bonding {by_capital['bonding']}, bridging {by_capital['bridging']}, linking {by_capital['linking']}"
        )
        self._selection_changed()
        self.update_title()

    def _legibility_changed(self) -> None:
        """Say in the status bar what keeps the map from reading at a glance, with a way to tidy it."""
        problems = self.scene.legibility.describe()
        self.status_legibility.setVisible(bool(problems))
        if not problems:
            return
        words = "; ".join(problems)
        if self.editable:
            self.status_legibility.setText(f"{words[0].upper()}{words[1:]} – Auto-arrange")
            self.status_legibility.setToolTip("Auto-arrange (Ctrl+Shift+A) places everyone so that nothing overlaps")
        else:
            self.status_legibility.setText(f"{words[0].upper()}{words[1:]}")
            self.status_legibility.setToolTip("")
        self.status_legibility.setEnabled(self.editable)

    def _selection_changed(self) -> None:
        if self.scene.map is None:
            return
        self.view.setAccessibleDescription(self.describe_selection())
        self.inspector.set_target(
            self.scene.map,
            self.scene.selected_node_ids(),
            self.scene.selected_tie_ids(),
            editable=self.editable,
        )

    def describe_selection(self) -> str:
        """The selection in words, for screen readers and the status bar."""
        ecomap = self.scene.map
        assert ecomap is not None
        nodes, ties = self.scene.selected_node_ids(), self.scene.selected_tie_ids()
        if len(nodes) == 1 and not ties:
            node = ecomap.node(nodes[0])
            what = "the client" if node.is_client else f"{node.kind.value} in {node.domain.value.replace('_', ' ')}"
            return f"Selected: {node.label}, {what}, {len(ecomap.ties_of(node.id))} ties"
        if len(ties) == 1 and not nodes:
            tie = ecomap.tie(ties[0])
            stress = ", stressful" if tie.stressful else ""
            ends = f"{ecomap.node(tie.source).label} and {ecomap.node(tie.target).label}"
            return f"Selected: tie between {ends}, {tie.capital.value}, {tie.strength.value}{stress}"
        if nodes or ties:
            return f"Selected: {len(nodes)} people or places and {len(ties)} ties"
        return "Nothing selected. Double-click to add a person; press Tab to move between people."

    def _add_from_palette(self, label: str, kind: Kind, domain: Domain) -> None:
        self.editor.add_person(label, kind, domain)

    def _edit_node(self, node_id: str, changes: dict[str, object]) -> None:
        if self.scene.map is not None and self.scene.map.has_node(node_id):
            self.editor.edit_node(node_id, changes)

    def _edit_ties(self, tie_ids: list[str], changes: dict[str, object]) -> None:
        if self.scene.map is not None and tie_ids:
            self.editor.edit_ties(tie_ids, changes)

    # -- for everyone at the table -------------------------------------------------

    def apply_text_scale(self) -> None:
        scale = TEXT_SCALES[max(0, min(self.text_scale_index, len(TEXT_SCALES) - 1))]
        font = QApplication.font()
        font.setPointSizeF(10.0 * scale)
        self.setFont(font)
        self.banner.setFont(font)  # a style sheet stops it inheriting the window's font
        self.scene.set_text_scale(scale)
        self.legend.set_text_scale(scale)

    def change_text_size(self, step: int) -> None:
        self.text_scale_index = max(0, min(len(TEXT_SCALES) - 1, self.text_scale_index + step if step else 1))
        self.settings.setValue("text_scale_index", self.text_scale_index)
        self.apply_text_scale()

    @property
    def session_mode(self) -> bool:
        return self._session_mode

    def set_session_mode(self, on: bool) -> None:
        """Full screen with only the canvas, the legend and a few large buttons (touch screens)."""
        if on == self._session_mode:
            return
        self._session_mode = on
        self.menuBar().setVisible(not on)
        panels = (self.palette_dock, self.inspector_dock, self.history.dock)
        if on:  # put away the panels that are open, and give back just those (the same tab in front)
            self._panels_before = [(dock, dock.isVisible()) for dock in panels if not dock.isHidden()]
            for dock in panels:
                dock.hide()
        else:
            for dock, _in_front in self._panels_before:
                dock.show()
            for dock, in_front in self._panels_before:
                if in_front:
                    dock.raise_()
        self.legend_dock.setVisible(True)
        self.session_bar.setVisible(on)
        if on:
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.session_bar)
            self.showFullScreen()
        else:
            self.removeToolBar(self.session_bar)
            self.showNormal()
        self.view.fit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.close_case():
            event.accept()
        else:
            event.ignore()
