"""Network Canvas GraphML import: each interview session (``<graph>``) becomes a version, its ego the client.

Network Canvas (Interviewer, Server, Fresco) writes GraphML with its own
namespace, ``http://schema.networkcanvas.com/xmlns``: the session's case id,
UUID, protocol and start and finish times are ``nc:`` attributes on the root
``<graphml>`` (older Interviewer exports) or on each ``<graph>`` (newer ones);
keys have variable ids and the variable's name in ``attr.name``; every node
and edge carries its type as ``networkCanvasType``; the ego is not a node but
data on the ``<graph>``; a layout variable is two doubles ``<name>_X`` and
``<name>_Y`` from 0 to 1; a categorical variable is one boolean per option.

The bytes are screened with defusedxml exactly as other GraphML is (no DTD,
entities or external references), then read with ElementTree: networkx
would drop the ``nc:`` attributes and keys declared ``for="all"``. What each
node and edge becomes is decided by :mod:`ecomap.interchange.network_canvas_rules`.
"""

import math
import os
import re
from dataclasses import replace
from typing import Any

from ecomap.errors import InputError
from ecomap.interchange.graphml import GRAPHML_NAMESPACE, screened_root
from ecomap.interchange.limits import MAX_NODES, MAX_TIES, MAX_VERSIONS
from ecomap.interchange.network_canvas_rules import Choice, DefaultRules, Entity, MappingRules
from ecomap.interchange.placing import place_unplaced
from ecomap.model.case import Case, CaseDetails, Version, check_date, today
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Kind
from ecomap.model.errors import ModelError
from ecomap.model.network import EcoMap, claim_tie_id
from ecomap.model.rules import default_capital

NC_NAMESPACE = "http://schema.networkcanvas.com/xmlns"
LAYOUT_SCALE = 720.0
"""Scene units per unit of a Network Canvas layout: (0.5, 0.5) is the client and 0 or 1 the outer ring (360)."""

_ROOT_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?graphml\b[^>]*>")
_G = f"{{{GRAPHML_NAMESPACE}}}"
_NUMERIC = {"int", "long", "float", "double"}
_NC_TYPE = "networkCanvasType"
_RESERVED = {"label", _NC_TYPE, "networkCanvasUUID", "networkCanvasSourceUUID", "networkCanvasTargetUUID"}
_PLACEHOLDER_LABELS = {"", "node"}


def looks_like_network_canvas(data: bytes) -> bool:
    """Whether the root ``<graphml>`` start tag declares the Network Canvas namespace."""
    root = _ROOT_TAG.search(data)
    return root is not None and NC_NAMESPACE.encode() in root.group(0)


def case_from_network_canvas(data: bytes, path: str, mapping: str | os.PathLike[str] | None = None) -> Case:
    """Screen and read Network Canvas GraphML; each ``<graph>`` is a version, in file order."""
    root = screened_root(data, path)
    if root.tag != f"{_G}graphml":
        raise InputError(path, f"is not GraphML in its namespace ({GRAPHML_NAMESPACE})")
    keys = _keys(root)
    graphs = root.findall(f"{_G}graph")
    if not graphs:
        raise InputError(path, "holds no <graph>")
    if len(graphs) > MAX_VERSIONS:
        raise InputError(path, f"holds {len(graphs)} graphs; at most {MAX_VERSIONS} allowed")
    sessions = [_session(root, graph, keys, path, number) for number, graph in enumerate(graphs, start=1)]
    booleans = [key["name"] for key in keys.values() if key["type"] == "boolean" and key["for"] in ("node", "all")]
    nodes = [node for session in sessions for node in session["nodes"]]
    rules: DefaultRules | MappingRules = MappingRules(mapping) if mapping is not None else DefaultRules(nodes, booleans)
    versions = []
    for number, session in enumerate(sessions, start=1):
        try:
            versions.append(_version(session, rules, path, number))
        except ModelError as error:
            raise InputError(path, str(error)) from None
    first = sessions[0]
    details = CaseDetails(reference=first["meta"].get("caseid", ""), client=_ego_name(first, rules) or "")
    try:
        details.check("graph 1")
    except ModelError as error:
        raise InputError(path, str(error)) from None
    return Case(details=details, versions=versions)


