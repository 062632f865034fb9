"""Pseudonymised copies of a case for sharing: no names, no notes, no telling ids.

- the client becomes their initials, in the case details and on the map;
- a person's or pet's label keeps its role words and only the personal
  names become initials, by the one rule of :mod:`ecomap.model.roles`
  ("Brother Jay" -> "Brother J.", "Lee Marsh" -> "L.M.", "Housing support
  worker" stays);
- the case reference becomes a stable pseudonym ("Case 3F9A2C1D", see
  :func:`reference_pseudonym`) unless ``keep_reference``;
- groups and organisations keep their labels (they name places, not people);
- node ids become ``n1``, ``n2``, ... (the client ``client``) and tie ids
  ``t1``, ``t2``, ..., the same across all versions so changes still match;
- notes (case, version, node, tie) are left out unless ``keep_notes``;
- positions and the size of the rings stay as they were;
- each version's plan (design §14) comes along: action ids stay, what an
  action is about follows the nodes' new ids, and every name replaced above
  is scrubbed out of its text and owner (:mod:`ecomap.model.name_scrubbing`),
  so a name reads the same in an action as on the map ("Coach Darius
  Okonkwo" is "Coach D.O." in both); an owner who is the worker is kept, as
  the worker's name is; an outcome is a note on the action, left out unless
  ``keep_notes`` and then scrubbed the same way.

- the words that are kept can still hold a name ("Lee's first review",
  "Tomás's five-a-side team", a note kept on request): the same scrubber goes
  through version labels, the labels of groups and organisations and every
  note that is kept, so a pseudonymised file of any format names no one whose
  name the map hides.

:func:`pseudonymised` also hands back that scrubber, for whoever shows more of
the case's words.
"""

import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Kind
from ecomap.model.name_scrubbing import initials, name_scrubber, same_name
from ecomap.model.network import EcoMap
from ecomap.model.plan import MAX_ACTION_TEXT, About, AboutNode, AboutTie, Action
from ecomap.model.roles import fold, is_role, pseudonymise_label
from ecomap.model.rules import MAX_LABEL_LENGTH, MAX_NOTES_LENGTH

__all__ = [
    "Pseudonymised",
    "Scrub",
    "initials",
    "is_reference_pseudonym",
    "is_role",
    "pseudonymise_case",
    "pseudonymise_label",
    "pseudonymised",
    "reference_pseudonym",
]

REFERENCE_PSEUDONYM = re.compile(r"Case [0-9A-F]{8}")
"""What a pseudonymised case reference looks like: "Case " and eight hexadecimal digits."""

_REFERENCE_SALT = b"ecomap case reference pseudonym 1"

Scrub = Callable[[str], str]
"""Takes every replaced name out of a text (see :func:`~ecomap.model.name_scrubbing.name_scrubber`)."""


class Pseudonymised(NamedTuple):
    """A pseudonymised copy of a case, and the scrubber that takes the names it replaced out of any other text."""

    case: Case
    scrub: Scrub


@functools.lru_cache(maxsize=64)
def reference_pseudonym(reference: str) -> str:
    """A stable stand-in for a case reference: ``"Case "`` and 8 hex digits of a slow salted hash; "" stays "".

    The same reference (ignoring case, accents and spacing) always gives the
    same pseudonym, so pseudonymised files of one case still go together. It
    is not a secret: whoever holds the real reference can recompute it, and
    the slow hash (PBKDF2-SHA256) only makes trying every possible reference
    costly, not impossible.
    """
    flat = fold(" ".join(reference.split()))
    if not flat:
        return ""
    digest = hashlib.pbkdf2_hmac("sha256", flat.encode("utf-8"), _REFERENCE_SALT, 100_000)
    return f"Case {digest[:4].hex().upper()}"


def is_reference_pseudonym(reference: str) -> bool:
    """Whether ``reference`` has the form :func:`reference_pseudonym` gives."""
    return REFERENCE_PSEUDONYM.fullmatch(reference) is not None


def pseudonymise_case(case: Case, *, keep_notes: bool = False, keep_reference: bool = False) -> Case:
    """A pseudonymised copy of ``case``, plans included (see the module description)."""
    return pseudonymised(case, keep_notes=keep_notes, keep_reference=keep_reference).case


