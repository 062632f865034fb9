"""The read-only commands: ``versions``, ``show``, ``diff``, ``metrics`` and ``check``.

What they print for people is in the user's language; with ``--json`` they
print the same JSON whatever the language.
"""

import argparse
import sys
from typing import Any

from ecomap.cli.output import one_line, print_json, table
from ecomap.cli.passphrases import open_case, passphrase
from ecomap.interchange.ecomap_json import case_to_document
from ecomap.language import translate
from ecomap.model.case import Case, CaseDetails, Version
from ecomap.model.change_words import flow_cell
from ecomap.model.changes import change_lines, describe_changes
from ecomap.model.diff import MapDiff, diff_maps
from ecomap.model.elements import Tie
from ecomap.model.enums import Capital
from ecomap.model.metrics import MapCounts, measure
from ecomap.model.network import EcoMap
from ecomap.model.notation import CAPITAL_MARKS, CAPITAL_NAMES, DOMAIN_NAMES, KIND_NAMES, STRENGTH_NAMES
from ecomap.report.measure_words import MEASURES, version_word
from ecomap.store.opening import check_case

EXIT_OK = 0
EXIT_PROBLEM = 1


def _counts_json(counts: MapCounts) -> dict[str, Any]:
    return {
        "nodes": counts.nodes,
        "ties": counts.ties,
        "by_capital": dict(counts.by_capital),
        "by_strength": dict(counts.by_strength),
        "stressful": counts.stressful,
        "domains": counts.domains,
    }


def run_versions(args: argparse.Namespace) -> int:
    with open_case(args) as case:
        summaries = case.summaries()
        details = case.details
    if args.json:
        print_json(
            [
                {
                    "number": s.number,
                    "label": s.label,
                    "date": s.date,
                    "note": s.note,
                    "saved_at": s.saved_at,
                    **_counts_json(s.counts),
                }
                for s in summaries
            ]
        )
        return EXIT_OK
    print(case_heading(details))
    if not summaries:
        print(no_versions())
        return EXIT_OK
    rows = [
        [
            str(s.number),
            s.date,
            one_line(s.label, 30),
            str(s.counts.nodes),
            str(s.counts.ties),
            *(str(s.counts.by_capital[capital]) for capital in Capital),
            str(s.counts.stressful),
            one_line(s.note, 40),
        ]
        for s in summaries
    ]
    capitals = [CAPITAL_NAMES[capital] for capital in Capital]
    headers = [
        "#",
        translate("CliReading", "Date"),
        translate("CliReading", "Label"),
        translate("CliReading", "People and places"),
        translate("CliReading", "Ties"),
        *capitals,
        translate("CliReading", "Stressful"),
        translate("CliReading", "Note"),
    ]
    print(table(headers, rows))
    return EXIT_OK


def case_heading(details: CaseDetails) -> str:
    """``Case X123, client Sam, worker A. Patel``: the first line of a readable report."""
    if details.reference:
        parts = [translate("CliReading", "Case {reference}").format(reference=details.reference)]
    else:
        parts = [translate("CliReading", "Case (no reference)")]
    if details.client:
        parts.append(translate("CliReading", "client {name}").format(name=details.client))
    if details.worker:
        parts.append(translate("CliReading", "worker {name}").format(name=details.worker))
    return ", ".join(parts)


def version_heading(number: int, total: int, version: Version) -> str:
    """``Version 2 of 3: Review, 2026-06-01``."""
    said = translate("CliReading", "Version {number} of {total}: {label}, {date}")
    label = version.label or translate("CliReading", "(no label)")
    return said.format(number=number, total=total, label=label, date=version.date)


def no_versions() -> str:
    return translate("CliReading", "No versions saved yet.")


def version_document(details: CaseDetails, version: Version) -> dict[str, Any]:
    """The interchange document ``show --json`` prints: the case details and exactly ``version``."""
    return case_to_document(Case(details=details, versions=[version]))


def read_version(args: argparse.Namespace, number: int | None) -> tuple[CaseDetails, Version, int, int]:
    """CASE's details, one version of it (the latest if ``number`` is None), that version's
    number and how many versions the case has."""
    with open_case(args) as case:
        chosen = case.resolve_number(number)
        return case.details, case.version(chosen), chosen, case.version_count


def run_show(args: argparse.Namespace) -> int:
    details, version, number, total = read_version(args, args.number)
    if args.json:
        print_json(version_document(details, version))
        return EXIT_OK
    print(case_heading(details))
    print(version_heading(number, total, version))
    if version.note:
        print(translate("CliReading", "Note: {note}").format(note=version.note))
    print()
    _print_map(version.map)
    return EXIT_OK


def _print_map(ecomap: EcoMap) -> None:
    others = [n for n in ecomap.nodes if not n.is_client]
    print(translate("CliReading", "Client: {name}").format(name=ecomap.client.label))
    print(translate("CliReading", "People and places ({count}):").format(count=len(others)))
    if others:
        rows = [
            [one_line(n.label, 30), KIND_NAMES[n.kind], DOMAIN_NAMES[n.domain], one_line(n.notes, 50)] for n in others
        ]
        headers = [
            translate("CliReading", "Name"),
            translate("CliReading", "Kind"),
            translate("CliReading", "Area of life"),
            translate("CliReading", "Notes"),
        ]
        print(table(headers, rows))
    print(translate("CliReading", "Ties ({count}):").format(count=len(ecomap.ties)))
    if ecomap.ties:
        rows = [_tie_row(ecomap, t) for t in ecomap.ties]
        headers = [
            translate("CliReading", "Between"),
            translate("CliReading", "Capital"),
            translate("CliReading", "Strength"),
            translate("CliReading", "Stressful"),
            translate("CliReading", "Flow of energy"),
            translate("CliReading", "Notes"),
        ]
        print(table(headers, rows))


