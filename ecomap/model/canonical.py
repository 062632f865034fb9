"""Plain-dict form of maps and versions, and the canonical JSON bytes that are hashed.

The dict form has every field explicit and is shared by the case file
(version bodies) and interchange format 1 (maps inside a document); the one
exception is a map's ``ring_scale``, written only when it is not the standard
1.0, so that the bytes (and so the hashes) of every map saved before rings
could grow stay as they were.
"""

import json
from typing import Any

from ecomap.model.case import Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.network import EcoMap


def node_to_dict(node: Node) -> dict[str, Any]:
    return {
        "id": node.id,
        "label": node.label,
        "kind": node.kind.value,
        "domain": node.domain.value,
        "x": node.x,
        "y": node.y,
        "notes": node.notes,
    }


def tie_to_dict(tie: Tie) -> dict[str, Any]:
    return {
        "id": tie.id,
        "source": tie.source,
        "target": tie.target,
        "capital": tie.capital.value,
        "strength": tie.strength.value,
        "stressful": tie.stressful,
        "flow": tie.flow.value,
        "notes": tie.notes,
    }


def map_to_dict(ecomap: EcoMap) -> dict[str, Any]:
    data: dict[str, Any] = {
        "nodes": [node_to_dict(n) for n in ecomap.nodes],
        "ties": [tie_to_dict(t) for t in ecomap.ties],
    }
    if ecomap.ring_scale != 1.0:
        data["ring_scale"] = ecomap.ring_scale
    return data


def map_from_dict(data: dict[str, Any]) -> EcoMap:
    """Rebuild a map from :func:`map_to_dict` output (every field present but ``ring_scale``).

    Raises ``KeyError``/``ValueError``/``ModelError`` on malformed data; the
    importers validate untrusted input before it gets here.
    """
    nodes = [
        Node(
            id=n["id"],
            label=n["label"],
            kind=Kind(n["kind"]),
            domain=Domain(n["domain"]),
            x=float(n["x"]),
            y=float(n["y"]),
            notes=n["notes"],
        )
        for n in data["nodes"]
    ]
    ties = [
        Tie(
            id=t["id"],
            source=t["source"],
            target=t["target"],
            capital=Capital(t["capital"]),
            strength=Strength(t["strength"]),
            stressful=t["stressful"],
            flow=Flow(t["flow"]),
            notes=t["notes"],
        )
        for t in data["ties"]
    ]
    return EcoMap(nodes, ties, ring_scale=data.get("ring_scale", 1.0))


def version_to_dict(version: Version) -> dict[str, Any]:
    return {
        "label": version.label,
        "date": version.date,
        "note": version.note,
        "saved_at": version.saved_at,
        "map": map_to_dict(version.map),
    }


def version_from_dict(data: dict[str, Any]) -> Version:
    return Version(
        label=data["label"],
        date=data["date"],
        note=data["note"],
        saved_at=data["saved_at"],
        map=map_from_dict(data["map"]),
    )


def canonical_bytes(data: Any) -> bytes:
    """The one byte form of ``data`` that is stored and hashed.

    Sorted keys, no spaces, UTF-8, no NaN; floats in Python's shortest
    round-trip form, so equal data always gives equal bytes.
    """
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode("utf-8")
