"""The sample cohort of the README's try-it lines: ``tools/cohort_sample.py`` writes cases that check and summarise."""

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from ecomap.casefile import CaseFile
from ecomap.model.case import Version
from tests.conftest import ROOT, run_ecomap

TOOL = ROOT / "tools" / "cohort_sample.py"
PASSPHRASE = "sample cohort passphrase"


def make_sample(folder: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), str(folder), *options],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def people_of(path: Path, passphrase: str | None = None) -> set[str]:
    """The client's and every person's name in a case: what cohort output must never show."""
    with CaseFile.open(path, passphrase=passphrase) as case:
        names = {case.details.client, case.details.worker}
        for number in range(1, case.version_count + 1):
            names |= {node.label for node in case.version(number).map.nodes if node.kind in ("client", "person")}
    return names


def versions_of(case: CaseFile) -> list[Version]:
    """Every version of ``case`` as saved, less the moment it was saved."""
    return [replace(case.version(n), saved_at="") for n in range(1, case.version_count + 1)]


def test_eight_sample_cases_check_and_the_cohort_reads_them_all(tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    made = make_sample(folder, "--cases", "8", "--seed", "3")
    assert made.returncode == 0, made.stderr
    files = sorted(folder.glob("*.ecomap"))
    assert len(files) == 8
    for path in files:
        checked = run_ecomap("check", path)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        listed = json.loads(run_ecomap("versions", path, "--json").stdout)
        assert 2 <= len(listed) <= 6
        assert [v["date"] for v in listed] == sorted(v["date"] for v in listed)

    result = run_ecomap("cohort", folder, "--json", "--min-count", "1")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["cases"] == 8
    assert summary["skipped"] == []
    assert summary["assets"], "the sample's clients reach community assets"
    assert summary["capital"]["bridging"]["latest_mean"] >= summary["capital"]["bridging"]["first_mean"]
    shown = result.stdout.casefold()
    for path in files:
        for name in people_of(path):
            assert name.casefold() not in shown, name


def test_the_same_seed_gives_the_same_cases_and_a_share_are_protected(tmp_path: Path) -> None:
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    protected = ("--protected-share", "0.5", "--passphrase-file", str(secret))
    assert make_sample(tmp_path / "a", "--cases", "4", "--seed", "7", *protected).returncode == 0
    assert make_sample(tmp_path / "b", "--cases", "4", "--seed", "7").returncode == 0
    locked = [p.name for p in sorted((tmp_path / "a").glob("*.ecomap")) if run_ecomap("check", p).returncode != 0]
    assert len(locked) == 2
    for name in ("sample-0001.ecomap", "sample-0004.ecomap"):
        key = PASSPHRASE if name in locked else None
        with CaseFile.open(tmp_path / "a" / name, passphrase=key) as a, CaseFile.open(tmp_path / "b" / name) as b:
            assert a.details == b.details
            assert versions_of(a) == versions_of(b)
    read = run_ecomap("cohort", tmp_path / "a", "--json", "--passphrase-file", secret)
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout)["cases"] == 4


def test_a_protected_share_without_a_passphrase_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    made = make_sample(tmp_path / "cohort", "--cases", "2", "--protected-share", "0.5")
    assert made.returncode == 2
    assert "--passphrase-file" in made.stderr
    assert "Traceback" not in made.stderr
    assert not (tmp_path / "cohort").exists()
