"""The one rule for a person's label when pseudonymising: role words stay, personal names become initials."""

import pytest

from ecomap.model.catalogue import CATALOGUE
from ecomap.model.enums import Kind
from ecomap.model.roles import is_role, name_words, pseudonymise_label


@pytest.mark.parametrize(
    ("label", "becomes"),
    [
        ("Brother Jay", "Brother J."),
        ("Housing support worker", "Housing support worker"),
        ("Mum (Carol)", "Mum (C.)"),
        ("Lee Marsh", "L.M."),
        ("Rosa Braunsteigl-Müller", "R.B.M."),
        ("Coach Malik", "Coach M."),
        ("Step-dad Gary", "Step-dad G."),
        ("Stepdad", "Stepdad"),
        ("Kelly (ex-partner)", "K. (ex-partner)"),
        ("PROBATION Officer", "PROBATION Officer"),
        ("Job centre work coach", "Job centre work coach"),
        ("Dr Patel", "Dr P."),
        ("Cousins", "Cousins"),
        ("Lee and Kim", "L. and K."),
        ("Flat 12 neighbour", "F. neighbour"),
        ("İlkay Demir", "İ.D."),
        ("123", "?"),
    ],
)
def test_role_words_stay_and_names_become_initials(label: str, becomes: str) -> None:
    assert pseudonymise_label(label) == becomes


@pytest.mark.parametrize("label", ["Amy Church", "Lee Judge", "Jay Foster", "Ma Long", "Lee's mum"])
def test_a_role_word_that_follows_a_name_is_taken_for_a_surname(label: str) -> None:
    """Safe rather than sorry: "Church" after "Amy" is probably her surname."""
    assert not any(word in pseudonymise_label(label) for word in label.replace("'", " ").split()[1:])
    assert pseudonymise_label(label).count(".") == 2


def test_every_person_in_the_palette_is_a_role() -> None:
    people = [e.label for entries in CATALOGUE.values() for e in entries if e.kind in (Kind.PERSON, Kind.PET)]
    assert people
    assert all(is_role(label) for label in people)


def test_name_words_are_the_words_initialled() -> None:
    assert name_words("Brother Jay") == ["Jay"]
    assert name_words("Mum") == []
    assert not is_role("")
    assert not is_role("Lee")
