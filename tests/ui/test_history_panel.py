"""The History panel (timeline and chart), driven as a user would: clicks, keys and buttons, on the example case."""

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ecomap.casefile import CaseFile
from ecomap.casefile.versions_table import VersionSummary
from ecomap.model.metrics import MapCounts, measure
from ecomap.model.network import EcoMap
from ecomap.model.notation import CAPITAL_COLOURS
from ecomap.ui.history.chart import EMPTY_MESSAGE, SERIES_TITLES, MetricsChart, SeriesKind
from ecomap.ui.history.timeline import NEW_DRAFT_TEXTS, TimelinePanel
from tests.conftest import EXAMPLE_CASE

MARKUP = "<b>Review</b> <img src='/etc/passwd'>"

# -- helpers -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def summaries() -> list[VersionSummary]:
    with CaseFile.open(EXAMPLE_CASE) as case:
        return case.summaries()


@pytest.fixture
def panel(qtbot: QtBot, summaries: list[VersionSummary]) -> TimelinePanel:
    timeline = TimelinePanel()
    shown(qtbot, timeline)
    timeline.set_versions(summaries)
    return timeline


def shown(qtbot: QtBot, widget: QWidget, width: int = 320, height: int = 600) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()


def synthetic(count: int, note: str = "Met the peer mentor.") -> list[VersionSummary]:
    """``count`` versions with counts that change from one to the next."""
    return [
        VersionSummary(
            number,
            f"Review {number}",
            f"2026-{(number - 1) % 12 + 1:02d}-{(number - 1) % 28 + 1:02d}",
            note,
            "2026-11-28T11:30:11Z",
            MapCounts(
                nodes=10 + number % 7,
                ties=12 + number % 5,
                by_capital={"bonding": 5 + number % 3, "bridging": number % 4, "linking": 3 + number % 2},
                by_strength={"strong": number % 6, "moderate": 4, "tenuous": 2},
                stressful=number % 3,
                domains=3 + number % 4,
            ),
        )
        for number in range(1, count + 1)
    ]


def click_row(qtbot: QtBot, panel: TimelinePanel, row: int) -> None:
    index = panel.list.model().index(row, 0)
    panel.list.scrollTo(index)
    rect = panel.list.visualRect(index)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def has_colour(image: QImage, wanted: QColor, tolerance: int = 30) -> bool:
    for y in range(0, image.height(), 1):
        for x in range(0, image.width(), 1):
            got = QColor(image.pixel(x, y))
            if max(
                abs(got.red() - wanted.red()), abs(got.green() - wanted.green()), abs(got.blue() - wanted.blue())
            ) < (tolerance):
                return True
    return False


def focus_chain(panel: TimelinePanel, qtbot: QtBot, presses: int) -> Iterator[QWidget | None]:
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        yield QApplication.focusWidget()


# -- the list --------------------------------------------------------------------------------


