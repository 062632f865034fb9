"""JSON -> case file -> JSON is the identity (design §5, issue 2)."""

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from ecomap.casefile import CaseFile
from ecomap.interchange.ecomap_json import case_to_document, document_bytes
from ecomap.interchange.reader import read_case
from ecomap.model.case import Case
from tests.conftest import SAM_JSON, run_ecomap
from tests.strategies import cases


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_a_document_imported_into_a_case_file_exports_unchanged(case: Case) -> None:
    document = case_to_document(case)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.json"
        source.write_bytes(document_bytes(document))
        imported, format_name = read_case(source)
        assert format_name == "Ecomap JSON"
        CaseFile.create(Path(folder) / "case.ecomap", imported.details, imported.versions).close()
        with CaseFile.open(Path(folder) / "case.ecomap") as reopened:
            assert case_to_document(reopened.case()) == document


def test_the_real_command_round_trips_the_contract_example(tmp_path: Path) -> None:
    case = tmp_path / "sam.ecomap"
    assert run_ecomap("import", SAM_JSON, "-o", case).returncode == 0
    out = tmp_path / "sam.out.json"
    assert run_ecomap("export", case, "-o", out).returncode == 0
    source = json.loads(SAM_JSON.read_text(encoding="utf-8"))
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["case"] == source["case"]
    for got, want in zip(exported["versions"], source["versions"], strict=True):
        assert {k: got[k] for k in ("label", "date", "note")} == {k: want[k] for k in ("label", "date", "note")}
        assert got["map"]["ties"] == want["map"]["ties"]
        for node_got, node_want in zip(got["map"]["nodes"], want["map"]["nodes"], strict=True):
            full = {"domain": "other", "x": 0.0, "y": 0.0, "notes": "", **node_want}
            assert node_got == {k: (float(v) if k in "xy" else v) for k, v in full.items()}
