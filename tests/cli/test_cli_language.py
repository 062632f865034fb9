"""The command line's language: chosen from ECOMAP_LANG first thing, refused in one line if unknown,
and never touching what scripts read (``--json``, exit statuses)."""

from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_CASE, assert_one_line_error, run_ecomap

JSON_VERBS = [
    ("versions", str(EXAMPLE_CASE), "--json"),
    ("show", str(EXAMPLE_CASE), "--json"),
    ("metrics", str(EXAMPLE_CASE), "--json"),
    ("diff", str(EXAMPLE_CASE), "1", "2", "--json"),
    ("plan", str(EXAMPLE_CASE), "--json"),
    ("prompts", str(EXAMPLE_CASE), "--json"),
]


def test_a_language_ecomap_does_not_speak_is_one_line_of_bad_input() -> None:
    result = run_ecomap("versions", EXAMPLE_CASE, environment={"ECOMAP_LANG": "fr"})
    assert_one_line_error(result, "ECOMAP_LANG=fr", "en, cy, de")
    assert result.stdout == ""


def test_an_unknown_language_is_refused_before_any_output_even_for_json() -> None:
    result = run_ecomap("versions", EXAMPLE_CASE, "--json", environment={"ECOMAP_LANG": "klingon"})
    assert_one_line_error(result, "ECOMAP_LANG=klingon")


def test_a_system_locale_ecomap_does_not_speak_falls_back_to_english() -> None:
    """Only ECOMAP_LANG is a request; a French desktop simply gets English."""
    environment = {"ECOMAP_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "fr_FR.UTF-8"}
    result = run_ecomap("versions", EXAMPLE_CASE, environment=environment)
    assert result.returncode == 0, result.stderr
    assert result.stdout == run_ecomap("versions", EXAMPLE_CASE, environment={"ECOMAP_LANG": "en"}).stdout


@pytest.mark.parametrize("arguments", JSON_VERBS, ids=[arguments[0] for arguments in JSON_VERBS])
def test_json_output_is_the_same_in_every_language(arguments: tuple[str, ...]) -> None:
    english = run_ecomap(*arguments, environment={"ECOMAP_LANG": "en"})
    german = run_ecomap(*arguments, environment={"ECOMAP_LANG": "de"})
    welsh = run_ecomap(*arguments, environment={"ECOMAP_LANG": "cy"})
    assert english.returncode == german.returncode == welsh.returncode == 0, (german.stderr, welsh.stderr)
    assert english.stdout.encode() == german.stdout.encode() == welsh.stdout.encode()


@pytest.mark.parametrize("language", ["de", "cy"])
def test_every_human_verb_runs_in_each_language(language: str, tmp_path: Path) -> None:
    """The readable output of each read-only verb, and a PDF summary, are made in the language without error."""
    environment = {"ECOMAP_LANG": language}
    for arguments in [args[:-1] for args in JSON_VERBS] + [("check", str(EXAMPLE_CASE))]:
        result = run_ecomap(*arguments, environment=environment)
        assert result.returncode == 0, (arguments, result.stderr)
        assert result.stdout.strip(), arguments
    out = tmp_path / "summary.pdf"
    result = run_ecomap("export", EXAMPLE_CASE, "-o", out, environment=environment)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert f"/Lang ({'de' if language == 'de' else 'cy-GB'})".encode() in out.read_bytes()


def test_a_usage_error_stays_exit_status_two_in_another_language() -> None:
    result = run_ecomap("show", EXAMPLE_CASE, "--version", "0", environment={"ECOMAP_LANG": "de"})
    assert_one_line_error(result, "'0'")
