"""The palette, inspector and legend, driven as a user would: clicks, typing and keys."""

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from ecomap.model.catalogue import CATALOGUE, CatalogueEntry
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.metrics import count
from ecomap.model.network import EcoMap
from ecomap.model.notation import CAPITAL_COLOURS, DOMAIN_NAMES
from ecomap.ui.main_window import MainWindow
from ecomap.ui.panels.inspector import HINT, InspectorPanel
from ecomap.ui.panels.legend import LegendWidget
from ecomap.ui.panels.palette import PALETTE_MIME, PalettePanel, entry_from_mime, palette_mime_data
from ecomap.ui.view_state import Panel

MARKUP = "<b>Gran</b> <img src='/etc/passwd'>"

# -- helpers -------------------------------------------------------------------------------


def small_map() -> EcoMap:
    """Sam (the client), Gran with a label that looks like markup, Mum and the GP; three ties."""
    return EcoMap(
        [
            Node("sam", "Sam", Kind.CLIENT),
            Node("gran", MARKUP, Kind.PERSON, Domain.FAMILY, 0.0, -150.0, "Visits on Sundays"),
            Node("mum", "Mum", Kind.PERSON, Domain.FAMILY, 100.0, -100.0),
            Node("gp", "GP", Kind.ORGANISATION, Domain.SERVICES, 0.0, 150.0),
        ],
        [
            Tie("t1", "sam", "gran", Capital.BONDING, Strength.STRONG, flow=Flow.NONE, notes="Close"),
            Tie("t2", "sam", "mum", Capital.BRIDGING, Strength.MODERATE, stressful=True),
            Tie("t3", "gran", "gp", Capital.LINKING, Strength.TENUOUS),
        ],
    )


def shown(qtbot: QtBot, widget: QWidget, width: int = 280, height: int = 800) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()


def button(panel: QWidget, text: str) -> QToolButton:
    found = [b for b in panel.findChildren(QToolButton) if b.text() == text]
    assert len(found) == 1, f"no single button {text!r}: {[b.text() for b in panel.findChildren(QToolButton)]}"
    return found[0]


def inspector_on(
    qtbot: QtBot, ecomap: EcoMap, nodes: list[str], ties: list[str], editable: bool = True
) -> InspectorPanel:
    panel = InspectorPanel()
    shown(qtbot, panel)
    panel.set_target(ecomap, nodes, ties, editable=editable)
    return panel


def same(got: object, expected: object) -> None:
    """Equal and of the same types: an enum member must not arrive as its string value."""
    assert got == expected
    assert repr(got) == repr(expected)


def has_colour(image: QImage, wanted: QColor, tolerance: int = 24) -> bool:
    for y in range(image.height()):
        for x in range(min(image.width(), 120)):
            got = QColor(image.pixel(x, y))
            if (
                max(abs(got.red() - wanted.red()), abs(got.green() - wanted.green()), abs(got.blue() - wanted.blue()))
                <= tolerance
            ):
                return True
    return False


def entries() -> list[CatalogueEntry]:
    return [entry for group in CATALOGUE.values() for entry in group]


# -- the palette ---------------------------------------------------------------------------


def test_palette_lists_the_catalogue_under_domain_headers(qtbot: QtBot) -> None:
    palette = PalettePanel()
    shown(qtbot, palette)
    assert palette.visible_entries() == entries()
    headers = [header.text(0) for header, _rows in palette.tree.groups]
    assert headers == [DOMAIN_NAMES[domain] for domain in CATALOGUE]
    assert palette.filter_edit.placeholderText() == "Find…"
    assert palette.filter_edit.accessibleName()
    assert palette.tree.accessibleName()


def test_double_click_on_an_entry_asks_to_add_it(qtbot: QtBot) -> None:
    palette = PalettePanel()
    shown(qtbot, palette)
    mum = next(e for e in entries() if e.label == "Mum")
    item = palette.tree.items[mum]
    palette.tree.scrollToItem(item)
    centre = palette.tree.visualItemRect(item).center()
    with qtbot.waitSignal(palette.add_requested) as blocker:
        # QTest's double-click has no press before it; an item view wants the press on the same item.
        qtbot.mouseClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    same(blocker.args, ["Mum", Kind.PERSON, Domain.FAMILY])


