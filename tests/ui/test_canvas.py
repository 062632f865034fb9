"""Drawing on the canvas as a person does: mouse and keys on the real window's viewport.

Each test acts, checks the model and what is drawn, then undoes back to the
start and redoes again.
"""

import math

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from ecomap.model.enums import Capital, Domain, Flow, Strength
from ecomap.model.geometry import sector_of
from ecomap.ui.canvas.node_item import NodeItem
from ecomap.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def at(window: MainWindow, x: float, y: float) -> QPoint:
    """The viewport point showing scene point (x, y)."""
    return window.view.mapFromScene(QPointF(x, y))


def send_mouse(window: MainWindow, kind: object, point: QPoint, buttons: Qt.MouseButton) -> None:
    """A mouse event with the button state a real drag carries (QTest's moves carry none)."""
    viewport = window.view.viewport()
    button = LEFT if kind != QMouseEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind,  # type: ignore[arg-type]
        QPointF(point),
        QPointF(viewport.mapToGlobal(point)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def drag(window: MainWindow, start: QPoint, end: QPoint, steps: int = 8) -> None:
    send_mouse(window, QMouseEvent.Type.MouseButtonPress, start, LEFT)
    for step in range(1, steps + 1):
        point = start + (end - start) * step / steps
        send_mouse(window, QMouseEvent.Type.MouseMove, point, LEFT)
    send_mouse(window, QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def point_only_on(window: MainWindow, tie_id: str) -> QPointF:
    """A point on the tie's line where nothing else would take a click."""
    line = window.scene.tie_items[tie_id].line
    for step in range(1, 20):
        point = line.pointAt(step / 20)
        if window.scene.items(point) == [window.scene.tie_items[tie_id]]:
            return point
    raise AssertionError("the tie is covered all along its length")


def type_label(qtbot: object, window: MainWindow, text: str) -> None:
    editor = window.view.viewport().findChild(QLineEdit, "labelEditor")
    assert editor is not None, "the label editor did not open"
    editor.clear()
    qtbot.keyClicks(editor, text)  # type: ignore[attr-defined]
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # type: ignore[attr-defined]


def undo_all_and_redo(window: MainWindow, steps: int) -> None:
    ecomap = window.case.map
    final = ecomap.copy()
    for _ in range(steps):
        window.undo_stack.undo()
    assert window.undo_stack.isClean()
    for _ in range(steps):
        window.undo_stack.redo()
    assert ecomap == final


def test_double_click_adds_a_person_named_in_place(qtbot: object, window: MainWindow) -> None:
    before = window.case.map.copy()
    x, y = -10.0, -0.9 * 360 * before.ring_scale  # straight up, inside the outer ring: the friends sector, free
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=at(window, x, y))  # type: ignore[attr-defined]
    type_label(qtbot, window, "Jordan")

    added = [n for n in window.case.map.nodes if n.label == "Jordan"]
    assert len(added) == 1
    gran = added[0]
    # A name the catalogue does not know takes the sector pointed at, and stays where pointed.
    assert abs(gran.x - x) < 3
    assert abs(gran.y - y) < 3
    assert gran.domain is sector_of(x, y) is Domain.FRIENDS
    assert window.scene.node_items[gran.id].label_item.text() == "Jordan"
    assert window.undo_stack.undoText() == "Add Jordan"
    assert window.isWindowModified()
    window.undo_stack.undo()
    assert window.case.map == before
    assert gran.id not in window.scene.node_items
    assert not window.isWindowModified()
    window.undo_stack.redo()
    assert window.case.map.node(gran.id) == gran


def test_escape_in_the_label_editor_adds_nothing(qtbot: object, window: MainWindow) -> None:
    before = window.case.map.copy()
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=at(window, 250, 250))  # type: ignore[attr-defined]
    editor = window.view.viewport().findChild(QLineEdit, "labelEditor")
    qtbot.keyClicks(editor, "Nobody")  # type: ignore[attr-defined]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert window.case.map == before
    assert window.undo_stack.count() == 0


