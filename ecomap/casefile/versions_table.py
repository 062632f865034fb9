"""The versions table: summaries from its columns, appending with the hash chain."""

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ecomap.casefile.engine import Connection
from ecomap.casefile.schema import GENESIS_SHA256
from ecomap.model.canonical import canonical_bytes, version_from_dict, version_to_dict
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


@dataclass(frozen=True, slots=True)
class VersionRow:
    """One version as stored: its summary columns, its canonical JSON and its place in the hash chain.

    The same row goes into a case file and into the team store (design §15), so
    a version keeps its bytes and its hash wherever it is copied.
    """

    number: int
    label: str
    date: str
    note: str
    saved_at: str
    counts: MapCounts
    body: bytes
    prev_sha256: str
    sha256: str

    def columns(self) -> tuple[Any, ...]:
        """The values in the order of :data:`ROW_COLUMNS`."""
        c = self.counts
        return (
            self.number,
            self.label,
            self.date,
            self.note,
            self.saved_at,
            c.nodes,
            c.ties,
            c.by_capital["bonding"],
            c.by_capital["bridging"],
            c.by_capital["linking"],
            c.by_strength["strong"],
            c.by_strength["moderate"],
            c.by_strength["tenuous"],
            c.stressful,
            c.domains,
            self.body,
            self.prev_sha256,
            self.sha256,
        )


ROW_COLUMNS = SUMMARY_COLUMNS + ", body, prev_sha256, sha256"


def encode_body(version: Version, saved_at: str) -> tuple[Version, bytes, MapCounts]:
    """``version`` as stored (checked, ``saved_at`` set), its canonical JSON and its counts: all of a
    stored version but its place in the chain, so they can be made before the chain is locked."""
    version.check()
    version = replace(version, saved_at=saved_at)
    return version, canonical_bytes(version_to_dict(version)), count(version.map)


def encode_version(version: Version, number: int, prev_sha256: str, saved_at: str) -> tuple[Version, VersionRow]:
    """``version`` as stored at ``number`` after ``prev_sha256`` (checked, ``saved_at`` set), and its row."""
    version, body, counts = encode_body(version, saved_at)
    sha256 = chain_hash(prev_sha256, body)
    return version, VersionRow(
        number, version.label, version.date, version.note, saved_at, counts, body, prev_sha256, sha256
    )


def row_from_body(number: int, prev_sha256: str, body: bytes) -> VersionRow:
    """The row of a version already stored elsewhere, from its canonical JSON (bytes kept as they are)."""
    version = version_from_dict(json.loads(body))
    return VersionRow(
        number,
        version.label,
        version.date,
        version.note,
        version.saved_at,
        count(version.map),
        body,
        prev_sha256,
        chain_hash(prev_sha256, body),
    )


def insert_rows(connection: Connection, rows: Sequence[VersionRow]) -> None:
    """Insert version rows exactly as given (a copy of a case kept elsewhere)."""
    placeholders = ", ".join("?" * 18)
    for row in rows:
        connection.execute(f"INSERT INTO versions ({ROW_COLUMNS}) VALUES ({placeholders})", row.columns())


def insert_versions(connection: Connection, versions: Sequence[Version], saved_at: str) -> list[Version]:
    row = connection.execute("SELECT number, sha256 FROM versions ORDER BY number DESC LIMIT 1").fetchone()
    number, prev_sha256 = (row[0], row[1]) if row else (0, GENESIS_SHA256)
    stored, rows = [], []
    for version in versions:
        number += 1
        kept, version_row = encode_version(version, number, prev_sha256, saved_at)
        prev_sha256 = version_row.sha256
        stored.append(kept)
        rows.append(version_row)
    insert_rows(connection, rows)
    return stored
