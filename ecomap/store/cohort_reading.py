"""Reading a cohort (design §16): the first and latest version of every case in files, folders and the store.

Only what the figures need is read: a case file's first and latest version
bodies (never the versions between, never the map model); in the team store
each case's facts are computed by the server, in SQL, from the same two
versions of every case the login may see, so 10,000 cases never cross the
wire as maps. A source that cannot be read is listed with its reason and the
rest goes on.
"""

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ecomap.casefile import CaseFile
from ecomap.errors import EcomapError, InputError
from ecomap.model.cohort import CaseFacts, MapFacts, assets_from_labels, map_facts
from ecomap.store.connecting import STORE_PREFIX, connect, describe, store_url, told_as_store_failure
from ecomap.store.team_case import check_schema

CASE_SUFFIX = ".ecomap"
Progress = Callable[[int, int], None]
"""Told (done, total) as case files are read."""


@dataclass
class CohortRead:
    """The cases read, and the sources skipped with their reasons."""

    cases: list[CaseFacts] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)

    def skip(self, source: str, reason: str) -> None:
        self.skipped.append({"source": source, "reason": reason})


def read_cohort(
    sources: Sequence[str],
    *,
    passphrase: str | None = None,
    store: str | None = None,
    progress: Progress | None = None,
) -> CohortRead:
    """Every case in ``sources`` (case files, folders searched for ``*.ecomap``, ``store:``), read for the cohort."""
    read = CohortRead()
    files: list[Path] = []
    for source in sources:
        if source == STORE_PREFIX:
            read.cases.extend(store_facts(store_url(store)))
        elif source.startswith(STORE_PREFIX):
            raise InputError(source, "a cohort reads the whole team store: give 'store:' alone")
        else:
            files.extend(_files_of(Path(source), read))
    for done, path in enumerate(files, start=1):
        try:
            read.cases.append(file_facts(path, passphrase))
        except EcomapError as error:
            read.skip(str(path), error.message)
        if progress is not None:
            progress(done, len(files))
    return read


def _files_of(source: Path, read: CohortRead) -> Iterator[Path]:
    if source.is_dir():
        found = (p for p in source.rglob(f"*{CASE_SUFFIX}") if not p.name.startswith(".") and p.is_file())
        yield from sorted(found)
    elif source.is_file():
        yield source
    else:
        read.skip(str(source), "no such file or folder")


def file_facts(path: Path, passphrase: str | None = None) -> CaseFacts:
    """The cohort's facts of one case file: its first and latest version (one read if they are the same)."""
    with CaseFile.open(path, passphrase=passphrase) as case_file:
        count = case_file.version_count
        if count == 0:
            raise InputError(path, "has no versions yet")
        first = case_file.version_body(1)
        latest = case_file.version_body(count) if count > 1 else first
    try:
        first_data, latest_data = json.loads(first), json.loads(latest) if latest is not first else None
        first_facts = map_facts(first_data["map"])
        latest_facts = map_facts(latest_data["map"]) if latest_data is not None else first_facts
        last = latest_data or first_data
        return CaseFacts(first_facts, latest_facts, str(first_data["date"]), str(last["date"]))
    except (ValueError, KeyError, TypeError, StopIteration) as error:
        raise InputError(path, f"a version cannot be read ({type(error).__name__}: {error})") from None


# The facts of every case the login may see, computed by the server from the first and latest versions'
# JSON: client ties by capital, the client's contacts and the ties among them, and the assets' labels.
# Each body is parsed once (the OFFSET 0 subquery keeps the parsed map from being inlined into, and parsed
# again by, each use of it), and the client's ties are gathered in one pass over the ties.
STORE_FACTS = """
WITH picked AS (
    SELECT c.id, v.number = 1 AS is_first, v.number = c.versions AS is_latest, v.date, v.body
    FROM ecomap.cases c
    JOIN ecomap.versions v ON v.case_id = c.id AND v.number IN (1, c.versions)
    WHERE c.versions > 0
)
SELECT p.id, p.is_first, p.is_latest, p.date, ct.bonding, ct.bridging, ct.linking,
       coalesce(cardinality(ct.others), 0) AS contacts,
       (SELECT count(DISTINCT least(t ->> 'source', t ->> 'target') || chr(1)
                              || greatest(t ->> 'source', t ->> 'target'))
        FROM jsonb_array_elements(j.m -> 'ties') t
        WHERE t ->> 'source' = ANY(ct.others) AND t ->> 'target' = ANY(ct.others)) AS among,
       ARRAY(SELECT DISTINCT n ->> 'label' FROM jsonb_array_elements(j.m -> 'nodes') n
             WHERE n ->> 'kind' IN ('group', 'organisation')
               AND coalesce(n ->> 'domain', 'other') IN ('community', 'work_education')
               AND n ->> 'id' = ANY(ct.others)) AS assets
FROM picked p
CROSS JOIN LATERAL (SELECT convert_from(p.body, 'UTF8')::jsonb -> 'map' AS m OFFSET 0) j
CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE t ->> 'capital' = 'bonding') AS bonding,
           count(*) FILTER (WHERE t ->> 'capital' = 'bridging') AS bridging,
           count(*) FILTER (WHERE t ->> 'capital' = 'linking') AS linking,
           array_agg(DISTINCT CASE WHEN t ->> 'source' = cl.id THEN t ->> 'target' ELSE t ->> 'source' END) AS others
    FROM (SELECT n ->> 'id' AS id FROM jsonb_array_elements(j.m -> 'nodes') n
          WHERE n ->> 'kind' = 'client' LIMIT 1) cl,
         jsonb_array_elements(j.m -> 'ties') t
    WHERE cl.id IN (t ->> 'source', t ->> 'target')
) ct
ORDER BY p.id, p.is_first DESC
"""


def store_facts(url: str) -> list[CaseFacts]:
    """The facts of every case in the team store that this login may see (the server decides), the
    reading recorded in the audit log as one cohort listing."""
    name = describe(url)
    with connect(url) as connection, told_as_store_failure(name):
        check_schema(connection, name)
        rows = connection.execute(STORE_FACTS).fetchall()
        cases = _cases_from_rows(rows)
        connection.execute("SELECT ecomap.record_listing(%s)", (len(cases),))
    return cases


def _cases_from_rows(rows: Sequence[Sequence[Any]]) -> list[CaseFacts]:
    by_case: dict[int, dict[str, tuple[MapFacts, str]]] = {}
    for case_id, is_first, is_latest, date, bonding, bridging, linking, contacts, among, labels in rows:
        effective = contacts - 2 * among / contacts if contacts else 0.0
        assets = assets_from_labels(labels)
        facts = MapFacts({"bonding": bonding, "bridging": bridging, "linking": linking}, effective, assets)
        entry = by_case.setdefault(case_id, {})
        if is_first:
            entry["first"] = (facts, date)
        if is_latest:
            entry["latest"] = (facts, date)
    return [
        CaseFacts(entry["first"][0], entry["latest"][0], entry["first"][1], entry["latest"][1])
        for entry in by_case.values()
        if "first" in entry and "latest" in entry
    ]
