"""Team store benchmarks (design §8, §15), each against a floor on the same throwaway server, over its Unix socket.

- ``append``: ``StoreCase.append_version`` of the example case's latest
  version (about 7 kB of canonical JSON) to a case, as the worker assigned to
  it (one statement: the case locked, the version numbered and hashed after
  the head and checked by the chain trigger, the write audited); floor: a
  bare INSERT of the same bytes into a plain table (an identity key and a
  bytea) plus COMMIT, as the same login with the same
  connection settings. Target: within 3x. Measured with the server's
  ``fsync`` on, as a service's server runs; ``append-nosync`` is the same
  with it off (the test cluster's setting), where the commit costs nothing.
- ``load`` (store_load.py): 16 writer processes, half to one shared case and
  half each to their own, for 30 s: no fork, nothing lost, the throughput and
  each append's time.
- ``cases-*``, ``open-*`` (store_many.py): listing and opening as the admin,
  a supervisor and a worker with 10,000 cases in the store. Target: 0.3 s.

    .venv/bin/python -m benchmarks.store [--seconds 30] [--cases 10000] [--quick] [append] [load] [many]

``--quick`` (5 s of load, 1,000 cases, fewer repeats) checks that it all
runs; its figures are not the targets'. Exit 1 if a target is missed.
"""

import argparse
import sys
import tempfile
from pathlib import Path

from benchmarks.run import fastest
from benchmarks.store_setup import BenchStore, bench_cluster, durable, example_version, new_store
from ecomap.casefile.schema import GENESIS_SHA256
from ecomap.casefile.versions_table import encode_version
from ecomap.model.case import utc_now
from ecomap.store.connecting import connect
from ecomap.store.team_case import StoreCase

APPEND_TARGET = 3.0
WRITER = "append_writer"
BENCHMARKS = ("append", "many", "load")


def bench_append(store: BenchStore, repeats: int) -> tuple[float, float]:
    """The fastest append of a version and the fastest bare INSERT+COMMIT of its bytes (seconds)."""
    store.add_workers([WRITER], "bench")
    store.push_example("APPEND")
    store.assign([("APPEND", WRITER)])
    version = example_version()
    body = encode_version(version, 1, GENESIS_SHA256, utc_now())[1].body
    with store.superuser() as db:
        db.execute(
            "CREATE TABLE IF NOT EXISTS public.floor_bodies "
            "(id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body bytea NOT NULL)"
        )
        db.execute(f'GRANT SELECT, INSERT ON public.floor_bodies TO "{WRITER}"')
    url = store.url(WRITER)
    with connect(url) as bare, StoreCase.open(url, "APPEND", writable=True) as case:

        def floor() -> None:
            with bare.transaction():
                bare.execute("INSERT INTO public.floor_bodies (body) VALUES (%s)", (body,))

        def append() -> None:
            case.append_version(version)

        floor()
        append()  # warm both
        t_floor = t_append = float("inf")
        for _ in range(repeats):  # interleaved, so that both meet the machine as it is at each moment
            t_floor = min(t_floor, fastest(floor, 1))
            t_append = min(t_append, fastest(append, 1))
    return t_append, t_floor


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.store", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="append|load|many", help="which (default: all)")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long the load test runs (default 30)")
    parser.add_argument("--cases", type=int, default=10_000, help="cases in the store for listing and opening")
    parser.add_argument("--quick", action="store_true", help="5 s of load, 1,000 cases, fewer repeats")
    args = parser.parse_args(argv)
    if unknown := set(args.names) - set(BENCHMARKS):
        parser.error(f"no benchmark {', '.join(sorted(unknown))}; choose from {', '.join(BENCHMARKS)}")
    if args.quick:
        args.seconds, args.cases = min(args.seconds, 5.0), min(args.cases, 1000)
    repeats = 5 if args.quick else 30
    chosen = args.names or BENCHMARKS
    missed = 0
    print(f"{'benchmark':<20}{'ecomap':>12}{'floor':>12}{'ratio':>8}  target")

    def row(name: str, measured: float, floor: float, verdict: str) -> None:
        nonlocal missed
        missed += verdict != "ok"
        print(f"{name:<20}{measured * 1000:>10.2f}ms{floor * 1000:>10.2f}ms{measured / floor:>8.2f}  {verdict}")

    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as folder, bench_cluster() as cluster:
        if "append" in chosen:
            store = new_store(cluster, "bench_append", Path(folder))
            for name, synced in (("append", True), ("append-nosync", False)):
                durable(cluster, synced)
                t_append, t_floor = bench_append(store, repeats * 5)
                row(name, t_append, t_floor, "ok" if t_append / t_floor <= APPEND_TARGET else "MISSED")
        durable(cluster, True)
        if "many" in chosen:
            from benchmarks.store_many import explain_admin_listing, run_many

            many = new_store(cluster, "bench_many", Path(folder))
            seconds, results = run_many(many, args.cases, repeats // 3)
            for name, measured, floor, verdict in results:
                row(name, measured, floor, verdict)
            print(f"  ({args.cases} cases of 3 versions, filled in {seconds:.1f} s)")
            if any(name == "cases-admin" and verdict != "ok" for name, *_, verdict in results):
                print("  the admin's listing query, as the admin:\n" + explain_admin_listing(many))
        if "load" in chosen:
            from benchmarks.store_load import run_load

            result = run_load(new_store(cluster, "bench_load", Path(folder)), args.seconds)
            missed += bool(result.problems)
            print("\n".join(result.lines()))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