def _keys(root: Any) -> dict[str, dict[str, str]]:
    keys = {}
    for key in root.findall(f"{_G}key"):
        key_id = key.get("id", "")
        keys[key_id] = {
            "name": key.get("attr.name") or key_id,
            "type": (key.get("attr.type") or "string").lower(),
            "for": key.get("for") or "all",
        }
    return keys


def _meta(element: Any) -> dict[str, str]:
    """The ``nc:`` attributes of an element, by lower-cased local name (``caseID`` and ``caseId`` alike)."""
    prefix = f"{{{NC_NAMESPACE}}}"
    return {name[len(prefix) :].lower(): value for name, value in element.attrib.items() if name.startswith(prefix)}


def _values(element: Any, keys: dict[str, dict[str, str]], where: str, path: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for data in element.findall(f"{_G}data"):
        key = keys.get(data.get("key", ""))
        if key is None:
            raise InputError(path, f"{where}: <data> for a key that is not declared ({data.get('key', '')!r})")
        values[key["name"]] = _typed((data.text or "").strip(), key["type"])
    return values


def _typed(text: str, kind: str) -> Any:
    if kind == "boolean":
        return text.lower() in ("true", "1")
    if kind in _NUMERIC and text:
        try:
            number = float(text)
        except ValueError:
            return text
        if not math.isfinite(number):
            return None
        return int(number) if kind in ("int", "long") and number.is_integer() else number
    return text


def _session(root: Any, graph: Any, keys: dict[str, dict[str, str]], path: str, number: int) -> dict[str, Any]:
    where = f"graph {number}"
    nodes, edges = graph.findall(f"{_G}node"), graph.findall(f"{_G}edge")
    if len(nodes) > MAX_NODES or len(edges) > MAX_TIES:
        raise InputError(path, f"{where}: is larger than {MAX_NODES} nodes or {MAX_TIES} edges")
    entities = []
    for node in nodes:
        node_id = node.get("id", "")
        values = _values(node, keys, f"{where}, node {node_id!r}", path)
        entities.append(Entity(node_id, str(values.get(_NC_TYPE) or "Node"), values))
    links = []
    for index, edge in enumerate(edges, start=1):
        edge_where = f"{where}, edge {edge.get('id') or index!r}"
        values = _values(edge, keys, edge_where, path)
        entity = Entity(edge.get("id") or str(index), str(values.get(_NC_TYPE) or "Edge"), values)
        links.append((entity, edge.get("source", ""), edge.get("target", ""), edge_where))
    return {
        "id": graph.get("id") or graph.get("name") or "",
        "meta": _meta(root) | _meta(graph),
        "ego": _values(graph, keys, where, path),
        "nodes": entities,
        "edges": links,
    }


def _ego_name(session: dict[str, Any], rules: DefaultRules | MappingRules) -> str | None:
    for name, value in session["ego"].items():
        if name.casefold() == rules.label_variable.casefold() and isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _label(entity: Entity, rules: DefaultRules | MappingRules) -> str:
    label = entity.values.get("label")
    if isinstance(label, str) and label.strip().casefold() not in _PLACEHOLDER_LABELS:
        return label.strip()
    for name, value in entity.values.items():
        if name.casefold() == rules.label_variable.casefold() and str(value).strip():
            return str(value).strip()
    return f"{entity.type} {entity.id}"


def _slug(label: str) -> str:
    return re.sub(r"[\W_]+", "-", label.casefold()).strip("-")[:60]


def _node_ids(entities: list[Entity], labels: list[str]) -> list[str]:
    """Ids that match the same person across sessions: the label's slug when unique, else ``nc-<GraphML id>``."""
    slugs = [_slug(label) for label in labels]
    ids = []
    for entity, slug in zip(entities, slugs, strict=True):
        unique = slug and slug != "client" and not slug.startswith("nc-") and slugs.count(slug) == 1
        ids.append(slug if unique else f"nc-{entity.id}"[:100])
    return ids


def _position(entity: Entity, rules: DefaultRules | MappingRules, where: str) -> tuple[float, float] | None:
    names = [rules.layout_variable] if rules.layout_variable else [n[:-2] for n in entity.values if n.endswith("_X")]
    for name in names:
        x, y = entity.values.get(f"{name}_X"), entity.values.get(f"{name}_Y")
        if isinstance(x, (int, float)) and isinstance(y, (int, float)) and not isinstance(x, bool):
            if not (0 <= x <= 1 and 0 <= y <= 1):
                raise ModelError(
                    f"layout {name} ({x}, {y}) is outside 0 to 1; "
                    "export from Network Canvas without screen coordinates",
                    where,
                )
            return (round((x - 0.5) * LAYOUT_SCALE, 2), round((y - 0.5) * LAYOUT_SCALE, 2))
    return None


def _version(session: dict[str, Any], rules: DefaultRules | MappingRules, path: str, number: int) -> Version:
    where = f"graph {number}"
    source = os.path.basename(path)
    client = Node("client", _ego_name(session, rules) or "Client", Kind.CLIENT)
    entities: list[Entity] = session["nodes"]
    labels = [_label(entity, rules) for entity in entities]
    ids = _node_ids(entities, labels)
    by_graphml_id = dict(zip((entity.id for entity in entities), ids, strict=True))
    nodes, ties, unplaced, taken = [client], [], [], set()
    for entity, label, node_id in zip(entities, labels, ids, strict=True):
        rules.check_type(entity, "node", source)
        choice = rules.node(entity)
        position = _position(entity, rules, f"{where}, node {entity.id!r}")
        if position is None:
            unplaced.append(node_id)
        x, y = position or (0.0, 0.0)
        node = Node(node_id, label, choice.kind, choice.domain, x, y, f"Network Canvas type: {entity.type}")
        nodes.append(node)
        tie_id = f"tie-{node_id}"[:100]
        taken.add(tie_id)
        ties.append(_tie(tie_id, client, node, choice))
    by_id = {node.id: node for node in nodes}
    by_pair = {tie.pair: index for index, tie in enumerate(ties)}
    for entity, source_id, target_id, edge_where in session["edges"]:
        rules.check_type(entity, "edge", source)
        if source_id not in by_graphml_id or target_id not in by_graphml_id:
            raise ModelError("joins a node that is not in its graph", edge_where)
        a, b = by_id[by_graphml_id[source_id]], by_id[by_graphml_id[target_id]]
        if a.id == b.id:
            raise ModelError("joins a node to itself", edge_where)
        pair = frozenset((a.id, b.id))
        if pair in by_pair:
            earlier = ties[by_pair[pair]]
            note = (
                f"{earlier.notes}; also {entity.type}" if earlier.notes else f"Network Canvas edge type: {entity.type}"
            )
            ties[by_pair[pair]] = replace(earlier, notes=note)
            continue
        by_pair[pair] = len(ties)
        tie = _tie(claim_tie_id(taken), a, b, rules.edge(entity))
        ties.append(replace(tie, notes=f"Network Canvas edge type: {entity.type}"))
    try:
        ecomap = EcoMap(nodes, ties)
    except ModelError as error:
        raise ModelError(error.message, f"{where}: {error.path}") from None
    place_unplaced(ecomap, unplaced)
    meta = session["meta"]
    version = Version(label=_version_label(session, number), date=_date(meta), note=_note(meta), map=ecomap)
    version.check(where)
    return version


def _tie(tie_id: str, a: Node, b: Node, choice: Choice) -> Tie:
    capital = choice.capital or default_capital(a, b)
    return Tie(tie_id, a.id, b.id, capital, choice.strength, choice.stressful)


def _version_label(session: dict[str, Any], number: int) -> str:
    return str(session["id"]).strip()[:200] or f"Network Canvas session {number}"


def _date(meta: dict[str, str]) -> str:
    """The session's finish (else start) date when it is a real one; else today."""
    for name in ("sessionfinishtime", "sessionfinish", "sessionstarttime", "sessionstart"):
        value = meta.get(name, "")[:10]
        try:
            check_date(value, name)
        except ModelError:
            continue
        return value
    return today()


def _note(meta: dict[str, str]) -> str:
    parts = [
        f"{label} {meta[name]}"
        for name, label in (("protocolname", "protocol"), ("sessionuuid", "session"))
        if meta.get(name)
    ]
    return ("Network Canvas " + ", ".join(parts))[:20_000] if parts else "Network Canvas"
