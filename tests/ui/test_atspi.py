"""End to end through a screen reader's own plumbing: the editor's accessibility tree read back over AT-SPI.

A real X server (Xvfb), a D-Bus session bus, the accessibility bus
(at-spi2-core's ``at-spi-bus-launcher``), and the real ``ecomap`` command
opening a copy of the example case on Qt's X11 platform with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``, as under Orca. A small reader run by
the system Python with Debian's ``python3-pyatspi`` (not in the virtual
environment) finds the application, the canvas (a list named "Ecomap
canvas") and the people on it, then presses Tab with ``xdotool`` and sees the
screen reader's focus reach the client, then the next person.

Skipped, saying what is missing, unless everything is installed
(Debian: ``xvfb at-spi2-core python3-pyatspi dbus-x11 xdotool`` and Qt's X11
libraries, e.g. ``libxcb-icccm4 libxcb-keysyms1``); with
``ECOMAP_REQUIRE_ATSPI=1`` (CI, where they are) a missing piece fails instead.
Everything started is stopped, by process group, however the test ends.
"""

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

import pytest

from ecomap.cli.desktop_check import XCB_LIBRARIES, library_loads
from tests.conftest import EXAMPLE_CASE, OWN_FOLDERS, ecomap_command

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
REQUIRED = os.environ.get("ECOMAP_REQUIRE_ATSPI") == "1"
READ_FOR = 40.0
"""How long the reader waits for the editor to come up and show its canvas (it takes 2 to 4 seconds)."""

READER = r'''
"""Read the Ecomap editor's accessibility tree over AT-SPI; print what was found as JSON."""
import json, subprocess, sys, time
import pyatspi

deadline = time.monotonic() + float(sys.argv[1])
found = {"applications": [], "application": None, "canvas": None, "focus": []}


def application():
    while time.monotonic() < deadline:
        apps = [app for app in pyatspi.Registry.getDesktop(0) if app is not None]
        found["applications"] = [app.name for app in apps]
        for app in apps:
            if app.name == "Ecomap":
                return app
        time.sleep(0.2)


def canvas_in(app):
    queue = [app]
    while queue:
        node = queue.pop(0)
        if node.getRoleName() == "list" and node.name == "Ecomap canvas":
            return node
        queue.extend(child for child in node if child is not None)


def focused(canvas):
    return [child.name for child in canvas if child is not None and child.name
            and child.getState().contains(pyatspi.STATE_FOCUSED)]


app = application()
canvas = None
while app is not None and canvas is None and time.monotonic() < deadline:
    canvas = canvas_in(app)
    if canvas is None:
        time.sleep(0.3)
if app is not None:
    found["application"] = {"name": app.name, "role": app.getRoleName(),
                            "windows": [window.name for window in app if window is not None]}
if canvas is not None:
    found["canvas"] = {
        "role": canvas.getRoleName(),
        "focused": canvas.getState().contains(pyatspi.STATE_FOCUSED),
        "items": [{"name": child.name, "role": child.getRoleName(), "description": child.description}
                  for child in canvas if child is not None],
    }
    if sys.argv[2:] == ["tab"]:
        windows = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Ecomap"],
                                 capture_output=True, text=True, timeout=5).stdout.split()
        for window in windows:
            subprocess.run(["xdotool", "windowfocus", "--sync", window], timeout=5)
        for _ in range(2):
            subprocess.run(["xdotool", "key", "Tab"], timeout=5)
            said = []
            for _ in range(50):  # up to 5 s for the focus to arrive (a busy machine)
                time.sleep(0.1)
                said = focused(canvas)
                if said and said not in found["focus"]:
                    break
            found["focus"].append(said)
print(json.dumps(found))
'''


def bus_launcher() -> str | None:
    return next((path for path in BUS_LAUNCHERS if os.access(path, os.X_OK)), None)


def missing_pieces() -> list[str]:
    """What this machine lacks for the test, each with the Debian package that has it."""
    programs = {"Xvfb": "xvfb", "dbus-daemon": "dbus", "xdotool": "xdotool"}
    missing = [f"{program} ({package})" for program, package in programs.items() if shutil.which(program) is None]
    if bus_launcher() is None:
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    pyatspi = os.access(SYSTEM_PYTHON, os.X_OK) and (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30).returncode == 0
    )
    if not pyatspi:
        missing.append(f"pyatspi for {SYSTEM_PYTHON} (python3-pyatspi)")
    libraries = [package for library, package in XCB_LIBRARIES.items() if not library_loads(library)]
    if libraries:
        missing.append("Qt's X11 libraries (" + " ".join(libraries) + ")")
    return missing


