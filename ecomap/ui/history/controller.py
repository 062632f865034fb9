"""The History panel at work in the window: showing saved versions read-only, new drafts from them, comparing.

The canvas shows one map at a time: the working draft (editable unless the
case is read-only) or a saved version (never editable), with a banner above
saying which. The working draft itself is never touched by looking at
versions; "Start a new draft from this version" replaces it in one undoable
step.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from ecomap.casefile.versions_table import VersionSummary
from ecomap.model.case import Version
from ecomap.model.dates import written_date
from ecomap.model.network import EcoMap
from ecomap.ui.commands import ReplaceMapCommand
from ecomap.ui.dialogs import one_line
from ecomap.ui.files import FILE_ERRORS
from ecomap.ui.history.banner import VersionBanner
from ecomap.ui.history.timeline import TimelinePanel

if TYPE_CHECKING:
    from ecomap.ui.main_window import MainWindow


class HistoryController:
    """Keeps the History dock, the banner and the canvas in step with each other and the case."""

    def __init__(self, window: "MainWindow", banner: VersionBanner) -> None:
        self.window = window
        self.banner = banner
        self.panel = TimelinePanel()
        self.dock = QDockWidget("History", window)
        self.dock.setObjectName("HistoryDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.shown: int | None = None
        """The saved version on the canvas, or None while the working draft is."""
        self.shown_title = ""
        """What the window's title says about the saved version shown."""
        self._summaries: list[VersionSummary] = []

        self.panel.version_chosen.connect(self.show)
        self.panel.new_draft_requested.connect(self.new_draft_from)
        self.panel.compare_requested.connect(self.compare)
        banner.back_requested.connect(lambda: self.show(None))
        banner.new_draft_requested.connect(self._new_draft_from_shown)
        window.files.version_saved.connect(lambda _number: self.refresh())

    # -- what the window tells us ---------------------------------------------------

    def case_changed(self) -> None:
        """A case was opened or started: list its versions, show its working draft."""
        self.shown = None
        self.banner.hide()
        self.refresh()

    def refresh(self) -> None:
        """List the case's versions again (one was saved); the row chosen stays chosen."""
        case = self.window.case
        self._summaries = case.summaries() if case.path is not None else []
        self.panel.set_versions(self._summaries, load_map=self._load_map)
        self.panel.new_draft_button.setEnabled(self.shown is not None and not case.read_only)

    # -- what the user asks for -----------------------------------------------------

    def show(self, number: int | None) -> None:
        """Show saved version ``number`` read-only, or the working draft (None), on the canvas."""
        window = self.window
        window.leave_compare()
        case = window.case
        if number is None:
            self.shown = None
            self.banner.hide()
            window.scene.set_map(case.map, editable=not case.read_only)
            window.show_message("The working draft")
        else:
            version = self._read(number)
            if version is None:
                self.panel.select_version(self.shown)
                return
            self.shown = number
            window.scene.set_map(version.map, editable=False)
            self.banner.show_version(number, len(self._summaries), version, can_edit=not case.read_only)
            self.shown_title = f"Version {number}: {version.label.strip() or 'no label'}, {written_date(version.date)}"
            window.show_message(f"Showing version {number} (read-only)")  # the banner and title say which
        window.refresh_editing()
        window.update_title()
        if self.panel.current_version() != number:
            self.panel.select_version(number)
        self.panel.new_draft_button.setEnabled(number is not None and not case.read_only)

    def new_draft_from(self, number: int) -> None:
        """The working draft becomes a copy of saved version ``number`` (one step Undo takes back)."""
        window = self.window
        case = window.case
        if case.read_only:
            window.show_message(f"Read-only: this case is {case.read_only_reason}; nothing is saved here")
            return
        version = self._read(number)
        if version is None:
            return
        self.show(None)

        def based_on(value: int | None) -> None:
            case.based_on = value

        command = ReplaceMapCommand(
            case.map,
            version.map,
            f"Start a new draft from version {number}",
            based_on=(case.based_on, number),
            on_switch=based_on,
        )
        window.editor.push(command)
        window.view.fit()
        window.show_message(
            f"The working draft is now a copy of {version_title_of(number, version.label)}; "
            "Undo brings back the draft before"
        )

    def _new_draft_from_shown(self) -> None:
        if self.shown is not None:
            self.new_draft_from(self.shown)

    def compare_draft(self) -> None:
        """What changed in the working draft since the latest saved version."""
        if not self._summaries:
            self.window.show_message("Save a version first: the draft is compared with the latest saved version")
            return
        self.compare(self._summaries[-1].number, 0)

    def compare(self, a: int, b: int) -> None:
        try:
            self.window.show_compare(a, b)
        except FILE_ERRORS as error:
            self.window.files.show_error("The versions could not be compared.", one_line(str(error)))

    def _read(self, number: int) -> Version | None:
        """Saved version ``number``, or None after telling the user why it cannot be read."""
        try:
            return self.window.case.version(number)
        except FILE_ERRORS as error:
            self.window.files.show_error(f"Version {number} could not be shown.", one_line(str(error)))
            return None

    def _load_map(self, number: int) -> EcoMap:
        """For the chart's effective size: a version that cannot be read gives a gap, not an error."""
        try:
            return self.window.case.version(number).map
        except FILE_ERRORS:
            return EcoMap.with_client("?")


def version_title_of(number: int, label: str) -> str:
    """'version 2 (3-month review)', or 'version 2' without a label."""
    return f"version {number} ({label.strip()})" if label.strip() else f"version {number}"
