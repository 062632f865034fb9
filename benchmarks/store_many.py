"""Listing and opening cases with 10,000 cases in the team store (design §8: each under 0.3 s), against floors.

The store is filled in bulk through SQL as its owner role, the server's
triggers still checking every version's chain: N cases, each with the example
case's three versions (realistic bodies of 5-7 kB), every case assigned to one
of N/20 workers in teams of ten. Five workers of team ``north`` are real
logins with 20 cases each, and ``north_lead`` is its supervisor (100 cases).
Each operation is timed as a login meets it, connection and audit included:

- ``cases-admin``, ``cases-super``, ``cases-worker``: ``TeamStore(url).cases()``
  as the admin (all N cases), the supervisor (100) and a worker (20); floor:
  the same login connecting and reading the same rows from a plain table
  (no row-level security).
- ``open-admin``, ``open-super``, ``open-worker``: ``StoreCase.open`` of one
  of the cases that login may read, its versions listed and the latest one
  read (hash checked, decoded); floor: the same login connecting and reading
  the same summary columns and the latest body from a plain copy, decoded.
"""

import json
import time
from collections.abc import Callable
from functools import partial

from benchmarks.run import fastest
from benchmarks.store_setup import ADMIN, BenchStore, example_rows
from ecomap.casefile.versions_table import SUMMARY_COLUMNS
from ecomap.store.connecting import connect
from ecomap.store.team_case import StoreCase
from ecomap.store.team_store import TeamStore

WORKER, SUPERVISOR = "north_01", "north_lead"
LOGINS = {"admin": ADMIN, "super": SUPERVISOR, "worker": WORKER}
OPENED = {"super": "CASE-00021", "worker": "CASE-00001"}
"""The case each login opens: another north worker's for the supervisor, its own for the worker (and the
last case of the store for the admin)."""
TARGET = 0.3

Result = tuple[str, float, float, str]


