"""The cohort PDF (design §16): page 1 "Across the cohort", page 2 "Community assets", for managers and evaluators.

Made from a :class:`~ecomap.model.cohort.CohortSummary` alone, which holds
no name of a client, worker or anyone else; nor does the PDF add one: the
sources that could not be read are counted, never listed (a file's name is
often its client's). The case summary's habits hold: the bundled DejaVu
fonts for every style, table and drawing; the protective marking top and
bottom of every page, "Page X of Y" and the date made; every asset label
escaped before it reaches a ``Paragraph``; metadata that names no one
(title "Ecomap cohort summary", author "Ecomap"); built in memory and
written atomically, so a failure leaves no file. Its words are in the
language Ecomap speaks (:mod:`ecomap.language`); the page furniture and the
words it repeats are :mod:`ecomap.report.cohort_words`, the tables
:mod:`ecomap.report.cohort_tables`. Importing this module loads reportlab:
import it when a PDF is to be made.
"""

import io
import os
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from ecomap.atomic import write_atomic
from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.model.case import today
from ecomap.model.cohort import CohortSummary
from ecomap.model.dates import written_date
from ecomap.report import fonts, page_furniture
from ecomap.report.cohort_charts import assets_chart, capital_chart, effective_size_chart
from ecomap.report.cohort_tables import assets_table, capital_table, change_words
from ecomap.report.cohort_words import SUBJECT, TITLE, CohortFurniture, cohort_line, period_words
from ecomap.report.document import page_document, warn_about_text
from ecomap.report.export import cannot_be_written, check_target
from ecomap.report.fonts import band_style, styles, table_style, widest
from ecomap.report.options import DEFAULT_MARKING, Paper, ReportError, check_marking, printed_marking
from ecomap.report.text import esc, marked, plain

KEYWORDS = ["ecomap", "social capital", "cohort"]  # not user text: search tags, English in every language
CHART_ROWS = 20
"""Assets on page 2's chart at most (the most reached at the latest version); the table lists them all."""
EFFECTIVE_SIZE_MEANS = QT_TRANSLATE_NOOP(
    "PdfCohort",
    "Effective size counts the client's contacts who are not tied to one another: how many separate circles "
    "the client's ties reach. Higher means more brokerage between circles, that is more bridging capital.",
)
HOW_COUNTED = QT_TRANSLATE_NOOP(
    "PdfCohort",
    "Each case counts once: its first saved version against its latest (a case with one version counts as the "
    "same). Ties are the client's own ties. The figures describe the cohort as a whole: no client, worker or "
    "other person is named anywhere in this summary.",
)
"""What the figures mean and how they are counted (English: translated where shown)."""


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
    check_target(target)
    try:
        data = cohort_pdf_bytes(
            summary, marking=marking, invariant=invariant, paper=paper, generated_on=generated_on, warn=warn
        )
    except ReportError as error:
        raise ReportError(target, error.message) from None
    try:
        write_atomic(target, data)
    except OSError as error:
        raise ReportError(target, cannot_be_written(error)) from None
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
        warn_about_text([str(asset["label"]) for asset in summary.assets], warn, assets=True)
    generated = generated_on or (summary.period[1] if invariant else "") or today()
    furniture = CohortFurniture(
        marking=printed_marking(flat_marking),
        reference="",
        generated=written_date(generated),
        versions=(),
        line=cohort_line(summary),
    )
    buffer = io.BytesIO()
    document = page_document(
        buffer,
        paper=paper,
        invariant=invariant,
        title=translate("PdfCohort", TITLE),
        subject=translate("PdfCohort", SUBJECT),
        keywords=KEYWORDS,
    )
    story = across_the_cohort(summary, document.width) + community_assets(summary, document.width)
    document.build(story, canvasmaker=page_furniture.numbered_canvas(furniture))
    return buffer.getvalue()


