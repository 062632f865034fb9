"""Shared test helpers: the real ``ecomap`` command and the bundled fixtures.

The whole test run has settings and data folders of its own (:func:`pytest_configure`): a ``QSettings``
or ``QStandardPaths`` location any test reaches, even by accident, and every ``ecomap`` a test starts,
land in a temporary folder, never in the user's ``~/.config`` or ``~/.local/share``.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pytest

from ecomap.language import current_language, use_language

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAM_JSON = FIXTURES / "contract" / "sam.json"
SAM_EXPECTED = FIXTURES / "contract" / "sam.expected.json"
EASYNWK_SAMPLE = FIXTURES / "easynwk" / "Rosa_Braunsteigl-Mueller.json"
EXAMPLE_JSON = ROOT / "assets" / "example-case.json"
EXAMPLE_CASE = ROOT / "assets" / "example.ecomap"


OWN_FOLDERS = {
    "XDG_CONFIG_HOME": "config",
    "XDG_DATA_HOME": "data",
    "XDG_CACHE_HOME": "cache",
    "XDG_STATE_HOME": "state",
}
"""Where Qt (and anything else following the XDG rules) keeps settings, data, caches and state on Linux:
``QSettings`` files, ``QStandardPaths`` locations, the folders ``QFileDialog`` remembers (QtProject.conf)."""
LANGUAGE_VARIABLE = "ECOMAP_LANG"
"""The run speaks English whatever the machine's locale (tests of other languages set it themselves)."""
_own_home: Path | None = None
_user_folders: dict[str, str | None] = {}


def pytest_configure(config: pytest.Config) -> None:
    """Point every XDG folder at a temporary one for the whole run, before any test module or Qt is loaded.

    HOME is left alone (much besides Qt reads it); ``QSettings`` and ``QStandardPaths`` on Linux go by
    the XDG variables. Subprocesses inherit them.
    """
    global _own_home
    if _own_home is not None:
        return
    _own_home = Path(tempfile.mkdtemp(prefix="ecomap-tests-home-")).resolve()
    _user_folders[LANGUAGE_VARIABLE] = os.environ.get(LANGUAGE_VARIABLE)
    os.environ[LANGUAGE_VARIABLE] = "en"
    for variable, name in OWN_FOLDERS.items():
        _user_folders[variable] = os.environ.get(variable)
        folder = _own_home / name
        folder.mkdir()
        os.environ[variable] = str(folder)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Give back the user's XDG variables and remove the run's own folders."""
    global _own_home
    if _own_home is None:
        return
    for variable, value in _user_folders.items():
        if value is None:
            os.environ.pop(variable, None)
        else:
            os.environ[variable] = value
    shutil.rmtree(_own_home, ignore_errors=True)
    _own_home = None


@pytest.fixture(autouse=True)
def _language_as_it_was() -> Iterator[None]:
    """Whatever language a test switches to, the next test starts in the language the run speaks."""
    before = current_language()
    yield
    use_language(before)


def own_home() -> Path:
    """The test run's own folder, holding its ``config``, ``data``, ``cache`` and ``state`` folders."""
    assert _own_home is not None, "pytest_configure has not run"
    return _own_home


def ecomap_command() -> list[str]:
    """The installed ``ecomap`` console script next to this Python, as a user runs it."""
    script = Path(sys.executable).with_name("ecomap")
    if script.exists():
        return [str(script)]
    found = shutil.which("ecomap")
    if found:
        return [found]
    return [sys.executable, "-m", "ecomap"]


def run_ecomap(
    *args: str | os.PathLike[str], cwd: Path | None = None, environment: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``ecomap ARGS`` in a subprocess, with ``environment`` added to this one's; never raises on a
    non-zero exit."""
    variables = {key: value for key, value in os.environ.items() if key != "ECOMAP_DEBUG"}
    variables |= environment or {}
    return subprocess.run(
        [*ecomap_command(), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=variables,
        timeout=120,
        check=False,
    )


EVENT_LOOP = (str(Path("ecomap", "ui", "app.py")), "run")
"""Where the editor waits once it is up: ``app.exec()`` in :func:`ecomap.ui.app.run` (file, function)."""
FRAME = re.compile(r'^\s+File "(.*)", line (\d+) in (.*)$')


class Frame(NamedTuple):
    """A place in the editor's code: file, line and function."""

    file: str
    line: int
    function: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line} in {self.function}"


