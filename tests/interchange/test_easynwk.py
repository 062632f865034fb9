"""easyNWK records (design §9): the real sample from easyNWK and synthetic records, by rule."""

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecomap.errors import InputError
from ecomap.interchange.easynwk import case_from_easynwk
from ecomap.interchange.reader import read_case
from ecomap.model.case import Case, Version
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.geometry import EASYNWK_SCALE
from ecomap.model.legibility import measure
from ecomap.model.network import EcoMap
from tests.conftest import EASYNWK_SAMPLE, assert_one_line_error, run_ecomap
from tests.interchange.where import assert_where_it_belongs

SUPPORT_FIELDS = ("supportEmotional", "supportInstrumental", "supportInformational", "supportSocial", "supportLinking")


# -- the rules, restated from the README and design §9 -------------------------------


def expected_domain(angle: float, distance: float) -> Domain:
    """easyNWK's sectorIndex (fixtures README), mapped to Ecomap domains (design §9)."""
    if distance <= 0:
        return Domain.OTHER
    if 0 <= angle < 90:
        return Domain.FAMILY
    if angle >= 90:
        return Domain.FRIENDS
    if angle < -90:
        return Domain.WORK_EDUCATION
    return Domain.SERVICES


def expected_strength(distance: float) -> Strength:
    if distance < 33.33:
        return Strength.STRONG
    if distance < 66.67:
        return Strength.MODERATE
    return Strength.TENUOUS


def expected_flow(support: list[int]) -> Flow:
    to_alter = any(value in (1, 3) for value in support)
    to_client = any(value in (2, 3) for value in support)
    if to_alter and to_client:
        return Flow.BOTH
    if to_alter:
        return Flow.TO_TARGET
    if to_client:
        return Flow.TO_SOURCE
    return Flow.NONE


def expected_capital(domain: Domain, support_linking: int) -> Capital:
    if support_linking > 0:
        return Capital.LINKING
    return {
        Domain.FAMILY: Capital.BONDING,
        Domain.FRIENDS: Capital.BONDING,
        Domain.WORK_EDUCATION: Capital.BRIDGING,
        Domain.SERVICES: Capital.LINKING,
        Domain.OTHER: Capital.BRIDGING,
    }[domain]


def easynwk_position(angle: float, distance: float) -> tuple[float, float]:
    radians = math.radians(angle)
    return distance * math.cos(radians) * EASYNWK_SCALE, -distance * math.sin(radians) * EASYNWK_SCALE


# -- helpers -------------------------------------------------------------------------


def record(*versions: dict[str, Any]) -> dict[str, Any]:
    return {"versions": list(versions), "currentVersion": len(versions)}


def version(
    nwk: dict[str, Any], title: str = "Erstgespräch", date: str = "2024-02-26", number: int = 1
) -> dict[str, Any]:
    return {"id": number, "title": title, "date": date, "nwk": nwk}


def network(
    *alteri: dict[str, Any], connections: list[dict[str, Any]] | None = None, ego: str = "Anna"
) -> dict[str, Any]:
    return {"ego": {"name": ego}, "alteri": list(alteri), "connections": connections or []}


def alter(alter_id: int | str, **fields: Any) -> dict[str, Any]:
    return {"id": alter_id, "name": f"Person {alter_id}", "human": True, "edgeType": 1, **fields}


