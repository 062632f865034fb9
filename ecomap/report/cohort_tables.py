"""The cohort PDF's tables: the capitals first against latest (page 1), and every community asset reached (page 2).

Their headers are in the PDF's language; the label column is as wide as its
header and labels need, and each column of figures as wide as its header.
"""

from collections.abc import Mapping
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table

from ecomap.language import translate
from ecomap.model.cohort import CAPITALS, CohortSummary
from ecomap.model.enums import Capital
from ecomap.model.notation import CAPITAL_MARKS, CAPITAL_NAMES
from ecomap.report.cohort_charts import DOWN, UP, percent
from ecomap.report.fonts import BOLD, REGULAR, styles, table_style, widest, widest_word
from ecomap.report.text import esc, marked, plain

LINE = colors.HexColor("#C8CED6")
STRIPE = colors.HexColor("#F4F6F8")
SIZE = 8.0
PADDING = 12.0
"""A cell's left and right padding together, in points (reportlab's default of 6 each)."""
LABELS_WIDTH = 150.0
"""The least width of the capital table's first column."""


def change_words(figures: Mapping[str, float | int]) -> str:
    """A mean's change, first to latest: "▲ 0.20", "▼ 0.10" or "=" (marks that print in greyscale)."""
    difference = round(float(figures["latest_mean"]) - float(figures["first_mean"]), 2)
    if difference > 0:
        return f"{UP}\u00a0{difference:.2f}"
    if difference < 0:
        return f"{DOWN}\u00a0{-difference:.2f}"
    return "="


def capital_table(summary: CohortSummary, width: float) -> Table:
    """The chart's figures in a table: means first and latest, their change, and how many cases rose,
    fell or stayed the same (with the share of the cohort)."""
    header = [
        translate("PdfCohort", "Client ties, mean per case"),
        translate("PdfCohort", "First"),
        translate("PdfCohort", "Latest"),
        translate("PdfCohort", "Change"),
        translate("PdfCohort", "Rose"),
        translate("PdfCohort", "Fell"),
        translate("PdfCohort", "Same"),
    ]
    rows: list[list[str]] = []
    for name in CAPITALS:
        figures = summary.capital[name]
        capital = Capital(name)
        rows.append(
            [
                f"{CAPITAL_NAMES[capital]} ({CAPITAL_MARKS[capital]})",
                f"{float(figures['first_mean']):.2f}",
                f"{float(figures['latest_mean']):.2f}",
                change_words(figures),
                *(f"{int(figures[k])} ({percent(int(figures[k]), summary.cases)})" for k in ("rose", "fell", "same")),
            ]
        )
    # The first header wraps if it must (a paragraph); the capitals' names and the figures never do.
    figures_needed = max(widest(header[1:], SIZE, bold=True), widest([c for r in rows for c in r[1:]], SIZE))
    labels = widest([r[0] for r in rows], SIZE) + PADDING
    first = max(LABELS_WIDTH, labels, widest(header[:1], SIZE, bold=True) + PADDING)
    first = max(
        labels, widest_word(header[:1], SIZE, bold=True) + PADDING, min(first, width - 6 * (figures_needed + PADDING))
    )
    numbers = (width - first) / 6
    title_style = ParagraphStyle("CapitalTableHeader", parent=styles()["CellBold"], fontSize=SIZE, leading=SIZE + 1.5)
    title = marked(f"<b>{esc(header[0])}</b>", title_style)
    table = Table([[title, *header[1:]], *rows], colWidths=[first] + [numbers] * 6, hAlign="LEFT")
    table.setStyle(
        table_style(
            ("FONT", (0, 0), (-1, -1), REGULAR, SIZE),
            ("FONT", (0, 0), (-1, 0), BOLD, SIZE),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, LINE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        )
    )
    return table


def assets_table(assets: list[dict[str, Any]], cases: int, width: float) -> Table:
    """Label, cases first, cases latest and the change, one asset a row (labels escaped, wrapped)."""
    sheet = styles()
    header = [
        translate("PdfCohort", "Community asset"),
        translate("PdfCohort", "Cases first (of {cases})").format(cases=cases),
        translate("PdfCohort", "Cases latest (of {cases})").format(cases=cases),
        translate("PdfCohort", "Change"),
    ]
    rows: list[list[object]] = [list(header)]
    for asset in assets:
        first, latest = int(asset["cases_first"]), int(asset["cases_latest"])
        change = f"{UP} {latest - first}" if latest > first else f"{DOWN} {first - latest}" if latest < first else "="
        rows.append([plain(str(asset["label"]), sheet["Cell"]), str(first), str(latest), change])
    numbers = [widest([h], SIZE, bold=True) + 14 for h in header[1:]]
    table = Table(rows, colWidths=[width - sum(numbers), *numbers], hAlign="LEFT", repeatRows=1)
    table.setStyle(
        table_style(
            ("FONT", (0, 0), (-1, -1), REGULAR, SIZE),
            ("FONT", (0, 0), (-1, 0), BOLD, SIZE),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, LINE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        )
    )
    return table
