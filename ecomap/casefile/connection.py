"""Open a case file's SQLite database safely: judge it first, then key, verify and migrate.

Order on open (design §4, §13): the header (SQLite? Ecomap? which schema?) is
read before SQLite touches the file; a file with no SQLite header that could
be a protected case is keyed with the passphrase, and the key is proved
right by reading the schema; then ``quick_check``, the identifiers and the
exact schema are verified; only then is an older schema migrated, and only
on a writable open. A read-only open never writes to the file, not even to
roll back an interrupted write: it reads a private copy instead.
"""

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ecomap.casefile import engine, schema
from ecomap.casefile.engine import CipherUnavailableError, Connection, DatabaseError
from ecomap.casefile.header import SQLITE_MAGIC, read_header
from ecomap.casefile.schema import ALLOWED_EXTRA, APPLICATION_ID, expected_objects, normalise_sql
from ecomap.errors import InputError, PassphraseNeededError, WrongPassphraseError, unreadable

# ``SCHEMA_VERSION``, ``SCHEMAS`` and ``MIGRATIONS`` are read through the
# ``schema`` module at call time, never bound here at import, so that the
# schema lives in one place (and a test can stage a future schema there).

NOT_A_CASE = "is not an Ecomap case file"


def configure(connection: Connection, *, writable: bool) -> None:
    """Pragmas every case connection runs with (design §4).

    The read-only part touches nothing in the file; the writable part
    (journal mode, durability) runs only once the file has been verified.
    """
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA temp_store = MEMORY")  # no temporary file ever holds case content
    connection.execute("PRAGMA cell_size_check = ON")
    connection.execute("PRAGMA foreign_keys = ON")
    if writable:
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise engine.OperationalError(f"could not set journal_mode DELETE (got {mode})")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA secure_delete = ON")


def _what_it_looks_like(path: Path) -> str:
    """A hint, in the user's words, for a file that is not a case file but that Ecomap can import.

    Only text counts: a protected case starts with 16 random bytes (its salt),
    which may well begin with ``{`` or ``<``, but its first 256 bytes are
    never text.
    """
    try:
        with path.open("rb") as file:
            head = file.read(256)
    except OSError:
        return ""
    if not _is_text(head):
        return ""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith((b"{", b"[")):
        return " (it looks like an exported JSON file: bring it in with ecomap import)"
    if start.startswith(b"<"):
        return " (it looks like GraphML or another XML file: bring it in with ecomap import)"
    return ""


def _is_text(head: bytes) -> bool:
    """Whether ``head`` (a file's first bytes) reads as UTF-8 text without control characters."""
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:  # more than a character cut at the end
            return False
        text = head[: error.start].decode("utf-8")
    return all(char.isprintable() or char in "\t\r\n\ufeff" for char in text)


def judge_header(path: Path) -> int | None:
    """Refuse anything but an Ecomap case this code can read; return its schema version.

    ``None`` means the file may be a protected case: it has no SQLite header,
    is at least one SQLCipher page long and is not text. Only its passphrase
    can tell (:func:`key`).
    """
    try:
        if path.is_dir():
            raise InputError(path, "is a folder, not a case file")
        header = read_header(path)
    except OSError as error:
        raise unreadable(path, error) from None
    if header is None:
        size = path.stat().st_size
        if size == 0:
            raise InputError(path, f"is empty; it {NOT_A_CASE}")
        hint = _what_it_looks_like(path)
        if hint or size < engine.PAGE_SIZE:
            raise InputError(path, NOT_A_CASE + hint)
        return None
    if header.application_id != APPLICATION_ID:
        raise InputError(path, f"is another program's database, {NOT_A_CASE.removeprefix('is ')}")
    if header.user_version > schema.SCHEMA_VERSION:
        raise InputError(
            path,
            f"was written by a newer Ecomap (case file format {header.user_version}; "
            f"this Ecomap reads up to {schema.SCHEMA_VERSION}); update Ecomap to open it",
        )
    if header.user_version not in schema.SCHEMAS:
        raise InputError(path, f"{NOT_A_CASE} (unknown format {header.user_version})")
    if header.wal:
        raise InputError(path, f"uses write-ahead logging, which Ecomap case files never do; it {NOT_A_CASE}")
    return header.user_version


