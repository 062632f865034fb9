"""GraphML through networkx: one ``<graph>`` per version, screened before parsing.

Export writes every version as a graph with its label, date and note (and
the case details, and the map's ``ring_scale`` when it is not 1) as graph
data, nodes with label, kind, domain, x, y and notes, and edges with the
tie's id and attributes. GraphML edges of an undirected graph have no
direction, so a tie is written from the end that comes first in the map,
with its flow turned to match; reading it back gives the same relationships.
A carriage return in text is written as ``&#13;`` so that XML's line-end
normalisation keeps it. (U+FFFE and U+FFFF, which XML cannot hold, never
reach here: the model refuses them.)

Import takes GraphML from Ecomap or other tools: attributes it does not know
are ignored, missing ones take their defaults (``stressful`` may also be the
text true/false, yes/no or 1/0, as tools without booleans write it), and
exactly one node per graph must have ``kind`` ``client``. The bytes are
screened with defusedxml (no DTD, no entities, no external references) and
compressed input is refused before networkx sees them.
"""

import io
import math
from collections.abc import Sequence
from typing import Any

from ecomap.errors import InputError
from ecomap.interchange.limits import MAX_NODES, MAX_TIES, MAX_VERSIONS
from ecomap.interchange.placing import place_unplaced
from ecomap.model.case import Case, CaseDetails, Version, check_date, today
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength
from ecomap.model.errors import ModelError
from ecomap.model.network import EcoMap, claim_tie_id
from ecomap.model.rules import MAX_RING_SCALE, MIN_RING_SCALE, default_capital

GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
_FLAGS = {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False}
_COMPRESSED = ((b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"PK\x03\x04", "zip"), (b"\xfd7zXZ", "xz"))


