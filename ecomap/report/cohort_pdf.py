"""The cohort PDF (design §16): page 1 "Across the cohort", page 2 "Community assets", for managers and evaluators.

Made from a :class:`~ecomap.model.cohort.CohortSummary` alone, which holds
no name of a client, worker or anyone else; nor does the PDF add one: the
sources that could not be read are counted, never listed (a file's name is
often its client's). The case summary's habits hold: the bundled DejaVu
fonts for every style, table and drawing; the protective marking top and
bottom of every page, "Page X of Y" and the date made; every asset label
escaped before it reaches a ``Paragraph``; metadata that names no one
(title "Ecomap cohort summary", author "Ecomap"); built in memory and
written atomically, so a failure leaves no file. Importing this module
loads reportlab: import it when a PDF is to be made.
"""

import io
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from ecomap.atomic import write_atomic
from ecomap.model.case import today
from ecomap.model.cohort import CAPITALS, CohortSummary
from ecomap.model.dates import written_date
from ecomap.model.enums import Capital
from ecomap.model.notation import CAPITAL_MARKS, CAPITAL_NAMES
from ecomap.report import fonts, page_furniture
from ecomap.report.cohort_charts import DOWN, UP, assets_chart, capital_chart, effective_size_chart, percent
from ecomap.report.document import page_document, warn_about_text
from ecomap.report.fonts import BOLD, MUTED, REGULAR, TEXT, band_style, styles, table_style
from ecomap.report.options import DEFAULT_MARKING, Paper, ReportError, check_marking
from ecomap.report.text import esc, marked, plain

TITLE = "Ecomap cohort summary"
SUBJECT = "Ecomap cohort summary: how clients' ties and community assets changed across a cohort"
KEYWORDS = ["ecomap", "social capital", "cohort"]
CHART_ROWS = 20
"""Assets on page 2's chart at most (the most reached at the latest version); the table lists them all."""
LINE = colors.HexColor("#C8CED6")
STRIPE = colors.HexColor("#F4F6F8")
EFFECTIVE_SIZE_MEANS = (
    "Effective size counts the client's contacts who are not tied to one another: how many separate circles "
    "the client's ties reach. Higher means more brokerage between circles, that is more bridging capital."
)
HOW_COUNTED = (
    "Each case counts once: its first saved version against its latest (a case with one version counts as the "
    "same). Ties are the client's own ties. The figures describe the cohort as a whole: no client, worker or "
    "other person is named anywhere in this summary."
)


