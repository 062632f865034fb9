"""The map's rules and events, as the editor and the importers rely on them."""

import pytest
from hypothesis import given, settings

from ecomap.model.elements import NODE_FIELDS, Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.errors import ModelError
from ecomap.model.network import EcoMap
from ecomap.model.rules import MAX_RING_SCALE, MIN_RING_SCALE, default_capital
from tests.strategies import ecomaps, ring_scales


def small_map() -> EcoMap:
    return EcoMap(
        [
            Node("sam", "Sam", Kind.CLIENT),
            Node("mum", "Mum", Kind.PERSON, Domain.FAMILY, 0.0, -100.0),
            Node("gp", "GP", Kind.ORGANISATION, Domain.SERVICES, 100.0, 100.0),
        ],
        [
            Tie("t1", "sam", "mum", Capital.BONDING, Strength.STRONG),
            Tie("t2", "mum", "gp", Capital.LINKING),
        ],
    )


@pytest.mark.parametrize(
    ("nodes", "ties", "path", "fragment"),
    [
        ([Node("a", "A", Kind.PERSON)], [], "nodes", "no node has kind 'client'"),
        ([Node("a", "A", Kind.CLIENT), Node("b", "B", Kind.CLIENT)], [], "nodes[1].kind", "second client"),
        ([Node("a", "A", Kind.CLIENT), Node("a", "B")], [], "nodes[1].id", "duplicate node id 'a'"),
        ([Node("a", "A", Kind.CLIENT)], [Tie("t", "a", "zz", Capital.BONDING)], "ties[0].target", "'zz'"),
        ([Node("a", "A", Kind.CLIENT)], [Tie("t", "a", "a", Capital.BONDING)], "ties[0]", "both ends"),
        (
            [Node("a", "A", Kind.CLIENT), Node("b", "B")],
            [Tie("t1", "a", "b", Capital.BONDING), Tie("t2", "b", "a", Capital.LINKING)],
            "ties[1]",
            "at most one tie per pair",
        ),
        (
            [Node("a", "A", Kind.CLIENT), Node("b", "B")],
            [Tie("t1", "a", "b", Capital.BONDING), Tie("t1", "b", "a", Capital.LINKING)],
            "ties[1].id",
            "duplicate tie id",
        ),
        ([Node("a", "A\x1b[2J", Kind.CLIENT)], [], "nodes[0].label", "control character"),
        ([Node("a", "A" * 201, Kind.CLIENT)], [], "nodes[0].label", "at most 200"),
        ([Node("a", "A", Kind.CLIENT, x=float("nan"))], [], "nodes[0].x", "finite"),
        ([Node("", "A", Kind.CLIENT)], [], "nodes[0].id", "empty"),
    ],
)
def test_a_map_refuses_what_breaks_the_rules(nodes: list[Node], ties: list[Tie], path: str, fragment: str) -> None:
    with pytest.raises(ModelError) as caught:
        EcoMap(nodes, ties)
    assert caught.value.path == path
    assert fragment in caught.value.message


def test_notes_may_hold_line_breaks_but_labels_may_not() -> None:
    EcoMap([Node("a", "A", Kind.CLIENT, notes="line one\nline two\ttabbed")])
    with pytest.raises(ModelError, match="control character U\\+000A"):
        EcoMap([Node("a", "A\nB", Kind.CLIENT)])


def test_removing_a_node_takes_its_ties_and_can_be_put_back_in_place() -> None:
    ecomap = small_map()
    before = ecomap.copy()
    events: list[tuple[str, str, int]] = []
    ecomap.tie_removed.connect(lambda tie, index: events.append(("tie", tie.id, index)))
    ecomap.node_removed.connect(lambda node, index: events.append(("node", node.id, index)))

    removed = ecomap.remove_node("mum")

    assert [n.id for n in ecomap.nodes] == ["sam", "gp"]
    assert list(ecomap.ties) == []
    assert events == [("tie", "t2", 1), ("tie", "t1", 0), ("node", "mum", 1)]
    ecomap.add_node(removed.node, removed.index)
    for tie, index in removed.ties:
        ecomap.add_tie(tie, index)
    assert ecomap == before


def test_the_client_cannot_be_removed_or_replaced() -> None:
    ecomap = small_map()
    with pytest.raises(ModelError, match="client cannot be removed"):
        ecomap.remove_node("sam")
    with pytest.raises(ModelError, match="stays the client"):
        ecomap.update_node("mum", kind=Kind.CLIENT)
    with pytest.raises(ModelError, match="second client"):
        ecomap.add_node(Node("x", "X", Kind.CLIENT))


