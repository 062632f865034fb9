"""The first start on Linux: no display, or a missing X11 library (libxcb-cursor0...), is one line saying what to do."""

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ecomap.cli.desktop_check import (
    NO_DISPLAY,
    NO_X_DISPLAY,
    NO_XCB_CURSOR,
    XCB_CURSOR,
    XCB_LIBRARIES,
    desktop_problem,
    library_loads,
)
from tests.conftest import EXAMPLE_CASE, assert_one_line_error, ecomap_command

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the desktop check is for Linux")

DESKTOP_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE", "ECOMAP_DEBUG")


def missing(name: str) -> bool:
    """A library finder on a machine without libxcb-cursor0 (the usual case), that checks it is asked
    only for libraries of Qt's X11 plugin."""
    assert name in XCB_LIBRARIES
    return name != XCB_CURSOR


def present(name: str) -> bool:
    assert name in XCB_LIBRARIES
    return True


def bare_system(name: str) -> bool:
    """A finder on a bare Debian with X11 but without two of the xcb utility libraries (seen here)."""
    return name not in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")


def never_asked(name: str) -> bool:
    raise AssertionError(f"{name} need not be looked for")


def problem(environ: dict[str, str], loads: Callable[[str], bool], **options: bool) -> str | None:
    return desktop_problem(environ, system="linux", loads=loads, **options)


def test_an_x11_desktop_without_libxcb_cursor_is_told_what_to_install() -> None:
    assert problem({"DISPLAY": ":0"}, missing) == NO_XCB_CURSOR
    assert problem({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, missing) == NO_XCB_CURSOR
    assert problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, missing) == NO_XCB_CURSOR
    assert problem({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, missing) == (
        NO_XCB_CURSOR
    )
    assert problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb:nomitshm"}, missing) == NO_XCB_CURSOR
    assert "sudo apt install libxcb-cursor0" in NO_XCB_CURSOR
    assert problem({"DISPLAY": ":0"}, present) is None


def test_every_missing_library_of_the_x11_plugin_is_named_not_only_the_one_qt_names() -> None:
    """Qt says "xcb-cursor0 is needed" whichever library is missing; a bare Debian lacked two others."""
    said = problem({"DISPLAY": ":0"}, bare_system)
    assert said is not None
    assert "libxcb-icccm4, libxcb-keysyms1" in said
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in said
    assert "libxcb-cursor0" not in said.split(";")[0]


def test_wayland_is_tried_first_so_the_x11_library_does_not_matter() -> None:
    assert problem({"WAYLAND_DISPLAY": "wayland-0"}, never_asked) is None
    assert problem({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, never_asked) is None
    assert problem({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, never_asked) is None
    assert problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;xcb"}, never_asked) is None
    assert problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb;wayland"}, never_asked) is None  # a fallback


def test_another_platform_asked_for_is_left_to_qt() -> None:
    for platform in ("offscreen", "wayland", "minimal", "vnc"):
        assert problem({"QT_QPA_PLATFORM": platform}, never_asked) is None


def test_no_display_at_all_says_the_editor_needs_one_and_how_to_run_without() -> None:
    assert problem({}, never_asked) == NO_DISPLAY
    assert problem({"QT_QPA_PLATFORM": ""}, never_asked) == NO_DISPLAY  # empty is unset, to Qt too
    assert problem({"QT_QPA_PLATFORM": "xcb"}, never_asked) == NO_X_DISPLAY
    assert problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, never_asked) == NO_X_DISPLAY
    for message in (NO_DISPLAY, NO_X_DISPLAY):
        assert "the editor needs a display" in message
        assert "QT_QPA_PLATFORM=offscreen" in message


def test_a_screenshot_is_drawn_offscreen_unless_x11_is_asked_for() -> None:
    assert problem({}, never_asked, drawn_offscreen=True) is None
    assert problem({"DISPLAY": ":0"}, never_asked, drawn_offscreen=True) is None
    assert problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, missing, drawn_offscreen=True) == NO_XCB_CURSOR
    assert problem({"QT_QPA_PLATFORM": "xcb"}, never_asked, drawn_offscreen=True) == NO_X_DISPLAY


def test_other_systems_are_left_to_qt() -> None:
    for system in ("win32", "darwin"):
        assert desktop_problem({}, system=system, loads=never_asked) is None
        assert desktop_problem({"DISPLAY": ":0"}, system=system, loads=never_asked) is None


@linux_only
def test_the_real_finder_asks_the_dynamic_loader() -> None:
    assert library_loads("libc.so.6")
    assert not library_loads("libecomap-no-such-library.so.0")


def run_without_desktop(*args: str | Path, **variables: str) -> subprocess.CompletedProcess[str]:
    """The real ``ecomap ARGS`` with no display variables but ``variables``, as on a server or over ssh.

    (:func:`tests.conftest.run_ecomap` can add variables but not take them away.)
    """
    environment = {key: value for key, value in os.environ.items() if key not in DESKTOP_VARIABLES}
    return subprocess.run(
        [*ecomap_command(), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment | variables,
        check=False,
        timeout=120,
    )


@linux_only
def test_the_editor_without_a_display_says_so_and_how_to_run_without_one(tmp_path: Path) -> None:
    case = tmp_path / "lee.ecomap"
    shutil.copyfile(EXAMPLE_CASE, case)
    for args in ((), (case,)):
        result = run_without_desktop(*args)
        assert_one_line_error(result, "ecomap: the editor needs a display", "QT_QPA_PLATFORM=offscreen")
        assert "xcb" not in result.stderr  # ours, before Qt's


@linux_only
def test_a_screenshot_asked_of_x11_without_a_display_says_so(tmp_path: Path) -> None:
    case = tmp_path / "lee.ecomap"
    shutil.copyfile(EXAMPLE_CASE, case)
    out = tmp_path / "editor.png"
    result = run_without_desktop("screenshot", case, "-o", out, QT_QPA_PLATFORM="xcb")
    assert_one_line_error(result, "ecomap: the editor needs a display", "DISPLAY is not set")
    assert not out.exists()


@linux_only
def test_a_screenshot_needs_no_display(tmp_path: Path) -> None:
    case = tmp_path / "lee.ecomap"
    shutil.copyfile(EXAMPLE_CASE, case)
    out = tmp_path / "editor.png"
    result = run_without_desktop("screenshot", case, "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