def export_cohort_pdf(
    summary: CohortSummary,
    path: str | os.PathLike[str],
    *,
    marking: str = DEFAULT_MARKING,
    invariant: bool = False,
    paper: Paper = Paper.A4,
    generated_on: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> Path:
    """Write the cohort PDF of ``summary`` to ``path``; returns the path written.

    ``marking`` is printed top and bottom of every page ("" for none); ``invariant`` makes the
    bytes the same for the same summary (the "generated" date is then ``generated_on`` or the
    end of the cohort's period); ``warn`` is told of characters in asset labels that the font
    lacks. Raises :class:`ReportError` (one line naming ``path``) if the PDF cannot be made or
    written; nothing is written then.
    """
    target = Path(path)
    if target.is_dir():
        raise ReportError(target, "is a folder")
    if not target.parent.is_dir():
        raise ReportError(target, "its folder does not exist")
    try:
        data = cohort_pdf_bytes(
            summary, marking=marking, invariant=invariant, paper=paper, generated_on=generated_on, warn=warn
        )
    except ReportError as error:
        raise ReportError(target, error.message) from None
    try:
        write_atomic(target, data)
    except OSError as error:
        raise ReportError(target, f"cannot be written ({error.strerror or error})") from None
    return target


def cohort_pdf_bytes(
    summary: CohortSummary,
    *,
    marking: str = DEFAULT_MARKING,
    invariant: bool = False,
    paper: Paper = Paper.A4,
    generated_on: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> bytes:
    """The cohort PDF as :func:`export_cohort_pdf` writes it, in memory only (no file, not even a temporary one)."""
    from reportlab import rl_config

    rl_config.shapeChecking = 0  # as the case summary sets them (ecomap.report.export)
    rl_config.useA85 = 0
    flat_marking = check_marking(marking)
    fonts.register_fonts()
    if warn is not None:
        warn_about_text([str(asset["label"]) for asset in summary.assets], warn, "asset names")
    generated = generated_on or (summary.period[1] if invariant else "") or today()
    furniture = CohortFurniture(
        marking=flat_marking, reference="", generated=written_date(generated), versions=(), line=_cohort_line(summary)
    )
    buffer = io.BytesIO()
    document = page_document(buffer, paper=paper, invariant=invariant, title=TITLE, subject=SUBJECT, keywords=KEYWORDS)
    story = across_the_cohort(summary, document.width) + community_assets(summary, document.width)
    document.build(story, canvasmaker=page_furniture.numbered_canvas(furniture))
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class CohortFurniture(page_furniture.Furniture):
    """The case summary's page furniture with the cohort's words where a case's reference and versions go."""

    line: str = ""
    """The cohort in a line, for the foot of every page."""

    def draw(self, canvas: Any, page: int, pages: int) -> None:
        width, height = canvas._pagesize
        small, left, right = page_furniture.SMALL_SIZE, page_furniture.MARGIN_X, width - page_furniture.MARGIN_X
        below = page_furniture.BOTTOM_SPACE
        canvas.saveState()
        canvas.setFillColor(TEXT)
        canvas.setFont(BOLD, page_furniture.MARKING_SIZE)
        if self.marking:
            canvas.drawCentredString(width / 2, height - 22, self.marking)
            canvas.drawCentredString(width / 2, 16, self.marking)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, small)
        canvas.drawString(left, height - 36, TITLE)
        canvas.drawRightString(right, height - 36, f"Generated {self.generated}")
        canvas.setStrokeColor(page_furniture.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, height - 40, right, height - 40)
        canvas.line(left, below - 10, right, below - 10)
        number = f"Page {page} of {pages}"
        canvas.setFillColor(TEXT)
        canvas.setFont(BOLD, small + 0.5)
        canvas.drawRightString(right, below - 21, number)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, small)
        canvas.drawString(left, below - 21, self.line)
        canvas.restoreState()


def _cohort_line(summary: CohortSummary) -> str:
    period = period_words(summary.period)
    return f"Cohort of {cases_words(summary.cases)}" + (f" · {period}" if period else "")


def period_words(period: tuple[str, str]) -> str:
    """``("2026-01-12", "2027-03-03")`` as "12 Jan 2026 to 3 Mar 2027"; "" when no dates are known."""
    start, end = period
    if not start:
        return ""
    return written_date(start) if start == end else f"{written_date(start)} to {written_date(end)}"


def cases_words(count: int, noun: str = "case") -> str:
    """``"1 case"``, ``"40 cases"``."""
    return f"{count} {noun}{'s' * (count != 1)}"


def across_the_cohort(summary: CohortSummary, width: float) -> list[Flowable]:
    """Page 1: the cohort in a band, the capitals first against latest (chart and table), effective size."""
    sheet = styles()
    story: list[Flowable] = [cohort_band(summary, width), Spacer(1, 10)]
    story += [
        marked("<b>Client ties by kind of capital</b>", sheet["Group"]),
        plain(
            "The mean number of the client's ties of each kind per case, at each case's first saved version and "
            "at its latest; under each pair, the share of cases in which that kind of tie rose and fell.",
            sheet["Muted"],
        ),
        capital_chart(summary.capital, summary.cases, width, 290),
        Spacer(1, 8),
        capital_table(summary, width),
        Spacer(1, 12),
        marked("<b>The client's effective size</b>", sheet["Group"]),
    ]
    effective = summary.effective_size
    first, latest = float(effective["first_mean"]), float(effective["latest_mean"])
    words = [
        marked(
            f"Mean per case: <b>{first:.2f}</b> at the first version, <b>{latest:.2f}</b> at the latest "
            f"({esc(change_words(effective))}).",
            sheet["Body"],
        ),
        plain(EFFECTIVE_SIZE_MEANS, sheet["Body"]),
    ]
    chart_width = 190.0
    beside = Table(
        [[effective_size_chart(first, latest, chart_width), words]],
        colWidths=[chart_width + 10, width - chart_width - 10],
    )
    beside.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return [*story, beside, Spacer(1, 12), plain(HOW_COUNTED, sheet["Muted"])]


