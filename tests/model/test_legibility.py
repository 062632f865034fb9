"""The legibility measure (design §17) counts each kind of overlap on maps built to have it, none on clean ones."""

import dataclasses

from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.geometry import DOMAIN_SECTORS, polar_to_scene
from ecomap.model.legibility import Legibility, measure
from ecomap.model.map_layout import layout_map
from ecomap.model.map_text import sector_headings
from ecomap.model.network import EcoMap


def at(domain: Domain, distance: float, share: float = 0.5) -> tuple[float, float]:
    start, end = DOMAIN_SECTORS[domain]
    return polar_to_scene(start + (end - start) * share, distance)


def person(node_id: str, label: str, domain: Domain, where: tuple[float, float], kind: Kind = Kind.PERSON) -> Node:
    return Node(node_id, label, kind, domain, *where)


def clean_map() -> EcoMap:
    """Four people well apart, each in their sector and band."""
    nodes = [
        Node("client", "Sam", Kind.CLIENT),
        person("mum", "Mum", Domain.FAMILY, at(Domain.FAMILY, 90)),
        person("jay", "Jay", Domain.FRIENDS, at(Domain.FRIENDS, 180)),
        person("gp", "GP", Domain.SERVICES, at(Domain.SERVICES, 300), Kind.ORGANISATION),
        person("club", "Boxing club", Domain.COMMUNITY, at(Domain.COMMUNITY, 300), Kind.GROUP),
    ]
    ties = [
        Tie("t1", "client", "mum", Capital.BONDING, Strength.STRONG, flow=Flow.BOTH),
        Tie("t2", "client", "jay", Capital.BONDING, Strength.MODERATE, stressful=True),
        Tie("t3", "client", "gp", Capital.LINKING, Strength.TENUOUS),
    ]
    return EcoMap(nodes, ties)


def test_a_clean_map_counts_nothing() -> None:
    ecomap = clean_map()
    for text_scale in (1.0, 1.45):
        assert measure(ecomap, text_scale=text_scale) == Legibility()


def test_two_people_on_one_spot_overlap() -> None:
    ecomap = clean_map()
    x, y = ecomap.node("mum").x, ecomap.node("mum").y
    ecomap.add_node(person("dad", "Dad", Domain.FAMILY, (x + 3, y)))
    counted = measure(ecomap)
    # Their names find room either side, but one person hides the other: counted with the labels.
    assert counted.label_overlaps == 1
    # And the tie from the client to Mum runs through Dad.
    assert counted.ties_through_nodes == 1


def test_a_label_over_a_heading_or_a_mark_is_counted() -> None:
    ecomap = clean_map()
    layout = layout_map(ecomap)
    heading = sector_headings(1.0)[Domain.OTHER]
    on_heading = dataclasses.replace(layout.labels["gp"], box=heading.box)
    mark = layout.ties["t2"].mark_box
    on_mark = dataclasses.replace(layout.labels["club"], box=mark)
    moved = dataclasses.replace(layout, labels={**layout.labels, "gp": on_heading, "club": on_mark})
    assert measure(ecomap, moved).label_overlaps == 2


def test_a_name_near_a_heading_goes_where_it_is_clear_of_it() -> None:
    ecomap = clean_map()
    heading = sector_headings(1.0)[Domain.OTHER]
    left, _top, right, bottom = heading.box
    ecomap.add_node(person("far", "Someone with a long name", Domain.OTHER, ((left + right) / 2, bottom + 24)))
    assert measure(ecomap).label_overlaps == 0


def test_a_tie_through_someone_is_counted_when_it_cannot_bend_round_them() -> None:
    ecomap = clean_map()
    gp = ecomap.node("gp")
    # Right against the GP, on the line from the client: no curve gets round so close to its end.
    ecomap.add_node(person("nurse", "", Domain.SERVICES, (gp.x * 0.985, gp.y * 0.985)))
    assert measure(ecomap).ties_through_nodes == 1


def test_a_tie_bent_round_someone_is_not_counted() -> None:
    ecomap = clean_map()
    gp = ecomap.node("gp")
    ecomap.add_node(person("nurse", "Nurse", Domain.SERVICES, (gp.x / 2, gp.y / 2)))
    layout = layout_map(ecomap)
    assert layout.ties["t3"].bent
    assert measure(ecomap, layout).ties_through_nodes == 0


def test_marks_with_nowhere_to_go_are_counted() -> None:
    nodes = [
        Node("client", "Sam", Kind.CLIENT),
        person("a", "", Domain.FAMILY, (60.0, 0.0)),
        person("b", "", Domain.FAMILY, (60.0, -34.0)),
    ]
    # The two people touch: the tie between them has no room for its mark off them.
    ecomap = EcoMap(nodes, [Tie("t1", "a", "b", Capital.BONDING)])
    assert measure(ecomap).badge_overlaps >= 1


def test_out_of_sector_and_out_of_band_are_counted() -> None:
    ecomap = clean_map()
    ecomap.move_node("mum", *at(Domain.FRIENDS, 90))  # a family member in the friends' sector
    ecomap.move_node("jay", *at(Domain.FRIENDS, 60, 0.2))  # moderate, but inside the close ring
    counted = measure(ecomap)
    assert counted.out_of_sector == 1
    assert counted.out_of_band == 1


def test_rings_that_grew_move_the_bands() -> None:
    ecomap = clean_map()
    assert measure(ecomap).out_of_band == 0
    ecomap.set_ring_scale(2.0)
    # Everyone now sits inside the close ring (240): only Mum, tied strongly, belongs there.
    assert measure(ecomap).out_of_band == 3


def test_long_labels_are_shortened_only_on_maps_of_more_than_25() -> None:
    long_name = "Aunt Bernadette from the other side of the family"
    nodes = [Node("client", "Sam", Kind.CLIENT)]
    nodes += [person(f"n{i}", long_name, Domain.FAMILY, at(Domain.FAMILY, 300, i / 30)) for i in range(24)]
    ecomap = EcoMap(nodes)
    assert measure(ecomap).shortened_labels == 0
    ecomap.add_node(person("n24", long_name, Domain.FAMILY, (999.0, 999.0)))
    assert len(ecomap.nodes) == 26
    assert measure(ecomap).shortened_labels == 25


def test_labels_face_away_from_the_client_where_there_is_room() -> None:
    ecomap = clean_map()
    layout = layout_map(ecomap)
    for node_id in ("mum", "jay", "gp"):
        node = ecomap.node(node_id)
        left, top, right, bottom = layout.labels[node_id].box
        centre = ((left + right) / 2, (top + bottom) / 2)
        # The label's centre is further from the client than the node's.
        assert centre[0] ** 2 + centre[1] ** 2 > node.x**2 + node.y**2
    assert layout.labels["client"].inside
