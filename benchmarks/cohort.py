"""Cohort benchmarks (design §8, §16): 1,000 case files against a floor, and 10,000 cases in the team store.

- ``files``: ``read_cohort`` of a folder of N sample case files (made by
  ``tools/cohort_sample.py``: 2 to 6 versions each, about 4 kB a version):
  every file opened (header, ``quick_check``, schema), its first and latest
  version read (hash checked) and reduced to the cohort's facts. Floor: the
  same files each opened with ``CaseFile.open`` and their summary columns
  read with ``summaries()`` (every version's, 2 to 6 rows; the first and the
  latest kept). Target: within 2x. ``files-raw`` is for reference only: a
  bare ``sqlite3`` read-only connection per file and one query of the first
  and latest versions' summary columns (no checks at all).
- ``store-admin``, ``store-super``: ``store_facts(url)`` (what ``ecomap
  cohort store:`` reads: each case's facts computed by the server in SQL from
  its first and latest versions' JSON) as the admin (all N cases) and as a
  supervisor whose team holds half of them, connection, schema check and
  audit included. The store holds N cases made by the same generator,
  bulk-copied in as the cluster's superuser (the server's chain trigger
  checking every version). Floor, for reference: the same login reading the first and latest
  versions' summary columns of the same cases through row-level security.
  Target: under 5 s at 10,000 cases. The time is split into the query (sent,
  run, fetched) and the Python that turns its rows into facts, and the
  figures are checked against the same cases' facts computed in Python.

    .venv/bin/python -m benchmarks.cohort [--quick] [--files N] [--cases N] [--explain] [files] [store]

``--quick`` (100 files, 1,000 cases, fewer repeats) checks that it all runs.
Exit 1 if a target is missed or a figure differs.
"""

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.run import fastest
from benchmarks.store_setup import ADMIN, BenchStore, bench_cluster, durable, new_store
from ecomap.casefile import CaseFile
from ecomap.casefile.schema import GENESIS_SHA256
from ecomap.casefile.versions_table import SUMMARY_COLUMNS, VersionRow, encode_version
from ecomap.model.cohort import CaseFacts, map_facts, summarise
from ecomap.store.cohort_reading import STORE_FACTS, _cases_from_rows, read_cohort, store_facts
from ecomap.store.connecting import connect
from tools.cohort_sample import sample_case, write_cohort

FILES_TARGET = 2.0
STORE_TARGET = 5.0
SUPERVISOR = "cohort_lead"
DISTINCT = 2000
"""At most this many distinct generated cases go into the store, each then stored again under new refs."""
SAVED_AT = "2026-12-01T09:00:00Z"
BENCHMARKS = ("files", "store")


def bench_files(folder: Path, count: int, repeats: int) -> tuple[float, float, float]:
    """Seconds for ``read_cohort`` of ``count`` sample files, for the floor, and for the bare sqlite3 read."""
    write_cohort(folder, count, seed=1)

    def cohort() -> None:
        read = read_cohort([str(folder)])
        if len(read.cases) != count or read.skipped:
            raise RuntimeError(f"read {len(read.cases)} of {count} cases; skipped {read.skipped[:2]}")

    def floor() -> None:
        for path in sorted(folder.rglob("*.ecomap")):
            with CaseFile.open(path) as case:
                summaries = case.summaries()
                kept = (summaries[0], summaries[-1])  # noqa: F841 (as the cohort keeps first and latest)

    def raw() -> None:
        for path in sorted(folder.rglob("*.ecomap")):
            db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            db.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM versions WHERE number IN (1, (SELECT max(number) FROM versions))"
            )
            db.close()

    cohort(), floor(), raw()  # warm: the page cache, the modules
    times = {cohort: float("inf"), floor: float("inf"), raw: float("inf")}
    for _ in range(repeats):  # interleaved, so that each meets the machine as it is at each moment
        for action in times:
            times[action] = min(times[action], fastest(action, 1))
    return times[cohort], times[floor], times[raw]


