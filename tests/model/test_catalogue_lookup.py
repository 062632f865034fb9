"""What the catalogue knows for a typed name: the domain and kind a new person gets (design §17)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecomap.model.catalogue import CATALOGUE, CatalogueEntry, lookup
from ecomap.model.catalogue_terms import TERMS
from ecomap.model.elements import Node
from ecomap.model.enums import Capital, Domain, Kind
from ecomap.model.rules import default_capital

FAMILY, FRIENDS, COMMUNITY, WORK = Domain.FAMILY, Domain.FRIENDS, Domain.COMMUNITY, Domain.WORK_EDUCATION
SERVICES, JUSTICE = Domain.SERVICES, Domain.JUSTICE
PERSON, PET, GROUP, ORGANISATION = Kind.PERSON, Kind.PET, Kind.GROUP, Kind.ORGANISATION

KNOWN_NAMES = {
    "Mum": (FAMILY, PERSON),
    "mum": (FAMILY, PERSON),
    "  MUM  ": (FAMILY, PERSON),
    "Mam": (FAMILY, PERSON),
    "Mother": (FAMILY, PERSON),
    "Mum (Carol)": (FAMILY, PERSON),
    "Nan": (FAMILY, PERSON),
    "Nan's": (FAMILY, PERSON),
    "Gran": (FAMILY, PERSON),
    "Granddad": (FAMILY, PERSON),
    "Grandad": (FAMILY, PERSON),
    "Step mum": (FAMILY, PERSON),
    "Stepmum Carol": (FAMILY, PERSON),
    "Brother Jay": (FAMILY, PERSON),
    "Sister Zoë": (FAMILY, PERSON),
    "Ex-partner Kelly": (FAMILY, PERSON),
    "Girlfriend": (FAMILY, PERSON),
    "Fiancée": (FAMILY, PERSON),
    "Da": (FAMILY, PERSON),
    "Bruno (dog)": (FAMILY, PET),
    "Kids": (FAMILY, GROUP),
    "Mate Tomás": (FRIENDS, PERSON),
    "Best friend Leah": (FRIENDS, PERSON),
    "Friends": (FRIENDS, PERSON),
    "Peer mentor": (COMMUNITY, PERSON),
    "Peer mentor Gary": (COMMUNITY, PERSON),
    "Relational navigator": (COMMUNITY, PERSON),
    "Youth boxing club": (COMMUNITY, GROUP),
    "Five-a-side team": (COMMUNITY, GROUP),
    "Recovery café": (COMMUNITY, GROUP),
    "Recovery cafe": (COMMUNITY, GROUP),
    "NA meeting": (COMMUNITY, GROUP),
    "Church": (COMMUNITY, GROUP),
    "Food bank": (COMMUNITY, ORGANISATION),
    "Jobcentre": (SERVICES, ORGANISATION),
    "Job centre": (SERVICES, ORGANISATION),
    "Jobcentre Plus": (SERVICES, ORGANISATION),
    "job  centre": (SERVICES, ORGANISATION),
    "Work coach": (SERVICES, PERSON),
    "GP": (SERVICES, ORGANISATION),
    "Doctor": (SERVICES, PERSON),
    "Dr Patel": (SERVICES, PERSON),
    "Drug & alcohol service": (SERVICES, ORGANISATION),
    "Housing officer": (SERVICES, PERSON),
    "Social worker": (SERVICES, PERSON),
    "Children's services": (SERVICES, ORGANISATION),
    "Citizens Advice": (SERVICES, ORGANISATION),
    "Citizen's Advice": (SERVICES, ORGANISATION),
    "Keyworker": (SERVICES, PERSON),
    "Youth worker": (SERVICES, PERSON),
    "Probation officer": (JUSTICE, PERSON),
    "YOT": (JUSTICE, ORGANISATION),
    "Unpaid work": (JUSTICE, ORGANISATION),
    "Warehouse job": (WORK, ORGANISATION),
    "College": (WORK, ORGANISATION),
    "College tutor": (WORK, PERSON),
    "Workmate": (WORK, PERSON),
}

UNKNOWN_NAMES = [
    "Sam",
    "Kelly",
    "Zoë",
    "",
    "   ",
    "Maria da Silva",  # "da" counts only as the first word
    "Jo B",  # initials do not spell "job"
    "M.A. Smith",  # nor "ma"
    "Workington",  # a term is a whole word, never part of one
]

ALL_TERMS = [term for terms in TERMS.values() for term in terms]


@pytest.mark.parametrize(("name", "expected"), KNOWN_NAMES.items())
def test_a_typed_name_gets_the_domain_and_kind_the_catalogue_knows(name: str, expected: tuple[Domain, Kind]) -> None:
    entry = lookup(name)
    assert entry is not None
    assert (entry.domain, entry.kind) == expected


@pytest.mark.parametrize("name", UNKNOWN_NAMES)
def test_a_name_the_catalogue_does_not_know_gives_none(name: str) -> None:
    assert lookup(name) is None


def test_the_label_is_the_name_as_typed_with_its_spacing_tidied() -> None:
    assert lookup("  Brother   Jay ") == CatalogueEntry("Brother Jay", PERSON, FAMILY)
    assert lookup("Sister Zoë") == CatalogueEntry("Sister Zoë", PERSON, FAMILY)


def test_a_term_matches_whole_words_only() -> None:
    social_worker = lookup("Social worker")
    assert social_worker is not None
    assert social_worker.domain is not WORK


def test_the_longest_term_wins_then_the_earliest() -> None:
    # "mental health team" (three words) over "team" (one).
    assert lookup("Community mental health team") == CatalogueEntry(
        "Community mental health team", ORGANISATION, SERVICES
    )
    # "peer mentor" over "mentor"; "work coach" over "coach".
    assert lookup("Gary peer mentor") == CatalogueEntry("Gary peer mentor", PERSON, COMMUNITY)
    assert lookup("Work coach Priya") == CatalogueEntry("Work coach Priya", PERSON, SERVICES)
    # Two one-word terms: the first in the name.
    assert lookup("Sam (friend from church)") == CatalogueEntry("Sam (friend from church)", PERSON, FRIENDS)
    assert lookup("Church friend Sam") == CatalogueEntry("Church friend Sam", GROUP, COMMUNITY)


@pytest.mark.parametrize("entry", [entry for entries in CATALOGUE.values() for entry in entries], ids=str)
def test_every_palette_entry_looks_itself_up(entry: CatalogueEntry) -> None:
    assert lookup(entry.label) == entry


def test_every_term_is_written_once() -> None:
    letters = ["".join(term.replace("'", " ").split()) for term in ALL_TERMS]
    assert len(set(letters)) == len(letters)


def test_every_term_looks_itself_up() -> None:
    for (domain, kind), terms in TERMS.items():
        for term in terms:
            entry = lookup(term)
            assert entry is not None, term
            assert (entry.domain, entry.kind) == (domain, kind), term


@pytest.mark.parametrize(
    ("name", "capital"),
    [
        ("Mum", Capital.BONDING),
        ("Jobcentre", Capital.LINKING),
        ("Peer mentor", Capital.BRIDGING),
        ("Youth boxing club", Capital.BRIDGING),
    ],
)
def test_the_domain_gives_the_tie_to_the_client_its_capital(name: str, capital: Capital) -> None:
    client = Node(id="client", label="Client", kind=Kind.CLIENT)
    entry = lookup(name)
    assert entry is not None
    person = Node(id="n1", label=entry.label, kind=entry.kind, domain=entry.domain)
    assert default_capital(client, person) is capital
    assert default_capital(person, client) is capital


def _meaning(name: str) -> tuple[Domain, Kind] | None:
    entry = lookup(name)
    return None if entry is None else (entry.domain, entry.kind)


_PIECES = st.sampled_from([*ALL_TERMS, "Sam", "Zoë", "Jay", "(", ")", "-", "'s", ",", ".", "&", "ı", "ß", "Ǳ"])
_NAMES = st.text() | st.lists(_PIECES, max_size=6).map(" ".join) | st.lists(_PIECES, max_size=6).map("".join)


@given(_NAMES)
def test_lookup_never_raises_and_ignores_case_and_spacing(name: str) -> None:
    meaning = _meaning(name)
    assert _meaning(name.upper()) == meaning
    assert _meaning(name.lower()) == meaning
    assert lookup(name.replace(" ", "  ")) == lookup(name)
    assert _meaning(f"  {name}\t") == meaning
