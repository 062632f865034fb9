"""Session mode's tie buttons: the selected tie's capital, strength, stress and flow as large touch buttons.

Session mode hides the Details panel, so the tie's choices sit in a column of
their own on the left of the map (a landscape screen, 1024×600 as much as
1920×1080, has room beside the round map, never above or below it). Each
button shows the tie's current value (a dark fill, a ✓ and a thick border:
not by colour alone) and performs the same action as the key or menu item, so
each tap is one named undo step. The column stays while session mode is on, its
buttons disabled with a hint until a tie is selected: the map does not jump
under the finger when a tie is tapped. Its words are translated as they are
shown (context "SessionTieBar"); a capital and a strength are named by the
notation's word tables.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QGridLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model import notation
from ecomap.model.change_words import flow_arrow, flow_explained
from ecomap.model.elements import Tie
from ecomap.model.enums import Capital, Flow, Strength
from ecomap.model.network import EcoMap
from ecomap.ui.view_state import ViewState

BUTTON_HEIGHT = 48
"""Every button is at least this tall: the least a finger hits reliably, and ten rows fit a 600 px screen..."""
TALL_BUTTON_HEIGHT = 64
"""... or this tall on a tall screen (``TALL``), where the words are larger too."""
TEXT_GROWTH = 1.05
"""The buttons' words are this much larger than the window's, and bold..."""
TALL_GROWTH = 1.35
"""... or this much on a screen with room to spare beside the round map (as tall as ``TALL`` or more)."""
TALL = 800
MAX_SHARE = 0.3
"""The column takes at most this share of the window's width (smaller words if need be): the map needs the rest."""
SMALLEST_POINTS = 9.0
MARGIN, SPACING = 8, 6
CHECK = "✓ "
"""Put before the words of the chosen value."""
PADDING = 12
"""Room beside a button's words: its padding and (chosen) border, with a little to spare."""
CHIP = 8
"""The capital buttons carry a strip of the capital's colour on their left."""
SELECT_HINT = QT_TRANSLATE_NOOP("SessionTieBar", "Select a tie to change it")
READ_ONLY_HINT = QT_TRANSLATE_NOOP("SessionTieBar", "This map cannot be changed now")
DIRECTION_HINT = QT_TRANSLATE_NOOP("SessionTieBar", "Select one tie to choose a direction")
"""The hints, in English: translated where shown."""
INK, CHOSEN_INK, PAPER = "#1A1A1A", "#1F1F1F", "#FFFFFF"
T = TypeVar("T")


class ActionLookup(Protocol):
    """The editor's actions by name (:class:`~ecomap.ui.actions.EditorActions`)."""

    def __getitem__(self, name: str) -> QAction: ...


@dataclass(frozen=True, slots=True)
class _Choice:
    """One button: the action it triggers, the field and value it shows, and its words."""

    action: str
    field: str
    value: object
    english: str = ""
    """The words in English, for a choice the notation's tables do not name (translated as shown)."""
    colour: str = ""

    @property
    def words(self) -> str:
        """The button's words in the current language: "Bonding (B)", "Strong", "Both ways"."""
        if isinstance(self.value, Capital):
            return f"{notation.CAPITAL_NAMES[self.value]} ({notation.CAPITAL_MARKS[self.value]})"
        if isinstance(self.value, Strength):
            return notation.STRENGTH_NAMES[self.value]
        return translate("SessionTieBar", self.english)


CAPITALS = [_Choice(f"capital.{c.value}", "capital", c, colour=notation.CAPITAL_COLOURS[c]) for c in Capital]
STRENGTHS = [_Choice(f"strength.{s.value}", "strength", s) for s in Strength]
STRESS = _Choice("stress", "stressful", True, QT_TRANSLATE_NOOP("SessionTieBar", "Stressful (hatched line)"))
FLOWS = {
    Flow.NONE: _Choice("flow.none", "flow", Flow.NONE, QT_TRANSLATE_NOOP("SessionTieBar", "No flow")),
    Flow.BOTH: _Choice("flow.both", "flow", Flow.BOTH, QT_TRANSLATE_NOOP("SessionTieBar", "Both ways")),
    Flow.TO_TARGET: _Choice("flow.to_target", "flow", Flow.TO_TARGET, QT_TRANSLATE_NOOP("SessionTieBar", "One way")),
    Flow.TO_SOURCE: _Choice("flow.to_source", "flow", Flow.TO_SOURCE, QT_TRANSLATE_NOOP("SessionTieBar", "Other way")),
}
"""Flow in words; for one tie the two one-way buttons name its ends instead ("Lee → Gran")."""


