"""The review of a plan at a later version (design §14): every status, every movement of a tie, and the words."""

import pytest

from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind, Strength
from ecomap.model.network import EcoMap
from ecomap.model.plan import About, AboutCapital, AboutDomain, AboutNode, AboutTie, Action, Status
from ecomap.model.plan_words import about_words, fate_sentence, outcome_words
from ecomap.model.review import Movement, due_actions, fates, map_outcome, movement, review_plan

S, M, T = Strength.STRONG, Strength.MODERATE, Strength.TENUOUS


def with_ties(*ties: tuple[str, str, Strength], nodes: tuple[str, ...] = ("mum", "gary", "cafe")) -> EcoMap:
    labels = {"mum": "Mum", "gary": "Gary", "cafe": "Recovery café"}
    members = [Node("sam", "Sam", Kind.CLIENT), *(Node(n, labels[n], Kind.PERSON, Domain.FAMILY) for n in nodes)]
    return EcoMap(members, [Tie(f"t{i}", a, b, Capital.BONDING, s) for i, (a, b, s) in enumerate(ties)])


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (None, None, None),
        (None, S, Movement.NEW),
        (T, M, Movement.STRONGER),
        (M, S, Movement.STRONGER),
        (S, T, Movement.WEAKER),
        (M, M, Movement.SAME),
        (S, None, Movement.ENDED),
    ],
)
def test_a_tie_moves_by_strong_over_moderate_over_tenuous(
    before: Strength | None, after: Strength | None, expected: Movement | None
) -> None:
    tie = {s: Tie("t", "a", "b", Capital.BONDING, s) for s in Strength}
    assert movement(tie[before] if before else None, tie[after] if after else None) == expected


@pytest.mark.parametrize(
    ("about", "then", "now", "on_map", "strength"),
    [
        (AboutTie(("sam", "cafe")), with_ties(), with_ties(("cafe", "sam", M)), True, Movement.NEW),
        (
            AboutTie(("sam", "cafe")),
            with_ties(("sam", "cafe", T)),
            with_ties(("sam", "cafe", S)),
            True,
            Movement.STRONGER,
        ),
        (
            AboutTie(("mum", "gary")),
            with_ties(("mum", "gary", S)),
            with_ties(("gary", "mum", T)),
            True,
            Movement.WEAKER,
        ),
        (AboutTie(("sam", "mum")), with_ties(("sam", "mum", M)), with_ties(("sam", "mum", M)), True, Movement.SAME),
        (AboutTie(("sam", "mum")), with_ties(("sam", "mum", M)), with_ties(), False, Movement.ENDED),
        (AboutTie(("sam", "mum")), with_ties(), with_ties(), False, None),
        (AboutNode("cafe"), with_ties(nodes=("mum",)), with_ties(("sam", "cafe", S)), True, Movement.NEW),
        (AboutNode("cafe"), with_ties(), with_ties(), True, None),  # on the map, tied to nobody
        (AboutNode("cafe"), with_ties(("sam", "cafe", S)), with_ties(nodes=("mum",)), False, Movement.ENDED),
        (
            AboutNode("gary"),
            with_ties(("mum", "gary", S)),
            with_ties(("mum", "gary", T)),
            True,
            None,
        ),  # not the client's
        (AboutCapital(Capital.BRIDGING), with_ties(), with_ties(("sam", "cafe", S)), None, None),
        (AboutDomain(Domain.COMMUNITY), with_ties(), with_ties(("sam", "cafe", S)), None, None),
        (None, with_ties(), with_ties(("sam", "cafe", S)), None, None),
    ],
)
def test_what_the_map_did_about_an_action(
    about: About, then: EcoMap, now: EcoMap, on_map: bool | None, strength: Movement | None
) -> None:
    outcome = map_outcome(about, then, now)
    assert (outcome.on_map, outcome.strength) == (on_map, strength)


def test_the_review_of_a_plan_gives_the_earlier_status_and_none_for_new_actions_and_for_the_first_version() -> None:
    first = with_ties(("sam", "mum", M))
    first.plan.add_action(Action("a1", "Go to the café with Gary", AboutTie(("sam", "cafe")), "Sam", "2026-02-01"))
    first.plan.add_action(Action("a2", "Call Mum on Sundays", AboutNode("mum")))
    second = with_ties(("sam", "mum", S), ("sam", "cafe", M))
    second.plan.add_action(Action("a2", "Call Mum on Sundays", AboutNode("mum"), status=Status.DONE))
    second.plan.add_action(Action("a3", "Look for a course", AboutDomain(Domain.WORK_EDUCATION)))
    assert set(review_plan(None, first, 0).values()) == {None}
    reviews = review_plan(first, second, 1)
    assert list(reviews) == ["a2", "a3"]
    assert reviews["a3"] is None
    review = reviews["a2"]
    assert review is not None
    assert (review.since, review.status_then, review.outcome.on_map, review.outcome.strength) == (
        1,
        Status.PLANNED,
        True,
        Movement.STRONGER,
    )


