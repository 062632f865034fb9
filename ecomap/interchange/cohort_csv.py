"""The cohort's figures as CSV (``ecomap cohort ... -o OUT.csv``): one tidy table for a spreadsheet or R.

Columns ``measure, name, first, latest, rose, fell, same``: one row for the
number of cases, one per capital (mean client ties first and latest, and how
many cases rose, fell or stayed the same), one for the client's effective
size, one per asset shown (cases reaching it first and latest), and one for
the assets suppressed as reached by too few cases. Never a person's name.
"""

import csv
import io

from ecomap.interchange.csv_export import safe_cell
from ecomap.model.cohort import CAPITALS, CohortSummary

COLUMNS = ("measure", "name", "first", "latest", "rose", "fell", "same")


def cohort_to_csv(summary: CohortSummary) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerow(["cases", "", summary.cases, summary.cases, "", "", ""])
    for name in CAPITALS:
        c = summary.capital[name]
        writer.writerow(["capital", name, c["first_mean"], c["latest_mean"], c["rose"], c["fell"], c["same"]])
    e = summary.effective_size
    writer.writerow(["effective_size", "", e["first_mean"], e["latest_mean"], "", "", ""])
    for asset in summary.assets:
        writer.writerow(["asset", safe_cell(asset["label"]), asset["cases_first"], asset["cases_latest"], "", "", ""])
    fewer = f"reached by fewer than {summary.min_count} cases"
    writer.writerow(["suppressed_assets", fewer, summary.suppressed_assets, "", "", "", ""])
    return out.getvalue().encode("utf-8")
