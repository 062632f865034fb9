"""The versions table: summaries from its columns, appending with the hash chain."""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ecomap.casefile.engine import Connection
from ecomap.casefile.schema import GENESIS_SHA256
from ecomap.model.canonical import canonical_bytes, version_to_dict
from ecomap.model.case import Version
from ecomap.model.metrics import MapCounts, count

SUMMARY_COLUMNS = (
    "number, label, date, note, saved_at, nodes, ties, bonding, bridging, linking, "
    "strong, moderate, tenuous, stressful, domains"
)


@dataclass(frozen=True, slots=True)
class VersionSummary:
    """A version as listed without reading its map: number, label, date and counts."""

    number: int
    label: str
    date: str
    note: str
    saved_at: str
    counts: MapCounts


def chain_hash(prev_sha256: str, body: bytes) -> str:
    """SHA-256 of the previous version's hash (hex, ASCII) followed by this body.

    Text that is not a hex digest (only a tampered file holds it) is hashed
    as UTF-8, so it gives a mismatch rather than an encoding error.
    """
    return hashlib.sha256(prev_sha256.encode("utf-8", "surrogatepass") + body).hexdigest()


def row_summary(row: Sequence[Any]) -> VersionSummary:
    number, label, date, note, saved_at, nodes, ties = row[:7]
    bonding, bridging, linking, strong, moderate, tenuous, stressful, domains = row[7:]
    counts = MapCounts(
        nodes=nodes,
        ties=ties,
        by_capital={"bonding": bonding, "bridging": bridging, "linking": linking},
        by_strength={"strong": strong, "moderate": moderate, "tenuous": tenuous},
        stressful=stressful,
        domains=domains,
    )
    return VersionSummary(number, label, date, note, saved_at, counts)


def insert_versions(connection: Connection, versions: Sequence[Version], saved_at: str) -> list[Version]:
    row = connection.execute("SELECT number, sha256 FROM versions ORDER BY number DESC LIMIT 1").fetchone()
    number, prev_sha256 = (row[0], row[1]) if row else (0, GENESIS_SHA256)
    stored = []
    for version in versions:
        version.check()
        version = replace(version, saved_at=saved_at)
        body = canonical_bytes(version_to_dict(version))
        sha256 = chain_hash(prev_sha256, body)
        counts = count(version.map)
        number += 1
        connection.execute(
            "INSERT INTO versions (number, label, date, note, saved_at, nodes, ties, bonding, bridging, "
            "linking, strong, moderate, tenuous, stressful, domains, body, prev_sha256, sha256) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                number,
                version.label,
                version.date,
                version.note,
                saved_at,
                counts.nodes,
                counts.ties,
                counts.by_capital["bonding"],
                counts.by_capital["bridging"],
                counts.by_capital["linking"],
                counts.by_strength["strong"],
                counts.by_strength["moderate"],
                counts.by_strength["tenuous"],
                counts.stressful,
                counts.domains,
                body,
                prev_sha256,
                sha256,
            ),
        )
        prev_sha256 = sha256
        stored.append(version)
    return stored
