"""The editor in Welsh and German: chosen as the user would, every menu in the language and reachable by keyboard."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ecomap.language import current_language, translate
from ecomap.ui.app import create_window
from ecomap.ui.language_menu import saved_language
from ecomap.ui.main_window import MainWindow
from tests.ui.test_window import keyboard_problems

ENGLISH_MENUS = ["&File", "&Edit", "&Tie", "&View", "&Help"]
ENGLISH_TEXTS = {"&Save", "&Open…", "Zoom &in", "&Larger text", "Save &version…", "Export PDF &summary…", "&Undo"}
"""A few of the menus' English words: none of them may be left in a translated menu."""


def menu_actions(window: MainWindow) -> Iterator[QAction]:
    """Every action of the menu bar, submenus included, filled as when they open."""
    pending = list(window.menuBar().actions())
    while pending:
        action = pending.pop()
        yield action
        menu = action.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()
            pending.extend(menu.actions())


@pytest.fixture
def window_in(
    qtbot: object, example_copy: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[object]:
    """A function opening the example in the editor as ``ECOMAP_LANG=<language> ecomap CASE`` would."""
    opened: list[MainWindow] = []

    def open_in(language: str) -> MainWindow:
        monkeypatch.setenv("ECOMAP_LANG", language)
        window = create_window(str(example_copy), settings)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show()
        opened.append(window)
        return window

    yield open_in
    for window in opened:
        window.case.close()


@pytest.mark.parametrize("language", ["cy", "de"])
def test_every_menu_speaks_the_language_and_is_reachable_by_keyboard(window_in: object, language: str) -> None:
    window = window_in(language)  # type: ignore[operator]
    assert current_language() == language
    titles = [action.text() for action in window.menuBar().actions()]
    assert all(title not in ENGLISH_MENUS for title in titles), titles
    assert keyboard_problems(window.menuBar().actions(), "menu bar") == []
    shown = [action.text() for action in menu_actions(window) if action.text()]
    assert len(shown) > 60
    in_english = [text for text in shown if text in ENGLISH_TEXTS]
    assert in_english == []


def test_view_language_is_saved_and_used_at_the_next_start(
    window_in: object, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user picks Deutsch in View > Language: the status line says when, the next window is German."""
    window = window_in("en")  # type: ignore[operator]
    monkeypatch.delenv("ECOMAP_LANG")
    language_menu = window.findChild(QMenu, "languageMenu")
    assert language_menu is not None
    assert [action.text() for action in language_menu.actions()] == ["&English", "&Cymraeg", "&Deutsch"]
    assert [action.isChecked() for action in language_menu.actions()] == [True, False, False]
    language_menu.actions()[2].trigger()
    assert saved_language(settings) == "de"
    assert window.status_message.text() == "Ecomap will speak Deutsch the next time it starts."
    assert current_language() == "en"  # this window stays as it was built

    window.case.close()
    later = create_window(None, settings)
    try:
        assert current_language() == "de"
        assert later.menuBar().actions()[0].text() == "&Datei"
    finally:
        later.undo_stack.setClean()
        later.context.recovered_unsaved = False
        later.case.close()
        later.deleteLater()


def test_ecomap_lang_decides_over_the_saved_choice(window_in: object, settings: QSettings) -> None:
    settings.setValue("language", "de")
    window = window_in("cy")  # type: ignore[operator]
    assert current_language() == "cy"
    assert window.menuBar().actions()[0].text() == translate("Actions", "&File")
    assert translate("Actions", "&File") != "&File"


@pytest.mark.parametrize(
    ("language", "cancel", "details"),
    [("cy", "Diddymu", "Dangos manylion..."), ("de", "Abbrechen", "Details einblenden...")],
)
def test_qts_own_buttons_speak_the_language_too(window_in: object, language: str, cancel: str, details: str) -> None:
    """Qt has no Welsh catalogue: the standard buttons and a message box's details come from Ecomap's."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    window = window_in(language)  # type: ignore[operator]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, window)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    box = QMessageBox(window)
    box.setDetailedText("details")
    assert details in [button.text() for button in box.buttons()]
