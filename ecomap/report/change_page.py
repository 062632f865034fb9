"""The second page of the summary, "Change over time" (design §11): the chart, the measures, every change in words.

Page 2 shows the trend: the chart of ties of each kind, the measures of
every version (one column each, as ``ecomap metrics`` lists them), and what
changed since the previous and the first version, grouped under headings.
The change sentences and headings are the model's, in the summary's
language; the column of measure names is as wide as its longest name.
"""

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from ecomap.language import translate
from ecomap.model.change_words import heading, no_changes
from ecomap.model.changes import Change, condensed, group_changes
from ecomap.model.dates import written_date
from ecomap.report.chart import chart_drawing
from ecomap.report.content import IncludedVersion, ReportContent
from ecomap.report.fonts import BOLD, REGULAR, styles, table_style, widest
from ecomap.report.measure_words import FRACTIONS, MEASURES, Measure, date_word, measures_explained, version_word
from ecomap.report.pages import only_one
from ecomap.report.text import esc, marked, plain

LINE = colors.HexColor("#C8CED6")
MAX_TABLE_COLUMNS = 10
"""Versions per metrics table; more versions make more tables, one under the other."""
NAMES_WIDTH = 100.0
"""The least width of the column of measure names; more if a name needs it."""
TABLE_SIZE = 7.5


def second_page(content: ReportContent, width: float) -> list[Flowable]:
    """Page 2, "Change over time": chart, measures of every version, and every change in words."""
    sheet = styles()
    story: list[Flowable] = [PageBreak(), marked(esc(translate("PdfPages", "Change over time")), sheet["Section"])]
    if len(content.included) > 1:
        story += [
            _bold(translate("PdfPages", "Ties of each kind in each version")),
            chart_drawing(content.included, width, 160),
            Spacer(1, 8),
        ]
    story.append(_bold(translate("PdfPages", "Measures of each version")))
    for start in range(0, len(content.included), MAX_TABLE_COLUMNS):
        story += [metrics_table(content.included[start : start + MAX_TABLE_COLUMNS], width), Spacer(1, 4)]
    story.append(plain(measures_explained(), sheet["Muted"]))
    if len(content.included) == 1:
        return [*story, Spacer(1, 6), plain(only_one(content), sheet["Body"])]
    first, previous, latest = content.first, content.previous, content.latest
    if previous is not first:
        title = translate("PdfPages", "What changed since the previous version (v{previous} → v{latest})")
        story += change_list(title.format(previous=previous.number, latest=latest.number), content.since_previous)
    title = translate("PdfPages", "What changed since the first version (v{first} → v{latest})")
    story += change_list(title.format(first=first.number, latest=latest.number), content.since_first)
    return story


def _bold(text: str) -> Flowable:
    return marked(f"<b>{esc(text)}</b>", styles()["Body"])


def measure_value(version: IncludedVersion, measure: Measure) -> str:
    """A measure of ``version`` as the table prints it: a count, a fraction to two places, or a dash if undefined."""
    metrics = version.metrics
    if measure.key in FRACTIONS or measure.key == "client_ties":
        value = getattr(metrics, measure.key)
    else:
        value = getattr(metrics.counts, measure.key)
        value = value[measure.part] if measure.part else value
    if value is None:
        return "–"
    return f"{value:.2f}" if measure.key in FRACTIONS else str(value)


def metrics_table(included: Sequence[IncludedVersion], width: float) -> Table:
    """The measures of ``ecomap metrics`` with one column per version."""
    rows: list[list[object]] = [
        [version_word(), *(f"v{v.number}" for v in included)],
        [date_word(), *(written_date(v.version.date, short_year=True) for v in included)],
    ]
    rows += [[measure.label, *(measure_value(v, measure) for v in included)] for measure in MEASURES]
    names = [str(row[0]) for row in rows]
    first = max(NAMES_WIDTH, widest(names, TABLE_SIZE, bold=True) + 12)
    column = min(60.0, (width - first) / max(1, len(included)))
    table = Table(rows, colWidths=[first] + [column] * len(included), hAlign="LEFT", repeatRows=2)
    table.setStyle(
        table_style(
            ("FONT", (0, 0), (-1, -1), REGULAR, TABLE_SIZE),
            ("FONT", (0, 0), (-1, 0), BOLD, TABLE_SIZE),
            ("FONT", (0, 1), (-1, 1), REGULAR, 6.5),
            ("TEXTCOLOR", (0, 1), (-1, 1), colors.HexColor("#555555")),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 1), (-1, 1), 0.5, LINE),
            ("ROWBACKGROUNDS", (0, 2), (-1, -1), [colors.white, colors.HexColor("#F4F6F8")]),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        )
    )
    return table


def change_list(title: str, changes: Sequence[Change]) -> list[Flowable]:
    """``changes`` under their headings (New, Ended, Stronger, ...), one sentence each."""
    sheet = styles()
    story: list[Flowable] = [Spacer(1, 6), plain(title, sheet["Group"])]
    if not changes:
        return [*story, plain(no_changes(), sheet["Body"])]
    for group_title, group in group_changes(changes):
        sentences = condensed(group)
        items: list[Flowable] = [marked(heading(f"<b>{esc(group_title)}</b>", len(group)), sheet["Body"])]
        items += [plain(sentence, sheet["Sentence"], bullet="•") for sentence in sentences]
        story.append(KeepTogether(items[:4]))
        story += items[4:]
        story.append(Spacer(1, 2))
    return story
