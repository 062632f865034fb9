"""Roles from network-promoting practice (issue 14): in the palette, known when typed, kept when pseudonymised,
and suggested as an action's owner."""

import pytest

from ecomap.model.catalogue import CATALOGUE, FIELD_ROLES, CatalogueEntry, lookup, owner_roles
from ecomap.model.elements import Node
from ecomap.model.enums import Capital, Domain, Kind
from ecomap.model.name_matching import best_match, matching
from ecomap.model.roles import pseudonymise_label
from ecomap.model.rules import default_capital

PERSON, GROUP, COMMUNITY = Kind.PERSON, Kind.GROUP, Domain.COMMUNITY


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Peer mentor", PERSON),
        ("Community mentor", PERSON),
        ("Relational navigator", PERSON),
        ("Recovery community", GROUP),
    ],
)
def test_each_role_is_in_the_palette_s_community_section(label: str, kind: Kind) -> None:
    assert CatalogueEntry(label, kind, COMMUNITY) in CATALOGUE[COMMUNITY]


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("Community mentor Dee", PERSON),
        ("Dee (community mentor)", PERSON),
        ("Relational navigator", PERSON),
        ("Navigator Sam", PERSON),
        ("Recovery community", GROUP),
        ("Recovery community at St Ann's", GROUP),
    ],
)
def test_a_typed_name_gets_the_role_s_kind_and_the_community_domain(typed: str, kind: Kind) -> None:
    assert lookup(typed) == CatalogueEntry(typed, kind, COMMUNITY)


@pytest.mark.parametrize("typed", ["Community mentor", "Relational navigator Dee", "Recovery community"])
def test_a_tie_from_the_client_to_a_role_is_bridging(typed: str) -> None:
    entry = lookup(typed)
    assert entry is not None
    client = Node("client", "Sam", Kind.CLIENT)
    assert default_capital(client, Node("n1", entry.label, entry.kind, entry.domain)) is Capital.BRIDGING


def test_find_knows_the_roles_by_their_other_names() -> None:
    assert best_match("navigator", matching("navigator")) == CatalogueEntry("Relational navigator", PERSON, COMMUNITY)
    assert "Peer mentor" not in [entry.label for entry in matching("navigator")]
    assert {"Peer mentor", "Community mentor"} <= {entry.label for entry in matching("mentor")}
    assert "Recovery community" in [entry.label for entry in matching("recovery cafe")]


@pytest.mark.parametrize(
    ("label", "becomes"),
    [
        ("Relational navigator Dee", "Relational navigator D."),
        ("Community mentor Sam Hill", "Community mentor S.H."),
        ("Recovery community", "Recovery community"),
    ],
)
def test_pseudonymising_keeps_the_role_and_initials_the_name(label: str, becomes: str) -> None:
    assert pseudonymise_label(label) == becomes


def test_the_roles_are_suggested_as_owners_of_actions() -> None:
    assert owner_roles() == ("Peer mentor", "Community mentor", "Relational navigator", "Recovery community")
    labels = {entry.label for entries in CATALOGUE.values() for entry in entries}
    assert set(FIELD_ROLES) <= labels, "every suggested owner is a palette entry"
