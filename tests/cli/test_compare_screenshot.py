"""``ecomap screenshot CASE --compare A B``: the editor window showing the compare view, as a PNG."""

import shutil
from pathlib import Path

import pytest

from tests.cli.test_images import png_size
from tests.conftest import EXAMPLE_CASE, assert_one_line_error, run_ecomap


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """A copy of the example case: three versions of Lee's map."""
    copy = tmp_path / "lee.ecomap"
    shutil.copyfile(EXAMPLE_CASE, copy)
    return copy


def test_screenshot_of_the_compare_view(case: Path, tmp_path: Path) -> None:
    before = case.read_bytes()
    out = tmp_path / "compare.png"
    result = run_ecomap("screenshot", case, "--compare", "1", "3", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}: the editor on {case}, comparing version 1 with version 3\n"
    assert result.stderr == ""
    assert png_size(out) == (1400, 900)
    assert case.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["compare.png", "lee.ecomap"]


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["--compare", "1", "7"], ["lee.ecomap", "no version 7", "1 to 3"]),
        (["--compare", "0", "2"], ["'0' is not a version number", "they start at 1"]),
        (["--compare", "x", "2"], ["'x' is not a version number"]),
        (["--compare", "1"], ["--compare", "expected 2 arguments"]),
        (["--compare", "1", "3", "--version", "2"], ["--version", "not allowed with argument --compare"]),
    ],
)
def test_screenshot_refuses_bad_versions_to_compare_in_one_line(
    case: Path, tmp_path: Path, args: list[str], fragments: list[str]
) -> None:
    before = case.read_bytes()
    result = run_ecomap("screenshot", case, "-o", tmp_path / "shot.png", *args)
    assert_one_line_error(result, *fragments)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lee.ecomap"]
    assert case.read_bytes() == before