def cohort_band(summary: CohortSummary, width: float) -> Table:
    """The title on a pale band with how many cases, over what period, and any files not counted."""
    sheet = styles()
    label = sheet["Band"]
    rows: list[list[object]] = [
        [marked("Across the cohort", sheet["Title"]), ""],
        [
            marked("<b>Cases</b>", label),
            plain(f"{cases_words(summary.cases)}, each its first and latest saved version", label),
        ],
        [marked("<b>Period</b>", label), plain(period_words(summary.period) or "no dates recorded", label)],
    ]
    if summary.skipped:
        count = len(summary.skipped)
        said = f"{cases_words(count, 'source')} could not be read and {'is' if count == 1 else 'are'} not counted"
        rows.append([marked("<b>Not counted</b>", label), plain(said + " (ecomap cohort names them).", label)])
    band = Table(rows, colWidths=[80, width - 80])
    band.setStyle(band_style())
    return band


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
    rows: list[list[object]] = [["Client ties, mean per case", "First", "Latest", "Change", "Rose", "Fell", "Same"]]
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
    numbers = (width - 150) / 6
    table = Table(rows, colWidths=[150] + [numbers] * 6, hAlign="LEFT")
    table.setStyle(
        table_style(
            ("FONT", (0, 0), (-1, -1), REGULAR, 8),
            ("FONT", (0, 0), (-1, 0), BOLD, 8),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, LINE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        )
    )
    return table


def community_assets(summary: CohortSummary, width: float) -> list[Flowable]:
    """Page 2: the assets reached by at least K cases, first against latest, as a chart and a table,
    and what was left out and why."""
    sheet = styles()
    k = summary.min_count
    story: list[Flowable] = [
        PageBreak(),
        marked("Community assets", sheet["Section"]),
        plain(
            "Groups and organisations in the community or in work and education that clients have a tie to: "
            f"how many cases reached each at their first saved version and at their latest, of "
            f"{cases_words(summary.cases)}. Only assets reached by at least {cases_words(k)}, at the first version "
            "or the latest, are shown.",
            sheet["Body"],
        ),
        Spacer(1, 4),
    ]
    assets = summary.assets
    if not assets:
        if summary.suppressed_assets:
            said = f"No community asset is reached by at least {cases_words(k)}, so none is shown."
        else:
            said = "No client's map has a community asset on it, so there is none to show."
        return [*story, plain(said, sheet["Body"]), *suppression(summary)]
    charted = assets[:CHART_ROWS]
    if len(assets) > CHART_ROWS:
        story.append(
            plain(
                f"The chart shows the {CHART_ROWS} assets most reached at the latest version; the table lists "
                f"all {len(assets)}.",
                sheet["Muted"],
            )
        )
    story += [assets_chart(charted, width), Spacer(1, 8), *suppression(summary), Spacer(1, 6)]
    return [*story, assets_table(assets, summary.cases, width)]


def suppression(summary: CohortSummary) -> list[Flowable]:
    """The note on what was left out: ``N assets reached by fewer than K cases are not shown, ...``."""
    count, k = summary.suppressed_assets, summary.min_count
    if not count:
        return []
    verb = "is" if count == 1 else "are"
    said = (
        f"{cases_words(count, 'asset')} reached by fewer than {cases_words(k)} {verb} not shown, "
        "so that no figure points at one client."
    )
    return [plain(said, styles()["Body"])]


def assets_table(assets: list[dict[str, Any]], cases: int, width: float) -> Table:
    """Label, cases first, cases latest and the change, one asset a row (labels escaped, wrapped)."""
    sheet = styles()
    header = ["Community asset", f"Cases first (of {cases})", f"Cases latest (of {cases})", "Change"]
    rows: list[list[object]] = [list(header)]
    for asset in assets:
        first, latest = int(asset["cases_first"]), int(asset["cases_latest"])
        change = f"{UP} {latest - first}" if latest > first else f"{DOWN} {first - latest}" if latest < first else "="
        rows.append([plain(str(asset["label"]), sheet["Cell"]), str(first), str(latest), change])
    numbers = [fonts.width_of(h, 8, bold=True) + 14 for h in header[1:]]
    table = Table(rows, colWidths=[width - sum(numbers), *numbers], hAlign="LEFT", repeatRows=1)
    table.setStyle(
        table_style(
            ("FONT", (0, 0), (-1, -1), REGULAR, 8),
            ("FONT", (0, 0), (-1, 0), BOLD, 8),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, LINE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        )
    )
    return table
