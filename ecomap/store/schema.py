"""The store's schema: its version, the roles it relies on, and ``store init`` (create or migrate)."""

from importlib.resources import files
from typing import TYPE_CHECKING, Any

from ecomap.errors import InputError
from ecomap.store.connecting import connect, describe, told_as_store_failure

if TYPE_CHECKING:
    from psycopg import Connection

SCHEMA_VERSION = 1
"""The newest schema this Ecomap knows; migrations/000N_*.sql brings a store from N-1 to N."""

OWNER = "ecomap_owner"
GROUP_ROLES = ("ecomap_admin", "ecomap_supervisor", "ecomap_worker")
"""Group roles (no login): an admin manages workers and assignments, a supervisor reads their team's cases,
a worker reads and writes the cases assigned to them. Logins are members of one or more of them."""


def migration(version: int) -> str:
    """The SQL that brings a store to schema ``version``."""
    folder = files("ecomap.store") / "migrations"
    (found,) = [entry for entry in folder.iterdir() if entry.name.startswith(f"{version:04d}_")]
    return found.read_text(encoding="utf-8")


def stored_version(connection: "Connection[tuple[Any, ...]]") -> int | None:
    """The store's schema version; None when the database holds no Ecomap store yet."""
    execute = connection.execute
    if execute("SELECT to_regnamespace('ecomap') IS NULL").fetchone() == (True,):
        return None
    if execute("SELECT to_regclass('ecomap.schema_version') IS NULL").fetchone() == (True,):
        return 0
    row = execute("SELECT version FROM ecomap.schema_version").fetchone()
    return int(row[0]) if row else 0


def init_store(url: str) -> str:
    """Create the store's schema, or migrate it to :data:`SCHEMA_VERSION`; one sentence saying what was done.

    All in one transaction, under an advisory lock so that two inits queue.
    A store with a newer schema is refused and left as it is. The login must
    be able to create roles (CREATEROLE) and schemas in the database; it
    becomes an Ecomap admin, and is a member of the owner role only while it migrates.
    """
    name = describe(url)
    with connect(url) as connection, told_as_store_failure(name):
        import psycopg

        try:
            with connection.transaction():
                connection.execute("SELECT pg_advisory_xact_lock(hashtext('ecomap store init'))")
                found = stored_version(connection)
                if found is not None and found > SCHEMA_VERSION:
                    raise InputError(
                        name,
                        f"has schema {found}, newer than this Ecomap knows ({SCHEMA_VERSION}); "
                        "use a newer Ecomap (nothing was changed)",
                    )
                if found == SCHEMA_VERSION:
                    return f"The {name} is ready (schema {SCHEMA_VERSION}); nothing to do."
                _create_roles(connection)
                if found is None:
                    connection.execute(f"CREATE SCHEMA ecomap AUTHORIZATION {OWNER}")
                connection.execute(f"SET LOCAL ROLE {OWNER}")
                for version in range((found or 0) + 1, SCHEMA_VERSION + 1):
                    connection.execute(migration(version).encode("utf-8"))
                connection.execute(
                    "INSERT INTO ecomap.schema_version (version) VALUES (%s) "
                    "ON CONFLICT (only_row) DO UPDATE SET version = EXCLUDED.version",
                    (SCHEMA_VERSION,),
                )
                connection.execute("RESET ROLE")
                connection.execute(f"REVOKE {OWNER} FROM CURRENT_USER")
        except psycopg.errors.InsufficientPrivilege as error:
            raise InputError(
                name,
                "refused: store init needs a login that may create roles and schemas in the database "
                f"(CREATEROLE, and CREATE on the database) ({str(error).splitlines()[0]})",
            ) from None
    if found is None:
        return f"Created the {name} (schema {SCHEMA_VERSION}); you are its admin."
    return f"Brought the {name} from schema {found} to {SCHEMA_VERSION}."


def _create_roles(connection: "Connection[tuple[Any, ...]]") -> None:
    execute = connection.execute
    from psycopg import sql

    for role in (OWNER, *GROUP_ROLES):
        statement = "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {}) THEN CREATE ROLE {} NOLOGIN; "
        execute(sql.SQL(statement + "END IF; END $$").format(sql.Literal(role), sql.Identifier(role)))
    execute(f"GRANT {OWNER}, ecomap_admin TO CURRENT_USER")