def _encoded(index: int) -> tuple[tuple[str, str, str], list[VersionRow], CaseFacts]:
    """Sample case ``index``: its details, its versions as stored, and its facts computed in Python."""
    details, versions = sample_case(1, index)
    rows, prev = [], GENESIS_SHA256
    for number, version in enumerate(versions, start=1):
        row = encode_version(version, number, prev, SAVED_AT)[1]
        rows.append(row)
        prev = row.sha256
    first, latest = (json.loads(rows[i].body) for i in (0, -1))
    facts = CaseFacts(map_facts(first["map"]), map_facts(latest["map"]), first["date"], latest["date"])
    return (details.client, details.worker, details.notes), rows, facts


def fill(store: BenchStore, cases: int) -> tuple[float, list[CaseFacts]]:
    """``cases`` sample cases in the store (the first half in team north, whose supervisor is SUPERVISOR);
    the seconds it took and each case's facts as Python computes them."""
    start = time.perf_counter()
    made = [_encoded(index) for index in range(min(cases, DISTINCT))]
    picked = [made[index % len(made)] for index in range(cases)]
    workers = (cases + 19) // 20
    with store.superuser() as db, db.transaction():  # COPY: row-level security refuses it to any other role
        with db.cursor().copy("COPY ecomap.cases (ref, client, worker, notes) FROM STDIN") as copy:
            for index, (details, _, _) in enumerate(picked):
                copy.write_row((f"COHORT-{index + 1:05d}", *details))
        ids = [row[0] for row in db.execute("SELECT id FROM ecomap.cases ORDER BY ref").fetchall()]
        columns = (
            "case_id, number, label, date, note, saved_at, nodes, ties, bonding, bridging, linking, "
            "strong, moderate, tenuous, stressful, domains, body, prev_sha256, sha256"
        )
        with db.cursor().copy(f"COPY ecomap.versions ({columns}) FROM STDIN") as copy:
            for case_id, (_, rows, _) in zip(ids, picked, strict=True):
                for row in rows:
                    c = row.counts
                    counts = (c.nodes, c.ties, *c.by_capital.values(), *c.by_strength.values(), c.stressful, c.domains)
                    described = (row.number, row.label, row.date, row.note, row.saved_at)
                    copy.write_row((case_id, *described, *counts, row.body, row.prev_sha256, row.sha256))
        db.execute("INSERT INTO ecomap.teams (name) VALUES ('north'), ('south')")
        db.execute(
            "INSERT INTO ecomap.workers (login, team) SELECT format('cohort_worker_%%s', w), "
            "CASE WHEN w <= %s THEN 'north' ELSE 'south' END FROM generate_series(1, %s) AS w",
            (workers // 2, workers),
        )
        db.execute(
            "INSERT INTO ecomap.assignments (case_id, login) SELECT id, format('cohort_worker_%s', "
            "(row_number() OVER (ORDER BY ref) - 1) / 20 + 1) FROM ecomap.cases"
        )
    store.add_workers([SUPERVISOR], "north", supervisor=True)
    with store.superuser() as db:
        db.execute("VACUUM ANALYZE")
    return time.perf_counter() - start, [facts for _, _, facts in picked]


def query_and_rows(url: str) -> tuple[float, float, int]:
    """Seconds for STORE_FACTS sent, run and fetched (connected already), and for the Python on its rows."""
    with connect(url) as db:
        db.execute("SELECT 1")
        start = time.perf_counter()
        rows = db.execute(STORE_FACTS).fetchall()
        middle = time.perf_counter()
        cases = _cases_from_rows(rows)
        return middle - start, time.perf_counter() - middle, len(cases)


def floor_summaries(url: str) -> None:
    """The same login connecting and reading the first and latest versions' summary columns of every case."""
    with connect(url) as db:
        db.execute(
            "SELECT c.id, v.number, v.label, v.date, v.nodes, v.ties, v.bonding, v.bridging, v.linking "
            "FROM ecomap.cases c JOIN ecomap.versions v ON v.case_id = c.id AND v.number IN (1, c.versions)"
        ).fetchall()


def explain(url: str) -> str:
    """EXPLAIN (ANALYZE, BUFFERS) of STORE_FACTS as this login."""
    with connect(url) as db:
        return "\n".join(str(line[0]) for line in db.execute("EXPLAIN (ANALYZE, BUFFERS) " + STORE_FACTS))


def bench_store(store: BenchStore, cases: int, repeats: int, show_plan: bool) -> tuple[list[str], bool]:
    """Fill the store, time ``store_facts`` as the admin and the supervisor; the report's lines and whether all
    is well (targets met, figures equal to Python's)."""
    seconds, facts = fill(store, cases)
    north = (cases + 19) // 20 // 2 * 20  # the cases of team north's workers: the first, by ref
    lines, ok = [f"  ({cases} sample cases, {min(cases, DISTINCT)} distinct; filled in {seconds:.1f} s)"], True
    for who, login, expected in (("admin", ADMIN, facts), ("super", SUPERVISOR, facts[:north])):
        url = store.url(login)
        got = summarise(store_facts(url)).to_json()
        if got != summarise(expected).to_json():
            ok = False
            lines.append(f"  store-{who}: the store's figures differ from Python's:\n    {got}")
        measured = _fastest_of(lambda url=url: store_facts(url), repeats)
        floor = _fastest_of(lambda url=url: floor_summaries(url), repeats)
        splits = [query_and_rows(url) for _ in range(repeats)]
        sql, python = min(s[0] for s in splits), min(s[1] for s in splits)
        verdict = "ok" if measured < STORE_TARGET else "MISSED"
        ok &= verdict == "ok"
        lines.append(
            f"{'store-' + who:<20}{measured * 1000:>10.0f}ms{floor * 1000:>10.0f}ms{measured / floor:>8.1f}  "
            f"{verdict}: {len(expected)} cases; query {sql * 1000:.0f} ms, Python {python * 1000:.0f} ms"
        )
        if show_plan or verdict != "ok":
            lines.append(f"  STORE_FACTS as {login}:\n" + explain(url))
    return lines, ok


def _fastest_of(action: Callable[[], object], repeats: int) -> float:
    action()  # warm (the server's caches)
    return fastest(action, repeats)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cohort", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="files|store", help="which (default: both)")
    parser.add_argument("--files", type=int, default=1000, help="case files in the folder (default 1,000)")
    parser.add_argument("--cases", type=int, default=10_000, help="cases in the store (default 10,000)")
    parser.add_argument("--quick", action="store_true", help="100 files, 1,000 cases, fewer repeats")
    parser.add_argument("--explain", action="store_true", help="print the store query's plan as each login")
    args = parser.parse_args(argv)
    if unknown := set(args.names) - set(BENCHMARKS):
        parser.error(f"no benchmark {', '.join(sorted(unknown))}; choose from {', '.join(BENCHMARKS)}")
    if args.quick:
        args.files, args.cases = min(args.files, 100), min(args.cases, 1000)
    chosen = args.names or BENCHMARKS
    repeats = 2 if args.quick else 5
    ok = True
    print(f"{'benchmark':<20}{'ecomap':>12}{'floor':>12}{'ratio':>8}  target")
    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as folder:
        if "files" in chosen:
            t_read, t_floor, t_raw = bench_files(Path(folder) / "cohort", args.files, repeats)
            verdict = "ok" if t_read / t_floor <= FILES_TARGET else "MISSED"
            ok &= verdict == "ok"
            print(f"{'files':<20}{t_read * 1000:>10.0f}ms{t_floor * 1000:>10.0f}ms{t_read / t_floor:>8.2f}  {verdict}")
            print(
                f"{'files-raw':<20}{t_read * 1000:>10.0f}ms{t_raw * 1000:>10.0f}ms{t_read / t_raw:>8.2f}  (reference)"
            )
            print(f"  ({args.files} sample case files, {t_read / args.files * 1000:.2f} ms a file)")
        if "store" in chosen:
            with bench_cluster() as cluster:
                durable(cluster, True)
                lines, fine = bench_store(
                    new_store(cluster, "bench_cohort", Path(folder)), args.cases, repeats, args.explain
                )
                ok &= fine
                print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
