"""The pages after the first two: earlier maps in a grid, the relationship table, notes, and the sign-off block."""

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from ecomap.model.change_words import flow_cell, name
from ecomap.model.dates import written_date
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Strength
from ecomap.model.network import EcoMap
from ecomap.model.notation import CAPITAL_MARKS, CAPITAL_NAMES, DOMAIN_NAMES, STRENGTH_NAMES
from ecomap.report.content import IncludedVersion, ReportContent
from ecomap.report.fonts import BOLD, REGULAR, styles, table_style
from ecomap.report.map_drawing import MEDIUM, SMALL, MapLook, map_drawing
from ecomap.report.text import esc, marked, plain

LINE = colors.HexColor("#C8CED6")
GRID_COLUMNS = 3
Step = Callable[[], None]


def earlier_maps(content: ReportContent, width: float, step: Step) -> list[Flowable]:
    """Every included version before the latest as a small map, with its label, date and counts."""
    sheet = styles()
    earlier = content.included[:-1]
    if not earlier:
        return []
    columns = 2 if len(earlier) <= 2 else GRID_COLUMNS
    cell = width / columns
    cells: list[list[Flowable]] = []
    for version in earlier:
        cells.append(_small_map(version, cell - 8, MEDIUM if columns == 2 else SMALL))
        step()
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    rows[-1] += [[]] * (columns - len(rows[-1]))
    look = table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    )
    grid = [Table([row], colWidths=[cell] * columns, hAlign="LEFT", style=look) for row in rows]
    title = "Earlier versions" if len(earlier) > 1 else "The earlier version"
    intro = "The map at each earlier version included, oldest first; the latest is on page 1."
    # One table a row, so the heading keeps to the first row of maps and never ends a page alone.
    heading = [marked(title, sheet["Section"]), plain(intro, sheet["Muted"])]
    return [CondPageBreak(240), KeepTogether([*heading, grid[0]]), *grid[1:]]


def _small_map(version: IncludedVersion, size: float, look: MapLook) -> list[Flowable]:
    sheet = styles()
    counts = version.metrics.counts
    caption = f"<b>v{version.number}</b> {esc(version.version.label)}".rstrip()
    capitals = " · ".join(f"{mark} {counts.by_capital[c.value]}" for c, mark in CAPITAL_MARKS.items())
    summary = f"{counts.nodes} people and places, {counts.ties} ties<br/>{capitals}"
    return [
        marked(caption, sheet["Caption"]),
        plain(written_date(version.version.date), sheet["Caption"]),
        marked(summary, sheet["Caption"]),
        map_drawing(version.version.map, size, size, look),
    ]


