"""What the summary's "Plan and review" section says, worked out before anything is drawn (design §14).

Plain Python over the model, no reportlab: the actions of the latest
version included, in the plan's words; what became of every action agreed at
an earlier version included, told once, from the earliest version it is in;
and the prompts of the latest map. The versions come in already
pseudonymised when the summary is, so nothing here needs to know.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from ecomap.language import QT_TRANSLATE_NOOP
from ecomap.model.case import Version
from ecomap.model.dates import written_date
from ecomap.model.plan import Action
from ecomap.model.plan_words import STATUS_WORDS, about_words, fate_sentence
from ecomap.model.prompts import prompts_for
from ecomap.model.review import fates

NO_PLAN = QT_TRANSLATE_NOOP(
    "PdfPlan", "No plan was recorded: no actions were agreed in the versions this summary includes."
)
NO_PROMPTS = QT_TRANSLATE_NOOP(
    "PdfPlan",
    "None at the moment: the client has ties of every kind and in every area of life the prompts look at, "
    "and more supportive ties than stressful ones.",
)
"""What the section says when there is no plan, and when no prompt applies (English: translated where shown)."""


@dataclass(frozen=True, slots=True)
class PlannedStep:
    """One action of the latest plan as the summary's table shows it (every field a plain string)."""

    text: str
    about: str
    owner: str
    due: str
    """The due date as the summary writes dates ("1 Feb 2026"), or "" when none was set."""
    status: str
    outcome: str


@dataclass(frozen=True, slots=True)
class EarlierActions:
    """The actions first agreed at one earlier version, each as one sentence saying what became of it."""

    number: int
    label: str
    date: str
    """The version's date as the summary writes dates."""
    sentences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlanReview:
    """The section's content: the latest plan, the fates of earlier actions, and the prompts of the latest map."""

    latest_number: int
    latest: tuple[PlannedStep, ...]
    earlier: tuple[EarlierActions, ...]
    prompts: tuple[str, ...]

    @property
    def has_plan(self) -> bool:
        """Whether any version included holds an action."""
        return bool(self.latest or self.earlier)


def plan_review(versions: Sequence[tuple[int, Version]]) -> PlanReview:
    """The section for ``versions`` ((number, version) pairs, oldest first, at least one)."""
    *earlier, (latest_number, latest) = versions
    now = latest.map
    told: set[str] = set()
    groups = []
    for number, version in earlier:
        sentences = []
        for fate in fates(version.map, now):
            if fate.action.id not in told:
                told.add(fate.action.id)
                sentences.append(fate_sentence(fate, now))
        if sentences:
            groups.append(EarlierActions(number, version.label, written_date(version.date), tuple(sentences)))
    return PlanReview(
        latest_number=latest_number,
        latest=tuple(_step(action, latest) for action in now.plan.actions),
        earlier=tuple(groups),
        prompts=tuple(prompt.text for prompt in prompts_for(now)),
    )


def _step(action: Action, version: Version) -> PlannedStep:
    return PlannedStep(
        text=action.text,
        about=about_words(action.about, version.map),
        owner=action.owner,
        due=written_date(action.due) if action.due else "",
        status=STATUS_WORDS[action.status],
        outcome=action.outcome,
    )


def plan_texts(versions: Sequence[Version]) -> list[str]:
    """Every user string of the plans of ``versions`` that the section may print: texts, owners, outcomes."""
    return [
        text
        for version in versions
        for action in version.map.plan.actions
        for text in (action.text, action.owner, action.outcome)
    ]
