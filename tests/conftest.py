"""Shared test helpers: the real ``ecomap`` command and the bundled fixtures."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAM_JSON = FIXTURES / "contract" / "sam.json"
SAM_EXPECTED = FIXTURES / "contract" / "sam.expected.json"
EASYNWK_SAMPLE = FIXTURES / "easynwk" / "Rosa_Braunsteigl-Mueller.json"
EXAMPLE_JSON = ROOT / "assets" / "example-case.json"
EXAMPLE_CASE = ROOT / "assets" / "example.ecomap"


def ecomap_command() -> list[str]:
    """The installed ``ecomap`` console script next to this Python, as a user runs it."""
    script = Path(sys.executable).with_name("ecomap")
    if script.exists():
        return [str(script)]
    found = shutil.which("ecomap")
    if found:
        return [found]
    return [sys.executable, "-m", "ecomap"]


def run_ecomap(*args: str | os.PathLike[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``ecomap ARGS`` in a subprocess; never raises on a non-zero exit."""
    environment = {key: value for key, value in os.environ.items() if key != "ECOMAP_DEBUG"}
    return subprocess.run(
        [*ecomap_command(), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=environment,
        timeout=120,
        check=False,
    )


def open_editor_briefly(
    *args: str | os.PathLike[str], seconds: float = 4.0, home: Path | None = None
) -> tuple[int | None, str]:
    """Start ``ecomap ARGS`` (the editor) offscreen, let it run ``seconds``, then stop it.

    Its settings and data go to a folder of its own (``home``, or a new temporary one), never the
    user's: the editor remembers recent files. Returns the exit status if it ended by itself
    (``None`` if it was still running, as an editor should be) and what it wrote on stderr.
    """
    with tempfile.TemporaryDirectory(prefix="ecomap-home-") as temporary:
        own = home or Path(temporary)
        return _run_editor(args, seconds, own)


def _run_editor(args: tuple[str | os.PathLike[str], ...], seconds: float, home: Path) -> tuple[int | None, str]:
    environment = {key: value for key, value in os.environ.items() if key != "ECOMAP_DEBUG"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment["XDG_CONFIG_HOME"] = str(home / "config")
    environment["XDG_DATA_HOME"] = str(home / "data")
    with subprocess.Popen(
        [*ecomap_command(), *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    ) as editor:
        try:
            status = editor.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            status = None
            editor.terminate()
        _, stderr = editor.communicate(timeout=30)
    return status, stderr


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