def pseudonymised(case: Case, *, keep_notes: bool = False, keep_reference: bool = False) -> Pseudonymised:
    """A pseudonymised copy of ``case`` (see the module description) and the scrubber its plans went through."""
    client_initials = initials(case.details.client) if case.details.client else ""
    replaced: list[tuple[str, str]] = [(case.details.client, client_initials)] if case.details.client else []
    node_ids: dict[str, str] = {}
    tie_ids: dict[str, str] = {}
    maps = []
    for version in case.versions:
        ecomap = version.map
        label_for_client = client_initials or initials(ecomap.client.label)
        nodes = [_node(n, node_ids, label_for_client, keep_notes) for n in ecomap.nodes]
        replaced.extend(
            (old.label, new.label) for old, new in zip(ecomap.nodes, nodes, strict=True) if old.label != new.label
        )
        maps.append((nodes, [_tie(t, node_ids, tie_ids, keep_notes) for t in ecomap.ties]))
    scrub = name_scrubber(replaced)
    owner = _owner_rule(case.details.worker, scrub)
    versions = [
        Version(
            label=_within(scrub(version.label), MAX_LABEL_LENGTH),
            date=version.date,
            note=_within(scrub(version.note), MAX_NOTES_LENGTH) if keep_notes else "",
            map=EcoMap(
                [_scrubbed_node(n, scrub) for n in nodes],
                [replace(t, notes=_within(scrub(t.notes), MAX_NOTES_LENGTH)) for t in ties],
                ring_scale=version.map.ring_scale,
                plan=[_action(a, node_ids, scrub, owner, keep_notes) for a in version.map.plan.actions],
            ),
            saved_at=version.saved_at,
        )
        for version, (nodes, ties) in zip(case.versions, maps, strict=True)
    ]
    details = CaseDetails(
        reference=case.details.reference if keep_reference else reference_pseudonym(case.details.reference),
        client=client_initials,
        worker=case.details.worker,
        notes=_within(scrub(case.details.notes), MAX_NOTES_LENGTH) if keep_notes else "",
    )
    return Pseudonymised(Case(details=details, versions=versions), scrub)


def _node(node: Node, ids: dict[str, str], client_label: str, keep_notes: bool) -> Node:
    if node.id not in ids:
        ids[node.id] = "client" if node.is_client else f"n{len(ids) + 1}"
    if node.is_client:
        label = client_label
    elif node.kind in (Kind.GROUP, Kind.ORGANISATION):
        label = node.label
    else:
        label = pseudonymise_label(node.label)
    return replace(node, id=ids[node.id], label=label, notes=node.notes if keep_notes else "")


def _tie(tie: Tie, node_ids: dict[str, str], tie_ids: dict[str, str], keep_notes: bool) -> Tie:
    if tie.id not in tie_ids:
        tie_ids[tie.id] = f"t{len(tie_ids) + 1}"
    return replace(
        tie,
        id=tie_ids[tie.id],
        source=node_ids[tie.source],
        target=node_ids[tie.target],
        notes=tie.notes if keep_notes else "",
    )


def _owner_rule(worker: str, scrub: Scrub) -> Scrub:
    """What an action's owner becomes: the worker, however typed, stays (as in the case details); any other
    owner is scrubbed, so an owner who is the client or someone on the map reads as their label does
    ("Peer mentor Gary": "Peer mentor G.")."""

    def owner(text: str) -> str:
        return text if same_name(text, worker) else _within(scrub(text), MAX_LABEL_LENGTH)

    return owner


def _action(action: Action, node_ids: dict[str, str], scrub: Scrub, owner: Scrub, keep_notes: bool) -> Action:
    """``action`` for the pseudonymised map: about the nodes' new ids, its words scrubbed, its outcome a note."""
    return replace(
        action,
        text=_within(scrub(action.text), MAX_ACTION_TEXT),
        about=_renamed(action.about, node_ids),
        owner=owner(action.owner),
        outcome=_within(scrub(action.outcome), MAX_NOTES_LENGTH) if keep_notes else "",
    )


def _renamed(about: About, ids: dict[str, str]) -> About:
    if isinstance(about, AboutNode):
        return AboutNode(ids[about.node])
    if isinstance(about, AboutTie):
        return AboutTie((ids[about.ends[0]], ids[about.ends[1]]))
    return about


def _scrubbed_node(node: Node, scrub: Scrub) -> Node:
    """``node`` with the hidden names scrubbed from its label (a group's "Tomás's team") and its kept notes."""
    return replace(
        node, label=_within(scrub(node.label), MAX_LABEL_LENGTH), notes=_within(scrub(node.notes), MAX_NOTES_LENGTH)
    )


def _within(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters: a name's initials can be longer than a name of one-letter words."""
    return text[:limit]