def shown_in(state: ViewState) -> bool:
    """Whether the tie buttons are shown: in session mode, on the working draft of a writable case."""
    return state.session_mode and state.comparing is None and state.version is None and not state.read_only


def button_style(colour: str) -> str:
    """White with dark words; the chosen one dark with white words and a thick border (greyscale-safe)."""
    chip = f"border-left: {CHIP}px solid {colour};" if colour else ""  # not user text
    return (
        f"QToolButton {{ background: {PAPER}; color: {INK}; border: 1px solid #8C8C8C; border-radius: 6px;"
        f" padding: 4px 6px; {chip} }}"
        f"QToolButton:checked {{ background: {CHOSEN_INK}; color: {PAPER}; border: 3px solid {CHOSEN_INK}; {chip} }}"
        "QToolButton:pressed { background: #D9D9D9; }"  # not user text: a style sheet
        "QToolButton:disabled { color: #6E6E6E; background: #F2F2F2; border-color: #C8C8C8; }"
        "QToolButton:checked:disabled { color: #FFFFFF; background: #7A7A7A; border: 3px solid #7A7A7A; }"
    )


class TouchButton(QToolButton):
    """A large button whose words fit its width: a ✓ before them when chosen, a long flow on two lines."""

    def __init__(self, choice: _Choice) -> None:
        super().__init__()
        self.choice = choice
        self.words = choice.words
        self.least_height = BUTTON_HEIGHT
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tap leaves the keys (B, 1, S, F) with the map
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(BUTTON_HEIGHT)
        self.setStyleSheet(button_style(choice.colour))

    def show_value(self, words: str, chosen: bool, enabled: bool, tip: str = "") -> None:
        self.words = words
        self.setChecked(chosen)
        self.setEnabled(enabled)
        self.setToolTip(tip)
        self.setAccessibleName(translate("SessionTieBar", "{words}: chosen").format(words=words) if chosen else words)
        self._fit_words()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_words()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_words()

    def _fit_words(self) -> None:
        """The words on one line if they fit, else a flow on two lines ("Lee →" / "Gran"), each cut to fit."""
        text = (CHECK if self.isChecked() else "") + self.words
        room = self.width() - 2 * PADDING - (CHIP if self.choice.colour else 0)
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(text) > room:
            head, arrow, tail = text.partition(" → ")
            parts = [head + " →", tail] if arrow else [text]
            text = "\n".join(metrics.elidedText(part, Qt.TextElideMode.ElideRight, room) for part in parts)
        self.setText(text.replace("&", "&&"))  # a name's "&" is shown, not taken for a shortcut's mark
        lines = text.count("\n") + 1
        self.setMinimumHeight(max(self.least_height, lines * metrics.lineSpacing() + 2 * PADDING))


