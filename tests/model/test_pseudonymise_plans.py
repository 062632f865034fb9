"""Pseudonymised copies carry each version's plan: still valid, about the renumbered nodes, and with no name
replaced on the map left in an action's text, owner or outcome."""

import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from ecomap.model.canonical import map_from_dict, map_to_dict
from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.elements import Node
from ecomap.model.enums import Capital, Domain, Kind
from ecomap.model.network import EcoMap
from ecomap.model.plan import MAX_ACTION_TEXT, About, AboutCapital, AboutNode, AboutTie, Action, Status
from ecomap.model.pseudonymise import pseudonymise_case, pseudonymised
from ecomap.model.roles import fold
from tests.strategies import cases

NAMES = ("Darius", "Okonkwo", "Zoë", "İlkay", "Brigitte", "Müller", "Iñaki", "Ferreira", "Kelly")
"""Personal names: whichever of them is in a person's label or the client's name must not survive."""
ROLES = ("Coach", "Nana", "Mate", "Peer mentor", "Brother", "Mum")
WORKERS = ("Sam Patel", "Darius Okonkwo")
"""The worker: a name not on the map, or one that is (an owner who is the worker stays as typed)."""
LETTERS = re.compile(r"[^\W\d_]+")

person_labels = st.builds(
    lambda role, names: " ".join([*role, *names]),
    st.lists(st.sampled_from(ROLES), max_size=1),
    st.lists(st.sampled_from(NAMES), min_size=1, max_size=2, unique=True),
) | st.sampled_from(ROLES)
client_names = st.lists(st.sampled_from(NAMES), min_size=1, max_size=2, unique=True).map(" ".join)
spellings = st.sampled_from(NAMES).flatmap(
    lambda name: st.sampled_from([name, name.upper(), name.lower(), f"{name}'s", f"{name}-{NAMES[0]}"])
)
"""A name as it may be typed in an action: any case, possessive, joined to another."""
filler = st.sampled_from(["meet", "with", "the Recovery café", "on Friday", "and", "&", "—", "(", ")", "coach"])


@st.composite
def named_cases(draw: st.DrawFn) -> Case:
    """One to three versions of a client, people named from :data:`NAMES` and a café, each with a plan whose
    texts, owners and outcomes mention those people, in their labels' words or in their own."""
    pool = [
        Node(f"p{number}", draw(person_labels), kind=draw(st.sampled_from([Kind.PERSON, Kind.PET])))
        for number in range(4)
    ]
    cafe = Node("cafe", "Recovery café", Kind.GROUP, Domain.COMMUNITY)
    client = Node("client", draw(client_names), Kind.CLIENT)
    labels = [client.label, *(node.label for node in pool)]
    words = st.sampled_from(labels) | spellings | filler
    texts = st.lists(words, min_size=1, max_size=8).map(" ".join)
    worker = draw(st.sampled_from(WORKERS))
    owners = st.sampled_from([*labels, worker, worker.upper(), "Peer mentor", ""]) | texts.map(lambda t: t[:200])
    versions = []
    for number in range(draw(st.integers(1, 3))):
        others = draw(st.lists(st.sampled_from([*pool, cafe]), max_size=5, unique_by=lambda n: n.id))
        ids = ["client", *(node.id for node in others)]
        abouts: list[st.SearchStrategy[About]] = [st.none(), st.just(AboutCapital(Capital.BRIDGING))]
        abouts.append(st.sampled_from(ids).map(AboutNode))
        if len(ids) > 1:
            abouts.append(
                st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True).map(
                    lambda e: AboutTie((e[0], e[1]))
                )
            )
        plan = [
            Action(
                f"a{index}",
                draw(texts),
                draw(st.one_of(abouts)),
                draw(owners),
                status=draw(st.sampled_from(list(Status))),
                outcome=draw(texts | st.just("")),
            )
            for index in draw(st.lists(st.integers(1, 6), max_size=4, unique=True))
        ]
        versions.append(
            Version(f"Review {number}", f"2026-0{number + 1}-01", "", EcoMap([client, *others], [], plan=plan))
        )
    return Case(CaseDetails("YJ-7", client.label, worker), versions)


def names_left(text: str, names: set[str]) -> set[str]:
    """Which of ``names`` (folded) are words of ``text``, however cased or accented."""
    return {fold(word) for word in LETTERS.findall(text)} & names


def replaced_names(case: Case) -> set[str]:
    """The folded personal names pseudonymising had to replace: in the client's name and people's labels."""
    labels = [case.details.client]
    for version in case.versions:
        labels.extend(node.label for node in version.map.nodes if node.kind in (Kind.PERSON, Kind.PET, Kind.CLIENT))
    return {fold(word) for label in labels for word in LETTERS.findall(label)} & {fold(name) for name in NAMES}


