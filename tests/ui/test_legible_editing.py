"""A map that reads at a glance while it is drawn: typed names find their sector, people follow their ties,
Auto-arrange tidies, and the canvas draws exactly the shared layout (design §17). Driven by keys and mouse."""

import math
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QProgressDialog

from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.geometry import sector_of
from ecomap.model.legibility import Legibility, measure
from ecomap.model.map_layout import layout_map
from ecomap.model.placement import belongs
from ecomap.ui.main_window import MainWindow
from ecomap.ui.open_case import OpenCase
from tests.ui.test_canvas import LEFT, at, drag, send_mouse, type_label


def legibility(window: MainWindow) -> Legibility:
    """What the status bar will say of the map as drawn now (measured once the map is painted)."""
    window.scene.flush_measure()
    return window.scene.legibility


@pytest.fixture
def blank(qtbot: object, settings: QSettings, tmp_path: Path) -> Iterator[MainWindow]:
    """The real window on a new case holding only the client."""
    main = MainWindow(OpenCase.new_unsaved(), settings=settings)
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.resize(1280, 860)
    main.show()
    qtbot.waitExposed(main)  # type: ignore[attr-defined]
    yield main
    main.undo_stack.setClean()


def add_by_keyboard(qtbot: object, window: MainWindow, name: str, strength_key: Qt.Key | None = None) -> str:
    """Insert, the name, Enter; then T to tie them to the client and a strength key. Returns their id."""
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Insert)  # type: ignore[attr-defined]
    type_label(qtbot, window, name)
    node = next(n for n in window.case.map.nodes if n.label == name)
    assert window.scene.selected_node_ids() == [node.id]
    if strength_key is not None:
        qtbot.keyClick(window.view, Qt.Key.Key_T)  # type: ignore[attr-defined]
        qtbot.keyClick(window.view, strength_key)  # type: ignore[attr-defined]
        window.scene.select_only([window.scene.node_items[node.id]])
    return node.id


@pytest.mark.parametrize(
    ("name", "domain", "capital"),
    [
        ("Mum", Domain.FAMILY, Capital.BONDING),
        ("Jobcentre", Domain.SERVICES, Capital.LINKING),
        ("Peer mentor", Domain.COMMUNITY, Capital.BRIDGING),
        ("Youth boxing club", Domain.COMMUNITY, Capital.BRIDGING),
    ],
)
def test_a_typed_name_goes_to_its_sector_with_the_right_default_capital(
    qtbot: object, blank: MainWindow, name: str, domain: Domain, capital: Capital
) -> None:
    window = blank
    node_id = add_by_keyboard(qtbot, window, name)
    node = window.case.map.node(node_id)
    assert node.domain is domain
    assert sector_of(node.x, node.y) is domain
    qtbot.keyClick(window.view, Qt.Key.Key_T)  # type: ignore[attr-defined]
    tie = window.case.map.tie_between(window.case.map.client.id, node_id)
    assert tie is not None
    assert tie.capital is capital
    assert legibility(window).problems == 0


def test_an_eight_person_map_typed_by_keyboard_reads_at_a_glance(qtbot: object, blank: MainWindow) -> None:
    """The case the issue reported: every person in their sector, nobody behind anybody."""
    window = blank
    people = [
        ("Mum", Qt.Key.Key_1, Domain.FAMILY),
        ("Brother Jay", Qt.Key.Key_2, Domain.FAMILY),
        ("Nan", Qt.Key.Key_1, Domain.FAMILY),
        ("Peer mentor", Qt.Key.Key_1, Domain.COMMUNITY),
        ("Best friend Ash", Qt.Key.Key_2, Domain.FRIENDS),
        ("Jobcentre", Qt.Key.Key_3, Domain.SERVICES),
        ("GP", Qt.Key.Key_2, Domain.SERVICES),
        ("Youth boxing club", Qt.Key.Key_3, Domain.COMMUNITY),
    ]
    for name, key, domain in people:
        node_id = add_by_keyboard(qtbot, window, name, key)
        ecomap = window.case.map
        node = ecomap.node(node_id)
        assert node.domain is domain
        assert belongs(ecomap, node), name  # in its sector, and in the ring its tie says
        assert legibility(window).problems == 0, (name, legibility(window))
    ecomap = window.case.map
    assert measure(ecomap, text_scale=window.scene.text_scale).problems == 0
    # Every step undoes and redoes: the map comes back exactly.
    final = ecomap.copy()
    steps = window.undo_stack.count()
    for _ in range(steps):
        window.undo_stack.undo()
    assert len(ecomap.nodes) == 1
    for _ in range(steps):
        window.undo_stack.redo()
    assert ecomap == final


