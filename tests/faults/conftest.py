"""The I/O fault injector, built once per test run (skipped where there is no C compiler or no Linux)."""

from pathlib import Path

import pytest

from tests.faults.injection import FAULTS, Fault, build_shim


@pytest.fixture(scope="session")
def shim(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_shim(tmp_path_factory.mktemp("fault-injector"))


@pytest.fixture(params=FAULTS, ids=lambda fault: fault.name)
def fault(request: pytest.FixtureRequest) -> Fault:
    """A disk that fills up (and stays full), then one that fails a single write."""
    chosen: Fault = request.param
    return chosen
