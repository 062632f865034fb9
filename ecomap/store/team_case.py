"""A case in the team store, opened like a case file: the same reading, saving and draft methods."""

import contextlib
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ecomap.casefile.case_reading import CaseReading
from ecomap.casefile.versions_table import (
    ROW_COLUMNS,
    SUMMARY_COLUMNS,
    VersionRow,
    VersionSummary,
    encode_body,
    row_summary,
)
from ecomap.casefile.working_map import Draft
from ecomap.errors import AutosaveUnreadableError, DraftConflictError, InputError
from ecomap.model.canonical import canonical_bytes, map_from_dict, map_to_dict
from ecomap.model.case import CaseDetails, Version, utc_now
from ecomap.model.errors import ModelError
from ecomap.model.metrics import MapCounts
from ecomap.model.network import EcoMap
from ecomap.store.connecting import STORE_PREFIX, connect, told_as_store_failure
from ecomap.store.schema import SCHEMA_VERSION, stored_version

if TYPE_CHECKING:
    from psycopg import Connection

CONFLICT = "EC409"
NOT_THERE = "no such case in the team store, or it is not assigned to you"
READ_ONLY_HERE = "you may read this case but not change it (it is not assigned to you)"


class NotInStoreError(InputError):
    """No such case in the store, or not one this login may see: the two are told alike (design §15)."""

    def __init__(self, name: str) -> None:
        super().__init__(name, NOT_THERE)


