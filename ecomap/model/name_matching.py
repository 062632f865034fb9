"""Finding palette entries by what the user types, and what Enter adds when nothing is found.

Matching ignores case, accents, spaces and punctuation, and knows other names
for the entries (:data:`~ecomap.model.catalogue_terms.PALETTE_VARIANTS`):
"Jobcentre", "job-centre" and "JCP" all find "Job centre", "doctor" finds
"GP", "Alcoholics Anonymous" finds "Recovery group".
"""

import unicodedata
from collections.abc import Iterable

from ecomap.model.catalogue import CATALOGUE, CatalogueEntry, lookup
from ecomap.model.catalogue_terms import PALETTE_VARIANTS
from ecomap.model.enums import Domain, Kind
from ecomap.model.notation import DOMAIN_NAMES
from ecomap.model.rules import MAX_LABEL_LENGTH


def find_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as Find compares them.

    Case folded, accents dropped, "&" read as "and", apostrophes dropped
    ("Nan's" is "nans"), any other punctuation a space.
    """
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).upper().casefold())
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    folded = folded.replace("&", " and ").replace("'", "").replace("\u2019", "")
    return tuple("".join(char if char.isalnum() else " " for char in folded).split())


def compact(text: str) -> str:
    """``text`` as Find compares it whole: its words run together ("Job centre" is "jobcentre")."""
    return "".join(find_words(text))


def _names(entry: CatalogueEntry) -> tuple[str, ...]:
    """The entry's label (as the palette shows it, and in English) and its other names, compacted."""
    labels = dict.fromkeys((entry.palette_label, entry.label))
    return (*map(compact, labels), *map(compact, PALETTE_VARIANTS.get(entry.label, ())))


def _word_starts(text: str) -> tuple[str, ...]:
    """``text`` compacted from each of its words on: where a typed word may begin in another name."""
    words = find_words(text)
    return tuple("".join(words[start:]) for start in range(len(words)))


def _forms(word: str) -> tuple[str, ...]:
    """A typed word, and without its "s" if it may be a plural ("GPs", "Friends")."""
    return (word, word[:-1]) if len(word) >= 3 and word.endswith("s") else (word,)


def _word_found(word: str, shown: Iterable[str], other_names: Iterable[str]) -> bool:
    """Whether a typed word is anywhere in a shown name, or begins a word of another name."""
    forms = _forms(word)
    return any(form in name for form in forms for name in shown) or any(
        name.startswith(form) for form in forms for name in other_names
    )


def entry_matches(entry: CatalogueEntry, text: str) -> bool:
    """Whether ``entry`` shows under the Find text ``text``.

    Blank text shows everything. Otherwise every typed word (or, ending in
    "s", the word without it) must be part of the entry's label or its
    domain's name, or begin a word of one of the entry's other names, all
    compared with case, accents, spaces and punctuation removed: "Jobcentre"
    and "job centre" find "Job centre", "JCP" finds it too, "mental team"
    finds "Mental health team", "justice" finds the justice entries, but
    "friend" does not find "Partner" through "girlfriend". Text with no
    letters or digits finds nothing. The label and the domain's name are
    as the palette shows them, in the program's language; their English
    counts as another name.
    """
    if not text.strip():
        return True
    words = find_words(text)
    if not words:
        return False
    shown = (compact(entry.palette_label), compact(DOMAIN_NAMES[entry.domain]))
    # In another language the English label and domain are other names (the variants are English words).
    other = (entry.label, DOMAIN_NAMES.english(entry.domain), *PALETTE_VARIANTS.get(entry.label, ()))
    other_names = [start for name in other for start in _word_starts(name)]
    return all(_word_found(word, shown, other_names) for word in words)


def matching(text: str, entries: Iterable[CatalogueEntry] | None = None) -> list[CatalogueEntry]:
    """The entries (by default the whole catalogue, in its order) that ``text`` finds."""
    chosen = entries if entries is not None else (entry for group in CATALOGUE.values() for entry in group)
    return [entry for entry in chosen if entry_matches(entry, text)]


def best_match(text: str, entries: Iterable[CatalogueEntry]) -> CatalogueEntry | None:
    """Of entries ``text`` found, the one Enter adds: the first one named exactly so, else the first.

    "Dr" finds "Drug and alcohol service" too, but is a name of the GP.
    """
    found = list(entries)
    typed = compact(text)
    exact = [entry for entry in found if typed in _names(entry)]
    return next(iter(exact or found), None)


def new_entry(text: str) -> CatalogueEntry | None:
    """What Enter adds for Find text that matched nothing: the typed name, or None if it is blank.

    The name is the text with white space collapsed, cut to the longest label
    allowed. Its kind and domain are what the catalogue knows of the name
    (``lookup``: "Aunt Jo" is family), else a person in "other".
    """
    name = " ".join(text.split())[:MAX_LABEL_LENGTH].strip()
    if not name:
        return None
    known = lookup(name)
    if known is not None:
        return CatalogueEntry(name, known.kind, known.domain)
    return CatalogueEntry(name, Kind.PERSON, Domain.OTHER)
