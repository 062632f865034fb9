"""The plan commands (design §14): ``plan`` (a version's plan and its review) and ``prompts`` (where it is thin).

Both read one saved version, the latest unless ``--version`` says otherwise,
and print a readable table or, with ``--json``, the JSON of §14.
``plan -o OUT.csv`` writes every version's plan for evaluators instead.
"""

import argparse
from pathlib import Path
from typing import Any

from ecomap.atomic import write_atomic
from ecomap.cli.output import one_line, print_json, table
from ecomap.cli.parser import UsageError
from ecomap.cli.passphrases import open_case
from ecomap.cli.reading import EXIT_OK, case_heading, read_version, version_heading
from ecomap.cli.writing import check_output
from ecomap.errors import InputError
from ecomap.interchange.plan_csv import case_to_plan_csv, review_to_dict
from ecomap.language import translate
from ecomap.model.canonical import about_to_dict, action_to_dict
from ecomap.model.case import CaseDetails, Version
from ecomap.model.network import EcoMap
from ecomap.model.plan import Action
from ecomap.model.plan_words import STATUS_WORDS, about_words, outcome_words
from ecomap.model.prompts import prompts_for
from ecomap.model.review import Review, review_plan


def _read(args: argparse.Namespace) -> tuple[CaseDetails, Version, EcoMap | None, int, int]:
    """CASE's details, the version asked for (the latest by default), the map of the version before it
    (``None`` at version 1), its number and how many versions there are."""
    with open_case(args) as case:
        number = case.resolve_number(args.number)
        before = case.version(number - 1).map if number > 1 else None
        return case.details, case.version(number), before, number, case.version_count


def run_plan(args: argparse.Namespace) -> int:
    if args.output is not None:
        if args.json or args.number is not None:
            said = translate(
                "CliPlan",
                "ecomap plan: -o writes every version's plan; leave out --version and --json "
                "(see 'ecomap plan --help')",
            )
            raise UsageError(said)
        return _export(args, Path(args.output))
    details, version, before, number, total = _read(args)
    reviews = review_plan(before, version.map, number - 1)
    actions = list(version.map.plan.actions)
    if args.json:
        listed = [{**action_to_dict(a), "review": review_to_dict(reviews[a.id])} for a in actions]
        print_json({"version": number, "actions": listed})
        return EXIT_OK
    print(case_heading(details))
    print(version_heading(number, total, version))
    if not actions:
        print(translate("CliPlan", "No actions in this version's plan."))
        return EXIT_OK
    count = len(actions)
    print(translate("CliPlan", "Plan (%n action(s)):", None, count))
    headers = [
        translate("CliPlan", "Status"),
        translate("CliPlan", "What"),
        translate("CliPlan", "About"),
        translate("CliPlan", "Owner"),
        translate("CliPlan", "Due"),
    ]
    rows = [_action_row(a, version.map) for a in actions]
    if number > 1:
        headers.append(translate("CliPlan", "Since version {number}").format(number=number - 1))
        for row, action in zip(rows, actions, strict=True):
            row.append(_review_words(action, reviews[action.id], version.map))
    print(table(headers, rows))
    return EXIT_OK


def _action_row(action: Action, ecomap: EcoMap) -> list[str]:
    return [
        STATUS_WORDS[action.status],
        one_line(action.text, 40),
        one_line(about_words(action.about, ecomap), 30),
        one_line(action.owner, 20),
        action.due or "",
    ]


def _review_words(action: Action, review: Review | None, now: EcoMap) -> str:
    """ "then Planned; the tie to Café is now on the map, strong", or "new in this plan"."""
    if review is None:
        return translate("CliPlan", "new in this plan")
    phrase = outcome_words(action.about, review.outcome, now)
    then = STATUS_WORDS[review.status_then]
    if phrase:
        return translate("CliPlan", "then {status}; {outcome}").format(status=then, outcome=phrase)
    return translate("CliPlan", "then {status}").format(status=then)


def _export(args: argparse.Namespace, output: Path) -> int:
    """``plan CASE -o OUT.csv``: one row per action per version, written whole or not at all."""
    if output.suffix.lower() != ".csv":
        raise InputError(output, translate("CliPlan", "the plan is exported as CSV; give a name ending in .csv"))
    check_output(args.case, output)
    with open_case(args) as case_file:
        case_file.resolve_number(None)
        case = case_file.case()
    write_atomic(output, case_to_plan_csv(case))
    actions = sum(len(v.map.plan) for v in case.versions)
    versions = len(case.versions)
    # Two counts, two plural messages: "wrote 23 actions" and "from 3 versions" each agree with their own number.
    wrote = translate("CliPlan", "{output}: wrote %n action(s) {from_versions}", None, actions)
    from_versions = translate("CliPlan", "from %n version(s)", None, versions)
    print(wrote.format(output=output, from_versions=from_versions))
    return EXIT_OK


def run_prompts(args: argparse.Namespace) -> int:
    details, version, number, total = read_version(args, args.number)
    prompts = prompts_for(version.map)
    if args.json:
        listed: list[dict[str, Any]] = [
            {"code": p.code, "text": p.english, "about": about_to_dict(p.about)} for p in prompts
        ]
        print_json({"version": number, "prompts": listed})
        return EXIT_OK
    print(case_heading(details))
    print(version_heading(number, total, version))
    if not prompts:
        print(translate("CliPlan", "Nothing stands out as thin on this map."))
        return EXIT_OK
    print(translate("CliPlan", "Where the network is thin:"))
    for prompt in prompts:
        print(f"  - {prompt.text}")
    return EXIT_OK
