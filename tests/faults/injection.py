"""Run a command with its N-th write step failing (ENOSPC or EIO), for every N, and sort out what it did.

The faults come from ``inject_io_faults.c`` beside this file, built with the
system's C compiler into a temporary folder once per test run and loaded
into the command with ``LD_PRELOAD``; only writes to files in the folder
under test are counted (see the C file for which calls are write steps).

:func:`sweep` first runs the command once with no fault, counting its write
steps (K), then runs it again from the same starting folder with step N
failing, for N from 1 to K: that covers the write steps of the run that
succeeds, and the run with no fault is the one that "succeeds without
reaching the fault" (N = K + 1). Each run gets a fresh copy of the starting
folder; the runs go two at a time.

To keep the time modest, of a stretch of the same call on the same file
(SQLite writing ten journal pages one after another, say) only the first
and the last step are made to fail: the ones between fail the same way in
the same code. ``ECOMAP_FAULT_EVERY_STEP=1`` in the environment of the test
run makes every step fail in turn.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

SOURCE = Path(__file__).with_name("inject_io_faults.c")
MAX_STEPS = 60
"""No operation here has more write steps than this; the sweep fails if one does (a runaway, or a loop)."""


def build_shim(folder: Path) -> Path:
    """Compile the fault injector into ``folder``; skip the test if there is no C compiler."""
    compiler = next((found for name in ("cc", "gcc", "clang") if (found := shutil.which(name))), None)
    if compiler is None:
        pytest.skip("no C compiler (cc, gcc or clang) to build the I/O fault injector with")
    if not sys.platform.startswith("linux"):
        pytest.skip("the I/O fault injector needs Linux (LD_PRELOAD and /proc/self/fd)")
    shim = folder / "inject_io_faults.so"
    built = subprocess.run(
        [compiler, "-shared", "-fPIC", "-O2", "-Wall", "-Werror", "-o", str(shim), str(SOURCE), "-ldl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    return shim


@dataclass(frozen=True)
class Fault:
    """How the disk fails: with which error, and whether it goes on failing."""

    errno_name: str
    onward: bool
    """True: step N and every write step after it fail (a full disk stays full: roll-backs and clean-ups that
    write fail too). False: only step N fails (a passing error: what comes after it works)."""

    @property
    def name(self) -> str:
        return f"{self.errno_name}-{'onward' if self.onward else 'once'}"

    def __str__(self) -> str:
        return f"{self.errno_name}{' from then on' if self.onward else ' once'}"


FAULTS = (Fault("ENOSPC", onward=True), Fault("EIO", onward=False))
"""A disk that has filled up, and a disk that fails one write."""


@dataclass(frozen=True)
class Step:
    """One counted write step: its number, the call, whether it was on a folder (a sync of it) and the file."""

    number: int
    call: str
    on_folder: bool
    path: str

    def __str__(self) -> str:
        return f"step {self.number} ({self.call} {self.path})"


@dataclass
class Run:
    """One run of the command: with step ``at`` failing (0: none), in ``folder``."""

    at: int
    folder: Path
    result: subprocess.CompletedProcess[str]
    steps: list[Step]

    @property
    def failed_step(self) -> Step | None:
        """The step made to fail first (None if the run ended before reaching it)."""
        return self.steps[self.at - 1] if 0 < self.at <= len(self.steps) else None

    def describe(self) -> str:
        step = self.failed_step
        where = f"with {step} failing" if step else "with no fault"
        return (
            f"{where}: exit {self.result.returncode}\nstdout: {self.result.stdout}\nstderr: {self.result.stderr}\n"
            f"files: {sorted(os.listdir(self.folder))}"
        )


def _steps(log: Path) -> list[Step]:
    if not log.exists():
        return []
    steps = []
    for line in log.read_text(encoding="utf-8").splitlines():
        number, call, kind, path = line.removesuffix(" FAILED").split(" ", 3)
        steps.append(Step(int(number), call, kind == "dir", path))
    return steps


def run_with_fault(
    shim: Path,
    command: Sequence[str],
    folder: Path,
    fault: Fault,
    at: int,
    environment: dict[str, str],
) -> Run:
    """Run ``command`` with write step ``at`` under ``folder`` failing as ``fault`` says (0: none)."""
    with tempfile.TemporaryDirectory(prefix="ecomap-fault-log-") as logs:
        log = Path(logs) / "steps.log"
        variables = {key: value for key, value in os.environ.items() if key != "ECOMAP_DEBUG"}
        variables |= environment
        variables |= {
            "LD_PRELOAD": str(shim),
            "ECOMAP_FAULT_DIR": str(folder),
            "ECOMAP_FAULT_AT": str(at),
            "ECOMAP_FAULT_ERRNO": fault.errno_name,
            "ECOMAP_FAULT_ONWARD": "1" if fault.onward else "0",
            "ECOMAP_FAULT_LOG": str(log),
        }
        result = subprocess.run(
            list(command),
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
            env=variables,
            timeout=120,
            check=False,
        )
        return Run(at, folder, result, _steps(log))


def steps_to_fail(steps: Sequence[Step]) -> list[int]:
    """The numbers of the steps to make fail: all, or the first and last of each stretch of one call on one file."""
    if os.environ.get("ECOMAP_FAULT_EVERY_STEP") == "1":
        return [step.number for step in steps]
    chosen = []
    for index, step in enumerate(steps):
        before = steps[index - 1] if index else None
        after = steps[index + 1] if index + 1 < len(steps) else None
        alike = [(other.call, other.path) == (step.call, step.path) for other in (before, after) if other]
        if not all(alike) or len(alike) < 2:
            chosen.append(step.number)
    return chosen


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (hidden ones too), name to bytes."""
    return {entry.name: entry.read_bytes() for entry in folder.iterdir() if entry.is_file()}


def sweep(
    shim: Path,
    start: Path,
    workspace: Path,
    command: Callable[[Path], Sequence[str]],
    fault: Fault,
    environment: dict[str, str] | None = None,
) -> tuple[Run, list[Run]]:
    """The run with no fault, and one run for each of its write steps failing, each from a copy of ``start``.

    ``command(folder)`` gives the command line for the copy at ``folder``.
    """
    given = environment or {}

    def run(at: int) -> Run:
        folder = workspace / f"{fault.errno_name}-{at}"
        shutil.copytree(start, folder)
        return run_with_fault(shim, command(folder), folder, fault, at, given)

    clean = run(0)
    assert clean.result.returncode == 0, clean.describe()
    assert clean.steps, "the command wrote nothing in the folder: the fault injector is not working"
    assert len(clean.steps) <= MAX_STEPS, f"{len(clean.steps)} write steps: {clean.steps}"
    with ThreadPoolExecutor(max_workers=2) as pool:
        faulty = list(pool.map(run, steps_to_fail(clean.steps)))
    return clean, faulty


def is_directory_sync(step: Step) -> bool:
    """A sync of a folder (making a rename or a new file's name durable): SQLite and Ecomap both go on
    when it fails, as the write itself is whole; only its durability across a power cut is left to the
    file system."""
    return step.call in ("fsync", "fdatasync") and step.on_folder
