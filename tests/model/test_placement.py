"""Placing one person, and people following an edit, keep the map reading at a glance (design §17)."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.following import following_moves
from ecomap.model.geometry import sector_of
from ecomap.model.legibility import measure
from ecomap.model.network import EcoMap
from ecomap.model.notation import NODE_RADII
from ecomap.model.placement import belongs, place_person


def settle(ecomap: EcoMap, node_id: str, **options: object) -> None:
    """Put ``node_id`` where :func:`place_person` says, growing the rings as it says."""
    placement = place_person(ecomap, node_id, **options)  # type: ignore[arg-type]
    if placement.moves:
        ecomap.set_ring_scale(placement.ring_scale)
        for other, (x, y) in placement.moves.items():
            ecomap.move_node(other, x, y)
    ecomap.move_node(node_id, *placement.position)


def test_a_new_person_goes_to_a_free_spot_in_their_sector_and_band() -> None:
    ecomap = EcoMap.with_client("Sam")
    ecomap.add_node(Node("mum", "Mum", Kind.PERSON, Domain.FAMILY))
    ecomap.add_tie(Tie("t1", "client", "mum", Capital.BONDING, Strength.STRONG))
    settle(ecomap, "mum")
    mum = ecomap.node("mum")
    assert sector_of(mum.x, mum.y) is Domain.FAMILY
    assert math.hypot(mum.x, mum.y) < 120
    assert belongs(ecomap, mum)
    assert measure(ecomap).problems == 0


def test_never_on_top_of_someone_already_there() -> None:
    ecomap = EcoMap.with_client("Sam")
    ecomap.add_node(Node("a", "Aunt Jo", Kind.PERSON, Domain.FAMILY))
    settle(ecomap, "a")
    a = ecomap.node("a")
    # Someone new, first put exactly where the aunt is.
    ecomap.add_node(Node("b", "Uncle Pat", Kind.PERSON, Domain.FAMILY, a.x, a.y))
    settle(ecomap, "b")
    b = ecomap.node("b")
    assert math.dist((a.x, a.y), (b.x, b.y)) >= 2 * NODE_RADII[Kind.PERSON]
    assert ecomap.node("a") == a  # the one already there stays put
    assert measure(ecomap).problems == 0


def test_where_the_user_pointed_is_kept_when_it_is_free_and_in_place() -> None:
    ecomap = EcoMap.with_client("Sam")
    ecomap.add_node(Node("jay", "Jay", Kind.PERSON, Domain.FRIENDS))
    pointed = (-40.0, -300.0)
    assert sector_of(*pointed) is Domain.FRIENDS
    placement = place_person(ecomap, "jay", near=pointed)
    assert math.dist(placement.position, pointed) < 12
    # Pointing into another sector is not followed: the person goes to their own.
    placement = place_person(ecomap, "jay", near=(300.0, 100.0))
    assert sector_of(*placement.position) is Domain.FRIENDS


def test_a_full_band_grows_the_rings_and_everyone_moves_out_with_them() -> None:
    ecomap = EcoMap.with_client("Sam")
    for number in range(7):
        node_id = f"f{number}"
        ecomap.add_node(Node(node_id, f"Family member number {number}", Kind.PERSON, Domain.FAMILY))
        ecomap.add_tie(Tie(f"t{number}", "client", node_id, Capital.BONDING, Strength.STRONG))
        settle(ecomap, node_id)
        assert all(belongs(ecomap, node) for node in ecomap.nodes)
        assert measure(ecomap).problems == 0
    assert ecomap.ring_scale > 1.0


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(list(Domain)), st.sampled_from([*Strength, None]), st.text("abcdef ", max_size=20)),
        min_size=1,
        max_size=12,
    )
)
def test_people_placed_one_by_one_never_make_the_map_worse(people: list[tuple[Domain, Strength | None, str]]) -> None:
    ecomap = EcoMap.with_client("Sam")
    for number, (domain, strength, label) in enumerate(people):
        node_id = f"n{number}"
        ecomap.add_node(Node(node_id, label, Kind.PERSON, domain))
        if strength is not None:
            ecomap.add_tie(Tie(f"t{number}", "client", node_id, Capital.BONDING, strength))
        settle(ecomap, node_id)
        assert measure(ecomap).problems == 0
        assert all(belongs(ecomap, node) for node in ecomap.nodes)


def family_map() -> EcoMap:
    ecomap = EcoMap.with_client("Sam")
    ecomap.add_node(Node("kai", "Kai", Kind.PERSON, Domain.FRIENDS))
    ecomap.add_tie(Tie("t1", "client", "kai", Capital.BONDING, Strength.TENUOUS))
    settle(ecomap, "kai")
    return ecomap


def test_a_person_ecomap_placed_follows_a_new_domain_and_a_new_strength() -> None:
    before = family_map()
    after = before.copy()
    after.update_node("kai", domain=Domain.COMMUNITY)
    after.update_tie("t1", strength=Strength.STRONG)
    moves, rings = following_moves(before, after, ["kai"])
    assert set(moves) == {"kai"}
    assert moves["kai"][0] == (after.node("kai").x, after.node("kai").y)
    after.move_node("kai", *moves["kai"][1])
    assert belongs(after, after.node("kai"))
    assert sector_of(after.node("kai").x, after.node("kai").y) is Domain.COMMUNITY
    assert rings is None


def test_a_person_placed_by_hand_or_off_their_sector_stays() -> None:
    before = family_map()
    after = before.copy()
    after.update_node("kai", domain=Domain.COMMUNITY)
    assert following_moves(before, after, ["kai"], pinned=["kai"]) == ({}, None)
    # Put in the family's sector on purpose (a friend, drawn among the family): left there.
    elsewhere = before.copy()
    elsewhere.move_node("kai", 150.0, -150.0)
    assert not belongs(elsewhere, elsewhere.node("kai"))
    changed = elsewhere.copy()
    changed.update_tie("t1", strength=Strength.STRONG)
    assert following_moves(elsewhere, changed, ["kai"]) == ({}, None)


def test_a_new_person_without_a_place_is_placed() -> None:
    before = family_map()
    after = before.copy()
    after.add_node(Node("gp", "GP", Kind.ORGANISATION, Domain.SERVICES))
    moves, _rings = following_moves(before, after, ["gp"])
    after.move_node("gp", *moves["gp"][1])
    assert belongs(after, after.node("gp"))
    assert measure(after).problems == 0
