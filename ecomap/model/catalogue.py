"""The people and places that come up in practice, by domain: the editor's quick-add palette.

Also what the catalogue knows for a name typed on the canvas (``lookup``), so
that "Mum", "Jobcentre" or "Youth boxing club" land in their own sector
(design §17), and the roles from the field suggested as an action's owner
(``owner_roles``: peer mentor, community mentor, relational navigator,
recovery community).

An entry's ``label`` is English (the terms the catalogue knows are English
words); the palette shows :attr:`CatalogueEntry.palette_label`, the label in
the program's language (context ``Catalogue``).
"""

import unicodedata
from dataclasses import dataclass

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.catalogue_terms import FIRST_WORD_ONLY, TERMS
from ecomap.model.enums import Domain, Kind


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One palette entry: what the new node is called, what it is and where it belongs."""

    label: str
    kind: Kind
    domain: Domain

    @property
    def palette_label(self) -> str:
        """A palette entry's label as the palette shows it, in the current language (``label`` is its English,
        which Find, the role words and the tests know it by). Only for the entries of :data:`CATALOGUE`: an
        entry made from a typed name keeps the name as typed."""
        return translate("Catalogue", self.label)


def _entries(domain: Domain, *items: tuple[str, Kind]) -> tuple[CatalogueEntry, ...]:
    return tuple(CatalogueEntry(label, kind, domain) for label, kind in items)


P, G, ORG, PET = Kind.PERSON, Kind.GROUP, Kind.ORGANISATION, Kind.PET

CATALOGUE: dict[Domain, tuple[CatalogueEntry, ...]] = {
    Domain.FAMILY: _entries(
        Domain.FAMILY,
        (QT_TRANSLATE_NOOP("Catalogue", "Family member"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Mum"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Dad"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Partner"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Child"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Brother"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Sister"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Grandparent"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Pet"), PET),
    ),
    Domain.FRIENDS: _entries(
        Domain.FRIENDS,
        (QT_TRANSLATE_NOOP("Catalogue", "Friend"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Neighbour"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Group of friends"), G),
    ),
    Domain.COMMUNITY: _entries(
        Domain.COMMUNITY,
        (QT_TRANSLATE_NOOP("Catalogue", "Peer mentor"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Community mentor"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Relational navigator"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Recovery group"), G),
        (QT_TRANSLATE_NOOP("Catalogue", "Recovery community"), G),
        (QT_TRANSLATE_NOOP("Catalogue", "Faith group"), G),
        (QT_TRANSLATE_NOOP("Catalogue", "Sports club"), G),
        (QT_TRANSLATE_NOOP("Catalogue", "Volunteering"), G),
        (QT_TRANSLATE_NOOP("Catalogue", "Online community"), G),
    ),
    Domain.WORK_EDUCATION: _entries(
        Domain.WORK_EDUCATION,
        (QT_TRANSLATE_NOOP("Catalogue", "Employer"), ORG),
        (QT_TRANSLATE_NOOP("Catalogue", "College"), ORG),
        (QT_TRANSLATE_NOOP("Catalogue", "School"), ORG),
    ),
    Domain.SERVICES: _entries(
        Domain.SERVICES,
        (QT_TRANSLATE_NOOP("Catalogue", "GP"), ORG),
        (QT_TRANSLATE_NOOP("Catalogue", "Mental health team"), ORG),
        (QT_TRANSLATE_NOOP("Catalogue", "Drug and alcohol service"), ORG),
        (QT_TRANSLATE_NOOP("Catalogue", "Housing"), ORG),
        (QT_TRANSLATE_NOOP("Catalogue", "Job centre"), ORG),
        (QT_TRANSLATE_NOOP("Catalogue", "Benefits"), ORG),
    ),
    Domain.JUSTICE: _entries(
        Domain.JUSTICE,
        (QT_TRANSLATE_NOOP("Catalogue", "Probation officer"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Youth offending team"), ORG),
        (QT_TRANSLATE_NOOP("Catalogue", "Police"), ORG),
        (QT_TRANSLATE_NOOP("Catalogue", "Solicitor"), P),
        (QT_TRANSLATE_NOOP("Catalogue", "Court"), ORG),
    ),
}


FIELD_ROLES = ("Peer mentor", "Community mentor", "Relational navigator", "Recovery community")
"""The palette's roles from network-promoting practice (design §14): who, besides the client and the
worker, often takes on an agreed step (their labels in English; :func:`owner_roles` says them)."""


def owner_roles() -> tuple[str, ...]:
    """The roles to suggest as an action's owner, besides the client and the worker: "Peer mentor", ...
    (in the current language, as the palette shows them)."""
    return tuple(translate("Catalogue", role) for role in FIELD_ROLES)


def lookup(name: str) -> CatalogueEntry | None:
    """What the catalogue knows for a typed name, or None if nothing (design §17).

    The entry is labelled with the name as typed (stripped, inner white space
    collapsed); its kind and domain are those of the known term that best
    matches: a term matches when its words are consecutive whole words of the
    name, ignoring case, spacing and punctuation ("Brother Jay", "Mum (Carol)",
    "Ex-partner Kelly"; "Social worker" is not "work"). The longest term (in
    words) wins; among equally long ones, the earliest in the name.
    """
    words = _words(name)
    best: tuple[int, int, int] | None = None
    found: _Known | None = None
    for start in range(len(words)):
        key = ""
        for end in range(start + 1, len(words) + 1):
            key += words[end - 1]
            if len(key) > _LONGEST_KEY:
                break
            known = _KNOWN.get(key)
            if known is None or not known.matches(words[start:end], start):
                continue
            rank = (-known.length, start, start - end)
            if best is None or rank < best:
                best, found = rank, known
    if found is None:
        return None
    return CatalogueEntry(" ".join(name.split()), found.kind, found.domain)


@dataclass(frozen=True, slots=True)
class _Known:
    """One spelling of a known term: its words, and what the term means."""

    words: tuple[str, ...]
    length: int
    kind: Kind
    domain: Domain
    first_word_only: bool

    def matches(self, run: tuple[str, ...], start: int) -> bool:
        """Whether consecutive words of a name, starting at word ``start``, spell this term.

        The run has the term's letters (the caller looked it up by them). Word
        for word it always matches; split differently ("Jobcentre" for "job
        centre", "Grand dad" for "granddad") only if no word is a lone letter
        but a possessive "s", so that initials ("Jo B") never spell a term ("job").
        """
        if self.first_word_only:
            return start == 0 and run == self.words
        return run == self.words or all(len(word) > 1 or word == "s" for word in run)


def _words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as matched: folded case, punctuation as spaces, accents kept.

    Upper-casing before case folding folds the few letters whose capital
    folds elsewhere (the dotless "ı") the same as their capitals.
    """
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).upper().casefold())
    folded = folded.replace("&", " and ")
    return tuple("".join(char if char.isalnum() else " " for char in folded).split())


def _index() -> dict[str, _Known]:
    """Every spelling of every term by its letters: as written, then plurals where free."""
    known: dict[str, _Known] = {}
    plurals: dict[str, _Known] = {}
    for (domain, kind), terms in TERMS.items():
        for term in terms:
            words = _words(term)
            first_only = term in FIRST_WORD_ONLY
            known["".join(words)] = _Known(words, len(words), kind, domain, first_only)
            if len(words[-1]) >= 3 and not words[-1].endswith("s"):
                plural = (*words[:-1], words[-1] + "s")
                plurals["".join(plural)] = _Known(plural, len(words), kind, domain, first_only)
    return plurals | known


_KNOWN = _index()
_LONGEST_KEY = max(map(len, _KNOWN))