def relationship_table(content: ReportContent, width: float) -> list[Flowable]:
    """Every tie of the latest version: who, area of life, capital, strength, stress, flow and notes."""
    sheet = styles()
    latest = content.latest
    ecomap = latest.version.map
    title = f"Relationships in {latest.title}"
    header = ["Name", "Area of life", "Capital", "Strength", "Stressful", "Flow", "Notes"]
    rows: list[list[object]] = [[marked(f"<b>{h}</b>", sheet["Cell"]) for h in header]]
    for tie in sorted_ties(ecomap):
        source, target = _label(ecomap.node(tie.source)), _label(ecomap.node(tie.target))
        rows.append(
            [
                plain(tie_name(ecomap, tie), sheet["Cell"]),
                plain(tie_domain(ecomap, tie), sheet["Cell"]),
                plain(f"{CAPITAL_NAMES[tie.capital]} ({CAPITAL_MARKS[tie.capital]})", sheet["Cell"]),
                plain(STRENGTH_NAMES[tie.strength], sheet["Cell"]),
                plain("Yes" if tie.stressful else "No", sheet["Cell"]),
                plain(flow_cell(tie.flow, source, target), sheet["Cell"]),
                plain(tie.notes, sheet["Cell"]),
            ]
        )
    if len(rows) == 1:
        return [marked(esc(title), sheet["Section"]), plain("The map has no ties yet.", sheet["Body"])]
    fixed = [100.0, 64.0, 58.0, 44.0, 46.0, 70.0]
    table = Table(rows, colWidths=[*fixed, width - sum(fixed)], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        table_style(
            ("FONT", (0, 0), (-1, -1), REGULAR, 7.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, LINE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F6F8")]),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return [CondPageBreak(120), marked(esc(title), sheet["Section"]), table]


def sorted_ties(ecomap: EcoMap) -> list[Tie]:
    """The client's ties first, by capital then strength then name; then the ties among others."""
    capital_rank = {c: i for i, c in enumerate(Capital)}
    strength_rank = {s: i for i, s in enumerate(Strength)}
    client = ecomap.client.id
    return sorted(
        ecomap.ties,
        key=lambda t: (
            client not in (t.source, t.target),
            capital_rank[t.capital],
            strength_rank[t.strength],
            tie_name(ecomap, t).casefold(),
        ),
    )


def _label(node: Node) -> str:
    return name(node.label)


def tie_name(ecomap: EcoMap, tie: Tie) -> str:
    """The far end of a tie of the client's; both ends of any other tie."""
    client = ecomap.client.id
    if client in (tie.source, tie.target):
        return _label(ecomap.node(tie.other_end(client)))
    return f"{_label(ecomap.node(tie.source))} – {_label(ecomap.node(tie.target))}"


def tie_domain(ecomap: EcoMap, tie: Tie) -> str:
    ends = [ecomap.node(end) for end in (tie.source, tie.target) if not ecomap.node(end).is_client]
    names = list(dict.fromkeys(DOMAIN_NAMES[node.domain] for node in ends))
    return " / ".join(names)


def notes_section(content: ReportContent) -> list[Flowable]:
    """The case notes, each version's note and the notes on people; or why they are left out."""
    sheet = styles()
    title = marked("Notes", sheet["Section"])
    if content.notes_left_out:
        said = "Notes are left out of this pseudonymised summary."
        return [Spacer(1, 6), title, plain(said, sheet["Body"])]
    items: list[Flowable] = []
    if content.details.notes.strip():
        items += [marked("<b>Case notes</b>", sheet["Body"]), plain(content.details.notes, sheet["Body"])]
    versions = [v for v in content.included if v.version.note.strip()]
    if versions:
        items.append(marked("<b>Notes saved with each version</b>", sheet["Body"]))
        for v in versions:
            heading = f"<b>v{v.number}</b> {esc(v.version.label)} ({esc(written_date(v.version.date))}): "
            items.append(marked(heading + esc(v.version.note), sheet["Sentence"]))
    people = [n for n in content.latest.version.map.nodes if n.notes.strip()]
    if people:
        items.append(marked(f"<b>Notes on people and places (v{content.latest.number})</b>", sheet["Body"]))
        items += [marked(f"<b>{esc(_label(n))}</b>: {esc(n.notes)}", sheet["Sentence"]) for n in people]
    if not items:
        return []
    return [Spacer(1, 6), CondPageBreak(80), title, *items]


def sign_off(content: ReportContent, width: float) -> list[Flowable]:
    """Where the worker and the client sign: these maps are agreed with the client."""
    sheet = styles()
    details = content.details
    rows = [
        ["", "Name", "Signature", "Date"],
        ["Worker", plain(details.worker, sheet["Cell"]), "", ""],
        ["Client", plain(details.client, sheet["Cell"]), "", ""],
    ]
    third = (width - 60) / 3
    table = Table(rows, colWidths=[60, third, third, third], rowHeights=[14, 30, 30], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
            ("FONT", (0, 0), (-1, 0), BOLD, 8),
            ("FONT", (0, 1), (0, -1), BOLD, 8.5),
            ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 1), (-1, -1), 0.6, colors.HexColor("#777777")),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        )
    )
    said = "We have looked at this map together and agree that it shows the client's network as it is now."
    block = [marked("Agreed by", sheet["Section"]), plain(said, sheet["Body"]), Spacer(1, 4), table]
    return [Spacer(1, 10), KeepTogether(block)]
