"""The first page of the summary, "At a glance" (design §11); the second is :mod:`ecomap.report.change_page`.

Page 1 is for a manager with thirty seconds: who and when, the latest map
with its legend, the counts now against the first version with up and down
marks, and the main changes in words. Its words are in the summary's
language, and the columns that hold labels are as wide as the labels are in
that language (a German label is about a third longer than the English).
"""

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, Spacer, Table

from ecomap.language import translate
from ecomap.model.dates import written_date
from ecomap.model.pseudonymise import is_reference_pseudonym
from ecomap.report.content import IncludedVersion, ReportContent
from ecomap.report.fonts import BOLD, MUTED, REGULAR, band_style, styles, table_style, widest
from ecomap.report.legend import legend_drawing, legend_notes
from ecomap.report.map_drawing import LARGE, map_drawing
from ecomap.report.text import esc, marked, plain

LINE = colors.HexColor("#C8CED6")
UP, DOWN, SAME = "▲", "▼", "="
NUMBERS_WIDTH = 170.0
"""The least width of the column of counts beside the main changes; more if its labels need it."""
MAX_NUMBERS_SHARE = 0.5
"""The column of counts never takes more than this share of the page's width."""
COUNT_SIZE, COUNT_HEADER_SIZE = 7.6, 7.4
BAND_LABEL_SIZE = 9.0
BAND_PADDING = 14.0
"""A band label's left and right padding, in points."""


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
    title = esc(translate("PdfPages", "Legend"))
    notes = f"<font size={NOTE_SIZE} color='{muted}'>{esc(legend_notes())}</font>"  # not user text: markup
    legend = [
        marked(f"<b>{title}</b> {notes}", sheet["Body"]),
        centred(legend_drawing(width, [version.version.map for version in content.included])),
    ]
    numbers_width = min(max(NUMBERS_WIDTH, counts_width(content) + 8), width * MAX_NUMBERS_SHARE)
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
    now = translate("PdfPages", "The map now: {title}").format(title=latest.title)
    caption = marked(f"<b>{esc(now)}</b>, {esc(written_date(latest.version.date))}", sheet["Body"])
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
    not_recorded = translate("PdfPages", "not recorded")
    if details.client and content.pseudonymised:
        client = translate("PdfPages", "{initials} (initials)").format(initials=details.client)
    else:
        client = details.client or not_recorded
    left = [translate("PdfPages", "Client"), translate("PdfPages", "Worker"), translate("PdfPages", "Versions")]
    right = [translate("PdfPages", "Case reference"), translate("PdfPages", "Period")]
    rows = [
        [marked(esc(translate("PdfPages", "Ecomap summary: at a glance")), sheet["Title"]), "", "", ""],
        [_bold(left[0], label), plain(client, value), _bold(right[0], label), plain(_reference(content), value)],
        [
            _bold(left[1], label),
            plain(details.worker or not_recorded, value),
            _bold(right[1], label),
            plain(content.period, value),
        ],
        [_bold(left[2], label), marked(versions_markup(content, total_versions), value), "", ""],
    ]
    if content.pseudonymised:
        if content.notes_left_out:
            said = translate("PdfPages", "pseudonymised: replaced by initials or roles; notes are left out.")
        else:
            said = translate("PdfPages", "pseudonymised: replaced by initials or roles.")
        left.append(translate("PdfPages", "Names"))
        rows.append([_bold(left[-1], label), plain(said, value), "", ""])
    first = max(66.0, widest(left, BAND_LABEL_SIZE, bold=True) + BAND_PADDING)
    third = max(92.0, widest(right, BAND_LABEL_SIZE, bold=True) + BAND_PADDING)
    band = Table(rows, colWidths=[first, width / 2 - first, third, width / 2 - third])
    band.setStyle(band_style(*[("SPAN", (1, row), (-1, row)) for row in range(3, len(rows))]))
    return band


def _bold(text: str, style: ParagraphStyle) -> Flowable:
    return marked(f"<b>{esc(text)}</b>", style)


def _reference(content: ReportContent) -> str:
    """The case reference as the header band prints it: a pseudonym says so."""
    reference = content.details.reference
    if not reference:
        return translate("PdfPages", "not recorded")
    if content.pseudonymised and is_reference_pseudonym(reference):
        return translate("PdfPages", "{reference} (pseudonym)").format(reference=reference)
    return reference


def versions_markup(content: ReportContent, total: int) -> str:
    """``"3 of 3: v1 Start of order (12 Jan 2026), ..."``; with many, the first and the last."""
    included = content.included
    if len(included) == 1 and total == 1:
        count = translate("PdfPages", "the only one")
    elif len(included) != total:
        count = translate("PdfPages", "{count} of {total}").format(count=len(included), total=total)
    else:
        count = translate("PdfPages", "all {total}").format(total=total)
    listed = [_version_words(v) for v in included]
    if len(listed) > 6:
        listed = [listed[0], "…", listed[-1]]
    return f"{esc(count)}: " + ", ".join(listed)


