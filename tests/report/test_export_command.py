"""``ecomap export CASE -o OUT.pdf``: what the summary holds, page by page, read back from the PDF."""

import hashlib
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import assert_one_line_error, run_ecomap
from tests.report.cases import CLIENT, REFERENCE, WORKER
from tests.report.conftest import Export
from tests.report.pdf_tools import flat, needs_tools, page_count, pages_text, run

pytestmark = needs_tools

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def lines_of(page: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip()]


def test_the_command_reports_what_it_wrote(story_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "zoe.pdf"
    result = run_ecomap("export", story_file, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}: wrote a summary of 3 versions (1, 2, 3)\n"
    assert out.read_bytes().startswith(b"%PDF-")


def test_header_block_names_the_case_the_people_and_the_period(story_file: Path, export: Export) -> None:
    first = flat(pages_text(export(story_file))[0])
    assert "Ecomap summary: at a glance" in first
    assert f"Client {CLIENT}" in first
    assert f"Worker {WORKER}" in first
    assert f"Case reference {REFERENCE}" in first
    assert "Period 12 Jan 2026 to 13 Jul 2026" in first
    for version in ("v1 Start of order (12 Jan 2026)", "v2 Three-month review", "v3 Six-month review (13 Jul 2026)"):
        assert version in first


def test_marking_reference_and_page_numbers_on_every_page(story_file: Path, export: Export) -> None:
    pdf = export(story_file)
    pages = pages_text(pdf)
    assert len(pages) == page_count(pdf) >= 4
    for number, page in enumerate(pages, start=1):
        lines = lines_of(page)
        assert lines[0] == "OFFICIAL-SENSITIVE", number
        assert lines[-1] == "OFFICIAL-SENSITIVE", number
        assert f"Case {REFERENCE}" in lines[1]
        assert re.search(r"Generated \d{1,2} [A-Z][a-z]{2} \d{4}", lines[1])
        assert lines[-2].endswith(f"Page {number} of {len(pages)}")
        assert lines[-2].startswith("Versions: v1 Start of order · v2 Three-month review · v3 Six-month review")


def test_marking_can_be_changed_or_left_out(story_file: Path, export: Export) -> None:
    custom = pages_text(export(story_file, "--marking", "OFFICIAL"))
    assert all(lines_of(page)[0] == lines_of(page)[-1] == "OFFICIAL" for page in custom)
    none = pages_text(export(story_file, "--marking", ""))
    assert not any("OFFICIAL" in page for page in none)
    assert all(lines_of(page)[0].startswith("Ecomap summary · Case") for page in none)


def test_the_metrics_table_matches_ecomap_metrics(example_file: Path, export: Export) -> None:
    expected = json.loads(run_ecomap("metrics", example_file, "--json").stdout)
    page = pages_text(export(example_file))[1]
    rows = {
        "People and places": lambda m: m["nodes"],
        "Ties": lambda m: m["ties"],
        "bonding (B)": lambda m: m["by_capital"]["bonding"],
        "bridging (Br)": lambda m: m["by_capital"]["bridging"],
        "linking (L)": lambda m: m["by_capital"]["linking"],
        "strong": lambda m: m["by_strength"]["strong"],
        "moderate": lambda m: m["by_strength"]["moderate"],
        "tenuous": lambda m: m["by_strength"]["tenuous"],
        "Stressful ties": lambda m: m["stressful"],
        "Areas of life reached": lambda m: m["domains"],
        "Client's ties": lambda m: m["client_ties"],
        "Density": lambda m: m["density"],
        "Effective size": lambda m: m["effective_size"],
        "Constraint": lambda m: m["constraint"],
    }
    found = {}
    for line in lines_of(page):
        match = re.fullmatch(r"(.+?)((?:\s+[\d.]+)+)", line)
        if match and match.group(1) in rows:
            found[match.group(1)] = [float(value) for value in match.group(2).split()]
    assert set(found) == set(rows)
    for title, value in rows.items():
        want = [value(m) for m in expected]
        assert found[title] == pytest.approx(want, abs=0.0051), title


def test_change_sentences_grouped_under_headings(story_file: Path, export: Export) -> None:
    text = flat(" ".join(pages_text(export(story_file), "raw")))
    first = flat(pages_text(export(story_file), "raw")[0])
    for sentence in (
        "New bridging tie: Recovery café, moderate",
        "Probation officer: moderate → strong",
        "Ended: Old crowd from the estate (was bonding, strong, stressful)",
    ):
        assert sentence in first  # page 1 names the main changes
        assert sentence in text
    assert "What changed since the previous version (v2 → v3)" in text
    assert "What changed since the first version (v1 → v3)" in text
    since_first = text.split("What changed since the first version", 1)[1]
    assert re.search(r"New \(2\) • New bridging tie: Recovery café, moderate", since_first)
    assert re.search(r"Ended \(2\) • Ended: Old crowd from the estate", since_first)
    assert re.search(r"Stronger \(1\) • Probation officer: moderate → strong", since_first)


def test_relationship_table_lists_every_tie_of_the_latest_version(story_file: Path, export: Export) -> None:
    text = flat(" ".join(pages_text(export(story_file), "raw")))
    table = text.split("Relationships in Version 3: Six-month review", 1)[1].split(" Notes Case notes ")[0]
    assert table.startswith(" Name Area of life Capital Strength Stressful Flow Notes ")
    rows = [
        "Nana Brigitte Müller Family Bonding (B) Strong No Zoë Ćwik-Müller → Nana Brigitte Müller "
        "Visits every Sunday & brings food <i>without fail</i>",
        "Mate Iñaki Ferreira Friends Bonding (B) Moderate No both ways",
        "<b>Bold</b> Other Bonding (B) Tenuous No not marked",
        "Coach Darius Okonkwo Community Bridging (Br) Moderate No not marked",
        "Recovery café Community Bridging (Br) Moderate No not marked",
        '<a href="http://x">x</a> Work and education Bridging (Br) Tenuous No not marked',
        "Probation officer Justice Linking (L) Strong No not marked",
        '<img src="/etc/passwd"/> Other Linking (L) Tenuous No not marked',
    ]
    assert table.removeprefix(" Name Area of life Capital Strength Stressful Flow Notes ").split(" OFFICIAL")[0] == (
        " ".join(rows)
    )
    assert "Old crowd" not in table


def test_earlier_versions_appear_as_small_maps_with_label_and_date(story_file: Path, export: Export) -> None:
    text = flat(" ".join(pages_text(export(story_file), "raw")))
    grid = text.split("Earlier versions", 1)[1]
    assert "v1 Start of order" in grid
    assert "v1 Start of order 12 Jan 2026 8 people and places, 8 ties B 4 · Br 2 · L 2" in grid
    assert "v2 Three-month review" in grid


def test_notes_and_sign_off(story_file: Path, export: Export) -> None:
    text = flat(" ".join(pages_text(export(story_file), "raw")))
    assert "Referred by the court." in text
    assert "Visits every Sunday & brings food <i>without fail</i>" in text
    sign_off = text.split("Agreed by", 1)[1]
    assert f"Worker {WORKER}" in sign_off
    assert f"Client {CLIENT}" in sign_off


def test_fonts_are_embedded_and_nothing_is_in_helvetica(story_file: Path, export: Export) -> None:
    pdf = export(story_file)
    report = run("pdffonts", pdf)
    assert "Helvetica" not in report
    assert "Times" not in report
    rows = report.splitlines()[2:]
    assert rows
    for row in rows:
        assert "DejaVuSans" in row
        assert row.split()[-5:-2] == ["yes", "yes", "yes"], row  # embedded, subset, with a Unicode map
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            descendant = font.get_object()
            descriptor = descendant.get("/FontDescriptor")
            assert descriptor is not None
            assert "/FontFile2" in descriptor.get_object()


def test_qpdf_finds_no_fault(story_file: Path, example_file: Path, export: Export) -> None:
    for pdf in (export(story_file), export(example_file), export(story_file, "--pseudonymise")):
        assert "No syntax or stream encoding errors found" in run("qpdf", "--check", pdf)


def test_invariant_output_is_byte_identical(story_file: Path, tmp_path: Path) -> None:
    outputs = []
    for name in ("one.pdf", "two.pdf"):
        out = tmp_path / name
        assert run_ecomap("export", story_file, "-o", out, "--invariant").returncode == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert "Generated 13 Jul 2026" in pages_text(tmp_path / "one.pdf")[0]


@pytest.mark.parametrize(("option", "size"), [([], A4), (["--paper", "letter"], LETTER), (["--paper", "a4"], A4)])
def test_paper_size(story_file: Path, export: Export, option: list[str], size: tuple[float, float]) -> None:
    for page in PdfReader(export(story_file, *option)).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size, abs=0.01)


