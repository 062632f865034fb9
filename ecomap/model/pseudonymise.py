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
- positions and the size of the rings stay as they were.
"""

import functools
import hashlib
import re
from dataclasses import replace

from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Kind
from ecomap.model.network import EcoMap
from ecomap.model.roles import fold, is_role, pseudonymise_label

__all__ = [
    "initials",
    "is_reference_pseudonym",
    "is_role",
    "pseudonymise_case",
    "pseudonymise_label",
    "reference_pseudonym",
]

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")

REFERENCE_PSEUDONYM = re.compile(r"Case [0-9A-F]{8}")
"""What a pseudonymised case reference looks like: "Case " and eight hexadecimal digits."""

_REFERENCE_SALT = b"ecomap case reference pseudonym 1"


def initials(name: str) -> str:
    """``"Rosa Braunsteigl-Müller"`` -> ``"R.B.M."``; ``"?"`` if there are no letters."""
    letters = [word[0].upper() for word in _WORD.findall(name)]
    return "".join(f"{letter}." for letter in letters[:4]) or "?"


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
    """A pseudonymised copy of ``case`` (see the module description)."""
    client_initials = initials(case.details.client) if case.details.client else ""
    node_ids: dict[str, str] = {}
    tie_ids: dict[str, str] = {}
    versions = []
    for version in case.versions:
        ecomap = version.map
        label_for_client = client_initials or initials(ecomap.client.label)
        nodes = [_node(n, node_ids, label_for_client, keep_notes) for n in ecomap.nodes]
        ties = [_tie(t, node_ids, tie_ids, keep_notes) for t in ecomap.ties]
        versions.append(
            Version(
                label=version.label,
                date=version.date,
                note=version.note if keep_notes else "",
                map=EcoMap(nodes, ties, ring_scale=ecomap.ring_scale),
                saved_at=version.saved_at,
            )
        )
    details = CaseDetails(
        reference=case.details.reference if keep_reference else reference_pseudonym(case.details.reference),
        client=client_initials,
        worker=case.details.worker,
        notes=case.details.notes if keep_notes else "",
    )
    return Case(details=details, versions=versions)


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