def test_updates_emit_old_and_new_and_refuse_bad_values() -> None:
    ecomap = small_map()
    seen: list[tuple[Tie, Tie]] = []
    ecomap.tie_changed.connect(lambda old, new: seen.append((old, new)))

    old = ecomap.update_tie("t1", strength=Strength.TENUOUS, stressful=True)

    assert old.strength is Strength.STRONG
    assert ecomap.tie("t1").stressful
    assert seen == [(old, ecomap.tie("t1"))]
    with pytest.raises(ModelError, match="no editable field 'source'"):
        ecomap.update_tie("t1", source="gp")
    with pytest.raises(ModelError, match="not a valid capital"):
        ecomap.update_tie("t1", capital="bonding")
    assert ecomap.update_tie("t1", strength=Strength.TENUOUS) == ecomap.tie("t1")
    assert len(seen) == 1, "an update that changes nothing emits nothing"


def test_ties_are_found_by_either_order_of_their_ends() -> None:
    ecomap = small_map()
    assert ecomap.tie_between("mum", "sam") is ecomap.tie("t1")
    assert ecomap.tie_between("sam", "gp") is None
    assert {t.id for t in ecomap.ties_of("mum")} == {"t1", "t2"}
    with pytest.raises(ModelError, match="already joined"):
        ecomap.add_tie(Tie("t3", "gp", "mum", Capital.BRIDGING))


def test_fresh_ids_do_not_clash() -> None:
    ecomap = small_map()
    assert ecomap.new_tie_id() not in {t.id for t in ecomap.ties}
    assert ecomap.new_node_id("mum") not in {n.id for n in ecomap.nodes}
    assert ecomap.new_node_id("dad") == "dad"


def test_turning_a_tie_round_turns_its_flow() -> None:
    tie = Tie("t", "a", "b", Capital.BONDING, flow=Flow.TO_TARGET)
    turned = tie.oriented("b", "a")
    assert (turned.source, turned.target, turned.flow) == ("b", "a", Flow.TO_SOURCE)
    assert tie.oriented("a", "b") is tie
    with pytest.raises(ValueError, match="does not join"):
        tie.oriented("a", "c")


def _node(domain: Domain, kind: Kind = Kind.PERSON) -> Node:
    return Node(f"{kind}-{domain}", "x", kind, domain)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (_node(Domain.SERVICES), _node(Domain.FAMILY), Capital.LINKING),
        (_node(Domain.OTHER, Kind.CLIENT), _node(Domain.JUSTICE), Capital.LINKING),
        (_node(Domain.FRIENDS), _node(Domain.FRIENDS), Capital.BONDING),
        (_node(Domain.OTHER, Kind.CLIENT), _node(Domain.FAMILY), Capital.BONDING),
        (_node(Domain.FRIENDS), _node(Domain.OTHER, Kind.CLIENT), Capital.BONDING),
        (_node(Domain.OTHER, Kind.CLIENT), _node(Domain.COMMUNITY), Capital.BRIDGING),
        (_node(Domain.FAMILY), _node(Domain.WORK_EDUCATION), Capital.BRIDGING),
        (_node(Domain.FAMILY), _node(Domain.FRIENDS), Capital.BRIDGING),
    ],
)
def test_default_capital_follows_the_first_rule_that_applies(a: Node, b: Node, expected: Capital) -> None:
    assert default_capital(a, b) is expected
    assert default_capital(b, a) is expected


POOL = ["mum", "gp", "coach", "café", "n1", "n2"]


@given(ecomaps(POOL, scales=ring_scales), ecomaps(POOL, scales=ring_scales))
@settings(max_examples=150, deadline=None)
def test_replace_with_makes_a_map_equal_to_the_other_and_reports_every_step(a: EcoMap, b: EcoMap) -> None:
    mirror = a.copy()  # kept equal to ``a`` by following its events only, as the canvas does
    a.rings_changed.connect(lambda _old, new: mirror.set_ring_scale(new))
    a.node_added.connect(lambda node, index: mirror.add_node(node, index))
    a.node_removed.connect(lambda node, _index: mirror.remove_node(node.id))
    a.node_changed.connect(lambda _old, new: mirror.update_node(new.id, **{f: getattr(new, f) for f in NODE_FIELDS}))
    a.tie_added.connect(lambda tie, index: mirror.add_tie(tie, index))
    a.tie_removed.connect(lambda tie, _index: mirror.remove_tie(tie.id))

    a.replace_with(b)

    assert a == b
    assert mirror == b


