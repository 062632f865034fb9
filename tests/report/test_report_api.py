"""``ecomap.report`` called in-process, as the editor calls it: options, progress, errors, and what loads when."""

import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from ecomap.model.case import Case
from ecomap.report import DEFAULT_MARKING, Paper, ReportError, ReportOptions, export_pdf, summary_bytes
from ecomap.report.content import choose_numbers, pick_highlights, prepare
from ecomap.report.redact import name_scrubber, pseudonymised_for_report
from ecomap.report.text import esc
from tests.conftest import ROOT
from tests.report.cases import CLIENT, story_case
from tests.report.pdf_tools import flat, needs_tools, pages_text


def test_importing_the_report_package_loads_neither_reportlab_nor_networkx() -> None:
    code = (
        "import sys\n"
        "import ecomap.report\n"
        "print(sorted(m for m in ('reportlab', 'networkx', 'PySide6') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_a_pdf_is_made_without_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "for name in ('PySide6', 'shiboken6'): sys.modules[name] = None\n"
        "from ecomap.report import export_pdf\n"
        "from tests.report.cases import story_case\n"
        "export_pdf(story_case(), sys.argv[1])\n"
        "print(sorted(m for m in ('reportlab', 'networkx') if m in sys.modules))\n"
    )
    out = tmp_path / "headless.pdf"
    result = subprocess.run(
        [sys.executable, "-c", code, str(out)], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['networkx', 'reportlab']"
    assert out.read_bytes().startswith(b"%PDF-")


def test_progress_counts_up_to_its_total_once_the_file_is_written(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = tmp_path / "zoe.pdf"

    def progress(done: int, total: int) -> None:
        assert not out.exists() or done == total
        calls.append((done, total))

    assert export_pdf(story_case(), out, ReportOptions(), progress) == out
    totals = {total for _, total in calls}
    assert len(totals) == 1
    total = totals.pop()
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert calls[-1] == (total, total)
    assert all(d < total for d in done[:-1])
    assert len(calls) >= 5


def test_raising_from_progress_cancels_and_writes_nothing(tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done == 3:
            raise Cancelled

    with pytest.raises(Cancelled):
        export_pdf(story_case(), tmp_path / "zoe.pdf", progress=cancel)
    assert list(tmp_path.iterdir()) == []


def test_the_summary_in_memory_is_the_exported_pdf_and_no_file_is_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Printing makes the summary with :func:`summary_bytes`: the export's own PDF, never a file (not even a
    temporary one, which for a protected case would hold its client in the clear)."""
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    monkeypatch.chdir(tmp_path)
    options = ReportOptions(invariant=True)
    calls: list[tuple[int, int]] = []
    made = summary_bytes(story_case(), options, lambda done, total: calls.append((done, total)))
    assert sorted(tmp_path.rglob("*")) == [temporary]
    exported = export_pdf(story_case(), tmp_path / "zoe.pdf", options)
    assert made == exported.read_bytes()
    assert calls[-1][0] == calls[-1][1]
    assert all(done < total for done, total in calls[:-1])
    with pytest.raises(ReportError) as caught:
        summary_bytes(story_case(), ReportOptions(versions=(4,)))
    assert str(caught.value) == "the case has no version 4 (it has 3: 1 to 3)"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (ReportOptions(versions=(4,)), "the case has no version 4 (it has 3: 1 to 3)"),
        (ReportOptions(versions=()), "no versions were chosen"),
        (ReportOptions(marking="A\nB" * 40), "the protective marking is longer than 60 characters"),
    ],
)
def test_options_that_cannot_be_met_are_one_line_errors(tmp_path: Path, options: ReportOptions, message: str) -> None:
    out = tmp_path / "zoe.pdf"
    with pytest.raises(ReportError) as caught:
        export_pdf(story_case(), out, options)
    assert str(caught.value) == f"{out}: {message}"
    assert list(tmp_path.iterdir()) == []


def test_an_empty_case_or_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="no saved versions"):
        export_pdf(Case(), tmp_path / "empty.pdf")
    with pytest.raises(ReportError, match="its folder does not exist"):
        export_pdf(story_case(), tmp_path / "missing" / "zoe.pdf")
    assert list(tmp_path.iterdir()) == []


def test_defaults() -> None:
    options = ReportOptions()
    assert options.marking == DEFAULT_MARKING == "OFFICIAL-SENSITIVE"
    assert options.paper is Paper.A4
    assert (options.versions, options.pseudonymise, options.keep_notes, options.invariant) == (
        None,
        False,
        False,
        False,
    )


def test_version_numbers_are_sorted_and_checked() -> None:
    assert choose_numbers(5, None) == [1, 2, 3, 4, 5]
    assert choose_numbers(5, [4, 2, 4]) == [2, 4]
    with pytest.raises(ReportError, match="no version 6"):
        choose_numbers(5, [1, 6])


def test_content_compares_the_first_and_the_latest_version_chosen() -> None:
    content = prepare(story_case(), ReportOptions(versions=(1, 3)), today="2026-11-28")
    assert [v.number for v in content.included] == [1, 3]
    assert content.previous is content.first
    assert content.period == "12 Jan 2026 to 13 Jul 2026"
    assert content.generated_on == "2026-11-28"
    assert [c.sentence for c in content.highlights][:3] == [
        "New bridging tie: Recovery café, moderate",
        "Ended: Old crowd from the estate (was bonding, strong, stressful)",
        "Probation officer: moderate → strong",
    ]


def test_invariant_mode_dates_the_summary_by_its_latest_version_unless_told() -> None:
    assert prepare(story_case(), ReportOptions(invariant=True)).generated_on == "2026-07-13"
    told = ReportOptions(invariant=True, generated_on="2027-01-01")
    assert prepare(story_case(), told).generated_on == "2027-01-01"


def test_highlights_take_each_kind_of_change_in_turn() -> None:
    first, *_, last = story_case().versions
    from ecomap.model.changes import describe_changes

    changes = describe_changes(first.map, last.map)
    picked = pick_highlights(changes, count=5)
    assert [c.group for c in picked[:3]] == ["New", "Ended", "Stronger"]
    assert len({c.sentence for c in picked}) == len(picked)
    # a new person who arrived with a new tie is not named twice
    assert not any(c.sentence.startswith("New on the map: Recovery café") for c in picked)


def test_scrubbing_replaces_names_whole_and_word_by_word() -> None:
    scrub = name_scrubber([("Lee Marsh", "L.M."), ("Coach Darius", "C.D.")])
    assert scrub("Lee Marsh's review") == "L.M.'s review"
    assert scrub("LEE moved to Leeds") == "L. moved to Leeds"
    assert scrub("Darius and the coach") == "D. and the coach"  # "coach" is a role word, kept
    assert scrub("Start of order") == "Start of order"


def test_user_text_is_escaped_for_paragraphs() -> None:
    assert esc('<img src="/etc/passwd"/> & <b>x</b>') == '&lt;img src="/etc/passwd"/&gt; &amp; &lt;b&gt;x&lt;/b&gt;'
    assert esc("one\ntwo") == "one<br/>two"


@needs_tools
def test_letter_paper_and_no_marking_through_the_api(tmp_path: Path) -> None:
    out = export_pdf(story_case(), tmp_path / "zoe.pdf", ReportOptions(paper=Paper.LETTER, marking=""))
    page = PdfReader(out).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612.0, 792.0)
    text = flat(" ".join(pages_text(out, "raw")))
    assert "OFFICIAL" not in text
    assert CLIENT in text


def test_a_summary_s_pseudonymised_maps_keep_their_rings() -> None:
    case = story_case()
    grown = case.versions[-1].map.copy()
    grown.set_ring_scale(3.0)
    case.versions[-1] = replace(case.versions[-1], map=grown)
    hidden = pseudonymised_for_report(case, keep_notes=False)
    assert [v.map.ring_scale for v in hidden.versions] == [*(1.0 for _ in case.versions[:-1]), 3.0]
