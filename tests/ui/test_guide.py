"""Help > Ecomap guide: docs/guide.md in a window of its own, by F1 or the Help menu, found where it is installed."""

import shutil
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu
from pytestqt.qtbot import QtBot

from ecomap.language import use_language
from ecomap.ui import guide
from ecomap.ui.guide import GUIDE_FILE, INSTALLED_FOLDER, GuideWindow, guide_path
from ecomap.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
HEADINGS = ("The Ecomap guide", "Three kinds of social capital", "Reading the map", "Running a mapping session")


def the_guide(window: MainWindow) -> GuideWindow:
    found = window.findChild(GuideWindow)
    assert found is not None, "no guide window"
    return found


def help_menu(window: MainWindow) -> QMenu:
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    assert isinstance(menu, QMenu)
    return menu


def test_f1_opens_the_guide_with_its_headings_and_esc_closes_it(qtbot: QtBot, window: MainWindow) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    shown = the_guide(window)
    qtbot.waitExposed(shown)
    text = shown.browser.toPlainText()
    for words in (*HEADINGS, "Bonding", "bridging", "linking", "network promoter"):
        assert words in text, words
    assert "#" not in text, "the Markdown is rendered, not shown as source"
    assert shown.windowTitle() == "Ecomap guide"
    assert not shown.isModal(), "it can stay open beside the map"
    shown.browser.setFocus()
    qtbot.keyClick(shown.browser, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    assert the_guide(window).isVisible(), "F1 opens it again"
    assert len(window.findChildren(GuideWindow)) == 1, "one guide per window, brought forward"


def test_the_help_menu_has_the_guide_before_the_shortcuts_and_it_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    items = [a for a in help_menu(window).actions() if not a.isSeparator()]
    assert [a.objectName() for a in items] == ["guide", "shortcuts"]
    assert items[0].text().replace("&", "") == "Ecomap guide"
    items[0].trigger()
    shown = the_guide(window)
    qtbot.waitExposed(shown)
    assert "Running a mapping session" in shown.browser.toPlainText()
    shown.reject()
    assert not shown.isVisible()


def test_f1_is_the_guide_alone_and_shift_f1_lists_the_keys(qtbot: QtBot, window: MainWindow) -> None:
    """F1 bound twice would be ambiguous and do nothing: the guide has it, the list of keys has Shift+F1."""
    bound = [
        action.objectName()
        for action in window.findChildren(QAction)
        for sequence in action.shortcuts()
        if sequence == QKeySequence("F1")
    ]
    assert bound == ["guide"]
    shown: list[str] = []

    def read_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget.findChild(QLabel, "shortcutList"):
                label = widget.findChild(QLabel, "shortcutList")
                assert label is not None
                shown.append(label.text())
                widget.reject()

    QTimer.singleShot(0, read_and_close)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    [text] = shown
    assert "what the map shows and how to draw it with a client" in text
    assert window.findChild(GuideWindow) is None, "Shift+F1 is not the guide"


def test_the_guide_reads_at_the_window_text_size(qtbot: QtBot, window: MainWindow) -> None:
    window.editor_actions["guide"].trigger()
    shown = the_guide(window)
    before = shown.browser.font().pointSizeF()
    assert before == pytest.approx(window.font().pointSizeF())
    window.editor_actions["larger"].trigger()
    window.editor_actions["larger"].trigger()
    assert shown.browser.font().pointSizeF() > before * 1.3
    assert shown.browser.font().pointSizeF() == pytest.approx(window.font().pointSizeF())
    window.change_text_size(0)


def test_the_guide_is_found_where_a_wheel_installs_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without a source tree, the guide is read from <prefix>/share/ecomap/docs, where pyproject.toml puts it."""
    installed = tmp_path.joinpath("prefix", *INSTALLED_FOLDER)
    installed.mkdir(parents=True)
    (installed / GUIDE_FILE).write_text("# The Ecomap guide\n", encoding="utf-8")
    monkeypatch.setattr(guide, "SOURCE_FOLDER", tmp_path / "no-checkout")
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "prefix"))
    assert guide_path() == installed / GUIDE_FILE
    (installed / GUIDE_FILE).unlink()
    with pytest.raises(FileNotFoundError) as error:
        guide_path()
    assert str(installed) in str(error.value)
    assert str(tmp_path / "no-checkout") in str(error.value)


def test_the_package_installs_docs_guide_where_the_lookup_looks() -> None:
    """One file: docs/guide.md is what a checkout reads and what the wheel installs (and the README links)."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        data_files = tomllib.load(file)["tool"]["setuptools"]["data-files"]
    assert data_files["/".join(INSTALLED_FOLDER)] == ["docs/guide.md", "docs/guide.cy.md", "docs/guide.de.md"]
    assert guide_path() == ROOT / "docs" / "guide.md"
    assert "(docs/guide.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.real_error_boxes
def test_a_missing_guide_says_so_and_opens_no_window(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    said: list[str] = []
    monkeypatch.setattr("ecomap.ui.context._show_error_box", lambda _parent, headline, detail: said.append(headline))
    monkeypatch.setattr(guide, "SOURCE_FOLDER", tmp_path / "no-checkout")
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "no-prefix"))
    window.editor_actions["guide"].trigger()
    assert said == ["The Ecomap guide could not be opened."]
    assert window.findChild(GuideWindow) is None


@pytest.mark.parametrize(("language", "heading"), [("cy", "# Canllaw Ecomap"), ("de", "# Der Ecomap-Leitfaden")])
def test_the_guide_is_shown_in_the_language_spoken(
    qtbot: QtBot, window: MainWindow, language: str, heading: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Help > Ecomap guide in Welsh or German opens that translation; without one, the English guide."""
    use_language(language)
    assert guide_path() == ROOT / "docs" / f"guide.{language}.md"
    translated = guide_path().read_text(encoding="utf-8")
    english = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    assert translated.startswith(heading)
    assert translated.count("\n#") == english.count("\n#"), "the same sections"
    assert translated.count("\n|") == english.count("\n|"), "the same table of keys"
    window.editor_actions["guide"].trigger()
    shown = window.findChild(GuideWindow)
    assert shown is not None
    assert shown.browser.toPlainText().split("\n")[0] == translated.split("\n")[0].lstrip("# ")
    shown.close()

    elsewhere = tmp_path / "docs"
    elsewhere.mkdir()
    shutil.copyfile(ROOT / "docs" / "guide.md", elsewhere / "guide.md")
    monkeypatch.setattr(guide, "SOURCE_FOLDER", elsewhere)
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "no-prefix"))
    assert guide_path() == elsewhere / "guide.md"
