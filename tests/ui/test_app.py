"""Starting the editor: ``create_window`` for screenshots, ``run`` for people, and no names on any stream."""

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ecomap.errors import EcomapError
from ecomap.ui.app import create_window, run
from ecomap.ui.main_window import MainWindow

NAMES = ("Lee", "Marsh", "Hannah", "Okafor", "Carol", "Zoë", "Tomás")
"""People in the example case, who must never appear on stdout or stderr."""


@pytest.fixture(autouse=True)
def application_names() -> Iterator[None]:
    """``run`` names the application; give the test application its own names back afterwards."""
    names = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    yield
    QCoreApplication.setApplicationName(names[0])
    QCoreApplication.setOrganizationName(names[1])


def when_shown(kind: type[QWidget], handle: Callable[[QWidget], None]) -> None:
    """Run ``handle`` on the first visible top-level ``kind`` (a dialog, the main window) once it is up."""

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and not isinstance(modal, kind):
            QTimer.singleShot(10, look)
            return
        shown = modal or next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
        )
        if shown is None:
            QTimer.singleShot(10, look)
        else:
            handle(shown)

    QTimer.singleShot(0, look)


def test_create_window_opens_the_case_without_showing_or_asking(
    qtbot: QtBot, example_copy: Path, settings: QSettings
) -> None:
    window = create_window(str(example_copy), settings)
    qtbot.addWidget(window)
    assert not window.isVisible()
    assert window.windowTitle().startswith("PR-2026-0318 – Lee Marsh – example.ecomap")
    assert not window.case.read_only
    assert not window.isWindowModified()
    assert len(window.case.map.nodes) == 16
    assert (QCoreApplication.applicationName(), QCoreApplication.organizationName()) == ("Ecomap", "Ecomap")


def test_create_window_without_a_case_starts_an_unsaved_one(qtbot: QtBot, settings: QSettings) -> None:
    window = create_window(None, settings)
    qtbot.addWidget(window)
    assert window.case.path is None
    assert window.windowTitle() == "New case – not saved yet[*] – Ecomap"


def test_create_window_lets_the_caller_report_a_case_that_cannot_be_opened(tmp_path: Path, settings: QSettings) -> None:
    with pytest.raises(EcomapError, match=r"missing\.ecomap"):
        create_window(str(tmp_path / "missing.ecomap"), settings)


def test_run_shows_the_case_and_returns_when_its_window_closes(
    qtbot: QtBot, example_copy: Path, settings: QSettings
) -> None:
    seen: list[str] = []

    def close(window: QWidget) -> None:
        seen.append(window.windowTitle())
        window.close()

    when_shown(MainWindow, close)
    assert run(str(example_copy), ["ecomap"], settings=settings) == 0
    assert seen
    assert seen[0].startswith("PR-2026-0318 – Lee Marsh – example.ecomap")
    assert QCoreApplication.applicationName() == "Ecomap"
    assert settings.value("recent_files") in ([str(example_copy)], str(example_copy))


@pytest.mark.real_error_boxes
def test_run_explains_a_case_it_cannot_open_and_starts_an_empty_case(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    broken = tmp_path / "broken.ecomap"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    seen: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.informativeText())
        box.accept()
        when_shown(MainWindow, close)

    def close(window: QWidget) -> None:
        seen.append(window.windowTitle())
        window.close()

    when_shown(QMessageBox, answer)
    assert run(str(broken), ["ecomap"], settings=settings) == 0
    assert "broken.ecomap" in seen[0]
    assert seen[1] == "New case – not saved yet[*] – Ecomap"


EDITOR_SESSION = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from ecomap.ui.app import run

    def mishap():
        raise ValueError("a message naming Lee Marsh")

    def close():
        for widget in QApplication.topLevelWidgets():
            widget.close()

    app = QApplication(["ecomap"])  # run() takes the application that exists
    QTimer.singleShot(300, mishap)
    QTimer.singleShot(600, close)
    sys.exit(run(sys.argv[1]))
    """
)


def test_the_editor_never_prints_the_names_in_a_case(example_copy: Path, tmp_path: Path) -> None:
    environment = {key: value for key, value in os.environ.items() if key != "ECOMAP_DEBUG"}
    environment |= {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run(
        [sys.executable, "-c", EDITOR_SESSION, str(example_copy)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "unexpected error (ValueError)" in result.stderr, "an error is still reported, by its type"
    for name in NAMES:
        assert name not in result.stdout + result.stderr
    settings_file = tmp_path / "config" / "Ecomap" / "Ecomap.conf"
    assert "example.ecomap" in settings_file.read_text(encoding="utf-8"), "settings filed under Ecomap/Ecomap"
