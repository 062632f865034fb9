"""Interchange JSON (design §5, §14): Ecomap documents to cases and back.

Format 2 is format 1 with each version's plan beside its map (``"plan":
[actions]``, empty by default). Documents of either format are read; format 2
is written.
"""

import json
import os
from typing import Any

from ecomap.errors import InputError
from ecomap.interchange.placing import place_unplaced
from ecomap.interchange.schema_check import validate_document
from ecomap.model.canonical import about_from_dict, map_to_dict
from ecomap.model.case import Case, CaseDetails, Version, today
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.errors import ModelError
from ecomap.model.network import EcoMap, claim_tie_id
from ecomap.model.plan import Action, Plan, Status

FORMAT = "ecomap"
FORMAT_VERSION = 2
"""The format version Ecomap writes; it reads 1 and 2."""


def case_from_document(document: Any, path: str | os.PathLike[str]) -> Case:
    """Validate a parsed format-1 or format-2 document and build the case it describes.

    Defaults (design §5): domain ``other``, positions laid out, ``stressful``
    false, flow ``none``, notes empty, tie ids generated, date today, label
    empty, the map's ``ring_scale`` 1 (the standard rings); a version's plan
    empty and, in an action (§14), ``about`` null, owner and outcome empty,
    ``due`` null, status ``planned``.
    """
    validate_document(document, path)
    case_data = document.get("case", {})
    details = CaseDetails(
        reference=case_data.get("reference", ""),
        client=case_data.get("client", ""),
        worker=case_data.get("worker", ""),
        notes=case_data.get("notes", ""),
    )
    try:
        details.check("case")
        versions = [_version(data, f"versions[{n}]") for n, data in enumerate(document["versions"])]
    except ModelError as error:
        raise InputError(path, str(error)) from None
    return Case(details=details, versions=versions)


def _version(data: dict[str, Any], where: str) -> Version:
    nodes: list[Node] = []
    unplaced: list[str] = []
    for number, item in enumerate(data["map"]["nodes"]):
        if ("x" in item) != ("y" in item):
            raise ModelError("x and y must be given together", f"{where}.map.nodes[{number}]")
        if "x" not in item:
            unplaced.append(item["id"])
        nodes.append(
            Node(
                id=item["id"],
                label=item["label"],
                kind=Kind(item["kind"]),
                domain=Domain(item.get("domain", Domain.OTHER)),
                x=float(item.get("x", 0.0)),
                y=float(item.get("y", 0.0)),
                notes=item.get("notes", ""),
            )
        )
    tie_data = data["map"]["ties"]
    taken = {item["id"] for item in tie_data if "id" in item}
    ties = []
    for item in tie_data:
        tie_id = item.get("id") or claim_tie_id(taken)
        ties.append(
            Tie(
                id=tie_id,
                source=item["source"],
                target=item["target"],
                capital=Capital(item["capital"]),
                strength=Strength(item["strength"]),
                stressful=item.get("stressful", False),
                flow=Flow(item.get("flow", Flow.NONE)),
                notes=item.get("notes", ""),
            )
        )
    try:
        ecomap = EcoMap(nodes, ties, ring_scale=data["map"].get("ring_scale", 1.0))
    except ModelError as error:
        raise ModelError(error.message, f"{where}.map.{error.path}") from None
    place_unplaced(ecomap, unplaced)
    _add_plan(ecomap, data.get("plan", []), where)
    version = Version(
        label=data.get("label", ""), date=data.get("date") or today(), note=data.get("note", ""), map=ecomap
    )
    version.check(where)
    return version


def _add_plan(ecomap: EcoMap, items: list[dict[str, Any]], where: str) -> None:
    """Give ``ecomap`` the plan in ``items``, checked against the map by the rules of §14 first."""
    actions = [
        Action(
            id=item["id"],
            text=item["text"],
            about=about_from_dict(item.get("about")),
            owner=item.get("owner", ""),
            due=item.get("due"),
            status=Status(item.get("status", Status.PLANNED)),
            outcome=item.get("outcome", ""),
        )
        for item in items
    ]
    try:
        Plan(actions, has_node=ecomap.has_node)
    except ModelError as error:
        raise ModelError(error.message, f"{where}.{error.path}") from None
    for action in actions:
        ecomap.plan.add_action(action)


def _version_to_dict(version: Version) -> dict[str, Any]:
    map_data = map_to_dict(version.map)
    plan = map_data.pop("plan", [])
    return {"label": version.label, "date": version.date, "note": version.note, "map": map_data, "plan": plan}


def case_to_document(case: Case) -> dict[str, Any]:
    """The format-2 document of ``case``, every field written out (a map's ``ring_scale`` only when not 1)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "case": {
            "reference": case.details.reference,
            "client": case.details.client,
            "worker": case.details.worker,
            "notes": case.details.notes,
        },
        "versions": [_version_to_dict(v) for v in case.versions],
    }


def document_bytes(document: dict[str, Any]) -> bytes:
    """A document as readable UTF-8 JSON, ending in a newline."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
