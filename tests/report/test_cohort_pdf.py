"""The cohort PDF: ``ecomap cohort DIR -o OUT.pdf`` on real case files, and hand-built cohorts with known answers."""

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from ecomap.casefile import CaseFile
from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.cohort import CaseFacts, CohortSummary, MapFacts, asset_key, summarise
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.network import EcoMap
from ecomap.report.cohort_pdf import CHART_ROWS, cohort_pdf_bytes, export_cohort_pdf
from ecomap.report.options import Paper, ReportError
from tests.conftest import EXAMPLE_CASE, SAM_JSON, run_ecomap
from tests.report.cases import node, write_case
from tests.report.pdf_tools import (
    annotations_and_images,
    decompressed,
    flat,
    fonts,
    metadata,
    needs_tools,
    overlapping_words,
    page_count,
    page_layouts,
    pages_text,
)

pytestmark = needs_tools

CLIENT = "Wilhelmina Featherstonehaugh"
WORKER = "Ignatius Wolstenholme"
REFERENCE = "WF-2026-0099"
AUNT = "Auntie Philippa Quartermaine"
COACH = "Coach Bartholomew Ngozi-Pemberton"
"""A person in the community domain: never an asset, never named."""
MARKUP_ASSET = "<b>Café & Co</b>"


def distinctive_case() -> Case:
    """Two versions around a client with a distinctive name: the latest adds a community asset whose label
    holds markup, and a college course; a person (a coach) sits in the community domain throughout."""
    client = Node("client", CLIENT, Kind.CLIENT)
    aunt = node("aunt", AUNT, Kind.PERSON, Domain.FAMILY, Strength.STRONG)
    coach = node("coach", COACH, Kind.PERSON, Domain.COMMUNITY, Strength.MODERATE)
    jobcentre = node("jobcentre", "Jobcentre", Kind.ORGANISATION, Domain.SERVICES, Strength.TENUOUS)
    cafe = node("cafe", MARKUP_ASSET, Kind.GROUP, Domain.COMMUNITY, Strength.MODERATE, 15)
    college = node("college", "Northgate College", Kind.ORGANISATION, Domain.WORK_EDUCATION, Strength.MODERATE)

    def tie(tie_id: str, other: str, capital: Capital) -> Tie:
        return Tie(tie_id, "client", other, capital, Strength.MODERATE, False, Flow.NONE)

    ties = [
        tie("t1", "aunt", Capital.BONDING),
        tie("t2", "coach", Capital.BRIDGING),
        tie("t3", "jobcentre", Capital.LINKING),
    ]
    first = EcoMap([client, aunt, coach, jobcentre], ties)
    later = [*ties, tie("t4", "cafe", Capital.BRIDGING), tie("t5", "college", Capital.BRIDGING)]
    latest = EcoMap([client, aunt, coach, jobcentre, cafe, college], later)
    details = CaseDetails(REFERENCE, CLIENT, WORKER, f"{CLIENT} agreed to the map.")
    return Case(details, [Version("Start", "2026-02-02", "", first), Version("Review", "2026-08-03", "", latest)])


