"""The team store's load test (design §8): 16 processes appending versions at once, to a shared case and to their own.

Half the writers append to one shared case, the other half each to a case of
their own, every one as its own worker login assigned to its case, through
``StoreCase.append_version`` over the Unix socket, for a bounded time. Then
each case's chain is verified (numbers in order, each version's
``prev_sha256`` the previous one's ``sha256``, each ``sha256`` the SHA-256 of
the previous hash and its bytes, the case's head on the last), and every
version a writer said it appended is in the store: per case, and per login by
the ``saved_by`` the server recorded.
"""

import multiprocessing
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from benchmarks.store_setup import BenchStore, example_rows, example_version, percentile
from ecomap.casefile.schema import GENESIS_SHA256
from ecomap.casefile.versions_table import chain_hash
from ecomap.store.team_case import StoreCase

WRITERS = 16
SHARED = "LOAD-SHARED"
LOGIN_PREFIX = "load_writer_"


@dataclass(frozen=True)
class WriterReport:
    """What one writer process says it did."""

    login: str
    ref: str
    latencies: list[float]
    failure: str
    """Why it stopped early (the first error), or empty."""


@dataclass
class LoadResult:
    writers: int
    seconds: float
    """Wall time from the common start to the last writer's last append."""
    reports: list[WriterReport]
    problems: list[str] = field(default_factory=list)
    """Forks, broken chains, lost or extra versions, writers that failed: empty when all is well."""

    @property
    def appended(self) -> int:
        return sum(len(report.latencies) for report in self.reports)

    def lines(self) -> list[str]:
        """The result as a few lines of the benchmark's table."""
        shared = [r for r in self.reports if r.ref == SHARED]
        own = [r for r in self.reports if r.ref != SHARED]
        out = [
            f"load: {self.writers} writers for {self.seconds:.1f} s: {self.appended} versions appended, "
            f"{self.appended / self.seconds:.0f}/s"
        ]
        for name, group in (("shared case", shared), ("own cases", own)):
            count = sum(len(r.latencies) for r in group)
            times = sorted(t for r in group for t in r.latencies)
            p50, p90, p99 = (percentile(times, f) * 1000 for f in (0.5, 0.9, 0.99))
            out.append(
                f"  {name} ({len(group)} writers): {count / self.seconds:>6.0f}/s; per append p50 {p50:.1f} ms, "
                f"p90 {p90:.1f} ms, p99 {p99:.1f} ms, max {times[-1] * 1000 if times else float('nan'):.1f} ms"
            )
        verdict = "ok: no fork, nothing lost, every chain verifies" if not self.problems else "FAILED"
        out.append(f"  {verdict}")
        out.extend(f"  - {problem}" for problem in self.problems)
        return out


def _writer(url: str, login: str, ref: str, seconds: float, barrier: Any, results: Any) -> None:
    """One writer process: open its case, wait for the others, append until the time is up; report."""
    version = example_version()
    latencies: list[float] = []
    failure = ""
    try:
        with StoreCase.open(url, ref, writable=True) as case:
            barrier.wait(timeout=300)
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                start = time.perf_counter()
                case.append_version(version)
                latencies.append(time.perf_counter() - start)
    except Exception as error:  # noqa: BLE001 - reported to the parent and counted against the run
        barrier.abort()
        failure = f"{type(error).__name__}: {error}"
    results.put(WriterReport(login, ref, latencies, failure))


def run_load(store: BenchStore, seconds: float, writers: int = WRITERS) -> LoadResult:
    """The load test on ``store`` (a fresh one): set up the logins and cases, run the writers, verify."""
    logins = [f"{LOGIN_PREFIX}{n:02d}" for n in range(1, writers + 1)]
    refs = [SHARED if n < writers // 2 else f"LOAD-{n + 1:02d}" for n in range(writers)]
    store.add_workers(logins, "load")
    for ref in sorted(set(refs)):
        store.push_example(ref)
    store.assign(zip(refs, logins, strict=True))

    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(writers + 1)
    results = context.Queue()
    processes = [
        context.Process(target=_writer, args=(store.url(login), login, ref, seconds, barrier, results))
        for login, ref in zip(logins, refs, strict=True)
    ]
    for process in processes:
        process.start()
    problems: list[str] = []
    try:
        barrier.wait(timeout=300)
    except Exception:  # noqa: BLE001 - a writer failed to start: its report says why
        problems.append("the writers did not all start")
    started = time.monotonic()
    reports = [results.get(timeout=seconds + 300) for _ in processes]
    ended = time.monotonic()
    for process in processes:
        process.join()
    result = LoadResult(writers, ended - started, reports, problems)
    problems.extend(f"{r.login} stopped: {r.failure}" for r in reports if r.failure)
    problems.extend(verify(store, result))
    return result


def verify(store: BenchStore, result: LoadResult) -> list[str]:
    """Every case's chain, and every reported version in the store; the problems found (none when all is well)."""
    problems = []
    initial = len(example_rows())
    said = Counter[str]()
    for report in result.reports:
        said[report.ref] += len(report.latencies)
    for ref in sorted(said):
        with StoreCase.open(store.url(), ref, action="check") as case:
            rows = case.rows()
        prev = GENESIS_SHA256
        for number, row in enumerate(rows, start=1):
            if row.number != number or row.prev_sha256 != prev or row.sha256 != chain_hash(prev, row.body):
                problems.append(f"{ref}: the chain forks or breaks at version {number}")
                break
            prev = row.sha256
        if len(rows) != initial + said[ref]:
            problems.append(f"{ref}: its writers appended {said[ref]} versions, the store holds {len(rows) - initial}")
        with store.superuser() as db:
            head = db.execute("SELECT versions, head_sha256 FROM ecomap.cases WHERE ref = %s", (ref,)).fetchone()
        if head != (len(rows), prev):
            problems.append(f"{ref}: the case's head {head} is not its last version ({len(rows)}, {prev})")
    with store.superuser() as db:
        saved_by = dict(
            db.execute(
                "SELECT saved_by, count(*) FROM ecomap.versions WHERE saved_by LIKE %s GROUP BY saved_by",
                (LOGIN_PREFIX + "%",),
            ).fetchall()
        )
    for report in result.reports:
        held = saved_by.get(report.login, 0)
        if held != len(report.latencies):
            problems.append(f"{report.login} appended {len(report.latencies)} versions, the store holds {held}")
    return problems
