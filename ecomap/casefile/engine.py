"""The one SQLite library that case files are opened with: SQLCipher 4, through ``sqlcipher3``.

Every case file, plain or protected, is opened through this module and never
through the standard library's ``sqlite3`` (design §10, §13): two SQLite
libraries in one process each keep their own table of POSIX locks, so a file
open in both can lose its locks, and a protected file opened by plain SQLite
is "not a database". Without a key, SQLCipher reads and writes plain SQLite.

Keying checks what it got (design §13): SQLCipher must be the library in
force (``PRAGMA cipher_version``; a build that fell back to a plain SQLite
loaded earlier would accept ``PRAGMA key`` and write plaintext), and its
settings must be SQLCipher 4's defaults or stronger. SQLCipher's own log
(``hmac check failed`` on a wrong key, printed on stderr) is switched off:
Ecomap says what went wrong in its own words.
"""

import unicodedata
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as _dbapi  # type: ignore[import-untyped]

if TYPE_CHECKING:
    # sqlcipher3 has the standard library's DB-API; its classes are typed as those.
    from sqlite3 import Connection as Connection
else:
    Connection = _dbapi.Connection

Error: type[Exception] = _dbapi.Error
DatabaseError: type[Exception] = _dbapi.DatabaseError
OperationalError: type[Exception] = _dbapi.OperationalError
IntegrityError: type[Exception] = _dbapi.IntegrityError

KDF_ITERATIONS = 256_000
"""SQLCipher 4's default PBKDF2 iterations, the least Ecomap accepts."""

REQUIRED_SETTINGS = {
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_use_hmac": "1",
}
"""The other SQLCipher 4 defaults a protected case must be keyed with."""

PAGE_SIZE = 4096
"""SQLCipher 4's default page size: a protected case file is a whole number of these."""


keyed_connections = 0
"""How many connections this process has keyed: each costs one key derivation (PBKDF2, about 0.1 s).
Design §8 asks for one per open of a protected case, never one per save; tests count them here."""


class CipherUnavailableError(Exception):
    """The SQLCipher library is not doing the encrypting: nothing may be written."""


def connect(target: str, *, uri: bool = False) -> "Connection":
    """An unkeyed connection in autocommit mode (transactions are begun explicitly), log silenced."""
    connection: Connection = _dbapi.connect(target, uri=uri, isolation_level=None)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute("PRAGMA mmap_size = 0")
    return connection


def quote(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def normalised(passphrase: str) -> str:
    """The passphrase as it keys a file: Unicode NFC, so the same typed text opens it on every system."""
    return unicodedata.normalize("NFC", passphrase)


def apply_key(connection: "Connection", passphrase: str) -> None:
    """Key ``connection`` with ``passphrase`` at SQLCipher 4's defaults, and prove SQLCipher is in force.

    The key derivation itself runs at the first read of the file, not here.
    Raises :class:`CipherUnavailableError` if the library in use is not
    SQLCipher or its settings are weaker than SQLCipher 4's defaults.
    """
    global keyed_connections
    version = _pragma(connection, "cipher_version")
    if not version:
        raise CipherUnavailableError("the SQLCipher library is not in use (PRAGMA cipher_version is empty)")
    connection.execute(f"PRAGMA key = {quote(normalised(passphrase))}")
    keyed_connections += 1
    problems = settings_problems(connection)
    if problems:
        raise CipherUnavailableError(
            "SQLCipher's settings are weaker than its version 4 defaults: " + "; ".join(problems)
        )


def settings_problems(connection: "Connection", schema: str = "main") -> list[str]:
    """How the keyed ``schema``'s cipher settings fall short of SQLCipher 4's defaults (empty: none)."""
    problems = []
    iterations = _pragma(connection, f"{schema}.kdf_iter")
    if not iterations.isdigit() or int(iterations) < KDF_ITERATIONS:
        problems.append(f"kdf_iter is {iterations or 'unset'}, not at least {KDF_ITERATIONS}")
    for name, wanted in REQUIRED_SETTINGS.items():
        found = _pragma(connection, f"{schema}.{name}")
        if found.upper() != wanted:
            problems.append(f"{name} is {found or 'unset'}, not {wanted}")
    return problems


def cipher_version(connection: "Connection") -> str:
    """The SQLCipher version in force ('' if this SQLite is not SQLCipher)."""
    return _pragma(connection, "cipher_version")


def _pragma(connection: "Connection", name: str) -> str:
    row: Any = connection.execute(f"PRAGMA {name}").fetchone()
    return "" if row is None or row[0] is None else str(row[0])
