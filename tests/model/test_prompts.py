"""The prompts of design §14, rule by rule: each on a map built to trigger it and on one built not to."""

import re

import pytest
from hypothesis import given, settings

from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.network import EcoMap
from ecomap.model.plan import AboutCapital, AboutDomain, AboutTie
from ecomap.model.prompts import (
    ONE_SUPPORT,
    PROFESSIONALS_ONLY,
    PROMPT_DOMAINS,
    STRESS_OUTWEIGHS,
    prompts_for,
)
from tests.strategies import ecomaps

PEOPLE = {
    "mum": Node("mum", "Mum", Kind.PERSON, Domain.FAMILY),
    "jo": Node("jo", "Jo", Kind.PERSON, Domain.FRIENDS),
    "cafe": Node("cafe", "Recovery café", Kind.GROUP, Domain.COMMUNITY),
    "boss": Node("boss", "Boss", Kind.PERSON, Domain.WORK_EDUCATION),
    "gp": Node("gp", "GP", Kind.ORGANISATION, Domain.SERVICES),
    "po": Node("po", "Probation officer", Kind.PERSON, Domain.JUSTICE),
}


def client_map(*ties: tuple[str, Capital, Strength, bool]) -> EcoMap:
    """A map of Sam and everyone in PEOPLE, with the given client ties (other end, capital, strength, stressful)."""
    nodes = [Node("sam", "Sam", Kind.CLIENT), *PEOPLE.values()]
    links = [
        Tie(f"t{n}", "sam", end, capital, strength, stressful)
        for n, (end, capital, strength, stressful) in enumerate(ties)
    ]
    return EcoMap(nodes, links)


def codes(ecomap: EcoMap) -> list[str]:
    return [p.code for p in prompts_for(ecomap)]


STRONG, MODERATE, TENUOUS = Strength.STRONG, Strength.MODERATE, Strength.TENUOUS
BOND, BRIDGE, LINK = Capital.BONDING, Capital.BRIDGING, Capital.LINKING


@pytest.mark.parametrize("capital", list(Capital))
def test_no_tie_of_a_capital_prompts_it_and_one_tie_of_it_does_not(capital: Capital) -> None:
    others = [c for c in Capital if c is not capital]
    without = client_map(("mum", others[0], STRONG, False), ("jo", others[1], STRONG, False))
    [prompt] = [p for p in prompts_for(without) if p.code == f"no_{capital.value}"]
    assert prompt.about == AboutCapital(capital)
    with_it = client_map(
        ("mum", others[0], STRONG, False), ("jo", others[1], STRONG, False), ("cafe", capital, TENUOUS, True)
    )
    assert f"no_{capital.value}" not in codes(with_it)


def test_a_capital_only_between_two_others_is_not_a_client_tie() -> None:
    ecomap = client_map(("mum", BOND, STRONG, False))
    ecomap.add_tie(Tie("x", "mum", "cafe", BRIDGE))
    assert "no_bridging" in codes(ecomap)


@pytest.mark.parametrize("domain", PROMPT_DOMAINS)
def test_an_empty_domain_is_prompted_until_the_client_has_a_tie_there(domain: Domain) -> None:
    person = next(p for p in PEOPLE.values() if p.domain is domain)
    others = [
        (p.id, BOND, STRONG, False) for p in PEOPLE.values() if p.domain in PROMPT_DOMAINS and p.domain is not domain
    ]
    without = client_map(*others)
    empty = [p for p in prompts_for(without) if p.code == "empty_domain"]
    assert [p.about for p in empty] == [AboutDomain(domain)]
    assert "empty_domain" not in codes(client_map(*others, (person.id, BRIDGE, TENUOUS, True)))


def test_a_bare_map_prompts_every_empty_domain_in_order() -> None:
    ecomap = EcoMap([Node("sam", "Sam", Kind.CLIENT)])
    assert [p.about for p in prompts_for(ecomap) if p.code == "empty_domain"] == [
        AboutDomain(d) for d in PROMPT_DOMAINS
    ]
    assert codes(ecomap) == ["no_bonding", "no_bridging", "no_linking", *["empty_domain"] * 4, "no_support"]


