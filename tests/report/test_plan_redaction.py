"""A pseudonymised summary's plan: whatever an action says, no name on the map survives in it, and a label
typed in an action reads as it does on the map."""

import re
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from ecomap.model.case import Case
from ecomap.model.network import EcoMap
from ecomap.model.plan import AboutNode, Action
from ecomap.report.redact import pseudonymised_for_report
from tests.report.cases import CLIENT, PEOPLE, WORKER, plan_case

NAMES = ("Brigitte", "Müller", "Darius", "Okonkwo", "Iñaki", "Ferreira", "Zoë", "Ćwik")
"""Every personal name in the plan case's labels and client name."""
WORDS = st.sampled_from(
    [
        *PEOPLE,
        CLIENT,
        "Zoë",
        "BRIGITTE",
        "darius",
        "Okonkwo's",
        "Iñaki-Ferreira",
        "Coach",
        "Nana",
        "Mate",
        "meet",
        "the Recovery café",
        "on Friday",
        "and",
        "—",
        "(",
        ")",
        "&",
    ]
)
OWNERS = st.sampled_from([*PEOPLE, CLIENT, WORKER, "zoë ćwik-müller", "Peer mentor", "", "Darius and Zoë"])


def with_action(case: Case, action: Action) -> Case:
    *earlier, latest = case.versions
    ecomap = latest.map
    plan = [*ecomap.plan.actions, action]
    grown = EcoMap(ecomap.nodes, ecomap.ties, ring_scale=ecomap.ring_scale, plan=plan)
    return Case(case.details, [*earlier, replace(latest, map=grown)])


def names_in(text: str) -> list[str]:
    return [name for name in NAMES if re.search(rf"(?<!\w){name}(?!\w)", text, re.IGNORECASE)]


@given(st.lists(WORDS, min_size=1, max_size=8), OWNERS)
def test_no_name_on_the_map_survives_in_a_pseudonymised_action(words: list[str], owner: str) -> None:
    text = " ".join(words)
    case = with_action(plan_case(), Action("px", text, AboutNode("nana"), owner, outcome=text))
    hidden = pseudonymised_for_report(case, keep_notes=True)
    action = hidden.versions[-1].map.plan.action("px")
    assert names_in(action.text) == []
    assert names_in(action.outcome) == []
    if owner == WORKER:
        assert action.owner == owner  # kept, as the summary's header keeps the worker's name
    else:
        assert names_in(action.owner) == []
    assert action.about == AboutNode(list(hidden.versions[-1].map.nodes)[1].id)  # Nana, under her new id
    labels = {
        old.label: new.label
        for old, new in zip(case.versions[-1].map.nodes, hidden.versions[-1].map.nodes, strict=True)
    }
    for label in PEOPLE:
        if label in words:
            assert labels[label] in action.text  # "Coach Darius Okonkwo" is "Coach D.O." here as on the map
    if owner in labels:
        assert action.owner == labels[owner]
    if owner == CLIENT:
        assert action.owner == hidden.details.client
