"""A full or failing disk under the ``ecomap`` command: every write step of import, export, protect and unprotect.

Each test runs the real command once without a fault, counting its write
steps, then once for each step with that step failing (ENOSPC from then on,
or EIO once; see ``injection.py`` and ``inject_io_faults.c``). Every failed
run must end with one line naming the file and leave the earlier files as
they were (``outcomes.py``); the few that may finish must finish whole.
"""

import os
import sys
from pathlib import Path

import pytest

from ecomap.casefile.header import SQLITE_MAGIC
from tests.conftest import SAM_JSON, ecomap_command, run_ecomap
from tests.faults.injection import Fault, Run, run_with_fault, snapshot
from tests.faults.outcomes import assert_case_left_as_it_was, assert_failed_clearly, case_state, judged_sweep

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "a different and longer passphrase"
EARLIER_EXPORT = b"an earlier export, to be replaced whole or not at all\n"


def with_passphrase(protected: bool) -> dict[str, str]:
    return {"ECOMAP_PASSPHRASE": PASSPHRASE} if protected else {}


def start_with_sam(folder: Path, protected: bool) -> Path:
    """``folder`` holding ``sam.ecomap`` (two versions), protected or not."""
    folder.mkdir()
    case = folder / "sam.ecomap"
    result = run_ecomap("import", SAM_JSON, "-o", case, environment=with_passphrase(protected))
    assert result.returncode == 0, result.stderr
    return case


def only_files(run: Run, *names: str) -> None:
    assert sorted(os.listdir(run.folder)) == sorted(names), run.describe()


def test_the_injector_fails_the_nth_write_step_in_its_folder_only(shim: Path, tmp_path: Path) -> None:
    folder, elsewhere = tmp_path / "watched", tmp_path / "elsewhere"
    folder.mkdir()
    elsewhere.mkdir()
    script = (
        "import os, sys\n"
        "for name in sys.argv[1:]:\n"
        "    try:\n"
        "        fd = os.open(name, os.O_WRONLY | os.O_CREAT, 0o600)\n"
        "        os.write(fd, b'x')\n"
        "        os.close(fd)\n"
        "        print('written', flush=True)\n"
        "    except OSError as error:\n"
        "        print(errno.errorcode[error.errno], flush=True)\n"
    ).replace("import os, sys", "import errno, os, sys")
    paths = [str(elsewhere / "a"), str(folder / "b"), str(elsewhere / "c"), str(folder / "d")]
    # The steps in the folder: create b (1), write b (2), create d (3), write d (4); step 2 fails.
    for fault, expected in [
        (Fault("EIO", onward=False), ["written", "EIO", "written", "written"]),
        (Fault("ENOSPC", onward=True), ["written", "ENOSPC", "written", "ENOSPC"]),
    ]:
        run = run_with_fault(shim, [sys.executable, "-c", script, *paths], folder, fault, 2, {})
        assert run.result.stdout.split() == expected, run.describe()
        assert [step.call.startswith("open") for step in run.steps] == [True, False, True, False][: len(run.steps)]
        assert {Path(step.path).name for step in run.steps} == {"b", "d"}, run.steps


@pytest.mark.parametrize("protected", [False, True], ids=["plain", "protected"])
def test_importing_into_a_new_case(shim: Path, tmp_path: Path, fault: Fault, protected: bool) -> None:
    start = tmp_path / "start"
    start.mkdir()

    def failed(run: Run) -> None:
        assert_failed_clearly(run, run.folder / "new.ecomap")
        only_files(run)  # no case, no temporary file, no journal

    def done(run: Run) -> None:
        only_files(run, "new.ecomap")
        case = run.folder / "new.ecomap"
        assert case.read_bytes().startswith(SQLITE_MAGIC) != protected
        state = case_state(case, PASSPHRASE if protected else None)
        assert len(state["versions"]) == 2  # type: ignore[arg-type]

    judged_sweep(
        shim,
        fault,
        start,
        tmp_path / "runs",
        lambda folder: [*ecomap_command(), "import", str(SAM_JSON), "-o", str(folder / "new.ecomap")],
        with_passphrase(protected),
        failed=failed,
        done=done,
    )