class SessionTieBar(QDockWidget):
    """A column of large buttons for the selected ties, left of the map in session mode."""

    def __init__(self, actions: ActionLookup, window: QMainWindow) -> None:
        super().__init__(translate("SessionTieBar", "Selected tie"), window)
        self.setObjectName("sessionTieDock")
        self.setAccessibleName(translate("SessionTieBar", "Selected tie"))
        self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.setTitleBarWidget(QWidget())  # no title bar: it cannot be moved or closed, and takes no room
        self._actions = actions
        self._window = window
        self._shown: tuple[ViewState, EcoMap | None, list[str]] | None = None
        self.header = _plain_label(translate("SessionTieBar", SELECT_HINT))
        self.header.setAccessibleName(translate("SessionTieBar", "Selected tie"))
        self.buttons: dict[str, TouchButton] = {}
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        grid.setSpacing(SPACING)
        self._labels = [self.header, _plain_label(translate("SessionTieBar", "Social capital"))]
        self._labels.append(_plain_label(translate("SessionTieBar", "Strength")))
        self._labels.append(_plain_label(translate("SessionTieBar", "Flow of energy")))
        grid.addWidget(self.header, 0, 0, 1, 2)
        grid.addWidget(self._labels[1], 1, 0)
        grid.addWidget(self._labels[2], 1, 1)
        for row, (capital, strength) in enumerate(zip(CAPITALS, STRENGTHS, strict=True), start=2):
            grid.addWidget(self._button(capital), row, 0)
            grid.addWidget(self._button(strength), row, 1)
        grid.addWidget(self._button(STRESS), 5, 0, 1, 2)
        grid.addWidget(self._labels[3], 6, 0, 1, 2)
        grid.addWidget(self._button(FLOWS[Flow.NONE]), 7, 0)
        grid.addWidget(self._button(FLOWS[Flow.BOTH]), 7, 1)
        for row, flow in ((8, Flow.TO_TARGET), (9, Flow.TO_SOURCE)):
            button = self._button(FLOWS[flow])
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # names do not widen it
            grid.addWidget(button, row, 0, 1, 2)
        grid.setRowStretch(10, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._content = content
        self._scroll = QScrollArea()
        self._scroll.setAccessibleName(translate("SessionTieBar", "Selected tie"))
        self._scroll.setWidget(content)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self._scroll)
        self._scrolls = False
        self._scroll.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self._fit_width())
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self)
        window.installEventFilter(self)
        self.hide()

    def _button(self, choice: _Choice) -> TouchButton:
        button = TouchButton(choice)
        button.clicked.connect(lambda _checked=False, name=choice.action: self._tapped(name))
        self.buttons[choice.action] = button
        return button

    def _tapped(self, name: str) -> None:
        """Do what the key does; then show the tie as it is (Qt checked the button already, even if refused)."""
        self._actions[name].trigger()
        if self._shown is not None:
            self.draw(*self._shown)

    # -- showing ---------------------------------------------------------------------

    def draw(self, state: ViewState, ecomap: EcoMap | None, tie_ids: list[str]) -> None:
        """Show the selected ties' values, or the hint; shown only in session mode (:func:`shown_in`)."""
        self._shown = (state, ecomap, list(tie_ids))
        visible = shown_in(state)
        if self.isHidden() == visible:
            self.setVisible(visible)
            if visible:
                self._size_to_words()
        if not visible:
            return
        ties = [ecomap.tie(t) for t in tie_ids if ecomap.has_tie(t)] if ecomap is not None else []
        if not ties:
            self.header.setText(translate("SessionTieBar", SELECT_HINT))
        elif not state.editable:
            self.header.setText(translate("SessionTieBar", READ_ONLY_HINT))
        elif len(ties) == 1:
            source, target = _ends(ecomap, ties) or ("", "")
            self.header.setText(
                translate("SessionTieBar", "Tie: {source} – {target}").format(source=source, target=target)
            )
        else:
            count = len(ties)  # (lupdate finds a plural's count only as a plain name)
            self.header.setText(translate("SessionTieBar", "%n ties selected: a tap changes all of them", None, count))
        for choice in [*CAPITALS, *STRENGTHS, STRESS]:
            self._show(choice, choice.words, ties)
        ends = _ends(ecomap, ties)
        either = ends or (translate("SessionTieBar", "one end"), translate("SessionTieBar", "the other"))
        for flow, choice in FLOWS.items():
            words, tip = choice.words, flow_explained(flow, *either)
            if flow in (Flow.TO_TARGET, Flow.TO_SOURCE):
                if ends is None:
                    tip = translate("SessionTieBar", DIRECTION_HINT)
                else:
                    giver, receiver = ends if flow is Flow.TO_TARGET else ends[::-1]
                    words = flow_arrow(giver, receiver)
            self._show(choice, words, ties, tip=tip, one_way_only=flow in (Flow.TO_TARGET, Flow.TO_SOURCE))

    def _show(self, choice: _Choice, words: str, ties: list[Tie], *, tip: str = "", one_way_only: bool = False) -> None:
        value = _common(getattr(t, choice.field) for t in ties)
        enabled = bool(ties) and self._actions[choice.action].isEnabled() and not (one_way_only and len(ties) > 1)
        if choice is STRESS:
            words = translate("SessionTieBar", "Stressful: some of them") if ties and value is None else words
            tip = translate("SessionTieBar", "A stressful tie is drawn hatched: tap to switch it on or off")
        self.buttons[choice.action].show_value(words, bool(ties) and value == choice.value, enabled, tip)

    # -- size ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """The window's text size changed: the words follow it, and the column fits them."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_to_words()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window was resized (or went full screen): the column's share of it follows."""
        if watched is self._window and event.type() == QEvent.Type.Resize and not self.isHidden():
            self._size_to_words()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width()

    def _size_to_words(self) -> None:
        """Bold words larger than the window's (more so on a tall screen), each column as wide as its widest
        words with a ✓; smaller words where the column would take more than its share of a narrow screen."""
        window = self._window
        tall = window.height() >= TALL
        size = self.font().pointSizeF() * (TALL_GROWTH if tall else TEXT_GROWTH)
        room = window.width() * MAX_SHARE - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        font = QFont(self.font())
        font.setBold(True)
        for _ in range(3):
            font.setPointSizeF(size)
            needed = _column_width(QFontMetrics(font))
            if needed <= room or size <= SMALLEST_POINTS:
                break
            size = max(SMALLEST_POINTS, size * room / needed)
        metrics = QFontMetrics(font)
        for label in self._labels:
            label.setFont(font)
        for button in self.buttons.values():
            button.least_height = TALL_BUTTON_HEIGHT if tall else BUTTON_HEIGHT
            button.setFont(font)
            if button.choice in (*CAPITALS, *STRENGTHS):  # the two columns: as wide as their widest words
                button.setMinimumWidth(_button_width(metrics, button.choice))
        self._content.adjustSize()
        self._scrolls = False
        self._fit_width()

    def _fit_width(self) -> None:
        """As wide as the buttons need, and a scroll bar's width more once they have been taller than the screen
        (kept until the words change size: a bar that came and went would narrow the buttons and lengthen them)."""
        content = self._content
        width = content.minimumSizeHint().width()
        height = content.heightForWidth(width) if content.hasHeightForWidth() else content.sizeHint().height()
        self._scrolls = self._scrolls or height > self.height() or self._scroll.verticalScrollBar().maximum() > 0
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) if self._scrolls else 0
        if self.width() != width + bar:
            self.setFixedWidth(width + bar)


