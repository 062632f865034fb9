"""Every verb as a person at a terminal meets it: readable text, exit codes, files written."""

import json
import os
import shutil
from pathlib import Path

import pytest

from ecomap.model.pseudonymise import reference_pseudonym
from tests.conftest import (
    EASYNWK_SAMPLE,
    EXAMPLE_CASE,
    SAM_JSON,
    assert_one_line_error,
    open_editor_briefly,
    run_ecomap,
)


def digest(path: Path) -> bytes:
    return path.read_bytes()


def test_import_reports_what_it_did_and_creates_a_case(tmp_path: Path) -> None:
    case = tmp_path / "sam.ecomap"
    result = run_ecomap("import", SAM_JSON, "-o", case)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{SAM_JSON}: imported 2 versions (Ecomap JSON)",
        f"{case}: created with 2 versions",
    ]
    again = run_ecomap("import", EASYNWK_SAMPLE, "-o", tmp_path / "rosa.ecomap")
    assert again.returncode == 0, again.stderr
    assert f"{EASYNWK_SAMPLE}: imported 1 version (easyNWK)" in again.stdout
    assert run_ecomap("versions", tmp_path / "rosa.ecomap").stdout.splitlines()[0] == (
        "Case (no reference), client Rosa Braunsteigl-Müller"
    )


def test_import_refuses_a_file_for_another_client(tmp_path: Path) -> None:
    case = tmp_path / "sam.ecomap"
    assert run_ecomap("import", SAM_JSON, "-o", case).returncode == 0
    before = digest(case)
    result = run_ecomap("import", EASYNWK_SAMPLE, "-o", case)
    assert_one_line_error(result, str(EASYNWK_SAMPLE), "is for another client", "not imported")
    words = result.stderr.split(f"{EASYNWK_SAMPLE}:", 1)[1]
    for client in ("Rosa", "Braunsteigl", "Sam", "Carter"):
        assert client not in words, "error output names files (this one is named after its client), never clients"
    assert digest(case) == before


def test_importing_two_clients_at_once_creates_nothing(tmp_path: Path) -> None:
    case = tmp_path / "mixed.ecomap"
    result = run_ecomap("import", SAM_JSON, EASYNWK_SAMPLE, "-o", case)
    assert_one_line_error(result, str(EASYNWK_SAMPLE), "is for another client")
    assert not case.exists()
    assert list(tmp_path.iterdir()) == []


def test_versions_lists_every_version_in_a_table(sam_case: Path) -> None:
    result = run_ecomap("versions", sam_case)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Case YJ-2026-0042, client Sam Carter, worker Priya Nair"
    assert lines[1].split()[:7] == ["#", "Date", "Label", "People", "and", "places", "Ties"]
    assert lines[2].split()[:5] == ["1", "2026-03-02", "Referral", "5", "6"]
    assert lines[3].split()[:5] == ["2", "2026-06-01", "Review", "6", "8"]
    assert lines[3].endswith("Joined the boxing club.")


def test_show_prints_people_and_ties_in_words(sam_case: Path) -> None:
    result = run_ecomap("show", sam_case, "--version", "1")
    assert result.returncode == 0
    out = result.stdout
    assert "Version 1 of 2: Referral, 2026-03-02" in out
    assert "People and places (5):" in out
    assert "Ties (6):" in out
    row = next(line for line in out.splitlines() if "Sam – Nan" in line)
    assert row.split()[3:7] == ["Bonding", "(B)", "Strong", "Nan"]  # Nan gives to Sam
    assert "Nan → Sam" in row
    assert "Yes" in next(line for line in out.splitlines() if "Sam – School" in line).split()  # stressful
    assert next(line for line in out.splitlines() if "Sam – Dad" in line).endswith("both ways")
    assert next(line for line in out.splitlines() if "Dad – Nan" in line).endswith("not marked")


