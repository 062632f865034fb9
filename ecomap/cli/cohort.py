"""``ecomap cohort SOURCE... [--json] [-o OUT.csv|OUT.pdf] [--min-count K]``: how capital moved across many cases."""

import argparse
import sys
import time
from pathlib import Path

from ecomap.atomic import write_atomic
from ecomap.cli.output import one_line, print_json, table
from ecomap.cli.passphrases import passphrase
from ecomap.errors import InputError
from ecomap.language import translate
from ecomap.model.cohort import CAPITALS, CohortSummary, summarise
from ecomap.model.enums import Capital
from ecomap.model.notation import CAPITAL_NAMES

OUTPUTS = (".csv", ".pdf")


def run_cohort(args: argparse.Namespace) -> int:
    from ecomap.store.cohort_reading import read_cohort

    output = Path(args.output) if args.output else None
    if output is not None:
        if output.suffix.lower() not in OUTPUTS:
            said = translate("CliCohort", "a cohort is written as .csv or .pdf; give a name ending in one of them")
            raise InputError(output, said)
        if output.is_dir():
            raise InputError(output, translate("CliCohort", "is a folder"))
        if not output.parent.is_dir():
            raise InputError(output, translate("CliCohort", "its folder does not exist"))
    read = read_cohort(args.sources, passphrase=passphrase(args), store=args.store, progress=ProgressBar())
    if not read.cases:
        reasons = "; ".join(f"{Path(s['source']).name}: {s['reason']}" for s in read.skipped[:3])
        said = translate("CliCohort", "no case could be read for the cohort ({reasons})")
        raise InputError(None, said.format(reasons=reasons or translate("CliCohort", "no case files found")))
    summary = summarise(read.cases, read.skipped, min_count=args.min_count)
    for skipped in read.skipped:
        said = translate("CliCohort", "skipped {source}: {reason}")
        print("ecomap: " + said.format(source=skipped["source"], reason=skipped["reason"]), file=sys.stderr)
    if output is not None:
        _write(summary, output)
        cases = summary.cases
        print(translate("CliCohort", "{output}: wrote the cohort of %n case(s)", None, cases).format(output=output))
    elif args.json:
        print_json(summary.to_json())
    else:
        print(describe(summary))
    return 0


def _write(summary: CohortSummary, output: Path) -> None:
    if output.suffix.lower() == ".csv":
        from ecomap.interchange.cohort_csv import cohort_to_csv

        write_atomic(output, cohort_to_csv(summary))
    else:
        from ecomap.report.cohort_pdf import export_cohort_pdf

        export_cohort_pdf(summary, output)


def describe(summary: CohortSummary) -> str:
    """The cohort for people: the capitals first and latest, effective size, the assets reached."""
    start, end = summary.period
    cases = summary.cases  # a plain name: pyside6-lupdate finds no plural whose count is an expression
    if start:
        said = translate("CliCohort", "Cohort of %n case(s), {start} to {end}", None, cases)
    else:
        said = translate("CliCohort", "Cohort of %n case(s)", None, cases)
    lines = [said.format(start=start, end=end)]
    rows = []
    for name in CAPITALS:
        c = summary.capital[name]
        rows.append(
            [
                CAPITAL_NAMES[Capital(name)],
                f"{c['first_mean']:.2f}",
                f"{c['latest_mean']:.2f}",
                str(c["rose"]),
                str(c["fell"]),
                str(c["same"]),
            ]
        )
    e = summary.effective_size
    effective = translate("CliCohort", "Effective size")
    rows.append([effective, f"{e['first_mean']:.2f}", f"{e['latest_mean']:.2f}", "", "", ""])
    headers = [
        translate("CliCohort", "Client ties (mean)"),
        translate("CliCohort", "First"),
        translate("CliCohort", "Latest"),
        translate("CliCohort", "Rose"),
        translate("CliCohort", "Fell"),
        translate("CliCohort", "Same"),
    ]
    lines.append(table(headers, rows))
    if summary.assets:
        assets = [[one_line(a["label"], 40), str(a["cases_first"]), str(a["cases_latest"])] for a in summary.assets]
        headers = [
            translate("CliCohort", "Community asset"),
            translate("CliCohort", "Cases first"),
            translate("CliCohort", "Cases latest"),
        ]
        lines += ["", table(headers, assets)]
    suppressed = summary.suppressed_assets
    fewer = translate("CliCohort", "%n more asset(s) reached by fewer than {k} cases not shown.", None, suppressed)
    lines.append("\n" + fewer.format(k=summary.min_count))
    return "\n".join(lines)


class ProgressBar:
    """A bar on stderr while files are read, shown only on a terminal and only once the work passes a second."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not sys.stderr.isatty() or (not self.shown and time.monotonic() - self.started < 1.0):
            return
        self.shown = True
        filled = int(30 * done / total)
        bar = f"[{'#' * filled}{'.' * (30 - filled)}] {done}/{total}"
        sys.stderr.write("\r" + translate("CliCohort", "Reading cases {bar}").format(bar=bar))
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
