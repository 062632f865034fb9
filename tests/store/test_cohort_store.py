"""``ecomap cohort store:``: the same figures from the server's SQL as from the files, for the cases this
login may see (design §16)."""

import json
import shutil
from dataclasses import replace
from pathlib import Path

import psycopg
from hypothesis import HealthCheck, given, settings

from ecomap.casefile import CaseFile
from ecomap.model.case import Case
from ecomap.store.cohort_reading import file_facts, store_facts
from ecomap.store.transfer import push
from tests.conftest import EXAMPLE_CASE, SAM_JSON, run_ecomap
from tests.store.conftest import Store
from tests.strategies import cases


def test_the_store_gives_the_figures_the_files_give(store: Store, tmp_path: Path) -> None:
    alice = store.add_worker("alice", tmp=tmp_path)
    carol = store.add_worker("carol", "south", tmp=tmp_path)
    files = tmp_path / "alice"
    files.mkdir()
    for number in range(3):
        shutil.copy(EXAMPLE_CASE, files / f"lee-{number}.ecomap")
        push(files / f"lee-{number}.ecomap", alice, as_ref=f"LEE-{number}")
    assert run_ecomap("import", SAM_JSON, "-o", files / "sam.ecomap").returncode == 0
    push(files / "sam.ecomap", alice)
    push(EXAMPLE_CASE, carol, as_ref="CAROLS")  # not alice's: never in her cohort
    from_files = run_ecomap("cohort", files, "--json", "--min-count", "1")
    from_store = run_ecomap("cohort", "store:", "--json", "--min-count", "1", "--store", alice)
    assert from_store.returncode == 0, from_store.stderr
    assert json.loads(from_store.stdout) == json.loads(from_files.stdout)
    assert json.loads(from_store.stdout)["cases"] == 4
    admin = json.loads(run_ecomap("cohort", "store:", "--json", "--store", store.url()).stdout)
    assert admin["cases"] == 5
    with psycopg.connect(store.url(), autocommit=True) as db:
        listings = db.execute("SELECT who, detail FROM ecomap.audit WHERE action = 'list'").fetchall()
    assert ("alice", "4 cases") in listings


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=cases(max_versions=3, min_versions=1))
def test_any_case_has_the_same_facts_in_sql_as_in_python(store: Store, tmp_path: Path, case: Case) -> None:
    path = tmp_path / "case.ecomap"
    path.unlink(missing_ok=True)
    CaseFile.create(path, replace(case.details, reference="ANY"), case.versions).close()
    before = len(store_facts(store.url()))
    push(path, store.url(), as_ref=f"ANY-{before}")
    found = store_facts(store.url())
    assert len(found) == before + 1
    assert file_facts(path) in found
