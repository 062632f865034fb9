"""The first two pages of the summary: "At a glance" and "Change over time" (design §11).

Page 1 is for a manager with thirty seconds: who and when, the latest map
with its legend, the counts now against the first version with up and down
marks, and the main changes in words. Page 2 shows the trend: the chart, the
measures of every version, and what changed, grouped under headings.
"""

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, PageBreak, Spacer, Table

from ecomap.model.change_words import NO_CHANGES, heading
from ecomap.model.changes import Change, condensed, group_changes
from ecomap.model.dates import written_date
from ecomap.model.pseudonymise import is_reference_pseudonym
from ecomap.report.chart import chart_drawing
from ecomap.report.content import IncludedVersion, ReportContent
from ecomap.report.fonts import BOLD, MUTED, REGULAR, band_style, styles, table_style
from ecomap.report.legend import legend_drawing, legend_notes
from ecomap.report.map_drawing import LARGE, map_drawing
from ecomap.report.text import esc, marked, plain

LINE = colors.HexColor("#C8CED6")
UP, DOWN, SAME = "▲", "▼", "="
MAX_TABLE_COLUMNS = 10
"""Versions per metrics table; more versions make more tables, one under the other."""

Step = Callable[[], None]


def first_page(content: ReportContent, width: float, height: float, total_versions: int) -> list[Flowable]:
    """Page 1, "At a glance": the band, the latest map as large as the page allows with its legend
    in three rows under it, and below them two columns: then and now, and the main changes.

    The map is about as wide as it is tall, and a page is taller than it is wide, so the map's
    size is set by the height the rest leaves it: the legend runs across the page rather than
    down a column beside the numbers, where it took most of a third of the page.
    """
    sheet = styles()
    band = header_band(content, width, total_versions)
    muted = MUTED.hexval().replace("0x", "#")
    legend = [
        marked(f"<b>Legend</b> <font size={NOTE_SIZE} color='{muted}'>{esc(legend_notes())}</font>", sheet["Body"]),
        centred(legend_drawing(width, [version.version.map for version in content.included])),
    ]
    numbers_width = 170.0
    below = Table(
        [[counts_block(content, numbers_width - 8), highlights(content)]],
        colWidths=[numbers_width, width - numbers_width],
    )
    below.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("LEFTPADDING", (1, 0), (-1, 0), 9),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("LINEBEFORE", (1, 0), (-1, 0), 0.5, LINE),
        )
    )
    latest = content.latest
    caption = marked(
        f"<b>The map now: {esc(latest.title)}</b>, {esc(written_date(latest.version.date))}", sheet["Body"]
    )
    rule = HRFlowable(width="100%", thickness=0.5, color=LINE, spaceBefore=GAP, spaceAfter=GAP)
    before, after = [band, Spacer(1, GAP), caption], [*legend, rule, below]
    taken = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in (*before, *after))
    map_height = max(MIN_MAP_HEIGHT, min(width, height - taken - SLACK))
    return [*before, centred(map_drawing(latest.version.map, width, map_height, LARGE)), *after]


def centred(drawing: Drawing) -> Drawing:
    """``drawing`` centred in the frame, as the tables are (the frame's padding leaves it a little
    narrower than the page's text width)."""
    drawing.hAlign = "CENTER"
    return drawing


GAP = 6.0
SLACK = 14.0
"""Points of the page's height left unused, for the frame's padding and reportlab's rounding:
a map a hair too tall would push everything under it onto a second page."""
MIN_MAP_HEIGHT = 260.0
"""Below this the map would be too small to read; page 1 then runs over onto a second page."""
NOTE_SIZE = 7.5


def header_band(content: ReportContent, width: float, total_versions: int) -> Table:
    """Who, who holds the case, which case, the period and the versions, on a pale band."""
    sheet = styles()
    details = content.details
    label, value = sheet["Band"], sheet["Band"]
    client = details.client or "not recorded"
    rows = [
        [marked("Ecomap summary: at a glance", sheet["Title"]), "", "", ""],
        [
            marked("<b>Client</b>", label),
            plain(client + (" (initials)" if content.pseudonymised and details.client else ""), value),
            marked("<b>Case reference</b>", label),
            plain(_reference(content), value),
        ],
        [
            marked("<b>Worker</b>", label),
            plain(details.worker or "not recorded", value),
            marked("<b>Period</b>", label),
            plain(content.period, value),
        ],
        [marked("<b>Versions</b>", label), marked(versions_markup(content, total_versions), value), "", ""],
    ]
    if content.pseudonymised:
        said = "pseudonymised: replaced by initials or roles" + (
            "; notes are left out" if content.notes_left_out else ""
        )
        rows.append([marked("<b>Names</b>", label), plain(said + ".", value), "", ""])
    band = Table(rows, colWidths=[66, width / 2 - 66, 92, width / 2 - 92])
    band.setStyle(band_style(*[("SPAN", (1, row), (-1, row)) for row in range(3, len(rows))]))
    return band