def test_diff_prints_sentences_under_headings(sam_case: Path) -> None:
    result = run_ecomap("diff", sam_case, "1", "2")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "From version 1 (Referral, 2026-03-02) to version 2 (Review, 2026-06-01):",
        "  New (5)",
        "    New bonding tie: Coach Malik – Boxing club, strong",
        "    New bridging tie: Boxing club, moderate",
        "    New bridging tie: Coach Malik, strong",
        "    New on the map: Boxing club (community)",
        "    New on the map: Coach Malik (community)",
        "  Ended (2)",
        "    Ended: School (was linking, tenuous, stressful)",
        "    No longer on the map: School (work and education)",
        "  Stronger (1)",
        "    YOT worker: tenuous → moderate",
        "  Stress (1)",
        "    Dad: no longer stressful",
        "  Other (1)",
        "    YOT worker: notes on the tie changed",
    ]


def test_diff_of_a_version_with_itself_says_nothing_changed(sam_case: Path) -> None:
    result = run_ecomap("diff", sam_case, "2", "2")
    assert result.returncode == 0
    assert result.stdout.splitlines()[1:] == [
        "  No changes: both versions hold the same people and ties, described the same way."
    ]


def test_metrics_prints_one_column_per_version(sam_case: Path) -> None:
    result = run_ecomap("metrics", sam_case)
    assert result.returncode == 0
    rows = {line.strip().rsplit(None, 2)[0]: line.split()[-2:] for line in result.stdout.splitlines()[1:]}
    assert rows["Ties"] == ["6", "8"]
    assert rows["bridging (Br)"] == ["0", "2"]
    assert rows["Stressful ties"] == ["2", "0"]


def test_check_passes_a_good_case(sam_case: Path) -> None:
    result = run_ecomap("check", sam_case)
    assert result.returncode == 0
    assert result.stdout.startswith(f"{sam_case}: ok: 2 versions")


def test_bare_case_argument_opens_the_editor_and_leaves_the_case_alone(tmp_path: Path) -> None:
    folder, home = tmp_path / "cases", tmp_path / "home"
    folder.mkdir()
    case = folder / "example.ecomap"
    shutil.copyfile(EXAMPLE_CASE, case)
    before = case.read_bytes()
    status, stderr = open_editor_briefly(case, home=home)
    assert status is None, stderr  # still running: the editor's window is open
    assert "Traceback" not in stderr
    assert "ecomap:" not in stderr  # no error or warning of ours (Qt's offscreen plugin may chat)
    assert case.read_bytes() == before
    assert sorted(os.listdir(folder)) == ["example.ecomap"]
    # The editor remembered the case among its recent files, in the settings it was given (the
    # tests' own), never the user's.
    settings = home / "config" / "Ecomap" / "Ecomap.conf"
    assert str(case) in settings.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["versions"], "the following arguments are required: CASE"),
        (["diff", "CASE", "1"], "the following arguments are required: B"),
        (["diff", "CASE", "1", "x"], "'x' is not a version number"),
        (["show", "CASE", "--version", "0"], "they start at 1"),
        (["export", "CASE"], "the following arguments are required: -o"),
        (["import", "-o", "x.ecomap"], "the following arguments are required: SRC"),
        (["frobnicate", "x"], "ecomap"),
        (["versions", "CASE", "--colour"], "unrecognized arguments: --colour"),
    ],
)
def test_usage_errors_are_one_line(args: list[str], fragment: str, tmp_path: Path) -> None:
    result = run_ecomap(*args, cwd=tmp_path)
    assert_one_line_error(result, fragment)


def test_version_numbers_out_of_range_are_named(sam_case: Path) -> None:
    assert_one_line_error(run_ecomap("show", sam_case, "--version", "3"), str(sam_case), "no version 3", "1 to 2")
    assert_one_line_error(run_ecomap("diff", sam_case, "1", "9"), "no version 9")
    assert_one_line_error(run_ecomap("export", sam_case, "-o", sam_case.with_suffix(".json"), "--versions", "1,5"))
    assert not sam_case.with_suffix(".json").exists()


