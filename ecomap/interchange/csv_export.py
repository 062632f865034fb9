"""CSV for researchers: one row per tie per version (columns in docs/interchange.md); the plan has its own CSV.

Text that a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, tab or carriage return) is prefixed with an apostrophe, so
opening the file in Excel or LibreOffice never executes anything.
"""

import csv
import io

from ecomap.model.case import Case

COLUMNS = (
    "version",
    "version_label",
    "version_date",
    "tie_id",
    "source_id",
    "source_label",
    "source_kind",
    "source_domain",
    "target_id",
    "target_label",
    "target_kind",
    "target_domain",
    "capital",
    "strength",
    "stressful",
    "flow",
    "notes",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """``text``, made inert for spreadsheets if it could start a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def case_to_csv(case: Case, numbers: list[int] | None = None) -> bytes:
    """Rows for every tie of every version; ``numbers`` are the versions' case numbers."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    version_numbers = numbers or list(range(1, len(case.versions) + 1))
    for number, version in zip(version_numbers, case.versions, strict=True):
        ecomap = version.map
        for tie in ecomap.ties:
            source, target = ecomap.node(tie.source), ecomap.node(tie.target)
            writer.writerow(
                (
                    number,
                    safe_cell(version.label),
                    version.date,
                    safe_cell(tie.id),
                    safe_cell(source.id),
                    safe_cell(source.label),
                    source.kind.value,
                    source.domain.value,
                    safe_cell(target.id),
                    safe_cell(target.label),
                    target.kind.value,
                    target.domain.value,
                    tie.capital.value,
                    tie.strength.value,
                    "true" if tie.stressful else "false",
                    tie.flow.value,
                    safe_cell(tie.notes),
                )
            )
    return stream.getvalue().encode("utf-8")