def test_dragging_from_the_rim_ties_two_people_with_the_default_capital(qtbot: object, window: MainWindow) -> None:
    ecomap = window.case.map
    gp = next(n for n in ecomap.nodes if n.label == "GP")
    tomas = next(n for n in ecomap.nodes if n.label == "Mate Tomás")
    assert ecomap.tie_between(gp.id, tomas.id) is None
    rim = window.scene.node_items[tomas.id].radius
    drag(window, at(window, tomas.x + rim, tomas.y), at(window, gp.x, gp.y))

    tie = ecomap.tie_between(gp.id, tomas.id)
    assert tie is not None
    assert (tie.source, tie.target) == (tomas.id, gp.id)
    assert tie.capital is Capital.LINKING  # an end in services
    assert tie.id in window.scene.tie_items
    assert window.scene.selected_tie_ids() == [tie.id]
    assert window.undo_stack.undoText() == "Add tie Mate Tomás – GP"
    assert (tomas.x, tomas.y) == (ecomap.node(tomas.id).x, ecomap.node(tomas.id).y), "a rim drag is not a move"
    undo_all_and_redo(window, 1)


def test_dragging_a_node_moves_it_once_on_release(qtbot: object, window: MainWindow) -> None:
    ecomap = window.case.map
    gp = next(n for n in ecomap.nodes if n.label == "GP")
    start, end = at(window, gp.x, gp.y), at(window, gp.x, gp.y) + QPoint(60, 30)
    send_mouse(window, QMouseEvent.Type.MouseButtonPress, start, LEFT)
    for step in range(1, 6):
        send_mouse(window, QMouseEvent.Type.MouseMove, start + (end - start) * step / 5, LEFT)
    assert (ecomap.node(gp.id).x, ecomap.node(gp.id).y) == (gp.x, gp.y), "the model moves on release only"
    assert window.scene.node_items[gp.id].pos() != QPointF(gp.x, gp.y), "the item follows the mouse"
    send_mouse(window, QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)

    moved = ecomap.node(gp.id)
    expected = window.view.mapToScene(end) - window.view.mapToScene(start)
    assert abs(moved.x - gp.x - expected.x()) < 1.5
    assert abs(moved.y - gp.y - expected.y()) < 1.5
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Move GP"
    window.undo_stack.undo()
    assert window.scene.node_items[gp.id].pos() == QPointF(gp.x, gp.y)
    undo_all_and_redo(window, 0)


def test_single_keys_change_the_selected_tie(qtbot: object, window: MainWindow) -> None:
    ecomap = window.case.map
    tie = next(t for t in ecomap.ties if ecomap.node(t.target).label == "Housing officer")
    before = tie
    middle = point_only_on(window, tie.id)
    qtbot.mouseClick(window.view.viewport(), LEFT, pos=window.view.mapFromScene(middle))  # type: ignore[attr-defined]
    assert window.scene.selected_tie_ids() == [tie.id]
    for key in (Qt.Key.Key_R, Qt.Key.Key_3, Qt.Key.Key_S, Qt.Key.Key_F):
        qtbot.keyClick(window.view, key)  # type: ignore[attr-defined]
    after = ecomap.tie(tie.id)
    assert after.capital is Capital.BRIDGING
    assert after.strength is Strength.TENUOUS
    assert after.stressful is (not before.stressful)
    flows = (Flow.NONE, Flow.TO_TARGET, Flow.TO_SOURCE, Flow.BOTH)
    assert after.flow is flows[(flows.index(before.flow) + 1) % 4]
    assert window.undo_stack.count() == 4
    assert window.undo_stack.undoText().endswith("tie to Housing officer")
    undo_all_and_redo(window, 4)
    for _ in range(4):
        window.undo_stack.undo()
    assert ecomap.tie(tie.id) == before


def test_rubber_band_selection_and_delete_restore_in_place(qtbot: object, window: MainWindow) -> None:
    ecomap = window.case.map
    before = ecomap.copy()
    targets = [n for n in ecomap.nodes if n.label in ("GP", "Housing officer")]
    xs = [n.x for n in targets]
    ys = [n.y for n in targets]
    corner_a = at(window, min(xs) - 25, min(ys) - 25)
    corner_b = at(window, max(xs) + 25, max(ys) + 25)
    drag(window, corner_a, corner_b)
    chosen = set(window.scene.selected_node_ids())
    assert {n.id for n in targets} <= chosen
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    for node in targets:
        assert not ecomap.has_node(node.id)
        assert node.id not in window.scene.node_items
    assert not any(node.id in (t.source, t.target) for t in ecomap.ties for node in targets)
    window.undo_stack.undo()
    assert ecomap == before
    assert set(window.scene.tie_items) == {t.id for t in ecomap.ties}
    undo_all_and_redo(window, 0)


def test_the_client_cannot_be_deleted(qtbot: object, window: MainWindow) -> None:
    client = window.scene.node_items[window.case.map.client.id]
    window.scene.select_only([client])
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert window.case.map.has_node(client.node_id)
    assert "client" in window.status_message.text()


