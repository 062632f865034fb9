"""The History panel at work in the editor: showing saved versions read-only, new drafts from them, comparing.

The canvas shows one map at a time: the working draft (editable unless the
case is read-only) or a saved version (never editable), with a banner above
saying which. The working draft itself is never touched by looking at
versions; "Start a new draft from this version" replaces it in one undoable
step.
"""

from PySide6.QtCore import QObject, Signal

from ecomap.casefile.versions_table import VersionSummary
from ecomap.language import translate
from ecomap.model.case import Version
from ecomap.model.dates import written_date
from ecomap.model.network import EcoMap
from ecomap.ui.commands import ReplaceMapCommand
from ecomap.ui.context import EditorContext
from ecomap.ui.dialogs import one_line
from ecomap.ui.files import FILE_ERRORS
from ecomap.ui.history.banner import VersionBanner
from ecomap.ui.history.timeline import TimelinePanel


class HistoryController(QObject):
    """Keeps the History panel, the banner and the canvas in step with each other and the case."""

    compare_wanted = Signal(int, int)
    """Compare saved version a with b (0: the working draft)."""

    def __init__(self, context: EditorContext, panel: TimelinePanel, banner: VersionBanner) -> None:
        super().__init__(panel)
        self.context = context
        self.panel = panel
        self.banner = banner
        self._summaries: list[VersionSummary] = []

        panel.version_chosen.connect(self.show)
        panel.new_draft_requested.connect(self.new_draft_from)
        panel.compare_requested.connect(self.compare_wanted)
        banner.back_requested.connect(lambda: self.show(None))
        banner.new_draft_requested.connect(self._new_draft_from_shown)

    @property
    def shown(self) -> int | None:
        """The saved version on the canvas, or None while the working draft is."""
        return self.context.view_state.version

    # -- what the window tells us ---------------------------------------------------

    def case_changed(self) -> None:
        """A case was opened or started: list its versions, show its working draft."""
        self.banner.hide()
        self.context.editor.scene.set_map(self.context.case.map, editable=not self.context.case.read_only)
        self.refresh()

    def refresh(self) -> None:
        """List the case's versions again (one was saved); the row chosen stays chosen."""
        case = self.context.case
        self._summaries = case.summaries() if case.path is not None else []
        self.panel.set_versions(self._summaries, load_map=self._load_map)
        self.panel.new_draft_button.setEnabled(self.shown is not None and not case.read_only)

    # -- what the user asks for -----------------------------------------------------

    def show(self, number: int | None) -> None:
        """Show saved version ``number`` read-only, or the working draft (None), on the canvas."""
        context = self.context
        case = context.case
        scene = context.editor.scene
        if number is None:
            self.banner.hide()
            scene.set_map(case.map, editable=not case.read_only)
            context.view_state.show_draft()
            context.notify(translate("HistoryController", "The working draft"))
        else:
            version = self._read(number)
            if version is None:
                self.panel.select_version(self.shown)
                return
            scene.set_map(version.map, editable=False)
            self.banner.show_version(number, len(self._summaries), version, can_edit=not case.read_only)
            label = version.label.strip() or translate("HistoryController", "no label")
            title = translate("HistoryController", "Version {number}: {label}, {date}").format(
                number=number, label=label, date=written_date(version.date)
            )
            context.view_state.show_version(number, title)
            # the banner and title say which
            context.notify(translate("HistoryController", "Showing version {number} (read-only)").format(number=number))
        if self.panel.current_version() != number:
            self.panel.select_version(number)
        self.panel.new_draft_button.setEnabled(number is not None and not case.read_only)

    def new_draft_from(self, number: int) -> None:
        """The working draft becomes a copy of saved version ``number`` (one step Undo takes back)."""
        context = self.context
        case = context.case
        if case.read_only:
            refused = translate("HistoryController", "Read-only: this case is {reason}; nothing is saved here")
            context.notify(refused.format(reason=case.read_only_reason))
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
            translate("HistoryController", "Start a new draft from version {number}").format(number=number),
            based_on=(case.based_on, number),
            on_switch=based_on,
        )
        context.editor.push(command)
        context.editor.view.fit()
        context.notify(_copied_words(number, version.label))

    def _new_draft_from_shown(self) -> None:
        if self.shown is not None:
            self.new_draft_from(self.shown)

    def compare_draft(self) -> None:
        """What changed in the working draft since the latest saved version."""
        if not self._summaries:
            self.context.notify(
                translate(
                    "HistoryController", "Save a version first: the draft is compared with the latest saved version"
                )
            )
            return
        self.compare_wanted.emit(self._summaries[-1].number, 0)

    def _read(self, number: int) -> Version | None:
        """Saved version ``number``, or None after telling the user why it cannot be read."""
        try:
            return self.context.case.version(number)
        except FILE_ERRORS as error:
            self.context.show_error(
                translate("HistoryController", "Version {number} could not be shown.").format(number=number),
                one_line(str(error)),
            )
            return None

    def _load_map(self, number: int) -> EcoMap:
        """For the chart's effective size: a version that cannot be read gives a gap, not an error."""
        try:
            return self.context.case.version(number).map
        except FILE_ERRORS:
            return EcoMap.with_client("?")


def _copied_words(number: int, label: str) -> str:
    """What the status line says once the working draft is a copy of saved version ``number``."""
    if label.strip():
        words = translate(
            "HistoryController",
            "The working draft is now a copy of version {number} ({label}); Undo brings back the draft before",
        )
        return words.format(number=number, label=label.strip())
    words = translate(
        "HistoryController", "The working draft is now a copy of version {number}; Undo brings back the draft before"
    )
    return words.format(number=number)