def write(folder: Path, document: Any, name: str = "record.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def import_file(folder: Path, document: Any) -> Case:
    case, format_name = read_case(write(folder, document))
    assert format_name == "easyNWK"
    return case


def only_map(folder: Path, document: Any) -> EcoMap:
    case = import_file(folder, document)
    assert len(case.versions) == 1
    return case.versions[0].map


def refusal(folder: Path, document: Any) -> str:
    path = write(folder, document)
    with pytest.raises(InputError) as caught:
        read_case(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message
    return message


# -- the real sample ---------------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    raw = EASYNWK_SAMPLE.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "the sample must keep easyNWK's byte-order mark"
    document: dict[str, Any] = json.loads(raw.decode("utf-8-sig"))
    return document


@pytest.fixture(scope="module")
def sample_version() -> Version:
    case, format_name = read_case(EASYNWK_SAMPLE)
    assert format_name == "easyNWK"
    assert len(case.versions) == 1
    return case.versions[0]


def sample_alteri(sample: dict[str, Any]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = sample["versions"][0]["nwk"]["alteri"]
    return result


def test_the_sample_gives_one_dated_version_and_the_client(sample_version: Version) -> None:
    case, _ = read_case(EASYNWK_SAMPLE)
    assert sample_version.label == "Erstgespräch"
    assert sample_version.date == "2024-02-26"
    assert sample_version.map.client.label == "Rosa Braunsteigl-Müller"
    assert sample_version.map.client.kind is Kind.CLIENT
    assert case.details.client == "Rosa Braunsteigl-Müller"
    assert case.details.notes == "lorem ipsum"
    assert sample_version.map.ring_scale == 1.0  # easyNWK has no ring size: the standard rings


def test_the_sample_has_one_node_per_alter(sample: dict[str, Any], sample_version: Version) -> None:
    alteri = sample_alteri(sample)
    others = [n for n in sample_version.map.nodes if not n.is_client]
    assert len(others) == len(alteri) == 10
    assert [n.label for n in others] == [a["name"] for a in alteri]
    strolchi = next(n for n in others if n.label == "Strolchi")
    assert strolchi.kind is Kind.PET
    assert {n.kind for n in others if n.label != "Strolchi"} == {Kind.PERSON}


def test_the_sample_places_alteri_in_domains_by_sector(sample: dict[str, Any], sample_version: Version) -> None:
    seen = set()
    for raw in sample_alteri(sample):
        node = sample_version.map.node(f"alter-{raw['id']}")
        assert node.domain is expected_domain(raw["angle"], raw["distance"]), raw["name"]
        seen.add(node.domain)
    # The sample covers all four of easyNWK's sectors.
    assert seen == {Domain.FAMILY, Domain.FRIENDS, Domain.WORK_EDUCATION, Domain.SERVICES}


def test_the_sample_positions_follow_easynwk_s_drawing(sample: dict[str, Any], sample_version: Version) -> None:
    for raw in sample_alteri(sample):
        node = sample_version.map.node(f"alter-{raw['id']}")
        x, y = easynwk_position(raw["angle"], raw["distance"])
        assert node.x == pytest.approx(x, abs=0.01), raw["name"]
        assert node.y == pytest.approx(y, abs=0.01), raw["name"]
    maria = sample_version.map.node("alter-1")
    assert maria.domain is Domain.FAMILY
    assert maria.x > 0 > maria.y, "family sits upper right, as easyNWK draws it"


def test_the_sample_ties_the_client_to_alteri_with_edge_type_1_or_2(
    sample: dict[str, Any], sample_version: Version
) -> None:
    ecomap = sample_version.map
    client = ecomap.client.id
    for raw in sample_alteri(sample):
        node_id = f"alter-{raw['id']}"
        tie = ecomap.tie_between(client, node_id)
        if raw["edgeType"] == 0:
            assert tie is None, raw["name"]
            continue
        assert tie is not None, raw["name"]
        assert tie.strength is expected_strength(raw["distance"]), raw["name"]
        domain = expected_domain(raw["angle"], raw["distance"])
        assert tie.capital is expected_capital(domain, raw.get("supportLinking", 0)), raw["name"]
        assert tie.oriented(client, node_id).flow is expected_flow([raw.get(f, 0) for f in SUPPORT_FIELDS])
        assert tie.stressful is bool(raw.get("conflict", False))
    client_ties = [t for t in ecomap.ties if client in t.pair]
    assert len(client_ties) == sum(1 for raw in sample_alteri(sample) if raw["edgeType"] in (1, 2))


def test_the_sample_connections_become_moderate_ties(sample: dict[str, Any], sample_version: Version) -> None:
    ecomap = sample_version.map
    connections = sample["versions"][0]["nwk"]["connections"]
    pairs = {frozenset((f"alter-{c['id1']}", f"alter-{c['id2']}")) for c in connections}
    between_alteri = [t for t in ecomap.ties if ecomap.client.id not in t.pair]
    assert {t.pair for t in between_alteri} == pairs
    for tie in between_alteri:
        a, b = (ecomap.node(end) for end in tie.pair)
        assert tie.strength is Strength.MODERATE
        assert tie.stressful is False
        assert tie.flow is Flow.NONE
        assert tie.capital is (Capital.BONDING if a.domain == b.domain else Capital.BRIDGING)
    assert {t.capital for t in between_alteri} == {Capital.BONDING, Capital.BRIDGING}


def test_the_sample_keeps_role_age_and_death_in_notes(sample: dict[str, Any], sample_version: Version) -> None:
    for raw in sample_alteri(sample):
        notes = sample_version.map.node(f"alter-{raw['id']}").notes
        assert raw["role"] in notes
        if raw.get("age"):
            assert raw["age"] in notes
        assert ("Deceased" in notes) is bool(raw.get("deceased"))


def test_the_command_imports_the_sample(tmp_path: Path) -> None:
    case = tmp_path / "rosa.ecomap"
    result = run_ecomap("import", EASYNWK_SAMPLE, "-o", case)
    assert result.returncode == 0, result.stderr
    assert "(easyNWK)" in result.stdout
    shown = json.loads(run_ecomap("show", case, "--json").stdout)
    assert shown["case"]["client"] == "Rosa Braunsteigl-Müller"
    [only] = shown["versions"]
    assert (only["label"], only["date"]) == ("Erstgespräch", "2024-02-26")
    assert len(only["map"]["nodes"]) == 11


# -- synthetic records ------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(
    support=st.lists(st.sampled_from([0, 1, 2, 3]), min_size=5, max_size=5),
    angle=st.floats(min_value=-180, max_value=180),
    distance=st.floats(min_value=0, max_value=130),
    conflict=st.booleans(),
    edge_type=st.sampled_from([0, 1, 2]),
    human=st.booleans(),
)
def test_an_alter_maps_by_the_rules(
    support: list[int], angle: float, distance: float, conflict: bool, edge_type: int, human: bool
) -> None:
    fields = dict(zip(SUPPORT_FIELDS, support, strict=True))
    raw = alter(7, angle=angle, distance=distance, conflict=conflict, edgeType=edge_type, human=human, **fields)
    case = case_from_easynwk(record(version(network(raw))))
    ecomap = case.versions[0].map
    node = ecomap.node("alter-7")
    domain = expected_domain(angle, distance)
    assert node.domain is domain
    assert node.kind is (Kind.PERSON if human else Kind.PET)
    x, y = easynwk_position(angle, distance)
    if math.hypot(x, y) >= 0.01:  # nearer is the client's own spot: laid out instead
        assert (node.x, node.y) == (pytest.approx(x, abs=0.01), pytest.approx(y, abs=0.01))
    tie = ecomap.tie_between("client", "alter-7")
    if edge_type == 0:
        assert tie is None
        return
    assert tie is not None
    assert tie.source == "client"
    assert tie.flow is expected_flow(support)
    assert tie.capital is expected_capital(domain, fields["supportLinking"])
    assert tie.stressful is conflict
    if abs(distance - 100 / 3) > 0.01 and abs(distance - 200 / 3) > 0.01:
        assert tie.strength is expected_strength(distance)


@pytest.mark.parametrize(
    ("support", "flow"),
    [
        ({}, Flow.NONE),
        ({"supportEmotional": 1}, Flow.TO_TARGET),
        ({"supportSocial": 2}, Flow.TO_SOURCE),
        ({"supportInstrumental": 3}, Flow.BOTH),
        ({"supportEmotional": 1, "supportInformational": 2}, Flow.BOTH),
        ({"supportEmotional": 0, "supportInstrumental": 0}, Flow.NONE),
    ],
)
def test_support_fields_give_the_flow_seen_from_the_client(tmp_path: Path, support: dict[str, int], flow: Flow) -> None:
    ecomap = only_map(tmp_path, record(version(network(alter(1, angle=45, distance=20, **support)))))
    tie = ecomap.tie_between("client", "alter-1")
    assert tie is not None
    assert tie.oriented("client", "alter-1").flow is flow


@pytest.mark.parametrize("linking", [1, 2, 3])
def test_any_linking_support_makes_linking_capital_even_in_the_family(tmp_path: Path, linking: int) -> None:
    ecomap = only_map(tmp_path, record(version(network(alter(1, angle=45, distance=20, supportLinking=linking)))))
    assert ecomap.node("alter-1").domain is Domain.FAMILY
    tie = ecomap.tie_between("client", "alter-1")
    assert tie is not None
    assert tie.capital is Capital.LINKING


def test_conflict_makes_the_tie_stressful(tmp_path: Path) -> None:
    ecomap = only_map(
        tmp_path,
        record(version(network(alter(1, angle=45, distance=20, conflict=True), alter(2, angle=45, distance=30)))),
    )
    first, second = ecomap.tie_between("client", "alter-1"), ecomap.tie_between("client", "alter-2")
    assert first is not None
    assert second is not None
    assert first.stressful is True
    assert second.stressful is False


@pytest.mark.parametrize(
    ("distance", "strength"),
    [
        (0.5, "strong"),
        (33.32, "strong"),
        (33.34, "moderate"),
        (66.66, "moderate"),
        (66.68, "tenuous"),
        (140, "tenuous"),
    ],
)
def test_strength_follows_the_distance_thresholds(tmp_path: Path, distance: float, strength: str) -> None:
    ecomap = only_map(tmp_path, record(version(network(alter(1, angle=10, distance=distance)))))
    tie = ecomap.tie_between("client", "alter-1")
    assert tie is not None
    assert tie.strength is Strength(strength)
    assert tie.strength is expected_strength(distance)


@pytest.mark.parametrize(
    ("angle", "domain"),
    [
        (0, "family"),
        (89.99, "family"),
        (90, "friends"),
        (180, "friends"),
        (-0.01, "services"),
        (-90, "services"),
        (-90.01, "work_education"),
        (-180, "work_education"),
    ],
)
def test_sector_boundaries(tmp_path: Path, angle: float, domain: str) -> None:
    ecomap = only_map(tmp_path, record(version(network(alter(1, angle=angle, distance=50)))))
    assert ecomap.node("alter-1").domain is Domain(domain)
    assert ecomap.node("alter-1").domain is expected_domain(angle, 50)


def test_the_older_bare_form_imports(tmp_path: Path) -> None:
    bare = network(alter(1, angle=100, distance=40), alter(2, angle=-100, distance=40), ego="Kim")
    bare["ego"]["note"] = "first meeting"
    case = import_file(tmp_path, bare)
    [only] = case.versions
    assert only.map.client.label == "Kim"
    assert case.details.client == "Kim"
    assert case.details.notes == "first meeting"
    assert only.map.node("alter-1").domain is Domain.FRIENDS
    assert only.map.node("alter-2").domain is Domain.WORK_EDUCATION
    assert only.label == ""


def test_several_versions_keep_their_order_titles_and_dates(tmp_path: Path) -> None:
    first = network(alter(1, angle=45, distance=20), ego="Kim")
    first["ego"]["note"] = "case notes from the first"
    second = network(alter(1, angle=45, distance=50), alter(2, angle=135, distance=70), ego="Kim")
    second["ego"]["note"] = "not the case notes"
    third = network(ego="Kim")
    document = record(
        version(first, "Erstgespräch", "2024-01-10", 1),
        version(second, "Review", "2024-04-10", 2),
        version(third, "Ende", "2024-09-01", 3),
    )
    case = import_file(tmp_path, document)
    assert [(v.label, v.date) for v in case.versions] == [
        ("Erstgespräch", "2024-01-10"),
        ("Review", "2024-04-10"),
        ("Ende", "2024-09-01"),
    ]
    assert case.details.notes == "case notes from the first"
    assert [len(v.map.nodes) for v in case.versions] == [2, 3, 1]
    ties = [v.map.tie_between("client", "alter-1") for v in case.versions[:2]]
    assert [t.strength for t in ties if t] == [Strength.STRONG, Strength.MODERATE]


def test_missing_fields_take_easynwk_s_defaults(tmp_path: Path) -> None:
    ecomap = only_map(tmp_path, record(version(network({"id": 5, "role": "Nachbar"}, {"id": 6}))))
    neighbour = ecomap.node("alter-5")
    assert neighbour.kind is Kind.PERSON  # human defaults to true
    assert neighbour.label == "Nachbar"  # no name: the role
    assert neighbour.domain is Domain.OTHER  # distance 0 is the centre: no sector
    assert ecomap.node("alter-6").label
    tie = ecomap.tie_between("client", "alter-5")
    assert tie is not None  # edgeType defaults to 1
    assert tie.strength is Strength.STRONG  # distance 0
    assert tie.flow is Flow.NONE
    assert tie.stressful is False
    assert tie.capital is Capital.BRIDGING
    # Alteri at the centre would sit on the client: they are placed where they belong instead.
    for node_id in ("alter-5", "alter-6"):
        assert_where_it_belongs(ecomap, node_id)
    assert measure(ecomap).problems == 0


def test_a_record_without_ego_name_still_has_a_client(tmp_path: Path) -> None:
    case = import_file(tmp_path, {"ego": {}, "alteri": [], "connections": []})
    assert case.versions[0].map.client.label
    assert case.details.client == ""


def test_a_connection_listed_in_both_directions_is_one_tie(tmp_path: Path) -> None:
    connections = [{"id1": 1, "id2": 2}, {"id1": 2, "id2": 1}, {"id1": 1, "id2": 2}, {"id1": 2, "id2": 3}]
    ecomap = only_map(
        tmp_path,
        record(
            version(
                network(
                    alter(1, angle=20, distance=20),
                    alter(2, angle=60, distance=20),
                    alter(3, angle=120, distance=20),
                    connections=connections,
                )
            )
        ),
    )
    between = [t for t in ecomap.ties if "client" not in t.pair]
    assert sorted(sorted(t.pair) for t in between) == [["alter-1", "alter-2"], ["alter-2", "alter-3"]]
    family_pair = ecomap.tie_between("alter-1", "alter-2")
    across = ecomap.tie_between("alter-2", "alter-3")
    assert family_pair is not None
    assert across is not None
    assert family_pair.capital is Capital.BONDING
    assert across.capital is Capital.BRIDGING


def test_multiplex_ties_are_noted(tmp_path: Path) -> None:
    ecomap = only_map(tmp_path, record(version(network(alter(1, angle=20, distance=20, edgeType=2)))))
    tie = ecomap.tie_between("client", "alter-1")
    assert tie is not None
    assert "multiplex" in tie.notes.lower()


def test_unknown_keys_are_ignored(tmp_path: Path) -> None:
    raw = alter(1, angle=20, distance=20, currentGender="weiblich", roleDefault=True, somethingNew=[1, 2])
    document = record(version(network(raw)))
    document["settings"] = {"theme": "dark"}
    assert only_map(tmp_path, document).node("alter-1").label == "Person 1"


def test_string_ids_and_connections_to_them_work(tmp_path: Path) -> None:
    ecomap = only_map(
        tmp_path,
        network(
            alter("a", angle=20, distance=20),
            alter("b", angle=30, distance=20),
            connections=[{"id1": "a", "id2": "b"}],
        ),
    )
    assert ecomap.tie_between("alter-a", "alter-b") is not None


def test_tie_ids_stay_unique_whatever_the_alter_ids(tmp_path: Path) -> None:
    ids = ["a-alter-b", "c", "a", "b-alter-c", "x" * 60, "y" * 60]
    connections = [
        {"id1": "a-alter-b", "id2": "c"},
        {"id1": "a", "id2": "b-alter-c"},
        {"id1": "x" * 60, "id2": "y" * 60},
    ]
    raw = [{"id": i, "name": f"N{n}", "angle": 10 * n, "distance": 30} for n, i in enumerate(ids)]
    ecomap = only_map(tmp_path, network(*raw, connections=connections))
    between = [t for t in ecomap.ties if "client" not in t.pair]
    assert len(between) == 3
    assert len({t.id for t in ecomap.ties}) == len(ecomap.ties)
    assert all(len(t.id) <= 100 for t in ecomap.ties)


# -- refusals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "fragments"),
    [
        (
            record(version(network(alter(1, distance="far")))),
            ("versions[0].nwk.alteri[0].distance", "expected a number", "'far'"),
        ),
        (network(alter(1, distance="far")), ("alteri[0].distance", "'far'")),
        (record(version(network(alter(1, angle=None, human="no")))), ("versions[0].nwk.alteri[0].human",)),
        (record(version(network(alter(1, edgeType=7)))), ("versions[0].nwk.alteri[0].edgeType", "7 is not 0, 1 or 2")),
        (record(version(network(alter(1, edgeType=1.5)))), ("versions[0].nwk.alteri[0].edgeType", "whole number")),
        (record(version(network(alter(1, supportSocial=4)))), ("versions[0].nwk.alteri[0].supportSocial", "4")),
        (
            record(version(network(alter(1), connections=[{"id1": 1, "id2": 99}]))),
            ("versions[0].nwk.connections[0].id2", "no alter with id 99"),
        ),
        (
            record(version(network(alter(1), connections=[{"id1": 1, "id2": 1}]))),
            ("versions[0].nwk.connections[0]", "itself"),
        ),
        (record(version(network(alter(1), alter(1)))), ("versions[0].nwk.alteri[1].id", "second alter")),
        (record(version(network(alter(1)), date="2024-02-30")), ("versions[0].date", "not a real date")),
        (record(version(network(alter(1)), date="26.02.2024")), ("versions[0].date", "YYYY-MM-DD")),
        (record({"title": "x", "nwk": "none"}), ("versions[0].nwk", "expected an object")),
        (record(version(network(alter(1))), version({"ego": [], "alteri": []})), ("versions[1].nwk.ego",)),
        (record(version(network(alter(1, name="x" * 201)))), ("versions[0].nwk.alteri[0].name", "201 characters")),
        (record(version(network(alter(1, name="Bo\x07b")))), ("versions[0].nwk.alteri[0].name", "U+0007")),
        (record(version(network(alter(1, note="n" * 20_001)))), ("versions[0].nwk.alteri[0].note", "at most 20000")),
        (record(version(network(alter(1)), title="T" * 300)), ("versions[0].title", "300 characters")),
        (record(version(network(alter(1), ego="E" * 250))), ("versions[0].nwk.ego.name", "250 characters")),
        (record(version(network(alter(1, distance=10**30)))), ("versions[0].nwk.alteri[0].distance", "out of range")),
        (record(version(network(alter(1, distance=10**400)))), ("versions[0].nwk.alteri[0].distance", "too large")),
        (record(version(network(alter(1, angle=-(10**400))))), ("versions[0].nwk.alteri[0].angle", "too large")),
        (record(version(network({"id": "i" * 200}))), ("versions[0].nwk.alteri[0].id", "at most 94")),
        (record(version(network({"id": True}))), ("versions[0].nwk.alteri[0].id", "alter id")),
        (record(version(network(alter(1, age=[45])))), ("versions[0].nwk.alteri[0].age",)),
    ],
    ids=lambda value: value[0] if isinstance(value, tuple) else "",
)
def test_bad_records_are_refused_with_the_path(tmp_path: Path, document: Any, fragments: tuple[str, ...]) -> None:
    message = refusal(tmp_path, document)
    assert len(message) < 400, message
    for fragment in fragments:
        assert fragment in message, (fragment, message)


def test_the_command_refuses_a_bad_record_and_writes_nothing(tmp_path: Path) -> None:
    source = write(tmp_path, record(version(network(alter(1), connections=[{"id1": 1, "id2": 42}]))))
    case = tmp_path / "new.ecomap"
    result = run_ecomap("import", source, "-o", case)
    assert_one_line_error(result, str(source), "versions[0].nwk.connections[0].id2", "42")
    assert not case.exists()


def test_the_command_refuses_an_overlong_title_by_name_not_as_an_unexpected_error(tmp_path: Path) -> None:
    source = write(tmp_path, record(version(network(alter(1)), title="Erstgespräch " * 20)))
    result = run_ecomap("import", source, "-o", tmp_path / "new.ecomap")
    assert_one_line_error(result, str(source), "versions[0].title")
    assert "unexpected" not in result.stderr


def test_the_command_imports_a_synthetic_record_with_a_bom(tmp_path: Path) -> None:
    source = tmp_path / "bom.json"
    text = json.dumps(record(version(network(alter(1, angle=45, distance=20), ego="Zoë Müller"))), ensure_ascii=False)
    source.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    case = tmp_path / "zoe.ecomap"
    result = run_ecomap("import", source, "-o", case)
    assert result.returncode == 0, result.stderr
    listed = json.loads(run_ecomap("versions", case, "--json").stdout)
    assert [(v["label"], v["date"], v["nodes"], v["ties"]) for v in listed] == [("Erstgespräch", "2024-02-26", 1, 1)]


def test_the_sample_obeys_the_model_s_rules(sample_version: Version) -> None:
    sample_version.check()
    assert EcoMap(list(sample_version.map.nodes), list(sample_version.map.ties)) == sample_version.map
