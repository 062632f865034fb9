"""The editor's view state: what the window shows and allows, held in one object that the window renders.

Whether the canvas can be edited, which map it shows (the working draft, a
saved version, or a comparison in its place), session mode, which panels the
user wants and which are shown (and why not), a long task that has the window,
and the title: all of it is here, and only here. Controllers change it through
its transitions; the window draws it on :attr:`ViewState.changed` and keeps no
state of its own. Qt-free, so the rules are tested without a window.
"""

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from ecomap.language import translate
from ecomap.model.case import CaseDetails
from ecomap.model.events import Event


class Panel(Enum):
    """The window's panels (docks)."""

    PEOPLE = "people"
    DETAILS = "details"
    LEGEND = "legend"
    HISTORY = "history"
    PLAN = "plan"


@dataclass(frozen=True, slots=True)
class CaseTitle:
    """What the title says of the case: its reference, client and file name."""

    details: CaseDetails
    path: Path | None

    def words(self, *, with_client: bool = True) -> str:
        """``PR-1 – Lee – lee.ecomap``; without the client for a protected case, whose
        title other programs (task switchers, screen sharing) can read."""
        parts = [self.details.reference or translate("ViewState", "New case")]
        if self.details.client and with_client:
            parts.append(self.details.client)
        parts.append(self.path.name if self.path else translate("ViewState", "not saved yet"))
        return " – ".join(parts)


class ViewState:
    """One window's view of its case. Every change goes through a method and ends in :attr:`changed`."""

    def __init__(self) -> None:
        self.changed: Event[[]] = Event()
        self.read_only_reason = ""
        """Why the case cannot be changed here ("open in another Ecomap"), or empty."""
        self.protected = False
        """Whether a passphrase protects the case (the title says so; File > Protect… or Change… applies)."""
        self.version: int | None = None
        """The saved version on the canvas, or None for the working draft."""
        self.version_title = ""
        """How the title names that version ("Version 2: 3-month review, 12 Apr 2026")."""
        self.comparing: tuple[int, int] | None = None
        """The two versions compared in place of the canvas (0 for the working draft), or None."""
        self.session_mode = False
        """Full screen with the canvas, the legend and large buttons, for the table with the client."""
        self.busy = ""
        """What long task has the window (making a PDF), during which nothing may change; or empty."""
        self.wanted: dict[Panel, bool] = dict.fromkeys(Panel, True)
        """The panels the user has open; the mode decides which of them are shown."""
        self.case_title = CaseTitle(CaseDetails(), None)

    # -- what follows from it ------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def editable(self) -> bool:
        """Whether the canvas shows the working draft of a writable case, and nothing else has the window."""
        return not self.read_only and self.version is None and self.comparing is None and not self.busy

    @property
    def can_leave_case(self) -> bool:
        """Whether the case may be closed or another opened (not while a task is reading it)."""
        return not self.busy

    def panel_shown(self, panel: Panel) -> bool:
        return self.why_hidden(panel) == ""

    def why_hidden(self, panel: Panel) -> str:
        """Why ``panel`` is not shown, in words; empty if it is shown."""
        if self.session_mode and panel is not Panel.LEGEND:
            return translate("ViewState", "session mode shows only the map and its legend")
        if self.comparing is not None and panel is not Panel.HISTORY:
            return translate("ViewState", "the comparison has its own key and is not edited")
        if not self.wanted[panel] and not (self.session_mode and panel is Panel.LEGEND):
            return translate("ViewState", "closed", "a panel")
        return ""

    def title(self, *, modified_mark: str = "[*]") -> str:
        """The window title: what is shown, the case, whether it is protected, a modified mark, and read-only state."""
        case = self.case_title.words(with_client=not self.protected)
        if self.protected:
            case = translate("ViewState", "{case} (protected)").format(case=case)
        title = f"{case}{modified_mark} – Ecomap"
        if self.comparing is not None:
            a, b = self.comparing
            comparing = (
                translate("ViewState", "Comparing version {a} with the working draft – {title}")
                if b == 0
                else translate("ViewState", "Comparing version {a} with version {b} – {title}")
            )
            title = comparing.format(a=a, b=b, title=title)
        elif self.version is not None:
            title = translate("ViewState", "{version} (read-only) – {title}").format(
                version=self.version_title, title=title
            )
        if self.read_only:
            title = translate("ViewState", "{title} [read-only: {reason}]").format(
                title=title, reason=self.read_only_reason
            )
        return title

    # -- transitions -----------------------------------------------------------------

    def open_case(
        self, details: CaseDetails, path: Path | None, read_only_reason: str, *, protected: bool = False
    ) -> None:
        """Another case (or a new one) is shown: its working draft, nothing compared."""
        self.case_title = CaseTitle(details, path)
        self.read_only_reason = read_only_reason
        self.protected = protected
        self.version, self.version_title, self.comparing = None, "", None
        self.changed.emit()

    def rename_case_to(self, details: CaseDetails, path: Path | None) -> None:
        """The case's details or file changed (a first save)."""
        self.case_title = CaseTitle(details, path)
        self.changed.emit()

    def set_protected(self, on: bool) -> None:
        """A passphrase now protects the case, or no longer does."""
        self.protected = on
        self.changed.emit()

    def show_draft(self) -> None:
        self.version, self.version_title, self.comparing = None, "", None
        self.changed.emit()

    def show_version(self, number: int, title: str) -> None:
        """Saved version ``number`` on the canvas, read-only."""
        self.version, self.version_title, self.comparing = number, title, None
        self.changed.emit()

    def compare(self, a: int, b: int) -> None:
        """Versions ``a`` and ``b`` (0: the working draft) compared in place of the canvas."""
        self.comparing = (a, b)
        self.changed.emit()

    def leave_compare(self) -> None:
        """Back to what the canvas showed before comparing."""
        if self.comparing is not None:
            self.comparing = None
            self.changed.emit()

    def set_session_mode(self, on: bool) -> None:
        if on != self.session_mode:
            self.session_mode = on
            self.changed.emit()

    def set_panel(self, panel: Panel, on: bool) -> None:
        """The user opened or closed ``panel``. Opening one the mode hides leaves the mode first
        (asking for the People panel in session mode means wanting the full window back)."""
        if on and self.session_mode and panel is not Panel.LEGEND:
            self.session_mode = False
        if on and self.comparing is not None and panel is not Panel.HISTORY:
            self.comparing = None
        self.wanted[panel] = on
        self.changed.emit()

    def begin_busy(self, what: str) -> None:
        self.busy = what
        self.changed.emit()

    def end_busy(self) -> None:
        self.busy = ""
        self.changed.emit()