def test_typing_in_find_filters_and_enter_adds_the_first_match(qtbot: QtBot) -> None:
    palette = PalettePanel()
    shown(qtbot, palette)
    qtbot.keyClicks(palette.filter_edit, "gran")
    assert [e.label for e in palette.visible_entries()] == ["Grandparent"]
    friends = palette.tree.topLevelItem(list(CATALOGUE).index(Domain.FRIENDS))
    assert friends is not None
    assert friends.isHidden()
    with qtbot.waitSignal(palette.add_requested) as blocker:
        qtbot.keyClick(palette.filter_edit, Qt.Key.Key_Return)
    same(blocker.args, ["Grandparent", Kind.PERSON, Domain.FAMILY])


def test_find_matches_every_word_and_the_domain_name_and_says_when_nothing_matches(qtbot: QtBot) -> None:
    palette = PalettePanel()
    shown(qtbot, palette)
    palette.set_filter("justice")
    assert palette.visible_entries() == list(CATALOGUE[Domain.JUSTICE])
    palette.set_filter("mental team")
    assert [e.label for e in palette.visible_entries()] == ["Mental health team"]
    palette.set_filter("zebra")
    assert palette.visible_entries() == []
    assert palette.empty.isVisible()
    qtbot.keyClick(palette.filter_edit, Qt.Key.Key_Escape)
    assert palette.filter_edit.text() == ""
    assert palette.visible_entries() == entries()
    assert not palette.empty.isVisible()


def test_keyboard_down_into_the_list_arrows_step_over_headers_and_enter_adds(qtbot: QtBot) -> None:
    palette = PalettePanel()
    shown(qtbot, palette)
    palette.filter_edit.setFocus()
    qtbot.keyClick(palette.filter_edit, Qt.Key.Key_Down)
    qtbot.waitUntil(palette.tree.hasFocus)
    tree = palette.tree
    tree.setCurrentItem(tree.items[CATALOGUE[Domain.FAMILY][-1]])  # Pet, last of the family
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem() is tree.items[CATALOGUE[Domain.FRIENDS][0]]  # the Friends header is skipped
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    assert tree.currentItem() is tree.items[CATALOGUE[Domain.FAMILY][-1]]
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    assert tree.currentItem() is tree.items[CATALOGUE[Domain.FAMILY][0]]
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    assert tree.currentItem() is tree.items[CATALOGUE[Domain.FAMILY][0]]
    with qtbot.waitSignal(palette.add_requested) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    same(blocker.args, ["Family member", Kind.PERSON, Domain.FAMILY])


@pytest.mark.parametrize("entry", entries(), ids=lambda e: e.label)
def test_palette_drag_data_round_trips(entry: CatalogueEntry) -> None:
    mime = palette_mime_data(entry)
    assert mime.hasFormat(PALETTE_MIME)
    payload = json.loads(bytes(mime.data(PALETTE_MIME).data()).decode("utf-8"))
    assert payload == {"label": entry.label, "kind": entry.kind.value, "domain": entry.domain.value}
    assert entry_from_mime(mime) == entry


def test_the_tree_drags_the_entry_it_shows(qtbot: QtBot) -> None:
    palette = PalettePanel()
    qtbot.addWidget(palette)
    entry = CATALOGUE[Domain.COMMUNITY][1]
    assert entry_from_mime(palette.tree.mimeData([palette.tree.items[entry]])) == entry
    assert PALETTE_MIME in palette.tree.mimeTypes()


@pytest.mark.parametrize(
    "data",
    [
        b"not json",
        b"\xff\xfe",
        b"[]",
        b'{"label": "Mum", "kind": "person"}',
        b'{"label": "Mum", "kind": "person", "domain": "family", "x": 1}',
        b'{"label": "Mum", "kind": "alien", "domain": "family"}',
        b'{"label": "Mum", "kind": "client", "domain": "family"}',
        b'{"label": "Mum", "kind": "person", "domain": "mars"}',
        b'{"label": 7, "kind": "person", "domain": "family"}',
        b'{"label": "Mum\\u0000", "kind": "person", "domain": "family"}',
        json.dumps({"label": "x" * 201, "kind": "person", "domain": "family"}).encode(),
    ],
)
def test_bad_drag_data_is_refused(data: bytes) -> None:
    mime = QMimeData()
    mime.setData(PALETTE_MIME, data)
    assert entry_from_mime(mime) is None