def _tie_row(ecomap: EcoMap, tie: Tie) -> list[str]:
    source = one_line(ecomap.node(tie.source).label, 24)
    target = one_line(ecomap.node(tie.target).label, 24)
    return [
        f"{source} – {target}",
        capital_words(tie.capital),
        STRENGTH_NAMES[tie.strength],
        translate("CliReading", "Yes") if tie.stressful else "",
        flow_cell(tie.flow, source, target),
        one_line(tie.notes, 40),
    ]


def capital_words(capital: Capital) -> str:
    """``"Bonding (B)"``: the capital as the editor's buttons and the PDF name it, with its mark on the map."""
    return f"{CAPITAL_NAMES[capital]} ({CAPITAL_MARKS[capital]})"


def run_diff(args: argparse.Namespace) -> int:
    with open_case(args) as case:
        number_a = case.resolve_number(args.a)
        number_b = case.resolve_number(args.b)
        version_a, version_b = case.version(number_a), case.version(number_b)
    diff = diff_maps(version_a.map, version_b.map)
    if args.json:
        print_json(diff_json(diff, number_a, number_b))
    else:
        said = translate("CliReading", "From {first} to {second}:")
        print(said.format(first=_version_words(number_a, version_a), second=_version_words(number_b, version_b)))
        for line in change_lines(describe_changes(version_a.map, version_b.map, diff)):
            print(f"  {line}")
    return EXIT_OK


def _version_words(number: int, version: Version) -> str:
    """``version 2 (Review, 2026-06-01)``, or ``version 2 (2026-06-01)`` without a label."""
    said = translate("CliReading", "version {number} ({details})")
    return said.format(number=number, details=", ".join(part for part in (version.label, version.date) if part))


def diff_json(diff: MapDiff, number_a: int, number_b: int) -> dict[str, Any]:
    def ends(tie: Tie) -> dict[str, str]:
        return {"source": tie.source, "target": tie.target}

    def changes(mapping: Any) -> dict[str, dict[str, Any]]:
        return {name: {"old": _plain(old), "new": _plain(new)} for name, (old, new) in mapping.items()}

    return {
        "from": number_a,
        "to": number_b,
        "added_nodes": [n.id for n in diff.added_nodes],
        "removed_nodes": [n.id for n in diff.removed_nodes],
        "added_ties": [ends(t) for t in diff.added_ties],
        "removed_ties": [ends(t) for t in diff.removed_ties],
        "changed_ties": [{**ends(c.new), "changes": changes(c.changes)} for c in diff.changed_ties],
        "changed_nodes": [{"id": c.new.id, "changes": changes(c.changes)} for c in diff.changed_nodes],
    }


def _plain(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def run_metrics(args: argparse.Namespace) -> int:
    with open_case(args) as case:
        versions = case.versions()
    results = []
    for number, version in enumerate(versions, start=1):
        metrics = measure(version.map)
        results.append(
            {
                "number": number,
                "label": version.label,
                "date": version.date,
                **_counts_json(metrics.counts),
                "client_ties": metrics.client_ties,
                "density": _rounded(metrics.density),
                "effective_size": _rounded(metrics.effective_size),
                "constraint": _rounded(metrics.constraint),
            }
        )
    if args.json:
        print_json(results)
        return EXIT_OK
    if not results:
        print(no_versions())
        return EXIT_OK
    # The words of the PDF's table of measures (ecomap.report.measure_words); the keys are the JSON's.
    body = []
    for row in MEASURES:
        values = [result[row.key][row.part] if row.part else result[row.key] for result in results]
        body.append([row.label, *("–" if value is None else str(value) for value in values)])
    print(table([version_word(), *[str(r["number"]) for r in results]], body))
    return EXIT_OK


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def run_check(args: argparse.Namespace) -> int:
    report = check_case(args.case, passphrase=passphrase(args), store=args.store)
    for note in report.notes:
        print(translate("CliReading", "{case}: note: {note}").format(case=args.case, note=note))
    if report.ok:
        draft = translate("CliReading", ", an unsaved draft") if report.has_draft else ""
        protection = ""
        if report.protection:
            protection = translate("CliReading", "; protected ({how})").format(how=report.protection)
        versions = report.versions
        said = translate(
            "CliReading",
            "{case}: ok: %n version(s){draft}{protection}; hash chain intact (latest {hash})",
            None,
            versions,
        )
        print(said.format(case=args.case, draft=draft, protection=protection, hash=report.head_sha256[:16]))
        return EXIT_OK
    for problem in report.problems:
        print(f"{args.case}: {problem}", file=sys.stderr)
    problems = len(report.problems)
    said = translate("CliReading", "{case}: %n problem(s) found", None, problems)
    print(said.format(case=args.case), file=sys.stderr)
    return EXIT_PROBLEM
