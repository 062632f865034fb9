"""The summary's "Plan and review" section, read back from real PDFs made by ``ecomap export``."""

import re
from dataclasses import replace
from pathlib import Path

import pytest

from ecomap.model.case import Case
from ecomap.model.network import EcoMap
from ecomap.model.prompts import prompts_for
from ecomap.report import ReportOptions, summary_bytes
from ecomap.report.content import prepare
from ecomap.report.plan_content import NO_PLAN, NO_PROMPTS
from tests.report.cases import CLIENT, MARKUP_ACTION, WORKER, plan_case, write_case
from tests.report.conftest import Export
from tests.report.pdf_tools import annotations_and_images, decompressed, flat, fonts, needs_tools, pages_text

pytestmark = needs_tools

LATEST_ROWS = [  # as pdftotext -raw reads a table: row by row, each cell whole (the outcome under the action)
    "Go to the Recovery café with Coach Darius Okonkwo Outcome: Goes every week with Darius "
    "bridging (new circles) Coach Darius Okonkwo 1 Feb 2026 Done",
    "Ask Nana Brigitte about Sunday lunch with Zoë Outcome: Nana Brigitte Müller came to lunch "
    "Nana Brigitte Müller Zoë Ćwik-Müller – Done",
    f"Meet the probation officer with Mate Iñaki Ferreira the tie to Probation officer {WORKER} 1 Mar 2026 Done",
    f"{MARKUP_ACTION} the tie between Mate Iñaki Ferreira and Coach Darius Okonkwo <b>Owner</b> 30 Apr 2026 Under way",
    "Try the café's Friday breakfast the community Peer mentor 1 Jun 2026 Done",
    f"Help set up at the café on Fridays Recovery café {CLIENT} 1 Sep 2026 Planned",
]
FATES_AT_V1 = [
    "• Done: Go to the Recovery café with Coach Darius Okonkwo",
    "• Done: Ask Nana Brigitte about Sunday lunch with Zoë — the tie to Nana Brigitte Müller is as it was, strong",
    "• Done: Meet the probation officer with Mate Iñaki Ferreira — the tie to Probation officer is stronger "
    "(moderate to strong)",
    "• No longer in the plan: See less of the old crowd from the estate — the tie to someone no longer on the map "
    "has ended",
    f"• Under way: {MARKUP_ACTION} — the tie between Mate Iñaki Ferreira and Coach Darius Okonkwo "
    "is not on the map yet",
]


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The story case with a plan at each of its three versions, as a case file."""
    return write_case(plan_case(), tmp_path_factory.mktemp("plan") / "zoe-plan.ecomap")


def all_text(pdf: Path, mode: str = "raw") -> str:
    return flat(" ".join(pages_text(pdf, mode)))


LABELS = ("Start of order", "Three-month review", "Six-month review")
_ANY_LABEL = "|".join(LABELS)
FURNITURE = re.compile(
    r" ?(?:OFFICIAL-SENSITIVE|Ecomap summary · Case \S+ Generated \d+ \w+ \d{4}|Page \d+ of \d+"
    rf"|Versions: (?:(?:v\d (?:{_ANY_LABEL}))(?: · )?)+)"
)
"""What each page adds at its top and bottom: the marking, the header, the page number, the versions."""


def section(pdf: Path, mode: str = "raw") -> str:
    """The text from the section's heading to the next section's ("Earlier versions"), without the
    page furniture of a page break in between."""
    text = all_text(pdf, mode)
    assert text.count("Plan and review") == 1
    return FURNITURE.sub("", text.split("Plan and review", 1)[1].split("Earlier versions", 1)[0])


def test_the_section_comes_after_change_over_time_with_the_latest_plan(plan_file: Path, export: Export) -> None:
    pdf = export(plan_file)
    text = all_text(pdf)
    assert text.index("What changed since the first version") < text.index("Plan and review")
    assert text.index("Plan and review") < text.index("Earlier versions")
    part = section(pdf)
    assert part.startswith(" The plan at v3 Action About Owner Due Status ")
    rows = part.split(" Action About Owner Due Status ", 1)[1].split(" What became of")[0]
    assert rows == " ".join(LATEST_ROWS)
    assert {(font["name"].split("+")[-1], font["emb"]) for font in fonts(pdf)} == {
        ("DejaVuSans", "yes"),
        ("DejaVuSans-Bold", "yes"),
    }  # the bundled font, as everywhere else: nothing in Helvetica


def test_each_earlier_action_is_told_once_under_the_version_it_was_agreed_at(plan_file: Path, export: Export) -> None:
    part = section(export(plan_file))
    earlier = part.split("What became of the actions agreed earlier, by v3 ", 1)[1].split(" Where the network")[0]
    assert earlier == " ".join(
        [
            "Agreed at v1 Start of order, 12 Jan 2026",
            *FATES_AT_V1,
            "Agreed at v2 Three-month review, 13 Apr 2026",
            "• Done: Try the café's Friday breakfast",
        ]
    )
    assert "Help set up at the café on Fridays" not in earlier  # agreed at v3: only in the plan's table


def test_only_the_versions_included_are_reviewed(plan_file: Path, export: Export) -> None:
    part = section(export(plan_file, "--versions", "2,3"))
    earlier = part.split("What became of the actions agreed earlier, by v3 ", 1)[1].split(" Where the network")[0]
    assert earlier.startswith("Agreed at v2 Three-month review, 13 Apr 2026 • Done: Go to the Recovery café")
    assert "Agreed at v1" not in earlier
    assert "• No longer in the plan: See less of the old crowd from the estate •" in earlier  # dropped at v2
    assert earlier.count("Try the café's Friday breakfast") == 1


def test_the_prompts_of_the_latest_map_are_in_a_box(plan_file: Path, export: Export) -> None:
    part = section(export(plan_file))
    box = part.split("Where the network is thin ", 1)[1]
    latest = plan_case().versions[-1].map
    prompts = [prompt.text for prompt in prompts_for(latest)]
    assert prompts == ["There is nobody on the map from work or learning yet."]
    assert box.startswith("From the map at v3: places to talk over with the client, not judgements. • ")
    assert box.strip().endswith(f"• {prompts[0]}")


def test_a_single_version_shows_its_plan_and_prompts_and_nothing_earlier(plan_file: Path, export: Export) -> None:
    part = section(export(plan_file, "--versions", "1"))
    assert "The plan at v1 Action About Owner Due Status" in part
    assert "See less of the old crowd from the estate Old crowd from the estate Peer mentor 15 Feb 2026 Planned" in part
    assert "What became of" not in part
    assert "Where the network is thin" in part


def test_a_case_with_no_plan_says_so_in_one_line(story_file: Path, export: Export) -> None:
    pdf = export(story_file)
    assert section(pdf) == f" {NO_PLAN} "
    assert "Where the network is thin" not in all_text(pdf)


def test_markup_in_actions_and_owners_is_shown_not_obeyed(plan_file: Path, export: Export) -> None:
    pdf = export(plan_file)
    for mode in ("raw", "reading", "layout"):
        assert MARKUP_ACTION in all_text(pdf, mode)
        assert "<b>Owner</b>" in all_text(pdf, mode)
    annotations, images = annotations_and_images(pdf)
    assert annotations == []
    assert images == []
    raw = decompressed(pdf)
    assert b"/URI" not in raw
    assert b"/Subtype /Image" not in raw


PLAN_NAMES = ("Brigitte", "Müller", "Darius", "Okonkwo", "Iñaki", "Ferreira", "Zoë", "Ćwik")
"""Every personal name in the plan case's labels, owners and action texts."""


