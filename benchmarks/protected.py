"""Protected cases (design §8, §13): each against the same case unprotected, and the key derivation on its own.

- ``open-protected``: open a 500-version case of a 60-node map protected by a
  passphrase (header, key, ``quick_check``, schema), list the versions, read
  and check the latest; floor: the same open of the same case unprotected.
  Target: under 0.3 s, as ``open`` (the ratio is the key derivation's).
- ``kdf``: what protection adds to that open (the protected open less the
  unprotected one); floor: a bare ``PRAGMA key`` and the first read of an
  empty SQLCipher database, which is one PBKDF2-HMAC-SHA512 derivation at
  256,000 iterations. Target: within 1.5x, i.e. the key is derived once per
  open, not twice (the rest is decrypting the pages ``quick_check`` reads).
- ``step-protected``: with that case open, read the next version (hash
  checked, decoded), as the History panel does stepping through 500 of them;
  floor: the same steps in the same case unprotected. Target: 1.5x.
- ``save-protected``: save a version of a 60-node map to an open protected
  case; floor: the same save to the same case unprotected. Target: 1.5x.
- ``autosave-protected``: autosave a 60-node map into an open protected case;
  floor: the same autosave unprotected. Target: 1.5x.

    .venv/bin/python benchmarks/protected.py [open-protected] [kdf] [step-protected] [save-protected] ...
"""

import functools
import itertools
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher  # type: ignore[import-untyped]
from run import build_case, fastest, random_map  # benchmarks/run.py, beside this file

from ecomap.casefile import CaseFile, engine
from ecomap.model.case import CaseDetails, Version

PASSPHRASE = "a benchmark passphrase of several words"


VERSIONS = 500


@functools.cache
def long_cases(folder: Path) -> tuple[Path, Path]:
    """The 500-version case, unprotected and protected, built once per run."""
    plain, protected = folder / "long-plain.ecomap", folder / "long-protected.ecomap"
    build_case(plain, VERSIONS)
    build_case(protected, VERSIONS, passphrase=PASSPHRASE)
    return plain, protected


@functools.cache
def open_timings(folder: Path) -> tuple[float, float, float]:
    """The fastest protected open, unprotected open and bare key derivation (seconds), measured once per run."""
    plain, protected = long_cases(folder)
    empty = folder / "empty.sqlcipher"
    _make_empty(empty)

    def show(path: Path, passphrase: str | None) -> None:
        with CaseFile.open(path, passphrase=passphrase) as case:
            summaries = case.summaries()
            case.version(summaries[-1].number)

    keyed = engine.keyed_connections
    show(protected, PASSPHRASE)
    assert engine.keyed_connections == keyed + 1, "a protected open derived its key more than once"
    t_plain = fastest(lambda: show(plain, None), 10)
    t_protected = fastest(lambda: show(protected, PASSPHRASE), 10)
    t_key = fastest(lambda: _first_read(empty), 10)
    return t_protected, t_plain, t_key


def _make_empty(path: Path) -> None:
    connection = sqlcipher.connect(str(path))
    try:
        connection.execute(f"PRAGMA key = {engine.quote(PASSPHRASE)}")
        connection.execute("CREATE TABLE placeholder (x)")
        connection.commit()
    finally:
        connection.close()


def _first_read(path: Path) -> None:
    """The floor of a key derivation: connect, ``PRAGMA key``, the first read (where SQLCipher derives it)."""
    connection = sqlcipher.connect(str(path))
    try:
        connection.execute(f"PRAGMA key = {engine.quote(PASSPHRASE)}")
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    finally:
        connection.close()


def bench_open_protected(folder: Path) -> tuple[float, float, str]:
    t_protected, t_plain, _t_key = open_timings(folder)
    return t_protected, t_plain, "ok" if t_protected < 0.3 else "MISSED"


def bench_kdf(folder: Path) -> tuple[float, float, str]:
    t_protected, t_plain, t_key = open_timings(folder)
    added = t_protected - t_plain
    return added, t_key, "ok" if added / t_key <= 1.5 else "MISSED"


def bench_step(folder: Path) -> tuple[float, float, str]:
    plain, protected = long_cases(folder)
    steps = 50

    def stepper(case: CaseFile) -> Callable[[], None]:
        numbers = itertools.cycle(range(1, VERSIONS + 1))  # 10 MB in all: most steps miss SQLite's 2 MB page cache

        def step() -> None:
            for _ in range(steps):
                case.version(next(numbers))

        return step

    with CaseFile.open(plain) as unprotected, CaseFile.open(protected, passphrase=PASSPHRASE) as opened:
        t_floor = fastest(stepper(unprotected), 10) / steps
        t_step = fastest(stepper(opened), 10) / steps
    return t_step, t_floor, "ok" if t_step / t_floor <= 1.5 else "MISSED"


def _write_benchmark(write: Callable[[CaseFile], object]) -> Callable[[Path], tuple[float, float, str]]:
    """``write`` to an open protected case, against the same to the same case unprotected."""

    def run(folder: Path) -> tuple[float, float, str]:
        details = CaseDetails("REF", "Client", "Worker")
        name = getattr(write, "__name__", "write")
        plain = CaseFile.create(folder / f"{name}-plain.ecomap", details)
        protected = CaseFile.create(folder / f"{name}-protected.ecomap", details, passphrase=PASSPHRASE)
        try:
            t_floor = fastest(lambda: write(plain), 40)
            t_protected = fastest(lambda: write(protected), 40)
            t_floor = min(t_floor, fastest(lambda: write(plain), 40))  # the machine may have slowed meanwhile
            t_protected = min(t_protected, fastest(lambda: write(protected), 40))
        finally:
            plain.close()
            protected.close()
        return t_protected, t_floor, "ok" if t_protected / t_floor <= 1.5 else "MISSED"

    return run


MAP = random_map(60, 80, seed=2)
VERSION = Version("Review", "2026-01-01", "", MAP)


def save_version(case: CaseFile) -> None:
    case.append_version(VERSION)


def autosave(case: CaseFile) -> None:
    case.write_autosave(MAP, based_on=None)


BENCHMARKS: dict[str, Callable[[Path], tuple[float, float, str]]] = {
    "open-protected": bench_open_protected,
    "kdf": bench_kdf,
    "step-protected": bench_step,
    "save-protected": _write_benchmark(save_version),
    "autosave-protected": _write_benchmark(autosave),
}


def main(names: list[str]) -> int:
    missed = 0
    print(f"{'benchmark':<20}{'ecomap':>12}{'floor':>12}{'ratio':>8}  target")
    with tempfile.TemporaryDirectory(prefix="ecomap-bench-") as folder:
        for name in names or list(BENCHMARKS):
            measured, floor, verdict = BENCHMARKS[name](Path(folder))
            missed += verdict != "ok"
            print(f"{name:<20}{measured * 1000:>10.2f}ms{floor * 1000:>10.2f}ms{measured / floor:>8.2f}  {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
