"""What a run with a failing write step must have done, and the sweep that holds every run of an operation to it.

A run that fails must say so in one line naming the file (exit 2, no
traceback) and leave what was there before: every file byte for byte, or,
for a case file that a save was writing, the same versions, draft and
autosave, a clean ``ecomap check``, and at most a ``-journal`` beside it,
which the next open rolls back (a disk that stays full cannot even roll
back). A run may succeed in spite of its fault only where Ecomap and
SQLite knowingly go on: a failed sync of the folder (the write is whole,
only its durability across a power cut is left to the file system), and a
hard link refused once (the new file is then renamed into place); what it
made must then be whole.
"""

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from ecomap.casefile import CaseFile
from ecomap.casefile.check import check_case_file
from ecomap.model.canonical import map_to_dict
from tests.faults.injection import Fault, Run, is_directory_sync, snapshot, sweep

PLAIN_REASONS = (
    "the disk is full",
    "the disk reported an error while writing",
    "could not be created",
    "could not be opened for writing",
    "No space left on device",  # an export names the system's words after the file (ecomap/cli)
    "Input/output error",
)


def assert_failed_clearly(run: Run, names: Path) -> None:
    """Exit 2 and one line on stderr that names ``names`` and why, without a traceback."""
    result, context = run.result, run.describe()
    assert result.returncode == 2, context
    assert "Traceback" not in result.stderr, context
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, context
    assert str(names) in lines[0], context
    assert any(reason in lines[0] for reason in PLAIN_REASONS), context


def may_go_on(run: Run, fault: Fault) -> bool:
    """Whether Ecomap may finish in spite of the step that failed (see the module's docstring)."""
    step = run.failed_step
    if step is None:
        return True
    return is_directory_sync(step) or (step.call in ("link", "linkat") and not fault.onward)


def judged_sweep(
    shim: Path,
    fault: Fault,
    start: Path,
    workspace: Path,
    command: Callable[[Path], Sequence[str]],
    environment: dict[str, str],
    *,
    failed: Callable[[Run], None],
    done: Callable[[Run], None],
) -> list[Run]:
    """Sweep ``command`` over every write step; hold each failed run to ``failed`` and each finished one to
    ``done`` (the run with no fault included). Returns the runs with a fault."""
    clean, runs = sweep(shim, start, workspace, command, fault, environment)
    done(clean)
    for run in runs:
        if run.result.returncode == 0:
            assert may_go_on(run, fault), f"a failed write went unreported: {run.describe()}"
            done(run)
        else:
            failed(run)
    return runs


def case_state(path: Path, passphrase: str | None, *, timeless: bool = False) -> dict[str, object]:
    """Everything a case holds, read through the case-file API (through a hot journal if there is one).

    ``timeless``: without the times saved, to compare a case with one saved the same way at another moment.
    """

    def version(body: bytes) -> object:
        if not timeless:
            return body
        data = json.loads(body)
        data.pop("saved_at", None)
        return data

    with CaseFile.open(path, passphrase=passphrase) as case:
        working = {"draft": case.draft(), "autosave": case.autosave()}
        return {
            "protected": case.protected,
            "details": case.details,
            "versions": [version(case.version_body(n)) for n in range(1, case.version_count + 1)],
            **{
                name: None
                if draft is None
                else (draft.based_on, map_to_dict(draft.map), None if timeless else draft.saved_at)
                for name, draft in working.items()
            },
        }


def assert_case_left_as_it_was(
    run: Run,
    case: Path,
    earlier: dict[str, bytes],
    state: dict[str, object],
    passphrase: str | None,
    fault: Fault,
) -> None:
    """The folder holds what it held before, byte for byte; or the case a save was writing holds exactly what it
    held (``state``) and passes its check, with at most a journal beside it that the next writer rolls back."""
    context = run.describe()
    now = snapshot(run.folder)
    if now == earlier:
        return
    journal = case.name + "-journal"
    assert set(earlier) <= set(now) <= {*earlier, journal}, context
    assert [name for name in earlier if now[name] != earlier[name]] in ([], [case.name]), context
    if journal in now:
        assert fault.onward, f"a passing error was not rolled back at once: {context}"
    assert case_state(case, passphrase) == state, context
    report = check_case_file(case, passphrase=passphrase)
    assert report.ok, (report.problems, context)
    if journal in now:
        with CaseFile.open(case, writable=True, passphrase=passphrase):
            pass  # the next writer rolls the interrupted write back
        assert not (run.folder / journal).exists(), context
        assert case_state(case, passphrase) == state, context
    if passphrase is None:
        # Plain SQLite puts the very bytes back; SQLCipher encrypts a restored page afresh (a new IV).
        assert case.read_bytes() == earlier[case.name], context