def test_keyboard_only_session(qtbot: object, window: MainWindow) -> None:
    """Add a person, tie them to the client, make it strong bridging, move it: no mouse."""
    ecomap = window.case.map
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_N)  # type: ignore[attr-defined]
    type_label(qtbot, window, "Youth club")
    node = next(n for n in ecomap.nodes if n.label == "Youth club")
    assert window.scene.selected_node_ids() == [node.id]
    qtbot.keyClick(window.view, Qt.Key.Key_T)  # type: ignore[attr-defined]
    tie = ecomap.tie_between(ecomap.client.id, node.id)
    assert tie is not None
    for key in (Qt.Key.Key_R, Qt.Key.Key_1):
        qtbot.keyClick(window.view, key)  # type: ignore[attr-defined]
    assert (ecomap.tie(tie.id).capital, ecomap.tie(tie.id).strength) == (Capital.BRIDGING, Strength.STRONG)
    node = ecomap.node(node.id)  # placed by Ecomap, it moved into the close ring with its strong tie
    assert node.domain is Domain.COMMUNITY
    assert math.hypot(node.x, node.y) < 120 * ecomap.ring_scale
    window.scene.select_only([window.scene.node_items[node.id]])
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Right)  # type: ignore[attr-defined]
    assert ecomap.node(node.id).x == node.x + 30
    qtbot.keyClick(window.view, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    type_label(qtbot, window, "Youth club (Tues)")
    assert ecomap.node(node.id).label == "Youth club (Tues)"
    # A youth club is community: its tie to the client was bridging from the start, so R changed nothing.
    assert [window.undo_stack.text(i) for i in range(window.undo_stack.count())] == [
        "Add Youth club",
        "Add tie to Youth club",
        "Make strong: tie to Youth club",
        "Move Youth club",
        "Rename Youth club to Youth club (Tues)",
    ]
    undo_all_and_redo(window, 5)


def test_tab_walks_through_people(qtbot: object, window: MainWindow) -> None:
    order = [n.id for n in window.case.map.nodes]
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    assert window.scene.selected_node_ids() == [order[0]]
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    assert window.scene.selected_node_ids() == [order[1]]
    qtbot.keyClick(window.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
    assert window.scene.selected_node_ids() == [order[0]]
    assert window.view.hasFocus()


def test_markup_in_labels_shows_literally(qtbot: object, window: MainWindow) -> None:
    ecomap = window.case.map
    gp = next(n for n in ecomap.nodes if n.label == "GP")
    window.scene.select_only([window.scene.node_items[gp.id]])
    qtbot.keyClick(window.view, Qt.Key.Key_F2)  # type: ignore[attr-defined]
    type_label(qtbot, window, '<b>Dr</b> <img src="x.png"> &amp;')
    item = window.scene.node_items[gp.id]
    assert ecomap.node(gp.id).label == '<b>Dr</b> <img src="x.png"> &amp;'
    assert item.label_item.text().startswith("<b>Dr</b>")
    assert "&lt;b&gt;Dr&lt;/b&gt;" in item.toolTip()
    assert "<img" not in item.toolTip()


def test_auto_arrange_is_one_undoable_step(qtbot: object, window: MainWindow) -> None:
    before = window.case.map.copy()
    window.editor_actions["arrange"].trigger()
    assert window.undo_stack.undoText() == "Auto-arrange"
    assert window.case.map.client.x == 0
    window.undo_stack.undo()
    assert window.case.map == before


def test_wheel_zooms_and_fit_shows_everything(qtbot: object, window: MainWindow) -> None:
    start = window.view.zoom()
    window.view.zoom_by(2.0)
    assert abs(window.view.zoom() - 2 * start) < 1e-6
    window.editor_actions["fit"].trigger()
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    for item in window.scene.node_items.values():
        assert visible.contains(item.sceneBoundingRect())


def test_a_read_only_case_cannot_be_edited(qtbot: object, window: MainWindow) -> None:
    window.scene.set_map(window.case.map, editable=False)
    before = window.case.map.copy()
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=at(window, 250, -250))  # type: ignore[attr-defined]
    assert window.view.viewport().findChild(QLineEdit, "labelEditor") is None
    item = next(iter(window.scene.node_items.values()))
    assert isinstance(item, NodeItem)
    assert not item.flags() & item.GraphicsItemFlag.ItemIsMovable
    assert window.case.map == before
