"""A big map under the mouse: the drag draws the still part as one picture, and nothing is lost."""

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QImage, QMouseEvent

from ecomap.casefile.store import CaseFile
from ecomap.model.case import CaseDetails
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.network import EcoMap
from ecomap.ui.canvas.drag_snapshot import SNAPSHOT_FROM_ITEMS
from ecomap.ui.main_window import MainWindow
from ecomap.ui.open_case import OpenCase
from tests.ui.test_canvas import LEFT, at, send_mouse


def big_map(people: int, ties: int) -> EcoMap:
    rng = random.Random(7)
    nodes = [Node("client", "Client", Kind.CLIENT)]
    links = []
    for number in range(1, people):
        x, y = rng.uniform(-380, 380), rng.uniform(-380, 380)
        nodes.append(Node(f"n{number}", f"Person {number}", Kind.PERSON, rng.choice(list(Domain)), x, y))
        links.append(Tie(f"t{number}", "client", f"n{number}", rng.choice(list(Capital)), Strength.MODERATE))
    pairs = {t.pair for t in links}
    while len(links) < ties:
        a, b = rng.sample(nodes[1:], 2)
        if frozenset((a.id, b.id)) not in pairs:
            pairs.add(frozenset((a.id, b.id)))
            links.append(Tie(f"t{len(links) + 1}", a.id, b.id, Capital.BRIDGING, Strength.TENUOUS))
    return EcoMap(nodes, links)


def grabbable(window: MainWindow, skip: int = 0) -> Node:
    """A person whose centre shows their own circle (not a label or another person on top)."""
    found = []
    for node in window.case.map.nodes:
        item = window.scene.node_items[node.id]
        point = at(window, node.x, node.y)
        on_top = window.view.itemAt(point) is item
        if on_top and not node.is_client and not item.on_rim(item.mapFromScene(window.view.mapToScene(point))):
            found.append(node)
    return found[skip]


@pytest.fixture
def big_window(qtbot: object, tmp_path: Path, settings: QSettings) -> Iterator[MainWindow]:
    path = tmp_path / "big.ecomap"
    with CaseFile.create(path, CaseDetails(reference="BIG-1", client="Client", worker="W")) as case:
        case.write_draft(big_map(400, 600), None)
    main = MainWindow(OpenCase.open(path), settings=settings)
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.resize(1280, 860)
    main.show()
    qtbot.waitExposed(main)  # type: ignore[attr-defined]
    main.view.fit()
    yield main
    main.undo_stack.setClean()
    main.case.close()


def test_a_drag_on_a_big_map_draws_the_rest_as_a_picture_and_restores_it(big_window: MainWindow) -> None:
    window, scene = big_window, big_window.scene
    ecomap = window.case.map
    assert len(ecomap.nodes) + len(ecomap.ties) >= SNAPSHOT_FROM_ITEMS
    person = grabbable(window)
    tied = {tie.id for tie in ecomap.ties_of(person.id)}
    start = at(window, person.x, person.y)
    send_mouse(window, QMouseEvent.Type.MouseButtonPress, start, LEFT)
    for step in range(1, 6):
        send_mouse(window, QMouseEvent.Type.MouseMove, start + QPoint(8 * step, 5 * step), LEFT)
        window.view.viewport().repaint()

    # While the drag lasts, only the dragged person and their ties draw themselves.
    assert scene.node_items[person.id].opacity() == 1.0
    assert all(scene.tie_items[tie_id].opacity() == 1.0 for tie_id in tied)
    still = [item for key, item in scene.node_items.items() if key != person.id]
    still += [item for key, item in scene.tie_items.items() if key not in tied]
    assert all(item.opacity() == 0.0 for item in still)
    assert scene.node_items[person.id].isSelected()

    send_mouse(window, QMouseEvent.Type.MouseButtonRelease, start + QPoint(40, 25), Qt.MouseButton.NoButton)
    assert all(item.opacity() == 1.0 for item in [*scene.node_items.values(), *scene.tie_items.values()])
    moved = ecomap.node(person.id)
    expected = window.view.mapToScene(start + QPoint(40, 25)) - window.view.mapToScene(start)
    assert abs(moved.x - person.x - expected.x()) < 1.5
    assert abs(moved.y - person.y - expected.y()) < 1.5
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert (ecomap.node(person.id).x, ecomap.node(person.id).y) == (person.x, person.y)
    window.undo_stack.redo()
    assert ecomap.node(person.id) == moved


def test_the_picture_shows_exactly_what_stays_put(big_window: MainWindow) -> None:
    """Pixels: the view mid-drag, with the live items set aside, is the map as it was without them."""
    window, view, scene = big_window, big_window.view, big_window.scene
    person = grabbable(window, 1)
    live = [scene.node_items[person.id], *(scene.tie_items[t.id] for t in window.case.map.ties_of(person.id))]

    def without_live_items() -> QImage:
        for item in live:
            item.setOpacity(0.0)
        view.viewport().repaint()
        picture = view.viewport().grab().toImage()
        for item in live:
            item.setOpacity(1.0)
        return picture

    start = at(window, person.x, person.y)
    send_mouse(window, QMouseEvent.Type.MouseButtonPress, start, LEFT)
    before = without_live_items()
    send_mouse(window, QMouseEvent.Type.MouseMove, start + QPoint(1, 0), LEFT)
    send_mouse(window, QMouseEvent.Type.MouseMove, start, LEFT)  # back where it was
    assert any(item.opacity() == 0.0 for item in scene.tie_items.values()), "the picture is in use"
    during = without_live_items()
    send_mouse(window, QMouseEvent.Type.MouseButtonRelease, start, Qt.MouseButton.NoButton)
    assert during == before


def test_zooming_mid_drag_draws_every_item_again(big_window: MainWindow) -> None:
    window, scene = big_window, big_window.scene
    person = grabbable(window, 2)
    start = at(window, person.x, person.y)
    send_mouse(window, QMouseEvent.Type.MouseButtonPress, start, LEFT)
    send_mouse(window, QMouseEvent.Type.MouseMove, start + QPoint(10, 10), LEFT)
    assert any(item.opacity() == 0.0 for item in scene.tie_items.values())
    window.view.zoom_by(1.5)
    window.view.viewport().repaint()
    assert all(item.opacity() == 1.0 for item in [*scene.node_items.values(), *scene.tie_items.values()])
    send_mouse(window, QMouseEvent.Type.MouseButtonRelease, start + QPoint(10, 10), Qt.MouseButton.NoButton)
    assert window.undo_stack.count() == 1
