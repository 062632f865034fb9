"""The plan for evaluators: one CSV row per action per version, with its review since the version before (§14).

``ecomap plan CASE -o OUT.csv`` writes it, and the editor can reuse it: no
Qt here. Columns are documented in docs/interchange.md. Each row carries the
review of its action from the version before to its own (``status_then``,
``on_map``, ``strength``), as ``ecomap plan --json`` gives it; those cells are
empty at version 1 and for an action that was not in the plan before. Text
cells are made inert for spreadsheets like the ties' CSV.
"""

import csv
import io
from typing import Any

from ecomap.interchange.csv_export import safe_cell
from ecomap.model.case import Case
from ecomap.model.plan import About, AboutCapital, AboutDomain, AboutNode, AboutTie
from ecomap.model.plan_words import about_words
from ecomap.model.review import Review, review_plan

COLUMNS = (
    "version",
    "version_label",
    "version_date",
    "action_id",
    "text",
    "about_kind",
    "about",
    "about_label",
    "owner",
    "due",
    "status",
    "outcome",
    "status_then",
    "on_map",
    "strength",
)


def review_to_dict(review: Review | None) -> dict[str, Any] | None:
    """A review as ``plan --json`` gives it: ``{"since", "status_then", "on_map", "strength"}``, or ``None``."""
    if review is None:
        return None
    strength = review.outcome.strength
    return {
        "since": review.since,
        "status_then": review.status_then.value,
        "on_map": review.outcome.on_map,
        "strength": None if strength is None else strength.value,
    }


def about_cells(about: About) -> tuple[str, str]:
    """What an action is about as two cells: its kind (``node``, ``tie``, ``capital``, ``domain`` or empty)
    and its ids or value (a tie's two ends joined by ``|``: ``client|cafe``)."""
    if isinstance(about, AboutNode):
        return "node", about.node
    if isinstance(about, AboutTie):
        return "tie", "|".join(about.ends)
    if isinstance(about, AboutCapital):
        return "capital", about.capital.value
    if isinstance(about, AboutDomain):
        return "domain", about.domain.value
    return "", ""


def _flag(value: bool | None) -> str:
    return "" if value is None else ("true" if value else "false")


def case_to_plan_csv(case: Case) -> bytes:
    """Rows for every action of every version of ``case`` (numbered 1, 2, ... in its order)."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    earlier = None
    for number, version in enumerate(case.versions, start=1):
        ecomap = version.map
        reviews = review_plan(earlier, ecomap, number - 1)
        for action in ecomap.plan.actions:
            kind, about = about_cells(action.about)
            review = review_to_dict(reviews[action.id]) or {}
            writer.writerow(
                (
                    number,
                    safe_cell(version.label),
                    version.date,
                    safe_cell(action.id),
                    safe_cell(action.text),
                    kind,
                    safe_cell(about),
                    safe_cell(about_words(action.about, ecomap, english=True)),
                    safe_cell(action.owner),
                    action.due or "",
                    action.status.value,
                    safe_cell(action.outcome),
                    review.get("status_then") or "",
                    _flag(review.get("on_map")),
                    review.get("strength") or "",
                )
            )
        earlier = ecomap
    return stream.getvalue().encode("utf-8")
