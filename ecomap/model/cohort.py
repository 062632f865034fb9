"""The cohort view's figures (design §16): each case's first and latest map in a few numbers, and the cohort's.

Computed from a version's stored JSON without building the map (a cohort is
thousands of cases), by the same rules the model keeps: client ties are ties
with the client as one end; an asset is a ``group`` or ``organisation`` in
``community`` or ``work_education`` tied to the client, matched across cases
by its label case-folded with spaces collapsed; the client's effective size
is Burt's (for an unweighted map, Borgatti's ``n - 2t/n`` over the client's
``n`` contacts and the ``t`` ties among them, as networkx computes it), 0
for a client with no ties. No person's name ever leaves this module: an
asset is a place, never a ``person``, whatever its domain.
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

CAPITALS = ("bonding", "bridging", "linking")
ASSET_KINDS = frozenset({"group", "organisation"})
ASSET_DOMAINS = frozenset({"community", "work_education"})
DEFAULT_MIN_COUNT = 5


@dataclass(frozen=True, slots=True)
class MapFacts:
    """What the cohort needs of one version: client ties by capital, effective size, assets reached."""

    capital: Mapping[str, int]
    effective_size: float
    assets: Mapping[str, str]
    """Asset key (case-folded, spaces collapsed) -> its label as drawn."""


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """One case in the cohort: its first and its latest saved version (the same for a one-version case)."""

    first: MapFacts
    latest: MapFacts
    first_date: str = ""
    latest_date: str = ""


@dataclass
class CohortSummary:
    """The cohort, as ``ecomap cohort --json`` prints it."""

    cases: int
    skipped: list[dict[str, str]]
    capital: dict[str, dict[str, float | int]]
    effective_size: dict[str, float]
    assets: list[dict[str, Any]]
    suppressed_assets: int
    period: tuple[str, str] = ("", "")
    min_count: int = DEFAULT_MIN_COUNT
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "skipped": self.skipped,
            "capital": self.capital,
            "effective_size": self.effective_size,
            "assets": self.assets,
            "suppressed_assets": self.suppressed_assets,
        }


def asset_key(label: str) -> str:
    """How assets are matched across cases: case-folded, runs of white space made one space, trimmed."""
    return " ".join(label.casefold().split())


def map_facts(map_data: Mapping[str, Any]) -> MapFacts:
    """The cohort's figures of one stored map (``{"nodes": [...], "ties": [...]}``, as canonical JSON has it)."""
    nodes = {str(node["id"]): node for node in map_data["nodes"]}
    client = next(node_id for node_id, node in nodes.items() if node["kind"] == "client")
    capital = dict.fromkeys(CAPITALS, 0)
    contacts: set[str] = set()
    pairs: list[tuple[str, str]] = []
    for tie in map_data["ties"]:
        source, target = str(tie["source"]), str(tie["target"])
        pairs.append((source, target))
        if client in (source, target):
            capital[tie["capital"]] += 1
            contacts.add(target if source == client else source)
    among = {frozenset(pair) for pair in pairs if pair[0] in contacts and pair[1] in contacts}
    n = len(contacts)
    effective = n - 2 * len(among) / n if n else 0.0
    labels = [
        str(node["label"])
        for node in (nodes[node_id] for node_id in contacts)
        if node["kind"] in ASSET_KINDS and node.get("domain", "other") in ASSET_DOMAINS
    ]
    return MapFacts(capital=capital, effective_size=effective, assets=assets_from_labels(labels))


def assets_from_labels(labels: Iterable[str]) -> dict[str, str]:
    """Asset key -> the label shown for it (spaces collapsed; of two spellings on one map, the first in order)."""
    assets: dict[str, str] = {}
    for label in sorted(" ".join(label.split()) for label in labels):
        if label:
            assets.setdefault(asset_key(label), label)
    return assets


def summarise(
    cases: Iterable[CaseFacts], skipped: Iterable[dict[str, str]] = (), *, min_count: int = DEFAULT_MIN_COUNT
) -> CohortSummary:
    """The cohort's figures (design §16): means rounded to 2 decimals, rose/fell/same per capital, and the
    assets reached by at least ``min_count`` cases first or latest (the rest only counted)."""
    facts = list(cases)
    total = len(facts)
    capital: dict[str, dict[str, float | int]] = {}
    for name in CAPITALS:
        firsts = [case.first.capital[name] for case in facts]
        latests = [case.latest.capital[name] for case in facts]
        capital[name] = {
            "first_mean": _mean(firsts),
            "latest_mean": _mean(latests),
            "rose": sum(latest > first for first, latest in zip(firsts, latests, strict=True)),
            "fell": sum(latest < first for first, latest in zip(firsts, latests, strict=True)),
            "same": sum(latest == first for first, latest in zip(firsts, latests, strict=True)),
        }
    effective = {
        "first_mean": _mean([case.first.effective_size for case in facts]),
        "latest_mean": _mean([case.latest.effective_size for case in facts]),
    }
    first_counts: Counter[str] = Counter(key for case in facts for key in case.first.assets)
    latest_counts: Counter[str] = Counter(key for case in facts for key in case.latest.assets)
    labels = _asset_labels(facts)
    reached: list[tuple[int, int, str]] = []
    suppressed = 0
    for key in set(first_counts) | set(latest_counts):
        first, latest = first_counts[key], latest_counts[key]
        if max(first, latest) < min_count:
            suppressed += 1
        else:
            reached.append((first, latest, labels[key]))
    reached.sort(key=lambda asset: (-asset[1], -asset[0], asset[2].casefold(), asset[2]))
    shown = [{"label": label, "cases_first": first, "cases_latest": latest} for first, latest, label in reached]
    dates = sorted(d for case in facts for d in (case.first_date, case.latest_date) if d)
    return CohortSummary(
        cases=total,
        skipped=list(skipped),
        capital=capital,
        effective_size=effective,
        assets=shown,
        suppressed_assets=suppressed,
        period=(dates[0], dates[-1]) if dates else ("", ""),
        min_count=min_count,
    )


def _asset_labels(facts: list[CaseFacts]) -> dict[str, str]:
    """The label each asset is shown by: the spelling most cases use (ties broken alphabetically)."""
    spellings: dict[str, Counter[str]] = {}
    for case in facts:
        for version in (case.first, case.latest):
            for key, label in version.assets.items():
                spellings.setdefault(key, Counter())[label] += 1
    return {key: min(counter, key=lambda label: (-counter[label], label)) for key, counter in spellings.items()}


def _mean(values: list[int] | list[float]) -> float:
    return round(sum(values) / len(values), 2) if values else 0.0
