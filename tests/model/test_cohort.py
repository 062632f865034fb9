"""The cohort's figures on small hand-built cohorts with known answers (design §16)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecomap.model.canonical import map_to_dict
from ecomap.model.cohort import CaseFacts, MapFacts, asset_key, map_facts, summarise
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind
from ecomap.model.metrics import measure
from ecomap.model.network import EcoMap
from tests.strategies import ecomaps


def facts(bonding: int = 0, bridging: int = 0, linking: int = 0, size: float = 0.0, *assets: str) -> MapFacts:
    return MapFacts(
        {"bonding": bonding, "bridging": bridging, "linking": linking}, size, {asset_key(a): a for a in assets}
    )


def case(first: MapFacts, latest: MapFacts | None = None) -> CaseFacts:
    return CaseFacts(first, latest if latest is not None else first, "2026-01-05", "2026-06-01")


def test_means_and_rose_fell_same_per_capital() -> None:
    summary = summarise(
        [
            case(facts(2, 0, 1), facts(3, 1, 1)),
            case(facts(4, 1, 2), facts(2, 1, 3)),
            case(facts(1, 0, 0)),  # one version: same
        ]
    )
    assert summary.cases == 3
    assert summary.capital["bonding"] == {"first_mean": 2.33, "latest_mean": 2.0, "rose": 1, "fell": 1, "same": 1}
    assert summary.capital["bridging"] == {"first_mean": 0.33, "latest_mean": 0.67, "rose": 1, "fell": 0, "same": 2}
    assert summary.capital["linking"] == {"first_mean": 1.0, "latest_mean": 1.33, "rose": 1, "fell": 0, "same": 2}
    assert summary.period == ("2026-01-05", "2026-06-01")


def test_effective_size_means_are_rounded_to_two_decimals() -> None:
    summary = summarise([case(facts(size=1.0), facts(size=2.5)), case(facts(size=2.0), facts(size=1.0 / 3))])
    assert summary.effective_size == {"first_mean": 1.5, "latest_mean": 1.42}


@pytest.mark.parametrize(("reaching", "shown"), [(4, False), (5, True), (6, True)])
def test_an_asset_reached_by_fewer_than_k_cases_first_and_latest_is_suppressed(reaching: int, shown: bool) -> None:
    cohort = [case(facts(), facts(0, 1, 0, 0.0, "Recovery café")) for _ in range(reaching)]
    cohort += [case(facts(0, 1, 0, 0.0, "Boxing gym")) for _ in range(7)]
    summary = summarise(cohort, min_count=5)
    labels = [asset["label"] for asset in summary.assets]
    assert ("Recovery café" in labels) is shown
    assert summary.suppressed_assets == (0 if shown else 1)
    assert summary.assets[0] == {"label": "Boxing gym", "cases_first": 7, "cases_latest": 7}
    if shown:
        assert summary.assets[1] == {"label": "Recovery café", "cases_first": 0, "cases_latest": reaching}


def test_assets_match_across_cases_case_folded_with_spaces_collapsed() -> None:
    spellings = ["Recovery Café", "recovery  café", " RECOVERY CAFÉ ", "Recovery\tcafé", "Recovery Café"]
    summary = summarise([case(facts(0, 1, 0, 0.0, label)) for label in spellings], min_count=5)
    assert summary.assets == [{"label": "Recovery Café", "cases_first": 5, "cases_latest": 5}]
    assert asset_key("Straße  Club") == asset_key("STRASSE club")


def a_map(*others: tuple[str, Kind, Domain, Capital], among: tuple[tuple[str, str], ...] = ()) -> EcoMap:
    ecomap = EcoMap.with_client("Sam")
    for number, (label, kind, domain, capital) in enumerate(others):
        node_id = f"n{number}"
        ecomap.add_node(Node(node_id, label, kind=kind, domain=domain, x=10.0 * number, y=50.0))
        ecomap.add_tie(Tie(f"t{number}", "client", node_id, capital=capital))
    for number, (a, b) in enumerate(among):
        ecomap.add_tie(Tie(f"a{number}", a, b, capital=Capital.BRIDGING))
    return ecomap


def test_map_facts_count_client_ties_and_only_places_in_community_or_work_as_assets() -> None:
    ecomap = a_map(
        ("Mum", Kind.PERSON, Domain.FAMILY, Capital.BONDING),
        ("Gary the mentor", Kind.PERSON, Domain.COMMUNITY, Capital.BRIDGING),  # a person, never an asset
        ("Recovery café", Kind.GROUP, Domain.COMMUNITY, Capital.BRIDGING),
        ("College", Kind.ORGANISATION, Domain.WORK_EDUCATION, Capital.BRIDGING),
        ("GP", Kind.ORGANISATION, Domain.SERVICES, Capital.LINKING),
        among=(("n0", "n1"),),
    )
    ecomap.add_node(Node("far", "Boxing gym", kind=Kind.GROUP, domain=Domain.COMMUNITY, x=0.0, y=200.0))
    ecomap.add_tie(Tie("far-tie", "n1", "far", capital=Capital.BRIDGING))  # not tied to the client: not reached
    found = map_facts(map_to_dict(ecomap))
    assert found.capital == {"bonding": 1, "bridging": 3, "linking": 1}
    assert sorted(found.assets.values()) == ["College", "Recovery café"]
    assert found.effective_size == pytest.approx(5 - 2 * 1 / 5)


@settings(deadline=None)  # the first example imports networkx
@given(ecomaps())
def test_client_ties_and_effective_size_are_the_models_for_any_map(ecomap: EcoMap) -> None:
    found = map_facts(map_to_dict(ecomap))
    expected = measure(ecomap).effective_size  # networkx's effective_size
    assert found.effective_size == pytest.approx(expected if expected is not None else 0.0)
    client = ecomap.client.id
    for capital in Capital:
        tied = [t for t in ecomap.ties if client in (t.source, t.target) and t.capital == capital]
        assert found.capital[capital.value] == len(tied)


@given(st.lists(st.integers(0, 6), min_size=1, max_size=20), st.integers(1, 8))
def test_every_asset_is_either_shown_or_counted_as_suppressed(reached: list[int], k: int) -> None:
    cohort = [case(facts(), facts(0, 0, 0, 0.0, *[f"Asset {i}" for i in range(n)])) for n in reached]
    summary = summarise(cohort, min_count=k)
    total = len({i for n in reached for i in range(n)})
    assert len(summary.assets) + summary.suppressed_assets == total
    assert all(max(a["cases_first"], a["cases_latest"]) >= k for a in summary.assets)
