"""One path for edits: each user action is applied once, pushed once, and announced once."""

from collections import Counter

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ecomap.model.network import EcoMap
from ecomap.ui.canvas.scene import MapScene
from ecomap.ui.canvas.view import MapView
from ecomap.ui.commands import MoveNodesCommand
from ecomap.ui.main_window import MainWindow
from tests.ui.test_canvas import LEFT, at, type_label


def count_announcements(window: MainWindow) -> Counter[str]:
    """How often the scene says the map changed, and how often the model says what changed."""
    seen: Counter[str] = Counter()
    window.scene.map_changed.connect(lambda: seen.update(["map_changed"]))
    ecomap = window.case.map
    for name in ("node_added", "node_removed", "node_changed", "tie_added", "tie_removed", "tie_changed"):
        getattr(ecomap, name).connect(lambda *_args, name=name: seen.update([name]))
    return seen


def test_a_rename_is_applied_and_announced_once(qtbot: QtBot, window: MainWindow) -> None:
    gp = next(n for n in window.case.map.nodes if n.label == "GP")
    window.scene.select_only([window.scene.node_items[gp.id]])
    seen = count_announcements(window)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    type_label(qtbot, window, "Dr Okafor")
    assert window.case.map.node(gp.id).label == "Dr Okafor"
    assert seen == {"map_changed": 1, "node_changed": 1}
    seen.clear()
    window.editor_actions.undo.trigger()
    assert window.case.map.node(gp.id).label == "GP"
    assert seen == {"map_changed": 1, "node_changed": 1}
    seen.clear()
    window.editor_actions.redo.trigger()
    assert seen == {"map_changed": 1, "node_changed": 1}


def test_deleting_someone_with_ties_is_one_announcement(qtbot: QtBot, window: MainWindow) -> None:
    ecomap = window.case.map
    gp = next(n for n in ecomap.nodes if n.label == "GP")
    ties = len(ecomap.ties_of(gp.id))
    assert ties >= 2
    window.scene.select_only([window.scene.node_items[gp.id]])
    seen = count_announcements(window)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Backspace)  # the same as Delete on the canvas
    assert not ecomap.has_node(gp.id)
    assert seen == {"map_changed": 1, "node_removed": 1, "tie_removed": ties}
    assert window.undo_stack.count() == 1


def test_a_drag_on_a_scene_of_its_own_changes_nothing_until_someone_pushes_it(qtbot: QtBot) -> None:
    """A scene needs no undo stack: a gesture ends in a command it hands on."""
    ecomap = EcoMap.with_client("Lee")
    scene = MapScene()
    scene.set_map(ecomap, editable=True)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(600, 600)
    view.show()
    view.fit()
    made: list[MoveNodesCommand] = []
    scene.move_made.connect(made.append)
    client = ecomap.client
    start = view.mapFromScene(client.x, client.y)
    end = start + QPoint(40, 25)
    viewport = view.viewport()
    for kind, point, button, buttons in (
        (QMouseEvent.Type.MouseButtonPress, start, LEFT, LEFT),
        (QMouseEvent.Type.MouseMove, (start + end) / 2, Qt.MouseButton.NoButton, LEFT),
        (QMouseEvent.Type.MouseMove, end, Qt.MouseButton.NoButton, LEFT),
        (QMouseEvent.Type.MouseButtonRelease, end, LEFT, Qt.MouseButton.NoButton),
    ):
        modifiers = Qt.KeyboardModifier.NoModifier
        event = QMouseEvent(kind, QPointF(point), QPointF(viewport.mapToGlobal(point)), button, buttons, modifiers)
        QApplication.sendEvent(viewport, event)
    assert (ecomap.client.x, ecomap.client.y) == (client.x, client.y), "the scene changed nothing itself"
    [command] = made
    assert command.node_ids == [client.id]
    command.redo()
    assert (ecomap.client.x, ecomap.client.y) != (client.x, client.y)
    assert not hasattr(scene, "undo_stack")


def test_the_window_is_drawn_where_it_is_pointed_at(window: MainWindow) -> None:
    """(A guard for the helpers above: scene points map to the viewport as the tests assume.)"""
    client = window.case.map.client
    assert window.view.viewport().rect().contains(at(window, client.x, client.y))
