"""The people and places that come up in practice, by domain: the editor's quick-add palette."""

from dataclasses import dataclass

from ecomap.model.enums import Domain, Kind


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One palette entry: what the new node is called, what it is and where it belongs."""

    label: str
    kind: Kind
    domain: Domain


def _entries(domain: Domain, *items: tuple[str, Kind]) -> tuple[CatalogueEntry, ...]:
    return tuple(CatalogueEntry(label, kind, domain) for label, kind in items)


P, G, ORG, PET = Kind.PERSON, Kind.GROUP, Kind.ORGANISATION, Kind.PET

CATALOGUE: dict[Domain, tuple[CatalogueEntry, ...]] = {
    Domain.FAMILY: _entries(
        Domain.FAMILY,
        ("Family member", P),
        ("Mum", P),
        ("Dad", P),
        ("Partner", P),
        ("Child", P),
        ("Brother", P),
        ("Sister", P),
        ("Grandparent", P),
        ("Pet", PET),
    ),
    Domain.FRIENDS: _entries(Domain.FRIENDS, ("Friend", P), ("Neighbour", P), ("Group of friends", G)),
    Domain.COMMUNITY: _entries(
        Domain.COMMUNITY,
        ("Peer mentor", P),
        ("Recovery group", G),
        ("Faith group", G),
        ("Sports club", G),
        ("Volunteering", G),
        ("Online community", G),
    ),
    Domain.WORK_EDUCATION: _entries(Domain.WORK_EDUCATION, ("Employer", ORG), ("College", ORG), ("School", ORG)),
    Domain.SERVICES: _entries(
        Domain.SERVICES,
        ("GP", ORG),
        ("Mental health team", ORG),
        ("Drug and alcohol service", ORG),
        ("Housing", ORG),
        ("Job centre", ORG),
        ("Benefits", ORG),
    ),
    Domain.JUSTICE: _entries(
        Domain.JUSTICE,
        ("Probation officer", P),
        ("Youth offending team", ORG),
        ("Police", ORG),
        ("Solicitor", P),
        ("Court", ORG),
    ),
}