def key(connection: Connection, path: Path, passphrase: str | None) -> None:
    """Key ``connection`` to the protected case ``path`` and prove the passphrase opens it.

    SQLCipher cannot tell a wrong passphrase from a damaged first page (both
    fail page 1's HMAC): both are reported as a wrong passphrase. Once page 1
    opens, any later failure is damage, reported by :func:`verify`. A file
    that is not a whole number of pages is not a protected case as SQLCipher
    writes one: it is refused as one that is not a case, or is damaged.
    """
    whole_pages = path.stat().st_size % engine.PAGE_SIZE == 0
    not_a_case = f"{NOT_A_CASE}, or is a protected case that is damaged (not a whole number of pages)"
    if passphrase is None:
        if not whole_pages:
            raise InputError(path, not_a_case)
        raise PassphraseNeededError(path)
    if not passphrase:
        raise InputError(path, "is protected: the passphrase given is empty")
    try:
        engine.apply_key(connection, passphrase)
    except CipherUnavailableError as error:
        raise InputError(path, f"cannot be opened safely ({error})") from None
    try:
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except DatabaseError as error:
        if "not a database" not in str(error):
            raise InputError(path, f"is protected and damaged (SQLite: {error})") from None
        if not whole_pages:
            raise InputError(path, not_a_case) from None
        raise WrongPassphraseError(path) from None


def check_encrypted(path: Path) -> None:
    """Refuse to go on if the protected case at ``path`` is in plain SQLite on disk (design §13's trap)."""
    with path.open("rb") as stream:
        if stream.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
            raise InputError(
                path,
                "was written unencrypted although a passphrase was given: the SQLCipher library is not in force; "
                "do not put client data in it",
            )


def verify(connection: Connection, path: Path) -> int:
    """``quick_check``, identifiers and exact schema; returns the schema version."""
    try:
        result = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
    except DatabaseError as error:
        raise InputError(path, f"is damaged and cannot be read (SQLite: {error})") from None
    if result != ["ok"]:
        problems = integrity_lines(result)
        more = f"; and {len(problems) - 1} more" if len(problems) > 1 else ""
        raise InputError(path, f"is damaged (SQLite integrity check: {problems[0]}{more})")
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if application_id != APPLICATION_ID or version not in schema.SCHEMAS:
        raise InputError(path, NOT_A_CASE)
    problem = schema_problem(connection, version)
    if problem:
        raise InputError(path, f"{NOT_A_CASE} or was altered outside Ecomap ({problem})")
    return int(version)


def integrity_lines(rows: list[str]) -> list[str]:
    """The problems in ``PRAGMA quick_check``/``integrity_check`` rows, one per line.

    A row may hold several lines (a ``*** in database main ***`` heading, then
    one line per page); a user's error message must stay on one line.
    """
    lines = [line.strip() for row in rows for line in str(row).splitlines()]
    return [line for line in lines if line and not line.startswith("***")] or ["unknown problem"]


def schema_problem(connection: Connection, version: int) -> str | None:
    """What differs between the file's schema and schema ``version``, if anything."""
    expected = expected_objects(version)
    found = {
        name: normalise_sql(sql or "")
        for name, sql in connection.execute("SELECT name, sql FROM sqlite_master")
        if name not in ALLOWED_EXTRA
    }
    for name in expected:
        if name not in found:
            return f"it has no {name!r}"
        if found[name] != expected[name]:
            return f"{name!r} is not defined as Ecomap defines it"
    for name in found:
        if name not in expected:
            return f"it holds an unexpected {name!r}"
    return None


def migrate(connection: Connection, from_version: int) -> None:
    """Lift the schema to :data:`~ecomap.casefile.schema.SCHEMA_VERSION` in one transaction.

    The result is compared with the target schema before it is committed, so
    a migration that fails, or leaves the schema other than the target
    defines it, changes nothing (``DatabaseError`` in the latter case).
    """
    target = schema.SCHEMA_VERSION
    connection.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version, target):
            schema.MIGRATIONS[version](connection)
        connection.execute(f"PRAGMA user_version = {target}")
        problem = schema_problem(connection, target)
        if problem:
            raise DatabaseError(f"the migrated schema is wrong: {problem}")
        connection.execute("COMMIT")
    except BaseException:
        # SQLite may already have rolled back (after an I/O error, say);
        # a second ROLLBACK would hide the error that matters.
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def connect_writable(path: Path, passphrase: str | None = None) -> Connection:
    """A verified, migrated read-write connection to an existing case file (keyed if it is protected)."""
    plain = judge_header(path) is not None
    connection = _connect(f"{path.absolute().as_uri()}?mode=rw")
    try:
        if not plain:
            key(connection, path, passphrase)
        configure(connection, writable=False)
        version = verify(connection, path)
        configure(connection, writable=True)
        if version < schema.SCHEMA_VERSION:
            _migrate(connection, version, path)
            verify(connection, path)
    except BaseException:
        connection.close()
        raise
    return connection