def test_help_and_version() -> None:
    result = run_ecomap("--help")
    assert result.returncode == 0
    assert "ecomap import SRC... -o CASE" in result.stdout
    assert run_ecomap("--version").stdout.startswith("ecomap ")


def test_output_piped_into_a_closed_reader_is_not_an_error(sam_case: Path) -> None:
    import subprocess

    from tests.conftest import ecomap_command

    pipeline = subprocess.run(
        f"{' '.join(ecomap_command())} show {sam_case} | head -1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert pipeline.stdout.startswith("Case YJ-2026-0042")
    assert "Traceback" not in pipeline.stderr


def test_export_json_round_trips_the_case(sam_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run_ecomap("export", sam_case, "-o", out)
    assert result.returncode == 0, result.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    source = json.loads(SAM_JSON.read_text(encoding="utf-8"))
    assert exported["case"] == source["case"]
    assert [v["map"]["ties"] for v in exported["versions"]] == [v["map"]["ties"] for v in source["versions"]]
    again = tmp_path / "again.ecomap"
    assert run_ecomap("import", out, "-o", again).returncode == 0
    for number in ("1", "2"):
        first = json.loads(run_ecomap("show", sam_case, "--version", number, "--json").stdout)
        second = json.loads(run_ecomap("show", again, "--version", number, "--json").stdout)
        assert first == second


def test_export_of_chosen_versions_pseudonymised(sam_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "shared.json"
    result = run_ecomap("export", sam_case, "-o", out, "--versions", "2", "--pseudonymise")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    document = json.loads(text)
    assert [v["label"] for v in document["versions"]] == ["Review"]
    assert document["case"]["client"] == "S.C."
    for secret in ("Sam", "Carter", "Malik", "Visits on Sundays", "Weekly sessions", "boxing club."):
        assert secret not in text
    assert "Dad" in text
    assert "Coach M." in text  # the role stays, the name goes


def test_export_pseudonymised_keeps_roles_and_hides_the_reference(sam_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "shared.json"
    result = run_ecomap("export", sam_case, "-o", out, "--pseudonymise")
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    labels = {node["label"] for node in document["versions"][-1]["map"]["nodes"]}
    assert {"Coach M.", "Nan", "YOT worker"} <= labels
    assert document["case"]["reference"] == reference_pseudonym("YJ-2026-0042")
    for suffix in (".json", ".graphml", ".csv", ".pdf"):
        out = tmp_path / f"shared{suffix}"
        assert run_ecomap("export", sam_case, "-o", out, "--pseudonymise").returncode == 0
        assert b"YJ-2026-0042" not in out.read_bytes(), suffix
        assert "YJ-2026-0042" not in result.stdout


def test_export_keeps_the_reference_when_asked(sam_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "shared.json"
    result = run_ecomap("export", sam_case, "-o", out, "--pseudonymise", "--keep-reference")
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["case"]["reference"] == "YJ-2026-0042"
    assert document["case"]["client"] == "S.C."


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("out.txt", "unknown export format '.txt'"),
        ("out", "unknown export format '(no extension)'"),
    ],
)
def test_export_refuses_formats_it_cannot_write(sam_case: Path, tmp_path: Path, name: str, fragment: str) -> None:
    result = run_ecomap("export", sam_case, "-o", tmp_path / name)
    assert_one_line_error(result, fragment)
    assert not (tmp_path / name).exists()


def test_export_never_overwrites_the_case_itself(sam_case: Path) -> None:
    before = digest(sam_case)
    link = sam_case.with_name("same.json")
    os.link(sam_case, link)
    assert_one_line_error(run_ecomap("export", sam_case, "-o", link), "is the case file itself")
    assert digest(sam_case) == before


def test_export_replaces_an_existing_file_whole(sam_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("old contents\n", encoding="utf-8")
    assert run_ecomap("export", sam_case, "-o", out).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("version,version_label")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