class StoreCase(CaseReading):
    """One case of the team store, for one login; open with :meth:`open`, close with :meth:`close`.

    Every open is recorded in the store's audit log with its ``action``
    (``open``, ``show``, ``export``, ``pull``...); so is a refusal. Versions
    are appended under a lock on the case, so two saves at once both land in
    order. The shared draft carries a revision: saving over someone else's
    newer draft raises :class:`~ecomap.errors.DraftConflictError`.
    """

    path: str
    altered_where = "the store was altered outside Ecomap"
    protected = False
    passphrase = None

    def __init__(
        self, url: str, connection: "Connection[tuple[Any, ...]]", case_id: int, ref: str, *, writable: bool
    ) -> None:
        self.url = url
        self.ref = ref
        self.path = STORE_PREFIX + ref
        self.case_id = case_id
        self.writable = writable
        self.read_only_reason = "" if writable else READ_ONLY_HERE
        self._connection = connection
        self._revision = self._draft_revision()

    @classmethod
    def open(cls, url: str, ref: str, *, writable: bool = False, action: str = "open", detail: str = "") -> "StoreCase":
        """Open ``store:REF`` as the login in ``url``; recorded as ``action``. Writable only if assigned."""
        name = STORE_PREFIX + ref
        connection = connect(url)
        try:
            with told_as_store_failure(name):
                check_schema(connection, name)
                row = connection.execute("SELECT ecomap.consult(%s, %s, %s, false)", (ref, action, detail)).fetchone()
                if row is None or row[0] is None:
                    raise NotInStoreError(name)
                case_id = int(row[0])
                may_write = connection.execute("SELECT ecomap.may_write(%s)", (case_id,)).fetchone() == (True,)
                return cls(url, connection, case_id, ref, writable=writable and may_write)
        except BaseException:
            connection.close()
            raise

    def close(self) -> None:
        self._connection.close()

    def reconnect(self) -> None:
        """After a lost connection: a new one to the same store, as the same login. The draft's revision
        stays the one read when the case was opened, so a draft saved meanwhile is still a conflict."""
        with contextlib.suppress(Exception):  # it is gone already
            self._connection.close()
        self._connection = connect(self.url)

    def __enter__(self) -> "StoreCase":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _talking(self) -> Iterator["Connection[tuple[Any, ...]]"]:
        with told_as_store_failure(self.path):
            yield self._connection

    # -- reading -----------------------------------------------------------

    @property
    def details(self) -> CaseDetails:
        with self._talking() as db:
            row = db.execute("SELECT ref, client, worker, notes FROM ecomap.cases WHERE id = %s", (self.case_id,))
            found = row.fetchone()
        if found is None:
            raise NotInStoreError(self.path)
        return CaseDetails(*found)

    @property
    def version_count(self) -> int:
        with self._talking() as db:
            row = db.execute("SELECT versions FROM ecomap.cases WHERE id = %s", (self.case_id,)).fetchone()
        return int(row[0]) if row else 0

    def summaries(self) -> list[VersionSummary]:
        """Every version's label, date and counts, without reading any map."""
        with self._talking() as db:
            rows = db.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM ecomap.versions WHERE case_id = %s ORDER BY number", (self.case_id,)
            ).fetchall()
        return [row_summary(row) for row in rows]

    def _stored(self, number: int | None) -> Iterable[tuple[int, object, object, object]]:
        query = "SELECT number, body, prev_sha256, sha256 FROM ecomap.versions WHERE case_id = %s"
        with self._talking() as db:
            if number is None:
                return db.execute(f"{query} ORDER BY number", (self.case_id,)).fetchall()
            return db.execute(f"{query} AND number = %s", (self.case_id, number)).fetchall()

    def query(self, statement: str) -> list[tuple[Any, ...]]:
        """Rows of a read-only ``statement`` about this case (its one parameter is the case's id)."""
        with self._talking() as db:
            return db.execute(statement.encode(), (self.case_id,)).fetchall()

    def chain(self) -> list[str]:
        """The SHA-256 of every version, in order (what ``push`` compares and ``check`` proves)."""
        with self._talking() as db:
            rows = db.execute(
                "SELECT sha256 FROM ecomap.versions WHERE case_id = %s ORDER BY number", (self.case_id,)
            ).fetchall()
        return [str(row[0]) for row in rows]

    def draft(self) -> Draft | None:
        """The shared working map as last saved, if there is one."""
        with self._talking() as db:
            row = db.execute(
                "SELECT based_on, saved_at, body FROM ecomap.drafts WHERE case_id = %s", (self.case_id,)
            ).fetchone()
        return self._as_draft(row, lambda reason: InputError(self.path, f"its saved draft cannot be read ({reason})"))

    def autosave(self) -> Draft | None:
        """This login's own unsaved changes, left behind by a crash or a lost connection, if any."""
        with self._talking() as db:
            row = db.execute(
                "SELECT based_on, saved_at, body FROM ecomap.autosaves WHERE case_id = %s", (self.case_id,)
            ).fetchone()
        return self._as_draft(row, lambda reason: AutosaveUnreadableError(self.path, reason))

    @staticmethod
    def _as_draft(row: Sequence[Any] | None, unreadable: Any) -> Draft | None:
        if row is None:
            return None
        based_on, saved_at, body = row
        try:
            return Draft(map=map_from_dict(json.loads(bytes(body))), based_on=based_on, saved_at=saved_at)
        except (ValueError, KeyError, TypeError, ModelError) as error:
            raise unreadable(str(error)) from None

    def _draft_revision(self) -> int:
        with self._talking() as db:
            row = db.execute("SELECT revision FROM ecomap.drafts WHERE case_id = %s", (self.case_id,)).fetchone()
        return int(row[0]) if row else 0

    # -- writing -----------------------------------------------------------

    def append_versions(self, versions: Sequence[Version], details: CaseDetails | None = None) -> list[Version]:
        """Save ``versions`` after the existing ones (and new ``details``), all in one transaction."""
        self._require_writable()
        if details is not None:
            details.check()
        saved_at = utc_now()
        encoded = [encode_body(version, saved_at) for version in versions]  # before the lock: it is held briefly
        with self._talking() as db, db.transaction():
            if details is not None:
                self._update_details(details)
            for kept, body, counts in encoded:
                self._append_next(kept, body, counts)
        return [kept for kept, _body, _counts in encoded]

    def append_version(self, version: Version, *, draft: EcoMap | None = None) -> Version:
        """Save ``version`` after the existing ones and, with ``draft``, make that map the shared draft, in one
        transaction; returns the version as stored. The server takes the case's lock, numbers the version
        and extends the hash chain in one statement, so saves from many people queue and never fork."""
        self._require_writable()
        saved_at = utc_now()
        stored, body, counts = encode_body(version, saved_at)
        with self._talking() as db:
            if draft is None:
                self._append_next(stored, body, counts)
                return stored
            with db.transaction():
                number = self._append_next(stored, body, counts)
                self._revision = self._save_draft(draft, number, saved_at, expected=None)
        return stored

    def _append_next(self, version: Version, body: bytes, counts: MapCounts) -> int:
        """Append one encoded version after the case's head (``ecomap.append_next``); returns its number."""
        v = version
        row = self._connection.execute(
            "SELECT number FROM ecomap.append_next(%s, %s, %s, %s, %s, %s, %s)",
            (self.case_id, v.label, v.date, v.note, v.saved_at, count_list(counts), body),
        ).fetchone()
        assert row is not None
        return int(row[0])

    def append_row(self, row: VersionRow) -> None:
        """Append one version row exactly as given (the server checks that it extends the chain)."""
        counts = count_list(row.counts)
        with self._talking() as db:
            db.execute(
                "SELECT ecomap.append_version(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (
                    self.case_id,
                    row.number,
                    row.label,
                    row.date,
                    row.note,
                    row.saved_at,
                    counts,
                    row.body,
                    row.prev_sha256,
                    row.sha256,
                ),
            )

    def extend_with(self, rows: Sequence[VersionRow]) -> int:
        """Append the ``rows`` (a copy of this case's chain, kept elsewhere) that the store lacks, under
        the case's lock; returns how many. Refused, with nothing changed, where the two chains disagree."""
        self._require_writable()
        with self._talking() as db, db.transaction():
            db.execute("SELECT * FROM ecomap.lock_case(%s)", (self.case_id,))
            chain = self.chain()
            for number, (ours, theirs) in enumerate(zip(rows, chain, strict=False), start=1):
                if ours.sha256 != theirs:
                    raise InputError(
                        self.path,
                        f"version {number} differs from the one being pushed: the store's case and the file "
                        "have gone separate ways; nothing was changed",
                    )
            for row in rows[len(chain) :]:
                self.append_row(row)
        return max(0, len(rows) - len(chain))

    def rows(self) -> list[VersionRow]:
        """Every version as stored (summary columns, bytes and hashes), for a copy kept elsewhere."""
        with self._talking() as db:
            found = db.execute(
                f"SELECT {ROW_COLUMNS} FROM ecomap.versions WHERE case_id = %s ORDER BY number", (self.case_id,)
            ).fetchall()
        rows = []
        for row in found:
            summary = row_summary(row[:15])
            body = self._checked_body(summary.number, bytes(row[15]), row[16], row[17])
            s = summary
            rows.append(VersionRow(s.number, s.label, s.date, s.note, s.saved_at, s.counts, body, row[16], row[17]))
        return rows

    def set_details(self, details: CaseDetails) -> None:
        self._require_writable()
        details.check()
        with self._talking():
            self._update_details(details)

    def _update_details(self, details: CaseDetails) -> None:
        if details.reference != self.ref:
            raise InputError(self.path, "a case's reference is its name in the team store; an admin can rename it")
        self._connection.execute(
            "SELECT ecomap.set_details(%s, %s, %s, %s)", (self.case_id, details.client, details.worker, details.notes)
        )

    def write_draft(self, ecomap: EcoMap, based_on: int | None) -> str:
        """Save the shared working map (File > Save), unless someone else saved it since it was opened here."""
        self._require_writable()
        saved_at = utc_now()
        with self._talking():
            self._revision = self._save_draft(ecomap, based_on, saved_at, expected=self._revision)
        return saved_at

    def _save_draft(self, ecomap: EcoMap, based_on: int | None, saved_at: str, *, expected: int | None) -> int:
        import psycopg

        body = canonical_bytes(map_to_dict(ecomap))
        try:
            row = self._connection.execute(
                "SELECT ecomap.save_draft(%s, %s, %s, %s, %s)", (self.case_id, body, based_on, saved_at, expected)
            ).fetchone()
        except psycopg.DatabaseError as error:
            if error.sqlstate != CONFLICT:
                raise
            detail = error.diag.message_detail or "someone|some time"
            who, _, when = detail.partition("|")
            raise DraftConflictError(self.path, who, when) from None
        return int(row[0]) if row else expected or 0

    def take_their_draft(self) -> Draft | None:
        """Reload the shared draft someone else saved, and save over it from now on."""
        self._revision = self._draft_revision()
        return self.draft()

    def write_autosave(self, ecomap: EcoMap, based_on: int | None) -> str:
        """Keep this login's unsaved changes safe in the store (nobody else sees them)."""
        self._require_writable()
        saved_at = utc_now()
        with self._talking() as db:
            db.execute(
                "SELECT ecomap.keep_autosave(%s, %s, %s, %s)",
                (self.case_id, canonical_bytes(map_to_dict(ecomap)), based_on, saved_at),
            )
        return saved_at

    def clear_draft(self) -> None:
        self._require_writable()
        with self._talking() as db:
            db.execute("SELECT ecomap.clear_draft(%s)", (self.case_id,))

    def clear_autosave(self) -> None:
        self._require_writable()
        with self._talking() as db:
            db.execute("SELECT ecomap.clear_autosave(%s)", (self.case_id,))

    def change_protection(self, new_passphrase: str | None) -> None:
        raise InputError(self.path, "is kept in the team store, which the server protects; it has no passphrase")

    def _require_writable(self) -> None:
        if not self.writable:
            raise InputError(self.path, f"is read-only here ({self.read_only_reason})")


def count_list(c: MapCounts) -> list[int]:
    """A version's summary counts in the order of the store's functions' ``p_counts``."""
    return [c.nodes, c.ties, *c.by_capital.values(), *c.by_strength.values(), c.stressful, c.domains]


def check_schema(connection: "Connection[tuple[Any, ...]]", name: str) -> None:
    """Refuse a database without a store, or with a schema this Ecomap does not know, in one line."""
    found = stored_version(connection)
    if found is None:
        raise InputError(name, "the database holds no Ecomap team store; an admin runs 'ecomap store init'")
    if found > SCHEMA_VERSION:
        raise InputError(name, f"the team store has schema {found}, newer than this Ecomap knows; use a newer Ecomap")
    if found < SCHEMA_VERSION:
        raise InputError(name, f"the team store has the older schema {found}; an admin runs 'ecomap store init'")