@contextlib.contextmanager
def connect_read_only(path: Path, *, verified: bool = True, passphrase: str | None = None) -> Iterator[Connection]:
    """A verified connection that cannot change ``path``.

    If a write to the file was interrupted (a hot ``-journal`` beside it),
    SQLite would have to roll it back before reading, which is a write; so the
    file and its journal are copied to a private folder and the copy is read.
    An older schema is migrated in memory, never in the file. With
    ``verified=False`` only the header is judged and a protected file keyed
    (for ``ecomap check``, which reports what :func:`verify` would refuse).
    """
    plain = judge_header(path) is not None
    with contextlib.ExitStack() as stack:
        uri = _private_copy(path, stack) or f"{path.absolute().as_uri()}?mode=ro"
        connection = _connect(uri)
        stack.callback(connection.close)
        if not plain:
            key(connection, path, passphrase)
        configure(connection, writable=False)
        if not verified:
            yield connection
            return
        version = verify(connection, path)
        if version < schema.SCHEMA_VERSION:
            memory = _connect(":memory:")
            stack.callback(memory.close)
            _copy_into(connection, memory, plain=plain)
            _migrate(memory, version, path)
            connection = memory
        yield connection


def _copy_into(connection: Connection, memory: Connection, *, plain: bool) -> None:
    """Every page of ``connection``'s database into the plain in-memory ``memory``.

    SQLite's backup API does not cross from an encrypted database to a plain
    one; a protected case is exported through SQLCipher instead (in memory,
    never on disk).
    """
    if plain:
        connection.backup(memory)
        return
    connection.execute("ATTACH DATABASE ':memory:' AS plain KEY ''")
    try:
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.backup(memory, name="plain")
    finally:
        connection.execute("DETACH DATABASE plain")
    for name in ("application_id", "user_version"):
        value = int(connection.execute(f"PRAGMA main.{name}").fetchone()[0])
        memory.execute(f"PRAGMA {name} = {value}")


def _migrate(connection: Connection, version: int, path: Path) -> None:
    try:
        migrate(connection, version)
    except DatabaseError as error:
        raise InputError(
            path,
            f"could not be updated from case file format {version} to {schema.SCHEMA_VERSION} ({error}); "
            "it was left as it was",
        ) from None


def journal_path(path: Path, suffix: str = "-journal") -> Path:
    """Where SQLite keeps ``path``'s journal: beside the file itself, symbolic links resolved."""
    real = path.resolve()
    return real.with_name(real.name + suffix)


def _private_copy(path: Path, stack: contextlib.ExitStack) -> str | None:
    """The URI of a private copy of ``path`` and its journal, if it has one.

    Returns ``None`` when there is no journal, or when it vanished while being
    copied: the write it belonged to has finished, the database copy may hold
    half of it, and the file itself can now be read directly.
    """
    journal = journal_path(path)
    if not journal.exists():
        return None
    private = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="ecomap-")))
    copy = private / "case.ecomap"
    shutil.copyfile(path, copy)
    try:
        shutil.copyfile(journal, private / "case.ecomap-journal")
    except FileNotFoundError:
        return None
    return copy.as_uri()


def _connect(target: str) -> Connection:
    return engine.connect(target, uri=target.startswith("file:"))


def create_database(path: Path, passphrase: str | None = None) -> Connection:
    """A new case database at ``path`` (absent or an empty file), schema in place; protected with ``passphrase``."""
    if path.exists() and path.stat().st_size:
        raise FileExistsError(path)
    connection = _connect(f"{path.absolute().as_uri()}?mode=rwc")
    try:
        if passphrase is not None:
            if not passphrase:
                raise InputError(path, "a protected case needs a passphrase; the one given is empty")
            try:
                engine.apply_key(connection, passphrase)
            except CipherUnavailableError as error:
                raise InputError(path, f"cannot be protected ({error}); nothing was written") from None
        configure(connection, writable=True)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        for statement in schema.SCHEMAS[schema.SCHEMA_VERSION]:
            connection.execute(statement)
        connection.execute("COMMIT")
        if passphrase is not None:
            check_encrypted(path)
    except BaseException:
        connection.close()
        raise
    return connection
