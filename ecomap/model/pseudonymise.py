"""Pseudonymised copies of a case for sharing: no names, no notes, no telling ids.

- the client becomes their initials, in the case details and on the map;
- a person or pet keeps a label that is only a role ("Mum", "GP", "YOT
  worker"); any other label becomes initials ("Coach Malik" -> "C.M.");
- groups and organisations keep their labels (they name places, not people);
- node ids become ``n1``, ``n2``, ... (the client ``client``) and tie ids
  ``t1``, ``t2``, ..., the same across all versions so changes still match;
- notes (case, version, node, tie) are left out unless ``keep_notes``;
- positions and the size of the rings stay as they were.
"""

import re
from dataclasses import replace

from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Kind
from ecomap.model.network import EcoMap

_ROLE_WORDS = """
mum mother mam mom dad father parent parents stepmum stepmother stepdad stepfather
nan nana nanna gran granny grandma grandmother grandad granddad grandpa grandfather
grandparents brother sister brothers sisters sibling siblings half-brother
half-sister stepbrother stepsister son daughter child children baby kids partner
ex-partner girlfriend boyfriend ex-girlfriend ex-boyfriend wife husband ex-wife
ex-husband aunt auntie uncle cousin cousins niece nephew godparent godmother
godfather foster-carer carer family friend friends best-friend mate mates neighbour
neighbours flatmate housemate colleague colleagues classmate classmates dog cat pet
gp doctor nurse dentist pharmacist midwife health-visitor social-worker key-worker
keyworker support-worker housing-officer probation-officer probation yot-worker
youth-worker case-manager mentor peer-mentor sponsor coach teacher tutor
college-tutor head-teacher employer manager boss supervisor work-coach solicitor
counsellor therapist psychiatrist psychologist police police-officer pcso imam
priest vicar pastor rabbi chaplain volunteer-coordinator
"""

ROLE_LABELS = frozenset(_ROLE_WORDS.split())
"""Labels that name a role, not a person: kept as they are (case-insensitive)."""

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def initials(name: str) -> str:
    """``"Rosa Braunsteigl-Müller"`` -> ``"R.B.M."``; ``"?"`` if there are no letters."""
    letters = [word[0].upper() for word in _WORD.findall(name)]
    return "".join(f"{letter}." for letter in letters[:4]) or "?"


def is_role(label: str) -> bool:
    key = re.sub(r"[\s_]+", "-", label.strip().lower()).strip(".-")
    return key in ROLE_LABELS


def pseudonymise_case(case: Case, *, keep_notes: bool = False) -> Case:
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
        reference=case.details.reference,
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
    elif node.kind in (Kind.GROUP, Kind.ORGANISATION) or is_role(node.label):
        label = node.label
    else:
        label = initials(node.label)
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
