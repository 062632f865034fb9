"""A small screen and the largest text: every panel works at 1024×600 (scrolling where it must), the text
size reaches the menus, and the Details panel gets its room back when the window grows."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QScrollArea
from pytestqt.qtbot import QtBot

from ecomap.model.notation import TEXT_SCALES
from ecomap.ui.main_window import MainWindow
from ecomap.ui.view_state import Panel
from ecomap.ui.window_fit import DETAILS_SHARE

SMALL = QSize(1024, 600)


def largest_text(window: MainWindow) -> None:
    while window.text_scale_index < len(TEXT_SCALES) - 1:
        window.change_text_size(+1)
    QApplication.processEvents()


def settle(qtbot: QtBot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)  # the window shares out its docks on the next turn of the event loop
    QApplication.processEvents()


def select_a_tie(window: MainWindow) -> None:
    tie = next(iter(window.case.map.ties))
    window.scene.select_only([window.scene.tie_items[tie.id]])
    QApplication.processEvents()


def test_the_window_fits_1024_by_600_at_the_largest_text(qtbot: QtBot, window: MainWindow) -> None:
    largest_text(window)
    select_a_tie(window)
    window.resize(SMALL)
    settle(qtbot)
    assert window.size() == SMALL, "no panel holds the window larger than a small screen"
    status = window.statusBar().geometry()
    assert status.bottom() < window.height()
    assert status.height() > 0
    for panel in Panel:
        dock = window.docks[panel]
        if not dock.isVisible():
            continue
        assert dock.geometry().bottom() < status.top(), f"{panel} slides under the status bar"


def test_history_and_legend_scroll_down_not_sideways_when_the_window_is_small(qtbot: QtBot, window: MainWindow) -> None:
    largest_text(window)
    window.resize(SMALL)
    window.docks[Panel.HISTORY].raise_()
    settle(qtbot)
    for panel in (Panel.HISTORY, Panel.LEGEND):
        area = window.docks[panel].widget()
        assert isinstance(area, QScrollArea)
        assert area.horizontalScrollBar().maximum() == 0, f"{panel} needs sideways scrolling"
    history = window.docks[Panel.HISTORY].widget()
    assert isinstance(history, QScrollArea)
    chart = window.timeline.chart
    history.ensureWidgetVisible(chart, 0, 0)
    QApplication.processEvents()
    corners = (chart.rect().topLeft(), chart.rect().bottomRight())
    assert all(history.viewport().rect().contains(chart.mapTo(history.viewport(), c)) for c in corners), (
        "the chart can be scrolled into view"
    )
    assert history.verticalScrollBar().maximum() > 0, "at 600 pixels and the largest text the History panel scrolls"


def test_the_details_panel_gets_its_room_back_when_the_window_grows(qtbot: QtBot, window: MainWindow) -> None:
    largest_text(window)
    select_a_tie(window)
    window.resize(SMALL)
    settle(qtbot)
    small = window.docks[Panel.DETAILS].height()
    window.resize(1600, 1000)
    settle(qtbot)
    details, legend = window.docks[Panel.DETAILS], window.docks[Panel.LEGEND]
    column = details.height() + legend.height()
    assert details.height() > small + 100
    assert details.height() >= min(details.sizeHint().height(), int(column * DETAILS_SHARE)) - 30


def test_larger_text_reaches_the_menus_the_context_menu_and_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    largest_text(window)
    size = window.font().pointSizeF()
    assert size == 10.0 * TEXT_SCALES[-1]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert file_menu.font().pointSizeF() == size
    context = window.editor_actions.context_menu(window.view, ties=True, nodes=False, anything=True)
    assert context.font().pointSizeF() == size
    dialog = QMessageBox(window)
    dialog.ensurePolished()  # as showing it does
    QApplication.processEvents()
    assert dialog.font().pointSizeF() == size
    dialog.deleteLater()