def _reference(content: ReportContent) -> str:
    """The case reference as the header band prints it: a pseudonym says so."""
    reference = content.details.reference
    if not reference:
        return "not recorded"
    return reference + (" (pseudonym)" if content.pseudonymised and is_reference_pseudonym(reference) else "")


def versions_markup(content: ReportContent, total: int) -> str:
    """``"3 of 3: v1 Start of order (12 Jan 2026), ..."``; with many, the first and the last."""
    included = content.included
    count = f"{len(included)} of {total}" if len(included) != total else f"all {total}"
    if len(included) == 1 and total == 1:
        count = "the only one"
    listed = [_version_words(v) for v in included]
    if len(listed) > 6:
        listed = [listed[0], "…", listed[-1]]
    return f"{count}: " + ", ".join(listed)


def _version_words(version: IncludedVersion) -> str:
    label = f" {esc(version.version.label)}" if version.version.label else ""
    return f"<b>v{version.number}</b>{label} ({esc(written_date(version.version.date))})"


def counts_block(content: ReportContent, width: float) -> list[Flowable]:
    """The counts of the latest version against the first, with up and down marks."""
    sheet = styles()
    first, latest = content.first, content.latest
    heading = "<b>The map in numbers</b>" if first is latest else "<b>Then and now</b>"
    rows: list[list[object]] = [["", f"v{first.number}", f"v{latest.number}", "Change"]]
    a, b = first.metrics.counts, latest.metrics.counts
    lines = [
        ("Bonding ties (B)", a.by_capital["bonding"], b.by_capital["bonding"]),
        ("Bridging ties (Br)", a.by_capital["bridging"], b.by_capital["bridging"]),
        ("Linking ties (L)", a.by_capital["linking"], b.by_capital["linking"]),
        ("All ties", a.ties, b.ties),
        ("Strong ties", a.by_strength["strong"], b.by_strength["strong"]),
        ("Stressful ties", a.stressful, b.stressful),
        ("People and places", a.nodes, b.nodes),
        ("Areas of life reached", a.domains, b.domains),
    ]
    for title, before, after in lines:
        rows.append([title, str(before), str(after), trend(before, after)])
    if first is latest:
        rows = [[row[0], row[2]] for row in rows]
        rows[0] = ["", f"v{latest.number}"]
        widths = [width - 40, 36]
    else:
        widths = [width - 78, 22, 22, 34]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        table_style(
            ("FONT", (0, 0), (-1, -1), REGULAR, 7.6),
            ("FONT", (0, 0), (-1, 0), BOLD, 7.4),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, LINE),
            ("LINEBELOW", (0, 3), (-1, 3), 0.3, LINE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return [marked(heading, sheet["Group"]), table]


def trend(before: int, after: int) -> str:
    """``"▲ 2"``, ``"▼ 1"`` or ``"="``: up and down in marks that print in greyscale."""
    if after > before:
        return f"{UP} {after - before}"
    if after < before:
        return f"{DOWN} {before - after}"
    return SAME


def highlights(content: ReportContent) -> list[Flowable]:
    """The main changes since the first version, in sentences (five at most)."""
    sheet = styles()
    if len(content.included) == 1:
        return [marked("<b>Main changes</b>", sheet["Group"]), plain(_only_one(content), sheet["Body"])]
    first = content.first
    items: list[Flowable] = [
        marked(f"<b>Main changes since v{first.number}</b>", sheet["Group"]),
        plain(f"{first.version.label or 'The first version'}, {written_date(first.version.date)}", sheet["Muted"]),
    ]
    if not content.highlights:
        return [*items, plain("No changes: the map is the same as in the first version.", sheet["Body"])]
    items += [plain(change.sentence, sheet["Sentence"], bullet="•") for change in content.highlights]
    more = len(content.since_first) - len(content.highlights)
    if more > 0:
        items.append(plain(f"… and {more} more on page 2.", sheet["Muted"]))
    return items


def _only_one(content: ReportContent) -> str:
    return f"Only one version (v{content.latest.number}) is included, so there is no change to show."


def second_page(content: ReportContent, width: float) -> list[Flowable]:
    """Page 2, "Change over time": chart, measures of every version, and every change in words."""
    sheet = styles()
    story: list[Flowable] = [PageBreak(), marked("Change over time", sheet["Section"])]
    if len(content.included) > 1:
        story += [
            marked("<b>Ties of each kind in each version</b>", sheet["Body"]),
            chart_drawing(content.included, width, 160),
            Spacer(1, 8),
        ]
    story.append(marked("<b>Measures of each version</b>", sheet["Body"]))
    for start in range(0, len(content.included), MAX_TABLE_COLUMNS):
        story += [metrics_table(content.included[start : start + MAX_TABLE_COLUMNS], width), Spacer(1, 4)]
    story.append(plain(MEASURES_EXPLAINED, sheet["Muted"]))
    if len(content.included) == 1:
        return [*story, Spacer(1, 6), plain(_only_one(content), sheet["Body"])]
    first, previous, latest = content.first, content.previous, content.latest
    if previous is not first:
        title = f"What changed since the previous version (v{previous.number} → v{latest.number})"
        story += change_list(title, content.since_previous)
    title = f"What changed since the first version (v{first.number} → v{latest.number})"
    story += change_list(title, content.since_first)
    return story


MEASURES_EXPLAINED = (
    "Density: the share of all possible ties between the people and places on the map that exist. "
    "Effective size: how many separate groups the client's ties reach (higher means more bridging). "
    "Constraint: how far the client's ties all lead into one close group (lower means a more open network). "
    "A dash means the measure is undefined because the client has no ties."
)


def metrics_table(included: Sequence[IncludedVersion], width: float) -> Table:
    """The measures of ``ecomap metrics`` with one column per version."""

    def number(value: float | None) -> str:
        return "–" if value is None else f"{value:.2f}"

    rows: list[list[object]] = [
        ["Version", *(f"v{v.number}" for v in included)],
        ["Date", *(written_date(v.version.date, short_year=True) for v in included)],
    ]
    lines: list[tuple[str, Callable[[IncludedVersion], str]]] = [
        ("People and places", lambda v: str(v.metrics.counts.nodes)),
        ("Ties", lambda v: str(v.metrics.counts.ties)),
        ("  bonding (B)", lambda v: str(v.metrics.counts.by_capital["bonding"])),
        ("  bridging (Br)", lambda v: str(v.metrics.counts.by_capital["bridging"])),
        ("  linking (L)", lambda v: str(v.metrics.counts.by_capital["linking"])),
        ("  strong", lambda v: str(v.metrics.counts.by_strength["strong"])),
        ("  moderate", lambda v: str(v.metrics.counts.by_strength["moderate"])),
        ("  tenuous", lambda v: str(v.metrics.counts.by_strength["tenuous"])),
        ("Stressful ties", lambda v: str(v.metrics.counts.stressful)),
        ("Areas of life reached", lambda v: str(v.metrics.counts.domains)),
        ("Client's ties", lambda v: str(v.metrics.client_ties)),
        ("Density", lambda v: number(v.metrics.density)),
        ("Effective size", lambda v: number(v.metrics.effective_size)),
        ("Constraint", lambda v: number(v.metrics.constraint)),
    ]
    rows += [[title, *(value(v) for v in included)] for title, value in lines]
    first = 100.0
    column = min(60.0, (width - first) / max(1, len(included)))
    table = Table(rows, colWidths=[first] + [column] * len(included), hAlign="LEFT", repeatRows=2)
    table.setStyle(
        table_style(
            ("FONT", (0, 0), (-1, -1), REGULAR, 7.5),
            ("FONT", (0, 0), (-1, 0), BOLD, 7.5),
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
        return [*story, plain(NO_CHANGES, sheet["Body"])]
    for group_title, group in group_changes(changes):
        sentences = condensed(group)
        items: list[Flowable] = [marked(heading(f"<b>{esc(group_title)}</b>", len(group)), sheet["Body"])]
        items += [plain(sentence, sheet["Sentence"], bullet="•") for sentence in sentences]
        story.append(KeepTogether(items[:4]))
        story += items[4:]
        story.append(Spacer(1, 2))
    return story
