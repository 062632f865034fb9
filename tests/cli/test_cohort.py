"""``ecomap cohort`` over a cohort it has not seen: mixed files, as an evaluator meets them (design §16)."""

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from ecomap.casefile import CaseFile
from ecomap.model.case import CaseDetails, Version
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Domain, Kind
from ecomap.model.metrics import measure
from ecomap.model.network import EcoMap
from tests.conftest import EXAMPLE_CASE, SAM_JSON, assert_one_line_error, run_ecomap

SECRET_NAMES = ("Zebedee Quasimodo", "Marigold Okonkwo-Blythe")
"""People in the cohort (one in the community domain) whose names must never leave it."""


def one_version_case(path: Path) -> None:
    """A one-version case with a person in the community domain (never an asset) and no assets."""
    ecomap = EcoMap.with_client("Zebedee")
    ecomap.add_node(Node("p", SECRET_NAMES[1], kind=Kind.PERSON, domain=Domain.COMMUNITY, x=0.0, y=-120.0))
    ecomap.add_node(Node("g", "Quiz night", kind=Kind.GROUP, domain=Domain.FRIENDS, x=90.0, y=-90.0))
    ecomap.add_tie(Tie("t1", "client", "p", capital=Capital.BRIDGING))
    ecomap.add_tie(Tie("t2", "client", "g", capital=Capital.BONDING))
    details = CaseDetails(reference="Q-1", client=SECRET_NAMES[0], worker="Ottoline Fairweather")
    CaseFile.create(path, details, [Version(label="Only", date="2026-02-02", note="", map=ecomap)]).close()


@pytest.fixture
def cohort(tmp_path: Path) -> Path:
    folder = tmp_path / "cohort"
    (folder / "team b").mkdir(parents=True)
    for number in range(5):
        shutil.copy(EXAMPLE_CASE, folder / f"lee-{number}.ecomap")
    secret = tmp_path / "passphrase"
    secret.write_text("cohort passphrase 1\n", encoding="utf-8")
    assert run_ecomap("protect", folder / "lee-0.ecomap", "--new-passphrase-file", secret).returncode == 0
    assert run_ecomap("import", SAM_JSON, "-o", folder / "team b" / "sam.ecomap").returncode == 0
    one_version_case(folder / "team b" / "zeb.ecomap")
    (folder / "notes.ecomap").write_text("not a case at all", encoding="utf-8")
    return folder


def expected_capital(paths: list[Path], passphrase: str) -> dict[str, dict[str, float | int]]:
    """The capital figures worked out from the model's own maps, independently of the cohort code."""
    firsts, latests = [], []
    for path in paths:
        with CaseFile.open(path, passphrase=passphrase) as case_file:
            maps = [case_file.version(1).map, case_file.version(case_file.version_count).map]
        counts = []
        for ecomap in maps:
            client = ecomap.client.id
            counts.append(
                {
                    c.value: sum(1 for t in ecomap.ties if client in (t.source, t.target) and t.capital == c)
                    for c in Capital
                }
            )
        firsts.append(counts[0])
        latests.append(counts[1])
    result: dict[str, dict[str, float | int]] = {}
    for c in Capital:
        pairs = [(first[c.value], last[c.value]) for first, last in zip(firsts, latests, strict=True)]
        result[c.value] = {
            "first_mean": round(sum(first for first, _ in pairs) / len(pairs), 2),
            "latest_mean": round(sum(last for _, last in pairs) / len(pairs), 2),
            "rose": sum(last > first for first, last in pairs),
            "fell": sum(last < first for first, last in pairs),
            "same": sum(last == first for first, last in pairs),
        }
    return result