def test_letter_pages_hold_the_same_story(story_file: Path, export: Export) -> None:
    pages = pages_text(export(story_file, "--paper", "letter"))
    assert "Ecomap summary: at a glance" in pages[0]
    assert "New bridging tie: Recovery café, moderate" in flat(
        pages_text(export(story_file, "--paper", "letter"), "raw")[0]
    )
    assert "Change over time" in pages[1]
    assert all(lines_of(page)[-2].endswith(f"Page {n} of {len(pages)}") for n, page in enumerate(pages, start=1))


def test_versions_option_chooses_what_is_included(story_file: Path, export: Export) -> None:
    pages = pages_text(export(story_file, "--versions", "3,1"))
    first = flat(pages[0])
    assert "2 of 3: v1 Start of order (12 Jan 2026), v3 Six-month review (13 Jul 2026)" in first
    assert "Three-month review" not in " ".join(pages)
    assert all("Versions: v1 Start of order · v3 Six-month review" in page for page in pages)
    assert "What changed since the previous version" not in " ".join(pages)
    assert "What changed since the first version (v1 → v3)" in flat(pages[1])


def test_a_single_version_summary_says_there_is_no_change_to_show(story_file: Path, export: Export) -> None:
    pages = pages_text(export(story_file, "--versions", "2"), "raw")
    first = flat(pages[0])
    assert "1 of 3: v2 Three-month review (13 Apr 2026)" in first
    assert "Only one version (v2) is included, so there is no change to show." in first
    assert "Earlier versions" not in " ".join(pages)