def test_the_list_shows_the_draft_then_each_version_newest_first_with_its_counts(panel: TimelinePanel) -> None:
    texts = panel.list.row_texts()
    assert len(texts) == 4
    assert texts[0].splitlines()[0] == "Working draft"
    assert texts[1].splitlines() == [
        "3 · 6-month review",
        "13 Jul 2026",
        "B 9 · Br 5 · L 7 · 1 stressful",
        "Stopped seeing the old crowd. Started a warehouse job and five-a-side with Tomás. Calmer with Ryan; "
        "little contact with Kelly. Working well with probation and the drug service.",
    ]
    assert texts[3].splitlines()[:3] == ["1 · Start of order", "12 Jan 2026", "B 10 · Br 0 · L 6 · 7 stressful"]
    model = panel.list.model()
    spoken = model.index(2, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("2 · 3-month review, 13 April 2026. Ties: bonding 11, bridging 2, linking 7; 5 stressful.")
    assert "Note: Started at the recovery café" in spoken
    assert panel.current_version() is None, "the working draft is chosen at first"


def test_user_text_is_shown_literally_and_escaped_in_tooltips(qtbot: QtBot, panel: TimelinePanel) -> None:
    odd = dataclasses.replace(synthetic(1)[0], label=MARKUP, note=f"{MARKUP}\nsecond line")
    panel.set_versions([odd], draft_label="Draft <i>now</i>")
    texts = panel.list.row_texts()
    assert texts[0].splitlines()[0] == "Draft <i>now</i>"
    assert texts[1].splitlines()[0] == f"1 · {MARKUP}"
    assert texts[1].splitlines()[3] == f"{MARKUP} …", "the first line of the note, marked as going on"
    tip = panel.list.model().index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip
    assert "&lt;img src=&#x27;/etc/passwd&#x27;&gt;" in tip
    assert "second line" in tip
    assert "<i>" not in panel.list.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_clicking_a_row_chooses_that_version(qtbot: QtBot, panel: TimelinePanel) -> None:
    with qtbot.waitSignal(panel.version_chosen) as chosen:
        click_row(qtbot, panel, 2)
    assert chosen.args == [2]
    assert panel.current_version() == 2
    assert panel.new_draft_button.isEnabled()
    assert panel.compare_pair() == (1, 2), "compare defaults to the one before and the chosen one"
    assert panel.chart.highlighted() == 2
    rect = panel.list.visualRect(panel.list.currentIndex())
    with qtbot.assertNotEmitted(panel.version_chosen):
        qtbot.mouseClick(
            panel.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center()
        )
    assert panel.list.selectionModel().isSelected(panel.list.currentIndex()), "Ctrl+click does not unchoose"

    with qtbot.waitSignal(panel.version_chosen) as chosen:
        click_row(qtbot, panel, 0)
    assert chosen.args == [None]
    assert not panel.new_draft_button.isEnabled()
    assert panel.compare_pair() == (1, 3), "without a chosen version: the first and the latest"
    assert panel.chart.highlighted() is None


def test_up_and_down_move_the_choice(qtbot: QtBot, panel: TimelinePanel) -> None:
    panel.list.setFocus()
    got: list[object] = []
    panel.version_chosen.connect(got.append)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):
        qtbot.keyClick(panel.list, key)
    assert got == [3, 2, 1, 2], "the bottom row stops the choice"
    assert panel.compare_pair() == (1, 2)
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    assert panel.compare_pair() == (1, 3), "the first version has none before it: the first and the latest"
    with qtbot.waitSignal(panel.version_chosen) as chosen:
        qtbot.keyClick(panel.list, Qt.Key.Key_Home)
    assert chosen.args == [None]


def test_the_new_draft_button_asks_for_a_draft_from_the_chosen_version(qtbot: QtBot, panel: TimelinePanel) -> None:
    assert not panel.new_draft_button.isEnabled(), "not for the working draft"
    click_row(qtbot, panel, 1)
    assert panel.new_draft_button.text() == NEW_DRAFT_TEXTS[0], "it says it all at 320 px"
    with qtbot.waitSignal(panel.new_draft_requested) as asked:
        qtbot.mouseClick(panel.new_draft_button, Qt.MouseButton.LeftButton)
    assert asked.args == [3]


def test_compare_asks_for_the_two_versions_named(qtbot: QtBot, panel: TimelinePanel) -> None:
    assert panel.from_combo.currentText() == "1 · Start of order (12 Jan 2026)"
    assert panel.to_combo.currentText() == "3 · 6-month review (13 Jul 2026)"
    with qtbot.waitSignal(panel.compare_requested) as asked:
        qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert asked.args == [1, 3]

    panel.from_combo.setFocus()
    qtbot.keyClick(panel.from_combo, Qt.Key.Key_Down)
    qtbot.keyClick(panel.from_combo, Qt.Key.Key_Down)
    assert panel.compare_pair() == (3, 3)
    assert not panel.compare_button.isEnabled(), "a version compared with itself"
    qtbot.keyClick(panel.from_combo, Qt.Key.Key_Up)
    assert panel.compare_button.isEnabled()
    with qtbot.waitSignal(panel.compare_requested) as asked:
        qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert asked.args == [2, 3]


def test_compare_is_off_until_there_are_two_versions(
    qtbot: QtBot, panel: TimelinePanel, summaries: list[VersionSummary]
) -> None:
    for count in (0, 1):
        panel.set_versions(summaries[:count])
        assert not panel.compare_button.isEnabled()
        assert not panel.from_combo.isEnabled()
        assert panel.compare_hint.isVisible()
        assert panel.compare_pair() is None
    panel.set_versions(summaries[:2])
    assert panel.compare_button.isEnabled()
    assert not panel.compare_hint.isVisible()