def looks_like_xml(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def compression_of(data: bytes) -> str | None:
    for magic, name in _COMPRESSED:
        if data.startswith(magic):
            return name
    return None


def case_to_graphml(case: Case, numbers: Sequence[int] | None = None) -> bytes:
    """All versions of ``case`` as one GraphML document, each ``<graph>`` with its version number as the
    graph attribute ``version`` (``numbers``: the versions' numbers in their case, when ``case`` holds a
    choice of them; else 1, 2, 3...)."""
    import networkx as nx
    from networkx.readwrite.graphml import GraphMLWriter

    writer = GraphMLWriter(encoding="utf-8", prettyprint=True)
    wanted = list(numbers) if numbers is not None else list(range(1, len(case.versions) + 1))
    for number, version in zip(wanted, case.versions, strict=True):
        graph = nx.Graph(
            id=f"v{number}",
            version=number,
            label=version.label,
            date=version.date,
            note=version.note,
            reference=case.details.reference,
            client=case.details.client,
            worker=case.details.worker,
            case_notes=case.details.notes,
        )
        if version.map.ring_scale != 1.0:
            graph.graph["ring_scale"] = version.map.ring_scale
        for node in version.map.nodes:
            graph.add_node(
                node.id,
                label=node.label,
                kind=node.kind.value,
                domain=node.domain.value,
                x=node.x,
                y=node.y,
                notes=node.notes,
            )
        order = {node.id: index for index, node in enumerate(version.map.nodes)}
        for tie in version.map.ties:
            first, second = sorted((tie.source, tie.target), key=order.__getitem__)
            written = tie.oriented(first, second)
            graph.add_edge(
                first,
                second,
                tie_id=tie.id,
                capital=tie.capital.value,
                strength=tie.strength.value,
                stressful=tie.stressful,
                flow=written.flow.value,
                notes=tie.notes,
            )
        writer.add_graph_element(graph)
        # networkx keeps pending <data> in ``attributes`` and would write them
        # again into the next graph's elements; they are written by now.
        writer.attributes.clear()
    stream = io.BytesIO()
    writer.dump(stream)
    # ElementTree writes a carriage return in text as it is, and every XML
    # reader turns it into a line feed; a character reference survives. The
    # writer adds none of its own and escapes those in attributes already.
    return stream.getvalue().replace(b"\r", b"&#13;")


def case_from_graphml(data: bytes, path: str) -> Case:
    """Screen and read GraphML bytes; each graph becomes a version."""
    compression = compression_of(data)
    if compression:
        raise InputError(path, f"is {compression}-compressed; decompress it before importing")
    root = screened_root(data, path)
    if root.tag not in (f"{{{GRAPHML_NAMESPACE}}}graphml", "graphml"):
        raise InputError(path, "is XML but not GraphML (its root element is not <graphml>)")
    if root.tag == "graphml":
        raise InputError(path, f"is GraphML without its namespace ({GRAPHML_NAMESPACE})")
    import networkx as nx
    from networkx.readwrite.graphml import GraphMLReader

    try:
        graphs = list(GraphMLReader(node_type=str)(string=data))
    except (nx.NetworkXError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise InputError(path, f"is GraphML that cannot be read ({error})") from None
    if not graphs:
        raise InputError(path, "holds no <graph>")
    if len(graphs) > MAX_VERSIONS:
        raise InputError(path, f"holds {len(graphs)} graphs; at most {MAX_VERSIONS} allowed")
    versions = []
    for number, graph in enumerate(graphs, start=1):
        try:
            versions.append(_version(graph, number))
        except ModelError as error:
            raise InputError(path, str(error)) from None
    first = graphs[0].graph
    details = CaseDetails(
        reference=_string(first.get("reference", "")),
        client=_string(first.get("client", "")),
        worker=_string(first.get("worker", "")),
        notes=_string(first.get("case_notes", "")),
    )
    try:
        details.check("graph 1")
    except ModelError as error:
        raise InputError(path, str(error)) from None
    return Case(details=details, versions=versions)


def screened_root(data: bytes, path: str) -> Any:
    """The XML root of GraphML ``data``, parsed by defusedxml with no DTD, entities or external references
    (design §10); anything else is one :class:`InputError` naming ``path``. Every GraphML reader starts here."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        what = type(error).__name__
        reason = {
            "DTDForbidden": "holds a DTD (<!DOCTYPE ...>)",
            "EntitiesForbidden": "declares XML entities",
            "ExternalReferenceForbidden": "refers to external resources",
        }.get(what, "holds XML constructs")
        raise InputError(path, f"{reason}, which Ecomap refuses in GraphML for safety") from None
    except ParseError as error:
        raise InputError(path, f"is not well-formed XML ({error})") from None


def _version(graph: Any, number: int) -> Version:
    where = f"graph {number}"
    if graph.is_multigraph():
        raise ModelError("has more than one edge between the same two nodes; at most one tie per pair", where)
    if graph.number_of_nodes() > MAX_NODES or graph.number_of_edges() > MAX_TIES:
        raise ModelError(f"is larger than {MAX_NODES} nodes or {MAX_TIES} edges", where)
    nodes, unplaced = [], []
    for node_id, attributes in graph.nodes(data=True):
        node_where = f"{where}, node {node_id!r}"
        x, y = attributes.get("x"), attributes.get("y")
        if (x is None) != (y is None):
            raise ModelError("has only one of x and y", node_where)
        if x is None:
            unplaced.append(node_id)
        nodes.append(
            Node(
                id=node_id,
                label=_string(attributes.get("label", attributes.get("name", node_id))),
                kind=_choice(Kind, attributes.get("kind"), Kind.PERSON, node_where, "kind"),
                domain=_choice(Domain, attributes.get("domain"), Domain.OTHER, node_where, "domain"),
                x=_coordinate(x, node_where, "x"),
                y=_coordinate(y, node_where, "y"),
                notes=_string(attributes.get("notes", "")),
            )
        )
    clients = [n for n in nodes if n.kind is Kind.CLIENT]
    if not clients:
        raise ModelError("has no node with kind 'client'; give the client's node a 'kind' of 'client'", where)
    by_id = {n.id: n for n in nodes}
    ties = []
    taken = {str(a["tie_id"]) for _u, _v, a in graph.edges(data=True) if a.get("tie_id") not in (None, "")}
    for source, target, attributes in graph.edges(data=True):
        tie_where = f"{where}, edge {source!r}-{target!r}"
        tie_id = _string(attributes.get("tie_id", "")) or claim_tie_id(taken)
        stressful = _flag(attributes.get("stressful", False), tie_where)
        capital_default = default_capital(by_id[source], by_id[target]) if source != target else Capital.BRIDGING
        ties.append(
            Tie(
                id=tie_id,
                source=source,
                target=target,
                capital=_choice(Capital, attributes.get("capital"), capital_default, tie_where, "capital"),
                strength=_choice(Strength, attributes.get("strength"), Strength.MODERATE, tie_where, "strength"),
                stressful=stressful,
                flow=_choice(Flow, attributes.get("flow"), Flow.NONE, tie_where, "flow"),
                notes=_string(attributes.get("notes", "")),
            )
        )
    ring_scale = _ring_scale(graph.graph.get("ring_scale"), where)
    try:
        ecomap = EcoMap(nodes, ties, ring_scale=ring_scale)
    except ModelError as error:
        raise ModelError(error.message, f"{where}: {error.path}") from None
    place_unplaced(ecomap, unplaced)
    date = _string(graph.graph.get("date", "")) or today()
    check_date(date, f"{where}: date")
    version = Version(
        label=_string(graph.graph.get("label", "")),
        date=date,
        note=_string(graph.graph.get("note", "")),
        map=ecomap,
    )
    version.check(where)
    return version


def _flag(value: Any, where: str) -> bool:
    """A boolean attribute; other tools may write it as text or as 0/1."""
    if isinstance(value, bool):
        return value
    flag = _FLAGS.get(str(value).strip().lower()) if isinstance(value, (str, int)) else None
    if flag is None:
        raise ModelError(f"stressful is {_string(value)[:40]!r}, not true or false", where)
    return flag


def _string(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _choice(kind: Any, value: Any, default: Any, where: str, name: str) -> Any:
    if value is None or value == "":
        return default
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise ModelError(f"{name} {value!r} is not one of {allowed}", where) from None


def _ring_scale(value: Any, where: str) -> float:
    """The graph's ``ring_scale`` (1 when missing): a number from 1 to 50, as in Ecomap JSON."""
    if value is None or value == "":
        return 1.0
    try:
        number = float(value) if not isinstance(value, bool) else math.nan
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number):
        raise ModelError(f"ring_scale {_string(value)[:40]!r} is not a number", where)
    if not MIN_RING_SCALE <= number <= MAX_RING_SCALE:
        raise ModelError(f"ring_scale {value!r} is out of range ({MIN_RING_SCALE:g} to {MAX_RING_SCALE:g})", where)
    return number


def _coordinate(value: Any, where: str, name: str) -> float:
    if value is None:
        return 0.0
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ModelError(f"{name} {value!r} is not a number", where) from None
    if not math.isfinite(number) or abs(number) > 1_000_000:
        raise ModelError(f"{name} {value!r} is out of range", where)
    return number
