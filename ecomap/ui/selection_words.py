"""The selection on the map in words, for screen readers, the status bar and the Details panel (Qt-free).

The words are in the current language (context "SelectionWords").
"""

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.change_words import flow_arrow
from ecomap.model.elements import Tie
from ecomap.model.network import EcoMap
from ecomap.model.notation import (
    CAPITAL_NAMES_IN_TEXT,
    DOMAIN_NAMES_IN_TEXT,
    KIND_NAMES_IN_TEXT,
    STRENGTH_NAMES_IN_TEXT,
)

OTHERS = QT_TRANSLATE_NOOP("SelectionWords", "others")
"""Stands for the other ends when several ties share one end (in English: translated where shown)."""


def describe_selection(ecomap: EcoMap, nodes: list[str], ties: list[str]) -> str:
    """'Selected: GP, organisation in services, 2 ties', a tie's ends and kind, a count, or a hint."""
    if len(nodes) == 1 and not ties:
        node = ecomap.node(nodes[0])
        what = (
            KIND_NAMES_IN_TEXT[node.kind]
            if node.is_client
            else translate("SelectionWords", "{kind} in {domain}").format(
                kind=KIND_NAMES_IN_TEXT[node.kind], domain=DOMAIN_NAMES_IN_TEXT[node.domain]
            )
        )
        return translate("SelectionWords", "Selected: {name}, {what}, {ties}").format(
            name=node.label, what=what, ties=tie_count(len(ecomap.ties_of(node.id)))
        )
    if len(ties) == 1 and not nodes:
        tie = ecomap.tie(ties[0])
        words = (
            translate("SelectionWords", "Selected: tie between {first} and {second}, {capital}, {strength}, stressful")
            if tie.stressful
            else translate("SelectionWords", "Selected: tie between {first} and {second}, {capital}, {strength}")
        )
        return words.format(
            first=ecomap.node(tie.source).label,
            second=ecomap.node(tie.target).label,
            capital=CAPITAL_NAMES_IN_TEXT[tie.capital],
            strength=STRENGTH_NAMES_IN_TEXT[tie.strength],
        )
    if nodes or ties:
        count = len(nodes)  # (lupdate finds a plural's count only as a plain name)
        return translate("SelectionWords", "Selected: {places} and {ties}").format(
            places=translate("SelectionWords", "%n people or places", None, count), ties=tie_count(len(ties))
        )
    return translate(
        "SelectionWords", "Nothing selected. Double-click to add a person; press Tab to move between people."
    )


def tie_count(number: int) -> str:
    """'1 tie', '2 ties', 'no ties'."""
    return translate("SelectionWords", "no ties") if number == 0 else tie_count_words(number)


def selected_count(nodes: int, ties: int) -> str:
    """What the Details panel says of several things selected: "2 people and 1 tie selected. Select one ..."."""
    people = translate("SelectionWords", "%n people", None, nodes)
    what = translate("SelectionWords", "{people} and {ties}").format(people=people, ties=tie_count_words(ties))
    return translate(
        "SelectionWords", "{what} selected.\nSelect one person or one tie to see and change the details."
    ).format(what=what if ties else people)


def tie_count_words(number: int) -> str:
    """'1 tie', '2 ties' (also '0 ties')."""
    return translate("SelectionWords", "%n ties", None, number)


def flow_end_words(ecomap: EcoMap, ties: list[Tie]) -> tuple[str | None, str | None]:
    """Words for the two ends that ``ties``' flow is measured between: names, or "others" for a shared end;
    (None, None) when the ties share no end."""
    one_source, one_target = len({t.source for t in ties}) == 1, len({t.target for t in ties}) == 1
    if not (one_source or one_target):
        return None, None
    unnamed = translate("SelectionWords", "unnamed")
    source, target = (ecomap.node(end).label or unnamed for end in (ties[0].source, ties[0].target))
    others = translate("SelectionWords", OTHERS)
    return source if one_source else others, target if one_target else others


def one_way_words(giver: str, receiver: str) -> str:
    """``"Gran → Sam"``, or ``"Others → Sam"`` when the giver is "others"."""
    return flow_arrow(giver.capitalize() if giver == translate("SelectionWords", OTHERS) else giver, receiver)
