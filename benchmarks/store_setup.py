"""The team store benchmarks' setting: a throwaway PostgreSQL cluster, fresh stores in it, logins, the example case.

The cluster is the tests' (tests/store/cluster.py): initdb in a temporary
folder, a Unix socket and no TCP, removed afterwards. It runs with
``fsync = off`` (a test cluster); :func:`durable` turns it on, as a service's
server has it, so that a commit waits for its WAL to reach the disk.
"""

import contextlib
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from ecomap.casefile import CaseFile
from ecomap.casefile.versions_table import VersionRow
from ecomap.model.case import Version
from ecomap.store.schema import init_store
from ecomap.store.team_store import TeamStore
from ecomap.store.transfer import file_rows, push
from tests.store.cluster import Cluster, running_cluster, server_binaries

ADMIN = "ecomap_bench_admin"
PASSWORD = "a benchmark password"
EXAMPLE = Path(__file__).resolve().parent.parent / "assets" / "example.ecomap"


@dataclass
class BenchStore:
    """A new, initialised store in its own database of the cluster; ``url(login)`` connects as that login."""

    cluster: Cluster
    database: str
    folder: Path

    def url(self, login: str = ADMIN) -> str:
        return self.cluster.url(login, PASSWORD, self.database)

    def superuser(self) -> "psycopg.Connection[tuple[Any, ...]]":
        """An autocommit connection as the cluster's superuser, to the store's database (for floors and fills)."""
        return self.cluster.superuser(self.database)

    def add_workers(self, logins: Iterable[str], team: str, *, supervisor: bool = False) -> None:
        """Make each of ``logins`` a worker (or supervisor) of ``team``, through the admin's ``TeamStore``."""
        secret = self.folder / "password"
        secret.write_text(PASSWORD + "\n", encoding="utf-8")
        with TeamStore(self.url()) as store:
            for login in logins:
                store.add_worker(login, team, supervisor=supervisor, password_file=secret)

    def push_example(self, ref: str) -> None:
        """The example case (three versions of a 20-odd-node map) as ``store:REF``, pushed by the admin."""
        push(EXAMPLE, self.url(), as_ref=ref)

    def assign(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Assign each ``(ref, login)``, as the admin."""
        with TeamStore(self.url()) as store:
            for ref, login in pairs:
                store.assign(ref, login)


@contextlib.contextmanager
def bench_cluster() -> Iterator[Cluster]:
    """A running throwaway cluster with the admin login (CREATEROLE); stops the run if PostgreSQL is missing."""
    found = server_binaries()
    if found is None:
        raise SystemExit("PostgreSQL 15 or newer is not installed (apt-get install postgresql)")
    with running_cluster(found) as cluster:
        cluster.add_login(ADMIN, PASSWORD, "CREATEROLE")
        yield cluster


def new_store(cluster: Cluster, database: str, folder: Path) -> BenchStore:
    cluster.new_database(database, ADMIN)
    made = BenchStore(cluster, database, folder)
    init_store(made.url())
    return made


def durable(cluster: Cluster, on: bool) -> None:
    """Turn the server's ``fsync`` on (a service's server) or off (the test cluster's setting)."""
    with cluster.superuser() as connection:
        connection.execute(f"ALTER SYSTEM SET fsync = {'on' if on else 'off'}")
        connection.execute("SELECT pg_reload_conf()")
    wanted = "on" if on else "off"
    for _ in range(100):  # the server reads its settings again a moment later
        with cluster.superuser() as connection:
            if connection.execute("SHOW fsync").fetchone() == (wanted,):
                return
        time.sleep(0.02)
    raise RuntimeError(f"the server did not take fsync = {wanted}")


def example_version() -> Version:
    """The example case's latest version (a realistic map and body, about 7 kB of canonical JSON)."""
    with CaseFile.open(EXAMPLE) as case:
        return case.version(case.version_count)


def example_rows() -> list[VersionRow]:
    """The example case's versions as stored: summary columns, bytes and hashes."""
    with CaseFile.open(EXAMPLE) as case:
        return file_rows(case)


def percentile(sorted_values: list[float], fraction: float) -> float:
    """The value at ``fraction`` (0 to 1) of ``sorted_values`` (nearest rank)."""
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values) + 0.5) - 1))
    return sorted_values[index]