def test_select_version_follows_the_window_without_emitting(qtbot: QtBot, panel: TimelinePanel) -> None:
    with qtbot.assertNotEmitted(panel.version_chosen):
        panel.select_version(2)
    assert panel.current_version() == 2
    assert panel.chart.highlighted() == 2
    assert panel.new_draft_button.isEnabled()
    with pytest.raises(ValueError, match="no version 9"):
        panel.select_version(9)


def test_new_versions_keep_the_choice(qtbot: QtBot, panel: TimelinePanel, summaries: list[VersionSummary]) -> None:
    panel.select_version(2)
    with qtbot.assertNotEmitted(panel.version_chosen):
        panel.set_versions(summaries, draft_label="Working draft (changed)")
    assert panel.current_version() == 2
    panel.set_versions(summaries[:1])
    assert panel.current_version() is None, "a version no longer listed: back to the working draft"


def test_every_control_is_reached_by_tab_and_has_a_name(qtbot: QtBot, panel: TimelinePanel) -> None:
    click_row(qtbot, panel, 1)
    panel.list.setFocus()
    reached = list(focus_chain(panel, qtbot, 7))
    expected = [
        panel.new_draft_button,
        panel.from_combo,
        panel.to_combo,
        panel.compare_button,
        panel.draft_compare_button,
        panel.kind_combo,
        panel.chart,
    ]
    assert reached == expected
    focusable = [w for w in panel.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()]
    unnamed = [w for w in focusable if not w.accessibleName() and w is not panel.list.viewport()]
    assert unnamed == []


# -- the chart -------------------------------------------------------------------------------


def test_the_chart_states_the_counts_in_words(qtbot: QtBot, panel: TimelinePanel) -> None:
    chart = panel.chart
    assert chart.accessibleDescription() == (
        "Ties by capital: version 1: bonding 10, bridging 0, linking 6; version 2: bonding 11, bridging 2, "
        "linking 7; version 3: bonding 9, bridging 5, linking 7."
    )
    expected = {
        SeriesKind.STRONG: "Strong ties: version 1: 5; version 2: 5; version 3: 9.",
        SeriesKind.STRESSFUL: "Stressful ties: version 1: 7; version 2: 5; version 3: 1.",
        SeriesKind.NODES: "People and places: version 1: 12; version 2: 14; version 3: 15.",
        SeriesKind.DOMAINS: "Domains reached: version 1: 5; version 2: 6; version 3: 6.",
    }
    panel.kind_combo.setFocus()
    for kind, words in expected.items():
        qtbot.keyClick(panel.kind_combo, Qt.Key.Key_Down)
        assert panel.kind_combo.currentText() == SERIES_TITLES[kind]
        assert chart.series_kind() is kind
        assert chart.accessibleDescription() == words
        assert chart.accessibleName() == f"Chart: {SERIES_TITLES[kind]}"


def test_effective_size_reads_the_maps_only_when_shown_and_once(
    qtbot: QtBot, panel: TimelinePanel, summaries: list[VersionSummary]
) -> None:
    with CaseFile.open(EXAMPLE_CASE) as case:
        maps = {n: case.version(n).map for n in (1, 2, 3)}
    loaded: list[int] = []

    def load_map(number: int) -> EcoMap:
        loaded.append(number)
        return maps[number]

    panel.set_versions(summaries, load_map=load_map)
    assert loaded == [], "no map is read for the counts"
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(SeriesKind.EFFECTIVE_SIZE))
    qtbot.waitUntil(lambda: not panel.chart.busy())
    assert sorted(loaded) == [1, 2, 3]
    sizes = [measure(maps[n]).effective_size for n in (1, 2, 3)]
    assert all(size is not None for size in sizes)
    words = "; ".join(f"version {n}: {size:.1f}".replace(".0;", ";") for n, size in zip((1, 2, 3), sizes, strict=True))
    assert panel.chart.accessibleDescription().startswith("Client's effective size: version 1: ")
    for n, size in zip((1, 2, 3), sizes, strict=True):
        assert size is not None
        shown_value = str(int(size)) if float(size).is_integer() else f"{size:.1f}"
        assert f"version {n}: {shown_value}" in panel.chart.accessibleDescription(), words

    panel.kind_combo.setCurrentIndex(0)
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(SeriesKind.EFFECTIVE_SIZE))
    panel.set_versions(summaries, load_map=load_map)
    assert not panel.chart.busy()
    assert sorted(loaded) == [1, 2, 3], "kept, not read again"