def test_drag_data_of_another_kind_is_refused() -> None:
    mime = QMimeData()
    mime.setText('{"label": "Mum", "kind": "person", "domain": "family"}')
    assert entry_from_mime(mime) is None


# -- the inspector -------------------------------------------------------------------------


def test_nothing_selected_says_what_to_do(qtbot: QtBot) -> None:
    panel = inspector_on(qtbot, small_map(), [], [])
    assert panel.pages.currentWidget() is panel.hint_label
    assert panel.hint_label.text() == HINT
    assert "Double-click the canvas to add a person" in HINT


def test_several_people_are_counted_without_editing(qtbot: QtBot) -> None:
    panel = inspector_on(qtbot, small_map(), ["gran", "mum"], [])
    assert panel.pages.currentWidget() is panel.count_label
    assert panel.count_label.text().startswith("2 people selected")
    panel.set_target(small_map(), ["gran"], ["t2"], editable=True)
    assert panel.count_label.text().startswith("1 person and 1 tie selected")


def test_renaming_commits_on_enter_once_and_only_when_changed(qtbot: QtBot) -> None:
    panel = inspector_on(qtbot, small_map(), ["mum"], [])
    assert panel.name_edit.text() == "Mum"
    panel.name_edit.setFocus()
    with qtbot.assertNotEmitted(panel.node_edit):
        qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    panel.name_edit.selectAll()
    qtbot.keyClicks(panel.name_edit, "Carol ")
    with qtbot.waitSignal(panel.node_edit) as blocker:
        qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    same(blocker.args, ["mum", {"label": "Carol"}])
    with qtbot.assertNotEmitted(panel.node_edit):
        panel.name_edit.clearFocus()
        qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)


def test_an_emptied_name_is_put_back_not_committed(qtbot: QtBot) -> None:
    panel = inspector_on(qtbot, small_map(), ["mum"], [])
    panel.name_edit.setFocus()
    panel.name_edit.selectAll()
    with qtbot.assertNotEmitted(panel.node_edit):
        qtbot.keyClick(panel.name_edit, Qt.Key.Key_Delete)
        qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert panel.name_edit.text() == "Mum"


def test_kind_and_domain_are_chosen_from_lists(qtbot: QtBot) -> None:
    panel = inspector_on(qtbot, small_map(), ["mum"], [])
    assert panel.domain_combo.currentData() == Domain.FAMILY
    assert [panel.domain_combo.itemText(i) for i in range(panel.domain_combo.count())] == list(DOMAIN_NAMES.values())
    panel.domain_combo.setFocus()
    with qtbot.waitSignal(panel.node_edit) as blocker:
        qtbot.keyClick(panel.domain_combo, Qt.Key.Key_Down)
    same(blocker.args, ["mum", {"domain": Domain.FRIENDS}])
    assert panel.kind_combo.isEnabled()
    panel.kind_combo.setFocus()
    with qtbot.waitSignal(panel.node_edit) as blocker:
        qtbot.keyClick(panel.kind_combo, Qt.Key.Key_Down)
    same(blocker.args, ["mum", {"kind": Kind.PET}])


def test_the_clients_kind_cannot_change(qtbot: QtBot) -> None:
    panel = inspector_on(qtbot, small_map(), ["sam"], [])
    assert panel.kind_combo.currentData() == Kind.CLIENT
    assert not panel.kind_combo.isEnabled()
    assert panel.name_edit.text() == "Sam"
    assert not panel.name_edit.isReadOnly()


def test_notes_commit_when_focus_leaves_them(qtbot: QtBot) -> None:
    panel = inspector_on(qtbot, small_map(), ["gran"], [])
    assert panel.node_notes.toPlainText() == "Visits on Sundays"
    panel.node_notes.setFocus()
    qtbot.waitUntil(panel.node_notes.hasFocus)
    panel.node_notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(panel.node_notes, " and Wednesdays")
    with qtbot.waitSignal(panel.node_edit) as blocker:
        panel.name_edit.setFocus()
    same(blocker.args, ["gran", {"notes": "Visits on Sundays and Wednesdays"}])


