"""The one wording of change and of a tie's flow, shared by ``ecomap diff``, the editor and the PDF."""

import pytest

from ecomap.model import change_words as words
from ecomap.model.changes import Change, ChangeKind, change_lines, condensed, counts_summary, describe_changes
from ecomap.model.enums import Domain, Flow, Kind
from tests.model.test_changes import example


@pytest.mark.parametrize(
    ("flow", "cell", "direction"),
    [
        (Flow.NONE, "not marked", "not marked"),
        (Flow.TO_TARGET, "Gran → Sam", "to Sam"),
        (Flow.TO_SOURCE, "Sam → Gran", "to Gran"),
        (Flow.BOTH, "both ways", "both ways"),
    ],
)
def test_a_flow_reads_the_same_in_a_table_and_in_a_sentence(flow: Flow, cell: str, direction: str) -> None:
    assert words.flow_cell(flow, "Gran", "Sam") == cell
    assert words.flow_direction(flow, "Gran", "Sam") == direction


def test_a_flow_explained_names_its_arrows_and_who_gives_to_whom() -> None:
    assert words.flow_explained(Flow.NONE, "Gran", "Sam") == "No arrows: no flow of energy or resources marked"
    assert words.flow_explained(Flow.BOTH, "Gran", "Sam") == "Arrows at both ends: energy and resources flow both ways"
    assert words.flow_explained(Flow.TO_SOURCE, "Gran", "Sam") == (
        "An arrow at Gran: energy and resources flow from Sam to Gran"
    )


@pytest.mark.parametrize(
    ("old", "new", "sentence"),
    [
        (Flow.TO_TARGET, Flow.BOTH, "Gran: flow now both ways (was to Sam)"),
        (Flow.NONE, Flow.TO_SOURCE, "Gran: flow now to Gran (was not marked)"),
        (Flow.BOTH, Flow.NONE, "Gran: flow no longer marked (was both ways)"),
    ],
)
def test_a_change_of_flow_says_what_it_is_now_and_what_it_was(old: Flow, new: Flow, sentence: str) -> None:
    assert words.flow_changed("Gran", old, new, "Gran", "Sam") == sentence


def test_the_example_names_a_change_of_flow_by_who_receives() -> None:
    sentences = [change.sentence for change in describe_changes(*example(1, 3))]
    assert "Probation officer: flow now both ways (was to Lee)" in sentences
    assert "Housing officer: flow now to Lee (was not marked)" in sentences


def test_a_person_changed_reads_with_the_right_article_and_unnamed_for_no_label() -> None:
    assert words.kind_changed(Kind.PERSON, Kind.ORGANISATION) == "now an organisation (was a person)"
    assert words.person_changed("", [words.renamed("GP"), words.moved(Domain.FAMILY, Domain.WORK_EDUCATION)]) == (
        "unnamed: renamed from GP; moved from family to work and education"
    )
    assert words.gone_person("", Domain.FRIENDS) == "No longer on the map: unnamed (friends)"


def test_counts_name_one_and_many() -> None:
    assert words.counts_summary([("New", 2), ("Stress", 1), ("Other", 1)]) == "2 new, 1 stress change, 1 other change"
    assert words.counts_summary([("Stress", 4), ("Other", 10)]) == "4 stress changes, 10 other changes"
    assert words.counts_summary([]) == "No changes"


def test_plain_text_lists_each_heading_with_its_count_and_its_sentences_under_it() -> None:
    changes = describe_changes(*example(1, 3))
    lines = change_lines(changes)
    assert lines[0] == "New (11)"
    assert lines[1] == "  New bridging tie: Recovery café, strong"
    headings = [line for line in lines if not line.startswith(" ")]
    assert headings == ["New (11)", "Ended (3)", "Stronger (5)", "Weaker (1)", "Stress (4)", "Other (10)"]
    assert [line.strip() for line in lines if line.startswith(" ")] == [c.sentence for c in changes]
    assert counts_summary(changes) == "11 new, 3 ended, 5 stronger, 1 weaker, 4 stress changes, 10 other changes"
    assert change_lines([]) == [words.NO_CHANGES]


def test_condensed_gathers_the_ties_whose_notes_changed_into_one_sentence() -> None:
    def notes(who: str) -> Change:
        return Change(ChangeKind.DETAILS, words.tie_notes_changed(who), ("a", "b"), frozenset({"a", "b"}))

    person = Change(ChangeKind.DETAILS, words.person_changed("Mum", [words.PERSON_NOTES_CHANGED]), ("mum",))
    assert condensed([notes("Gran"), person, notes("Mum")]) == [
        "Mum: notes changed",
        "Notes changed on 2 ties: Gran; Mum",
    ]
    assert condensed([notes("Gran")]) == ["Gran: notes on the tie changed"]
