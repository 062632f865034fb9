"""The compare view: two saved versions, the changes marked on the map and listed in words, driven as a user would."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem
from pytestqt.qtbot import QtBot

from ecomap.model.case import Version
from ecomap.model.changes import Change, ChangeKind, describe_changes, group_changes
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.network import EcoMap
from ecomap.model.plan_words import fate_sentence
from ecomap.model.review import fates
from ecomap.ui.canvas.node_item import NodeItem
from ecomap.ui.canvas.tie_item import TieItem
from ecomap.ui.compare.change_list import NO_CHANGES, PLAN
from ecomap.ui.compare.compare_view import CompareWidget
from ecomap.ui.compare.marks import GHOST_OPACITY, ChangeBadge
from ecomap.ui.compare.union import union_of
from ecomap.ui.main_window import MainWindow
from ecomap.ui.open_case import OpenCase
from ecomap.ui.view_state import Panel
from tests.conftest import EXAMPLE_CASE, run_ecomap
from tests.report.pdf_tools import flat, needs_tools, pages_text


def compare(window: MainWindow, a: int = 1, b: int = 3) -> CompareWidget:
    window.show_compare(a, b)
    return window.compare_widget


def change(widget: CompareWidget, start: str) -> Change:
    return next(c for c in widget.changes if c.sentence.startswith(start))


def click_sentence(qtbot: QtBot, widget: CompareWidget, chosen: Change) -> None:
    tree = widget.change_list
    item = tree.item_for(chosen)
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def badge_text(widget: CompareWidget, start: str) -> str:
    """What the badge on the thing the change starting ``start`` is about says."""
    item = widget.marked_scene.item_for(change(widget, start))
    assert item is not None
    badge = widget.badge_for(item)
    assert badge is not None
    return badge.text


def selected(widget: CompareWidget) -> list[QGraphicsItem]:
    return widget.marked_scene.selectedItems()


def centre_of_view(widget: CompareWidget) -> QPointF:
    view = widget.marked_view
    return view.mapToScene(view.viewport().rect().center())


def test_the_changes_are_listed_under_their_headings(window: MainWindow) -> None:
    widget = compare(window)
    earlier, later = window.case.version(1).map, window.case.version(3).map
    plan = [fate_sentence(fate, later) for fate in fates(earlier, later)]
    expected = {f"{PLAN} ({len(plan)})": plan} if plan else {}
    expected |= {
        f"{heading} ({len(group)})": [c.sentence for c in group]
        for heading, group in group_changes(describe_changes(earlier, later))
    }
    shown = widget.change_list.sentences()
    assert shown == expected
    changes = ["New (11)", "Ended (3)", "Stronger (5)", "Weaker (1)", "Stress (4)", "Other (10)"]
    assert list(shown) == ([f"{PLAN} ({len(plan)})"] if plan else []) + changes, "what became of the plan first"
    assert "Probation officer: tenuous → strong" in shown["Stronger (5)"]
    assert any(s.startswith("Ended: Old crowd (estate) (was bonding") for s in shown["Ended (3)"])
    assert "No longer on the map: Old crowd (estate) (friends)" in shown["Ended (3)"]
    assert widget.heading.text() == "Version 1 (Start of order, 12 Jan 2026) → Version 3 (6-month review, 13 Jul 2026)"
    assert widget.counts.text() == ("11 new, 3 ended, 5 stronger, 1 weaker, 4 stress changes, 10 other changes")


def test_the_window_says_it_is_a_read_only_comparison(window: MainWindow) -> None:
    widget = compare(window)
    assert window.central.currentWidget() is widget
    assert widget.isVisible()
    assert not window.view.isVisible()
    assert "Read-only" in widget.banner_label.text()
    assert widget.back_button.text() == "Back to the map"
    assert widget.back_button.isVisible()
    assert "Comparing Version 1" in window.status_message.text()
    assert widget.marked_title.text() == "Version 3 as saved, with the changes since version 1 marked"


def test_clicking_a_sentence_selects_the_tie_and_centres_it(qtbot: QtBot, window: MainWindow) -> None:
    widget = compare(window)
    probation = change(widget, "Probation officer: tenuous → strong")
    click_sentence(qtbot, widget, probation)
    [item] = selected(widget)
    assert isinstance(item, TieItem)
    assert item.tie.pair == probation.pair
    assert item.opacity() == 1.0
    distance = centre_of_view(widget) - item.sceneBoundingRect().center()
    assert distance.manhattanLength() < 3


@pytest.mark.parametrize("start", ["Ended: Old crowd (estate)", "No longer on the map: Old crowd"])
def test_clicking_something_that_ended_selects_its_ghost(qtbot: QtBot, window: MainWindow, start: str) -> None:
    widget = compare(window)
    gone = change(widget, start)
    click_sentence(qtbot, widget, gone)
    [item] = selected(widget)
    assert item.opacity() == pytest.approx(GHOST_OPACITY)
    if gone.pair is not None:
        assert isinstance(item, TieItem)
        assert item.tie.pair == gone.pair
        assert item.graphicsEffect() is not None  # drawn grey
    else:
        assert isinstance(item, NodeItem)
        assert item.node.label == "Old crowd (estate)"
        assert item.pen().style() == Qt.PenStyle.DashLine
    distance = centre_of_view(widget) - item.sceneBoundingRect().center()
    assert distance.manhattanLength() < 3


def test_the_arrow_keys_and_enter_walk_through_the_changes(qtbot: QtBot, window: MainWindow) -> None:
    widget = compare(window)
    first = change(widget, "New bridging tie: Recovery café")
    click_sentence(qtbot, widget, first)
    qtbot.keyClick(widget.change_list, Qt.Key.Key_Down)
    [item] = selected(widget)
    assert isinstance(item, TieItem)
    assert item.tie.pair == widget.changes[1].pair
    widget.marked_scene.clearSelection()
    qtbot.keyClick(widget.change_list, Qt.Key.Key_Return)
    [item] = selected(widget)
    assert isinstance(item, TieItem)
    assert item.tie.pair == widget.changes[1].pair


def test_every_change_is_marked_by_a_badge_that_says_what_it_is(window: MainWindow) -> None:
    widget = compare(window)
    words = {
        ChangeKind.NEW_PERSON: "+ new",
        ChangeKind.ENDED_TIE: "×",
        ChangeKind.GONE_PERSON: "× gone",
        ChangeKind.STRONGER: "▲ stronger",
        ChangeKind.WEAKER: "▼ weaker",
        ChangeKind.STRESS_ENDED: "stress ended",
        ChangeKind.FLOW: "⇄",
        ChangeKind.DETAILS: "✎",
        ChangeKind.NEW_TIE: "+",
    }
    for each in widget.changes:
        item = widget.marked_scene.item_for(each)
        assert item is not None, each.sentence
        badge = widget.badge_for(item)
        assert badge is not None, each.sentence
        assert words[each.kind] in badge.text, (each.sentence, badge.text)
        assert isinstance(badge.text_item, QGraphicsSimpleTextItem)
    scene = widget.marked_scene
    assert len(widget.badges) == len({scene.item_for(c) for c in widget.changes})
    assert badge_text(widget, "Probation officer: tenuous → strong") == "▲ stronger ⇄"
    assert badge_text(widget, "Ex-partner Kelly: moderate → tenuous") == "▼ weaker\nstress ended ✎"
    assert badge_text(widget, "New linking tie: Drug & alcohol service – GP") == "+ new"
    assert badge_text(widget, "New bridging tie: Recovery café") == "+"  # the café's own badge says "+ new"
    assert badge_text(widget, "New on the map: Recovery café") == "+ new"
    assert badge_text(widget, "No longer on the map: Old crowd") == "× gone"
    assert badge_text(widget, "Ended: Old crowd (estate)") == "×"  # a tie to someone gone


def test_badges_sit_clear_of_each_other(window: MainWindow) -> None:
    badges = compare(window).badges
    overlaps = [
        (a.text, b.text)
        for number, a in enumerate(badges)
        for b in badges[number + 1 :]
        if a.sceneBoundingRect().intersects(b.sceneBoundingRect())
    ]
    assert overlaps == []


def test_clicking_a_badge_selects_what_it_marks_and_its_sentences(qtbot: QtBot, window: MainWindow) -> None:
    widget = compare(window)
    probation = widget.marked_scene.item_for(change(widget, "Probation officer: tenuous → strong"))
    assert probation is not None
    badge = widget.badge_for(probation)
    assert isinstance(badge, ChangeBadge)
    view = widget.marked_view
    view.centerOn(badge)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(badge.sceneBoundingRect().center())
    )
    assert selected(widget) == [probation]
    chosen = sorted(item.text(0) for item in widget.change_list.selectedItems())
    assert chosen == ["Probation officer: flow now both ways (was to Lee)", "Probation officer: tenuous → strong"]


def test_only_what_ended_is_a_ghost(window: MainWindow) -> None:
    widget = compare(window)
    scene = widget.marked_scene
    ghosts = {item for item in [*scene.node_items.values(), *scene.tie_items.values()] if item.opacity() < 1}
    assert {item.node.label for item in ghosts if isinstance(item, NodeItem)} == {"Old crowd (estate)"}
    assert {frozenset(item.tie.pair) for item in ghosts if isinstance(item, TieItem)} == {
        frozenset({"client", "old_crowd"}),
        frozenset({"brother", "old_crowd"}),
    }
    later = window.case.version(3).map
    for node in later.nodes:  # everyone still there stands where version 3 has them
        assert scene.node_items[node.id].pos() == QPointF(node.x, node.y)


def test_side_by_side_shows_both_versions_in_the_same_layout(qtbot: QtBot, window: MainWindow) -> None:
    widget = compare(window)
    qtbot.mouseClick(widget.side_button, Qt.MouseButton.LeftButton)
    assert widget.side_by_side
    assert widget.side_button.text() == "Changes marked"
    assert widget.earlier_view.isVisible()
    assert widget.later_view.isVisible()
    assert not widget.marked_view.isVisible()
    assert widget.earlier_title.text() == "Version 1 (Start of order, 12 Jan 2026)"
    assert widget.later_title.text() == "Version 3 (6-month review, 13 Jul 2026)"
    earlier, later = widget.earlier_scene, widget.later_scene
    assert "old_crowd" in earlier.node_items
    assert "old_crowd" not in later.node_items
    assert "cafe" in later.node_items
    assert "cafe" not in earlier.node_items
    shared = earlier.node_items.keys() & later.node_items.keys()
    assert len(shared) == 12
    for node_id in shared:
        a, b = earlier.node_items[node_id], later.node_items[node_id]
        assert a.pos() == b.pos()
        on_screen = widget.earlier_view.mapFromScene(a.pos()) - widget.later_view.mapFromScene(b.pos())
        assert on_screen.manhattanLength() <= 2, node_id
    assert all(item.opacity() == 1.0 for item in earlier.node_items.values())  # no ghosts here: both as saved
    qtbot.mouseClick(widget.side_button, Qt.MouseButton.LeftButton)
    assert not widget.side_by_side
    assert widget.marked_view.isVisible()
    assert widget.side_button.text() == "Side by side"


def test_side_by_side_shows_a_chosen_change_on_both_sides(qtbot: QtBot, window: MainWindow) -> None:
    widget = compare(window)
    widget.set_side_by_side(True)
    kelly = change(widget, "Ex-partner Kelly: moderate → tenuous")
    click_sentence(qtbot, widget, kelly)
    [before] = widget.earlier_scene.selectedItems()
    [after] = widget.later_scene.selectedItems()
    assert isinstance(before, TieItem)
    assert before.tie.strength is Strength.MODERATE
    assert isinstance(after, TieItem)
    assert after.tie.strength is Strength.TENUOUS


def test_leaving_restores_the_editable_canvas_and_the_map_untouched(qtbot: QtBot, window: MainWindow) -> None:
    gp = next(n for n in window.case.map.nodes if n.label == "GP")
    window.scene.select_only([window.scene.node_items[gp.id]])
    window.editor_actions["delete"].trigger()  # an edit to undo later
    before = window.case.map.copy()
    assert window.editor_actions.undo.isEnabled()
    widget = compare(window)
    assert not window.editor_actions["delete"].isEnabled()
    assert not window.editor_actions["save_version"].isEnabled()
    assert not window.editor_actions.undo.isEnabled()
    assert not window.docks[Panel.PEOPLE].isVisible()
    assert not window.docks[Panel.DETAILS].isVisible()
    qtbot.mouseClick(widget.back_button, Qt.MouseButton.LeftButton)
    assert window.central.currentWidget() is window.canvas_page
    assert window.view.isVisible()
    assert window.editor_actions["delete"].isEnabled()
    assert window.editor_actions.undo.isEnabled()
    assert window.docks[Panel.PEOPLE].isVisible()
    assert window.docks[Panel.DETAILS].isVisible()
    assert window.case.map == before
    assert window.scene.map is window.case.map
    window.editor_actions.undo.trigger()
    assert window.case.map.has_node(gp.id)


def test_escape_leaves_the_comparison(qtbot: QtBot, window: MainWindow) -> None:
    widget = compare(window)
    widget.change_list.setFocus()
    qtbot.keyClick(widget.change_list, Qt.Key.Key_Escape)
    assert window.central.currentWidget() is window.canvas_page


def test_a_read_only_case_stays_read_only_after_comparing(
    qtbot: QtBot, window: MainWindow, example_copy: Path, settings: QSettings
) -> None:
    other = OpenCase.open(example_copy)  # the fixture's window holds the case: this one is read-only
    assert other.read_only
    second = MainWindow(other, settings=settings)
    qtbot.addWidget(second)
    try:
        second.show_compare(1, 2)
        second.leave_compare()
        assert not second.editor_actions["delete"].isEnabled()
        assert not second.editor_actions["save"].isEnabled()
    finally:
        other.close()


def test_comparing_a_version_with_itself_says_no_changes(window: MainWindow) -> None:
    widget = compare(window, 2, 2)
    assert widget.counts.text() == "No changes"
    plan = [fate_sentence(fate, window.case.version(2).map) for fate in fates(*[window.case.version(2).map] * 2)]
    assert widget.change_list.sentences() == ({f"{PLAN} ({len(plan)})": plan} if plan else {}) | {NO_CHANGES: []}
    assert widget.badges == []
    assert widget.heading.text().startswith("Version 2 (3-month review, 13 Apr 2026) → Version 2")


def test_a_missing_version_leaves_the_window_as_it_was(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(window.context, "show_error", lambda headline, detail: errors.append((headline, detail)))
    window.show_compare(1, 9)
    [(headline, detail)] = errors
    assert headline == "The versions could not be compared."
    assert "no version 9" in detail
    assert window.view_state.comparing is None
    assert window.central.currentWidget() is window.canvas_page
    assert window.editor_actions["delete"].isEnabled()


def test_opening_another_case_leaves_the_comparison(window: MainWindow) -> None:
    compare(window)
    first = window.case
    window.context.set_case(OpenCase.new_unsaved())
    first.close()
    assert window.central.currentWidget() is window.canvas_page
    assert window.editor_actions["delete"].isEnabled()


def version(ecomap: EcoMap, label: str, date: str) -> Version:
    return Version(label=label, date=date, note="", map=ecomap)


def test_re_typed_capital_stress_begun_and_labels_with_markup(qtbot: QtBot) -> None:
    """Kinds the example lacks, and labels that look like markup: shown as typed."""
    client = Node("client", "Sam", Kind.CLIENT)
    coach = Node("coach", "Coach", Kind.PERSON, Domain.COMMUNITY, 120.0, -40.0)
    gran = Node("gran", "<b>Gran</b>", Kind.PERSON, Domain.FAMILY, -100.0, -60.0)
    before = EcoMap([client, coach], [Tie("t1", "client", "coach", Capital.BONDING)])
    after = EcoMap(
        [client, coach, gran],
        [
            Tie("t1", "client", "coach", Capital.BRIDGING, Strength.MODERATE, stressful=True),
            Tie("t2", "client", "gran", Capital.BONDING, Strength.STRONG),
        ],
    )
    widget = CompareWidget()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show_versions(1, version(before, "<i>Start</i>", "2026-02-01"), 2, version(after, "Review", "2026-03-01"))
    widget.show()
    shown = widget.change_list.sentences()
    assert shown["New (2)"] == ["New bonding tie: <b>Gran</b>, strong", "New on the map: <b>Gran</b> (family)"]
    assert shown["Re-typed (1)"] == ["Coach: bonding → bridging capital"]
    assert shown["Stress (1)"] == ["Coach: became stressful"]
    assert widget.heading.text() == "Version 1 (<i>Start</i>, 1 Feb 2026) → Version 2 (Review, 1 Mar 2026)"
    assert badge_text(widget, "Coach: bonding") == "↻ re-typed\nstress began"
    assert badge_text(widget, "New on the map") == "+ new"
    assert widget.marked_scene.node_items["gran"].label_item.text() == "<b>Gran</b>"
    tree = widget.change_list
    sentence = tree.item_for(change(widget, "New on the map"))
    assert "&lt;b&gt;Gran&lt;/b&gt;" in sentence.toolTip(0)


def test_the_comparison_never_widens_the_window(window: MainWindow) -> None:
    size = window.size()
    widget = compare(window)
    assert window.size() == size
    assert widget.minimumSizeHint().width() < 500
    assert widget.key.columns >= 2  # the key spreads out where there is room
    window.leave_compare()
    assert window.size() == size


def test_zoom_and_fit_act_on_the_comparison_while_it_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    canvas_zoom = window.view.zoom()
    widget = compare(window)
    marked = widget.marked_view.zoom()
    window.editor_actions["zoom_in"].trigger()
    assert widget.marked_view.zoom() == pytest.approx(marked * 1.25)
    assert window.view.zoom() == canvas_zoom
    window.editor_actions["fit"].trigger()
    assert widget.marked_view.zoom() == pytest.approx(marked)

    qtbot.mouseClick(widget.side_button, Qt.MouseButton.LeftButton)
    earlier, later = widget.earlier_view.zoom(), widget.later_view.zoom()
    window.editor_actions["zoom_out"].trigger()
    assert (widget.earlier_view.zoom(), widget.later_view.zoom()) == pytest.approx((earlier * 0.8, later * 0.8))

    qtbot.mouseClick(widget.back_button, Qt.MouseButton.LeftButton)
    window.editor_actions["zoom_in"].trigger()
    assert window.view.zoom() == pytest.approx(canvas_zoom * 1.25)


@pytest.mark.parametrize(("earlier_scale", "later_scale"), [(1.0, 2.0), (3.0, 1.5), (1.0, 1.0)])
def test_the_union_is_drawn_on_the_larger_rings_and_so_is_the_pair(earlier_scale: float, later_scale: float) -> None:
    client = Node("c", "Sam", Kind.CLIENT)
    gone = Node("gone", "Old mate", Kind.PERSON, Domain.FRIENDS, 300.0 * earlier_scale, -20.0)
    stays = Node("stays", "Mum", Kind.PERSON, Domain.FAMILY, 40.0, -60.0)
    earlier = EcoMap([client, gone, stays], [Tie("t1", "c", "gone", Capital.BONDING)], ring_scale=earlier_scale)
    later = EcoMap([client, stays], ring_scale=later_scale)

    union = union_of(earlier, later)

    larger = max(earlier_scale, later_scale)
    assert union.ghost_nodes == {"gone"}
    assert union.map.ring_scale == larger
    assert union.earlier_in_place().ring_scale == larger
    assert union.later_in_place().ring_scale == larger
    assert (earlier.ring_scale, later.ring_scale) == (earlier_scale, later_scale), "the versions are not changed"


TIE_NOTES = ": notes on the tie changed"


@needs_tools
def test_the_command_line_the_compare_view_and_the_pdf_word_each_change_alike(
    window: MainWindow, tmp_path: Path
) -> None:
    """``ecomap diff``, the compare view's list and the PDF's "What changed" say the same sentences, in order."""
    listed = compare(window, 1, 3).change_list.sentences()
    listed = {heading: sentences for heading, sentences in listed.items() if not heading.startswith(f"{PLAN} (")}
    assert sum(len(sentences) for sentences in listed.values()) > 30

    diff = run_ecomap("diff", EXAMPLE_CASE, "1", "3")
    assert diff.returncode == 0, diff.stderr
    said = [line.removeprefix("  ") for line in diff.stdout.splitlines()[1:]]
    assert said == [line for heading, sentences in listed.items() for line in (heading, *(f"  {s}" for s in sentences))]

    pdf = tmp_path / "lee.pdf"
    export = run_ecomap("export", EXAMPLE_CASE, "-o", pdf, "--versions", "1,3")
    assert export.returncode == 0, export.stderr
    text = flat(" ".join(pages_text(pdf, "raw")))
    change_list = text.split("What changed since the first version (v1 → v3)", 1)[1]
    at = 0
    for heading, sentences in listed.items():
        at = change_list.index(f"{heading} • ", at)
        noted = [s.removesuffix(TIE_NOTES) for s in sentences if s.endswith(TIE_NOTES)]
        printed = [s for s in sentences if not s.endswith(TIE_NOTES)]  # the PDF names these ties in one sentence
        if len(noted) > 1:
            printed.append(f"Notes changed on {len(noted)} ties: " + "; ".join(noted))
        else:
            printed += [f"{who}{TIE_NOTES}" for who in noted]
        for sentence in printed:
            at = change_list.index(f"• {sentence}", at) + len(sentence)
