"""Protected cases on the command line: the passphrase options of every verb, and protect / unprotect (design §13)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ecomap.casefile import CaseFile
from ecomap.casefile.header import SQLITE_MAGIC
from tests.conftest import SAM_JSON, assert_one_line_error, run_ecomap

PASSPHRASE = "correct horse battery staple"
CLIENT = "Sam Carter"


def _protected_env(passphrase: str = PASSPHRASE) -> dict[str, str]:
    return {"ECOMAP_PASSPHRASE": passphrase}


def _assert_no_cipher_noise(result: subprocess.CompletedProcess[str]) -> None:
    """SQLCipher's own words never reach the user (design §13)."""
    for noise in ("hmac", "HMAC", "not a database", "sqlcipher", "Traceback", CLIENT):
        assert noise not in result.stderr, result.stderr


@pytest.fixture
def protected_case(tmp_path: Path) -> Path:
    """sam.json imported into a new case created protected by ``import -o`` given a passphrase."""
    case = tmp_path / "sam-protected.ecomap"
    result = run_ecomap("import", SAM_JSON, "-o", case, environment=_protected_env())
    assert result.returncode == 0, result.stderr
    return case


def test_import_with_a_passphrase_creates_the_case_encrypted(protected_case: Path) -> None:
    data = protected_case.read_bytes()
    assert not data.startswith(SQLITE_MAGIC)
    for secret in (CLIENT, "Priya Nair", "YJ-2026-0042", "Lads from the gym"):
        assert secret.encode() not in data
        assert secret.encode("utf-16-le") not in data
    assert len(data) % 4096 == 0


def test_every_reading_verb_gives_the_same_answers_for_a_protected_case(
    protected_case: Path, sam_case: Path, tmp_path: Path
) -> None:
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    verbs = (["versions", "--json"], ["show", "--json"], ["diff", "1", "2", "--json"], ["metrics", "--json"])
    for verb in (*verbs, ["plan", "--json"], ["prompts", "--version", "1", "--json"]):
        plain = run_ecomap(verb[0], sam_case, *verb[1:])
        by_file = run_ecomap(verb[0], protected_case, *verb[1:], "--passphrase-file", passphrase_file)
        by_environment = run_ecomap(verb[0], protected_case, *verb[1:], environment=_protected_env())
        assert plain.returncode == by_file.returncode == by_environment.returncode == 0, by_file.stderr
        if verb[0] == "versions":  # saved_at differs: the two cases were imported at different moments
            strip = [{k: v for k, v in row.items() if k != "saved_at"} for row in json.loads(plain.stdout)]
            assert [{k: v for k, v in row.items() if k != "saved_at"} for row in json.loads(by_file.stdout)] == strip
        else:
            assert by_file.stdout == plain.stdout
        assert by_environment.stdout == by_file.stdout
    check = run_ecomap("check", protected_case, environment=_protected_env())
    assert check.returncode == 0, check.stderr
    assert "protected (SQLCipher 4" in check.stdout
    assert "256000 iterations" in check.stdout
    arranged = run_ecomap("arrange", protected_case, "--json", environment=_protected_env())
    assert arranged.returncode == 0, arranged.stderr