def test_a_refresh_while_typing_keeps_the_typed_text_and_a_new_target_gets_it_first(qtbot: QtBot) -> None:
    ecomap = small_map()
    panel = inspector_on(qtbot, ecomap, ["mum"], [])
    panel.name_edit.setFocus()
    qtbot.waitUntil(panel.name_edit.hasFocus)
    panel.name_edit.selectAll()
    qtbot.keyClicks(panel.name_edit, "Caro")
    ecomap.move_node("mum", 120.0, -90.0)
    panel.set_target(ecomap, ["mum"], [], editable=True)
    assert panel.name_edit.text() == "Caro"
    with qtbot.waitSignal(panel.node_edit) as blocker:
        panel.set_target(ecomap, ["gp"], [], editable=True)
    same(blocker.args, ["mum", {"label": "Caro"}])
    assert panel.name_edit.text() == "GP"


def test_a_change_elsewhere_refreshes_fields_not_being_typed_in(qtbot: QtBot) -> None:
    ecomap = small_map()
    panel = inspector_on(qtbot, ecomap, ["mum"], [])
    ecomap.update_node("mum", label="Carol", notes="New")
    panel.set_target(ecomap, ["mum"], [], editable=True)
    assert panel.name_edit.text() == "Carol"
    assert panel.node_notes.toPlainText() == "New"


def test_user_text_that_looks_like_markup_shows_literally(qtbot: QtBot) -> None:
    panel = inspector_on(qtbot, small_map(), [], ["t1"])
    assert panel.between.text() == f"Between Sam and {MARKUP}"
    for label in panel.findChildren(QLabel):
        assert label.textFormat() is Qt.TextFormat.PlainText, label.text()
    texts = [b.full_text for b in panel.flow_buttons.buttons.values()]
    assert f"Sam → {MARKUP}" in texts  # whole (it wraps onto more lines), and literal
    panel.set_target(small_map(), ["gran"], [], editable=True)
    assert panel.name_edit.text() == MARKUP


def test_tie_choices_show_words_and_marks_and_each_click_is_one_edit(qtbot: QtBot) -> None:
    panel = inspector_on(qtbot, small_map(), [], ["t2"])
    assert panel.between.text() == "Between Sam and Mum"
    assert panel.capital_buttons.buttons[Capital.BRIDGING].isChecked()
    assert panel.strength_buttons.buttons[Strength.MODERATE].isChecked()
    assert panel.stress_box.isChecked()
    flows = {flow: b.text() for flow, b in panel.flow_buttons.buttons.items()}
    assert flows == {
        Flow.NONE: "None",
        Flow.TO_TARGET: "Sam → Mum",
        Flow.TO_SOURCE: "Mum → Sam",
        Flow.BOTH: "Both ways",
    }
    assert panel.flow_buttons.buttons[Flow.NONE].isChecked()
    expected = [
        ("Linking (L)", {"capital": Capital.LINKING}),
        ("Tenuous", {"strength": Strength.TENUOUS}),
        ("Mum → Sam", {"flow": Flow.TO_SOURCE}),
        ("Sam → Mum", {"flow": Flow.TO_TARGET}),
        ("Both ways", {"flow": Flow.BOTH}),
    ]
    for text, changes in expected:
        with qtbot.waitSignal(panel.ties_edit) as blocker:
            qtbot.mouseClick(button(panel, text), Qt.MouseButton.LeftButton)
        same(blocker.args, [["t2"], changes])
    with qtbot.waitSignal(panel.ties_edit) as blocker:
        qtbot.mouseClick(panel.stress_box, Qt.MouseButton.LeftButton)
    same(blocker.args, [["t2"], {"stressful": False}])
    for name in ("Bonding (B)", "Bridging (Br)", "Linking (L)"):
        assert button(panel, name).accessibleName() == f"Social capital: {name}"