def test_a_pseudonymised_plan_names_no_one(plan_file: Path, export: Export) -> None:
    pdf = export(plan_file, "--pseudonymise")
    texts = [all_text(pdf, mode) for mode in ("raw", "reading", "layout")]
    raw = decompressed(pdf)
    for name in PLAN_NAMES:
        for text in texts:
            assert name not in text, name
        assert name.encode("utf-8") not in raw, name
        assert name.encode("utf-16-be") not in raw, name
    part = section(pdf)
    # names in actions read as on the map: "Coach Darius Okonkwo" is "Coach D.O." as a label, an owner and in a text
    assert "Go to the Recovery café with Coach D.O. bridging (new circles) Coach D.O. 1 Feb 2026 Done" in part
    assert "Ask Nana B. about Sunday lunch with Z. Nana B.M. Z.Ć.M. – Done" in part  # the client: initials
    assert f"Meet the probation officer with Mate I.F. the tie to Probation officer {WORKER} 1 Mar 2026 Done" in part
    assert "• Done: Meet the probation officer with Mate I.F. — the tie to Probation officer is stronger" in part
    assert "the tie between Mate I.F. and Coach D.O. is not on the map yet" in part
    assert "Outcome:" not in part  # outcomes are notes: left out with them


def test_a_pseudonymised_plan_keeps_its_outcomes_scrubbed_when_notes_are_kept(plan_file: Path, export: Export) -> None:
    part = section(export(plan_file, "--pseudonymise", "--keep-notes"))
    assert "Outcome: Goes every week with D." in part
    assert "Outcome: Nana B.M. came to lunch" in part
    for name in PLAN_NAMES:
        assert name not in part, name


