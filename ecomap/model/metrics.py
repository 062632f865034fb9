"""Social-capital measures of a map: counts, domains reached, density, brokerage.

Counts are plain Python (cheap enough to compute at every save); the graph
measures come from networkx, imported only when they are asked for.
"""

import math
from collections.abc import Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ecomap.model.enums import Capital, Domain, Strength
from ecomap.model.network import EcoMap

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True, slots=True)
class MapCounts:
    """The counts of design §6: what ``versions`` and ``metrics`` report."""

    nodes: int
    ties: int
    by_capital: dict[str, int]
    by_strength: dict[str, int]
    stressful: int
    domains: int


@dataclass(frozen=True, slots=True)
class MapMetrics:
    """Counts plus the networkx measures of design §7.

    ``effective_size`` and ``constraint`` are Burt's measures for the client
    (networkx, unweighted); they are ``None`` when the client has no ties,
    where they are undefined.
    """

    counts: MapCounts
    client_ties: int
    density: float
    effective_size: float | None
    constraint: float | None


def count(ecomap: EcoMap) -> MapCounts:
    """Count nodes (not the client), ties by capital and strength, stress and domains."""
    by_capital = {c.value: 0 for c in Capital}
    by_strength = {s.value: 0 for s in Strength}
    stressful = 0
    for tie in ecomap.ties:
        by_capital[tie.capital.value] += 1
        by_strength[tie.strength.value] += 1
        stressful += tie.stressful
    domains = {n.domain for n in ecomap.nodes if not n.is_client and n.domain is not Domain.OTHER}
    return MapCounts(
        nodes=len(ecomap.nodes) - 1,
        ties=len(ecomap.ties),
        by_capital=by_capital,
        by_strength=by_strength,
        stressful=stressful,
        domains=len(domains),
    )


def measure(ecomap: EcoMap) -> MapMetrics:
    """All measures of one map."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(n.id for n in ecomap.nodes)
    graph.add_edges_from((t.source, t.target) for t in ecomap.ties)
    client = ecomap.client.id
    client_ties = graph.degree(client)
    effective: float | None = None
    constraint: float | None = None
    if client_ties:
        effective = _finite(nx.effective_size(graph, nodes=[client])[client])
        constraint = _finite(burt_constraint(graph, client))
    return MapMetrics(
        counts=count(ecomap),
        client_ties=client_ties,
        density=nx.density(graph),
        effective_size=effective,
        constraint=constraint,
    )


def burt_constraint(graph: "nx.Graph", node: Hashable) -> float:
    """Burt's constraint of ``node`` in an unweighted, undirected graph without self-loops:
    ``networkx.constraint(graph, [node])[node]``, in O(d²) instead of networkx's O(d³).

    With every tie weighing the same, the share of ``node``'s ties going to a
    neighbour ``v`` is ``1/d`` (``d`` its degree), and ``v``'s share of
    ``w``'s is ``1/deg(w)``; the constraint sums, over ``node``'s neighbours
    ``v``, ``(1/d + Σ 1/(d·deg(w)))²`` with ``w`` a neighbour of both. networkx
    takes 0.65 s for a client tied to 59 people (0.4 ms here); a test holds the
    two equal on random graphs.
    """
    neighbours = set(graph[node])
    share = 1.0 / len(neighbours)
    total = 0.0
    for v in neighbours:
        indirect = sum(share / graph.degree(w) for w in neighbours.intersection(graph[v]))
        total += (share + indirect) ** 2
    return total


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None
