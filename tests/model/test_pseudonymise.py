"""Pseudonymised copies leave names and notes behind."""

from hypothesis import given, settings

from ecomap.model.canonical import canonical_bytes, version_to_dict
from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.diff import diff_maps
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind
from ecomap.model.network import EcoMap
from ecomap.model.pseudonymise import initials, is_reference_pseudonym, pseudonymise_case, reference_pseudonym
from tests.strategies import cases


def example_case() -> Case:
    ecomap = EcoMap(
        [
            Node("sam-carter", "Sam", Kind.CLIENT, notes="Sam's own words"),
            Node("mum", "Mum", Kind.PERSON, Domain.FAMILY, notes="Lives on Elm Street"),
            Node("coach-malik", "Coach Malik", Kind.PERSON, Domain.COMMUNITY),
            Node("boxing", "Boxing club", Kind.GROUP, Domain.COMMUNITY),
            Node("yot", "YOT worker", Kind.PERSON, Domain.JUSTICE),
        ],
        [
            Tie("t1", "sam-carter", "mum", Capital.BONDING, notes="Rows about money"),
            Tie("t2", "sam-carter", "coach-malik", Capital.BRIDGING),
        ],
    )
    return Case(
        CaseDetails("YJ-1", "Sam Carter", "Priya Nair", "Case notes naming Sam Carter"),
        [Version("Referral", "2026-03-02", "Sam said...", ecomap)],
    )


def test_names_become_initials_roles_stay_and_notes_go() -> None:
    case = pseudonymise_case(example_case())
    labels = [n.label for n in case.versions[0].map.nodes]
    assert labels == ["S.C.", "Mum", "Coach M.", "Boxing club", "YOT worker"]
    assert case.details == CaseDetails(reference_pseudonym("YJ-1"), "S.C.", "Priya Nair", "")
    assert case.versions[0].note == ""
    text = b"".join(canonical_bytes(version_to_dict(v)) for v in case.versions).decode()
    for secret in ("Sam", "Carter", "Malik", "Elm Street", "Rows about money", "sam-carter", "coach-malik", "YJ-1"):
        assert secret not in text


def test_notes_can_be_kept_on_request() -> None:
    case = pseudonymise_case(example_case(), keep_notes=True)
    assert case.versions[0].map.tie("t1").notes == "Rows about money"


@settings(max_examples=60)
@given(cases())
def test_pseudonymising_keeps_the_shape_of_every_version(case: Case) -> None:
    result = pseudonymise_case(case)
    assert len(result.versions) == len(case.versions)
    for before, after in zip(case.versions, result.versions, strict=True):
        assert len(after.map.nodes) == len(before.map.nodes)
        assert after.map.ring_scale == before.map.ring_scale
        assert [t.capital for t in after.map.ties] == [t.capital for t in before.map.ties]
    # The same person keeps the same pseudonymous id across versions, so changes still match.
    if len(case.versions) >= 2:
        a, b = case.versions[0].map, case.versions[1].map
        pa, pb = result.versions[0].map, result.versions[1].map
        assert len(diff_maps(pa, pb).added_nodes) == len(diff_maps(a, b).added_nodes)


def test_positions_and_the_size_of_the_rings_are_kept() -> None:
    case = example_case()
    grown = case.versions[0].map.copy()
    grown.set_ring_scale(2.0)
    case.versions.append(Version("Review", "2026-06-01", "", grown))
    result = pseudonymise_case(case)
    assert [v.map.ring_scale for v in result.versions] == [1.0, 2.0]
    assert [(n.x, n.y) for n in result.versions[1].map.nodes] == [(n.x, n.y) for n in grown.nodes]
    assert b'"ring_scale":2.0' in canonical_bytes(version_to_dict(result.versions[1]))


def test_initials() -> None:
    assert initials("Rosa Braunsteigl-Müller") == "R.B.M."
    assert initials("Zoë") == "Z."
    assert initials("  ") == "?"
    assert initials("O'Brien Ćwik") == "O.Ć."


def test_the_case_reference_becomes_a_stable_pseudonym() -> None:
    pseudonym = reference_pseudonym("YJ-1")
    assert is_reference_pseudonym(pseudonym)
    assert pseudonym.startswith("Case ")
    assert "YJ" not in pseudonym
    assert reference_pseudonym(" yj-1 ") == pseudonym  # the same reference, however typed, the same pseudonym
    assert reference_pseudonym("YJ-2") != pseudonym
    assert reference_pseudonym("") == ""
    assert pseudonymise_case(example_case()).details.reference == pseudonym


def test_the_case_reference_is_kept_on_request() -> None:
    case = pseudonymise_case(example_case(), keep_reference=True)
    assert case.details.reference == "YJ-1"
    assert case.details.client == "S.C."


def test_people_keep_their_role_words_and_lose_their_names() -> None:
    labels = ["Brother Jay", "Housing support worker", "Mum (Carol)", "Lee Marsh", "Ex-partner Kelly"]
    ecomap = EcoMap([Node("client", "Sam", Kind.CLIENT), *(Node(f"p{i}", label) for i, label in enumerate(labels))], [])
    case = pseudonymise_case(Case(CaseDetails("R1", "Sam"), [Version("Now", "2026-01-01", "", ecomap)]))
    assert [n.label for n in case.versions[0].map.nodes][1:] == [
        "Brother J.",
        "Housing support worker",
        "Mum (C.)",
        "L.M.",
        "Ex-partner K.",
    ]
