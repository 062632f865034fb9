"""Crash safety (design §4): a process killed mid-write never costs a saved version.

A child process writes in a loop and reports each commit on stdout; it is
killed with SIGKILL at a moment drawn from a seeded random source. Then the
case must open, pass ``ecomap check``, and hold every version reported before
the kill, numbered contiguously, and nothing partial.

Every test runs on a plain case and on a protected one (SQLCipher, design
§13), the protected at fewer moments of their own: each open of a protected
case derives its key (about 0.1 s), and the writing is the same SQLite.

Found and accepted: a kill during ``CaseFile.create`` (``ecomap import -o
NEW``) can leave ``.NEW.*.tmp`` files (and a ``-journal`` beside one) in the
folder. They are hidden, readable by the owner only, never at NEW's path, and
do not stop a later import from creating NEW.
"""

import inspect
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from ecomap.casefile import CaseFile
from ecomap.casefile.check import check_case_file
from ecomap.model.canonical import map_to_dict
from ecomap.model.case import Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind
from ecomap.model.network import EcoMap
from tests.casefile.test_store import sidecars
from tests.conftest import ROOT, SAM_JSON, run_ecomap

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")

DELAYS = [round(random.Random(20260112 + k).uniform(0.0, 0.4), 3) for k in range(5)]
"""Kill moments in a writing loop that commits every millisecond or so."""
PROTECTED_DELAYS = [round(random.Random(20261201 + k).uniform(k * 0.2, (k + 1) * 0.2), 3) for k in range(2)]
"""The same for a protected case, at moments of its own: one in each half."""
CREATE_DELAYS = [round(random.Random(1978).uniform(k * 0.025, (k + 1) * 0.025), 3) for k in range(4)]
"""Kill moments once a create has begun, one in each quarter of the 0.1 s it takes to write the big case."""
PROTECTED_CREATE_DELAYS = [round(random.Random(1979).uniform(0.08 + k * 0.04, 0.12 + k * 0.04), 3) for k in range(2)]
"""The same for a protected case: its key is derived first (about 0.08 s), then writing it takes about 0.08 s."""
BATCH = 3
PASSPHRASE = "correct horse battery staple"


def plain_and_protected(plain: list[float], protected: list[float]) -> list[Any]:
    """(passphrase, kill moment) for each moment: the plain case at ``plain``, the protected at ``protected``."""
    return [pytest.param(None, delay, id=f"plain-{delay}") for delay in plain] + [
        pytest.param(PASSPHRASE, delay, id=f"protected-{delay}") for delay in protected
    ]


def with_passphrase(passphrase: str | None) -> dict[str, str]:
    return {} if passphrase is None else {"ECOMAP_PASSPHRASE": passphrase}


def crash_map(number: int) -> EcoMap:
    """The map a child writes at step ``number``: 40 people, so a write spans pages."""
    nodes = [Node(id="client", label="Client", kind=Kind.CLIENT)]
    nodes += [
        Node(id=f"p{k}", label=f"Person {k} at step {number}", domain=Domain.FRIENDS, x=float(k), y=float(number))
        for k in range(40)
    ]
    ties = [Tie(id=f"t{k}", source="client", target=f"p{k}", capital=Capital.BONDING) for k in range(number % 40)]
    return EcoMap(nodes, ties)


CHILD = f"""
import os, sys
from ecomap.casefile import CaseFile
from ecomap.model.case import Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind
from ecomap.model.network import EcoMap

{inspect.getsource(crash_map)}

mode, path = sys.argv[1], sys.argv[2]
with CaseFile.open(path, writable=True, passphrase=os.environ.get("ECOMAP_PASSPHRASE")) as case:
    number = case.version_count
    print("started", flush=True)
    step = 0
    while True:
        if mode == "versions":
            numbers = range(number + 1, number + {BATCH} + 1)
            batch = [Version(f"v{{n}}", "2026-02-01", "", crash_map(n)) for n in numbers]
            case.append_versions(batch)
            number += {BATCH}
            print(number, flush=True)
        else:
            step += 1
            case.write_draft(crash_map(step), based_on=number)
            print(step, flush=True)
"""