def _button_width(metrics: QFontMetrics, choice: _Choice) -> int:
    return metrics.horizontalAdvance(CHECK + choice.words) + 2 * PADDING + (CHIP if choice.colour else 0)


def _column_width(metrics: QFontMetrics) -> int:
    """How wide the column is with words of ``metrics``: two columns of buttons, or the stress button's words."""
    columns = max(_button_width(metrics, c) for c in CAPITALS) + max(_button_width(metrics, s) for s in STRENGTHS)
    return max(columns + SPACING, _button_width(metrics, STRESS)) + 2 * MARGIN


def _plain_label(text: str) -> QLabel:
    """A caption or the hint (the words are set literally: a name may look like markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _common(values: Iterable[T]) -> T | None:
    """The one value all of ``values`` share, or None when they differ (or there are none)."""
    distinct = set(values)
    return next(iter(distinct)) if len(distinct) == 1 else None


def _ends(ecomap: EcoMap | None, ties: list[Tie]) -> tuple[str, str] | None:
    """The names of one tie's source and target, or None for several ties (or none)."""
    if ecomap is None or len(ties) != 1:
        return None
    unnamed = translate("SessionTieBar", "unnamed")
    return ecomap.node(ties[0].source).label or unnamed, ecomap.node(ties[0].target).label or unnamed