@dataclass(frozen=True, slots=True)
class EditorRun:
    """What an editor started by :func:`run_editor_briefly` was doing when its time was up."""

    status: int | None
    """Its exit status if it ended by itself; ``None`` if it was still running (as an editor should be)."""
    stderr: str
    """What it wrote on stderr (without the stack dump taken when it was stopped)."""
    stack: tuple[Frame, ...]
    """Where its main thread was when stopped, innermost first; empty if it had ended by itself."""
    recent_files: tuple[str, ...]
    """The cases it remembered in its settings (``recent_files``), latest first."""

    @property
    def waiting_in_event_loop(self) -> bool:
        """Whether the main thread was idle in the editor's own event loop: no dialog of any kind (a message
        box, a question, a file dialog) was running its own loop on top of it."""
        place, function = EVENT_LOOP
        return bool(self.stack) and self.stack[0].file.endswith(place) and self.stack[0].function == function

    def assert_came_up_on(self, case: str | os.PathLike[str]) -> None:
        """Fail unless the editor was up on ``case``: still running, idle in its event loop, and holding
        ``case`` as the case it opened last."""
        assert self.status is None, f"the editor ended by itself (status {self.status}): {self.stderr}"
        assert self.waiting_in_event_loop, (
            "the editor was still running but not idle: stuck in a dialog (an error message?) at\n  "
            + "\n  ".join(map(str, self.stack))
        )
        assert self.recent_files[:1] == (os.path.abspath(case),), f"it opened {self.recent_files[:1]}, not {case}"


def run_editor_briefly(*args: str | os.PathLike[str], seconds: float = 4.0, home: Path | None = None) -> EditorRun:
    """Start ``ecomap ARGS`` (the editor) offscreen, let it run ``seconds``, then stop it and say what it did.

    Its settings and data go to a folder of its own (``home``, or a new temporary one), never the
    user's: the editor remembers recent files. If it is still running when the time is up, it is stopped
    with SIGABRT, on which Python's fault handler (switched on by PYTHONFAULTHANDLER) writes every
    thread's stack: so a test can tell an editor idle in its window from one stuck behind a message box.
    """
    with tempfile.TemporaryDirectory(prefix="ecomap-home-") as temporary:
        own = home or Path(temporary)
        status, stderr = _run_editor(args, seconds, own)
        recent = _recent_files(own / "config" / "Ecomap" / "Ecomap.conf")
    written, _, dump = stderr.partition("Fatal Python error: Aborted")
    return EditorRun(status, written, _main_thread_stack(dump), recent)


def open_editor_briefly(
    *args: str | os.PathLike[str], seconds: float = 4.0, home: Path | None = None
) -> tuple[int | None, str]:
    """:func:`run_editor_briefly`, as (exit status or ``None``, stderr); fails the test if the editor was
    still running but not idle in its event loop (an error message box waiting for an answer is not "up")."""
    run = run_editor_briefly(*args, seconds=seconds, home=home)
    if run.status is None:
        assert run.waiting_in_event_loop, "the editor was stuck in a dialog at\n  " + "\n  ".join(map(str, run.stack))
    return run.status, run.stderr


def _run_editor(args: tuple[str | os.PathLike[str], ...], seconds: float, home: Path) -> tuple[int | None, str]:
    environment = {key: value for key, value in os.environ.items() if key != "ECOMAP_DEBUG"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment["XDG_CONFIG_HOME"] = str(home / "config")
    environment["XDG_DATA_HOME"] = str(home / "data")
    environment["PYTHONFAULTHANDLER"] = "1"
    # No core file from the SIGABRT that stops it; exec keeps the editor's process id.
    command = ["sh", "-c", 'ulimit -c 0; exec "$0" "$@"', *ecomap_command(), *map(str, args)]
    with subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=environment
    ) as editor:
        try:
            status = editor.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            status = None
            editor.send_signal(signal.SIGABRT)
        _, stderr = editor.communicate(timeout=30)
    return status, stderr


def _recent_files(settings_file: Path) -> tuple[str, ...]:
    """The ``recent_files`` the editor wrote to its settings file (nothing if there is none)."""
    if not settings_file.is_file():
        return ()
    from PySide6.QtCore import QSettings

    value = QSettings(str(settings_file), QSettings.Format.IniFormat).value("recent_files", [])
    if isinstance(value, str):  # an INI file gives back a one-item list as its item
        return (value,) if value else ()
    return tuple(str(item) for item in value) if isinstance(value, list) else ()


def _main_thread_stack(dump: str) -> tuple[Frame, ...]:
    """The main thread's frames in a fault handler's dump, innermost first: the thread whose outermost frame
    is the script's ``<module>``."""
    threads: list[list[Frame]] = []
    for line in dump.splitlines():
        if line.startswith(("Current thread ", "Thread ")):
            threads.append([])
        elif (frame := FRAME.match(line)) and threads:
            file, number, function = frame.groups()
            threads[-1].append(Frame(file, int(number), function))
    main = [frames for frames in threads if frames and frames[-1].function == "<module>"]
    return tuple(main[0]) if main else ()


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """Exit status 2, nothing on stdout, one line on stderr holding every fragment, no traceback."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


@pytest.fixture
def sam_case(tmp_path: Path) -> Path:
    """``sam.json`` imported into a fresh case file by the real command."""
    case = tmp_path / "sam.ecomap"
    result = run_ecomap("import", SAM_JSON, "-o", case)
    assert result.returncode == 0, result.stderr
    return case