def _version_words(version: IncludedVersion) -> str:
    label = f" {esc(version.version.label)}" if version.version.label else ""
    return f"<b>v{version.number}</b>{label} ({esc(written_date(version.version.date))})"


def _count_lines(content: ReportContent) -> list[tuple[str, int, int]]:
    """Each count's label, its number at the first version included and at the latest."""
    a, b = content.first.metrics.counts, content.latest.metrics.counts
    return [
        (translate("PdfPages", "Bonding ties (B)"), a.by_capital["bonding"], b.by_capital["bonding"]),
        (translate("PdfPages", "Bridging ties (Br)"), a.by_capital["bridging"], b.by_capital["bridging"]),
        (translate("PdfPages", "Linking ties (L)"), a.by_capital["linking"], b.by_capital["linking"]),
        (translate("PdfPages", "All ties"), a.ties, b.ties),
        (translate("PdfPages", "Strong ties"), a.by_strength["strong"], b.by_strength["strong"]),
        (translate("PdfPages", "Stressful ties"), a.stressful, b.stressful),
        (translate("PdfPages", "People and places"), a.nodes, b.nodes),
        (translate("PdfPages", "Areas of life reached"), a.domains, b.domains),
    ]


def _count_columns(content: ReportContent) -> list[float]:
    """The widths of the columns of figures: each version's, then the change's (at least as before)."""
    first, latest = content.first, content.latest
    numbers = [f"v{first.number}", f"v{latest.number}", "000"]
    number = max(22.0, widest(numbers, COUNT_HEADER_SIZE, bold=True) + 5)
    if first is latest:
        return [max(36.0, number)]
    changes = [translate("PdfPages", "Change"), f"{UP} 000"]
    return [number, number, max(34.0, widest(changes, COUNT_HEADER_SIZE, bold=True) + 5)]


def counts_width(content: ReportContent) -> float:
    """The width the table of counts needs: its longest label on one line, and its figures."""
    labels = widest([title for title, _a, _b in _count_lines(content)], COUNT_SIZE) + 5
    return max(labels, 40.0) + sum(_count_columns(content))


def counts_block(content: ReportContent, width: float) -> list[Flowable]:
    """The counts of the latest version against the first, with up and down marks."""
    sheet = styles()
    first, latest = content.first, content.latest
    numbers, then_and_now = translate("PdfPages", "The map in numbers"), translate("PdfPages", "Then and now")
    heading = numbers if first is latest else then_and_now
    rows: list[list[object]] = [["", f"v{first.number}", f"v{latest.number}", translate("PdfPages", "Change")]]
    for title, before, after in _count_lines(content):
        rows.append([title, str(before), str(after), trend(before, after)])
    figures = _count_columns(content)
    if first is latest:
        rows = [[row[0], row[2]] for row in rows]
        rows[0] = ["", f"v{latest.number}"]
    table = Table(rows, colWidths=[width - sum(figures), *figures], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("FONT", (0, 0), (-1, -1), REGULAR, COUNT_SIZE),
            ("FONT", (0, 0), (-1, 0), BOLD, COUNT_HEADER_SIZE),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, LINE),
            ("LINEBELOW", (0, 3), (-1, 3), 0.3, LINE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return [marked(f"<b>{esc(heading)}</b>", sheet["Group"]), table]


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
        title = translate("PdfPages", "Main changes")
        return [marked(f"<b>{esc(title)}</b>", sheet["Group"]), plain(only_one(content), sheet["Body"])]
    first = content.first
    title = translate("PdfPages", "Main changes since v{number}").format(number=first.number)
    label = first.version.label or translate("PdfPages", "The first version")
    items: list[Flowable] = [
        marked(f"<b>{esc(title)}</b>", sheet["Group"]),
        plain(f"{label}, {written_date(first.version.date)}", sheet["Muted"]),
    ]
    if not content.highlights:
        said = translate("PdfPages", "No changes: the map is the same as in the first version.")
        return [*items, plain(said, sheet["Body"])]
    items += [plain(change.sentence, sheet["Sentence"], bullet="•") for change in content.highlights]
    more = len(content.since_first) - len(content.highlights)
    if more > 0:
        items.append(plain(translate("PdfPages", "… and %n more on page 2.", None, more), sheet["Muted"]))
    return items


def only_one(content: ReportContent) -> str:
    """Why there is no change to show: one version is included."""
    said = translate("PdfPages", "Only one version (v{number}) is included, so there is no change to show.")
    return said.format(number=content.latest.number)
