"""Plain-dict form of maps and versions, and the canonical JSON bytes that are hashed.

The dict form has every field explicit and is shared by the case file
(version bodies) and interchange (maps inside a document); the exceptions
are a map's ``ring_scale``, written only when it is not the standard 1.0, and
its ``plan``, written only when it holds an action, so that the bytes (and so
the hashes) of every map saved before rings could grow or plans existed stay
as they were. Interchange format 2 moves the plan out of the map, beside it.
"""

import json
from typing import Any

from ecomap.model.case import Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.network import EcoMap
from ecomap.model.plan import About, AboutCapital, AboutDomain, AboutNode, AboutTie, Action, Status


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


def about_to_dict(about: About) -> dict[str, Any] | None:
    if isinstance(about, AboutNode):
        return {"node": about.node}
    if isinstance(about, AboutTie):
        return {"tie": list(about.ends)}
    if isinstance(about, AboutCapital):
        return {"capital": about.capital.value}
    if isinstance(about, AboutDomain):
        return {"domain": about.domain.value}
    return None


def about_from_dict(data: dict[str, Any] | None) -> About:
    """Rebuild what an action is about from :func:`about_to_dict` output (one key, or ``None``)."""
    if data is None:
        return None
    if not isinstance(data, dict) or len(data) != 1:
        raise ValueError("an action is about one thing: a node, a tie, a capital or a domain, or null")
    [(key, value)] = data.items()
    if key == "node":
        return AboutNode(value)
    if key == "tie":
        if not isinstance(value, list) or len(value) != 2:
            raise ValueError("an action about a tie names its two ends")
        return AboutTie((value[0], value[1]))
    if key == "capital":
        return AboutCapital(Capital(value))
    if key == "domain":
        return AboutDomain(Domain(value))
    raise ValueError(f"an action cannot be about {key!r}")


def action_to_dict(action: Action) -> dict[str, Any]:
    return {
        "id": action.id,
        "text": action.text,
        "about": about_to_dict(action.about),
        "owner": action.owner,
        "due": action.due,
        "status": action.status.value,
        "outcome": action.outcome,
    }


def action_from_dict(data: dict[str, Any]) -> Action:
    return Action(
        id=data["id"],
        text=data["text"],
        about=about_from_dict(data["about"]),
        owner=data["owner"],
        due=data["due"],
        status=Status(data["status"]),
        outcome=data["outcome"],
    )


def map_to_dict(ecomap: EcoMap) -> dict[str, Any]:
    data: dict[str, Any] = {
        "nodes": [node_to_dict(n) for n in ecomap.nodes],
        "ties": [tie_to_dict(t) for t in ecomap.ties],
    }
    if ecomap.ring_scale != 1.0:
        data["ring_scale"] = ecomap.ring_scale
    if len(ecomap.plan):
        data["plan"] = [action_to_dict(a) for a in ecomap.plan.actions]
    return data


def map_from_dict(data: dict[str, Any]) -> EcoMap:
    """Rebuild a map from :func:`map_to_dict` output (every field present but ``ring_scale`` and ``plan``).

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
    plan = [action_from_dict(a) for a in data.get("plan", [])]
    return EcoMap(nodes, ties, ring_scale=data.get("ring_scale", 1.0), plan=plan)


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