def test_the_fate_of_every_status_and_of_an_action_gone_from_the_plan() -> None:
    then = with_ties()
    for number, text in enumerate(["Planned", "Doing", "Done", "Dropped", "Gone"], start=1):
        then.plan.add_action(Action(f"a{number}", text, AboutTie(("sam", "cafe"))))
    now = with_ties(("sam", "cafe", S))
    for number, status in enumerate([Status.PLANNED, Status.DOING, Status.DONE, Status.DROPPED], start=1):
        now.plan.add_action(Action(f"a{number}", "x", AboutTie(("sam", "cafe")), status=status))
    found = fates(then, now)
    assert [f.status_word for f in found] == ["planned", "doing", "done", "dropped", "gone"]
    assert [fate_sentence(f, now).split(":")[0] for f in found] == [
        "Planned",
        "Under way",
        "Done",
        "Dropped",
        "No longer in the plan",
    ]


def test_the_sentence_says_what_became_of_the_step_and_what_the_map_did() -> None:
    then = with_ties()
    then.plan.add_action(Action("a1", "Go to the recovery café  with\nGary", AboutNode("cafe")))
    now = with_ties(("sam", "cafe", S))
    now.plan.add_action(Action("a1", "Go to the recovery café with Gary", AboutNode("cafe"), status=Status.DONE))
    [fate] = fates(then, now)
    assert (
        fate_sentence(fate, now) == "Done: Go to the recovery café with Gary — Recovery café is now on the map, strong"
    )


@pytest.mark.parametrize(
    ("then", "now", "phrase"),
    [
        (
            with_ties(("sam", "cafe", T)),
            with_ties(("sam", "cafe", S)),
            "the tie to Recovery café is stronger (tenuous to strong)",
        ),
        (
            with_ties(("sam", "cafe", S)),
            with_ties(("sam", "cafe", M)),
            "the tie to Recovery café is weaker (strong to moderate)",
        ),
        (
            with_ties(("sam", "cafe", M)),
            with_ties(("sam", "cafe", M)),
            "the tie to Recovery café is as it was, moderate",
        ),
        (with_ties(("sam", "cafe", M)), with_ties(), "the tie to Recovery café has ended"),
        (with_ties(), with_ties(), "the tie to Recovery café is not on the map yet"),
    ],
)
def test_each_movement_of_a_tie_in_words(then: EcoMap, now: EcoMap, phrase: str) -> None:
    about = AboutTie(("sam", "cafe"))
    assert outcome_words(about, map_outcome(about, then, now), now) == phrase


def test_what_an_action_is_about_in_words() -> None:
    ecomap = with_ties()
    assert about_words(AboutNode("gary"), ecomap) == "Gary"
    assert about_words(AboutTie(("cafe", "sam")), ecomap) == "the tie to Recovery café"
    assert about_words(AboutTie(("mum", "gary")), ecomap) == "the tie between Mum and Gary"
    assert about_words(AboutDomain(Domain.WORK_EDUCATION), ecomap) == "work or learning"
    assert about_words(AboutCapital(Capital.LINKING), ecomap).startswith("linking")
    assert about_words(None, ecomap) == "the network as a whole"
    assert about_words(AboutNode("nobody"), ecomap) == "someone no longer on the map"


def test_due_actions_are_open_ones_due_by_today_earliest_first() -> None:
    ecomap = with_ties()
    ecomap.plan.add_action(Action("a1", "Later", due="2026-12-24"))
    ecomap.plan.add_action(Action("a2", "Today", due="2026-12-01", status=Status.DOING))
    ecomap.plan.add_action(Action("a3", "Overdue", due="2026-11-01"))
    ecomap.plan.add_action(Action("a4", "Done already", due="2026-11-01", status=Status.DONE))
    ecomap.plan.add_action(Action("a5", "Dropped", due="2026-11-01", status=Status.DROPPED))
    ecomap.plan.add_action(Action("a6", "No date"))
    assert [a.id for a in due_actions(ecomap, "2026-12-01")] == ["a3", "a2"]
    assert ecomap.plan.action("a3").is_overdue("2026-12-01")
    assert not ecomap.plan.action("a2").is_overdue("2026-12-01")
