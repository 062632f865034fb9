"""Every word Ecomap says about change and the flow of a tie, so the command line, the editor and the PDF agree.

Plain words a practitioner can read aloud to a client: "No longer on the
map: Old crowd (friends)", "Probation officer: tenuous → strong",
"Gran: flow now both ways (was to Sam)". :mod:`ecomap.model.changes` works
out what changed and takes its sentences from here; the views only lay the
words out. Nothing here knows about Qt, reportlab or the terminal.
"""

from collections.abc import Iterable

from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.notation import DOMAIN_NAMES

UNNAMED = "unnamed"
"""Stands for an empty label."""

# -- the flow of a tie ---------------------------------------------------------------

BOTH_WAYS = "both ways"
NOT_MARKED = "not marked"
"""A tie with no flow: no arrows drawn."""


def flow_arrow(giver: str, receiver: str) -> str:
    """``"Gran → Sam"``: energy and resources go from ``giver`` to ``receiver``."""
    return f"{giver} → {receiver}"


def flow_ends(flow: Flow, source: str, target: str) -> tuple[str, str] | None:
    """Who gives and who receives along a one-way tie from ``source`` to ``target``; None otherwise."""
    if flow is Flow.TO_TARGET:
        return source, target
    if flow is Flow.TO_SOURCE:
        return target, source
    return None


def flow_cell(flow: Flow, source: str, target: str) -> str:
    """The flow in a table of ties: ``"Gran → Sam"``, ``"both ways"`` or ``"not marked"``."""
    ends = flow_ends(flow, source, target)
    if ends is not None:
        return flow_arrow(*ends)
    return BOTH_WAYS if flow is Flow.BOTH else NOT_MARKED


def flow_direction(flow: Flow, source: str, target: str) -> str:
    """The flow in a sentence, named by who receives: ``"to Sam"``, ``"both ways"`` or ``"not marked"``."""
    ends = flow_ends(flow, source, target)
    if ends is not None:
        return f"to {ends[1]}"
    return BOTH_WAYS if flow is Flow.BOTH else NOT_MARKED


def flow_explained(flow: Flow, source: str, target: str) -> str:
    """The flow with the arrows that draw it, for a tooltip: "An arrow at Sam: energy and resources flow ..."."""
    ends = flow_ends(flow, source, target)
    if ends is not None:
        giver, receiver = ends
        return f"An arrow at {receiver}: energy and resources flow from {giver} to {receiver}"
    if flow is Flow.BOTH:
        return "Arrows at both ends: energy and resources flow both ways"
    return "No arrows: no flow of energy or resources marked"


# -- one change, in a sentence ---------------------------------------------------------


def name(label: str) -> str:
    """A label as a sentence names it: the label, or "unnamed"."""
    return label or UNNAMED


def person(label: str, domain: Domain) -> str:
    """``"Warehouse job (work and education)"``."""
    return f"{name(label)} ({DOMAIN_NAMES[domain].lower()})"


def tie_looks(strength: Strength, stressful: bool) -> str:
    """``"strong"`` or ``"strong, stressful"``."""
    return strength.value + (", stressful" if stressful else "")


def new_tie_opening(capital: Capital) -> str:
    """How the sentence about a new tie of ``capital`` begins: ``"New bridging tie: "``."""
    return f"New {capital.value} tie: "


def new_tie(who: str, capital: Capital, strength: Strength, stressful: bool) -> str:
    return f"{new_tie_opening(capital)}{who}, {tie_looks(strength, stressful)}"


def new_person(label: str, domain: Domain) -> str:
    return f"New on the map: {person(label, domain)}"


def ended_tie(who: str, capital: Capital, strength: Strength, stressful: bool) -> str:
    return f"Ended: {who} (was {capital.value}, {tie_looks(strength, stressful)})"


def gone_person(label: str, domain: Domain) -> str:
    return f"No longer on the map: {person(label, domain)}"


def strength_changed(who: str, old: Strength, new: Strength) -> str:
    return f"{who}: {old.value} → {new.value}"


def capital_changed(who: str, old: Capital, new: Capital) -> str:
    return f"{who}: {old.value} → {new.value} capital"


def stress_changed(who: str, stressful: bool) -> str:
    return f"{who}: {'became stressful' if stressful else 'no longer stressful'}"


def flow_changed(who: str, old: Flow, new: Flow, source: str, target: str) -> str:
    """``"Gran: flow now both ways (was to Sam)"``; ``source`` and ``target`` are the tie's ends as now drawn."""
    was = flow_direction(old, source, target)
    if new is Flow.NONE:
        return f"{who}: flow no longer marked (was {was})"
    return f"{who}: flow now {flow_direction(new, source, target)} (was {was})"


TIE_NOTES_CHANGED = ": notes on the tie changed"


def tie_notes_changed(who: str) -> str:
    return f"{who}{TIE_NOTES_CHANGED}"


def notes_changed_on_ties(whos: list[str]) -> str:
    """Every tie whose notes changed, in one sentence (a dozen lines of only that would bury the rest)."""
    if len(whos) == 1:
        return tie_notes_changed(whos[0])
    return f"Notes changed on {len(whos)} ties: " + "; ".join(whos)


def renamed(old_label: str) -> str:
    return f"renamed from {name(old_label)}"


def moved(old: Domain, new: Domain) -> str:
    return f"moved from {DOMAIN_NAMES[old].lower()} to {DOMAIN_NAMES[new].lower()}"


def kind_changed(old: Kind, new: Kind) -> str:
    return f"now {_a(new.value)} (was {_a(old.value)})"


PERSON_NOTES_CHANGED = "notes changed"


def person_changed(label: str, parts: Iterable[str]) -> str:
    """``"Dr Okafor: renamed from GP; moved from family to community"``."""
    return f"{name(label)}: {'; '.join(parts)}"


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


# -- many changes ----------------------------------------------------------------------

NEW, ENDED, STRONGER, WEAKER, RETYPED, STRESS, OTHER = (
    "New",
    "Ended",
    "Stronger",
    "Weaker",
    "Re-typed",
    "Stress",
    "Other",
)
"""The headings changes are listed under (design §11)."""

NO_CHANGES = "No changes: both versions hold the same people and ties, described the same way."

_COUNTED: dict[str, tuple[str, str]] = {
    STRESS: ("stress change", "stress changes"),
    OTHER: ("other change", "other changes"),
}
"""How a count names the changes under a heading, one and many, where that is not the heading itself."""


def heading(title: str, count: int) -> str:
    """A heading as listed, with how many changes it holds: ``"New (3)"``."""
    return f"{title} ({count})"


def counted(title: str, count: int) -> str:
    """``"3 new"``, ``"1 stress change"``, ``"4 other changes"``."""
    one, many = _COUNTED.get(title, (title.lower(), title.lower()))
    return f"{count} {one if count == 1 else many}"


def counts_summary(groups: Iterable[tuple[str, int]]) -> str:
    """``"11 new, 3 ended, 5 stronger, ..."`` from (heading, count) pairs, or that nothing changed."""
    said = ", ".join(counted(title, count) for title, count in groups)
    return said or "No changes"
