"""Shared fixtures for the PDF tests: the story case as a case file, and summaries made by the real command."""

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_CASE, run_ecomap
from tests.report.cases import story_case, write_case

Export = Callable[..., Path]


@pytest.fixture(scope="session")
def story_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The story case (Unicode names, markup labels, the issue's changes) as a case file."""
    return write_case(story_case(), tmp_path_factory.mktemp("story") / "zoe.ecomap")


@pytest.fixture(scope="session")
def example_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the bundled example case (Lee, three versions)."""
    copy = tmp_path_factory.mktemp("example") / "lee.ecomap"
    shutil.copyfile(EXAMPLE_CASE, copy)
    return copy


@pytest.fixture(scope="session")
def export(tmp_path_factory: pytest.TempPathFactory) -> Export:
    """``export(CASE, *options)``: the real ``ecomap export CASE -o OUT.pdf OPTIONS``, once per set of arguments."""
    folder = tmp_path_factory.mktemp("pdfs")
    made: dict[tuple[str, ...], Path] = {}

    def make(case: Path, *options: str) -> Path:
        key = (str(case), *options)
        if key not in made:
            out = folder / f"summary-{len(made)}.pdf"
            result = run_ecomap("export", case, "-o", out, *options)
            assert result.returncode == 0, result.stderr
            assert result.stderr == ""
            made[key] = out
        return made[key]

    return make
