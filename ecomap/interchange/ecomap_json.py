"""Interchange format 1 (design §5): Ecomap JSON documents to cases and back."""

import json
import os
from typing import Any

from ecomap.errors import InputError
from ecomap.interchange.placing import place_unplaced
from ecomap.interchange.schema_check import validate_document
from ecomap.model.canonical import map_to_dict
from ecomap.model.case import Case, CaseDetails, Version, today
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.errors import ModelError
from ecomap.model.network import EcoMap, claim_tie_id

FORMAT = "ecomap"
FORMAT_VERSION = 1


def case_from_document(document: Any, path: str | os.PathLike[str]) -> Case:
    """Validate a parsed format-1 document and build the case it describes.

    Defaults (design §5): domain ``other``, positions laid out, ``stressful``
    false, flow ``none``, notes empty, tie ids generated, date today, label
    empty, the map's ``ring_scale`` 1 (the standard rings).
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
    version = Version(
        label=data.get("label", ""), date=data.get("date") or today(), note=data.get("note", ""), map=ecomap
    )
    version.check(where)
    return version


def case_to_document(case: Case) -> dict[str, Any]:
    """The format-1 document of ``case``, every field written out (a map's ``ring_scale`` only when not 1)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "case": {
            "reference": case.details.reference,
            "client": case.details.client,
            "worker": case.details.worker,
            "notes": case.details.notes,
        },
        "versions": [
            {"label": v.label, "date": v.date, "note": v.note, "map": map_to_dict(v.map)} for v in case.versions
        ],
    }


def document_bytes(document: dict[str, Any]) -> bytes:
    """A document as readable UTF-8 JSON, ending in a newline."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
