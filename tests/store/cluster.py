"""A throwaway PostgreSQL cluster for the store's tests: initdb in a temporary folder, a Unix socket, no TCP.

Debian's ``postgresql`` package puts the server in /usr/lib/postgresql/N/bin
(not on PATH). The server refuses to run as root, so as root it runs as the
``postgres`` user (``runuser``). The cluster never touches a system cluster,
and is removed when the tests end.
"""

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
from psycopg import sql

SERVER_USER = "postgres"
SUPERUSER = "postgres"
PORT = 5432


def server_binaries() -> Path | None:
    """The newest installed PostgreSQL server's bin folder (15 or newer), if there is one."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    found = [p for p in found if int(p.parent.parent.name) >= 15]
    return found[-1].parent if found else None


class Cluster:
    """One running cluster; ``url(user, password)`` connects over its socket."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="ecomap-pg-"))
        self.data = self.root / "data"
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.root, SERVER_USER, SERVER_USER)

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", SERVER_USER, "--"] if self.as_root else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth-local=trust", "-E", "UTF8")
        (self.data / "pg_hba.conf").write_text(
            f"local all {SUPERUSER} trust\nlocal all all scram-sha-256\n", encoding="utf-8"
        )
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                f"listen_addresses = ''\nunix_socket_directories = '{self.root}'\nport = {PORT}\n"
                "fsync = off\nmax_connections = 60\nlog_min_messages = fatal\n"
            )
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", "-l", str(self.root / "log"), "start")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, user: str, password: str | None = None, database: str = "postgres") -> str:
        from psycopg.conninfo import make_conninfo

        given = {"password": password} if password is not None else {}
        return make_conninfo(host=str(self.root), port=PORT, dbname=database, user=user, **given)

    def superuser(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.url(SUPERUSER, database=database), autocommit=True)

    def add_login(self, login: str, password: str, *extra: str) -> None:
        """A login role with ``password`` (and ``extra`` attributes such as CREATEROLE), if it is not there yet."""
        with self.superuser() as connection:
            exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
            verb = "ALTER" if exists else "CREATE"
            attributes = sql.SQL(" ").join(sql.SQL(a) for a in ("LOGIN", *extra))
            connection.execute(
                sql.SQL("{} ROLE {} {} PASSWORD {}").format(
                    sql.SQL(verb), sql.Identifier(login), attributes, sql.Literal(password)
                )
            )

    def new_database(self, name: str, owner: str) -> None:
        with self.superuser() as connection:
            connection.execute(
                sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(name), sql.Identifier(owner))
            )


@contextlib.contextmanager
def running_cluster(bin_dir: Path) -> Iterator[Cluster]:
    cluster = Cluster(bin_dir)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