def test_exports_of_a_protected_case_are_what_the_user_asked_for(protected_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "sam.json"
    result = run_ecomap("export", protected_case, "-o", out, environment=_protected_env())
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["case"]["client"] == CLIENT
    pdf = tmp_path / "sam.pdf"
    result = run_ecomap("export", protected_case, "-o", pdf, "--invariant", environment=_protected_env())
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_missing_wrong_or_empty_passphrase_is_one_line_and_changes_nothing(
    protected_case: Path, tmp_path: Path
) -> None:
    before = protected_case.read_bytes()
    missing = run_ecomap("show", protected_case)
    assert_one_line_error(missing, str(protected_case), "is protected", "--passphrase-file", "ECOMAP_PASSPHRASE")
    wrong = run_ecomap("show", protected_case, environment=_protected_env("not it"))
    assert_one_line_error(wrong, str(protected_case), "is protected: wrong passphrase")
    empty = run_ecomap("versions", protected_case, environment=_protected_env(""))
    assert_one_line_error(empty, str(protected_case), "passphrase given is empty")
    for result in (missing, wrong, empty):
        _assert_no_cipher_noise(result)
    for verb in ("check", "metrics", "versions"):
        result = run_ecomap(verb, protected_case, environment=_protected_env("nope"))
        assert_one_line_error(result, "wrong passphrase")
        _assert_no_cipher_noise(result)
    assert protected_case.read_bytes() == before


def test_a_bad_passphrase_file_is_named(protected_case: Path, tmp_path: Path) -> None:
    absent = tmp_path / "absent.txt"
    assert_one_line_error(run_ecomap("show", protected_case, "--passphrase-file", absent), str(absent), "no such file")
    assert_one_line_error(run_ecomap("show", protected_case, "--passphrase-file", tmp_path), "is a folder")
    empty = tmp_path / "empty.txt"
    empty.write_text("\nsecond line\n", encoding="utf-8")
    assert_one_line_error(
        run_ecomap("show", protected_case, "--passphrase-file", empty), str(empty), "first line is empty"
    )
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    assert_one_line_error(run_ecomap("show", protected_case, "--passphrase-file", binary), str(binary), "not UTF-8")
    crlf = tmp_path / "windows.txt"
    crlf.write_bytes(PASSPHRASE.encode() + b"\r\nignored\r\n")
    assert run_ecomap("versions", protected_case, "--passphrase-file", crlf).returncode == 0


def test_protect_change_and_unprotect_round_trip(sam_case: Path, tmp_path: Path) -> None:
    plain_versions = run_ecomap("versions", sam_case, "--json").stdout
    assert sam_case.read_bytes().startswith(SQLITE_MAGIC)
    new_file = tmp_path / "new.txt"
    new_file.write_text("a long new passphrase\n", encoding="utf-8")

    protected = run_ecomap("protect", sam_case, environment={"ECOMAP_NEW_PASSPHRASE": PASSPHRASE})
    assert protected.returncode == 0, protected.stderr
    assert not sam_case.read_bytes().startswith(SQLITE_MAGIC)
    assert run_ecomap("versions", sam_case, "--json", environment=_protected_env()).stdout == plain_versions

    changed = run_ecomap(
        "protect", sam_case, "--change", "--new-passphrase-file", new_file, environment=_protected_env()
    )
    assert changed.returncode == 0, changed.stderr
    assert_one_line_error(run_ecomap("versions", sam_case, environment=_protected_env()), "wrong passphrase")
    assert run_ecomap("check", sam_case, environment=_protected_env("a long new passphrase")).returncode == 0

    removed = run_ecomap("unprotect", sam_case, environment=_protected_env("a long new passphrase"))
    assert removed.returncode == 0, removed.stderr
    assert sam_case.read_bytes().startswith(SQLITE_MAGIC)
    assert run_ecomap("versions", sam_case, "--json").stdout == plain_versions
    assert run_ecomap("check", sam_case).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.txt", "sam.ecomap"]  # no temporary file left


def test_protect_and_unprotect_refuse_what_does_not_fit_and_change_nothing(
    sam_case: Path, protected_case: Path
) -> None:
    plain_before, protected_before = sam_case.read_bytes(), protected_case.read_bytes()
    new = {"ECOMAP_NEW_PASSPHRASE": "another long passphrase"}
    assert_one_line_error(run_ecomap("protect", protected_case, environment=new), "already protected", "--change")
    assert_one_line_error(run_ecomap("unprotect", sam_case), "is not protected")
    assert_one_line_error(run_ecomap("protect", sam_case, "--change", environment=new), "is not protected")
    assert_one_line_error(run_ecomap("protect", sam_case), "--new-passphrase-file", "ECOMAP_NEW_PASSPHRASE")
    assert_one_line_error(run_ecomap("protect", sam_case, environment={"ECOMAP_NEW_PASSPHRASE": ""}), "empty")
    wrong = run_ecomap("protect", protected_case, "--change", environment={**new, "ECOMAP_PASSPHRASE": "wrong"})
    assert_one_line_error(wrong, "wrong passphrase")
    assert_one_line_error(
        run_ecomap("unprotect", protected_case, environment=_protected_env("wrong")), "wrong passphrase"
    )
    assert_one_line_error(run_ecomap("unprotect", protected_case), "is protected", "ECOMAP_PASSPHRASE")
    same = run_ecomap(
        "protect", protected_case, "--change", environment={**_protected_env(), "ECOMAP_NEW_PASSPHRASE": PASSPHRASE}
    )
    assert_one_line_error(same, "same as the current one")
    assert sam_case.read_bytes() == plain_before
    assert protected_case.read_bytes() == protected_before


def test_a_case_open_for_editing_is_not_protected_behind_the_editors_back(sam_case: Path) -> None:
    before = sam_case.read_bytes()
    with CaseFile.open(sam_case, writable=True):
        result = run_ecomap("protect", sam_case, environment={"ECOMAP_NEW_PASSPHRASE": PASSPHRASE})
    assert_one_line_error(result, "is open in another Ecomap")
    assert sam_case.read_bytes() == before


def test_importing_into_a_protected_case_keeps_it_protected(protected_case: Path) -> None:
    result = run_ecomap("import", SAM_JSON, "-o", protected_case, environment=_protected_env())
    assert result.returncode == 0, result.stderr
    assert "now has 4 versions" in result.stdout
    assert not protected_case.read_bytes().startswith(SQLITE_MAGIC)
    refused = run_ecomap("import", SAM_JSON, "-o", protected_case)
    assert_one_line_error(refused, "is protected")


def test_damage_to_a_protected_file_is_reported_as_damage(protected_case: Path, tmp_path: Path) -> None:
    data = protected_case.read_bytes()
    flipped = tmp_path / "flipped.ecomap"
    damaged = bytearray(data)
    damaged[len(data) - 2000] ^= 0x01  # inside the last page, past page 1
    flipped.write_bytes(bytes(damaged))
    result = run_ecomap("check", flipped, environment=_protected_env())
    assert result.returncode in (1, 2), result.stdout
    assert "damaged" in result.stderr or "HMAC" in result.stderr, result.stderr
    assert "wrong passphrase" not in result.stderr
    shown = run_ecomap("show", flipped, environment=_protected_env())
    assert_one_line_error(shown, str(flipped), "damaged")

    truncated = tmp_path / "truncated.ecomap"
    truncated.write_bytes(data[: len(data) - 1000])
    result = run_ecomap("show", truncated, environment=_protected_env())
    assert_one_line_error(result, str(truncated), "damaged")
    _assert_no_cipher_noise(result)
    too_short = tmp_path / "short.ecomap"
    too_short.write_bytes(data[:2048])
    assert_one_line_error(run_ecomap("show", too_short, environment=_protected_env()), "is not an Ecomap case file")


def test_ecomap_never_leaves_a_core_file_of_a_decrypted_case(tmp_path: Path) -> None:
    # A crash while a protected case is open would otherwise dump it, decrypted, to disk.
    script = (
        "import resource, sys\n"
        "from ecomap.cli import main\n"
        "main(['versions', sys.argv[1]])\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "absent.ecomap")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.stdout.strip() == "(0, 0)", (result.stdout, result.stderr)