def test_changing_a_domain_moves_the_person_into_its_sector_in_one_step(qtbot: object, blank: MainWindow) -> None:
    window = blank
    node_id = add_by_keyboard(qtbot, window, "Sam's mate Kai", Qt.Key.Key_2)
    ecomap = window.case.map
    before = ecomap.node(node_id)
    inspector = window.inspector
    combo = inspector.domain_combo
    steps = window.undo_stack.count()
    combo.setCurrentIndex(combo.findData(Domain.JUSTICE))
    combo.activated.emit(combo.currentIndex())
    moved = ecomap.node(node_id)
    assert moved.domain is Domain.JUSTICE
    assert sector_of(moved.x, moved.y) is Domain.JUSTICE
    assert belongs(ecomap, moved)
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert ecomap.node(node_id) == before


def test_a_person_placed_by_hand_stays_where_they_were_put(qtbot: object, window: MainWindow) -> None:
    ecomap = window.case.map
    gp = next(n for n in ecomap.nodes if n.label == "GP")
    start = at(window, gp.x, gp.y)
    end = start + QPoint(-70, 40)
    send_mouse(window, QMouseEvent.Type.MouseButtonPress, start, LEFT)
    for step in range(1, 6):
        send_mouse(window, QMouseEvent.Type.MouseMove, start + (end - start) * step / 5, LEFT)
    send_mouse(window, QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    placed = ecomap.node(gp.id)
    assert (placed.x, placed.y) != (gp.x, gp.y)
    # Its tie made tenuous: a person Ecomap had placed would move out to the outer ring; this one stays.
    tie = ecomap.tie_between(ecomap.client.id, gp.id)
    assert tie is not None
    window.editor.edit_ties([tie.id], {"strength": Strength.TENUOUS})
    assert ecomap.tie(tie.id).strength is Strength.TENUOUS
    assert ecomap.node(gp.id) == placed


def test_auto_arrange_tidies_the_map_in_one_step_as_the_status_bar_offers(qtbot: object, window: MainWindow) -> None:
    ecomap = window.case.map
    # Drag the GP onto the housing officer: now names and people overlap, and the status bar says so.
    gp = next(n for n in ecomap.nodes if n.label == "GP")
    housing = next(n for n in ecomap.nodes if n.label == "Housing officer")
    drag(window, at(window, gp.x, gp.y), at(window, housing.x + 6, housing.y + 4))
    before = ecomap.copy()
    assert legibility(window).problems > 0
    button = window.status_legibility
    assert button.isVisible()
    assert "overlap" in button.text()
    qtbot.mouseClick(button, LEFT)  # type: ignore[attr-defined]
    assert legibility(window).problems == 0
    assert measure(ecomap, text_scale=window.scene.text_scale).problems == 0
    assert not button.isVisible()
    assert window.undo_stack.undoText() == "Auto-arrange"
    arranged = ecomap.copy()
    window.undo_stack.undo()
    assert ecomap == before
    assert legibility(window).problems > 0
    window.undo_stack.redo()
    assert ecomap == arranged


def test_larger_text_is_arranged_for_too(qtbot: object, window: MainWindow) -> None:
    for _ in range(3):
        window.editor_actions["larger"].trigger()
    assert window.scene.text_scale > 1.4
    window.editor.auto_arrange()
    assert legibility(window).problems == 0
    assert measure(window.case.map, text_scale=window.scene.text_scale).problems == 0


def test_the_canvas_draws_the_shared_layout(qtbot: object, window: MainWindow) -> None:
    """Each label's halo and each tie's mark sit exactly where the model's layout puts them."""
    window.editor.auto_arrange()
    scene = window.scene
    ecomap = window.case.map
    layout = layout_map(ecomap, scene.text_scale, sectors=scene.show_sectors)
    for node in ecomap.nodes:
        item = scene.node_items[node.id]
        placed = layout.labels[node.id]
        if placed.inside:
            continue
        halo = item.label_halo.sceneBoundingRect()
        left, top, right, bottom = placed.box
        assert (halo.left(), halo.top(), halo.right(), halo.bottom()) == pytest.approx((left, top, right, bottom))
        # The words themselves lie inside the halo (Qt's own font measures within a unit of the model's).
        for line in item.label_lines:
            if line.isVisible():
                words = line.sceneBoundingRect()
                assert words.left() >= left - 1, node.label
                assert words.right() <= right + 1, node.label
    for tie in ecomap.ties:
        mark = scene.tie_items[tie.id].mark_rect
        left, top, right, bottom = layout.ties[tie.id].mark_box
        assert (mark.left(), mark.top(), mark.right(), mark.bottom()) == pytest.approx((left, top, right, bottom))


def test_the_view_shows_the_whole_map_after_the_rings_grow(qtbot: object, blank: MainWindow) -> None:
    window = blank
    for number in range(9):
        add_by_keyboard(qtbot, window, f"Auntie number {number} from Leeds", Qt.Key.Key_1)
    ecomap = window.case.map
    assert ecomap.ring_scale > 1
    qtbot.wait(10)  # type: ignore[attr-defined]
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    left, top, right, bottom = window.scene.layout.bounds()  # type: ignore[union-attr]
    assert shown.contains(QPointF(left, top))
    assert shown.contains(QPointF(right, bottom))
    assert all(math.isfinite(node.x) for node in ecomap.nodes)


def crowd(window: MainWindow, count: int) -> None:
    """``count`` people on the window's map, all in one spot: a map only Auto-arrange can save."""
    ecomap = window.case.map
    domains = list(Domain)
    for number in range(count):
        ecomap.add_node(Node(f"n{number}", f"Person {number}", Kind.PERSON, domains[number % len(domains)], 5.0, 5.0))
        strength = [Strength.STRONG, Strength.MODERATE, Strength.TENUOUS][number % 3]
        ecomap.add_tie(Tie(f"t{number}", ecomap.client.id, f"n{number}", Capital.BONDING, strength))
    window.scene.flush_layout()


def test_a_large_map_is_arranged_off_the_window_thread(qtbot: object, blank: MainWindow) -> None:
    window = blank
    crowd(window, 90)
    before = window.case.map.copy()
    threads: list[str] = []
    QTimer.singleShot(60, lambda: threads.extend(thread.name for thread in threading.enumerate()))
    window.editor.auto_arrange()
    assert any(name.startswith("ecomap-work") for name in threads)
    assert legibility(window).problems == 0
    window.undo_stack.undo()
    assert window.case.map == before


def test_arranging_a_large_map_can_be_cancelled(qtbot: object, blank: MainWindow) -> None:
    window = blank
    crowd(window, 120)
    before = window.case.map.copy()

    def press_cancel() -> None:
        dialog = window.view.findChild(QProgressDialog)
        assert dialog is not None
        dialog.cancel()

    QTimer.singleShot(100, press_cancel)
    window.editor.auto_arrange()
    assert window.case.map == before
    assert window.undo_stack.count() == 0
    assert window.status_message.text() == "Auto-arrange cancelled; nothing moved"


def test_a_double_click_on_someone_puts_the_new_person_beside_not_on_them(qtbot: object, window: MainWindow) -> None:
    ecomap = window.case.map
    mum = next(n for n in ecomap.nodes if n.label.startswith("Mum"))
    qtbot.mouseDClick(window.view.viewport(), LEFT, pos=at(window, mum.x + 20, mum.y))  # type: ignore[attr-defined]
    type_label(qtbot, window, "Nan")
    nan = next(n for n in ecomap.nodes if n.label == "Nan")
    assert nan.domain is Domain.FAMILY
    assert belongs(ecomap, nan)
    assert math.dist((nan.x, nan.y), (mum.x, mum.y)) > 40
    assert legibility(window).problems == 0