@pytest.fixture(scope="module")
def cohort_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five copies of the example case (Lee), five of the distinctive case, and Sam imported from JSON."""
    folder = tmp_path_factory.mktemp("cohort")
    for number in range(5):
        shutil.copyfile(EXAMPLE_CASE, folder / f"example-{number}.ecomap")
        write_case(distinctive_case(), folder / f"distinctive-{number}.ecomap")
    result = run_ecomap("import", SAM_JSON, "-o", folder / "sam.ecomap")
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture(scope="module")
def cohort_pdf(cohort_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real command's PDF of the cohort."""
    out = tmp_path_factory.mktemp("out") / "cohort.pdf"
    result = run_ecomap("cohort", cohort_folder, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: wrote the cohort of 11 cases"
    return out


@pytest.fixture(scope="module")
def cohort_json(cohort_folder: Path) -> dict[str, Any]:
    result = run_ecomap("cohort", cohort_folder, "--json")
    assert result.returncode == 0, result.stderr
    figures: dict[str, Any] = json.loads(result.stdout)
    return figures


def people_in(folder: Path) -> set[str]:
    """Every label of a client, person or pet in any version of the cases in ``folder``, and every client's
    and worker's name."""
    labels: set[str] = set()
    for path in folder.glob("*.ecomap"):
        with CaseFile.open(path) as case_file:
            case = case_file.case()
        labels |= {name for name in (case.details.client, case.details.worker) if name}
        for version in case.versions:
            labels |= {n.label for n in version.map.nodes if n.kind in (Kind.CLIENT, Kind.PERSON, Kind.PET)}
    return labels


def test_two_pages_with_their_headings_and_the_cohort_figures(cohort_pdf: Path, cohort_json: dict[str, Any]) -> None:
    assert page_count(cohort_pdf) == 2
    first, second = (flat(page) for page in pages_text(cohort_pdf, "raw"))
    assert "Across the cohort" in first
    assert "Cases 11 cases, each its first and latest saved version" in first
    assert "Period 12 Jan 2026 to 3 Aug 2026" in first  # the example's first version to the latest review
    for name, mark in (("Bonding", "B"), ("Bridging", "Br"), ("Linking", "L")):
        figures = cohort_json["capital"][name.casefold()]
        first_mean, latest_mean = f"{figures['first_mean']:.2f}", f"{figures['latest_mean']:.2f}"
        assert f"{name} ({mark}) {first_mean} {latest_mean}" in first  # the table's row
        assert first_mean in first
        assert latest_mean in first
        assert f"{figures['rose']} ({round(100 * figures['rose'] / 11)}%)" in first
    effective = cohort_json["effective_size"]
    assert f"{effective['first_mean']:.2f} at the first version, {effective['latest_mean']:.2f} at the latest" in first
    assert "Effective size counts the client's contacts who are not tied to one another" in first
    assert "Community assets" in second
    for asset in cohort_json["assets"]:
        assert f"{asset['label']} {asset['cases_first']} {asset['cases_latest']}" in second, asset
    suppressed = cohort_json["suppressed_assets"]
    assert suppressed > 0
    assert (
        f"{suppressed} assets reached by fewer than 5 cases are not shown, so that no figure points at one client"
        in second
    )


def test_the_assets_of_the_cohort_are_those_of_its_json(cohort_json: dict[str, Any]) -> None:
    shown = {asset["label"]: (asset["cases_first"], asset["cases_latest"]) for asset in cohort_json["assets"]}
    assert shown[MARKUP_ASSET] == (0, 5)
    assert shown["Northgate College"] == (0, 5)
    assert shown["Recovery café"] == (0, 5)


def test_every_page_carries_the_marking_the_page_number_and_the_date(cohort_pdf: Path) -> None:
    for number, page in enumerate(pages_text(cohort_pdf, "layout"), start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == "OFFICIAL-SENSITIVE"
        assert lines[-1] == "OFFICIAL-SENSITIVE"
        assert f"Page {number} of 2" in page
        assert "Generated " in page
        assert "Ecomap cohort summary" in page
        assert "Cohort of 11 cases · 12 Jan 2026 to 3 Aug 2026" in page


def test_fonts_are_the_bundled_dejavu_embedded(cohort_pdf: Path) -> None:
    table = fonts(cohort_pdf)
    assert {font["name"].split("+")[-1] for font in table} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(font["emb"] == "yes" and font["uni"] == "yes" for font in table)


def test_metadata_names_no_one(cohort_pdf: Path, cohort_folder: Path) -> None:
    info = metadata(cohort_pdf)
    assert info["/Title"] == "Ecomap cohort summary"
    assert info["/Author"] == "Ecomap"
    joined = " ".join(info.values())
    for label in people_in(cohort_folder):
        assert label not in joined, label


def test_no_person_label_from_the_source_cases_anywhere(cohort_pdf: Path, cohort_folder: Path) -> None:
    people = people_in(cohort_folder)
    assert {CLIENT, WORKER, AUNT, COACH, "Lee Marsh", "Mate Tomás", "Sam"} <= people
    texts = [flat(" ".join(pages_text(cohort_pdf, mode))) for mode in ("raw", "reading", "layout")]
    raw = without_fonts(decompressed(cohort_pdf))
    assert b"Ecomap cohort summary" in raw  # the metadata's title: what is left can still be searched
    words = {word for label in (CLIENT, WORKER, AUNT, COACH) for word in label.replace("-", " ").split()}
    for label in people | (words - {"Auntie", "Coach"}):
        whole = re.compile(rf"(?<!\w){re.escape(label)}(?!\w)")  # "Sam", not the "Same" of a table heading
        for text in texts:
            assert not whole.search(text), label
        for encoded in (label.encode("utf-8"), label.encode("utf-16-be")):
            assert not re.search(rb"(?<![A-Za-z])" + re.escape(encoded) + rb"(?![a-z])", raw), label
    assert REFERENCE not in texts[0]


def without_fonts(raw: bytes) -> bytes:
    """The decompressed file without its embedded font programs, whose binary holds any short string by chance."""
    return re.sub(rb"/Length1 .*?endstream", b"", raw, flags=re.DOTALL)


def test_an_asset_label_holding_markup_is_shown_literally(cohort_pdf: Path) -> None:
    second = flat(pages_text(cohort_pdf, "raw")[1])
    assert second.count(MARKUP_ASSET) == 2  # on the chart and in the table
    annotations, images = annotations_and_images(cohort_pdf)
    assert (annotations, images) == ([], [])


def test_no_words_sit_on_one_another(cohort_pdf: Path) -> None:
    for page in page_layouts(cohort_pdf):
        assert overlapping_words(page.words) == []


# Hand-built cohorts with known answers.


def facts(bonding: int, bridging: int, linking: int, effective: float, *assets: str) -> MapFacts:
    capital = {"bonding": bonding, "bridging": bridging, "linking": linking}
    return MapFacts(capital=capital, effective_size=effective, assets={asset_key(a): a for a in assets})


def known_cohort() -> CohortSummary:
    """Four cases: bonding 2 -> 3 in all; bridging 0 -> 2, 1 -> 1, 2 -> 0, 1 -> 3; linking 1 throughout.
    The club is reached by 1 case first and 4 latest; the library by 4 and 4; the choir by 1 only."""
    cases = [
        CaseFacts(
            facts(2, 0, 1, 1.0, "Club", "Library"), facts(3, 2, 1, 3.0, "club", "Library"), "2026-01-05", "2026-06-01"
        ),
        CaseFacts(facts(2, 1, 1, 2.0, "Library"), facts(3, 1, 1, 2.0, "Club", "Library"), "2026-02-01", "2026-07-01"),
        CaseFacts(
            facts(2, 2, 1, 3.0, "Library"), facts(3, 0, 1, 1.5, "Club ", "Library", "Choir"), "2026-03-01", "2026-09-30"
        ),
        CaseFacts(facts(2, 1, 1, 2.0, "Library"), facts(3, 3, 1, 4.5, "CLUB", "Library"), "2026-01-20", "2026-08-01"),
    ]
    return summarise(cases, min_count=4)


def made(summary: CohortSummary, tmp_path: Path, **options: object) -> tuple[Path, list[str]]:
    out = export_cohort_pdf(summary, tmp_path / "cohort.pdf", **options)  # type: ignore[arg-type]
    return out, [flat(page) for page in pages_text(out, "raw")]


def test_the_figures_of_a_cohort_with_known_answers(tmp_path: Path) -> None:
    pdf, (first, second) = made(known_cohort(), tmp_path)
    assert "Cases 4 cases" in first
    assert "Period 5 Jan 2026 to 30 Sep 2026" in first
    assert "Bonding (B) 2.00 3.00 ▲ 1.00 4 (100%) 0 (0%) 0 (0%)" in first
    assert "Bridging (Br) 1.00 1.50 ▲ 0.50 2 (50%) 1 (25%) 1 (25%)" in first
    assert "Linking (L) 1.00 1.00 = 0 (0%) 0 (0%) 4 (100%)" in first
    assert "▲ rose in 100% of cases" in first
    assert "▼ fell in 25%" in first
    assert "Mean per case: 2.00 at the first version, 2.75 at the latest (▲ 0.75)." in first
    assert "Only assets reached by at least 4 cases, at the first version or the latest, are shown." in second
    assert "Club 1 4 ▲ 3" in second
    assert "Library 4 4 =" in second
    assert "Choir" not in second
    assert "1 asset reached by fewer than 4 cases is not shown, so that no figure points at one client." in second
    assert PdfReader(pdf).pages[0].mediabox.upper_right == (595.2756, 841.8898)


def test_a_cohort_without_assets_says_so_plainly(tmp_path: Path) -> None:
    summary = summarise([CaseFacts(facts(1, 0, 0, 1.0), facts(1, 1, 0, 2.0))])
    _, pages = made(summary, tmp_path)
    assert len(pages) == 2
    assert "No client's map has a community asset on it, so there is none to show." in pages[1]
    assert "not shown" not in pages[1]


def test_a_cohort_whose_assets_are_all_suppressed_says_why(tmp_path: Path) -> None:
    summary = summarise([CaseFacts(facts(1, 0, 0, 1.0, "Club"), facts(1, 1, 0, 2.0, "Club", "Gym"))])
    _, pages = made(summary, tmp_path)
    assert "No community asset is reached by at least 5 cases, so none is shown." in pages[1]
    assert "2 assets reached by fewer than 5 cases are not shown, so that no figure points at one client." in pages[1]
    assert "Club" not in pages[1]


def test_many_assets_chart_the_most_reached_and_list_them_all(tmp_path: Path) -> None:
    labels = [f"Asset number {n:02d} with a name long enough to need shortening on the chart" for n in range(35)]
    cases = [CaseFacts(facts(1, 0, 0, 1.0, *labels[:n]), facts(1, 1, 0, 2.0, *labels)) for n in range(30)]
    pdf, pages = made(summarise(cases), tmp_path)
    text = " ".join(pages[1:])
    assert (
        f"The chart shows the {CHART_ROWS} assets most reached at the latest version; the table lists all 35." in text
    )
    for label in labels:
        assert label in text, label
    for page in page_layouts(pdf):
        assert overlapping_words(page.words) == []
        assert all(word.left >= 0 and word.right <= page.width for word in page.words)


def test_letter_paper_and_another_marking(tmp_path: Path) -> None:
    pdf, _ = made(known_cohort(), tmp_path, paper=Paper.LETTER, marking="OFFICIAL")
    assert PdfReader(pdf).pages[1].mediabox.upper_right == (612, 792)
    for page in pages_text(pdf, "layout"):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0] == lines[-1] == "OFFICIAL"
    _, unmarked = made(known_cohort(), tmp_path, marking="")
    assert "OFFICIAL" not in " ".join(unmarked)


def test_invariant_output_is_the_same_bytes_every_time_and_dated_by_the_cohort(tmp_path: Path) -> None:
    once = cohort_pdf_bytes(known_cohort(), invariant=True)
    assert once == cohort_pdf_bytes(known_cohort(), invariant=True)
    _, pages = made(known_cohort(), tmp_path, invariant=True)
    assert all("Generated 30 Sep 2026" in page for page in pages)


def test_a_failure_leaves_the_old_file_whole_and_no_other(tmp_path: Path) -> None:
    out = tmp_path / "cohort.pdf"
    out.write_bytes(b"the old one")
    with pytest.raises(ReportError, match=r"cohort\.pdf: the protective marking is longer than 60 characters"):
        export_cohort_pdf(known_cohort(), out, marking="X" * 61)
    assert out.read_bytes() == b"the old one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cohort.pdf"]
    with pytest.raises(ReportError, match="its folder does not exist"):
        export_cohort_pdf(known_cohort(), tmp_path / "missing" / "cohort.pdf")


def test_asset_names_the_font_cannot_show_are_warned_of_and_still_printed(tmp_path: Path) -> None:
    cases = [CaseFacts(facts(1, 0, 0, 1.0), facts(1, 0, 0, 1.0, "Community hub 社区")) for _ in range(5)]
    warnings: list[str] = []
    export_cohort_pdf(summarise(cases), tmp_path / "cohort.pdf", warn=warnings.append)
    assert warnings == ["2 character(s) in asset names are not in the PDF's font and print as boxes: 社 区"]
    assert (tmp_path / "cohort.pdf").exists()