def fill(store: BenchStore, cases: int) -> float:
    """``cases`` cases of the example's versions, bulk-inserted as the owner; the seconds it took."""
    start = time.perf_counter()
    rows = example_rows()
    with store.superuser() as db, db.transaction():
        db.execute("SET LOCAL ROLE ecomap_owner")
        db.execute(
            "INSERT INTO ecomap.cases (ref, client, worker, notes) SELECT format('CASE-%%s', lpad(i::text, 5, '0')), "
            "'Client ' || i, 'Worker ' || (i - 1) / 20, 'Notes on the case, as a worker might keep them.' "
            "FROM generate_series(1, %s) AS i",
            (cases,),
        )
        for row in rows:  # version 1 of every case, then 2, then 3: each follows its case's head
            c = row.counts
            counts = [c.nodes, c.ties, *c.by_capital.values(), *c.by_strength.values(), c.stressful, c.domains]
            db.execute(
                "INSERT INTO ecomap.versions (case_id, number, label, date, note, saved_at, nodes, ties, bonding, "
                "bridging, linking, strong, moderate, tenuous, stressful, domains, body, prev_sha256, sha256) "
                "SELECT id, %s, %s, %s, %s, %s, "
                + ", ".join(["%s"] * len(counts))
                + ", %s, %s, %s FROM ecomap.cases ORDER BY id",
                (
                    row.number,
                    row.label,
                    row.date,
                    row.note,
                    row.saved_at,
                    *counts,
                    row.body,
                    row.prev_sha256,
                    row.sha256,
                ),
            )
        teams = max(1, cases // 200)
        db.execute(
            "INSERT INTO ecomap.teams (name) SELECT 'north' UNION SELECT format('team_%%s', t) "
            "FROM generate_series(1, %s) AS t",
            (teams,),
        )
        db.execute(  # worker w has cases 20w-19 .. 20w; the first five are north's real logins, made below
            "INSERT INTO ecomap.workers (login, team) SELECT format('worker_%%s', w), format('team_%%s', w %% %s + 1) "
            "FROM generate_series(6, %s) AS w",
            (teams, (cases + 19) // 20),
        )
    store.add_workers([f"north_0{n}" for n in range(1, 6)], "north")
    store.add_workers([SUPERVISOR], "north", supervisor=True)
    with store.superuser() as db:
        with db.transaction():
            db.execute("SET LOCAL ROLE ecomap_owner")
            db.execute(
                "INSERT INTO ecomap.assignments (case_id, login) SELECT id, CASE WHEN (id - 1) / 20 < 5 "
                "THEN format('north_0%s', (id - 1) / 20 + 1) ELSE format('worker_%s', (id - 1) / 20 + 1) END "
                "FROM ecomap.cases"
            )
        db.execute("VACUUM ANALYZE")
    return time.perf_counter() - start


def _floor_tables(store: BenchStore, opened: dict[str, str]) -> None:
    """Plain copies (no row-level security) of what each login lists and opens, readable by those logins."""
    listed = {who: listing(store.url(login)) for who, login in LOGINS.items()}
    with store.superuser() as db:
        db.execute(
            "CREATE TABLE public.floor_listing (login name, ref text, client text, worker text, "
            "versions integer, latest_date text)"
        )
        with db.cursor().copy("COPY public.floor_listing FROM STDIN") as copy:
            for who, rows in listed.items():
                for row in rows:
                    copy.write_row((LOGINS[who], *row))
        db.execute("CREATE INDEX ON public.floor_listing (login, ref)")
        db.execute(
            "CREATE TABLE public.floor_versions AS SELECT c.ref, v.* FROM ecomap.versions v "
            "JOIN ecomap.cases c ON c.id = v.case_id WHERE c.ref = ANY(%s)",
            (list(opened.values()),),
        )
        db.execute("ALTER TABLE public.floor_versions ADD PRIMARY KEY (ref, number)")
        for login in LOGINS.values():
            db.execute(f'GRANT SELECT ON public.floor_listing, public.floor_versions TO "{login}"')
        db.execute("VACUUM ANALYZE public.floor_listing, public.floor_versions")


def listing(url: str) -> list[tuple[object, ...]]:
    """``TeamStore(url).cases()``, as ``ecomap cases`` does it: connect, check the schema, list (audited)."""
    with TeamStore(url) as store:
        return [(c.ref, c.client, c.worker, c.versions, c.latest) for c in store.cases()]


def floor_listing(url: str) -> list[tuple[object, ...]]:
    with connect(url) as db:
        return db.execute(
            "SELECT ref, client, worker, versions, latest_date FROM public.floor_listing "
            "WHERE login = current_user ORDER BY ref"
        ).fetchall()


def open_and_read(url: str, ref: str) -> None:
    with StoreCase.open(url, ref) as case:
        summaries = case.summaries()
        case.version(summaries[-1].number)


def floor_open(url: str, ref: str) -> None:
    with connect(url) as db:
        rows = db.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM public.floor_versions WHERE ref = %s ORDER BY number", (ref,)
        ).fetchall()
        found = db.execute(
            "SELECT body FROM public.floor_versions WHERE ref = %s AND number = %s", (ref, rows[-1][0])
        ).fetchone()
        json.loads(bytes(found[0]) if found else b"")


def run_many(store: BenchStore, cases: int, repeats: int) -> tuple[float, list[Result]]:
    """Fill ``store`` (a fresh one) with ``cases`` cases, then time listing and opening as each login."""
    seconds = fill(store, cases)
    opened = {"admin": f"CASE-{cases:05d}", **OPENED}
    _floor_tables(store, opened)
    expected = {"admin": cases, "super": 100, "worker": 20}
    results: list[Result] = []
    for who, login in LOGINS.items():
        url = store.url(login)
        listed = len(listing(url))
        if listed != expected[who]:
            raise RuntimeError(f"{login} lists {listed} cases, not {expected[who]}")
        results.append(_timed(f"cases-{who}", partial(listing, url), partial(floor_listing, url), repeats))
    for who, login in LOGINS.items():
        url, ref = store.url(login), opened[who]
        results.append(_timed(f"open-{who}", partial(open_and_read, url, ref), partial(floor_open, url, ref), repeats))
    return seconds, results


def _timed(name: str, action: Callable[[], object], floor: Callable[[], object], repeats: int) -> Result:
    action()
    floor()  # warm both (the server's caches, the modules)
    t_action, t_floor = fastest(action, repeats), fastest(floor, repeats)
    return name, t_action, t_floor, "ok" if t_action < TARGET else "MISSED"


def explain_admin_listing(store: BenchStore) -> str:
    """EXPLAIN ANALYZE of the admin's listing query, as the admin login (for a listing over target)."""
    with connect(store.url()) as db:
        plan = db.execute(
            "EXPLAIN (ANALYZE, BUFFERS) "
            "SELECT ref, client, worker, versions, latest_date FROM ecomap.cases ORDER BY ref"
        ).fetchall()
    return "\n".join(str(line[0]) for line in plan)
