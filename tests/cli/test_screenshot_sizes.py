"""``ecomap screenshot --size WxH --text-size SCALE``: the editor as a small screen with large text shows it."""

import shutil
from pathlib import Path

import pytest

from tests.cli.test_images import png_size
from tests.conftest import EXAMPLE_CASE, assert_one_line_error, run_ecomap


@pytest.fixture
def case(tmp_path: Path) -> Path:
    copy = tmp_path / "lee.ecomap"
    shutil.copyfile(EXAMPLE_CASE, copy)
    return copy


def test_a_small_screen_with_the_largest_text_is_drawn_at_that_size(case: Path, tmp_path: Path) -> None:
    out = tmp_path / "small.png"
    result = run_ecomap("screenshot", case, "-o", out, "--size", "1024x600", "--text-size", "1.75")
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (1024, 600), "no panel holds the window larger than the screen"


@pytest.mark.parametrize(
    ("option", "value", "fragment"),
    [
        ("--size", "1024", "is not a window size"),
        ("--size", "100x100", "is not a window size"),
        ("--text-size", "2", "is not one of the editor's text sizes (0.85, 1, 1.2, 1.45, 1.75)"),
    ],
)
def test_sizes_the_editor_cannot_show_are_refused_in_one_line(
    case: Path, tmp_path: Path, option: str, value: str, fragment: str
) -> None:
    out = tmp_path / "x.png"
    assert_one_line_error(run_ecomap("screenshot", case, "-o", out, option, value), fragment)
    assert not out.exists()
