"""Fixtures for the editor's tests: Qt offscreen, a private settings file, a copy of the example."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import EXAMPLE_CASE


@pytest.fixture(autouse=True)
def no_blocking_error_box(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """An error the test did not expect fails it, instead of waiting forever on a modal box offscreen
    (unless the test is marked ``real_error_boxes`` and answers them itself)."""
    if request.node.get_closest_marker("real_error_boxes"):
        return

    def refuse(_parent: object, headline: str, detail: str) -> None:
        raise AssertionError(f"unexpected error box: {headline} {detail}")

    monkeypatch.setattr("ecomap.ui.context._show_error_box", refuse)


@pytest.fixture(autouse=True)
def qt_language_as_it_was() -> Iterator[None]:
    """A test that opens the editor in another language leaves Qt's formats and catalogues as they were."""
    from PySide6.QtCore import QLocale

    from ecomap.ui.language_menu import install_qt_translations

    formats = QLocale()
    yield
    QLocale.setDefault(formats)
    install_qt_translations("en")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a file of the test's own: the user's settings are never touched."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    """A copy of the bundled example case (the asset itself is never opened for writing)."""
    copy = tmp_path / "example.ecomap"
    shutil.copyfile(EXAMPLE_CASE, copy)
    return copy


@pytest.fixture
def window(qtbot: object, example_copy: Path, settings: QSettings) -> Iterator[object]:
    """The real main window on a copy of the example case, shown offscreen."""
    from ecomap.ui.main_window import MainWindow
    from ecomap.ui.open_case import OpenCase

    main = MainWindow(OpenCase.open(example_copy), settings=settings)
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.resize(1280, 860)
    main.show()
    qtbot.waitExposed(main)  # type: ignore[attr-defined]
    main.view.fit()
    yield main
    main.undo_stack.setClean()
    main.context.recovered_unsaved = False
    main.case.close()


@pytest.fixture
def make_window(qtbot: object, settings: QSettings) -> Callable[..., object]:
    """Windows like the editor's (more than one: a second Ecomap in the same process), shown, with the
    test's own settings (so their recovery folder is the test's too), closed at the end without a question."""
    from ecomap.ui.main_window import MainWindow
    from ecomap.ui.open_case import OpenCase

    def forget_changes(window: MainWindow) -> None:
        window.undo_stack.setClean()
        window.context.recovered_unsaved = False

    def make(case: OpenCase) -> MainWindow:
        window = MainWindow(case, settings=settings)
        qtbot.addWidget(window, before_close_func=forget_changes)  # type: ignore[attr-defined]
        window.show()
        return window

    return make


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Forget every window's unsaved changes before pytest-qt closes the test's widgets.

    pytest-qt closes them before fixtures tear down, and closing a modified
    window asks "Save changes?" in a real, blocking message box.
    """
    from PySide6.QtWidgets import QApplication

    from ecomap.ui.main_window import MainWindow

    if QApplication.instance() is not None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.undo_stack.setClean()
                widget.context.recovered_unsaved = False
    return (yield)


@pytest.fixture(autouse=True)
def tooltip_font_restored() -> Iterator[None]:
    """The editor gives tooltips its text size: each test starts with the usual font."""
    from PySide6.QtWidgets import QToolTip

    font = QToolTip.font()
    yield
    QToolTip.setFont(font)