def test_the_content_tells_each_action_once_from_the_earliest_version_included() -> None:
    content = prepare(plan_case(), ReportOptions(), today="2026-12-01")
    review = content.plan
    assert [group.number for group in review.earlier] == [1, 2]
    told = [sentence for group in review.earlier for sentence in group.sentences]
    assert len(told) == 6  # p1-p5 from v1, p6 from v2; p7 is new at v3
    assert [step.status for step in review.latest] == ["Done", "Done", "Done", "Under way", "Done", "Planned"]
    assert review.prompts == ("There is nobody on the map from work or learning yet.",)
    lone = prepare(plan_case(), ReportOptions(versions=(3,)), today="2026-12-01").plan
    assert lone.earlier == ()
    assert len(lone.latest) == 6


def test_the_example_case_reviews_its_plan(example_file: Path, export: Export) -> None:
    part = section(export(example_file))
    assert part.startswith(" The plan at v3 Action About Owner Due Status Go to the recovery café")
    for said in (
        "Agreed at v1 Start of order, 12 Jan 2026 • Done: Go to the recovery café",
        "• Done: Meet Tomás for a coffee in town, away from the estate — the tie to Mate Tomás is stronger "
        "(tenuous to moderate)",
        "• Dropped: Meet Kelly with a mediator to sort out his belongings",
        "Agreed at v2 3-month review, 13 Apr 2026",
        "• Under way: Invite Mum to a family session at the drug service — the tie between Mum (Carol) and "
        "Drug & alcohol service is not on the map yet",
        "Where the network is thin From the map at v3: places to talk over with the client, not judgements. "
        + NO_PROMPTS,
    ):
        assert said in part, said


def test_the_earlier_maps_heading_never_ends_a_page_alone(example_file: Path, export: Export) -> None:
    # pseudonymised, the plan's table is shorter (no outcomes), which once left room for the heading alone
    for pdf in (export(example_file), export(example_file, "--pseudonymise")):
        [page] = [flat(page) for page in pages_text(pdf, "raw") if "Earlier versions" in page]
        assert "v1 Start of order 12 Jan 2026" in page.split("Earlier versions", 1)[1]


def test_an_empty_latest_plan_says_so_and_still_reviews_the_earlier_ones(tmp_path: Path) -> None:
    case = plan_case()
    latest = case.versions[-1]
    cleared = replace(latest, map=EcoMap(latest.map.nodes, latest.map.ties))
    pdf = tmp_path / "cleared.pdf"
    pdf.write_bytes(summary_bytes(Case(case.details, [*case.versions[:-1], cleared]), ReportOptions()))
    part = section(pdf)
    assert part.startswith(" The plan at v3 No actions are in the plan at v3. What became of the actions agreed")
    assert "• No longer in the plan: Go to the Recovery café with Coach Darius Okonkwo •" in part
    assert "Where the network is thin" in part