@pytest.mark.parametrize("protected", [False, True], ids=["plain", "protected"])
def test_importing_into_an_existing_case(shim: Path, tmp_path: Path, fault: Fault, protected: bool) -> None:
    passphrase = PASSPHRASE if protected else None
    case = start_with_sam(tmp_path / "start", protected)
    earlier, state = snapshot(case.parent), case_state(case, passphrase)

    def failed(run: Run) -> None:
        assert_failed_clearly(run, run.folder / case.name)
        assert_case_left_as_it_was(run, run.folder / case.name, earlier, state, passphrase, fault)

    def done(run: Run) -> None:
        only_files(run, case.name)
        after = case_state(run.folder / case.name, passphrase)
        assert after["versions"][:2] == state["versions"]  # type: ignore[index]
        assert len(after["versions"]) == 4  # type: ignore[arg-type]

    judged_sweep(
        shim,
        fault,
        case.parent,
        tmp_path / "runs",
        lambda folder: [*ecomap_command(), "import", str(SAM_JSON), "-o", str(folder / case.name)],
        with_passphrase(protected),
        failed=failed,
        done=done,
    )


@pytest.mark.parametrize("suffix", [".pdf", ".json", ".csv", ".graphml"])
def test_exporting_a_protected_case_over_an_earlier_export(
    shim: Path, tmp_path: Path, fault: Fault, suffix: str
) -> None:
    case = start_with_sam(tmp_path / "start", protected=True)
    output = case.with_name("export" + suffix)
    output.write_bytes(EARLIER_EXPORT)
    earlier = snapshot(case.parent)
    invariant = ["--invariant"] if suffix == ".pdf" else []
    made: list[bytes] = []

    def failed(run: Run) -> None:
        assert_failed_clearly(run, run.folder / output.name)
        assert snapshot(run.folder) == earlier, run.describe()

    def done(run: Run) -> None:
        now = snapshot(run.folder)
        assert set(now) == {case.name, output.name}, run.describe()
        assert now[case.name] == earlier[case.name], run.describe()
        made.append(now[output.name])
        assert made[-1] == made[0] != EARLIER_EXPORT, run.describe()  # the run with no fault made made[0]

    judged_sweep(
        shim,
        fault,
        case.parent,
        tmp_path / "runs",
        lambda folder: [
            *ecomap_command(),
            "export",
            str(folder / case.name),
            "-o",
            str(folder / output.name),
            *invariant,
        ],
        with_passphrase(True),
        failed=failed,
        done=done,
    )


@pytest.mark.parametrize("verb", ["protect", "protect --change", "unprotect"])
def test_protecting_and_unprotecting(shim: Path, tmp_path: Path, fault: Fault, verb: str) -> None:
    starts_protected = verb != "protect"
    passphrase = PASSPHRASE if starts_protected else None
    after_passphrase = None if verb == "unprotect" else NEW_PASSPHRASE
    case = start_with_sam(tmp_path / "start", starts_protected)
    earlier, state = snapshot(case.parent), case_state(case, passphrase)

    def failed(run: Run) -> None:
        assert_failed_clearly(run, run.folder / case.name)
        assert snapshot(run.folder) == earlier, run.describe()  # the case itself is never written, only replaced

    def done(run: Run) -> None:
        only_files(run, case.name)
        after = case_state(run.folder / case.name, after_passphrase)
        assert after == {**state, "protected": after_passphrase is not None}, run.describe()

    environment = with_passphrase(starts_protected) | {"ECOMAP_NEW_PASSPHRASE": NEW_PASSPHRASE}
    judged_sweep(
        shim,
        fault,
        case.parent,
        tmp_path / "runs",
        lambda folder: [*ecomap_command(), *verb.split(), str(folder / case.name)],
        environment,
        failed=failed,
        done=done,
    )
