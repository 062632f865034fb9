"""Changes between versions in words: what the change list, the compare view and the PDF say."""

from hypothesis import given, settings

from ecomap.casefile import CaseFile
from ecomap.model.changes import GROUPS, ChangeKind, describe_changes, group_changes
from ecomap.model.diff import diff_maps
from ecomap.model.enums import Capital, Domain, Strength
from ecomap.model.network import EcoMap
from tests.conftest import EXAMPLE_CASE
from tests.model.test_diff import pairs_of_maps


def example(a: int, b: int) -> tuple[EcoMap, EcoMap]:
    with CaseFile.open(EXAMPLE_CASE) as case:
        return case.version(a).map, case.version(b).map


def test_the_example_from_start_to_six_months_reads_as_a_manager_would_say_it() -> None:
    changes = describe_changes(*example(1, 3))
    sentences = [change.sentence for change in changes]
    assert "New bridging tie: Recovery café, strong" in sentences
    assert "New on the map: Warehouse job (work and education)" in sentences
    assert "Ended: Old crowd (estate) (was bonding, strong, stressful)" in sentences
    assert "No longer on the map: Old crowd (estate) (friends)" in sentences
    assert "Probation officer: tenuous → strong" in sentences
    assert "Ex-partner Kelly: moderate → tenuous" in sentences
    assert "Housing officer: no longer stressful" in sentences
    assert [heading for heading, _ in group_changes(changes)] == [
        "New",
        "Ended",
        "Stronger",
        "Weaker",
        "Stress",
        "Other",
    ]


def test_each_change_names_what_it_is_about_in_the_map_where_it_can_be_found() -> None:
    a, b = example(1, 3)
    for change in describe_changes(a, b):
        where = a if change.in_earlier_map else b
        assert all(where.has_node(node_id) for node_id in change.node_ids), change
        if change.pair is not None:
            assert any(tie.pair == change.pair for tie in where.ties), change


def test_a_tie_between_two_others_is_named_by_both_ends() -> None:
    a, b = example(1, 3)
    assert "New linking tie: Drug & alcohol service – GP, moderate" in [c.sentence for c in describe_changes(a, b)]


def test_retyped_capital_renames_and_moves_between_domains() -> None:
    a, _ = example(3, 3)
    tie = next(t for t in a.ties if a.client.id in (t.source, t.target) and t.capital is Capital.BONDING)
    other = tie.other_end(a.client.id)
    b = a.copy()
    b.update_tie(tie.id, capital=Capital.LINKING)
    b.update_node(other, label="Nan <b>", domain=Domain.COMMUNITY)
    sentences = [c.sentence for c in describe_changes(a, b)]
    assert "Nan <b>: bonding → linking capital" in sentences
    before = a.node(other)
    moved = f"from {before.domain.value.replace('_', ' ')} to community"
    assert any(s.startswith(f"Nan <b>: renamed from {before.label}") and moved in s for s in sentences), sentences


def test_no_changes_gives_no_entries() -> None:
    a, _ = example(2, 2)
    assert describe_changes(a, a.copy()) == []


@settings(max_examples=150)
@given(pairs_of_maps)
def test_every_difference_is_described_and_nothing_else(maps: tuple[EcoMap, EcoMap]) -> None:
    a, b = maps
    diff = diff_maps(a, b)
    changes = describe_changes(a, b, diff)
    kinds = [change.kind for change in changes]
    assert kinds.count(ChangeKind.NEW_TIE) == len(diff.added_ties)
    assert kinds.count(ChangeKind.ENDED_TIE) == len(diff.removed_ties)
    assert kinds.count(ChangeKind.NEW_PERSON) == len(diff.added_nodes)
    assert kinds.count(ChangeKind.GONE_PERSON) == len(diff.removed_nodes)
    strength_changes = [c for c in diff.changed_ties if "strength" in c.changes]
    assert kinds.count(ChangeKind.STRONGER) + kinds.count(ChangeKind.WEAKER) == len(strength_changes)
    assert (not changes) == diff.is_empty
    assert all(change.sentence and change.group in GROUPS.values() for change in changes)
    to_strong = [c for c in diff.changed_ties if "strength" in c.changes and c.new.strength is Strength.STRONG]
    to_tenuous = [c for c in diff.changed_ties if "strength" in c.changes and c.new.strength is Strength.TENUOUS]
    assert kinds.count(ChangeKind.STRONGER) >= len(to_strong)
    assert kinds.count(ChangeKind.WEAKER) >= len(to_tenuous)
    order = list(ChangeKind)
    assert [order.index(kind) for kind in kinds] == sorted(order.index(kind) for kind in kinds)


def test_a_renamed_label_is_reported_with_the_old_name() -> None:
    a, _ = example(1, 1)
    node = next(n for n in a.nodes if n.label == "GP")
    b = a.copy()
    b.update_node(node.id, label="Dr Okafor")
    assert [c.sentence for c in describe_changes(a, b)] == ["Dr Okafor: renamed from GP"]
