"""Protected case files in the case-file API: SQLCipher 4 defaults, the plaintext trap, one key derivation per open."""

import os
import sqlite3
import unicodedata
import uuid
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher  # type: ignore[import-untyped]
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecomap.casefile import CaseFile, connection, engine
from ecomap.casefile.check import check_case_file
from ecomap.casefile.header import SQLITE_MAGIC
from ecomap.errors import InputError, PassphraseNeededError, WrongPassphraseError
from ecomap.model.case import CaseDetails
from tests.casefile.test_store import make_map, make_version

PASSPHRASE = "a passphrase of several words"
DETAILS = CaseDetails(reference="YJ-1", client="Canary Quillfeather", worker="P. Nair")


@pytest.fixture
def protected(tmp_path: Path) -> Path:
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, DETAILS, [make_version("one"), make_version("two")], passphrase=PASSPHRASE).close()
    return path


def _any_sqlcipher4_tool(path: Path, *pragmas: str) -> list[str]:
    """What another SQLCipher 4 program sees with the passphrase as its key and nothing else set."""
    raw = sqlcipher.connect(str(path))
    try:
        raw.execute("PRAGMA cipher_log_level = NONE")
        raw.execute(f"PRAGMA key = {engine.quote(PASSPHRASE)}")
        for pragma in pragmas:  # settings apply once keyed, before the first read
            raw.execute(pragma)
        return [row[0] for row in raw.execute("SELECT client FROM case_details")]
    finally:
        raw.close()


def test_the_file_is_sqlcipher_4_at_its_defaults_or_stronger(protected: Path) -> None:
    assert not protected.read_bytes().startswith(SQLITE_MAGIC)
    assert DETAILS.client.encode() not in protected.read_bytes()
    # Any SQLCipher 4 tool opens it with the passphrase: the data is not locked into Ecomap.
    assert _any_sqlcipher4_tool(protected) == [DETAILS.client]
    # SQLCipher 3's settings (64,000 iterations, HMAC-SHA1) must not open it: the file really uses 4's.
    with pytest.raises(sqlcipher.DatabaseError):
        _any_sqlcipher4_tool(protected, "PRAGMA cipher_compatibility = 3")
    with pytest.raises(sqlcipher.DatabaseError):
        _any_sqlcipher4_tool(protected, "PRAGMA kdf_iter = 64000")
    with CaseFile.open(protected, passphrase=PASSPHRASE) as case:
        in_force = case._connection  # the settings the open case is keyed with
        assert engine.settings_problems(in_force) == []
        assert int(in_force.execute("PRAGMA kdf_iter").fetchone()[0]) >= engine.KDF_ITERATIONS
        assert in_force.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA512"
        assert in_force.execute("PRAGMA cipher_kdf_algorithm").fetchone()[0] == "PBKDF2_HMAC_SHA512"
        assert in_force.execute("PRAGMA cipher_use_hmac").fetchone()[0] == "1"
        assert in_force.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    report = check_case_file(protected, passphrase=PASSPHRASE)
    assert report.ok
    assert report.protection.startswith("SQLCipher 4.")


def test_weaker_settings_are_caught(tmp_path: Path) -> None:
    weak = engine.connect(str(tmp_path / "weak.db"))
    weak.execute("PRAGMA key = 'x'")
    weak.execute("PRAGMA kdf_iter = 64000")
    weak.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA1")
    problems = engine.settings_problems(weak)
    weak.close()
    assert any("kdf_iter is 64000" in problem for problem in problems)
    assert any("HMAC_SHA1" in problem for problem in problems)


