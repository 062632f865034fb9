"""The plan's rules and events, and how it keeps in step with the map it belongs to."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecomap.model.canonical import action_from_dict, action_to_dict, map_from_dict, map_to_dict
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.errors import ModelError
from ecomap.model.network import EcoMap
from ecomap.model.plan import AboutCapital, AboutDomain, AboutNode, AboutTie, Action, Status
from tests.strategies import ecomaps


def small_map() -> EcoMap:
    return EcoMap(
        [
            Node("sam", "Sam", Kind.CLIENT),
            Node("mum", "Mum", Kind.PERSON, Domain.FAMILY, 0.0, -100.0),
            Node("cafe", "Recovery café", Kind.GROUP, Domain.COMMUNITY, 100.0, 0.0),
            Node("x", "Someone", Kind.PERSON, Domain.OTHER, -100.0, 0.0),
        ],
        [Tie("t1", "sam", "mum", Capital.BONDING, Strength.STRONG), Tie("t2", "mum", "cafe", Capital.BRIDGING)],
    )


@pytest.mark.parametrize(
    ("action", "fragment"),
    [
        (Action("", "Call Mum"), "must not be empty"),
        (Action("a1", "   "), "must say what the step is"),
        (Action("a1", "x" * 501), "at most 500"),
        (Action("a1", "Call", AboutNode("gone")), "no node with id 'gone'"),
        (Action("a1", "Call", AboutTie(("sam", "gone"))), "no node with id 'gone'"),
        (Action("a1", "Call", AboutTie(("sam", "sam"))), "two different nodes"),
        (Action("a1", "Call", due="2026-02-30"), "not a real date"),
        (Action("a1", "Call", due="1/2/2026"), "YYYY-MM-DD"),
        (Action("a1", "Call", owner="Lee\nPatel"), "control character"),
        (Action("a1", "Call", status="finished"), "not a status"),  # type: ignore[arg-type]
        (Action("a1", "Call", about="mum"), "not something an action can be about"),  # type: ignore[arg-type]
    ],
)
def test_an_action_that_breaks_a_rule_is_refused_and_the_plan_is_unchanged(action: Action, fragment: str) -> None:
    ecomap = small_map()
    with pytest.raises(ModelError, match=fragment):
        ecomap.plan.add_action(action)
    assert len(ecomap.plan) == 0
    with pytest.raises(ModelError, match=fragment):
        EcoMap(ecomap.nodes, ecomap.ties, plan=[action])


def test_an_action_about_a_tie_that_does_not_exist_yet_is_allowed() -> None:
    ecomap = small_map()
    ecomap.plan.add_action(Action("a1", "Go to the café with Mum", AboutTie(("sam", "cafe"))))
    assert ecomap.tie_between("sam", "cafe") is None
    assert [a.id for a in ecomap.plan.actions] == ["a1"]


def test_ids_are_unique_and_new_ids_skip_those_of_earlier_versions() -> None:
    ecomap = small_map()
    ecomap.plan.add_action(Action("a1", "Call Mum"))
    with pytest.raises(ModelError, match="duplicate action id 'a1'"):
        ecomap.plan.add_action(Action("a1", "Again"))
    assert ecomap.plan.new_action_id() == "a2"
    assert ecomap.plan.new_action_id(taken={"a2", "a3"}) == "a4"


def test_every_change_is_announced_once_with_what_it_was() -> None:
    ecomap = small_map()
    seen: list[tuple[str, object, object]] = []
    ecomap.plan.action_added.connect(lambda a, i: seen.append(("added", a.id, i)))
    ecomap.plan.action_changed.connect(lambda old, new: seen.append(("changed", old.status, new.status)))
    ecomap.plan.action_removed.connect(lambda a, i: seen.append(("removed", a.id, i)))
    ecomap.plan.add_action(Action("a1", "Call Mum"))
    ecomap.plan.add_action(Action("a2", "Meet the tutor"), 0)
    assert ecomap.plan.update_action("a1", status=Status.DONE).status is Status.PLANNED
    ecomap.plan.update_action("a1", status=Status.DONE)  # no change: no event
    assert ecomap.plan.remove_action("a1") == (Action("a1", "Call Mum", status=Status.DONE), 1)
    assert seen == [
        ("added", "a1", 0),
        ("added", "a2", 0),
        ("changed", Status.PLANNED, Status.DONE),
        ("removed", "a1", 1),
    ]
    with pytest.raises(ModelError, match="no editable field 'id'"):
        ecomap.plan.update_action("a2", id="b")


def test_removing_a_person_turns_their_actions_to_their_domain_and_restoring_them_turns_them_back() -> None:
    ecomap = small_map()
    ecomap.plan.add_action(Action("a1", "Go to the café", AboutNode("cafe")))
    ecomap.plan.add_action(Action("a2", "Café with Mum", AboutTie(("mum", "cafe"))))
    ecomap.plan.add_action(Action("a3", "Ask about", AboutNode("x")))
    ecomap.plan.add_action(Action("a4", "More bridging", AboutCapital(Capital.BRIDGING)))
    before = ecomap.copy()
    removed = ecomap.remove_node("cafe")
    assert [a.about for a in ecomap.plan.actions] == [
        AboutDomain(Domain.COMMUNITY),
        AboutDomain(Domain.COMMUNITY),
        AboutNode("x"),
        AboutCapital(Capital.BRIDGING),
    ]
    assert [a.id for a in removed.actions] == ["a1", "a2"]
    ecomap.restore_node(removed)
    assert ecomap == before
    gone_x = ecomap.remove_node("x")
    assert ecomap.plan.action("a3").about is None  # a person in no domain: about the network as a whole
    ecomap.restore_node(gone_x)
    assert ecomap == before


def test_a_plan_is_part_of_what_makes_two_maps_equal_and_is_copied() -> None:
    ecomap = small_map()
    other = ecomap.copy()
    ecomap.plan.add_action(Action("a1", "Call Mum", AboutNode("mum"), "Sam", "2026-03-01"))
    assert ecomap != other
    copy = ecomap.copy()
    assert copy == ecomap
    assert copy.plan is not ecomap.plan
    other.replace_with(ecomap)
    assert other == ecomap


def test_a_map_without_a_plan_keeps_the_exact_dict_it_had_before_plans_existed() -> None:
    ecomap = small_map()
    assert "plan" not in map_to_dict(ecomap)
    ecomap.plan.add_action(Action("a1", "Call Mum"))
    assert map_to_dict(ecomap)["plan"] == [
        {"id": "a1", "text": "Call Mum", "about": None, "owner": "", "due": None, "status": "planned", "outcome": ""}
    ]


@settings(max_examples=150, deadline=None)
@given(ecomaps(with_plan=True))
def test_a_plan_survives_the_dict_form(ecomap: EcoMap) -> None:
    assert map_from_dict(map_to_dict(ecomap)) == ecomap
    for action in ecomap.plan.actions:
        assert action_from_dict(action_to_dict(action)) == action


@settings(max_examples=100, deadline=None)
@given(ecomaps(with_plan=True, max_nodes=6), st.data())
def test_removing_and_restoring_nodes_in_any_order_gives_back_the_same_map(ecomap: EcoMap, data: st.DataObject) -> None:
    before = ecomap.copy()
    others = [n.id for n in ecomap.nodes if not n.is_client]
    order = data.draw(st.permutations(others))
    removed = [ecomap.remove_node(node_id) for node_id in order]
    for action in ecomap.plan.actions:
        assert not isinstance(action.about, (AboutNode, AboutTie)) or all(
            ecomap.has_node(end)
            for end in ([action.about.node] if isinstance(action.about, AboutNode) else action.about.ends)
        )
    for gone in reversed(removed):
        ecomap.restore_node(gone)
    assert ecomap == before