@settings(max_examples=100)
@given(named_cases(), st.booleans())
def test_no_name_replaced_on_the_map_survives_in_a_plan(case: Case, keep_notes: bool) -> None:
    hidden = pseudonymise_case(case, keep_notes=keep_notes)
    names = replaced_names(case)
    for before, after in zip(case.versions, hidden.versions, strict=True):
        new_id = {old.id: new.id for old, new in zip(before.map.nodes, after.map.nodes, strict=True)}
        actions = list(after.map.plan.actions)
        assert [a.id for a in actions] == [a.id for a in before.map.plan.actions]
        for old, new in zip(before.map.plan.actions, actions, strict=True):
            assert names_left(new.text, names) == set(), new.text
            assert names_left(new.outcome, names) == set(), new.outcome
            if fold(old.owner) == fold(case.details.worker):
                assert new.owner == old.owner  # the worker is named in the case details too
            else:
                assert names_left(new.owner, names) == set(), new.owner
            assert bool(new.outcome) == (keep_notes and bool(old.outcome))
            assert (new.status, new.due) == (old.status, old.due)
            if isinstance(old.about, AboutNode):
                assert new.about == AboutNode(new_id[old.about.node])
            elif isinstance(old.about, AboutTie):
                assert new.about == AboutTie((new_id[old.about.ends[0]], new_id[old.about.ends[1]]))
            else:
                assert new.about == old.about
        assert map_from_dict(map_to_dict(after.map)) == after.map  # the plan is one a map (and a file) accepts


@settings(max_examples=50)
@given(cases(max_versions=3, with_plan=True), st.booleans())
def test_any_plan_comes_through_valid_with_its_actions_in_order(case: Case, keep_notes: bool) -> None:
    hidden, scrub = pseudonymised(case, keep_notes=keep_notes, keep_reference=True)
    for before, after in zip(case.versions, hidden.versions, strict=True):
        assert [a.id for a in after.map.plan.actions] == [a.id for a in before.map.plan.actions]
        for old, new in zip(before.map.plan.actions, after.map.plan.actions, strict=True):
            assert new.text == scrub(old.text)[:MAX_ACTION_TEXT]
            assert new.outcome == (scrub(old.outcome) if keep_notes else "")
        assert map_from_dict(map_to_dict(after.map)) == after.map


def story() -> Case:
    client = Node("client", "Zoë Ćwik-Müller", Kind.CLIENT)
    coach = Node("coach", "Coach Darius Okonkwo", Kind.PERSON, Domain.COMMUNITY)
    nana = Node("nana", "Nana Brigitte", Kind.PERSON, Domain.FAMILY)
    plan = [
        Action("a1", "Go to the café with Coach Darius Okonkwo", AboutTie(("client", "coach")), "Coach Darius Okonkwo"),
        Action("a2", "Ring NANA BRIGITTE; ask Darius too", AboutNode("nana"), "Zoë", outcome="Brigitte came"),
        Action("a3", "Talk it over", None, "tomás ó briain", status=Status.DOING),
    ]
    ecomap = EcoMap([client, coach, nana], [], plan=plan)
    return Case(CaseDetails("YJ-1", client.label, "Tomás Ó Briain"), [Version("Start", "2026-01-12", "", ecomap)])


def test_a_name_reads_in_an_action_as_on_the_map() -> None:
    hidden = pseudonymise_case(story())
    ecomap = hidden.versions[0].map
    assert [n.label for n in ecomap.nodes] == ["Z.Ć.M.", "Coach D.O.", "Nana B."]
    a1, a2, a3 = ecomap.plan.actions
    assert (a1.text, a1.owner, a1.about) == ("Go to the café with Coach D.O.", "Coach D.O.", AboutTie(("client", "n2")))
    assert (a2.text, a2.owner, a2.about, a2.outcome) == ("Ring Nana B.; ask D. too", "Z.", AboutNode("n3"), "")
    assert (a3.owner, a3.status) == ("tomás ó briain", Status.DOING)  # the worker, however typed, is kept
    assert pseudonymise_case(story(), keep_notes=True).versions[0].map.plan.action("a2").outcome == "B. came"


def test_an_action_whose_names_grow_longer_is_cut_to_fit() -> None:
    # "a b c" becomes "a B.C.": a text full of it grows past 500 characters and is cut, not refused
    text = ("a b c " * 100)[:MAX_ACTION_TEXT]
    ecomap = EcoMap([Node("client", "Sam", Kind.CLIENT), Node("p", "a b c")], [], plan=[Action("a1", text)])
    case = Case(CaseDetails("R", "Sam"), [Version("Now", "2026-01-01", "", ecomap)])
    action = pseudonymise_case(case).versions[0].map.plan.action("a1")
    assert len(action.text) == MAX_ACTION_TEXT
    assert action.text.startswith("a B.C. a B.C.")


def test_a_case_without_plans_stays_without() -> None:
    case = replace(story(), versions=[replace(v, map=EcoMap(v.map.nodes, v.map.ties)) for v in story().versions])
    assert len(pseudonymise_case(case).versions[0].map.plan) == 0
