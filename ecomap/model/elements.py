"""Nodes and ties: the immutable records a map is made of."""

from dataclasses import dataclass, replace

from ecomap.model.enums import Capital, Domain, Flow, Kind, Strength

NODE_FIELDS = ("label", "kind", "domain", "x", "y", "notes")
"""Fields of a node that an edit may change (``id`` never changes)."""

TIE_FIELDS = ("capital", "strength", "stressful", "flow", "notes")
"""Fields of a tie that describe the relationship; compared by the diff."""


@dataclass(frozen=True, slots=True)
class Node:
    """A person, pet, group or organisation in the client's network, or the client."""

    id: str
    label: str
    kind: Kind = Kind.PERSON
    domain: Domain = Domain.OTHER
    x: float = 0.0
    y: float = 0.0
    notes: str = ""

    @property
    def is_client(self) -> bool:
        return self.kind is Kind.CLIENT


@dataclass(frozen=True, slots=True)
class Tie:
    """A relationship between two nodes, in Hartman's notation plus social capital."""

    id: str
    source: str
    target: str
    capital: Capital
    strength: Strength = Strength.MODERATE
    stressful: bool = False
    flow: Flow = Flow.NONE
    notes: str = ""

    @property
    def pair(self) -> frozenset[str]:
        """The unordered pair of end ids: ties are matched by it."""
        return frozenset((self.source, self.target))

    def other_end(self, node_id: str) -> str:
        """The id at the other end from ``node_id``."""
        return self.target if node_id == self.source else self.source

    def oriented(self, source: str, target: str) -> "Tie":
        """This tie with its ends in the given order; the flow turns with them."""
        if (source, target) == (self.source, self.target):
            return self
        if (source, target) != (self.target, self.source):
            raise ValueError(f"tie {self.id!r} does not join {source!r} and {target!r}")
        return replace(self, source=source, target=target, flow=self.flow.reversed())