def test_the_bundled_example_case_exports(example_file: Path, export: Export) -> None:
    first = flat(pages_text(export(example_file), "raw")[0])
    assert "Client Lee Marsh" in first
    assert "The map now: Version 3: 6-month review, 13 Jul 2026" in first
    assert "Bonding ties (B) 10 9 ▼ 1 Bridging ties (Br) 0 5 ▲ 5 Linking ties (L) 6 7 ▲ 1" in first
    assert "Stressful ties 7 1 ▼ 6" in first


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["--versions", "4"], ["has no version 4 (it has 3: 1 to 3)"]),
        (["--versions", "0"], ["'0' is not a version number"]),
        (["--paper", "a5"], ["invalid choice: 'a5'"]),
        (["--marking", "X" * 61], ["the protective marking is longer than 60 characters"]),
    ],
)
def test_bad_options_write_nothing(story_file: Path, tmp_path: Path, args: list[str], fragments: list[str]) -> None:
    before = digest(story_file)
    out = tmp_path / "out.pdf"
    assert_one_line_error(run_ecomap("export", story_file, "-o", out, *args), *fragments)
    assert list(tmp_path.iterdir()) == []
    assert digest(story_file) == before


def test_a_missing_folder_or_a_bad_case_file_writes_nothing(story_file: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "out.pdf"
    assert_one_line_error(run_ecomap("export", story_file, "-o", missing), str(missing), "its folder does not exist")
    bad = tmp_path / "bad.ecomap"
    bad.write_bytes(b"this is not a case file")
    out = tmp_path / "out.pdf"
    assert_one_line_error(run_ecomap("export", bad, "-o", out), str(bad))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.ecomap"]


def test_pdf_options_are_refused_for_other_formats(story_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run_ecomap("export", story_file, "-o", out, "--paper", "letter")
    assert_one_line_error(result, "--marking, --paper and --invariant are for a PDF summary")
    assert not out.exists()


def test_an_existing_file_is_replaced_whole(story_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")
    assert run_ecomap("export", story_file, "-o", out).returncode == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_characters_the_font_lacks_are_warned_about_and_the_rest_is_made(story_file: Path, tmp_path: Path) -> None:
    from dataclasses import replace

    from ecomap.model.elements import Node
    from ecomap.model.enums import Domain, Kind
    from tests.report.cases import story_case, write_case

    case = story_case()
    latest = case.versions[-1]
    ecomap = latest.map.copy()
    ecomap.add_node(Node("li", "李小龍", Kind.PERSON, Domain.FRIENDS, 40.0, -220.0))
    ecomap.add_node(Node("mo", "Mohammed Ćwik", Kind.PERSON, Domain.FRIENDS, -40.0, -220.0, notes="Friend 李"))
    case = replace(case, versions=[*case.versions[:-1], replace(latest, map=ecomap)])
    path = write_case(case, tmp_path / "names.ecomap")
    out = tmp_path / "names.pdf"

    result = run_ecomap("export", path, "-o", out)

    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        f"ecomap: warning: {out}: 3 character(s) in names or notes are not in the PDF's font "
        "and print as boxes: 李 小 龍\n"
    )
    assert "Mohammed Ćwik" in flat(" ".join(pages_text(out)))
    # Pseudonymised, only the initial is left (the note with the other 李 is left out).
    shared = tmp_path / "shared.pdf"
    initials = run_ecomap("export", path, "-o", shared, "--pseudonymise")
    assert initials.returncode == 0, initials.stderr
    assert initials.stderr.endswith(
        f"{shared}: 1 character(s) in names or notes are not in the PDF's font and print as boxes: 李\n"
    )
    plain = run_ecomap("export", story_file, "-o", tmp_path / "plain.pdf")
    assert plain.returncode == 0
    assert plain.stderr == ""


def test_right_to_left_writing_is_warned_about(tmp_path: Path) -> None:
    from dataclasses import replace

    from ecomap.model.elements import Node
    from ecomap.model.enums import Domain, Kind
    from tests.report.cases import story_case, write_case

    case = story_case()
    latest = case.versions[-1]
    ecomap = latest.map.copy()
    ecomap.add_node(Node("ah", "أحمد", Kind.PERSON, Domain.FRIENDS, 40.0, -220.0))
    path = write_case(
        replace(case, versions=[*case.versions[:-1], replace(latest, map=ecomap)]), tmp_path / "rtl.ecomap"
    )
    out = tmp_path / "rtl.pdf"
    result = run_ecomap("export", path, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        f"ecomap: warning: {out}: names or notes hold right-to-left writing (such as Arabic or Hebrew), "
        "which prints left to right\n"
    )
    assert out.is_file()