def test_json_over_mixed_files_matches_the_contract(cohort: Path, tmp_path: Path) -> None:
    secret = tmp_path / "passphrase"
    result = run_ecomap("cohort", cohort, "--json", "--passphrase-file", secret, "--min-count", "5")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert set(found) == {"cases", "skipped", "capital", "effective_size", "assets", "suppressed_assets"}
    assert found["cases"] == 7
    assert found["skipped"] == [{"source": str(cohort / "notes.ecomap"), "reason": "is not an Ecomap case file"}]
    cases = sorted(cohort.rglob("*.ecomap"))
    cases.remove(cohort / "notes.ecomap")
    assert found["capital"] == expected_capital(cases, "cohort passphrase 1")
    sizes = []
    for path in cases:
        with CaseFile.open(path, passphrase="cohort passphrase 1") as case_file:
            sizes.append(
                [measure(case_file.version(n).map).effective_size or 0.0 for n in (1, case_file.version_count)]
            )
    assert found["effective_size"] == {
        "first_mean": round(sum(s[0] for s in sizes) / 7, 2),
        "latest_mean": round(sum(s[1] for s in sizes) / 7, 2),
    }
    # the example's assets reach 5 cases; Sam's boxing club only 1: suppressed
    assert {a["label"]: (a["cases_first"], a["cases_latest"]) for a in found["assets"]} == {
        "Job centre": (5, 5),
        "Five-a-side team": (0, 5),
        "Recovery café": (0, 5),
        "Warehouse job": (0, 5),
    }
    assert found["suppressed_assets"] >= 1
    assert "skipped" in result.stderr


def test_without_the_passphrase_the_protected_case_is_skipped_and_the_rest_counted(cohort: Path) -> None:
    result = run_ecomap("cohort", cohort, "--json", environment={"ECOMAP_PASSPHRASE": ""})
    found = json.loads(result.stdout)
    assert found["cases"] == 6
    reasons = {Path(s["source"]).name: s["reason"] for s in found["skipped"]}
    assert "is protected" in reasons["lee-0.ecomap"]


def test_no_persons_name_in_any_output(cohort: Path, tmp_path: Path) -> None:
    secret = tmp_path / "passphrase"
    outputs = [
        run_ecomap("cohort", cohort, *extra, "--passphrase-file", secret, "--min-count", "1").stdout
        for extra in (["--json"], [])
    ]
    table = tmp_path / "cohort.csv"
    assert run_ecomap("cohort", cohort, "-o", table, "--passphrase-file", secret, "--min-count", "1").returncode == 0
    outputs.append(table.read_text(encoding="utf-8"))
    people = [
        *SECRET_NAMES,
        "Ottoline",
        "Lee Marsh",
        "Hannah Okafor",
        "Mum (Carol)",
        "Peer mentor Gary",
        "Sam Carter",
        "Priya Nair",
    ]
    for text in outputs:
        for name in people:
            assert name not in text
    assert "Quiz night" not in outputs[0]  # a group among friends is not a community asset


def test_csv_is_one_tidy_table(cohort: Path, tmp_path: Path) -> None:
    table = tmp_path / "cohort.csv"
    result = run_ecomap("cohort", cohort, "-o", table, "--passphrase-file", tmp_path / "passphrase")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
    assert [r["measure"] for r in rows][:5] == ["cases", "capital", "capital", "capital", "effective_size"]
    assert rows[0]["first"] == "7"
    bridging = next(r for r in rows if r["name"] == "bridging")
    assert (bridging["rose"], bridging["fell"]) == ("6", "0")
    assert rows[-1]["measure"] == "suppressed_assets"


def test_nothing_readable_is_exit_2_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "x.ecomap").write_text("nope", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert_one_line_error(run_ecomap("cohort", tmp_path, "-o", out), "no case could be read", "x.ecomap")
    assert not out.exists()
    assert_one_line_error(run_ecomap("cohort", tmp_path / "missing"), "no case could be read", "no such file")
    assert_one_line_error(run_ecomap("cohort", EXAMPLE_CASE, "-o", tmp_path / "out.txt"), ".csv or .pdf")
    assert run_ecomap("cohort", EXAMPLE_CASE, "--min-count", "0").returncode == 2
