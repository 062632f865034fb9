"""Pictures from the command line: ``export`` to PNG and SVG, and ``screenshot`` of the editor."""

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import defusedxml.ElementTree as SafeTree
import pytest

from tests.conftest import EXAMPLE_CASE, assert_one_line_error, ecomap_command, run_ecomap

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (no imaging library needed)."""
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """A copy of the example case: three versions of Lee's map."""
    copy = tmp_path / "lee.ecomap"
    shutil.copyfile(EXAMPLE_CASE, copy)
    return copy


def test_export_png_draws_the_latest_version(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.png"
    result = run_ecomap("export", case, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}: drew version 3 (6-month review, 2026-07-13)\n"
    assert result.stderr == ""
    width, height = png_size(out)
    assert width > height > 1000


def test_export_svg_of_a_chosen_version_pseudonymised(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.svg"
    result = run_ecomap("export", case, "-o", out, "--versions", "1", "--pseudonymise")
    assert result.returncode == 0, result.stderr
    assert "drew version 1 (Start of order, 2026-01-12) (pseudonymised)" in result.stdout
    root = SafeTree.fromstring(out.read_bytes())
    text = " ".join(root.itertext())
    assert "Ecomap" in text
    assert "L.M." in text
    for name in ("Lee", "Marsh", "Carol", "Tomás"):
        assert name not in text


def test_export_of_one_version_only(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.png"
    result = run_ecomap("export", case, "-o", out, "--versions", "1,2")
    assert_one_line_error(result, str(out), "a picture shows one version")
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["--versions", "4"], ["no version 4"]),
        (["--versions", "x"], ["'x' is not a version number"]),
    ],
)
def test_export_png_refuses_bad_versions(case: Path, tmp_path: Path, args: list[str], fragments: list[str]) -> None:
    out = tmp_path / "map.png"
    assert_one_line_error(run_ecomap("export", case, "-o", out, *args), *fragments)
    assert not out.exists()


def test_export_png_into_a_missing_folder(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "map.svg"
    assert_one_line_error(run_ecomap("export", case, "-o", out), str(out), "its folder does not exist")


def test_export_png_of_something_that_is_not_a_case(tmp_path: Path) -> None:
    fake = tmp_path / "notes.ecomap"
    fake.write_text("not a case", encoding="utf-8")
    out = tmp_path / "map.png"
    assert_one_line_error(run_ecomap("export", fake, "-o", out), str(fake))
    assert not out.exists()


def test_screenshot_writes_the_editor_window(case: Path, tmp_path: Path) -> None:
    before = case.read_bytes()
    out = tmp_path / "editor.png"
    result = run_ecomap("screenshot", case, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}: the editor on {case}\n"
    assert result.stderr == ""
    assert png_size(out) == (1400, 900)
    assert case.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["editor.png", "lee.ecomap"]


def test_screenshot_of_an_earlier_version(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "first.png"
    result = run_ecomap("screenshot", case, "-o", out, "--version", "1")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}: the editor on {case}, version 1\n"
    assert png_size(out) == (1400, 900)


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["-o", "{dir}/shot.jpg"], ["shot.jpg", "a screenshot is written as PNG"]),
        (["-o", "{dir}/shot.png", "--version", "7"], ["no version 7", "1 to 3"]),
        (["-o", "{dir}/shot.png", "--version", "0"], ["they start at 1"]),
        (["-o", "{dir}/missing/shot.png"], ["its folder does not exist"]),
        ([], ["the following arguments are required: -o"]),
    ],
)
def test_screenshot_refuses_bad_input_in_one_line(
    case: Path, tmp_path: Path, args: list[str], fragments: list[str]
) -> None:
    filled = [a.format(dir=tmp_path) for a in args]
    assert_one_line_error(run_ecomap("screenshot", case, *filled), *fragments)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lee.ecomap"]


def test_screenshot_onto_a_folder(case: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shots.png"
    folder.mkdir()
    assert_one_line_error(run_ecomap("screenshot", case, "-o", folder), str(folder), "is a folder")
    assert list(folder.iterdir()) == []


def test_screenshot_of_a_missing_case(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    assert_one_line_error(run_ecomap("screenshot", tmp_path / "gone.ecomap", "-o", out), "gone.ecomap", "no such file")
    assert not out.exists()


def test_pictures_without_qt_fail_in_one_line(case: Path, tmp_path: Path) -> None:
    """Where PySide6 cannot be loaded, pictures say so; the other formats still work."""
    block_qt = (
        "import sys\n"
        "for name in ('PySide6', 'shiboken6'): sys.modules[name] = None\n"
        "from ecomap.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-c", block_qt, *map(str, args)]
        return subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)

    out = tmp_path / "map.png"
    assert_one_line_error(run("export", case, "-o", out), str(out), "PySide6")
    assert_one_line_error(run("screenshot", case, "-o", out), str(out), "PySide6")
    assert not out.exists()
    assert run("export", case, "-o", tmp_path / "map.json").returncode == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux")
def test_the_editor_without_a_display_says_so_in_one_line(case: Path) -> None:
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "ECOMAP_DEBUG")
    environment = {key: value for key, value in os.environ.items() if key not in hidden}
    result = subprocess.run(
        [*ecomap_command(), str(case)], capture_output=True, text=True, env=environment, check=False, timeout=60
    )
    assert_one_line_error(result, "the editor needs a display")
