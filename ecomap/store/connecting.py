"""Reaching the team store: where it is (``--store`` or ``ECOMAP_STORE``), and its failures as one line."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ecomap.errors import InputError, StoreUnreachableError
from ecomap.language import translate

if TYPE_CHECKING:
    import psycopg

STORE_PREFIX = "store:"
STORE_VARIABLE = "ECOMAP_STORE"
NO_STORE = f"no team store given: add --store URL or set {STORE_VARIABLE} (a PostgreSQL connection string or URL)"


def is_store_name(case: str | os.PathLike[str] | None) -> bool:
    """Whether a CASE argument names a case in the team store (``store:REF``)."""
    return isinstance(case, str) and case.startswith(STORE_PREFIX)


def store_reference(case: str) -> str:
    """REF of ``store:REF``; an empty REF is an error naming the argument."""
    ref = case.removeprefix(STORE_PREFIX)
    if not ref.strip():
        raise InputError(case, "names no case: write store:REF, with the case reference")
    return ref


def store_url(given: str | None) -> str:
    """The store's connection string: ``given`` (``--store``), else ``ECOMAP_STORE``."""
    url = given or os.environ.get(STORE_VARIABLE, "")
    if not url.strip():
        raise InputError(None, NO_STORE)
    return url


def describe(url: str) -> str:
    """The store as messages name it: ``team store ecomap on /run/postgresql`` (never its password)."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(url)
    except Exception:  # noqa: BLE001 - a malformed string is told by connect()
        return translate("Store", "team store")
    database = parts.get("dbname") or parts.get("user") or os.environ.get("PGDATABASE", "")
    server = str(parts.get("host") or os.environ.get("PGHOST", "") or translate("Store", "the local server"))
    host = f"{server}:{parts['port']}" if parts.get("port") else server
    if not database:
        return translate("Store", "team store on {host}").format(host=host)
    return translate("Store", "team store {database} on {host}").format(database=database, host=host)


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` added, for one connection (the editor's prompt); never stored or logged."""
    from psycopg.conninfo import make_conninfo

    return make_conninfo(url, password=password)


def without_password(url: str) -> str:
    """``url`` without any password in it: what the editor may remember of a store (a malformed string as given)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        parts = conninfo_to_dict(url)
    except Exception:  # noqa: BLE001 - a malformed string is told by connect(); it holds no password we can find
        return url
    if "password" not in parts:
        return url
    parts.pop("password")
    return make_conninfo("", **parts)


def asks_for_password(error: Exception) -> bool:
    """Whether connecting failed for want of a (right) password, so that the editor may ask for one."""
    return "asks for a password" in str(error) or "refused the login" in str(error)


def connect(url: str) -> "psycopg.Connection[tuple[Any, ...]]":
    """An autocommit connection to the store, or :class:`InputError` in one line (unreachable, refused)."""
    import psycopg

    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10, application_name="ecomap")
    except psycopg.ProgrammingError as error:
        raise InputError(describe(url), f"is not a connection string Ecomap can use ({_one_line(error)})") from None
    except psycopg.OperationalError as error:
        failure = connection_failure(error)
        unreachable = "refused the login" not in failure and "such" not in failure and "password" not in failure
        raise (StoreUnreachableError if unreachable else InputError)(describe(url), failure) from None


def connection_failure(error: Exception) -> str:
    """What went wrong when connecting, in the words a worker can act on."""
    text = str(error)
    if "password authentication failed" in text:
        return "refused the login: wrong user name or password"
    if "no password supplied" in text:
        return "asks for a password: give it in a PGPASSFILE (see docs/team-store.md) or at the editor's prompt"
    if "does not exist" in text and "database" in text:
        return "has no such database"
    if "does not exist" in text and "role" in text:
        return "has no such login"
    if "Connection refused" in text or "No such file or directory" in text or "could not connect" in text:
        return "cannot be reached (is the server running, and is the address right?)"
    if "timeout" in text:
        return "did not answer in time"
    return f"cannot be reached ({_one_line(error)})"


def _one_line(error: Exception) -> str:
    text = str(error).strip()
    return " ".join(text.splitlines()[0].split()) if text else type(error).__name__


@contextmanager
def told_as_store_failure(name: str) -> Iterator[None]:
    """Turn a database error in the block into one line naming ``name`` (a case or the store)."""
    import psycopg

    try:
        yield
    except psycopg.OperationalError as error:
        raise StoreUnreachableError(name, f"the team store went away ({_one_line(error)})") from None
    except psycopg.errors.InsufficientPrivilege as error:
        raise InputError(name, f"the team store refused: {_one_line(error)}") from None
    except psycopg.DatabaseError as error:
        raise InputError(name, f"the team store could not do it, so nothing was changed ({_one_line(error)})") from None