def test_effective_size_without_maps_says_so(qtbot: QtBot, summaries: list[VersionSummary]) -> None:
    chart = MetricsChart()
    shown(qtbot, chart, 300, 180)
    chart.set_versions(summaries)
    chart.set_series_kind(SeriesKind.EFFECTIVE_SIZE)
    assert not chart.busy()
    assert chart.accessibleDescription() == "Client's effective size: The saved maps are not available here."


def test_the_chart_draws_one_point_for_one_version_and_a_message_for_none(
    qtbot: QtBot, summaries: list[VersionSummary]
) -> None:
    chart = MetricsChart()
    shown(qtbot, chart, 300, 180)
    chart.set_versions([])
    assert chart.message() == EMPTY_MESSAGE
    empty = chart.grab().toImage()
    assert not has_colour(empty, QColor(CAPITAL_COLOURS[next(iter(CAPITAL_COLOURS))]))
    chart.set_versions(summaries[:1])
    assert chart.accessibleDescription() == "Ties by capital: version 1: bonding 10, bridging 0, linking 6."
    image = chart.grab().toImage()
    for colour in CAPITAL_COLOURS.values():
        assert has_colour(image, QColor(colour)), colour


# -- many versions and pictures ----------------------------------------------------------------


def test_five_hundred_versions_list_and_the_keyboard_moves_through_them(qtbot: QtBot) -> None:
    panel = TimelinePanel()
    shown(qtbot, panel)
    panel.set_versions(synthetic(500))
    assert panel.list.model().rowCount() == 501
    panel.list.setFocus()
    got: list[object] = []
    panel.version_chosen.connect(got.append)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_End, Qt.Key.Key_Up, Qt.Key.Key_PageUp):
        qtbot.keyClick(panel.list, key)
    assert got[:4] == [500, 499, 1, 2]
    assert isinstance(got[4], int)
    assert got[4] > 2
    assert panel.list.visualRect(panel.list.currentIndex()).intersects(panel.list.viewport().rect())
    description = panel.chart.accessibleDescription()
    assert "versions 3 to 490 not read out" in description
    assert description.count("version ") < 15
    assert "version 500: bonding 7, bridging 0, linking 3." in description


def test_the_button_and_the_rows_fit_as_text_grows(qtbot: QtBot, panel: TimelinePanel) -> None:
    button = panel.new_draft_button
    row_height = panel.list.sizeHintForRow(1)
    font = QFont(panel.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    panel.setFont(font)
    panel.resize(300, 700)
    qtbot.waitUntil(lambda: button.text() != NEW_DRAFT_TEXTS[0])
    assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
    assert button.accessibleName() == NEW_DRAFT_TEXTS[0]
    assert panel.list.sizeHintForRow(1) > row_height * 1.5, "rows grow with the text, and wrap at 300 px"


@pytest.mark.parametrize(("count", "name"), [(3, "history_panel.png"), (12, "history_panel_12.png")])
def test_a_picture_of_the_panel(qtbot: QtBot, summaries: list[VersionSummary], count: int, name: str) -> None:
    """Saved in /tmp to look at; here only: it fits 320 px and both the list and the chart are drawn."""
    panel = TimelinePanel()
    shown(qtbot, panel, 320, 600)
    panel.set_versions(summaries if count == 3 else synthetic(count))
    panel.select_version(2)
    QApplication.processEvents()  # the layout settles after the compare hint hides
    image = panel.grab().toImage()
    assert image.save(str(Path("/tmp") / name))
    assert panel.minimumSizeHint().width() <= 320
    chart = panel.chart.grab().toImage()
    for colour in CAPITAL_COLOURS.values():
        assert has_colour(chart, QColor(colour)), colour
    chosen = panel.list.visualRect(panel.list.currentIndex())
    assert panel.list.viewport().rect().contains(chosen), "the chosen row is in view, and no wider than the list"
