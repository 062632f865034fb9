"""A full or failing disk under the editor's writes: save a version, the draft, autosave, a copy; plain and protected.

The editor writes through the case-file API with the case held open, so
each run is a small Python program doing what the editor does: open the
case for editing, write once, and report. Every write step is made to fail
in turn (``injection.py``). A failed write must raise one line naming the
case and leave the case holding what it held (``outcomes.py``); after a
passing error (EIO once) the same open case must also save when asked
again, as the editor's next save or autosave will, and then hold exactly
what a save without a fault gives. "Save a copy" (and Save as) writes a
new case beside the open one (``copy_case_file``): a failed one leaves no
file at all, so it is not tried again (a copy of a protected case derives
the key four times, and the folder left as it was shows nothing stands in
the way of the next one).
"""

import sys
from pathlib import Path

import pytest

from ecomap.casefile import CaseFile
from ecomap.model.case import CaseDetails
from tests.casefile.test_store import make_version
from tests.faults.injection import Fault, Run, snapshot
from tests.faults.outcomes import assert_case_left_as_it_was, assert_failed_clearly, case_state, judged_sweep

PASSPHRASE = "correct horse battery staple"

CHILD = """
import os, sys
from dataclasses import replace
from pathlib import Path
from ecomap.casefile import CaseFile
from ecomap.casefile.copying import copy_case_file
from ecomap.errors import EcomapError
from ecomap.model.canonical import map_to_dict
from ecomap.model.case import Version
from ecomap.model.network import EcoMap

operation, path = sys.argv[1], sys.argv[2]
passphrase = os.environ.get("ECOMAP_PASSPHRASE")
with CaseFile.open(path, writable=True, passphrase=passphrase) as case:
    latest = case.version(case.version_count).map
    changed = EcoMap([replace(node, x=node.x + 10.0) for node in latest.nodes], latest.ties)

    def look():
        working = [case.draft(), case.autosave()]
        return case.version_count, [w and (w.based_on, map_to_dict(w.map), w.saved_at) for w in working]

    def save():
        if operation == "version":
            case.append_version(Version("After the fault", "2026-03-01", "", changed), draft=changed)
        elif operation == "draft":
            case.write_draft(changed, based_on=2)
        elif operation == "autosave":
            case.write_autosave(changed, based_on=2)
        else:
            copy = Path(path).with_name("copy.ecomap")
            copy_case_file(Path(path), copy, case.details, changed, 2, passphrase=passphrase)

    before = look()
    try:
        save()
    except EcomapError as error:
        print(error, file=sys.stderr)
        if os.environ.get("ECOMAP_FAULT_ONWARD") != "1" and operation != "copy":  # the open case goes on
            print("unchanged" if look() == before else "CHANGED")
            save()
            print("saved when asked again")
        sys.exit(2)
print("saved")
"""


@pytest.fixture(params=[False, True], ids=["plain", "protected"])
def passphrase(request: pytest.FixtureRequest) -> str | None:
    return PASSPHRASE if request.param else None


@pytest.mark.parametrize("operation", ["version", "draft", "autosave", "copy"])
def test_a_save_that_fails_leaves_the_case_as_it_was(
    shim: Path, tmp_path: Path, fault: Fault, passphrase: str | None, operation: str
) -> None:
    start = tmp_path / "start"
    start.mkdir()
    case = start / "case.ecomap"
    versions = [make_version("one"), make_version("two")]
    with CaseFile.create(case, CaseDetails(client="Sam"), versions, passphrase=passphrase) as opened:
        opened.write_draft(versions[0].map, based_on=1)  # a draft and an autosave to be kept or replaced whole
        opened.write_autosave(versions[1].map, based_on=2)
    earlier, state = snapshot(start), case_state(case, passphrase)
    written = "copy.ecomap" if operation == "copy" else case.name
    saved: list[dict[str, object]] = []

    def done(run: Run) -> None:
        assert sorted(path.name for path in run.folder.iterdir()) == sorted({case.name, written}), run.describe()
        saved.append(case_state(run.folder / written, passphrase, timeless=True))
        assert saved[-1] == saved[0] != case_state(case, passphrase, timeless=True), run.describe()
        if operation == "copy":
            assert (run.folder / case.name).read_bytes() == earlier[case.name], run.describe()

    def failed(run: Run) -> None:
        assert_failed_clearly(run, run.folder / written)
        if fault.onward or operation == "copy":
            assert run.result.stdout == "", run.describe()
            assert_case_left_as_it_was(run, run.folder / case.name, earlier, state, passphrase, fault)
        else:
            assert run.result.stdout.split("\n") == ["unchanged", "saved when asked again", ""], run.describe()
            done(run)

    environment = {"ECOMAP_PASSPHRASE": passphrase} if passphrase else {}
    runs = judged_sweep(
        shim,
        fault,
        start,
        tmp_path / "runs",
        lambda folder: [sys.executable, "-c", CHILD, operation, str(folder / case.name)],
        environment,
        failed=failed,
        done=done,
    )
    assert any(run.result.returncode == 2 for run in runs)
