"""The summary's "Plan and review" section, after "Change over time": the plan, what became of it, the prompts.

Three parts (design §14): the actions of the latest version included, in a
table with what each is about, who does it, by when and where it stands;
for each action agreed at an earlier version included, one sentence saying
what became of it by the latest, under the version it was first agreed at;
and the prompts of the latest map in a box headed "Where the network is
thin". A case with no plan in any version included gets the heading and one
line saying so, and nothing else: the case file then says plainly that no
plan was recorded, in two lines. A plan starts a page of its own, to be
read (or handed over) at the review as one sheet. Its words are in the
summary's language; the table's columns are as wide as their longest word.
"""

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreakIfNotEmpty, Spacer, Table

from ecomap.language import QT_TRANSLATE_NOOP, translate
from ecomap.report.content import ReportContent
from ecomap.report.fonts import REGULAR, styles, table_style, widest_word
from ecomap.report.plan_content import NO_PLAN, NO_PROMPTS, EarlierActions, PlannedStep, PlanReview
from ecomap.report.text import esc, marked, plain

TITLE = QT_TRANSLATE_NOOP("PdfPlan", "Plan and review")
PROMPTS_TITLE = QT_TRANSLATE_NOOP("PdfPlan", "Where the network is thin")
"""The section's heading and the prompts box's (English: translated where shown)."""
LINE = colors.HexColor("#C8CED6")
STRIPE = colors.HexColor("#F4F6F8")
BOX = colors.HexColor("#EEF2F6")
HEADER = (
    QT_TRANSLATE_NOOP("PdfPlan", "Action"),
    QT_TRANSLATE_NOOP("PdfPlan", "About"),
    QT_TRANSLATE_NOOP("PdfPlan", "Owner"),
    QT_TRANSLATE_NOOP("PdfPlan", "Due"),
    QT_TRANSLATE_NOOP("PdfPlan", "Status"),
)
FIXED_WIDTHS = (100.0, 74.0, 58.0, 48.0)
"""The least widths of About, Owner, Due and Status (more if a word needs it); the action takes the rest."""
CELL_SIZE, CELL_PADDING = 7.5, 7.0


def plan_and_review(content: ReportContent, width: float) -> list[Flowable]:
    """The section's flowables for ``content`` (already pseudonymised when the summary is)."""
    sheet = styles()
    review = content.plan
    heading = plain(translate("PdfPlan", TITLE), sheet["Section"])
    if not review.has_plan:
        return [Spacer(1, 8), CondPageBreak(60), heading, plain(translate("PdfPlan", NO_PLAN), sheet["Body"])]
    story: list[Flowable] = [PageBreakIfNotEmpty(), heading]
    story += _latest_plan(review, width)
    story += _earlier_actions(review)
    story += [Spacer(1, 8), _prompts_box(review, width), Spacer(1, 6)]
    return story


def _latest_plan(review: PlanReview, width: float) -> list[Flowable]:
    sheet = styles()
    number = review.latest_number
    title = plain(translate("PdfPlan", "The plan at v{number}").format(number=number), sheet["Group"])
    if not review.latest:
        said = translate("PdfPlan", "No actions are in the plan at v{number}.").format(number=number)
        return [title, plain(said, sheet["Body"])]
    header = [translate("PdfPlan", text) for text in HEADER]
    rows: list[list[object]] = [[marked(f"<b>{esc(h)}</b>", sheet["Cell"]) for h in header]]
    rows += [_row(step) for step in review.latest]
    fixed = _widths(header, review.latest)
    table = Table(rows, colWidths=[width - sum(fixed), *fixed], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        table_style(
            ("FONT", (0, 0), (-1, -1), REGULAR, 7.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, LINE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return [title, table]


def _widths(header: list[str], steps: tuple[PlannedStep, ...]) -> list[float]:
    """About, Owner, Due and Status: each as wide as :data:`FIXED_WIDTHS` or its longest word, whichever is more."""
    columns = [[step.about, step.owner, step.due, step.status][index] for step in steps for index in range(4)]
    return [
        max(
            least,
            widest_word([header[index + 1]], CELL_SIZE, bold=True) + CELL_PADDING,
            widest_word(columns[index::4], CELL_SIZE) + CELL_PADDING,
        )
        for index, least in enumerate(FIXED_WIDTHS)
    ]


def _row(step: PlannedStep) -> list[object]:
    sheet = styles()
    action: list[Flowable] = [plain(step.text, sheet["Cell"])]
    if step.outcome.strip():
        action.append(plain(translate("PdfPlan", "Outcome: {outcome}").format(outcome=step.outcome), sheet["Muted"]))
    return [
        action,
        plain(step.about, sheet["Cell"]),
        plain(step.owner or "–", sheet["Cell"]),
        plain(step.due or "–", sheet["Cell"]),
        plain(step.status, sheet["Cell"]),
    ]


def _earlier_actions(review: PlanReview) -> list[Flowable]:
    sheet = styles()
    if not review.earlier:
        return []
    story: list[Flowable] = [
        Spacer(1, 6),
        plain(
            translate("PdfPlan", "What became of the actions agreed earlier, by v{number}").format(
                number=review.latest_number
            ),
            sheet["Group"],
        ),
    ]
    for group in review.earlier:
        items = [marked(_agreed_at(group), sheet["Body"])]
        items += [marked(_fate_markup(sentence), sheet["Sentence"]) for sentence in group.sentences]
        story.append(KeepTogether(items[:3]))
        story += items[3:]
        story.append(Spacer(1, 2))
    return story


def _fate_markup(sentence: str) -> str:
    """``"• <b>Done:</b> Meet Tomás … — the tie to Mate Tomás is stronger …"`` (markup, the sentence escaped):
    the status first, in bold, so a reader can run down the list."""
    status, _, rest = sentence.partition(": ")
    return f"<bullet>•</bullet><b>{esc(status)}:</b> {esc(rest)}"


def _agreed_at(group: EarlierActions) -> str:
    """``"<b>Agreed at v1</b> Start of order, 12 Jan 2026"`` (markup; the label escaped)."""
    label = f" {esc(group.label)}," if group.label.strip() else ""
    agreed = translate("PdfPlan", "Agreed at v{number}").format(number=group.number)
    return f"<b>{esc(agreed)}</b>{label} {esc(group.date)}"


def _prompts_box(review: PlanReview, width: float) -> Flowable:
    sheet = styles()
    said = translate("PdfPlan", "From the map at v{number}: places to talk over with the client, not judgements.")
    title = translate("PdfPlan", PROMPTS_TITLE)
    inside: list[Flowable] = [
        marked(f"<b>{esc(title)}</b>", sheet["Body"]),
        plain(said.format(number=review.latest_number), sheet["Muted"]),
    ]
    if review.prompts:
        inside += [plain(text, sheet["Sentence"], bullet="•") for text in review.prompts]
    else:
        inside.append(plain(translate("PdfPlan", NO_PROMPTS), sheet["Body"]))
    box = Table([[inside]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), BOX),
            ("BOX", (0, 0), (-1, -1), 0.6, LINE),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        )
    )
    return KeepTogether([box])