def test_replace_with_refuses_another_clients_map() -> None:
    ecomap = small_map()
    before = ecomap.copy()
    with pytest.raises(ModelError, match="different client"):
        ecomap.replace_with(EcoMap.with_client("Jo", node_id="jo"))
    assert ecomap == before


# -- the size of the rings --------------------------------------------------------


def test_a_map_starts_with_the_standard_rings() -> None:
    assert small_map().ring_scale == 1.0
    assert EcoMap.with_client("Sam").ring_scale == 1.0
    assert EcoMap([Node("a", "A", Kind.CLIENT)], ring_scale=2.0).ring_scale == 2.0
    assert MIN_RING_SCALE == 1.0
    assert MAX_RING_SCALE == 50.0


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        (0.5, "0.5 is out of range (1 to 50)"),
        (0.0, "out of range"),
        (-2.0, "out of range"),
        (50.5, "50.5 is out of range (1 to 50)"),
        (51, "51 is out of range (1 to 50)"),
        (10**400, "a huge number is out of range"),
        (float("nan"), "nan is not a finite number"),
        (float("inf"), "inf is not a finite number"),
        ("2", "'2' is not a number"),
        (True, "True is not a number"),
        (None, "None is not a number"),
    ],
)
def test_a_ring_scale_outside_1_to_50_is_refused_naming_the_field(value: object, fragment: str) -> None:
    with pytest.raises(ModelError) as caught:
        EcoMap([Node("a", "A", Kind.CLIENT)], ring_scale=value)  # type: ignore[arg-type]
    assert caught.value.path == "ring_scale"
    assert fragment in caught.value.message
    ecomap = small_map()
    with pytest.raises(ModelError) as caught:
        ecomap.set_ring_scale(value)  # type: ignore[arg-type]
    assert caught.value.path == "ring_scale"
    assert str(caught.value) == f"ring_scale: {caught.value.message}"
    assert ecomap.ring_scale == 1.0


def test_the_ends_of_the_range_and_whole_numbers_are_taken() -> None:
    ecomap = small_map()
    for value in (MAX_RING_SCALE, MIN_RING_SCALE, 3):
        ecomap.set_ring_scale(value)
        assert ecomap.ring_scale == float(value)
        assert type(ecomap.ring_scale) is float


def test_setting_the_ring_scale_returns_the_old_one_and_emits_only_on_a_change() -> None:
    ecomap = small_map()
    seen: list[tuple[float, float]] = []
    ecomap.rings_changed.connect(lambda old, new: seen.append((old, new)))

    assert ecomap.set_ring_scale(2.0) == 1.0
    assert ecomap.set_ring_scale(2.0) == 2.0
    assert ecomap.set_ring_scale(2) == 2.0
    assert ecomap.set_ring_scale(1.5) == 2.0

    assert ecomap.ring_scale == 1.5
    assert seen == [(1.0, 2.0), (2.0, 1.5)]


def test_a_refused_ring_scale_changes_nothing_and_emits_nothing() -> None:
    ecomap = small_map()
    ecomap.set_ring_scale(4.0)
    seen: list[tuple[float, float]] = []
    ecomap.rings_changed.connect(lambda old, new: seen.append((old, new)))
    with pytest.raises(ModelError):
        ecomap.set_ring_scale(60.0)
    assert ecomap.ring_scale == 4.0
    assert seen == []


def test_the_ring_scale_is_part_of_the_map_copied_compared_and_shown() -> None:
    ecomap = small_map()
    standard = ecomap.copy()
    ecomap.set_ring_scale(2.0)

    copied = ecomap.copy()

    assert copied.ring_scale == 2.0
    assert copied == ecomap
    assert ecomap != standard
    assert "rings x2" in repr(ecomap)
    assert "rings" not in repr(standard)
    copied.set_ring_scale(1.0)
    assert copied == standard
    assert ecomap.ring_scale == 2.0, "a copy is its own map"


def test_replace_with_gives_the_other_map_s_rings_and_says_so() -> None:
    ecomap = small_map()
    other = small_map()
    other.set_ring_scale(2.5)
    seen: list[tuple[float, float]] = []
    ecomap.rings_changed.connect(lambda old, new: seen.append((old, new)))

    ecomap.replace_with(other)

    assert ecomap == other
    assert seen == [(1.0, 2.5)]
    ecomap.replace_with(other)
    assert seen == [(1.0, 2.5)], "the same size again is no change"
