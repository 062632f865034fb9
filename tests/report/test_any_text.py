"""Any label or note, however odd, makes a summary that shows it as typed and obeys none of it."""

import string
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Kind, Strength
from ecomap.model.network import EcoMap
from ecomap.report import Paper, ReportOptions
from ecomap.report.export import build_pdf
from tests.report.pdf_tools import needs_tools, pages_text
from tests.strategies import cases, line_text, notes_text

MARKUP = ["<b>", "</b>", "<img src='/etc/passwd'/>", '<a href="http://x">', "</a>", "&amp;", "&", "<br/>", "<para>"]
READABLE = string.ascii_letters + string.digits + string.punctuation + " äöüßéèçñøåÅÆæŁłĆćŽžŠšŐőĞğİıÇçŒœ€–—…‘’“”«»·°"
readable_text = st.lists(
    st.one_of(st.sampled_from(MARKUP), st.text(st.sampled_from(READABLE), max_size=8)), max_size=5
).map("".join)


def one_version(labels: list[str], notes: list[str]) -> Case:
    nodes = [Node("client", "Client", Kind.CLIENT)]
    ties = []
    for number, (label, note) in enumerate(zip(labels, notes, strict=True), start=1):
        nodes.append(Node(f"n{number}", label, x=60.0 * number, y=-40.0 * number))
        ties.append(Tie(f"t{number}", "client", f"n{number}", Capital.BRIDGING, Strength.MODERATE, notes=note))
    return Case(CaseDetails("REF", "Client", "Worker"), [Version("Now", "2026-01-01", "", EcoMap(nodes, ties))])


def squeezed(text: str) -> str:
    return "".join(text.split())


@needs_tools
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(readable_text, readable_text), min_size=1, max_size=4))
def test_labels_and_notes_appear_as_typed(tmp_path: Path, pairs: list[tuple[str, str]]) -> None:
    labels = [label for label, _ in pairs]
    notes = [note for _, note in pairs]
    out = tmp_path / "any.pdf"
    out.write_bytes(build_pdf(one_version(labels, notes), ReportOptions(invariant=True), "OFFICIAL"))
    text = squeezed(" ".join(pages_text(out, "raw")))
    for value in (*labels, *notes):
        assert squeezed(value) in text, value


@settings(max_examples=30, deadline=None)
@given(cases(max_versions=3), st.booleans(), st.booleans())
def test_any_case_makes_a_pdf(case: Case, pseudonymise: bool, letter: bool) -> None:
    if not case.versions:
        return
    options = ReportOptions(pseudonymise=pseudonymise, invariant=True, paper=Paper.LETTER if letter else Paper.A4)
    data = build_pdf(case, options, "OFFICIAL-SENSITIVE")
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")


@settings(max_examples=20, deadline=None)
@given(line_text, notes_text)
def test_any_marking_like_text_in_a_label_is_fine(label: str, note: str) -> None:
    data = build_pdf(one_version([label], [note]), ReportOptions(invariant=True), "")
    assert data.startswith(b"%PDF-")