def run_and_kill(mode: str, case: Path, delay: float, passphrase: str | None) -> list[int]:
    """Start the writing child, let it write for ``delay`` seconds, SIGKILL it;
    return what it reported as committed."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, mode, str(case)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=os.environ | with_passphrase(passphrase),
    )
    assert child.stdout is not None
    try:
        first = child.stdout.readline()
        assert first == b"started\n", child.stderr.read() if child.stderr else first
        time.sleep(delay)  # the point: let the child get somewhere, then kill it
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        output = child.stdout.read()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        if child.stderr:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    # A line cut off by the kill was not reported.
    return [int(line) for line in output.split(b"\n")[:-1]]


def assert_checks_ok(case: Path, passphrase: str | None) -> None:
    result = run_ecomap("check", case, environment=with_passphrase(passphrase))
    assert result.returncode == 0, result.stderr
    assert ": ok: " in result.stdout


def started_case(folder: Path, passphrase: str | None) -> tuple[Path, list[bytes]]:
    """``sam.json`` imported by the real command into a new case (protected with ``passphrase``), and its versions."""
    case = folder / "sam.ecomap"
    result = run_ecomap("import", SAM_JSON, "-o", case, environment=with_passphrase(passphrase))
    assert result.returncode == 0, result.stderr
    with CaseFile.open(case, passphrase=passphrase) as opened:
        assert opened.protected == (passphrase is not None)
        bodies = [opened.version_body(n) for n in (1, 2)]
    return case, bodies


@pytest.mark.parametrize(("passphrase", "delay"), plain_and_protected(DELAYS, PROTECTED_DELAYS))
def test_a_kill_while_appending_loses_no_saved_version(tmp_path: Path, passphrase: str | None, delay: float) -> None:
    case, sam_bodies = started_case(tmp_path, passphrase)
    reported = run_and_kill("versions", case, delay, passphrase)
    last = reported[-1] if reported else 2

    assert_checks_ok(case, passphrase)  # read-only, through a hot journal if there is one
    with CaseFile.open(case, passphrase=passphrase) as opened:
        count = opened.version_count
        assert count in (last, last + BATCH)  # the batch in flight is all there or not at all
        assert [s.number for s in opened.summaries()] == list(range(1, count + 1))
        assert [opened.version_body(n) for n in (1, 2)] == sam_bodies
        for number in range(3, count + 1):
            version = opened.version(number)
            assert version.label == f"v{number}"
            assert map_to_dict(version.map) == map_to_dict(crash_map(number))
    # The next writer rolls any interrupted write back and carries on.
    with CaseFile.open(case, writable=True, passphrase=passphrase) as opened:
        assert opened.version_count == count
        opened.append_version(Version("after", "2026-03-01", "", crash_map(0)))
    assert sidecars(case) == []
    assert check_case_file(case, passphrase=passphrase).ok


@pytest.mark.parametrize(("passphrase", "delay"), plain_and_protected(DELAYS[:3], PROTECTED_DELAYS))
def test_a_kill_while_autosaving_leaves_a_whole_draft(tmp_path: Path, passphrase: str | None, delay: float) -> None:
    case, sam_bodies = started_case(tmp_path, passphrase)
    reported = run_and_kill("draft", case, delay, passphrase)

    assert_checks_ok(case, passphrase)
    with CaseFile.open(case, passphrase=passphrase) as opened:
        assert opened.version_count == 2
        assert [opened.version_body(n) for n in (1, 2)] == sam_bodies
        draft = opened.draft()
    if not reported:
        assert draft is None or map_to_dict(draft.map) == map_to_dict(crash_map(1))
        return
    assert draft is not None
    assert draft.based_on == 2
    written = [
        step for step in (reported[-1], reported[-1] + 1) if map_to_dict(crash_map(step)) == map_to_dict(draft.map)
    ]
    assert written, "the draft is not one the child wrote whole"


# -- killed while creating a case -------------------------------------------------------

BIG_VERSIONS = 400


@pytest.fixture(scope="module")
def big_document(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An interchange document big enough that creating its case takes a while."""
    versions = [
        {"label": f"v{n}", "date": "2026-01-12", "note": "", "map": map_to_dict(crash_map(n))}
        for n in range(1, BIG_VERSIONS + 1)
    ]
    document = {"format": "ecomap", "format_version": 1, "case": {"client": "Big"}, "versions": versions}
    path = tmp_path_factory.mktemp("big") / "big.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def wait_for_temp_file(folder: Path, name: str, child: subprocess.Popen[bytes]) -> bool:
    """Poll until the child has started writing ``name``'s temporary file (or has exited)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if any(entry.startswith(f".{name}.") for entry in os.listdir(folder)):
            return True
        if child.poll() is not None:
            return False
        time.sleep(0.001)
    raise AssertionError("the import never started writing")


def leftovers(folder: Path, name: str) -> list[str]:
    return sorted(entry for entry in os.listdir(folder) if entry != name)


@pytest.mark.parametrize(("passphrase", "delay"), plain_and_protected(CREATE_DELAYS, PROTECTED_CREATE_DELAYS))
def test_a_kill_while_importing_into_a_new_case_leaves_it_whole_or_absent(
    tmp_path: Path, big_document: Path, passphrase: str | None, delay: float
) -> None:
    target = tmp_path / "new.ecomap"
    child = subprocess.Popen(
        [sys.executable, "-m", "ecomap", "import", str(big_document), "-o", str(target)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        env=os.environ | with_passphrase(passphrase),
    )
    try:
        wait_for_temp_file(tmp_path, target.name, child)
        time.sleep(delay)  # the point: kill it somewhere inside the write
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

    if target.exists():
        report = check_case_file(target, passphrase=passphrase)
        assert report.ok, report.problems
        assert report.versions == BIG_VERSIONS
        assert bool(report.protection) == (passphrase is not None)
    stray = leftovers(tmp_path, target.name)
    for entry in stray:
        # Hidden temporary files of this import only, never a file at NEW's path.
        assert entry.startswith(f".{target.name}."), stray
        assert entry.endswith((".tmp", ".tmp-journal")), stray
        assert (tmp_path / entry).stat().st_mode & 0o077 == 0
    # Whatever was left, importing again gives a whole case.
    result = run_ecomap("import", SAM_JSON, "-o", target, environment=with_passphrase(passphrase))
    if result.returncode != 0:  # a complete "Big" case refuses Sam's versions: another client
        assert "is for another client" in result.stderr
        return
    assert check_case_file(target, passphrase=passphrase).ok


CREATE_CHILD = f"""
import os, sys
from ecomap.casefile import CaseFile
from ecomap.model.case import CaseDetails, Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind
from ecomap.model.network import EcoMap