def test_services_and_justice_are_not_domains_that_prompt() -> None:
    ecomap = client_map(("mum", BOND, STRONG, False), ("jo", BOND, STRONG, False), ("cafe", BRIDGE, STRONG, False))
    ecomap.add_tie(Tie("tb", "sam", "boss", LINK))
    assert "empty_domain" not in codes(ecomap)


def test_exactly_one_supportive_tie_prompts_about_that_tie() -> None:
    ecomap = client_map(("mum", BOND, MODERATE, False), ("jo", BOND, TENUOUS, False), ("cafe", BRIDGE, STRONG, True))
    [prompt] = [p for p in prompts_for(ecomap) if p.code == "one_support"]
    assert prompt.about == AboutTie(("sam", "mum"))
    two = client_map(("mum", BOND, MODERATE, False), ("jo", BOND, STRONG, False))
    assert "one_support" not in codes(two)
    assert "no_support" not in codes(two)


def test_no_supportive_tie_prompts_no_support_and_not_one_support() -> None:
    ecomap = client_map(("mum", BOND, TENUOUS, False), ("jo", BOND, STRONG, True))
    assert "no_support" in codes(ecomap)
    assert "one_support" not in codes(ecomap)
    assert [p.about for p in prompts_for(ecomap) if p.code == "no_support"] == [None]


def test_stress_outweighs_support_only_when_there_is_more_stress() -> None:
    even = client_map(("mum", BOND, STRONG, True), ("jo", BOND, STRONG, False))
    assert "stress_outweighs" not in codes(even)
    more = client_map(("mum", BOND, STRONG, True), ("jo", BOND, TENUOUS, True), ("cafe", BRIDGE, STRONG, False))
    assert "stress_outweighs" in codes(more)


def test_professionals_only_needs_a_client_tie_and_every_client_tie_linking() -> None:
    assert "professionals_only" not in codes(client_map())
    only = client_map(("gp", LINK, STRONG, False), ("po", LINK, MODERATE, False))
    assert "professionals_only" in codes(only)
    assert "professionals_only" not in codes(client_map(("gp", LINK, STRONG, False), ("mum", BOND, TENUOUS, False)))


def test_a_full_network_has_no_prompts() -> None:
    ecomap = client_map(
        ("mum", BOND, STRONG, False),
        ("jo", BOND, MODERATE, False),
        ("cafe", BRIDGE, MODERATE, False),
        ("boss", BRIDGE, TENUOUS, False),
        ("gp", LINK, STRONG, False),
    )
    assert prompts_for(ecomap) == []


FIXED_TEXTS = {p.text for p in prompts_for(EcoMap([Node("sam", "Sam", Kind.CLIENT)]))} | {
    ONE_SUPPORT,
    STRESS_OUTWEIGHS,
    PROFESSIONALS_ONLY,
}
BLAME = re.compile(r"\b(deficit|fail|failed|failure|lack|lacks|lacking|poor|problem|should|must|isolated|weak)\b", re.I)


@settings(max_examples=200, deadline=None)
@given(ecomaps())
def test_prompts_come_in_the_table_order_in_blame_free_words_that_name_nobody(ecomap: EcoMap) -> None:
    order = ["no_bonding", "no_bridging", "no_linking", "empty_domain", "one_support", "no_support"]
    order += ["stress_outweighs", "professionals_only"]
    found = prompts_for(ecomap)
    ranks = [order.index(p.code) for p in found]
    assert ranks == sorted(ranks)
    assert len({p.code for p in found if p.code != "empty_domain"}) == len(
        [p for p in found if p.code != "empty_domain"]
    )
    assert not {"one_support", "no_support"} <= {p.code for p in found}
    for prompt in found:
        assert not BLAME.search(prompt.text), prompt.text
        assert prompt.text.endswith(".")
        assert prompt.text in FIXED_TEXTS, "a prompt's words never take in a label from the map"