def across_the_cohort(summary: CohortSummary, width: float) -> list[Flowable]:
    """Page 1: the cohort in a band, the capitals first against latest (chart and table), effective size."""
    sheet = styles()
    story: list[Flowable] = [cohort_band(summary, width), Spacer(1, 10)]
    said = translate(
        "PdfCohort",
        "The mean number of the client's ties of each kind per case, at each case's first saved version and "
        "at its latest; under each pair, the share of cases in which that kind of tie rose and fell.",
    )
    story += [
        _bold(translate("PdfCohort", "Client ties by kind of capital"), "Group"),
        plain(said, sheet["Muted"]),
        capital_chart(summary.capital, summary.cases, width, 290),
        Spacer(1, 8),
        capital_table(summary, width),
        Spacer(1, 12),
        _bold(translate("PdfCohort", "The client's effective size"), "Group"),
    ]
    effective = summary.effective_size
    first, latest = float(effective["first_mean"]), float(effective["latest_mean"])
    mean = translate("PdfCohort", "Mean per case: {first} at the first version, {latest} at the latest ({change}).")
    words = [
        marked(
            esc(mean).format(
                first=f"<b>{first:.2f}</b>", latest=f"<b>{latest:.2f}</b>", change=esc(change_words(effective))
            ),
            sheet["Body"],
        ),
        plain(translate("PdfCohort", EFFECTIVE_SIZE_MEANS), sheet["Body"]),
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
    return [*story, beside, Spacer(1, 12), plain(translate("PdfCohort", HOW_COUNTED), sheet["Muted"])]


def _bold(text: str, style: str = "Body") -> Flowable:
    return marked(f"<b>{esc(text)}</b>", styles()[style])


def cohort_band(summary: CohortSummary, width: float) -> Table:
    """The title on a pale band with how many cases, over what period, and any files not counted."""
    sheet = styles()
    label = sheet["Band"]
    labels = [translate("PdfCohort", "Cases"), translate("PdfCohort", "Period")]
    count = summary.cases  # a plain name: pyside6-lupdate finds no plural whose count is an expression
    cases = translate("PdfCohort", "%n case(s), each its first and latest saved version", None, count)
    period = period_words(summary.period) or translate("PdfCohort", "no dates recorded")
    rows: list[list[object]] = [
        [plain(translate("PdfCohort", "Across the cohort"), sheet["Title"]), ""],
        [_bold(labels[0], "Band"), plain(cases, label)],
        [_bold(labels[1], "Band"), plain(period, label)],
    ]
    if summary.skipped:
        labels.append(translate("PdfCohort", "Not counted"))
        skipped = len(summary.skipped)
        said = translate(
            "PdfCohort",
            "%n source(s) could not be read and are not counted (ecomap cohort names them).",
            None,
            skipped,
        )
        rows.append([_bold(labels[-1], "Band"), plain(said, label)])
    first = max(80.0, widest(labels, 9.0, bold=True) + 14)
    band = Table(rows, colWidths=[first, width - first])
    band.setStyle(band_style())
    return band


def community_assets(summary: CohortSummary, width: float) -> list[Flowable]:
    """Page 2: the assets reached by at least K cases, first against latest, as a chart and a table,
    and what was left out and why."""
    sheet = styles()
    k, cases = summary.min_count, summary.cases
    what = translate(
        "PdfCohort",
        "Groups and organisations in the community or in work and education that clients have a tie to: "
        "how many cases reached each at their first saved version and at their latest, of %n case(s).",
        None,
        cases,
    )
    shown = translate(
        "PdfCohort",
        "Only assets reached by at least %n case(s), at the first version or the latest, are shown.",
        None,
        k,
    )
    story: list[Flowable] = [
        PageBreak(),
        plain(translate("PdfCohort", "Community assets"), sheet["Section"]),
        plain(f"{what} {shown}", sheet["Body"]),
        Spacer(1, 4),
    ]
    assets = summary.assets
    if not assets:
        if summary.suppressed_assets:
            said = translate(
                "PdfCohort", "No community asset is reached by at least %n case(s), so none is shown.", None, k
            )
        else:
            said = translate("PdfCohort", "No client's map has a community asset on it, so there is none to show.")
        return [*story, plain(said, sheet["Body"]), *suppression(summary)]
    charted = assets[:CHART_ROWS]
    if len(assets) > CHART_ROWS:
        said = translate(
            "PdfCohort",
            "The chart shows the {shown} assets most reached at the latest version; the table lists all {all}.",
        )
        story.append(plain(said.format(shown=CHART_ROWS, all=len(assets)), sheet["Muted"]))
    story += [assets_chart(charted, width), Spacer(1, 8), *suppression(summary), Spacer(1, 6)]
    return [*story, assets_table(assets, summary.cases, width)]


def suppression(summary: CohortSummary) -> list[Flowable]:
    """The note on what was left out: ``N assets reached by fewer than K cases are not shown, ...``."""
    count, k = summary.suppressed_assets, summary.min_count
    if not count:
        return []
    # K is at least 2 when anything is left out (an asset on a map is reached by at least 1 case).
    said = translate(
        "PdfCohort",
        "%n asset(s) reached by fewer than {k} cases are not shown, so that no figure points at one client.",
        None,
        count,
    )
    return [plain(said.format(k=k), styles()["Body"])]