class Started:
    """Processes started for the test, each in its own process group, all stopped at the end."""

    def __init__(self) -> None:
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self, command: Sequence[str], environment: dict[str, str], **options: object) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(command, env=environment, start_new_session=True, **options)  # type: ignore[call-overload]
        self.processes.append(process)
        return process

    def stop_all(self) -> None:
        """Last started first: SIGTERM to each group, then SIGKILL to any still there after a few seconds."""
        for process in reversed(self.processes):
            _signal_group(process, signal.SIGTERM)
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                _signal_group(process, signal.SIGKILL)
                process.wait(timeout=5)
            _signal_group(process, signal.SIGKILL)  # what it started and left behind in its group


def _signal_group(process: subprocess.Popen[bytes], sent: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sent)


def first_line(stream: int | IO[bytes] | None, seconds: float, what: str) -> str:
    """The first line written to ``stream`` (a pipe's file or a file descriptor) within ``seconds``."""
    assert stream is not None
    descriptor = stream if isinstance(stream, int) else stream.fileno()
    read = b""
    deadline = time.monotonic() + seconds
    while b"\n" not in read:
        ready, _, _ = select.select([descriptor], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise AssertionError(f"{what} did not start within {seconds:.0f} s")
        chunk = os.read(descriptor, 4096)
        if not chunk:
            raise AssertionError(f"{what} ended without saying where it is")
        read += chunk
    return read.decode().splitlines()[0].strip()


@pytest.fixture
def started() -> Iterator[Started]:
    processes = Started()
    try:
        yield processes
    finally:
        processes.stop_all()


def test_a_screen_reader_finds_the_canvas_and_its_people_and_follows_tab(tmp_path: Path, started: Started) -> None:
    missing = missing_pieces()
    if missing:
        message = "the AT-SPI test needs " + ", ".join(missing)
        if REQUIRED:
            pytest.fail(message + " (ECOMAP_REQUIRE_ATSPI=1)")
        pytest.skip(message)
    runtime = Path(tempfile.mkdtemp(prefix="ecomap-atspi-"))  # short: sockets live here
    runtime.chmod(0o700)
    environment = {key: value for key, value in os.environ.items() if key not in ("WAYLAND_DISPLAY", "ECOMAP_DEBUG")}
    environment["XDG_RUNTIME_DIR"] = str(runtime)
    try:
        display_read, display_write = os.pipe()
        started.start(
            ["Xvfb", "-displayfd", str(display_write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            environment,
            pass_fds=(display_write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(display_write)
        environment["DISPLAY"] = ":" + first_line(display_read, 10, "Xvfb")
        os.close(display_read)
        bus = started.start(
            ["dbus-daemon", "--session", "--nofork", "--print-address"],
            environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        environment["DBUS_SESSION_BUS_ADDRESS"] = first_line(bus.stdout, 10, "The D-Bus session bus")
        launcher = bus_launcher()
        assert launcher is not None
        started.start([launcher, "--launch-immediately"], environment, stderr=subprocess.DEVNULL)

        home = tmp_path / "home"
        editor_environment = environment | {
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "ECOMAP_LANG": "en",
        }
        for variable, folder in OWN_FOLDERS.items():
            (home / folder).mkdir(parents=True)
            editor_environment[variable] = str(home / folder)
        case = tmp_path / "example.ecomap"
        shutil.copyfile(EXAMPLE_CASE, case)
        editor_errors = tmp_path / "editor.err"
        with editor_errors.open("wb") as errors:
            editor = started.start([*ecomap_command(), str(case)], editor_environment, stderr=errors)

        reader = tmp_path / "reader.py"
        reader.write_text(READER, encoding="utf-8")
        read = subprocess.run(
            [SYSTEM_PYTHON, str(reader), str(READ_FOR), "tab"],
            env=environment,
            capture_output=True,
            text=True,
            timeout=READ_FOR + 15,
            check=False,
        )
        still_running = editor.poll() is None
    finally:
        started.stop_all()
        shutil.rmtree(runtime, ignore_errors=True)
    said = editor_errors.read_text(encoding="utf-8", errors="replace")
    assert still_running, f"the editor ended by itself: {said}"
    assert read.returncode == 0, read.stderr
    found = json.loads(read.stdout)

    assert "Ecomap" in found["applications"], found["applications"]
    assert found["application"]["role"] == "application"
    assert any(window.endswith("– Ecomap") for window in found["application"]["windows"])
    canvas = found["canvas"]
    assert canvas is not None, "no list named 'Ecomap canvas' in the application"
    items = {item["name"]: item for item in canvas["items"] if item["role"] == "list item"}
    assert items["Lee"]["description"].startswith("the client")
    assert items["Mum (Carol)"]["description"].startswith(
        "person, family, close ring; tie to the client: bonding, strong, flows both ways"
    )
    assert items["Tie: Lee – Mum (Carol)"]["description"].startswith("bonding, strong, flows both ways")
    assert len(items) == 37, "16 people and places and 21 ties in the example"
    assert found["focus"] == [["Lee"], ["Mum (Carol)"]], "Tab takes the screen reader to the client, then Mum"
