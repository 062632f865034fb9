"""Finding palette entries by what is typed in "Find…", and what Enter adds when nothing is found."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecomap.model.catalogue import CATALOGUE, CatalogueEntry, lookup
from ecomap.model.catalogue_terms import PALETTE_VARIANTS
from ecomap.model.enums import Domain, Kind
from ecomap.model.name_matching import best_match, compact, entry_matches, matching, new_entry
from ecomap.model.rules import MAX_LABEL_LENGTH

ENTRIES = [entry for group in CATALOGUE.values() for entry in group]
BY_LABEL = {entry.label: entry for entry in ENTRIES}


def labels(text: str) -> list[str]:
    return [entry.label for entry in matching(text)]


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("Jobcentre", "Job centre"),
        ("jobcentre", "Job centre"),
        ("JOB CENTRE", "Job centre"),
        ("job-centre", "Job centre"),
        ("  Job   centre ", "Job centre"),
        ("JCP", "Job centre"),
        ("Jobcentre Plus", "Job centre"),
        ("work coach", "Job centre"),
        ("GP", "GP"),
        ("doctor", "GP"),
        ("Doctors", "GP"),
        ("Dr.", "GP"),
        ("GPs", "GP"),
        ("AA", "Recovery group"),
        ("Alcoholics Anonymous", "Recovery group"),
        ("alcoholics-anonymous", "Recovery group"),
        ("Narcotics Anon", "Recovery group"),
        ("Al-Anon", "Recovery group"),
        ("Nan's", "Grandparent"),
        ("Granddad", "Grandparent"),
        ("fiancee", "Partner"),
        ("Fiancée", "Partner"),
        ("Mosque", "Faith group"),
        ("YOT", "Youth offending team"),
        ("universal credit", "Benefits"),
        ("friends", "Friend"),
    ],
)
def test_find_ignores_case_spaces_and_punctuation_and_knows_other_names(typed: str, label: str) -> None:
    assert label in labels(typed)
    assert best_match(typed, matching(typed)) == BY_LABEL[label]


def test_find_matches_parts_of_labels_domain_names_and_other_names() -> None:
    assert labels("health centre") == ["GP"]
    assert labels("gran") == ["Grandparent"]
    assert labels("parent") == ["Grandparent"]
    assert labels("mental team") == ["Mental health team"]
    assert matching("justice") == list(CATALOGUE[Domain.JUSTICE])
    assert matching("") == ENTRIES
    assert matching("   ") == ENTRIES
    assert matching("zebra") == []
    assert matching("!!!") == []


def test_other_names_match_only_from_the_start_of_a_word() -> None:
    """Hidden names must match plainly: "friend" is not the Partner through "girlfriend"."""
    assert "Partner" not in labels("friend")
    assert "Peer mentor" not in labels("friend")
    assert "Child" not in labels("dr")
    assert "Partner" in labels("girlfriend")


def test_enter_prefers_an_entry_named_exactly_so_else_the_first() -> None:
    assert labels("dr") == ["GP", "Drug and alcohol service"]
    assert best_match("dr", matching("dr")) == BY_LABEL["GP"]
    assert best_match("drug", matching("drug")) == BY_LABEL["Drug and alcohol service"]
    assert best_match("justice", matching("justice")) == CATALOGUE[Domain.JUSTICE][0]
    assert best_match("zebra", []) is None


def test_every_entry_is_found_by_its_label_however_it_is_spaced_or_cased() -> None:
    for entry in ENTRIES:
        for typed in (entry.label, entry.label.upper(), entry.label.replace(" ", ""), f" {entry.label.lower()} "):
            assert entry_matches(entry, typed), typed
            assert best_match(typed, matching(typed)) == entry, typed


def test_the_other_names_belong_to_entries_and_mean_their_domain() -> None:
    for label, names in PALETTE_VARIANTS.items():
        entry = BY_LABEL[label]  # every key is an entry of the palette
        for name in names:
            assert entry_matches(entry, name), name
            known = lookup(name)
            assert known is None or known.domain is entry.domain, (label, name, known)


def test_a_name_found_nowhere_becomes_a_person_with_what_the_catalogue_knows() -> None:
    assert new_entry("  Xyz  ") == CatalogueEntry("Xyz", Kind.PERSON, Domain.OTHER)
    assert new_entry("Aunt   Jo") == CatalogueEntry("Aunt Jo", Kind.PERSON, Domain.FAMILY)
    assert new_entry("Library") == CatalogueEntry("Library", Kind.ORGANISATION, Domain.COMMUNITY)
    assert new_entry("") is None
    assert new_entry(" \t ") is None
    long = new_entry("x" * (MAX_LABEL_LENGTH + 20))
    assert long is not None
    assert len(long.label) == MAX_LABEL_LENGTH


@given(st.text(max_size=40))
def test_find_takes_any_text(text: str) -> None:
    found = matching(text)
    assert all(entry in ENTRIES for entry in found)
    assert best_match(text, found) in [*found, None]
    assert compact(text) == compact(text.upper().replace(" ", ""))
    if not text.strip():
        assert found == ENTRIES
        assert new_entry(text) is None
    else:
        added = new_entry(text)
        assert added is not None
        assert 0 < len(added.label) <= MAX_LABEL_LENGTH
        assert added.kind is not Kind.CLIENT
