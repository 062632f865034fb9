"""The map's people, places and ties in words: what a screen reader says of each, and their tooltips.

Plain functions over the model (no Qt). A person is named by their label and
described by what the map shows of them: "person, family, close ring; tie to
the client: bonding, strong, flows both ways". A tie is named by its ends,
"Tie: Sam – Mum", and described by its look: "bonding, strong, stressful,
flows both ways". The words of the notation come from the model's word tables
(:mod:`ecomap.model.notation`), the rest from the catalogue (context
"CanvasAccess").
"""

import math

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Flow
from ecomap.model.geometry import ring_radii
from ecomap.model.network import EcoMap
from ecomap.model.notation import (
    CAPITAL_NAMES_IN_TEXT,
    DOMAIN_NAMES_IN_TEXT,
    KIND_NAMES_IN_TEXT,
    STRENGTH_NAMES_IN_TEXT,
)
from ecomap.model.plan_flags import flagged

CONTEXT = "CanvasAccess"
RINGS = (
    QT_TRANSLATE_NOOP("CanvasAccess", "close ring"),
    QT_TRANSLATE_NOOP("CanvasAccess", "middle ring"),
    QT_TRANSLATE_NOOP("CanvasAccess", "outer ring"),
    QT_TRANSLATE_NOOP("CanvasAccess", "beyond the rings"),
)
"""Where a person is, by their distance from the client: inside the first ring, the second, the third, or further."""


def shown_name(label: str) -> str:
    """A label as said: the label, or "(unnamed)"."""
    return label.strip() or translate("CanvasAccess", "(unnamed)")


def ring_of(ecomap: EcoMap, node: Node) -> str:
    """ "close ring", "middle ring", "outer ring" or "beyond the rings": where ``node`` stands from the client."""
    client = ecomap.client
    distance = math.hypot(node.x - client.x, node.y - client.y)
    band = next((n for n, radius in enumerate(ring_radii(ecomap.ring_scale)) if distance <= radius), 3)
    return translate(CONTEXT, RINGS[band])


def flow_words(tie: Tie, first: str, second: str) -> str:
    """Which way energy flows along ``tie`` from ``first`` (its source) to ``second`` (its target); "" if unmarked."""
    if tie.flow is Flow.BOTH:
        return translate("CanvasAccess", "flows both ways")
    if tie.flow is Flow.TO_TARGET:
        return translate("CanvasAccess", "flows from {first} to {second}").format(first=first, second=second)
    if tie.flow is Flow.TO_SOURCE:
        return translate("CanvasAccess", "flows from {first} to {second}").format(first=second, second=first)
    return ""


def tie_qualities(tie: Tie, first: str, second: str) -> str:
    """ "bonding, strong, stressful, flows both ways": the tie's capital, strength, stress and flow."""
    parts = [CAPITAL_NAMES_IN_TEXT[tie.capital], STRENGTH_NAMES_IN_TEXT[tie.strength]]
    if tie.stressful:
        parts.append(translate("CanvasAccess", "stressful"))
    flow = flow_words(tie, first, second)
    return ", ".join([*parts, flow] if flow else parts)


def node_name(node: Node) -> str:
    """What a screen reader calls a person or place: their label."""
    return shown_name(node.label)


def node_description(ecomap: EcoMap, node: Node) -> str:
    """What the map shows of ``node``: kind, domain and ring, the tie to the client, other ties, open actions, notes."""
    ties = len(ecomap.ties_of(node.id))  # (a plain name: lupdate misses a plural whose count is a call)
    if node.is_client:
        parts = [translate("CanvasAccess", "the client, %n tie(s)", None, ties)]
    else:
        where = translate("CanvasAccess", "{kind}, {domain}, {ring}").format(
            kind=KIND_NAMES_IN_TEXT[node.kind],
            domain=DOMAIN_NAMES_IN_TEXT[node.domain],
            ring=ring_of(ecomap, node),
        )
        parts = [where]
        client = ecomap.client
        to_client = ecomap.tie_between(client.id, node.id)
        if to_client is None:
            parts.append(translate("CanvasAccess", "no tie to the client"))
        else:
            seen = to_client.oriented(client.id, node.id)
            qualities = tie_qualities(seen, shown_name(client.label), shown_name(node.label))
            parts.append(translate("CanvasAccess", "tie to the client: {tie}").format(tie=qualities))
        others = ties - (to_client is not None)
        if others:
            parts.append(translate("CanvasAccess", "%n other tie(s)", None, others))
    return "; ".join(parts + _extras(len(flagged(ecomap)[0].get(node.id, ())), node.notes))


def tie_name(ecomap: EcoMap, tie: Tie) -> str:
    """ "Tie: Sam – Mum"."""
    first, second = (shown_name(ecomap.node(end).label) for end in (tie.source, tie.target))
    return translate("CanvasAccess", "Tie: {first} – {second}").format(first=first, second=second)


def tie_description(ecomap: EcoMap, tie: Tie) -> str:
    """ "bonding, strong, stressful, flows both ways", then its open actions and notes."""
    first, second = (shown_name(ecomap.node(end).label) for end in (tie.source, tie.target))
    parts = [tie_qualities(tie, first, second)]
    return "; ".join(parts + _extras(len(flagged(ecomap)[1].get(tie.id, ())), tie.notes))


def _extras(open_actions: int, notes: str) -> list[str]:
    extras = [translate("CanvasAccess", "%n open action(s) in the plan", None, open_actions)] if open_actions else []
    if notes.strip():
        extras.append(translate("CanvasAccess", "notes: {notes}").format(notes=" ".join(notes.split())))
    return extras


def already_tied(first: str, second: str) -> str:
    """Why no second tie is made between two people."""
    return translate("Canvas", "{first} and {second} are already tied").format(first=first, second=second)


def node_tooltip(node: Node) -> str:
    """A person's tooltip (plain text): "Mum: person, family", and their notes below."""
    if node.is_client:
        line = translate("CanvasAccess", "{name}: the client").format(name=shown_name(node.label))
    else:
        line = translate("CanvasAccess", "{name}: {kind}, {domain}").format(
            name=shown_name(node.label),
            kind=KIND_NAMES_IN_TEXT[node.kind],
            domain=DOMAIN_NAMES_IN_TEXT[node.domain],
        )
    return f"{line}\n{node.notes}" if node.notes else line


def tie_tooltip(tie: Tie, first_label: str, second_label: str) -> str:
    """A tie's tooltip (plain text): its ends, its qualities, and its notes below."""
    first, second = shown_name(first_label), shown_name(second_label)
    lines = [f"{first} – {second}", tie_qualities(tie, first, second)]
    return "\n".join([*lines, tie.notes] if tie.notes else lines)
