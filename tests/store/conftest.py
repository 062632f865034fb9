"""Fixtures for the team store: one throwaway PostgreSQL cluster per test process, a fresh store per test."""

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ecomap.store.schema import init_store
from ecomap.store.team_store import TeamStore
from tests.store.cluster import Cluster, running_cluster, server_binaries

ADMIN = "ecomap_test_admin"
PASSWORD = "correct horse"
_databases = itertools.count(1)


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    found = server_binaries()
    if found is None:
        if os.environ.get("ECOMAP_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL 15 or newer is not installed (apt-get install postgresql); .ci/run installs it")
        pytest.skip("PostgreSQL 15 or newer is not installed (apt-get install postgresql)")
    with running_cluster(found) as running:
        running.add_login(ADMIN, PASSWORD, "CREATEROLE")
        yield running


@dataclass
class Store:
    """A new, initialised store in its own database; ``url(login)`` connects as that login."""

    cluster: Cluster
    database: str

    def url(self, login: str = ADMIN, password: str = PASSWORD) -> str:
        return self.cluster.url(login, password, self.database)

    def add_worker(self, login: str, team: str = "north", *, supervisor: bool = False, tmp: Path) -> str:
        """``login`` as a worker (with the shared test password) in ``team``: the login is made here."""
        secret = tmp / f"{login}.password"
        secret.write_text(PASSWORD + "\n", encoding="utf-8")
        with TeamStore(self.url()) as store:
            store.add_worker(login, team, supervisor=supervisor, password_file=secret)
        return self.url(login)


@pytest.fixture
def store(cluster: Cluster) -> Store:
    database = f"store_{os.getpid()}_{next(_databases)}"
    cluster.new_database(database, ADMIN)
    made = Store(cluster, database)
    init_store(made.url())
    return made