def test_plain_sqlite_in_place_of_sqlcipher_is_refused_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The trap of design §13: a plain SQLite library answering instead of SQLCipher.
    monkeypatch.setattr(engine, "_dbapi", sqlite3)
    target = tmp_path / "case.ecomap"
    with pytest.raises(InputError, match=r"cannot be protected.*SQLCipher library is not in use"):
        CaseFile.create(target, DETAILS, [make_version("one")], passphrase=PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_a_key_that_silently_does_nothing_is_caught_before_the_case_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLCipher loaded but PRAGMA key ignored (another SQLite's symbols in force): the bytes on disk tell.
    monkeypatch.setattr(connection.engine, "apply_key", lambda _connection, _passphrase: None)
    target = tmp_path / "case.ecomap"
    with pytest.raises(InputError, match="written unencrypted"):
        CaseFile.create(target, DETAILS, [make_version("one")], passphrase=PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_opening_asks_for_the_passphrase_and_tells_a_wrong_one(protected: Path) -> None:
    before = protected.read_bytes()
    with pytest.raises(PassphraseNeededError):
        CaseFile.open(protected)
    with pytest.raises(PassphraseNeededError):
        CaseFile.open(protected, writable=True)
    with pytest.raises(WrongPassphraseError, match="is protected: wrong passphrase"):
        CaseFile.open(protected, writable=True, passphrase="wrong")
    with pytest.raises(InputError, match="empty"):
        CaseFile.open(protected, passphrase="")
    assert protected.read_bytes() == before
    with CaseFile.open(protected, writable=True, passphrase=PASSPHRASE):
        pass  # the failed opens left no lock behind


def test_the_key_is_derived_once_per_open_never_per_save(protected: Path) -> None:
    before = engine.keyed_connections
    with CaseFile.open(protected, writable=True, passphrase=PASSPHRASE) as case:
        assert engine.keyed_connections == before + 1
        for number in range(3):
            case.write_autosave(make_map(people=3 + number), based_on=2)
            case.append_version(make_version(f"review {number}"), draft=make_map(people=4))
        case.write_draft(make_map(people=5), based_on=5)
        assert case.version_count == 5
        assert engine.keyed_connections == before + 1
    assert check_case_file(protected, passphrase=PASSPHRASE).ok


def test_a_passphrase_typed_in_another_unicode_form_opens_the_case(tmp_path: Path) -> None:
    composed = "Café gwyn ar y bryn"
    path = tmp_path / "case.ecomap"
    CaseFile.create(path, DETAILS, passphrase=unicodedata.normalize("NFD", composed)).close()
    with CaseFile.open(path, passphrase=unicodedata.normalize("NFC", composed)) as case:
        assert case.details == DETAILS
        assert case.protected


def test_protection_changes_are_atomic_and_keep_every_version(protected: Path) -> None:
    with CaseFile.open(protected, passphrase=PASSPHRASE) as case:
        versions = case.versions()
    with CaseFile.open(protected, writable=True, passphrase=PASSPHRASE) as case:
        case.change_protection("the second passphrase")
        assert case.protected
        assert case.passphrase == "the second passphrase"
        case.append_version(make_version("after the change"))
        case.change_protection(None)
        assert not case.protected
        assert protected.read_bytes().startswith(SQLITE_MAGIC)
        case.append_version(make_version("in the clear"))
    with CaseFile.open(protected) as case:
        assert case.versions()[:2] == versions
        assert case.version_count == 4
    assert check_case_file(protected).ok
    assert sorted(os.listdir(protected.parent)) == ["case.ecomap"]


def test_a_copy_of_a_protected_case_is_protected_by_the_same_passphrase(protected: Path, tmp_path: Path) -> None:
    from ecomap.casefile.copying import copy_case_file

    target = tmp_path / "copy.ecomap"
    copy_case_file(protected, target, DETAILS, make_map(people=2), 2, passphrase=PASSPHRASE)
    assert not target.read_bytes().startswith(SQLITE_MAGIC)
    assert DETAILS.client.encode() not in target.read_bytes()
    with CaseFile.open(target, passphrase=PASSPHRASE) as copy:
        assert copy.version_count == 2
        assert copy.protected


def test_a_protected_case_is_locked_for_editing_like_any_other(protected: Path) -> None:
    from ecomap.errors import CaseLockedError

    with CaseFile.open(protected, writable=True, passphrase=PASSPHRASE):
        with pytest.raises(CaseLockedError):
            CaseFile.open(protected, writable=True, passphrase=PASSPHRASE)
        with CaseFile.open(protected, passphrase=PASSPHRASE) as reader:  # reading it stays possible
            assert reader.version_count == 2


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(passphrase=st.text(st.characters(exclude_characters="\0", exclude_categories=("Cs",)), min_size=1, max_size=40))
def test_any_passphrase_protects_and_opens_the_case(tmp_path: Path, passphrase: str) -> None:
    # Quotes, backslashes, spaces, newlines, emoji, right-to-left scripts: the key is an SQL literal.
    path = tmp_path / f"{uuid.uuid4().hex}.ecomap"
    CaseFile.create(path, DETAILS, [make_version("one")], passphrase=passphrase).close()
    assert DETAILS.client.encode() not in path.read_bytes()
    with CaseFile.open(path, passphrase=passphrase) as case:
        assert case.details == DETAILS
    with pytest.raises(WrongPassphraseError):
        CaseFile.open(path, passphrase=passphrase + "x")
    path.unlink()


@pytest.mark.parametrize("salt", [b'{\n  "format": "e', b"<?xml version='1", b"\xef\xbb\xbf[ 1, 2, 3, 4,"])
def test_a_salt_that_starts_like_json_or_xml_still_opens_as_a_protected_case(protected: Path, salt: bytes) -> None:
    # A salt is 16 random bytes: about one file in eighty starts with "{", "[" or "<".
    assert len(salt) == 16  # SQLCipher ignores a salt of any other length
    salted = protected.with_name("salted.ecomap")
    raw = engine.connect(str(protected))
    engine.apply_key(raw, PASSPHRASE)
    raw.execute("ATTACH DATABASE ? AS salted KEY ?", (str(salted), PASSPHRASE))
    raw.execute(f"PRAGMA salted.cipher_salt = \"x'{salt.hex()}'\"")
    raw.execute("SELECT sqlcipher_export('salted')")
    for name in ("application_id", "user_version"):
        raw.execute(f"PRAGMA salted.{name} = {raw.execute(f'PRAGMA main.{name}').fetchone()[0]}")
    raw.execute("DETACH DATABASE salted")
    raw.close()
    assert salted.read_bytes()[:16] == salt
    with CaseFile.open(salted, passphrase=PASSPHRASE) as case:
        assert case.details == DETAILS
    with pytest.raises(PassphraseNeededError):
        CaseFile.open(salted)
