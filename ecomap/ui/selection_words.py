"""The selection on the map in words, for screen readers and the status bar (Qt-free)."""

from ecomap.model.network import EcoMap


def describe_selection(ecomap: EcoMap, nodes: list[str], ties: list[str]) -> str:
    """'Selected: GP, organisation in services, 2 ties', a tie's ends and kind, a count, or a hint."""
    if len(nodes) == 1 and not ties:
        node = ecomap.node(nodes[0])
        what = "the client" if node.is_client else f"{node.kind.value} in {node.domain.value.replace('_', ' ')}"
        return f"Selected: {node.label}, {what}, {tie_count(len(ecomap.ties_of(node.id)))}"
    if len(ties) == 1 and not nodes:
        tie = ecomap.tie(ties[0])
        stress = ", stressful" if tie.stressful else ""
        ends = f"{ecomap.node(tie.source).label} and {ecomap.node(tie.target).label}"
        return f"Selected: tie between {ends}, {tie.capital.value}, {tie.strength.value}{stress}"
    if nodes or ties:
        places = "1 person or place" if len(nodes) == 1 else f"{len(nodes)} people or places"
        return f"Selected: {places} and {tie_count(len(ties))}"
    return "Nothing selected. Double-click to add a person; press Tab to move between people."


def tie_count(number: int) -> str:
    """'1 tie', '2 ties', 'no ties'."""
    return "no ties" if number == 0 else "1 tie" if number == 1 else f"{number} ties"