{inspect.getsource(crash_map)}

versions = [Version(f"v{{n}}", "2026-01-12", "", crash_map(n)) for n in range(1, {BIG_VERSIONS} + 1)]
passphrase = os.environ.get("ECOMAP_PASSPHRASE")
print("started", flush=True)
CaseFile.create(sys.argv[1], CaseDetails(client="Big"), versions, passphrase=passphrase).close()
print("created", flush=True)
"""


@pytest.mark.parametrize(("passphrase", "delay"), plain_and_protected(CREATE_DELAYS[:3], PROTECTED_CREATE_DELAYS))
def test_a_kill_inside_case_file_create_leaves_no_case_or_a_whole_one(
    tmp_path: Path, passphrase: str | None, delay: float
) -> None:
    target = tmp_path / "new.ecomap"
    child = subprocess.Popen(
        [sys.executable, "-c", CREATE_CHILD, str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        env=os.environ | with_passphrase(passphrase),
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline() == b"started\n"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        created = b"created" in child.stdout.read()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
    if created:
        assert target.exists()
    if target.exists():
        with CaseFile.open(target, passphrase=passphrase) as case:
            assert case.protected == (passphrase is not None)
            assert case.version_count == BIG_VERSIONS
            assert case.version(BIG_VERSIONS).label == f"v{BIG_VERSIONS}"
        assert check_case_file(target, passphrase=passphrase).ok
    for entry in leftovers(tmp_path, target.name):
        assert entry.startswith(f".{target.name}.")
