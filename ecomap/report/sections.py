"""The pages after the first two: earlier maps in a grid, the relationship table, notes, and the sign-off block.

Their words are in the summary's language; the columns of the relationship
table and the sign-off block are as wide as their words need in it.
"""

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from ecomap.language import translate
from ecomap.model.change_words import flow_cell, name
from ecomap.model.dates import written_date
from ecomap.model.elements import Node, Tie
from ecomap.model.enums import Capital, Strength
from ecomap.model.network import EcoMap
from ecomap.model.notation import CAPITAL_MARKS, CAPITAL_NAMES, DOMAIN_NAMES, STRENGTH_NAMES
from ecomap.report.content import IncludedVersion, ReportContent
from ecomap.report.fonts import BOLD, REGULAR, styles, table_style, widest, widest_word
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
    several, one = translate("PdfSections", "Earlier versions"), translate("PdfSections", "The earlier version")
    intro = translate("PdfSections", "The map at each earlier version included, oldest first; the latest is on page 1.")
    # One table a row, so the heading keeps to the first row of maps and never ends a page alone.
    heading = [plain(several if len(earlier) > 1 else one, sheet["Section"]), plain(intro, sheet["Muted"])]
    return [CondPageBreak(240), KeepTogether([*heading, grid[0]]), *grid[1:]]


def _small_map(version: IncludedVersion, size: float, look: MapLook) -> list[Flowable]:
    sheet = styles()
    counts = version.metrics.counts
    caption = f"<b>v{version.number}</b> {esc(version.version.label)}".rstrip()
    capitals = " · ".join(f"{mark} {counts.by_capital[c.value]}" for c, mark in CAPITAL_MARKS.items())
    nodes, ties = counts.nodes, counts.ties  # plain names: pyside6-lupdate finds no plural counted by an expression
    people = translate("PdfSections", "%n people and places", None, nodes)
    ties_words = translate("PdfSections", "%n ties", None, ties)
    summary = f"{esc(people)}, {esc(ties_words)}<br/>{capitals}"
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
    title = translate("PdfSections", "Relationships in {title}").format(title=latest.title)
    header = [
        translate("PdfSections", "Name"),
        translate("PdfSections", "Area of life"),
        translate("PdfSections", "Capital"),
        translate("PdfSections", "Strength"),
        translate("PdfSections", "Stressful"),
        translate("PdfSections", "Flow"),
        translate("PdfSections", "Notes"),
    ]
    yes, no = translate("PdfSections", "Yes"), translate("PdfSections", "No")
    texts: list[list[str]] = []
    for tie in sorted_ties(ecomap):
        source, target = _label(ecomap.node(tie.source)), _label(ecomap.node(tie.target))
        texts.append(
            [
                tie_name(ecomap, tie),
                tie_domain(ecomap, tie),
                f"{CAPITAL_NAMES[tie.capital]} ({CAPITAL_MARKS[tie.capital]})",
                STRENGTH_NAMES[tie.strength],
                yes if tie.stressful else no,
                flow_cell(tie.flow, source, target),
                tie.notes,
            ]
        )
    if not texts:
        said = translate("PdfSections", "The map has no ties yet.")
        return [plain(title, sheet["Section"]), plain(said, sheet["Body"])]
    rows: list[list[object]] = [[marked(f"<b>{esc(h)}</b>", sheet["Cell"]) for h in header]]
    rows += [[plain(text, sheet["Cell"]) for text in row] for row in texts]
    fixed = table_columns(header, texts, width)
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
    return [CondPageBreak(120), plain(title, sheet["Section"]), table]


RELATIONSHIP_COLUMNS = (100.0, 64.0, 58.0, 44.0, 46.0, 70.0)
"""The least widths of the relationship table's columns but the last (the notes take the rest)."""
MIN_NOTES = 90.0
CELL_SIZE, CELL_PADDING = 7.5, 7.0


def table_columns(header: list[str], rows: list[list[str]], width: float) -> list[float]:
    """The widths of the relationship table's columns but the notes': each at least as wide as its
    longest word (a paragraph never breaks a word, which would run into the next column), and the
    name's narrower if the notes would be left too little room."""
    needed = []
    for index, least in enumerate(RELATIONSHIP_COLUMNS):
        words = max(
            widest_word([header[index]], CELL_SIZE, bold=True),
            widest_word([row[index] for row in rows], CELL_SIZE),
        )
        needed.append(max(least, words + CELL_PADDING))
    over = sum(needed) - (width - MIN_NOTES)
    if over > 0:
        name_words = widest_word([header[0], *(row[0] for row in rows)], CELL_SIZE) + CELL_PADDING
        needed[0] = max(name_words, needed[0] - over, 40.0)
    return needed


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
    title = plain(translate("PdfSections", "Notes"), sheet["Section"])
    if content.notes_left_out:
        said = translate("PdfSections", "Notes are left out of this pseudonymised summary.")
        return [Spacer(1, 6), title, plain(said, sheet["Body"])]
    items: list[Flowable] = []
    if content.details.notes.strip():
        items += [_bold(translate("PdfSections", "Case notes")), plain(content.details.notes, sheet["Body"])]
    versions = [v for v in content.included if v.version.note.strip()]
    if versions:
        items.append(_bold(translate("PdfSections", "Notes saved with each version")))
        for v in versions:
            heading = f"<b>v{v.number}</b> {esc(v.version.label)} ({esc(written_date(v.version.date))}): "
            items.append(marked(heading + esc(v.version.note), sheet["Sentence"]))
    people = [n for n in content.latest.version.map.nodes if n.notes.strip()]
    if people:
        on_people = translate("PdfSections", "Notes on people and places (v{number})")
        items.append(_bold(on_people.format(number=content.latest.number)))
        items += [marked(f"<b>{esc(_label(n))}</b>: {esc(n.notes)}", sheet["Sentence"]) for n in people]
    if not items:
        return []
    return [Spacer(1, 6), CondPageBreak(80), title, *items]


def sign_off(content: ReportContent, width: float) -> list[Flowable]:
    """Where the worker and the client sign: these maps are agreed with the client."""
    sheet = styles()
    details = content.details
    who = [translate("PdfSections", "Worker"), translate("PdfSections", "Client")]
    rows = [
        ["", translate("PdfSections", "Name"), translate("PdfSections", "Signature"), translate("PdfSections", "Date")],
        [who[0], plain(details.worker, sheet["Cell"]), "", ""],
        [who[1], plain(details.client, sheet["Cell"]), "", ""],
    ]
    first = max(60.0, widest(who, 8.5, bold=True) + 16)
    third = (width - first) / 3
    table = Table(rows, colWidths=[first, third, third, third], rowHeights=[14, 30, 30], hAlign="LEFT")
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
    said = translate(
        "PdfSections", "We have looked at this map together and agree that it shows the client's network as it is now."
    )
    agreed = plain(translate("PdfSections", "Agreed by"), sheet["Section"])
    block = [agreed, plain(said, sheet["Body"]), Spacer(1, 4), table]
    return [Spacer(1, 10), KeepTogether(block)]


def _bold(text: str) -> Flowable:
    return marked(f"<b>{esc(text)}</b>", styles()["Body"])
