"""The command line speaks the editor's words to people and keeps the codes for scripts.

Without ``--json`` every verb names kinds, areas of life, capital and strength as
the editor and the PDF do ("Organisation", "Work and education", "Bonding (B)")
and says "people and places" and "areas of life", never ``work_education``,
``to_target``, "nodes" or "domains". With ``--json`` nothing changed: the codes
and field names are the contract scripts rely on.
"""

import json
import re
import shutil
from pathlib import Path

from tests.conftest import EXAMPLE_CASE, run_ecomap

JSON_OUTPUTS = Path(__file__).with_name("sam_json_outputs.json")
"""What every ``--json`` read of ``sam.json`` printed before the human output changed its words
(``saved_at`` stands in for the time of the import); ``CASE`` is the case file."""

RAW_CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
"""``work_education``, ``to_target``, ``by_capital``...: a code or field name, not a word."""
MACHINE_WORDS = re.compile(r"\b(?:nodes?|domains?)\b", re.IGNORECASE)


def human(*args: object) -> str:
    result = run_ecomap(*map(str, args))
    assert result.returncode == 0, result.stderr
    return result.stdout


def line_with(text: str, part: str) -> str:
    return next(line for line in text.splitlines() if part in line)


def test_show_names_kinds_areas_of_life_capital_and_strength_as_the_editor_does(sam_case: Path) -> None:
    out = human("show", sam_case, "--version", "1")
    assert line_with(out, "Name").split() == ["Name", "Kind", "Area", "of", "life", "Notes"]
    assert line_with(out, "School ").split() == ["School", "Organisation", "Work", "and", "education"]
    assert line_with(out, "Lads from the gym").split()[-2:] == ["Group", "Friends"]
    assert line_with(out, "Between").split() == [
        "Between",
        "Capital",
        "Strength",
        "Stressful",
        "Flow",
        "of",
        "energy",
        "Notes",
    ]
    assert line_with(out, "Sam – Dad").split()[3:] == ["Bonding", "(B)", "Moderate", "Yes", "both", "ways"]
    assert line_with(out, "Sam – YOT worker").split()[4:8] == ["Linking", "(L)", "Tenuous", "YOT"]
    for code in ("work_education", "organisation", "bonding", "tenuous", "Domain"):
        assert code not in out


def test_versions_counts_people_and_places(sam_case: Path) -> None:
    header = human("versions", sam_case).splitlines()[1]
    assert "People and places" in header
    assert "Bonding  Bridging  Linking  Stressful" in header
    assert "Nodes" not in header


def test_metrics_rows_read_as_in_the_pdf(sam_case: Path) -> None:
    rows = [line.strip().rsplit(None, 2)[0] for line in human("metrics", sam_case).splitlines()]
    assert rows == [
        "Version",
        "People and places",
        "Ties",
        "bonding (B)",
        "bridging (Br)",
        "linking (L)",
        "strong",
        "moderate",
        "tenuous",
        "Stressful ties",
        "Areas of life reached",
        "Client's ties",
        "Density",
        "Effective size",
        "Constraint",
    ]


def test_no_verb_prints_a_code_or_says_nodes_or_domains(tmp_path: Path) -> None:
    case = tmp_path / "lee.ecomap"
    shutil.copyfile(EXAMPLE_CASE, case)
    runs: list[list[object]] = [
        ["versions", case],
        ["metrics", case],
        ["diff", case, "1", "3"],
        ["diff", case, "3", "1"],
        ["arrange", case],
        ["arrange", case, "--keep", "--version", "1"],
        ["check", case],
        ["export", case, "-o", tmp_path / "lee.json"],
        ["export", case, "-o", tmp_path / "lee.csv", "--pseudonymise"],
        ["import", tmp_path / "lee.json", "-o", tmp_path / "again.ecomap"],
        ["plan", case],
        ["plan", case, "--version", "2"],
        ["plan", case, "-o", tmp_path / "plan.csv"],
        ["prompts", case],
        ["prompts", case, "--version", "1"],
    ]
    runs += [["show", case, "--version", str(number)] for number in (1, 2, 3)]
    shown = []
    for args in runs:
        out = human(*args).replace(str(tmp_path), "FOLDER")
        assert not RAW_CODE.findall(out), (args, RAW_CODE.findall(out))
        assert not MACHINE_WORDS.findall(out), (args, MACHINE_WORDS.findall(out))
        shown.append(out)
    everything = "\n".join(shown)
    for words in ("Work and education", "Organisation", "People and places", "Areas of life reached"):
        assert words in everything


def test_json_output_is_unchanged(sam_case: Path) -> None:
    expected = json.loads(JSON_OUTPUTS.read_text(encoding="utf-8"))
    for command, want in expected.items():
        args = [str(sam_case) if word == "CASE" else word for word in command.split()]
        result = run_ecomap(*args)
        assert result.returncode == 0, result.stderr
        got = json.loads(result.stdout)
        if args[0] == "versions":
            for entry in got:
                entry["saved_at"] = "(when imported)"
        assert got == want, command
        assert result.stdout == json.dumps(json.loads(result.stdout), ensure_ascii=False, indent=2) + "\n"
    codes = json.dumps(expected)
    assert all(code in codes for code in ('"work_education"', '"to_source"', '"nodes"', '"domains"', '"by_capital"'))
