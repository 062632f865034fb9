"""The inspector: the selected person's or ties' details, changed in place, one undo step per change.

It never edits the model: each user action emits ``node_edit`` or ``ties_edit`` once and the
window pushes an undo command. ``set_target`` never overwrites a field the user is typing in.
Its words are in the program's language (context "Inspector").
"""

import html
from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model import notation
from ecomap.model.change_words import flow_explained
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.network import EcoMap
from ecomap.model.rules import MAX_LABEL_LENGTH
from ecomap.ui.panels.controls import ChoiceButtons, PageStack, notes_edit, plain_label
from ecomap.ui.panels.samples import KIND_CAPTIONS, capital_icon, node_icon, strength_icon
from ecomap.ui.selection_words import flow_end_words, one_way_words, selected_count

HINT = QT_TRANSLATE_NOOP(
    "Inspector", "Double-click the canvas to add a person; drag from a person's edge to another to tie them."
)
NEUTRAL_CHOICE = "#333333"
NOTE_STYLE = "background: #FFF4D6; border: 1px solid #C9A227; padding: 4px;"  # not user text
T = TypeVar("T")
FLOW_WORDS = {
    Flow.NONE: QT_TRANSLATE_NOOP("Inspector", "None"),
    Flow.BOTH: QT_TRANSLATE_NOOP("Inspector", "Both ways"),
    Flow.TO_TARGET: QT_TRANSLATE_NOOP("Inspector", "One way"),
    Flow.TO_SOURCE: QT_TRANSLATE_NOOP("Inspector", "Other way"),
}
"""Flow in words; a single tie's one-way choices name its ends instead ("Gran → Sam")."""
FLOW_ORDER = (Flow.NONE, Flow.BOTH, Flow.TO_TARGET, Flow.TO_SOURCE)
FLOW_CELLS = ((0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 2), (2, 0, 1, 2))
"""The short flow choices side by side, each direction on a row of its own: both names whole, the
receiver on a line of its own ("→ Probation officer") when they do not fit on one."""


def capital_tip(capital: Capital) -> str:
    """A capital button's tooltip: "Bonding: close ties among people like them — family, close friends"."""
    return f"{notation.CAPITAL_NAMES[capital]}: {notation.CAPITAL_EXAMPLES[capital]}"


