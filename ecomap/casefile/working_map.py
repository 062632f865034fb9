"""The draft and the autosave: the unsaved working map, one row each, read and written whole."""

import json
from collections.abc import Callable
from dataclasses import dataclass

from ecomap.casefile.engine import Connection
from ecomap.errors import InputError
from ecomap.model.canonical import canonical_bytes, map_from_dict, map_to_dict
from ecomap.model.errors import ModelError
from ecomap.model.network import EcoMap

WORKING_MAP_TABLES = ("draft", "autosave")


@dataclass(frozen=True, slots=True)
class Draft:
    """The unsaved working map, as autosave last wrote it."""

    map: EcoMap
    based_on: int | None
    saved_at: str


def read_working_map(connection: Connection, table: str, unreadable: Callable[[str], InputError]) -> Draft | None:
    """The ``draft`` or ``autosave`` row, if there is one; ``unreadable(reason)`` is raised if it cannot be read."""
    if table not in WORKING_MAP_TABLES:
        raise ValueError(table)
    row = connection.execute(f"SELECT based_on, saved_at, body FROM {table} WHERE id = 1").fetchone()
    if row is None:
        return None
    based_on, saved_at, body = row
    if not isinstance(body, bytes):
        raise unreadable("its content is not stored as bytes")
    if not isinstance(saved_at, str) or not (based_on is None or isinstance(based_on, int)):
        raise unreadable("its time saved or the version it is based on is not in the form Ecomap writes")
    try:
        ecomap = map_from_dict(json.loads(body))
    except (ValueError, KeyError, TypeError, ModelError) as error:
        raise unreadable(str(error)) from None
    return Draft(map=ecomap, based_on=based_on, saved_at=saved_at)


def put_working_map(connection: Connection, table: str, ecomap: EcoMap, based_on: int | None, saved_at: str) -> None:
    """Write the ``draft`` or ``autosave`` row (inside the caller's transaction)."""
    if table not in WORKING_MAP_TABLES:
        raise ValueError(table)
    connection.execute(
        f"INSERT OR REPLACE INTO {table} (id, based_on, saved_at, body) VALUES (1, ?, ?, ?)",
        (based_on, saved_at, canonical_bytes(map_to_dict(ecomap))),
    )