def test_choosing_what_a_tie_already_is_changes_nothing(qtbot: QtBot) -> None:
    panel = inspector_on(qtbot, small_map(), [], ["t1"])
    with qtbot.assertNotEmitted(panel.ties_edit):
        qtbot.mouseClick(button(panel, "Bonding (B)"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(button(panel, "Strong"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(button(panel, "None"), Qt.MouseButton.LeftButton)


def test_several_ties_show_what_they_share_and_change_together(qtbot: QtBot) -> None:
    panel = inspector_on(qtbot, small_map(), [], ["t1", "t2"])
    assert panel.between.text().startswith("2 ties selected")
    assert not any(b.isChecked() for b in panel.capital_buttons.buttons.values())
    assert panel.stress_box.checkState() is Qt.CheckState.PartiallyChecked
    assert button(panel, "Sam → others").isEnabled()  # both start at Sam: a direction means the same for each
    assert panel.tie_notes.isReadOnly()  # different notes are never overwritten all at once
    with qtbot.waitSignal(panel.ties_edit) as blocker:
        qtbot.mouseClick(button(panel, "Bonding (B)"), Qt.MouseButton.LeftButton)
    same(blocker.args, [["t1", "t2"], {"capital": Capital.BONDING}])
    with qtbot.waitSignal(panel.ties_edit) as blocker:
        qtbot.mouseClick(panel.stress_box, Qt.MouseButton.LeftButton)
    same(blocker.args, [["t1", "t2"], {"stressful": True}])
    panel.set_target(small_map(), [], ["t2", "t3"], editable=True)
    assert not panel.flow_buttons.buttons[Flow.TO_TARGET].isEnabled()
    assert panel.flow_buttons.buttons[Flow.BOTH].isEnabled()


def test_tie_notes_commit_on_focus_out(qtbot: QtBot) -> None:
    panel = inspector_on(qtbot, small_map(), [], ["t1"])
    assert panel.tie_notes.toPlainText() == "Close"
    panel.tie_notes.setFocus()
    qtbot.waitUntil(panel.tie_notes.hasFocus)
    panel.tie_notes.selectAll()
    qtbot.keyClicks(panel.tie_notes, "Lent money")
    with qtbot.waitSignal(panel.ties_edit) as blocker:
        panel.name_edit.setFocus()
    same(blocker.args, [["t1"], {"notes": "Lent money"}])


def test_read_only_shows_everything_and_changes_nothing(qtbot: QtBot) -> None:
    panel = inspector_on(qtbot, small_map(), [], ["t1"], editable=False)
    assert panel.read_only_note.isVisible()
    assert not any(b.isEnabled() for b in panel.findChildren(QToolButton))
    assert not panel.stress_box.isEnabled()
    assert panel.tie_notes.isReadOnly()
    with qtbot.assertNotEmitted(panel.ties_edit):
        qtbot.mouseClick(button(panel, "Linking (L)"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.stress_box, Qt.MouseButton.LeftButton)
    panel.set_target(small_map(), ["mum"], [], editable=False)
    assert panel.name_edit.isReadOnly()
    assert panel.node_notes.isReadOnly()
    assert not any(combo.isEnabled() for combo in panel.findChildren(QComboBox))
    with qtbot.assertNotEmitted(panel.node_edit):
        panel.name_edit.setFocus()
        qtbot.keyClicks(panel.name_edit, "x")
        qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert panel.name_edit.text() == "Mum"


# -- the legend ----------------------------------------------------------------------------


def test_legend_shows_live_counts_in_pixels_and_words(qtbot: QtBot) -> None:
    legend = LegendWidget()
    shown(qtbot, legend, 260, legend.sizeHint().height())
    ecomap = small_map()
    legend.set_counts(count(ecomap))
    lines = legend.lines()
    assert "Bonding (B): 1 — close ties among similar people" in lines
    assert "Tenuous: 1" in lines
    assert "Stressful: 1" in lines
    description = legend.accessibleDescription()
    assert legend.accessibleName() == "Legend"
    assert "bonding (B) 1, bridging (Br) 1, linking (L) 1" in description
    assert "1 stressful" in description
    ecomap.update_tie("t3", capital=Capital.BONDING)
    legend.set_counts(count(ecomap))
    assert "Bonding (B): 2 — close ties among similar people" in legend.lines()
    image = legend.grab().toImage()
    assert not image.isNull()
    assert image.width() == 260
    for colour in CAPITAL_COLOURS.values():  # drawn in the notation's own colours
        assert has_colour(image, QColor(colour)), colour


@pytest.mark.parametrize("scale", [0.85, 1.0, 1.45, 1.75])
def test_legend_fits_a_narrow_dock_at_every_text_size(qtbot: QtBot, scale: float) -> None:
    legend = LegendWidget()
    legend.set_text_scale(scale)
    legend.set_counts(count(small_map()))
    hint = legend.sizeHint()
    assert hint.width() <= 280
    assert legend.minimumSizeHint().height() < hint.height()
    shown(qtbot, legend, 260, hint.height())
    assert not legend.grab().toImage().isNull()
    legend.resize(260, legend.minimumSizeHint().height())  # squeezed: drawn smaller, not cut off
    assert not legend.grab().toImage().isNull()


# -- through the real window -----------------------------------------------------------------


def test_the_inspector_changes_the_selected_tie_in_one_undoable_step(qtbot: QtBot, window: MainWindow) -> None:
    ecomap = window.case.map
    tie = next(t for t in ecomap.ties if t.capital is not Capital.LINKING)
    window.scene.clearSelection()
    window.scene.tie_items[tie.id].setSelected(True)
    linking = button(window.inspector, "Linking (L)")
    qtbot.mouseClick(linking, Qt.MouseButton.LeftButton)
    assert ecomap.tie(tie.id).capital is Capital.LINKING
    assert "linking" in window.undo_stack.undoText().lower()
    assert window.undo_stack.count() == 1
    assert linking.isChecked()
    assert f"Linking (L): {count(ecomap).by_capital['linking']}" in " ".join(window.legend.lines())
    window.undo_stack.undo()
    assert ecomap.tie(tie.id).capital is tie.capital
    assert not linking.isChecked()
    window.undo_stack.redo()
    assert ecomap.tie(tie.id).capital is Capital.LINKING
    assert linking.isChecked()
    window.undo_stack.undo()  # back to the start, so closing the window asks nothing
    assert window.undo_stack.isClean()


def test_renaming_in_the_inspector_renames_on_the_canvas(qtbot: QtBot, window: MainWindow) -> None:
    ecomap = window.case.map
    gp = next(n for n in ecomap.nodes if n.label == "GP")
    window.scene.select_only([window.scene.node_items[gp.id]])
    name = window.inspector.name_edit
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Dr Okafor")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert ecomap.node(gp.id).label == "Dr Okafor"
    assert window.scene.node_items[gp.id].label_item.text() == "Dr Okafor"
    assert window.undo_stack.undoText() == "Rename GP to Dr Okafor"
    window.undo_stack.undo()
    assert ecomap.node(gp.id).label == "GP"
    assert name.text() == "GP"
    window.undo_stack.redo()
    assert name.text() == "Dr Okafor"
    window.undo_stack.undo()
    assert window.undo_stack.isClean()


def test_the_windows_panels_follow_the_text_size(window: MainWindow) -> None:
    before = button(window.inspector, "None").font().pointSizeF()
    window.change_text_size(+1)
    QApplication.processEvents()
    assert button(window.inspector, "None").font().pointSizeF() > before


def test_panels_render_in_the_window_with_the_example(qtbot: QtBot, window: MainWindow) -> None:
    tie = next(iter(window.scene.tie_items.values()))
    tie.setSelected(True)
    image = window.grab().toImage()
    assert not image.isNull()
    assert window.inspector.pages.currentWidget() is window.inspector.ties_page
    assert window.legend.height() >= window.legend.minimumSizeHint().height() - 1
    assert window.palette_panel.tree.viewport().rect().contains(QPoint(10, 10))


def test_the_details_panel_stays_inside_its_dock_at_the_largest_text(qtbot: QtBot, window: MainWindow) -> None:
    """Showing a saved version refreshes the panel; its text must wrap to the dock, not run past it."""
    window.text_scale_index = 10
    window.change_text_size(+1)  # clamped to the largest size
    window.docks[Panel.HISTORY].raise_()
    for shown in (2, None, 1):
        window.history.show(shown)
        for _ in range(3):
            QApplication.processEvents()
        viewport = window.inspector.pages.parentWidget()
        assert window.inspector.hint_label.isVisible()
        assert window.inspector.pages.width() <= viewport.width(), shown
        label = window.inspector.hint_label
        assert label.height() >= 3 * label.fontMetrics().lineSpacing()  # wrapped, not one long line cut off
        assert label.height() >= label.heightForWidth(label.width())  # and given the height its lines need