class InspectorPanel(QWidget):
    """Details of the selection: a hint, one person, several people, or one or more ties."""

    # The changes travel as ``object``: a ``dict`` signal argument becomes a QVariantMap on the
    # way, which turns the enum members (StrEnum) into plain strings the model refuses.
    node_edit = Signal(str, object)
    """(node id, {field: value}) for one user change."""
    ties_edit = Signal(list, object)
    """(tie ids, {field: value}) for one user change to every selected tie."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Inspector", "Details"))
        self._map: EcoMap | None = None
        self._node_id: str | None = None
        self._tie_ids: list[str] = []
        self._editable = True
        self._name_base = ""
        self._notes_base = ""
        self._tie_notes_base = ""

        read_only = translate("Inspector", "Read-only: this map can be looked at but not changed.")
        self.read_only_note = plain_label(read_only, name=translate("Inspector", "Read-only"))
        self.read_only_note.setStyleSheet(NOTE_STYLE)
        self.pages = PageStack()
        self.hint_label = plain_label(translate("Inspector", HINT), name=translate("Inspector", "What to do"))
        self.count_label = plain_label(name=translate("Inspector", "Selection"))
        for label in (self.hint_label, self.count_label):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.node_page = self._build_node_page()
        self.ties_page = self._build_ties_page()
        for page in (self.hint_label, self.count_label, self.node_page, self.ties_page):
            self.pages.addWidget(page)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.pages)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("Inspector", "Details"))
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._scroll, self._content = scroll, content
        self.read_only_note.hide()
        self._show_page(self.hint_label)

    def sizeHint(self) -> QSize:
        """Room for a tie's details whatever is shown now, so the dock keeps space for editing."""
        return QSize(260, min(560, self.ties_page.sizeHint().height() + 24))

    def minimumSizeHint(self) -> QSize:
        """As wide as the fields need at this text size (their words wrap, but "Moderate" cannot), so the
        dock widens with larger text rather than cut the panel off on the right."""
        scroll_bar = self._scroll.verticalScrollBar().sizeHint().width()
        return QSize(self._content.minimumSizeHint().width() + scroll_bar, super().minimumSizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        """Pass text size changes on to the styled widgets: a style sheet stops them inheriting it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for child in self.findChildren(QWidget):
                if child.styleSheet():
                    child.setFont(self.font())
            self.updateGeometry()

    # -- building ------------------------------------------------------------------

    def _page(self, *rows: tuple[str, QWidget]) -> QWidget:
        """A page of fields, each under a bold caption ("" for none) that moves focus to it with Alt."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, widget in rows:
            if caption:
                label = plain_label(caption, wrap=False, bold=True)
                label.setBuddy(widget)
                layout.addSpacing(4)
                layout.addWidget(label)
            layout.addWidget(widget)
        layout.addStretch(1)  # the pages share one height: keep the fields together at the top
        return page

    def _build_node_page(self) -> QWidget:
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_LABEL_LENGTH)
        self.name_edit.setAccessibleName(translate("Inspector", "Name"))
        self.name_edit.setMinimumHeight(30)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(translate("Inspector", "Kind"))
        for kind in Kind:
            self.kind_combo.addItem(node_icon(kind, Domain.OTHER), KIND_CAPTIONS[kind], kind)
        self.domain_combo = QComboBox()
        self.domain_combo.setAccessibleName(translate("Inspector", "Area of life"))
        for domain, name in notation.DOMAIN_NAMES.items():
            self.domain_combo.addItem(node_icon(Kind.PERSON, domain), name, domain)
        for combo in (self.kind_combo, self.domain_combo):
            combo.setMinimumHeight(30)
        self.node_notes = notes_edit(translate("Inspector", "Notes about this person"))
        self.name_edit.editingFinished.connect(self._commit_name)
        self.kind_combo.activated.connect(lambda _index: self._commit_combo("kind", self.kind_combo))
        self.domain_combo.activated.connect(lambda _index: self._commit_combo("domain", self.domain_combo))
        self.node_notes.focus_lost.connect(self._commit_notes)
        return self._page(
            (translate("Inspector", "&Name"), self.name_edit),
            (translate("Inspector", "&Kind"), self.kind_combo),
            (translate("Inspector", "&Area of life"), self.domain_combo),
            (translate("Inspector", "N&otes"), self.node_notes),
        )

    def _build_ties_page(self) -> QWidget:
        self.between = plain_label(name=translate("Inspector", "Tie between"), bold=True)
        names, marks = notation.CAPITAL_NAMES, notation.CAPITAL_MARKS
        capitals = [
            (c, f"{names[c]} ({marks[c]})", capital_icon(c), capital_tip(c), notation.CAPITAL_COLOURS[c])
            for c in Capital
        ]
        cells = [(n, 0, 1, 1) for n in range(3)]
        self.capital_buttons = ChoiceButtons(translate("Inspector", "Social capital"), capitals, cells, QSize(40, 20))
        strengths = [(s, notation.STRENGTH_NAMES[s], strength_icon(s), "", NEUTRAL_CHOICE) for s in Strength]
        cells = [(0, n, 1, 1) for n in range(3)]
        self.strength_buttons = ChoiceButtons(
            translate("Inspector", "Strength"), strengths, cells, QSize(32, 16), under=True
        )
        self.stress_box = QCheckBox(translate("Inspector", "Stressful (hatched line)"))
        self.stress_box.setAccessibleName(translate("Inspector", "Stressful"))
        self.stress_box.setMinimumHeight(30)
        flows = [(f, translate("Inspector", FLOW_WORDS[f]), None, "", NEUTRAL_CHOICE) for f in FLOW_ORDER]
        self.flow_buttons = ChoiceButtons(translate("Inspector", "Flow of energy"), flows, FLOW_CELLS)
        self.tie_notes = notes_edit(translate("Inspector", "Notes about this tie"))
        self.capital_buttons.chosen.connect(lambda value: self._commit_ties("capital", value))
        self.strength_buttons.chosen.connect(lambda value: self._commit_ties("strength", value))
        self.flow_buttons.chosen.connect(lambda value: self._commit_ties("flow", value))
        self.stress_box.clicked.connect(self._commit_stress)
        self.tie_notes.focus_lost.connect(self._commit_notes)
        return self._page(
            ("", self.between),
            (translate("Inspector", "Social &capital"), self.capital_buttons),
            (translate("Inspector", "&Strength"), self.strength_buttons),
            ("", self.stress_box),
            (translate("Inspector", "F&low of energy"), self.flow_buttons),
            (translate("Inspector", "N&otes"), self.tie_notes),
        )

    # -- showing -------------------------------------------------------------------

    def set_target(self, ecomap: EcoMap, node_ids: list[str], tie_ids: list[str], *, editable: bool) -> None:
        """Show ``ecomap``'s selected nodes and ties; ``editable`` False shows them read-only."""
        node_ids = [n for n in node_ids if ecomap.has_node(n)]
        tie_ids = [t for t in tie_ids if ecomap.has_tie(t)]
        single_node = node_ids[0] if len(node_ids) == 1 and not tie_ids else None
        ties = tie_ids if tie_ids and not node_ids else []
        if ecomap is not self._map or single_node != self._node_id or ties != self._tie_ids:
            self._flush()
        self._map, self._editable = ecomap, editable
        self._node_id, self._tie_ids = single_node, ties
        self.read_only_note.setVisible(not editable and bool(node_ids or tie_ids))
        if single_node is not None:
            self._show_node(ecomap.node(single_node))
            self._show_page(self.node_page)
        elif ties:
            self._show_ties([ecomap.tie(t) for t in ties])
            self._show_page(self.ties_page)
        elif node_ids or tie_ids:
            self.count_label.setText(selected_count(len(node_ids), len(tie_ids)))
            self._show_page(self.count_label)
        else:
            self._show_page(self.hint_label)

    def _show_page(self, page: QWidget) -> None:
        """Show ``page``, sized to its own content (the others do not stretch the panel)."""
        for other in (self.hint_label, self.count_label, self.node_page, self.ties_page):
            policy = other.sizePolicy()  # keeps a wrapped label's height-for-width
            kind = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            policy.setHorizontalPolicy(kind)
            policy.setVerticalPolicy(kind)
            other.setSizePolicy(policy)
        self.pages.setCurrentWidget(page)
        self.pages.updateGeometry()  # the layout sizes it again (adjustSize would widen it past the dock)

    def _typing(self, field: QLineEdit | QPlainTextEdit, base: str) -> bool:
        text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        return field.hasFocus() and text != base

    def _show_node(self, node: Node) -> None:
        editable = self._editable
        if not self._typing(self.name_edit, self._name_base):
            self._name_base = node.label
            self.name_edit.setText(node.label)
        self.name_edit.setReadOnly(not editable)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(node.kind))
        view = self.kind_combo.view()
        if isinstance(view, QListView):
            view.setRowHidden(self.kind_combo.findData(Kind.CLIENT), not node.is_client)
        self.kind_combo.setEnabled(editable and not node.is_client)
        self.kind_combo.setToolTip(translate("Inspector", "The client stays the client") if node.is_client else "")
        self.domain_combo.setCurrentIndex(self.domain_combo.findData(node.domain))
        self.domain_combo.setEnabled(editable)
        if not self._typing(self.node_notes, self._notes_base):
            self._notes_base = node.notes
            self.node_notes.setPlainText(node.notes)
        self.node_notes.setReadOnly(not editable)

    def _show_ties(self, ties: list[Tie]) -> None:
        assert self._map is not None
        ecomap, editable = self._map, self._editable
        first = ties[0]
        if len(ties) == 1:
            source, target = (
                ecomap.node(end).label or translate("Inspector", "unnamed") for end in (first.source, first.target)
            )
            self.between.setText(
                translate("Inspector", "Between {first} and {second}").format(first=source, second=target)
            )
        else:
            count = len(ties)  # (lupdate finds a plural's count only as a plain name)
            self.between.setText(
                translate("Inspector", "%n ties selected: a change applies to all of them", None, count)
            )
        self.capital_buttons.set_value(_common(t.capital for t in ties))
        self.capital_buttons.set_editable(editable)
        self.strength_buttons.set_value(_common(t.strength for t in ties))
        self.strength_buttons.set_editable(editable)
        stressful = _common(t.stressful for t in ties)
        self.stress_box.setTristate(stressful is None)
        self.stress_box.setCheckState(
            Qt.CheckState.PartiallyChecked
            if stressful is None
            else (Qt.CheckState.Checked if stressful else Qt.CheckState.Unchecked)
        )
        self.stress_box.setEnabled(editable)
        a, b = flow_end_words(ecomap, ties)
        directional = a is not None and b is not None
        texts = {flow: translate("Inspector", words) for flow, words in FLOW_WORDS.items()}
        if a and b:
            texts.update({Flow.TO_TARGET: one_way_words(a, b), Flow.TO_SOURCE: one_way_words(b, a)})
        for flow, text in texts.items():
            self.flow_buttons.set_text(flow, text)
            self.flow_buttons.buttons[flow].setToolTip(_flow_tip(flow, a, b, text))
        self.flow_buttons.set_value(_common(t.flow for t in ties))
        one_way = [] if directional else [Flow.TO_TARGET, Flow.TO_SOURCE]
        self.flow_buttons.set_editable(editable, disabled=one_way)
        notes = _common(t.notes for t in ties)
        if not self._typing(self.tie_notes, self._tie_notes_base):
            self._tie_notes_base = notes or ""
            self.tie_notes.setPlainText(notes or "")
        self.tie_notes.setReadOnly(not editable or notes is None)
        self.tie_notes.setPlaceholderText(
            translate("Inspector", "These ties have different notes: select one tie to change its notes")
            if notes is None
            else translate("Inspector", "Anything worth remembering (shown in the PDF unless left out)")
        )

    # -- committing ----------------------------------------------------------------

    def _flush(self) -> None:
        """Commit text typed for the previous target before showing another."""
        if self._map is None or not self._editable:
            return
        self._commit_name()
        self._commit_notes()

    def _can_edit_node(self) -> bool:
        return self._editable and self._map is not None and self._map.has_node(self._node_id or "")

    def _commit_name(self) -> None:
        if not self._can_edit_node() or self.name_edit.isReadOnly():
            return
        text = self.name_edit.text().strip()
        if text == self._name_base:
            return
        if not text:
            self.name_edit.setText(self._name_base)
            return
        self.name_edit.setText(text)
        self._name_base = text
        assert self._node_id is not None
        self.node_edit.emit(self._node_id, {"label": text})

    def _commit_combo(self, field: str, combo: QComboBox) -> None:
        if self._map is None or self._node_id is None or not self._can_edit_node():
            return
        value = (Kind if field == "kind" else Domain)(combo.currentData())  # Qt hands enum members back as str
        if getattr(self._map.node(self._node_id), field) is not value:
            self.node_edit.emit(self._node_id, {field: value})

    def _commit_notes(self) -> None:
        """The notes of the person or ties shown, if the user changed them."""
        if self._node_id is not None and self._can_edit_node() and not self.node_notes.isReadOnly():
            text = self.node_notes.toPlainText()
            if text != self._notes_base:
                self._notes_base = text
                self.node_edit.emit(self._node_id, {"notes": text})
        elif self._can_edit_ties() and not self.tie_notes.isReadOnly():
            text = self.tie_notes.toPlainText()
            if text != self._tie_notes_base:
                self._tie_notes_base = text
                self._commit_ties("notes", text)

    def _can_edit_ties(self) -> bool:
        ecomap = self._map
        return self._editable and ecomap is not None and bool(self._tie_ids) and all(map(ecomap.has_tie, self._tie_ids))

    def _commit_ties(self, field: str, value: object) -> None:
        ecomap = self._map
        if ecomap is None or not self._can_edit_ties():
            return
        if any(getattr(ecomap.tie(t), field) != value for t in self._tie_ids):
            self.ties_edit.emit(list(self._tie_ids), {field: value})

    def _commit_stress(self, checked: bool) -> None:
        self.stress_box.setTristate(False)
        self._commit_ties("stressful", bool(checked))


def _common(values: Iterable[T]) -> T | None:
    """The one value all of ``values`` share, or None when they differ."""
    distinct = set(values)
    return next(iter(distinct)) if len(distinct) == 1 else None


def _flow_tip(flow: Flow, a: str | None, b: str | None, text: str) -> str:
    """The choice's whole text, then what it draws; names escaped (a tooltip guesses rich text)."""
    if flow in (Flow.TO_TARGET, Flow.TO_SOURCE) and (a is None or b is None):
        return translate("Inspector", "Select one tie to choose a direction")
    words = f"{text}\n{flow_explained(flow, a or '', b or '')}"  # (no names: the flow is not one way)
    return f"<p style='white-space:pre-wrap'>{html.escape(words)}</p>"  # not user text: the markup around it
