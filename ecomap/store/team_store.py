"""The team store as a whole: the cases a login may see, workers and assignments, and the audit log."""

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecomap.errors import InputError
from ecomap.store.connecting import STORE_PREFIX, connect, describe, told_as_store_failure
from ecomap.store.team_case import NotInStoreError, check_schema

if TYPE_CHECKING:
    from psycopg import Connection

NO_SUCH_CASE = "EC404"
NO_SUCH_WORKER = "EC405"
AUDIT_TIME = """to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"""


@dataclass(frozen=True, slots=True)
class CaseListing:
    """One line of ``ecomap cases``: a case this login may see, without reading its maps."""

    ref: str
    client: str
    worker: str
    versions: int
    latest: str | None
    """The date of the latest version (YYYY-MM-DD), None before the first."""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One row of the audit log: who did what to which case, when (UTC)."""

    at: str
    who: str
    ref: str
    action: str
    detail: str


class TeamStore:
    """The store at ``url``, as the login named there; use as a context manager."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.name = describe(url)
        self._connection: Connection[tuple[Any, ...]] = connect(url)
        try:
            with told_as_store_failure(self.name):
                check_schema(self._connection, self.name)
        except BaseException:
            self._connection.close()
            raise

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> "TeamStore":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def cases(self) -> list[CaseListing]:
        """The cases this login may see (the server decides), by reference; the listing is audited."""
        with told_as_store_failure(self.name):
            rows = self._connection.execute(
                "SELECT ref, client, worker, versions, latest_date FROM ecomap.cases ORDER BY ref"
            ).fetchall()
            self._connection.execute("SELECT ecomap.record_listing(%s)", (len(rows),))
        return [CaseListing(*row) for row in rows]

    def add_worker(self, login: str, team: str, *, supervisor: bool, password_file: Path | None = None) -> str:
        """Make ``login`` a worker (or supervisor) of ``team``, creating the login and the team if need be.

        A password from ``password_file`` is hashed here (SCRAM, by libpq) and
        never sent to the server in the clear. Returns a sentence saying what was done.
        """
        import psycopg
        from psycopg import sql

        if not login.strip() or not team.strip():
            raise InputError(self.name, "a worker needs a login name and a team")
        password = _read_password(password_file) if password_file else None
        role = sql.Identifier(login)
        try:
            with told_as_store_failure(self.name), self._connection.transaction():
                db = self._connection
                db.execute("SELECT ecomap.require_admin()")
                existed = db.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is not None
                if not existed:
                    db.execute(sql.SQL("CREATE ROLE {} LOGIN").format(role))
                if password is not None:
                    hashed = db.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
                    db.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(role, sql.Literal(hashed.decode())))
                db.execute(sql.SQL("GRANT ecomap_worker TO {}").format(role))
                if supervisor:
                    db.execute(sql.SQL("GRANT ecomap_supervisor TO {}").format(role))
                elif existed:
                    db.execute(sql.SQL("REVOKE ecomap_supervisor FROM {}").format(role))
                db.execute("SELECT ecomap.set_worker(%s, %s, %s)", (login, team, supervisor))
        except psycopg.errors.InsufficientPrivilege as error:
            raise InputError(self.name, f"refused: {str(error).splitlines()[0]}") from None
        what = "a supervisor" if supervisor else "a worker"
        made = "Added the login" if not existed else "The login"
        return f"{made} {login}: {what} in team {team}."

    def assign(self, ref: str, login: str, *, revoke: bool = False) -> str:
        """Let ``login`` read and write ``store:REF`` (or, with ``revoke``, no longer)."""
        import psycopg

        try:
            with told_as_store_failure(self.name):
                row = self._connection.execute("SELECT ecomap.assign(%s, %s, %s)", (ref, login, revoke)).fetchone()
        except psycopg.DatabaseError as error:
            if error.sqlstate == NO_SUCH_CASE:
                raise InputError(STORE_PREFIX + ref, "no such case in the team store") from None
            if error.sqlstate == NO_SUCH_WORKER:
                raise InputError(self.name, f"has no worker {login}: add them with 'ecomap store worker'") from None
            raise
        changed = row == (True,)
        if revoke:
            return f"{login} no longer has {ref}." if changed else f"{login} did not have {ref}; nothing changed."
        return f"{login} now has {ref}." if changed else f"{login} already had {ref}; nothing changed."

    def audit(self, ref: str) -> list[AuditEntry]:
        """Everything recorded about ``store:REF``, oldest first: for supervisors (their team's) and admins."""
        name = STORE_PREFIX + ref
        with told_as_store_failure(name):
            db = self._connection
            overseer = db.execute(
                "SELECT pg_has_role(session_user, 'ecomap_supervisor', 'MEMBER') OR ecomap.is_admin()"
            ).fetchone()
            if overseer != (True,):
                raise InputError(name, "only supervisors and admins read the audit log")
            found = db.execute("SELECT ecomap.consult(%s, 'audit', '', false)", (ref,)).fetchone()
            if found is None or found[0] is None:
                raise NotInStoreError(name)
            rows = db.execute(
                f"SELECT {AUDIT_TIME}, who, ref, action, detail FROM ecomap.audit WHERE case_id = %s ORDER BY id",
                (found[0],),
            ).fetchall()
        return [AuditEntry(*row) for row in rows]


def _read_password(path: Path) -> str:
    from ecomap.errors import unreadable

    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise unreadable(path, error) from None
    except UnicodeDecodeError:
        raise InputError(path, "the password file is not UTF-8 text") from None
    first = text.split("\n", 1)[0].removesuffix("\r")
    if not first:
        raise InputError(path, "the password file's first line is empty")
    return first
