"""The model's words in German and Welsh: names, sentences, counts and dates come from the catalogue, whole.

The run speaks English; each test switches language itself (the shared
fixture puts it back). What machines read stays English in any language.
"""

import pytest

from ecomap.language import use_language
from ecomap.model import change_words as words
from ecomap.model.catalogue import CATALOGUE, owner_roles
from ecomap.model.changes import Change, ChangeKind, condensed, counts_summary, describe_changes, group_changes
from ecomap.model.dates import written_date
from ecomap.model.drawing import LEGEND
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.legibility import Legibility
from ecomap.model.network import EcoMap
from ecomap.model.notation import CAPITAL_NAMES, DOMAIN_NAMES, ring_labels
from ecomap.model.plan import AboutDomain, AboutTie, Status
from ecomap.model.plan_words import STATUS_WORDS, about_words
from ecomap.model.prompts import prompts_for


def two_maps() -> tuple[EcoMap, EcoMap]:
    """Sam and Gran, then Gran's tie stronger and stressful and a new bridging tie to a café."""
    sam, gran = Node("sam", "Sam", Kind.CLIENT), Node("gran", "Gran", Kind.PERSON, Domain.FAMILY)
    cafe = Node("cafe", "Café", Kind.GROUP, Domain.COMMUNITY)
    before = EcoMap([sam, gran], [Tie("t1", "sam", "gran", Capital.BONDING, Strength.TENUOUS)])
    after = EcoMap(
        [sam, gran, cafe],
        [
            Tie("t1", "sam", "gran", Capital.BONDING, Strength.STRONG, True),
            Tie("t2", "sam", "cafe", Capital.BRIDGING, Strength.MODERATE, flow=Flow.TO_TARGET),
        ],
    )
    return before, after


@pytest.mark.parametrize(
    ("language", "long", "short", "short_year"),
    [
        ("de", "1. März 2026", "5. Okt. 2026", "13. Juli 26"),
        ("cy", "1 Mawrth 2026", "5 Hyd 2026", "13 Gorff 26"),
        ("en", "1 March 2026", "5 Oct 2026", "13 Jul 26"),
    ],
)
def test_a_date_is_written_in_the_language_in_use(language: str, long: str, short: str, short_year: str) -> None:
    use_language(language)
    assert written_date("2026-03-01", long=True) == long
    assert written_date("2026-10-05") == short
    assert written_date("2026-07-13", short_year=True) == short_year
    assert written_date("soon") == "soon"


def test_the_notation_names_itself_in_german_and_welsh_and_keeps_its_english_for_machines() -> None:
    use_language("de")
    assert CAPITAL_NAMES[Capital.BRIDGING] == "Brückenbildend"
    assert DOMAIN_NAMES[Domain.WORK_EDUCATION] == "Arbeit & Bildung"
    assert ring_labels() == ("Innen", "Mitte", "Außen")
    assert CAPITAL_NAMES.english(Capital.BRIDGING) == "Bridging"
    use_language("cy")
    assert CAPITAL_NAMES[Capital.BONDING] == "Clymu"
    assert DOMAIN_NAMES[Domain.FAMILY] == "Teulu"
    assert LEGEND[0].title == "Math o berthynas (lliw a llythyren)"
    assert LEGEND[0].entries[0].title == "Clymu (B)"


def test_changes_are_whole_sentences_in_german() -> None:
    use_language("de")
    changes = describe_changes(*two_maps())
    sentences = [change.sentence for change in changes]
    assert "Neue brückenbildende Beziehung: Café, mittel" in sentences
    assert "Neu auf der Karte: Café (Gemeinwesen)" in sentences
    assert "Gran: schwach → stark" in sentences
    assert "Gran: jetzt belastend" in sentences
    assert [title for title, _ in group_changes(changes)] == ["Neu", "Stärker", "Belastung"]
    assert {change.group for change in changes} == {"New", "Stronger", "Stress"}, "the groups' keys stay English"
    assert counts_summary(changes) == "2 neu, 1 stärker, 1 Änderung der Belastung"
    assert words.new_tie_opening(Capital.LINKING) == "Neue verknüpfende Beziehung: "


def test_changes_read_in_welsh_with_their_plural_forms() -> None:
    use_language("cy")
    assert words.flow_changed("Nain", Flow.TO_TARGET, Flow.BOTH, "Nain", "Sam") == (
        "Nain: llif egni bellach y ddwy ffordd (cyn hyn: i Sam)"
    )
    assert words.kind_changed(Kind.PERSON, Kind.GROUP) == "math bellach: grŵp (cyn hyn: person)"
    assert words.counts_summary([("Other", 6), ("Stress", 1)]) == "6 newid arall, 1 newid straen"
    assert words.counts_summary([]) == "Dim newidiadau"


def test_the_ties_whose_notes_changed_are_gathered_in_any_language() -> None:
    use_language("de")

    def notes(who: str) -> Change:
        return Change(ChangeKind.DETAILS, words.tie_notes_changed(who), ("a", "b"), frozenset({"a", "b"}))

    assert condensed([notes("Gran"), notes("Mum")]) == ["Notizen zu 2 Beziehungen geändert: Gran; Mum"]
    assert condensed([notes("Gran")]) == ["Gran: Notizen zur Beziehung geändert"]


def test_the_plan_speaks_german_but_what_a_csv_gets_stays_english() -> None:
    use_language("de")
    _, after = two_maps()
    assert STATUS_WORDS[Status.DOING] == "Begonnen"
    assert about_words(AboutTie(("sam", "gran")), after) == "die Beziehung zu Gran"
    assert about_words(AboutTie(("sam", "gran")), after, english=True) == "the tie to Gran"
    assert about_words(AboutDomain(Domain.WORK_EDUCATION), after, english=True) == "work or learning"


def test_a_prompt_is_said_in_welsh_and_kept_in_english_for_json() -> None:
    use_language("cy")
    prompt = next(p for p in prompts_for(EcoMap([Node("sam", "Sam", Kind.CLIENT)])) if p.code == "no_support")
    assert prompt.text.startswith("Does dim perthynas gefnogol ar y map eto")
    assert prompt.english.startswith("There is no supportive tie on the map yet")


def test_legibility_counts_take_welsh_and_german_plural_forms() -> None:
    found = Legibility(label_overlaps=1, out_of_band=3)
    use_language("de")
    assert found.describe() == ["1 Beschriftung überlappt", "3 Personen sind außerhalb ihrer Kreise"]
    use_language("cy")
    assert found.describe() == ["1 label yn gorgyffwrdd", "3 person y tu allan i'w cylchoedd"]


def test_the_palette_shows_its_entries_in_german_and_knows_them_by_their_english() -> None:
    use_language("de")
    mum = CATALOGUE[Domain.FAMILY][1]
    assert (mum.label, mum.palette_label) == ("Mum", "Mutter")
    assert owner_roles()[0] == "Peer-Mentor:in"
